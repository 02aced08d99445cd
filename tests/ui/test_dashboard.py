"""The dashboard on the operations API: it follows settings changes and survives a lock."""

# Fixtures are imported by name and injected by pytest as same-named parameters.
# ruff: noqa: F811

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from coach_app.changes import Kind
from coach_app.services import coachees, instrument_settings
from coach_app.services import dashboard as dashboard_service
from coach_app.ui import dashboard as dashboard_module
from coach_app.ui.context import AppContext
from coach_app.ui.dashboard import DashboardWidget
from tests.helpers.progress_fixture import History
from tests.ui.fixtures_review import context, history, slowed  # noqa: F401 - fixtures
from tests.ui.helpers_ops import announce, wait_for_ops
from tests.ui.shell_helpers import wait_for_workers

GSE_REFERENCE = {"gse": {"sd": 4.0, "reliability": 0.86, "source": "Test manual, table 2"}}


@pytest.fixture
def errors(monkeypatch: pytest.MonkeyPatch) -> list[BaseException]:
    """Errors the dashboard would have shown in a box."""
    shown: list[BaseException] = []
    monkeypatch.setattr(dashboard_module, "show_error", lambda _parent, exc: shown.append(exc))
    return shown


@pytest.fixture
def dashboard(qtbot: QtBot, context: AppContext, history: History) -> DashboardWidget:
    widget = DashboardWidget(context)
    qtbot.addWidget(widget)
    wait_for_ops(qtbot, context)  # the first load, started by the constructor
    assert widget.model.rowCount() == 2
    return widget


def test_a_settings_change_reloads_the_rows(
    qtbot: QtBot, context: AppContext, dashboard: DashboardWidget
) -> None:
    # Reference values decide the "reliable drop" flag, so saving them must reload the rows.
    with qtbot.waitSignal(dashboard.loaded, timeout=10_000):
        context.ops.change(
            lambda vault: instrument_settings.set_reference_values(vault, GSE_REFERENCE)
        )


def test_a_change_it_does_not_show_does_not_reload(
    qtbot: QtBot, context: AppContext, dashboard: DashboardWidget
) -> None:
    announce(context, Kind.GROUPS)
    assert not dashboard._reload_timer.isActive()
    announce(context, Kind.SESSIONS, coachee_ids=("someone",))
    assert dashboard._reload_timer.isActive()


def test_a_lock_while_the_rows_load_leaves_it_empty_and_quiet(
    qtbot: QtBot,
    context: AppContext,
    dashboard: DashboardWidget,
    errors: list[BaseException],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(
        dashboard_service, "dashboard_rows", slowed(dashboard_service.dashboard_rows)
    )
    dashboard.refresh()
    assert context.ops.is_busy()  # the read is still running when the lock comes
    context.lock()
    assert dashboard.model.rowCount() == 0
    assert "0 active coachees" in dashboard.summary_label.text()
    wait_for_workers()
    qtbot.waitUntil(lambda: not context.ops.is_busy(), timeout=5000)
    assert dashboard.model.rowCount() == 0
    assert errors == []


def test_refreshing_while_locked_does_nothing(
    qtbot: QtBot, context: AppContext, dashboard: DashboardWidget, errors: list[BaseException]
) -> None:
    context.lock()
    dashboard.refresh()
    announce(context, Kind.MEASUREMENTS, coachee_ids=("anyone",))
    assert not dashboard._reload_timer.isActive()
    assert not context.ops.is_busy()
    assert dashboard.model.rowCount() == 0
    assert errors == []


def test_the_summary_counts_in_proper_english(
    qtbot: QtBot, context: AppContext, history: History, dashboard: DashboardWidget
) -> None:
    assert dashboard.summary_label.text() == "2 active coachees · 2 flagged"
    with qtbot.waitSignal(dashboard.loaded, timeout=10_000):
        context.ops.change(lambda vault: coachees.archive_coachee(vault, history.ben))
    assert dashboard.summary_label.text() == "1 active coachee · 1 flagged"
