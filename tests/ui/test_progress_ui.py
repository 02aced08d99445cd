"""Progress screens with pytest-qt: enter measures, watch the chart, dashboard, learning log."""

from __future__ import annotations

from datetime import datetime, time, timedelta
from pathlib import Path

import pytest
from matplotlib.backend_bases import MouseEvent
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QDialogButtonBox, QLabel
from pytestqt.qtbot import QtBot

from coach_app.changes import Kind
from coach_app.services import assessments, instrument_settings, measurements
from coach_app.services import dashboard as dashboard_service
from coach_app.services import learning_log as learning_log_service
from coach_app.services import progress as progress_service
from coach_app.ui import file_paths
from coach_app.ui import progress_chart as progress_chart_module
from coach_app.ui.assessment_dialog import AssessmentDialog, MultiItemForm
from coach_app.ui.context import AppContext
from coach_app.ui.dashboard import DashboardWidget
from coach_app.ui.learning_log import LearningLogWidget
from coach_app.ui.progress_chart import ProgressChartWidget, marker_text
from coach_app.ui.progress_models import (
    ID_ROLE,
    DashboardFilter,
    DashboardModel,
    LearningLogModel,
)
from coach_app.ui.report_action import export_report
from coach_app.vault.vault import Vault
from tests.helpers.progress_fixture import TODAY, History, build_history
from tests.ui.conftest import MakeContext
from tests.ui.helpers_ops import announce, wait_for_ops

# Qt 6.12's offscreen platform warns whenever a shown window's size constraints change.

EMPOWERMENT_WORDING = [f"Statement number {n}" for n in range(1, 13)]


@pytest.fixture
def context(make_context: MakeContext) -> AppContext:
    """An AppContext on the test vault, its clock on the history's TODAY."""
    return make_context(now=lambda: datetime.combine(TODAY, time(9, 0)))


@pytest.fixture
def history(vault: Vault) -> History:
    return build_history(vault)


@pytest.fixture
def chart(qtbot: QtBot, context: AppContext, history: History) -> ProgressChartWidget:
    widget = ProgressChartWidget(context)
    qtbot.addWidget(widget)
    widget.resize(1100, 800)
    widget.show()
    with qtbot.waitSignal(widget.loaded, timeout=10_000):
        widget.show_coachee(history.ada)
    return widget


def click_save(qtbot: QtBot, dialog: AssessmentDialog) -> None:
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
    )


def answer(qtbot: QtBot, form: MultiItemForm, answers: list[int | None]) -> None:
    for group, value in zip(form.groups, answers, strict=True):
        if value is not None:
            qtbot.mouseClick(group.button(value), Qt.MouseButton.LeftButton)


def points_drawn(widget: ProgressChartWidget, key: str) -> int:
    assert widget.layout_info is not None
    return sum(len(line.get_xdata()) for line in widget.layout_info.lines[key])


# --------------------------------------------------------------------------- assessments


def test_enter_a_gse_and_see_the_chart_gain_a_point(
    qtbot: QtBot, context: AppContext, history: History, chart: ProgressChartWidget
) -> None:
    assert chart.data is not None and chart.data.gse is not None
    before = len(chart.data.gse.points)
    assert points_drawn(chart, "gse") == before

    dialog = AssessmentDialog(context, history.ada, "gse", session_id=None)
    qtbot.addWidget(dialog)
    dialog.show()
    assert isinstance(dialog.form, MultiItemForm)
    texts = [label.text() for label in dialog.form.findChildren(QLabel)]
    assert any("I can always manage to solve difficult problems" in text for text in texts)
    assert "Schwarzer" in dialog.credit_label.text()
    assert not dialog.save_button.isEnabled()

    answer(qtbot, dialog.form, [3, 3, 4, None, 3, 3, 4, 3, None, 4])
    assert dialog.preview_label.text() == "Score: 33.8 (sum) — from 8 of 10 answers"
    assert dialog.save_button.isEnabled()
    with qtbot.waitSignal(chart.loaded, timeout=10_000):
        click_save(qtbot, dialog)
    assert dialog.result() == AssessmentDialog.DialogCode.Accepted

    assert len(chart.data.gse.points) == before + 1
    assert chart.data.gse.points[-1].value == pytest.approx(33.8)
    assert points_drawn(chart, "gse") == before + 1


