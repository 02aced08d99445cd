"""Any date the vault accepts can be charted and reported; the import refuses every other date.

One range (``coach_app/dates.py``) for every date a service or an import file holds. Dates at
its edges, single points and random days within it go through the same paths as real use:
stored by the services, read back by ``progress_data``, drawn by ``charts.draw_progress`` (and
rendered, since tick locators run at draw time) and built into the PDF report. Year 1, 9999 and
the days just outside the range refuse an import file naming the place, with exit code 4.
"""

from __future__ import annotations

import io
import json
import uuid
from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from matplotlib.figure import Figure

from coach_app import app, dates
from coach_app.charts import draw_progress
from coach_app.errors import ImportRejected, ValidationError
from coach_app.services import (
    assessments,
    coachees,
    exchange,
    experiments,
    progress,
    report,
    sessions,
    validation,
)
from coach_app.vault.vault import Vault
from tests.conftest import PASSPHRASE

FIRST, LAST = dates.FIRST_DAY, dates.LAST_DAY
GSE_ANSWERS = [2, 3, 3, 2, 3, 3, 2, 3, 3, 2]
IN_RANGE = st.dates(min_value=FIRST, max_value=LAST)
OUTSIDE = [
    ("year 1", "0001-01-01"),
    ("year 9999", "9999-12-31"),
    ("the day before", (FIRST - timedelta(days=1)).isoformat()),
    ("the day after", (LAST + timedelta(days=1)).isoformat()),
]


def _store(vault: Vault, days: list[date], due: date) -> str:
    """A coachee whose every dated field lies on ``days`` (first and last) through the services."""
    person = coachees.create_coachee(
        vault, name="Edge Case", started_on=days[0], consent_recorded_on=days[-1]
    )
    goal = coachees.create_goal(
        vault, person.id, title="A goal", gas_levels={"-1": "Less", "0": "Expected", "1": "More"}
    )
    session_ids = [
        sessions.create_session(vault, person.id, started_at=datetime.combine(day, time(9, 30))).id
        for day in days
    ]
    for day in days:
        assessments.record_assessment(
            vault, person.id, "confidence", 6, taken_on=day, goal_id=goal.id
        )
        assessments.record_assessment(vault, person.id, "gas", 0, taken_on=day, goal_id=goal.id)
        assessments.record_assessment(vault, person.id, "gse", GSE_ANSWERS, taken_on=day)
    experiments.create_experiment(
        vault, person.id, title="Try it", due_on=due, agreed_in_session_id=session_ids[0]
    )
    done = experiments.create_experiment(
        vault, person.id, title="Tried it", due_on=due, agreed_in_session_id=session_ids[-1]
    )
    experiments.review_experiment(
        vault, done.id, outcome="Went well", learning="Less fear", decision="adopt"
    )
    return person.id


# A report's period and "today": all time, and the widest period the GUI's date pickers allow
# with "today" at either edge (a report takes over a second, so not every combination).
ALL_TIME: tuple[date | None, date | None, date] = (None, None, LAST)
WIDEST: tuple[date | None, date | None, date] = (FIRST, LAST, FIRST)


def _chart_and_report(
    vault: Vault, coachee_id: str, reports: tuple[tuple[date | None, date | None, date], ...]
) -> None:
    """Draw, render and report ``coachee_id``; any exception fails the test."""
    data = progress.progress_data(vault, coachee_id)
    assert data.date_range is not None  # something is drawn, not the empty state
    fig = Figure(figsize=(10, 8), dpi=50)
    # The data's own range, and the widest period the GUI's date pickers allow.
    for date_range in (None, (FIRST, LAST)):
        draw_progress(fig, data, date_range=date_range)
        fig.savefig(io.BytesIO(), format="png")
    for start, end, today in reports:
        pdf = report.build_report_pdf(vault, coachee_id, start=start, end=end, today=today)
        assert pdf.startswith(b"%PDF")


@pytest.mark.parametrize(
    "days",
    [
        [FIRST],
        [LAST],
        [FIRST, LAST],
        [FIRST, FIRST + timedelta(days=1)],
        [LAST - timedelta(1), LAST],
    ],
    ids=["first day", "last day", "first and last", "the first two", "the last two"],
)
def test_series_at_the_edges_of_the_range_chart_and_report(vault: Vault, days: list[date]) -> None:
    # The experiments fall due at the other edge, so the x axis spans the whole range as well.
    due = LAST if days[0] == FIRST else FIRST
    _chart_and_report(vault, _store(vault, days, due), (ALL_TIME, WIDEST))


