"""The coach's own record is broadcast as ``Kind.OWN_RECORD``; counts include the new tables."""

from __future__ import annotations

from coach_app.changes import Kind
from coach_app.services import development
from coach_app.vault import change_log
from coach_app.vault.vault import Vault


def test_a_development_entry_is_an_own_record_change_for_no_coachee(vault: Vault) -> None:
    with change_log.recording() as log:
        entry = development.add_entry(vault, kind="cpd", held_on="2025-03-01", hours=2)
    assert log.changes.touches(Kind.OWN_RECORD)
    assert not log.changes.touches(Kind.COACHEES, Kind.SESSIONS)
    assert log.changes.coachee_ids == frozenset()
    with change_log.recording() as log:
        development.delete_entry(vault, entry.id)
    assert log.changes.kinds == frozenset({Kind.OWN_RECORD})


def test_counts_include_groups_and_the_own_record(vault: Vault) -> None:
    development.add_entry(vault, kind="supervision", held_on="2025-03-01", hours=1)
    counts = vault.counts()
    assert counts["development_entries"] == 1
    for table in ("groups", "group_members", "group_sessions", "group_rounds", "insights"):
        assert counts[table] == 0
