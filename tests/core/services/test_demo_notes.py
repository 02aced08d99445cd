"""Demo notes read like one coach's notes: each coachee's own language, no copied sentences."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from coach_app import marks
from coach_app.models import Coachee, CoachingSession, GroupMember, GroupRound, Insight
from coach_app.services import demo
from coach_app.services.demo.notes import sentences
from coach_app.services.demo.texts import DEMO_DIR, load_texts
from coach_app.vault.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE

# Words of English that are not words of French, Dutch or Swedish (checked below against the
# phrase banks themselves, so the detector cannot fire on a language's own words).
ENGLISH = frozenset(
    {
        "the",
        "and",
        "with",
        "you",
        "she",
        "they",
        "this",
        "that",
        "what",
        "would",
        "about",
        "when",
        "their",
        "were",
        "asked",
        "said",
        "next",
        "which",
        "there",
        "because",
        "team's",
    }
)
WORD = re.compile(r"[\w']+")
NOT_ENGLISH = ("fr", "nl", "sv")


@pytest.fixture(scope="module")
def demo_vault(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Vault]:
    vault, _ = Vault.create(tmp_path_factory.mktemp("demo") / "v", PASSPHRASE, FAST_KDF)
    demo.generate(vault, coachees=15, sessions_per_coachee=24, seed=11, today=date(2025, 6, 1))
    demo.generate_groups(vault, seed=11, today=date(2025, 6, 1))
    try:
        yield vault
    finally:
        vault.close()


def _language_of() -> dict[str, str]:
    return {
        org.name: language
        for language, texts in load_texts().languages.items()
        for org in texts.people.organisations
    }


def _texts_by_coachee(vault: Vault) -> dict[str, tuple[str, list[list[str]]]]:
    """Coachee id -> (language, per session: the session's texts and their group rounds')."""
    languages = _language_of()
    out: dict[str, tuple[str, list[list[str]]]] = {}
    with vault.session() as s:
        for c in s.scalars(select(Coachee)):
            per_session = [
                [*x.sections.values(), x.notes, x.private_reflection]
                for x in s.scalars(
                    select(CoachingSession).where(CoachingSession.coachee_id == c.id)
                )
            ]
            members = select(GroupMember.id).where(GroupMember.coachee_id == c.id)
            rounds = s.scalars(select(GroupRound).where(GroupRound.case_giver_id.in_(members)))
            group_texts = [
                t for r in rounds for t in (r.situation, r.key_question, r.insight, r.action)
            ]
            group_texts += [
                i.text for i in s.scalars(select(Insight).where(Insight.coachee_id == c.id))
            ]
            out[c.id] = (languages[c.organisation], [*per_session, group_texts])
    return out


def _english_words(text: str) -> set[str]:
    return {w for w in WORD.findall(text.lower()) if w in ENGLISH}


def test_the_detector_knows_no_word_of_the_other_languages() -> None:
    for language in NOT_ENGLISH:
        for name in (f"{language}.json",):
            raw = (Path(DEMO_DIR) / name).read_text(encoding="utf-8")
            assert not _english_words(raw), (language, _english_words(raw))
        groups = json.loads((Path(DEMO_DIR) / "groups.json").read_text(encoding="utf-8"))
        assert not _english_words(json.dumps(groups[language], ensure_ascii=False))


def test_no_english_in_a_french_dutch_or_swedish_coachees_notes(demo_vault: Vault) -> None:
    by_coachee = _texts_by_coachee(demo_vault)
    languages = {language for language, _texts in by_coachee.values()}
    assert {"en", *NOT_ENGLISH} <= languages, "the sample must hold each language"
    for coachee_id, (language, sessions) in by_coachee.items():
        found = {w for texts in sessions for t in texts for w in _english_words(t)}
        if language == "en":
            assert found, "the detector finds English where there is English"
        elif language in NOT_ENGLISH:
            assert not found, (coachee_id, language, found)


def test_no_sentence_is_repeated_across_one_coachees_sessions(demo_vault: Vault) -> None:
    for coachee_id, (_language, sessions) in _texts_by_coachee(demo_vault).items():
        seen: set[str] = set()
        for texts in sessions[:-1]:  # the sessions (the last entry is their group texts)
            for sentence in (s for t in texts for s in sentences(t)):
                assert sentence not in seen, (coachee_id, sentence)
                seen.add(sentence)


def test_sessions_keep_their_substance(demo_vault: Vault) -> None:
    """No copies, yet no hollow notes: almost every section still says something."""
    with demo_vault.session() as s:
        rows = list(s.scalars(select(CoachingSession)))
    filled = [bool(text) for x in rows for text in x.sections.values()]
    assert all(any(x.sections.values()) or x.notes for x in rows)
    assert sum(filled) >= 0.9 * len(filled)


def test_some_sessions_carry_marks_made_while_listening(demo_vault: Vault) -> None:
    with demo_vault.session() as s:
        texts = [
            "\n".join((row.sections or {}).values()) for row in s.scalars(select(CoachingSession))
        ]
    marked = [t for t in texts if list(marks.find(t))]
    # About one session in three (a checksum decides), never all of them.
    assert len(texts) / 5 < len(marked) < len(texts) / 2
    kinds = {m.kind.key for t in marked for m in marks.find(t)}
    assert kinds == {"insight", "action"}


def _note_bytes(vault: Vault) -> list[list[int]]:
    """Per coachee, the bytes of each session's texts in the order they were held."""
    with vault.session() as s:
        per: dict[str, list[tuple[object, int]]] = {}
        for x in s.scalars(select(CoachingSession)):
            size = sum(len(t.encode()) for t in (*x.sections.values(), x.notes))
            per.setdefault(x.coachee_id, []).append((x.started_at, size))
    return [[size for _at, size in sorted(sessions)] for sessions in per.values()]


def _late_to_early(vault: Vault, early: int, late: int) -> float:
    """The mean size of sessions from ``late`` on, against that of the first ``early``."""
    histories = _note_bytes(vault)
    first = [n for h in histories for n in h[:early]]
    last = [n for h in histories for n in h[late:]]
    return (sum(last) / len(last)) / (sum(first) / len(first))


def test_with_repeat_text_a_long_history_keeps_notes_of_a_typical_length(
    tmp_path: Path,
) -> None:
    made = []
    for repeat in (False, True):
        vault, _ = Vault.create(tmp_path / f"v{repeat}", PASSPHRASE, FAST_KDF)
        try:
            demo.generate(
                vault,
                coachees=2,
                sessions_per_coachee=150,
                seed=5,
                today=date(2025, 6, 1),
                repeat_text=repeat,
            )
            made.append(_late_to_early(vault, early=20, late=100))
        finally:
            vault.close()
    without, with_repeats = made
    assert without < 0.3, "the demo itself runs out of new sentences (and says so)"
    assert with_repeats > 0.8, "measuring a large vault needs notes of a typical length"
