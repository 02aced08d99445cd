"""The progress chart on the operations API: settings changes, hidden charts, a lock mid-load,
export through the files service."""

# Fixtures are imported by name and injected by pytest as same-named parameters.
# ruff: noqa: F811

from __future__ import annotations

import stat
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from coach_app.changes import Kind
from coach_app.services import instrument_settings
from coach_app.services import progress as progress_service
from coach_app.ui import progress_chart as progress_chart_module
from coach_app.ui.context import AppContext
from coach_app.ui.progress_chart import ProgressChartWidget
from tests.helpers.progress_fixture import History
from tests.ui.fixtures_review import context, history, slowed  # noqa: F401 - fixtures
from tests.ui.helpers_ops import announce, wait_for_ops
from tests.ui.shell_helpers import wait_for_workers

GSE_REFERENCE = {"gse": {"sd": 4.0, "reliability": 0.86, "source": "Test manual, table 2"}}


@pytest.fixture
def calls(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The coachees whose chart data was read, in order."""
    seen: list[str] = []
    real = progress_service.progress_data

    def counting(vault, coachee_id, **kw):  # type: ignore[no-untyped-def]
        seen.append(coachee_id)
        return real(vault, coachee_id, **kw)

    monkeypatch.setattr(progress_service, "progress_data", counting)
    return seen


@pytest.fixture
def chart(
    qtbot: QtBot, context: AppContext, history: History, calls: list[str]
) -> ProgressChartWidget:
    widget = ProgressChartWidget(context)
    qtbot.addWidget(widget)
    widget.resize(1100, 800)
    widget.show()
    for coachee in (history.ben, history.ada):
        with qtbot.waitSignal(widget.loaded, timeout=10_000):
            widget.show_coachee(coachee)
    return widget


def test_a_settings_change_redraws_the_shown_chart_and_forgets_the_others(
    qtbot: QtBot, context: AppContext, history: History, chart: ProgressChartWidget
) -> None:
    assert chart.layout_info is not None and "gse" not in chart.layout_info.bands
    assert set(chart._recent) == {history.ada, history.ben}
    with qtbot.waitSignal(chart.loaded, timeout=10_000):
        context.ops.change(
            lambda vault: instrument_settings.set_reference_values(vault, GSE_REFERENCE)
        )
    # The reference values give the GSE line its "within measurement error" band at once.
    assert "gse" in chart.layout_info.bands
    assert history.ben not in chart._recent  # drawn again from fresh data next time


def test_a_hidden_chart_catches_up_when_shown(
    qtbot: QtBot,
    context: AppContext,
    history: History,
    chart: ProgressChartWidget,
    calls: list[str],
) -> None:
    before = len(calls)
    chart.hide()
    announce(context, Kind.MEASUREMENTS, coachee_ids=(history.ada,))
    assert not context.ops.is_busy()  # nobody looks at it: no read now
    assert len(calls) == before
    with qtbot.waitSignal(chart.loaded, timeout=10_000):
        chart.show()
    assert calls[before:] == [history.ada]


def test_a_session_change_reloads_the_chart(
    qtbot: QtBot, context: AppContext, history: History, chart: ProgressChartWidget
) -> None:
    # Session days decide where a line pauses, so a new session is a change to the chart.
    with qtbot.waitSignal(chart.loaded, timeout=10_000):
        announce(context, Kind.SESSIONS, coachee_ids=(history.ada,))


def test_a_lock_while_loading_leaves_nothing_behind(
    qtbot: QtBot,
    context: AppContext,
    history: History,
    chart: ProgressChartWidget,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    shown: list[BaseException] = []
    monkeypatch.setattr(progress_chart_module, "show_error", lambda _p, exc: shown.append(exc))
    monkeypatch.setattr(progress_service, "progress_data", slowed(progress_service.progress_data))
    chart.reload()
    assert context.ops.is_busy()
    context.lock()
    wait_for_workers()
    qtbot.waitUntil(lambda: not context.ops.is_busy(), timeout=5000)
    assert chart.data is None and chart.coachee_id is None and chart.checks == {}
    assert chart._recent == {}
    assert shown == []


def test_export_writes_an_owner_only_file(
    qtbot: QtBot, chart: ProgressChartWidget, tmp_path: Path
) -> None:
    written = chart.export(tmp_path / "ada.png", "png")
    assert written.read_bytes().startswith(b"\x89PNG")
    assert stat.S_IMODE(written.stat().st_mode) == 0o600


def test_no_reload_for_another_coachee_or_an_unrelated_kind(
    qtbot: QtBot,
    context: AppContext,
    history: History,
    chart: ProgressChartWidget,
    calls: list[str],
) -> None:
    wait_for_ops(qtbot, context)
    before = len(calls)
    announce(context, Kind.MEASUREMENTS, coachee_ids=(history.ben,))
    announce(context, Kind.GROUPS)
    assert not context.ops.is_busy()
    assert len(calls) == before
    assert history.ben not in chart._recent  # but Ben's chart is read afresh next time
    assert history.ada in chart._recent