def test_a_gse_with_too_many_missing_answers_cannot_be_saved(
    qtbot: QtBot, context: AppContext, history: History
) -> None:
    dialog = AssessmentDialog(context, history.ada, "gse")
    qtbot.addWidget(dialog)
    answer(qtbot, dialog.form, [3, 3, 3, 3, 3, 3, None, None, None, None])
    assert dialog.preview_label.text() == "GSE needs at least 7 of its 10 answers; 4 are missing."
    assert not dialog.save_button.isEnabled()


def test_enter_empowerment_wording_once_then_the_assessment(
    qtbot: QtBot, context: AppContext, history: History, chart: ProgressChartWidget
) -> None:
    before = {s.key: len(s.points) for s in chart.data.empowerment}

    dialog = AssessmentDialog(context, history.ada, "empowerment")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.form is None and dialog.wording is not None
    assert "permission for commercial reproduction is unconfirmed" in " ".join(
        label.text() for label in dialog.wording.findChildren(QLabel)
    )
    assert not dialog.save_button.isEnabled()
    # An empty item is refused with the service's words.
    qtbot.mouseClick(dialog.wording.save_button, Qt.MouseButton.LeftButton)
    assert dialog.wording.error_label.text() == "Item 1 of Psychological empowerment needs wording."
    for edit, text in zip(dialog.wording.edits, EMPOWERMENT_WORDING, strict=True):
        qtbot.keyClicks(edit, text)
    qtbot.mouseClick(dialog.wording.save_button, Qt.MouseButton.LeftButton)
    assert instrument_settings.item_wording(context.vault, "empowerment") == EMPOWERMENT_WORDING
    assert isinstance(dialog.form, MultiItemForm)
    labels = [label.text() for label in dialog.form.findChildren(QLabel)]
    assert "1. Statement number 1" in labels

    answer(qtbot, dialog.form, [7, 6, 6, 5, 5, None, 4, 4, 4, 3, 3, 4])
    assert dialog.preview_label.text().startswith("Subscale means: Meaning 6.33 · Competence 5.00")
    with qtbot.waitSignal(chart.loaded, timeout=10_000):
        click_save(qtbot, dialog)

    after = {s.key: len(s.points) for s in chart.data.empowerment}
    assert after == {key: count + 1 for key, count in before.items()}
    for key, count in after.items():
        assert points_drawn(chart, key) == count

    # The next time, the wording is already there.
    again = AssessmentDialog(context, history.ada, "empowerment")
    qtbot.addWidget(again)
    assert again.wording is None and isinstance(again.form, MultiItemForm)


def test_psych_safety_is_labelled_as_team_climate(
    qtbot: QtBot, context: AppContext, history: History
) -> None:
    instrument_settings.set_item_wording(
        context.vault, "psych_safety", [f"Team item {n}" for n in range(1, 8)]
    )
    dialog = AssessmentDialog(context, history.ada, "psych_safety")
    qtbot.addWidget(dialog)
    texts = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert "Team climate as the coachee sees it" in texts
    assert "1. Team item 1 (R)" in texts


def test_confidence_per_goal_and_gas_levels(
    qtbot: QtBot, context: AppContext, history: History
) -> None:
    confidence = AssessmentDialog(context, history.ada, "confidence")
    qtbot.addWidget(confidence)
    assert not confidence.save_button.isEnabled()
    goal_id, spin = confidence.form.spins[0]
    assert goal_id == history.goal_delegate
    spin.setValue(9)
    assert confidence.preview_label.text() == "1 rating to save."
    with qtbot.waitSignal(context.signals.changed, timeout=2000) as changed:
        click_save(qtbot, confidence)
    assert changed.args[0].touches(Kind.MEASUREMENTS, coachee_id=history.ada)
    assert changed.args[0].coachee_ids == {history.ada}
    stored = measurements.list_measurements(
        context.vault, history.ada, instrument="confidence", goal_id=history.goal_delegate
    )
    assert stored[-1].value == 9 and stored[-1].taken_on == TODAY

    gas = AssessmentDialog(context, history.ada, "gas")
    qtbot.addWidget(gas)
    combo_texts = [gas.form.combos[0][1].itemText(i) for i in range(6)]
    assert "+1 more than expected: Team runs planning; Ada reviews" in combo_texts
    gas.form.set_level(history.goal_delegate, 2)
    assert gas.preview_label.text().startswith("T-score of the goals rated now: 70.0")
    click_save(qtbot, gas)
    stored = measurements.list_measurements(context.vault, history.ada, instrument="gas")
    assert stored[-1].value == 2 and stored[-1].goal_id == history.goal_delegate


