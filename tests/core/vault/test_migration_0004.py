"""Revision 0004: open experiments per coachee are counted from the index alone.

The dashboard and the coachee list both count each coachee's open experiments and the overdue
ones. With ``coachee_id`` missing from the index, SQLite read every open experiment's row from
the table: a page per experiment, which made both grow with the vault.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import event, text

from coach_app.services import coachees, dashboard
from coach_app.vault.vault import Vault
from tests.helpers.fixture_vaults import unlocked_copy

TODAY = date(2026, 6, 1)


def _columns(vault: Vault) -> list[str]:
    with vault.engine.connect() as conn:
        rows = conn.execute(text("PRAGMA index_info('ix_experiments_status_due')")).all()
    return [row[2] for row in sorted(rows)]


def test_a_0003_vault_gets_the_wider_index(tmp_path: Path) -> None:
    with unlocked_copy("v0003", tmp_path) as (vault, _expected):
        assert _columns(vault) == ["status", "due_on", "coachee_id"]
        assert coachees.list_coachees(vault, today=TODAY)


def _plans_of_experiment_reads(vault: Vault, use_case: Any) -> list[str]:
    statements: list[tuple[str, Any]] = []

    def seen(_conn: Any, _cursor: Any, statement: str, params: Any, *_rest: Any) -> None:
        if "experiments" in statement and statement.lstrip().upper().startswith("SELECT"):
            statements.append((statement, params))

    event.listen(vault.engine, "before_cursor_execute", seen)
    try:
        use_case()
    finally:
        event.remove(vault.engine, "before_cursor_execute", seen)
    assert statements, "the use case read no experiments"
    plans: list[str] = []
    with vault.engine.connect() as conn:
        for statement, params in statements:
            rows = conn.exec_driver_sql("EXPLAIN QUERY PLAN " + statement, params).all()
            plans += [str(row[-1]) for row in rows if "experiments" in str(row[-1])]
    return plans


def test_the_list_and_the_dashboard_read_no_experiment_row(vault: Vault) -> None:
    ada = coachees.create_coachee(vault, name="Ada")
    assert ada.id
    for use_case in (
        lambda: coachees.list_coachees(vault, today=TODAY),
        lambda: dashboard.dashboard_rows(vault, today=TODAY),
    ):
        plans = _plans_of_experiment_reads(vault, use_case)
        assert plans
        assert all("COVERING INDEX" in plan for plan in plans), plans