@settings(
    max_examples=6,
    deadline=None,
    # One vault for every example (creating one per example would spend seconds on Argon2).
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(days=st.lists(IN_RANGE, min_size=1, max_size=3).map(sorted), due=IN_RANGE)
def test_any_accepted_date_charts_and_reports(vault: Vault, days: list[date], due: date) -> None:
    _chart_and_report(vault, _store(vault, days, due), (ALL_TIME,))


@settings(max_examples=200, deadline=None)
@given(day=st.dates())
def test_the_validators_accept_exactly_the_range(day: date) -> None:
    inside = FIRST <= day <= LAST
    for value in (day, day.isoformat()):
        try:
            accepted = validation.parse_date(value, "Due date")
        except ValidationError as exc:
            assert not inside
            assert exc.message == f"Due date must be a date from {FIRST} to {LAST}."
        else:
            assert inside and accepted == day
    for moment in (datetime.combine(day, time(23, 59, 59)), datetime.combine(day, time.min)):
        try:
            validation.parse_datetime(moment.isoformat(), "Start")
        except ValidationError:
            assert not inside
        else:
            assert inside


# ---- the import ------------------------------------------------------------------------------


def _doc(**coachee: Any) -> dict[str, Any]:
    return {
        "format": exchange.FORMAT,
        "version": exchange.VERSION,
        "coachees": [{"id": str(uuid.uuid4()), "name": "Ana Lima", **coachee}],
    }


def _new() -> str:
    return str(uuid.uuid4())


# where in the file, a document with ``day`` (a YYYY-MM-DD text) in that place
PLACES: list[tuple[str, Callable[[str], dict[str, Any]]]] = [
    ("coachees[0].started_on", lambda d: _doc(started_on=d)),
    ("coachees[0].consent_recorded_on", lambda d: _doc(consent_recorded_on=d)),
    (
        "coachees[0].sessions[0].started_at",
        lambda d: _doc(sessions=[{"id": _new(), "started_at": f"{d}T09:30"}]),
    ),
    (
        "coachees[0].experiments[0].due_on",
        lambda d: _doc(experiments=[{"id": _new(), "title": "Try", "due_on": d}]),
    ),
    (
        "coachees[0].measurements[0].taken_on",
        lambda d: _doc(
            measurements=[{"id": _new(), "instrument": "confidence", "taken_on": d, "value": 5}]
        ),
    ),
]


@pytest.mark.parametrize(("label", "day"), OUTSIDE, ids=[o[0] for o in OUTSIDE])
@pytest.mark.parametrize(("where", "make"), PLACES, ids=[p[0] for p in PLACES])
def test_the_import_refuses_dates_outside_the_range(
    vault: Vault, where: str, make: Callable[[str], dict[str, Any]], label: str, day: str
) -> None:
    before = vault.counts()
    with pytest.raises(ImportRejected) as caught:
        exchange.import_document(vault, make(day))
    assert caught.value.exit_code == 4
    assert f"{where} must be a date from {FIRST} to {LAST}." in caught.value.message, label
    assert vault.counts() == before


@pytest.mark.parametrize(("where", "make"), PLACES, ids=[p[0] for p in PLACES])
def test_the_import_takes_both_edges(
    vault: Vault, where: str, make: Callable[[str], dict[str, Any]]
) -> None:
    for day in (FIRST, LAST):
        exchange.import_document(vault, make(day.isoformat()))


def test_the_cli_import_refuses_year_9999_with_one_line_and_exit_4(
    vault: Vault,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    folder = vault.folder
    vault.close()
    path = tmp_path / "people.json"
    path.write_text(json.dumps(PLACES[3][1]("9999-12-31")), "utf-8")
    monkeypatch.setenv("COACH_APP_KDF_FAST", "1")
    monkeypatch.setenv("COACH_APP_PASSPHRASE", PASSPHRASE)
    capsys.readouterr()
    code = app.main(["--vault", str(folder), "import", str(path)])
    err = capsys.readouterr().err
    assert code == 4
    lines = err.strip().splitlines()
    assert len(lines) == 1 and "coachees[0].experiments[0].due_on" in lines[0], err
    assert "Traceback" not in err