# --------------------------------------------------------------------------- chart


def test_changing_the_view_redraws_without_querying(
    qtbot: QtBot, context: AppContext, history: History, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[str] = []
    real = progress_service.progress_data

    def counting(vault, coachee_id, **kw):
        calls.append(coachee_id)
        return real(vault, coachee_id, **kw)

    monkeypatch.setattr(progress_chart_module.progress_service, "progress_data", counting)
    widget = ProgressChartWidget(context)
    qtbot.addWidget(widget)
    widget.resize(1100, 800)
    widget.show()
    with qtbot.waitSignal(widget.loaded, timeout=10_000):
        widget.show_coachee(history.ada)
    assert calls == [history.ada]
    assert "gse" in widget.layout_info.axes

    widget.set_series_visible("gse", False)
    assert "gse" not in widget.layout_info.axes
    widget.checks["gse"].setChecked(True)
    assert "gse" in widget.layout_info.axes

    widget.preset_buttons["3 months"].click()
    first, last = widget.date_range
    assert (last - first).days == 91
    assert "in view" in widget.layout_info.captions["confidence"]
    widget.preset_buttons["All"].click()
    assert widget.date_range == widget.data.date_range
    widget.set_date_range(history.session_days[2], history.session_days[6])
    low, _high = widget.layout_info.axes["confidence"].get_xlim()
    assert low < widget.layout_info.axes["confidence"].get_xlim()[1]
    # Let any pending resize redraw run.
    qtbot.waitUntil(lambda: not widget._redraw_timer.isActive(), timeout=2000)
    wait_for_ops(qtbot, context)
    assert calls == [history.ada]

    # A change for this coachee reloads it once, and keeps the period the coach chose.
    with qtbot.waitSignal(widget.loaded, timeout=10_000):
        announce(context, Kind.MEASUREMENTS, coachee_ids=(history.ada,))
    assert calls == [history.ada, history.ada]
    assert widget.date_range == (history.session_days[2], history.session_days[6])
    announce(context, Kind.MEASUREMENTS, coachee_ids=(history.ben,))  # someone else: ignored
    wait_for_ops(qtbot, context)
    assert calls == [history.ada, history.ada]


def test_a_recent_coachee_is_drawn_from_memory_and_checked_in_the_background(
    qtbot: QtBot, context: AppContext, history: History, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[str] = []
    real = progress_service.progress_data

    def counting(vault, coachee_id, **kw):
        calls.append(coachee_id)
        return real(vault, coachee_id, **kw)

    monkeypatch.setattr(progress_chart_module.progress_service, "progress_data", counting)
    widget = ProgressChartWidget(context)
    qtbot.addWidget(widget)
    widget.resize(1100, 800)
    widget.show()
    for coachee in (history.ada, history.ben):
        with qtbot.waitSignal(widget.loaded, timeout=10_000):
            widget.show_coachee(coachee)

    with qtbot.waitSignal(widget.loaded, timeout=10_000):
        widget.show_coachee(history.ada)
        # Drawn at once, before the background reload has answered.
        assert widget.data is not None and widget.data.coachee_id == history.ada
        assert "gse" in widget.layout_info.axes
        from_memory = widget.data
    assert calls == [history.ada, history.ben, history.ada]  # still checked
    assert widget.data is from_memory  # unchanged, so not drawn again

    # Blanking the view (the main window does, between coachees) keeps what is in memory.
    widget.clear()
    with qtbot.waitSignal(widget.loaded, timeout=10_000):
        widget.show_coachee(history.ben)
        assert widget.data is not None and widget.data.coachee_id == history.ben

    # A change drops the coachee from memory: the next visit waits for fresh data.
    announce(context, Kind.MEASUREMENTS, coachee_ids=(history.ada,))
    with qtbot.waitSignal(widget.loaded, timeout=10_000):
        widget.show_coachee(history.ada)
        assert widget.data is None
    context.lock()
    assert widget._recent == {}  # nothing of the vault stays in memory once locked


def test_clicking_an_experiment_marker_shows_prediction_and_learning(
    qtbot: QtBot, chart: ProgressChartWidget
) -> None:
    chart.redraw()
    chart.canvas.draw()
    _artist, marker = chart.layout_info.markers[0]
    x, y = chart.layout_info.marker_position(0)
    event = MouseEvent("button_press_event", chart.canvas, x, y, button=1)
    chart.canvas.callbacks.process("button_press_event", event)
    text = chart.details_label.text()
    assert text == marker_text(marker)
    assert "Prediction: The meeting will run over and miss two items." in text
    assert "Learning: My worry was about control, not quality." in text
    assert "Decision: adopt" in text


@pytest.mark.qt_log_ignore(r"^This plugin does not support raise\(\)$")
def test_hovering_an_experiment_marker_shows_a_tooltip(
    qtbot: QtBot, chart: ProgressChartWidget, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(
        progress_chart_module.QToolTip, "showText", lambda _pos, text, *_a: shown.append(text)
    )
    chart.redraw()
    chart.canvas.draw()
    _artist, marker = chart.layout_info.markers[1]
    x, y = chart.layout_info.marker_position(1)
    chart.canvas.callbacks.process(
        "motion_notify_event", MouseEvent("motion_notify_event", chart.canvas, x, y)
    )
    assert shown == [marker_text(marker)]
    assert "Learning: — (not reviewed yet)" in shown[0]


def test_export_png_and_svg(
    qtbot: QtBot, chart: ProgressChartWidget, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    png = chart.export(tmp_path / "chart.png", "png")
    assert png.read_bytes().startswith(b"\x89PNG")
    target = tmp_path / "chart"
    starts: list[str] = []

    def ask(_parent: object, _title: str, start: str, _filters: str) -> tuple[str, str]:
        starts.append(start)
        return str(target), "SVG drawing (*.svg)"

    monkeypatch.setattr(file_paths.QFileDialog, "getSaveFileName", ask)
    assert chart.export_button.isEnabled()
    chart.export_svg_action.trigger()
    # The dialog starts in Documents, never in the program's working folder.
    assert Path(starts[0]).parent == file_paths.documents_folder()
    svg = tmp_path / "chart.svg"
    assert b"<svg" in svg.read_bytes()[:500]
    assert "Chart saved to" in chart.status_label.text()


def test_folding_away_the_series_list_gives_the_chart_the_width(
    qtbot: QtBot, chart: ProgressChartWidget
) -> None:
    qtbot.waitUntil(lambda: chart.layout_info is not None and bool(chart.checks))
    before = chart.canvas.width()
    chart.series_toggle.click()
    qtbot.waitUntil(lambda: chart.canvas.width() > before + 100)
    assert not chart.checks["gse"].isVisibleTo(chart)
    chart.series_toggle.click()
    qtbot.waitUntil(lambda: chart.checks["gse"].isVisibleTo(chart))


def test_locking_clears_the_chart(qtbot: QtBot, context: AppContext, chart) -> None:
    context.lock()
    assert chart.data is None
    assert chart.checks == {}
    assert chart.layout_info is None


# --------------------------------------------------------------------------- dashboard


@pytest.fixture
def dashboard(qtbot: QtBot, context: AppContext, history: History) -> DashboardWidget:
    widget = DashboardWidget(context)
    qtbot.addWidget(widget)
    widget.resize(1000, 400)
    widget.show()
    with qtbot.waitSignal(widget.loaded, timeout=10_000):
        widget.refresh()
    return widget


def proxy_names(widget: DashboardWidget) -> list[str]:
    proxy = widget.proxy
    return [proxy.index(row, DashboardModel.NAME).data() for row in range(proxy.rowCount())]


def test_dashboard_sorts_by_days_since(qtbot: QtBot, dashboard: DashboardWidget) -> None:
    # Longest without a session first by default: Ben (70 days), then Ada (44 days).
    assert proxy_names(dashboard) == ["Ben Okri", "Ada Lovelace"]
    dashboard.table.sortByColumn(DashboardModel.DAYS, Qt.SortOrder.AscendingOrder)
    assert proxy_names(dashboard) == ["Ada Lovelace", "Ben Okri"]
    days = [
        dashboard.proxy.index(row, DashboardModel.DAYS).data()
        for row in range(dashboard.proxy.rowCount())
    ]
    assert days == ["44", "70"]
    dashboard.table.sortByColumn(DashboardModel.NAME, Qt.SortOrder.DescendingOrder)
    assert proxy_names(dashboard) == ["Ben Okri", "Ada Lovelace"]


def test_dashboard_flags_an_overdue_experiment_and_a_long_gap(
    qtbot: QtBot, dashboard: DashboardWidget
) -> None:
    flags = {
        dashboard.model.index(row, DashboardModel.NAME).data(): dashboard.model.index(
            row, DashboardModel.FLAGS
        ).data()
        for row in range(dashboard.model.rowCount())
    }
    assert flags["Ada Lovelace"] == "no session in 6 weeks; 1 overdue experiment"
    assert flags["Ben Okri"] == "no session in 10 weeks"
    assert dashboard.summary_label.text() == "2 active coachees · 2 flagged"


def test_dashboard_filters_by_text_and_flag(
    qtbot: QtBot, context: AppContext, history: History
) -> None:
    widget = DashboardWidget(context, weeks_without_session=8)
    qtbot.addWidget(widget)
    with qtbot.waitSignal(widget.loaded, timeout=10_000):
        widget.refresh()
    qtbot.keyClicks(widget.filter_edit, "analytical")
    assert proxy_names(widget) == ["Ada Lovelace"]
    widget.filter_edit.clear()
    qtbot.keyClicks(widget.filter_edit, "overdue")
    assert proxy_names(widget) == ["Ada Lovelace"]
    widget.filter_edit.clear()
    widget.flagged_check.setChecked(True)
    assert sorted(proxy_names(widget)) == ["Ada Lovelace", "Ben Okri"]
    # Ada's last session is 44 days ago: with 8 weeks she is flagged only for the experiment.
    ada = widget.model.row_at([widget.model.row_at(r).name for r in range(2)].index("Ada Lovelace"))
    assert [flag.kind for flag in ada.flags] == ["overdue_experiments"]
    assert widget.summary_label.text() == "2 active coachees · 2 flagged"


def test_dashboard_double_click_opens_the_coachee(
    qtbot: QtBot, context: AppContext, dashboard: DashboardWidget, history: History
) -> None:
    index = dashboard.proxy.index(1, DashboardModel.NAME)
    assert index.data(ID_ROLE) == history.ada
    rect = dashboard.table.visualRect(index)
    opened_ids: list[str] = []
    context.nav.coachee_requested.connect(opened_ids.append)
    # A real double-click starts with a press and release on the same row.
    qtbot.mouseClick(dashboard.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    with qtbot.waitSignal(context.nav.coachee_requested, timeout=1000) as opened:
        qtbot.mouseDClick(dashboard.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened.args == [history.ada]
    assert opened_ids == [history.ada]  # once, not twice


def test_dashboard_paints_sparklines_and_refreshes_on_changes(
    qtbot: QtBot, context: AppContext, dashboard: DashboardWidget, history: History
) -> None:
    image = dashboard.grab().toImage()  # runs the sparkline delegate's paint
    assert not image.isNull()
    spark = dashboard.proxy.index(1, DashboardModel.SPARKLINE)
    assert "mean of goals" in spark.data(Qt.ItemDataRole.ToolTipRole)
    assessments.record_assessment(context.vault, history.ben, "confidence", 4, taken_on=TODAY)
    with qtbot.waitSignal(dashboard.loaded, timeout=5000):
        announce(context, Kind.MEASUREMENTS, coachee_ids=(history.ben,))
    ben = dashboard.model.row_at(
        [dashboard.model.row_at(r).name for r in range(2)].index("Ben Okri")
    )
    assert ben.sparkline == (4.0,)
    context.lock()
    assert dashboard.model.rowCount() == 0


# --------------------------------------------------------------------------- learning log


def test_learning_log_for_one_coachee_and_for_everyone(
    qtbot: QtBot, context: AppContext, history: History
) -> None:
    widget = LearningLogWidget(context)
    qtbot.addWidget(widget)
    with qtbot.waitSignal(widget.loaded, timeout=10_000):
        widget.show_coachee(history.ada)
    assert widget.model.rowCount() == 1
    assert widget.table.isColumnHidden(LearningLogModel.COACHEE)
    goals = [widget.goal_combo.itemText(i) for i in range(widget.goal_combo.count())]
    assert goals == ["All goals", "Delegate the weekly planning", "Speak up in leadership meetings"]
    widget.table.selectRow(0)
    assert (
        "Prediction: The meeting will run over and miss two items." in widget.detail.toPlainText()
    )

    with qtbot.waitSignal(widget.loaded, timeout=10_000):
        widget.decision_combo.setCurrentIndex(widget.decision_combo.findData("abandon"))
    assert widget.model.rowCount() == 0
    with qtbot.waitSignal(widget.loaded, timeout=10_000):
        widget.decision_combo.setCurrentIndex(0)
    with qtbot.waitSignal(widget.loaded, timeout=10_000):
        widget.goal_combo.setCurrentIndex(widget.goal_combo.findData(history.goal_speak))
    assert widget.model.rowCount() == 0

    with qtbot.waitSignal(widget.loaded, timeout=10_000):
        widget.show_coachee(None)
    assert widget.model.rowCount() == 1
    assert not widget.table.isColumnHidden(LearningLogModel.COACHEE)
    assert not widget.goal_combo.isEnabled()
    assert widget.model.index(0, LearningLogModel.COACHEE).data() == "Ada Lovelace"


# --------------------------------------------------------------------------- models


def test_models_pass_the_model_tester(qtmodeltester, context: AppContext, history: History) -> None:
    rows = dashboard_service.dashboard_rows(context.vault, today=TODAY)
    dashboard = DashboardModel()
    dashboard.set_rows(rows)
    qtmodeltester.check(dashboard, force_py=True)
    proxy = DashboardFilter()
    proxy.setSourceModel(dashboard)
    proxy.sort(DashboardModel.DAYS, Qt.SortOrder.AscendingOrder)
    qtmodeltester.check(proxy, force_py=True)
    log = LearningLogModel()
    log.set_rows(learning_log_service.learning_log(context.vault))
    qtmodeltester.check(log, force_py=True)
    assert dashboard.data(QModelIndex()) is None
    assert dashboard.headerData(DashboardModel.DAYS, Qt.Orientation.Horizontal) == "Days since"
    empty = LearningLogModel()
    qtmodeltester.check(empty, force_py=True)


# --------------------------------------------------------------------------- report


def test_export_report_in_the_background(
    qtbot: QtBot, context: AppContext, history: History, tmp_path: Path
) -> None:
    export = export_report(context, history.ada, None, path=tmp_path / "ada.pdf")
    assert export is not None
    with qtbot.waitSignal(export.finished, timeout=30_000) as finished:
        pass
    assert finished.args == [tmp_path / "ada.pdf"]
    assert (tmp_path / "ada.pdf").read_bytes().startswith(b"%PDF")
    assert export.dialog is None


def test_days_since_moves_with_the_clock(qtbot: QtBot, vault: Vault, vault_dir: Path) -> None:
    history = build_history(vault)
    later = AppContext(vault_dir, now=lambda: datetime.combine(TODAY + timedelta(days=7), time()))
    later.set_vault(vault)
    widget = DashboardWidget(later)
    qtbot.addWidget(widget)
    with qtbot.waitSignal(widget.loaded, timeout=10_000):
        widget.refresh()
    names = [widget.model.row_at(r).name for r in range(widget.model.rowCount())]
    ada = widget.model.row_at(names.index("Ada Lovelace"))
    assert ada.days_since == (TODAY + timedelta(days=7) - history.session_days[-1]).days
    later.ops.finish_all()
    later.deleteLater()
