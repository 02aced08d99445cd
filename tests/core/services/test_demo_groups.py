"""Demo groups: two groups among the demo coachees, in their languages, landed as the app lands
a round, and the same rows for the same seed."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import select

from coach_app.models import Experiment, GroupRound, Insight, Measurement
from coach_app.services import demo, group_sessions, groups
from coach_app.services.demo.groups import GROUP_TEXTS
from coach_app.services.records import one_line
from coach_app.vault.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE

TODAY = date(2025, 3, 3)
SMALL: dict[str, Any] = {"coachees": 5, "sessions_per_coachee": 4, "seed": 3, "today": TODAY}


def _rows(vault: Vault) -> list[tuple[Any, ...]]:
    with vault.session() as s:
        return [
            (r.id, r.case_giver_id, r.insight, r.action, r.experiment_id, r.rating)
            for r in s.scalars(select(GroupRound).order_by(GroupRound.id))
        ]


def test_two_groups_with_sessions_landed_as_the_app_lands_them(vault: Vault) -> None:
    demo.generate(vault, **SMALL)
    summary = demo.generate_groups(vault, seed=3, today=TODAY)
    assert (summary.groups, summary.sessions, summary.rounds) == (2, 7, 11)
    listed = groups.list_groups(vault)
    assert sorted(g.kind for g in listed) == ["action_learning", "intervision"]
    texts = json.loads(GROUP_TEXTS.read_text(encoding="utf-8"))
    for g in listed:
        sessions = group_sessions.list_group_sessions(vault, g.id)
        assert sessions and all(s.started_at.date() < TODAY for s in sessions)
        members = {m.id: m for m in groups.get_group(vault, g.id).members}
        assert any(not m.is_coachee for m in members.values()), "one person by name only"
        assert groups.next_case_giver(vault, g.id, on=TODAY) in members
        # A group meets in one language: its name and every round come from one language.
        languages = {
            lang
            for lang, words in texts.items()
            if g.name.startswith(words[g.kind]["name"].split("{")[0])
        }
        for summary_row in sessions:
            record = group_sessions.get_group_session(vault, summary_row.id)
            assert record.template == g.kind
            for r in record.rounds:
                assert r.case_giver_id in record.attendee_ids
                languages &= {
                    lang for lang, words in texts.items() if r.insight in words["insight"]
                }
        assert languages, f"{g.name}: rounds in more than one language"
    with vault.session() as s:
        for row in s.scalars(select(GroupRound).where(GroupRound.experiment_id.is_not(None))):
            e = s.get(Experiment, row.experiment_id)
            m = s.get(Measurement, row.measurement_id)
            i = s.get(Insight, row.insight_id)
            assert e is not None and m is not None and i is not None
            assert e.title == one_line(row.action, width=300) and e.agreed_in_group_session_id
            assert (m.value, m.instrument, i.text) == (row.rating, "confidence", row.insight)
            assert e.coachee_id == m.coachee_id == i.coachee_id


def test_same_seed_same_groups(vault: Vault, tmp_path: Path) -> None:
    demo.generate(vault, **SMALL)
    demo.generate_groups(vault, seed=3, today=TODAY)
    other, _ = Vault.create(tmp_path / "again", PASSPHRASE, FAST_KDF)
    try:
        demo.generate(other, **SMALL)
        demo.generate_groups(other, seed=3, today=TODAY)
        assert _rows(vault) == _rows(other)
    finally:
        other.close()


def test_too_few_coachees_write_nothing(vault: Vault) -> None:
    demo.generate(vault, coachees=2, sessions_per_coachee=2, seed=1, today=TODAY)
    assert demo.generate_groups(vault, seed=1, today=TODAY).groups == 0
    assert groups.list_groups(vault) == []
