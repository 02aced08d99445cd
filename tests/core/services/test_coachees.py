"""The coachee list finds each coachee's newest session on the index, not by reading them all."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import event, select

from coach_app.models import CoachingSession
from coach_app.services import coachees, demo
from coach_app.vault.vault import Vault

TODAY = date(2025, 6, 2)


def test_list_uses_the_session_index_and_gives_each_newest_session(vault: Vault) -> None:
    demo.generate(vault, coachees=6, sessions_per_coachee=20, seed=3, today=TODAY)
    statements: list[tuple[str, Any]] = []

    def record(_conn: Any, _cursor: Any, statement: str, parameters: Any, *_rest: Any) -> None:
        statements.append((statement, parameters))

    event.listen(vault.engine, "before_cursor_execute", record)
    try:
        listed = coachees.list_coachees(vault, today=TODAY)
    finally:
        event.remove(vault.engine, "before_cursor_execute", record)
    with vault.session() as s:
        newest: dict[str, Any] = {}
        for cid, at in s.execute(select(CoachingSession.coachee_id, CoachingSession.started_at)):
            newest[cid] = max(at, newest.get(cid, at))
    assert {c.id: c.last_session_at for c in listed} == {c.id: newest.get(c.id) for c in listed}
    details = []
    with vault.engine.connect() as conn:
        for statement, parameters in statements:
            plan = conn.exec_driver_sql("EXPLAIN QUERY PLAN " + statement, parameters).all()
            details += [str(row[-1]) for row in plan]
    assert any("ix_sessions_coachee_started" in d for d in details), details
    assert not [d for d in details if d.startswith("SCAN sessions")], details
