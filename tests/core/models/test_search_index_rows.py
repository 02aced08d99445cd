"""``row_entries``: a bulk writer's search entries from plain rows, as objects would give them.

For every kind, with and without the dates an entry falls back from, the entry made from a
row must be the one ``document_meta`` gives an object holding the same values (the flush
hook's and a rebuild's), owner and coachee keys included; a round's is looked up in the vault.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

import pytest
from sqlalchemy import insert

from coach_app.models import (
    Coachee,
    CoachingSession,
    Experiment,
    Goal,
    Group,
    GroupMember,
    GroupRound,
    GroupSession,
    Insight,
)
from coach_app.models.search_index import Indexed, document_meta, row_entries
from coach_app.vault.vault import Vault

COACHEE = "5e1b0c2e-0000-4000-8000-000000000001"
GROUP = "5e1b0c2e-0000-4000-8000-000000000002"
MEETING = "5e1b0c2e-0000-4000-8000-000000000003"
MEMBER = "5e1b0c2e-0000-4000-8000-000000000004"
NAME_ONLY = "5e1b0c2e-0000-4000-8000-000000000005"
AT = datetime(2025, 2, 3, 10, 30)
LATER = datetime(2025, 3, 4, 9, 15)
DAY = date(2025, 1, 6)

#: Rows of each kind as an import gives them: the values an entry reads, dates or none.
CASES: tuple[tuple[type[Indexed], dict[str, Any]], ...] = (
    (Coachee, {"id": "c1", "started_on": DAY, "created_at": AT}),
    (Coachee, {"id": "c2", "started_on": None, "created_at": AT}),
    (Goal, {"id": "g1", "coachee_id": COACHEE, "created_at": AT}),
    (CoachingSession, {"id": "s1", "coachee_id": COACHEE, "started_at": LATER}),
    (Group, {"id": "gr1", "started_on": DAY, "created_at": AT}),
    (Group, {"id": "gr2", "started_on": None, "created_at": AT}),
    (Insight, {"id": "i1", "coachee_id": COACHEE, "noted_on": DAY, "created_at": AT}),
    (Experiment, {"id": "e1", "coachee_id": COACHEE, "due_on": DAY, "created_at": AT}),
    (Experiment, {"id": "e2", "coachee_id": COACHEE, "due_on": None, "created_at": AT}),
    # A round keyed by its case-giver's coachee, by its group (a name-only member), by its
    # group (no case-giver); dated by its meeting.
    (GroupRound, {"id": "r1", "group_session_id": MEETING, "case_giver_id": MEMBER}),
    (GroupRound, {"id": "r2", "group_session_id": MEETING, "case_giver_id": NAME_ONLY}),
    (GroupRound, {"id": "r3", "group_session_id": MEETING, "case_giver_id": None}),
)


def _write_parents(vault: Vault) -> None:
    with vault.write() as s:
        conn = s.connection()
        conn.execute(insert(Coachee), [{"id": COACHEE, "name": "A"}])
        conn.execute(insert(Group), [{"id": GROUP, "name": "G", "started_on": DAY}])
        conn.execute(insert(GroupSession), [{"id": MEETING, "group_id": GROUP, "started_at": AT}])
        conn.execute(
            insert(GroupMember),
            [
                {"id": MEMBER, "group_id": GROUP, "coachee_id": COACHEE},
                {"id": NAME_ONLY, "group_id": GROUP, "coachee_id": None, "name": "B"},
            ],
        )


@pytest.mark.parametrize(("model", "row"), CASES, ids=[row["id"] for _m, row in CASES])
def test_an_entry_from_a_row_is_the_entry_of_its_object(
    vault: Vault, model: type[Indexed], row: dict[str, Any]
) -> None:
    _write_parents(vault)
    with vault.session() as s:
        conn = s.connection()
        expected = (row["id"], *document_meta(model(**row), conn))
        assert row_entries(model, [row], conn) == [expected]


def test_entries_from_rows_keep_the_rows_order(vault: Vault) -> None:
    rows = [row for model, row in CASES if model is Experiment]
    with vault.session() as s:
        found = row_entries(Experiment, rows, s.connection())
    assert [entry[0] for entry in found] == ["e1", "e2"]


def test_a_kind_without_entries_is_refused(vault: Vault) -> None:
    with vault.session() as s, pytest.raises(TypeError):
        row_entries(GroupSession, [{"id": MEETING}], s.connection())  # type: ignore[arg-type]


def test_an_entry_is_dated_by_the_first_date_it_has() -> None:
    # The rules themselves (one table for objects and rows alike): an experiment with no due
    # date and a group not started yet are dated when they were made; a coachee not started,
    # not at all.
    dated = {row["id"]: row for _model, row in CASES}
    with_rows = {
        "e1": (Experiment, DAY.isoformat()),
        "e2": (Experiment, AT.isoformat()),
        "gr2": (Group, AT.isoformat()),
        "c2": (Coachee, ""),
        "g1": (Goal, AT.isoformat()),
    }
    for key, (model, at) in with_rows.items():
        ((_owner, _kind, _coachee, found),) = row_entries(model, [dated[key]], None)  # type: ignore[arg-type]  # no round: no lookup
        assert found == at, key
