"""The dashboard reads per coachee on indexes, never a whole table, and shows what it showed.

Every statement ``dashboard_rows`` runs is put through ``EXPLAIN QUERY PLAN``: only the
coachees table may be scanned; sessions and measurements are searched on their indexes. The
rows equal those of the former whole-history computation (kept here as the reference) on a
seeded demo vault with reference values, so the reliable-drop flags are compared too.
"""

from __future__ import annotations

import statistics
from collections import defaultdict
from datetime import date, timedelta
from typing import Any

import pytest
from sqlalchemy import event, select

from coach_app.models import Coachee, CoachingSession, Experiment, Measurement
from coach_app.services import assessments, dashboard, demo, instrument_settings
from coach_app.services.progress_series import reliable_change
from coach_app.vault.vault import Vault

TODAY = date(2025, 6, 2)
REFERENCES = {
    "gse": {"sd": 4.0, "reliability": 0.85, "source": "test manual, p. 1"},
    "empowerment:meaning": {"sd": 0.5, "reliability": 0.8, "source": "test manual, p. 2"},
    "empowerment:impact": {"sd": 0.5, "reliability": 0.8, "source": "test manual, p. 2"},
}


@pytest.fixture
def seeded(vault: Vault) -> Vault:
    demo.generate(vault, coachees=8, sessions_per_coachee=30, seed=7, today=TODAY)
    instrument_settings.set_reference_values(vault, REFERENCES)
    with vault.session() as s:
        ids = list(s.scalars(select(Coachee.id).where(Coachee.status == "active")))
    # Drops and rises on both kinds of scale, so the flags have something to compare.
    for n, cid in enumerate(ids):
        high, low = (40, 12) if n % 2 == 0 else (12, 40)
        for step, total in enumerate((high, low)):
            answers = [max(1, min(4, total // 10))] * 10
            assessments.record_assessment(
                vault, cid, "gse", answers, taken_on=TODAY - timedelta(days=30 - step * 10)
            )
        for step, answer in enumerate((7, 1) if n % 3 == 0 else (2, 6)):
            assessments.record_assessment(
                vault,
                cid,
                "empowerment",
                [answer] * 12,
                taken_on=TODAY - timedelta(days=20 - step * 10),
            )
    return vault


def _reference_rows(vault: Vault) -> list[tuple[Any, ...]]:
    """The rows as the dashboard computed them from every rating of the vault (the old way)."""
    with vault.session() as s:
        active = {c.id: c for c in s.scalars(select(Coachee).where(Coachee.status == "active"))}
        last: dict[str, Any] = {}
        for cid, started in s.execute(
            select(CoachingSession.coachee_id, CoachingSession.started_at)
        ):
            if cid in active and (cid not in last or started > last[cid]):
                last[cid] = started
        open_exp = [
            e
            for e in s.scalars(select(Experiment))
            if e.coachee_id in active and e.status in ("agreed", "in_progress")
        ]
        ratings = s.scalars(
            select(Measurement).order_by(Measurement.taken_on, Measurement.created_at)
        ).all()
    scales = dashboard._drop_scales(instrument_settings.parse_references(_stored_refs(vault)))
    per_day: dict[str, dict[date, list[float]]] = defaultdict(lambda: defaultdict(list))
    values: dict[tuple[str, str, str | None], list[float]] = defaultdict(list)
    for m in ratings:
        if m.coachee_id not in active:
            continue
        if m.instrument == "confidence":
            per_day[m.coachee_id][m.taken_on].append(m.value)
        for key, sub, _definition in scales:
            if key == m.instrument:
                if sub is None:
                    values[(m.coachee_id, key, None)].append(m.value)
                elif sub in (m.scores or {}):
                    values[(m.coachee_id, key, sub)].append(float(m.scores[sub]))
    out = []
    for cid in active:
        days = per_day.get(cid, {})
        spark = tuple(
            statistics.fmean(days[d]) for d in sorted(days)[-dashboard.SPARKLINE_POINTS :]
        )
        drops = []
        for key, sub, definition in scales:
            got = values.get((cid, key, sub), [])
            ref = definition.subscale(sub).reference if sub else definition.reference
            if len(got) >= 2 and reliable_change(got[0], got[-1], ref.sd, ref.reliability) == (
                "declined"
            ):
                drops.append((key, sub))
        n_open = sum(1 for e in open_exp if e.coachee_id == cid)
        n_overdue = sum(
            1 for e in open_exp if e.coachee_id == cid and e.due_on and e.due_on < TODAY
        )
        out.append((cid, last.get(cid), n_open, n_overdue, spark, len(drops)))
    return sorted(out, key=lambda row: row[0])


def _stored_refs(vault: Vault) -> Any:
    with vault.session() as s:
        stored = instrument_settings.read_settings(s, [instrument_settings.REFERENCE_VALUES_KEY])
    return stored.get(instrument_settings.REFERENCE_VALUES_KEY)


def test_rows_equal_the_whole_history_computation(seeded: Vault) -> None:
    rows = dashboard.dashboard_rows(seeded, today=TODAY)
    got = sorted(
        (
            r.coachee_id,
            r.last_session_on,
            r.open_experiments,
            r.overdue_experiments,
            r.sparkline,
            sum(1 for f in r.flags if f.kind == "reliable_drop"),
        )
        for r in rows
    )
    expected = [
        (cid, at.date() if at else None, n_open, n_overdue, spark, drops)
        for cid, at, n_open, n_overdue, spark, drops in _reference_rows(seeded)
    ]
    assert got == expected
    assert any(row[5] for row in got), "the seeded vault should raise some drop flags"
    assert any(len(row[4]) == dashboard.SPARKLINE_POINTS for row in got)


def test_no_query_scans_sessions_or_measurements(seeded: Vault) -> None:
    statements: list[tuple[str, Any]] = []

    def record(_conn: Any, _cursor: Any, statement: str, parameters: Any, *_rest: Any) -> None:
        if statement.lstrip().upper().startswith("SELECT"):
            statements.append((statement, parameters))

    event.listen(seeded.engine, "before_cursor_execute", record)
    try:
        dashboard.dashboard_rows(seeded, today=TODAY)
    finally:
        event.remove(seeded.engine, "before_cursor_execute", record)
    assert len(statements) >= 3
    # The coachees table itself may be scanned (a handful of rows), and a subquery's few
    # rows (SQLite names a named one: open_counts, a row per coachee with open experiments);
    # sessions, measurements and experiments only searched on an index.
    allowed = ("SCAN coachees", "SCAN c", "SCAN (subquery", "SCAN open_counts")
    scans = []
    with seeded.engine.connect() as conn:
        for statement, parameters in statements:
            plan = conn.exec_driver_sql("EXPLAIN QUERY PLAN " + statement, parameters).all()
            for row in plan:
                detail = str(row[-1])
                if detail.startswith("SCAN") and not detail.startswith(allowed):
                    scans.append((detail, statement))
                elif detail.startswith("SCAN c") and not detail.startswith("SCAN (subquery"):
                    assert detail in ("SCAN c", "SCAN coachees"), detail
    assert scans == []


def test_one_coachees_flags_are_their_dashboard_rows_flags(seeded: Vault) -> None:
    rows = dashboard.dashboard_rows(seeded, today=TODAY)
    assert any(row.flags for row in rows), "the seeded vault should raise some flags"
    with seeded.session() as s:
        for row in rows:
            assert dashboard.coachee_flags(s, row.coachee_id, today=TODAY) == row.flags
        assert dashboard.coachee_flags(s, "no-such-coachee", today=TODAY) == ()
