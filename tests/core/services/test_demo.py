"""Demo data: deterministic, complete, searchable, and scored the way the instruments are scored.

The generator writes rows with Core inserts and indexes them in bulk (for speed), so these tests
also check that the index holds exactly what the ORM hook would have written. Its texts come
from ``resources/demo``; the last tests check the loader refuses a broken file.
"""

from __future__ import annotations

import dataclasses
import itertools
import json
import re
import shutil
import statistics
import types
import unicodedata
from collections import defaultdict
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select, text

from coach_app import templates as catalogue
from coach_app.models import (
    Coachee,
    CoachingSession,
    Experiment,
    Goal,
    Measurement,
)
from coach_app.models.search_index import rebuild
from coach_app.services import assessments, demo, search, sessions
from coach_app.services import coachees as coachee_service
from coach_app.services.demo import notes as demo_notes
from coach_app.services.demo.texts import DEMO_DIR, DemoTextError, load_texts, read_texts
from coach_app.vault.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE

TODAY = date(2025, 3, 3)
SEED = 11
SMALL = {"coachees": 5, "sessions_per_coachee": 8, "seed": SEED, "today": TODAY}
TABLES = (Coachee, Goal, CoachingSession, Experiment, Measurement)


def _dump(vault: Vault) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table the generator writes (and the index), in a stable order."""
    out: dict[str, list[tuple[Any, ...]]] = {}
    with vault.engine.connect() as conn:
        for model in TABLES:
            table = model.__table__
            out[table.name] = [tuple(r) for r in conn.execute(table.select().order_by(table.c.id))]
        out["search"] = [
            tuple(r)
            for r in conn.execute(
                text(
                    "SELECT d.rowid, d.kind, d.owner_id, d.coachee_id, d.at, f.title, f.body "
                    "FROM search_docs d JOIN search_fts f ON f.rowid = d.rowid ORDER BY d.rowid"
                )
            )
        ]
    return out


@pytest.fixture
def demo_vault(vault: Vault) -> Vault:
    """The ``vault`` fixture with a small demo data set in it."""
    demo.generate(vault, **SMALL)
    return vault


def test_same_seed_same_vault_other_seed_other_vault(demo_vault: Vault, tmp_path: Path) -> None:
    other, _ = Vault.create(tmp_path / "again", PASSPHRASE, FAST_KDF)
    third, _ = Vault.create(tmp_path / "other-seed", PASSPHRASE, FAST_KDF)
    try:
        demo.generate(other, **SMALL)
        demo.generate(third, **{**SMALL, "seed": SEED + 1})
        first = _dump(demo_vault)
        assert first == _dump(other)
        assert first["sessions"] != _dump(third)["sessions"]
    finally:
        other.close()
        third.close()


def test_summary_and_progress(vault: Vault) -> None:
    calls: list[tuple[int, int]] = []
    summary = demo.generate(vault, **SMALL, progress=lambda d, t: calls.append((d, t)))
    assert calls[0] == (0, 40)
    assert calls[-1] == (40, 40)
    assert [d for d, _t in calls] == sorted(d for d, _t in calls)
    counts = vault.counts()
    assert summary.coachees == counts["coachees"] == 5
    assert summary.sessions == counts["sessions"] == 40
    assert summary.goals == counts["goals"]
    assert summary.experiments == counts["experiments"]
    assert summary.measurements == counts["measurements"]


def test_every_coachee_has_a_lived_in_history(demo_vault: Vault) -> None:
    with demo_vault.session() as s:
        people = s.scalars(select(Coachee)).all()
        assert len(people) == 5
        assert len({p.name for p in people}) == 5
        for person in people:
            assert person.role and person.organisation and person.team and person.programme
            assert person.focus and person.tags
            assert "@" in person.email and person.email.isascii()
            assert person.started_on is not None and person.started_on <= TODAY
            if person.consent_recorded_on is not None:
                assert person.consent_recorded_on <= person.started_on
            goals = s.scalars(select(Goal).where(Goal.coachee_id == person.id)).all()
            assert 1 <= len(goals) <= 3
            for goal in goals:
                assert list(goal.gas_levels) == ["-2", "-1", "0", "1", "2"]
                assert all(goal.gas_levels.values())
                assert 1 <= goal.weight <= 4
            for model in (CoachingSession, Experiment, Measurement):
                count = s.scalar(
                    select(func.count()).select_from(model).where(model.coachee_id == person.id)
                )
                assert count, f"{person.name} has no {model.__tablename__}"


def test_sessions_are_well_formed_and_sized_like_real_notes(demo_vault: Vault) -> None:
    with demo_vault.session() as s:
        rows = s.scalars(select(CoachingSession)).all()
    templates = {r.template for r in rows}
    assert "grow" in templates and len(templates) >= 4
    for row in rows:
        assert tuple(row.sections) == catalogue.template(row.template).section_keys()
        assert row.started_at.date() <= TODAY
        assert row.started_at.weekday() < 5
        size = len("".join(row.sections.values())) + len(row.notes) + len(row.private_reflection)
        assert 150 <= size <= 2000, (row.template, size)
        if row.template == "free":
            assert row.notes
        if row.template in ("intervision", "action_learning"):
            assert row.kind == row.template
    assert any(r.private_reflection for r in rows)


def test_sessions_are_about_fortnightly_over_a_year(vault: Vault) -> None:
    demo.generate(vault, coachees=6, sessions_per_coachee=24, seed=3, today=TODAY)
    by_coachee: dict[str, list[datetime]] = defaultdict(list)
    with vault.session() as s:
        for coachee_id, started in s.execute(
            select(CoachingSession.coachee_id, CoachingSession.started_at)
        ):
            by_coachee[coachee_id].append(started)
    gaps = []
    for dates in by_coachee.values():
        dates.sort()
        span = (dates[-1] - dates[0]).days
        assert 200 <= span <= 600
        gaps.extend((b - a).days for a, b in itertools.pairwise(dates))
    assert 10 <= statistics.median(gaps) <= 18


def test_notes_come_in_five_languages(demo_vault: Vault) -> None:
    with demo_vault.engine.connect() as conn:
        everything = " ".join(
            conn.execute(text("SELECT title || ' ' || body FROM search_fts")).scalars()
        )
    for mark in "éëåöüß":
        assert mark in everything, f"no {mark!r} anywhere in the demo text"


def _fold(word: str) -> str:
    return "".join(
        ch for ch in unicodedata.normalize("NFKD", word) if not unicodedata.combining(ch)
    )


@pytest.mark.parametrize("marks", ["éè", "åäö"])
def test_a_word_typed_without_accents_finds_the_accented_note(
    demo_vault: Vault, marks: str
) -> None:
    with demo_vault.engine.connect() as conn:
        bodies = conn.execute(text("SELECT body FROM search_fts")).scalars().all()
    words = sorted(
        {
            word.strip(".,;:!?'«»“„()")
            for body in bodies
            for word in body.split()
            if len(word) > 5 and any(m in word for m in marks)
        }
    )
    assert words, f"no word with {marks} in the demo notes"
    word = words[0]
    hits = search.search(demo_vault, _fold(word), limit=100)
    assert any(word.lower() in hit.snippet.lower() for hit in hits), (word, _fold(word))


def test_measurements_agree_with_their_items(demo_vault: Vault) -> None:
    with demo_vault.session() as s:
        rows = s.scalars(select(Measurement)).all()
        goal_owner = dict(s.execute(select(Goal.id, Goal.coachee_id)).all())
        session_owner = dict(
            s.execute(select(CoachingSession.id, CoachingSession.coachee_id)).all()
        )
    seen = {r.instrument for r in rows}
    assert {"confidence", "gse", "empowerment", "gas"} <= seen
    for m in rows:
        assert session_owner[m.session_id] == m.coachee_id
        if m.instrument == "confidence":
            assert m.value == int(m.value) and 0 <= m.value <= 10
            assert goal_owner[m.goal_id] == m.coachee_id
        elif m.instrument == "gas":
            assert m.value in (-2, -1, 0, 1, 2)
            assert goal_owner[m.goal_id] == m.coachee_id
        elif m.instrument == "gse":
            assert len(m.items) == 10 and all(1 <= x <= 4 for x in m.items)
            assert m.value == sum(m.items)
        elif m.instrument == "empowerment":
            assert len(m.items) == 12 and all(1 <= x <= 7 for x in m.items)
            names = ("meaning", "competence", "self_determination", "impact")
            # Stored as record_assessment stores them: the subscale means, then "answered".
            assert tuple(m.scores) == (*names, "answered")
            assert m.scores["answered"] == 12
            for i, name in enumerate(names):
                assert m.scores[name] == pytest.approx(sum(m.items[3 * i : 3 * i + 3]) / 3)
            assert m.value == pytest.approx(sum(m.scores[name] for name in names) / 4)
        elif m.instrument == "psych_safety":
            assert len(m.items) == 7 and all(1 <= x <= 7 for x in m.items)
            keyed = [8 - x if n in (1, 3, 5) else x for n, x in enumerate(m.items, start=1)]
            assert m.value == pytest.approx(sum(keyed) / 7)
        else:
            pytest.fail(f"unexpected instrument {m.instrument}")


def test_experiments_are_reviewed_in_a_later_session(vault: Vault) -> None:
    demo.generate(vault, coachees=6, sessions_per_coachee=16, seed=5, today=TODAY)
    with vault.session() as s:
        started = dict(s.execute(select(CoachingSession.id, CoachingSession.started_at)).all())
        owner = dict(s.execute(select(CoachingSession.id, CoachingSession.coachee_id)).all())
        goal_owner = dict(s.execute(select(Goal.id, Goal.coachee_id)).all())
        rows = s.scalars(select(Experiment)).all()
    statuses = {e.status for e in rows}
    assert {"done", "agreed"} <= statuses or {"done", "in_progress"} <= statuses
    for e in rows:
        assert e.title and e.prediction and e.action and e.success_signal and e.due_on
        assert owner[e.agreed_in_session_id] == e.coachee_id
        if e.goal_id:
            assert goal_owner[e.goal_id] == e.coachee_id
        if e.status in ("done", "dropped"):
            assert e.reviewed_in_session_id is not None and e.outcome
            assert owner[e.reviewed_in_session_id] == e.coachee_id
            assert started[e.reviewed_in_session_id] > started[e.agreed_in_session_id]
        else:
            assert e.reviewed_in_session_id is None and e.decision is None
        if e.status == "done":
            assert e.learning and e.decision in ("adopt", "adapt", "abandon")


def test_search_index_is_complete_and_what_the_orm_hook_would_write(demo_vault: Vault) -> None:
    counts = demo_vault.counts()
    objects = counts["coachees"] + counts["goals"] + counts["sessions"] + counts["experiments"]
    with demo_vault.engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM search_docs")).scalar_one() == objects
        assert conn.execute(text("SELECT count(*) FROM search_fts")).scalar_one() == objects
    before = {row[2:] for row in _dump(demo_vault)["search"]}
    with demo_vault.write() as s:
        rebuild(s.connection())
    assert {row[2:] for row in _dump(demo_vault)["search"]} == before


def test_services_read_demo_data_and_autosave_keeps_the_index_in_step(
    demo_vault: Vault,
) -> None:
    listed = coachee_service.list_coachees(demo_vault)
    assert len(listed) == 5
    newest = sessions.list_sessions(demo_vault, listed[0].id)[0]
    record = sessions.get_session(demo_vault, newest.id)
    key = next(iter(record.sections), None)
    if key is None:
        sessions.save_session(demo_vault, newest.id, notes=record.notes + " zebracrossing")
    else:
        changed = {key: record.sections[key] + " zebracrossing"}
        sessions.save_session(demo_vault, newest.id, sections=changed)
    hits = search.search(demo_vault, "zebracrossing")
    assert [h.owner_id for h in hits] == [newest.id]


def test_generate_is_additive(demo_vault: Vault) -> None:
    demo.generate(demo_vault, coachees=2, sessions_per_coachee=3, seed=99, today=TODAY)
    counts = demo_vault.counts()
    assert counts["coachees"] == 7
    assert counts["sessions"] == 46
    objects = counts["coachees"] + counts["goals"] + counts["sessions"] + counts["experiments"]
    with demo_vault.engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM search_docs")).scalar_one() == objects


def test_measurements_are_stored_as_record_assessment_stores_them(demo_vault: Vault) -> None:
    """The same answers entered through the app give the same value, items and scores."""
    with demo_vault.session() as s:
        rows = s.scalars(select(Measurement).order_by(Measurement.id)).all()
    samples = {}
    for m in rows:
        samples.setdefault(m.instrument, m)
    assert set(samples) == {"confidence", "gas", "gse", "empowerment", "psych_safety"}
    for m in samples.values():
        if m.instrument in ("confidence", "gas"):
            answers: Any = int(m.value)
        else:
            answers = [int(x) for x in m.items]
        again = assessments.record_assessment(
            demo_vault,
            m.coachee_id,
            m.instrument,
            answers,
            taken_on=m.taken_on,
            session_id=m.session_id,
            goal_id=m.goal_id,
        )
        assert (again.value, list(again.items), dict(again.scores)) == (
            m.value,
            m.items,
            m.scores,
        ), m.instrument


def _english_fragments() -> list[str]:
    """Literal stretches of the English phrase bank and link lines, long enough to be English."""
    english = load_texts().languages["en"]
    texts = [p for bank in english.phrases.values() for p in bank] + list(english.links.values())
    return [
        part.strip()
        for text in texts
        for part in re.split(r"{[^}]*}", text)
        if len(part.strip()) >= 12
    ]


def test_notes_stay_in_the_coachees_language(vault: Vault) -> None:
    demo.generate(vault, coachees=10, sessions_per_coachee=12, seed=SEED, today=TODAY)
    languages = load_texts().languages
    language_of = {
        org.name: lang for lang, texts in languages.items() for org in texts.people.organisations
    }
    fragments = _english_fragments()
    checked = 0
    with vault.session() as s:
        for person in s.scalars(select(Coachee)):
            lang = language_of[person.organisation]
            if lang == "en":
                continue
            assert person.programme != languages["en"].people.individual_programme
            notes = s.scalars(
                select(CoachingSession).where(CoachingSession.coachee_id == person.id)
            ).all()
            for row in notes:
                written = " ".join([*row.sections.values(), row.notes, row.private_reflection])
                english = [f for f in fragments if f in written]
                assert not english, (lang, english[0])
                checked += 1
    assert checked >= 24


def test_the_shipped_texts_cover_every_language_and_template() -> None:
    texts = load_texts()
    assert set(texts.languages) == {"en", "nl", "fr", "sv", "de"}
    assert tuple(texts.languages) == demo.LANGUAGES
    assert texts.shared.themes == demo.THEMES
    assert set(texts.shared.template_weights) == set(catalogue.template_keys())


# ---- a broken text file is refused when read, naming the file and the key --------------------


def _drop(*path: str) -> Callable[[dict[str, Any]], None]:
    def change(data: dict[str, Any]) -> None:
        for key in path[:-1]:
            data = data[key]
        del data[path[-1]]

    return change


def _set(value: Any, *path: str | int) -> Callable[[dict[str, Any]], None]:
    def change(data: dict[str, Any]) -> None:
        target: Any = data
        for key in path[:-1]:
            target = target[key]
        target[path[-1]] = value

    return change


BROKEN: list[tuple[str, Callable[[dict[str, Any]], None], str]] = [
    ("nl", _drop("phrases", "commit"), "nl.json: phrases: missing commit"),
    ("fr", _set("Prépare {whom}.", "phrases", "aim", 0), "fr.json: phrases.aim[0]: unknown"),
    ("nl", _set("Over {topic.", "phrases", "explore", 1), "nl.json: phrases.explore[1]: broken"),
    ("sv", _set("Lärdom om {topic}.", "learnings", "fail", 0), "sv.json: learnings.fail[0]"),
    ("de", _set("Zu {title}", "experiments", "voice", 0, "title"), "experiments.voice[0].title"),
    ("en", _set("Looked back at {name}.", "links", "reviewed"), "en.json: links.reviewed"),
    ("en", _set(["a", "b", "c", "d"], "goals", "energy", "gas_levels"), "goals.energy.gas_levels"),
    ("nl", _set([], "slots", "day"), "nl.json: slots.day: expected a non-empty list"),
    ("fr", _set("de", "language"), "fr.json: language: says 'de'"),
    ("sv", _drop("experiments", "influence"), "sv.json: experiments: missing influence"),
    ("de", _set("Kontext {day}.", "phrases", "context", 0), "de.json: phrases.context[0]"),
    ("en", _set([], "people", "organisations"), "en.json: people.organisations"),
    ("shared", _set({"grow": 3, "tea_break": 1}, "templates"), "tea_break is not a session"),
    ("shared", _set({"en": 1, "da": 1}, "languages"), "da.json: the demo text file is missing"),
    ("shared", _set({"en": 0}, "languages"), "shared.json: languages.en"),
]


@pytest.mark.parametrize(("file", "change", "message"), BROKEN)
def test_a_broken_text_file_is_refused(
    tmp_path: Path, file: str, change: Callable[[dict[str, Any]], None], message: str
) -> None:
    folder = tmp_path / "demo"
    shutil.copytree(DEMO_DIR, folder)
    path = folder / f"{file}.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(DemoTextError, match=re.escape(message)):
        read_texts(folder)


def test_a_file_that_is_not_json_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "demo"
    shutil.copytree(DEMO_DIR, folder)
    (folder / "sv.json").write_text("{ not json", encoding="utf-8")
    with pytest.raises(DemoTextError, match=r"sv\.json: cannot be read"):
        read_texts(folder)
    assert read_texts(DEMO_DIR).languages.keys() == load_texts().languages.keys()


def test_a_template_without_demo_notes_stops_before_anything_is_written(
    vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    texts = load_texts()
    shared = dataclasses.replace(texts.shared, template_weights={"grow": 1, "mind_map": 1})
    monkeypatch.setattr(demo, "load_texts", lambda: dataclasses.replace(texts, shared=shared))
    with pytest.raises(DemoTextError, match="mind_map"):
        demo.generate(vault, **SMALL)
    assert vault.counts()["coachees"] == 0


def test_notes_refuse_a_template_whose_sections_changed(
    vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = catalogue.template

    class Changed:
        """The catalogue as it would be if GROW's sections were renamed."""

        @staticmethod
        def template(key: str) -> Any:
            spec = real(key)
            if key != "grow":
                return spec
            return types.SimpleNamespace(section_keys=lambda: ("goal", "reality", "way_forward"))

    monkeypatch.setattr(demo_notes, "catalogue", Changed)
    with pytest.raises(RuntimeError, match="grow"):
        demo.generate(vault, **SMALL)
