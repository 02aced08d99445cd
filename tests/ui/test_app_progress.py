"""The progress features inside the app: dashboard first, Progress and Learning log tabs,
Add assessment from the menus and the session editor, the Measures settings, and the lock."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel, QWidget
from pytestqt.qtbot import QtBot

from coach_app.services import instrument_settings, measurements, sessions
from coach_app.services import settings as settings_service
from coach_app.ui import report_action
from coach_app.ui.assessment_dialog import AssessmentDialog, MultiItemForm, NumberForm
from coach_app.ui.coachee_dialogs import ProfileDialog
from coach_app.ui.main_window import MainWindow
from coach_app.ui.progress_chart import ProgressChartWidget
from coach_app.ui.progress_models import ID_ROLE, LearningLogModel
from coach_app.ui.settings_dialog import SettingsDialog
from coach_app.vault.vault import Vault
from tests.conftest import PASSPHRASE
from tests.helpers.progress_fixture import TODAY, History, build_history
from tests.ui.helpers_ops import wait_for_ops
from tests.ui.shell_helpers import (
    FakeClock,
    make_window,
    run_modal,
    wait_for_workers,
)

GSE_ANSWERS = [3, 3, 4, None, 3, 3, 4, 3, None, 4]  # 8 of 10 answered: 33.8 prorated


@pytest.fixture(autouse=True)
def _drain_workers() -> Iterator[None]:
    yield
    wait_for_workers()


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(datetime.combine(TODAY, time(9, 0)))


@pytest.fixture
def history(vault: Vault) -> History:
    return build_history(vault)


@pytest.fixture
def window(qtbot: QtBot, vault: Vault, clock: FakeClock, history: History) -> MainWindow:
    win = make_window(qtbot, vault.folder, vault, now=clock)
    qtbot.waitUntil(lambda: win.home.dashboard.model.rowCount() == 2, timeout=10_000)
    return win


def dashboard_index(window: MainWindow, coachee_id: str):
    proxy = window.home.dashboard.proxy
    for row in range(proxy.rowCount()):
        index = proxy.index(row, 0)
        if index.data(ID_ROLE) == coachee_id:
            return index
    raise AssertionError(f"{coachee_id} is not on the dashboard")


def show_progress(qtbot: QtBot, window: MainWindow) -> ProgressChartWidget:
    """Switch to the Progress tab and wait for the chart to be drawn."""
    page = window.coachee_page
    if page.chart is not None and page.chart.coachee_id == page.coachee_id:
        page.tabs.setCurrentWidget(page.progress_tab)
        return page.chart
    page.tabs.setCurrentWidget(page.progress_tab)
    chart = page.chart
    assert chart is not None
    with qtbot.waitSignal(chart.loaded, timeout=10_000):
        pass
    return chart


def points_drawn(chart: ProgressChartWidget, key: str) -> int:
    assert chart.layout_info is not None
    return sum(len(line.get_xdata()) for line in chart.layout_info.lines[key])


def menu_action(menu, key: str):
    menu.rebuild()
    for action in menu.actions():
        if action.data() == key:
            return action
    raise AssertionError(f"{key} is not offered: {menu.instrument_keys()}")


def answer(qtbot: QtBot, form: MultiItemForm, answers: list[int | None]) -> None:
    for group, value in zip(form.groups, answers, strict=True):
        if value is not None:
            qtbot.mouseClick(group.button(value), Qt.MouseButton.LeftButton)


def click_save(qtbot: QtBot, dialog: QWidget) -> None:
    buttons = dialog.findChild(QDialogButtonBox)
    qtbot.mouseClick(
        buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
    )


# --------------------------------------------------------------------------- home


def test_after_unlock_with_coachees_the_dashboard_shows(
    qtbot: QtBot, window: MainWindow, history: History
) -> None:
    window.lock_now()
    assert window.home.dashboard.model.rowCount() == 0
    page = window.unlock_screen.unlock_page
    qtbot.keyClicks(page.passphrase, PASSPHRASE)
    qtbot.keyClick(page.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.context.is_unlocked, timeout=20_000)

    assert window.right.currentWidget() is window.home
    assert not window.home.is_welcome
    assert window.list_panel.current_id() is None  # nobody auto-selected any more
    assert window.coachee_page.coachee_id is None
    assert not window.new_session_action.isEnabled()
    qtbot.waitUntil(lambda: window.home.dashboard.model.rowCount() == 2, timeout=10_000)
    names = {window.home.dashboard.model.row_at(r).name for r in range(2)}
    assert names == {"Ada Lovelace", "Ben Okri"}  # active only: archived Cas is not there
    assert window.dashboard_action.isEnabled()


def test_with_no_coachees_a_welcome_offers_new_coachee(
    qtbot: QtBot, vault: Vault, clock: FakeClock
) -> None:
    window = make_window(qtbot, vault.folder, vault, now=clock)
    assert window.right.currentWidget() is window.home
    assert window.home.is_welcome
    assert window.home.new_button.isVisible()
    assert window.home.new_button.accessibleName() == "New coachee"
    assert window.focusWidget() is window.home.new_button

    def add(dialog: QWidget) -> None:
        assert isinstance(dialog, ProfileDialog)
        qtbot.keyClicks(dialog.name, "Ada Lovelace")
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()

    assert not run_modal(qtbot, window.home.new_button.click, add)
    assert window.right.currentWidget() is window.coachee_page
    assert window.coachee_page.name_label.text() == "Ada Lovelace"

    window.dashboard_action.trigger()
    assert window.right.currentWidget() is window.home
    assert not window.home.is_welcome  # someone is here now: the dashboard
    qtbot.waitUntil(lambda: window.home.dashboard.model.rowCount() == 1, timeout=10_000)


def test_open_a_coachee_from_the_dashboard_and_come_back(
    qtbot: QtBot, window: MainWindow, history: History
) -> None:
    table = window.home.dashboard.table
    index = dashboard_index(window, history.ada)
    rect = table.visualRect(index)
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: window.right.currentWidget() is window.coachee_page)
    assert window.coachee_page.coachee_id == history.ada
    assert window.list_panel.current_id() == history.ada
    assert window.coachee_page.name_label.text() == "Ada Lovelace"
    assert window.new_session_action.isEnabled()

    # Ctrl+D goes back to the dashboard and lets go of the coachee.
    window.activateWindow()
    qtbot.keyClick(window.list_panel.view, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert window.right.currentWidget() is window.home
    assert window.coachee_page.coachee_id is None
    assert window.list_panel.current_id() is None
    assert not window.new_session_action.isEnabled()
    assert not window.report_action.isEnabled()

    # Enter on a dashboard row opens that coachee too.
    table.setFocus()
    table.setCurrentIndex(dashboard_index(window, history.ben))
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert window.coachee_page.coachee_id == history.ben


def test_dashboard_from_an_open_session_saves_and_closes_it(
    qtbot: QtBot, window: MainWindow, history: History
) -> None:
    window.show_coachee(history.ben)
    window.new_session_action.trigger()
    editor = window.session_area.editor
    editor._chooser.chosen.emit("free")
    assert window.right.currentWidget() is window.session_area
    session_id = editor.session_id
    qtbot.keyClicks(editor.field("notes"), "Wants more time for strategy")
    window.dashboard_action.trigger()
    assert window.right.currentWidget() is window.home
    assert editor.session_id is None
    assert sessions.get_session(window.context.vault, session_id).notes == (
        "Wants more time for strategy"
    )


# --------------------------------------------------------------------------- progress tab


def test_progress_tab_draws_only_once_visible(
    qtbot: QtBot, window: MainWindow, history: History
) -> None:
    window.show_coachee(history.ada)
    page = window.coachee_page
    assert page.tabs.currentWidget() is page.overview
    assert page.chart is None  # not even built while nobody looks at it
    wait_for_ops(qtbot, window.context)
    assert page.chart is None

    chart = show_progress(qtbot, window)
    assert chart.isVisible()
    assert chart.coachee_id == history.ada
    assert chart.data is not None and chart.data.gse is not None
    assert points_drawn(chart, "gse") == len(chart.data.gse.points) > 0
    assert points_drawn(chart, "confidence:" + history.goal_delegate) > 0

    # Another coachee while the Overview is shown: the old chart goes, the new one waits.
    page.tabs.setCurrentWidget(page.overview)
    window.show_coachee(history.ben)
    assert chart.coachee_id is None and chart.data is None
    wait_for_ops(qtbot, window.context)
    assert chart.data is None
    chart = show_progress(qtbot, window)
    assert chart.coachee_id == history.ben
    assert chart.data is not None and chart.data.is_empty

    # And a coachee picked while the Progress tab is open loads straight away.
    with qtbot.waitSignal(chart.loaded, timeout=10_000):
        window.show_coachee(history.ada)
    assert chart.coachee_id == history.ada


def test_adding_a_gse_from_the_coachee_menu_adds_a_point(
    qtbot: QtBot, window: MainWindow, history: History
) -> None:
    window.show_coachee(history.ada)
    chart = show_progress(qtbot, window)
    before = len(chart.data.gse.points)

    assert window.assessment_menu.menuAction().isEnabled()
    window.assessment_menu.rebuild()
    assert window.assessment_menu.instrument_keys() == [
        "confidence",
        "gas",
        "gse",
        "empowerment",
        "psych_safety",
    ]
    texts = [a.text().replace("&", "") for a in window.assessment_menu.actions()]
    assert "General self-efficacy (GSE)…" in texts
    assert "Team psychological safety (context)…" in texts

    menu_action(window.assessment_menu, "gse").trigger()
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, AssessmentDialog)
    assert dialog.coachee_id == history.ada and dialog.session_id is None
    assert isinstance(dialog.form, MultiItemForm)
    answer(qtbot, dialog.form, GSE_ANSWERS)
    with qtbot.waitSignal(chart.loaded, timeout=10_000):
        click_save(qtbot, dialog)
    assert len(chart.data.gse.points) == before + 1
    assert chart.data.gse.points[-1].value == pytest.approx(33.8)
    assert points_drawn(chart, "gse") == before + 1
    qtbot.waitUntil(lambda: "33.8" in window.coachee_page.overview.ratings.text())


def test_add_assessment_buttons_on_overview_and_progress(
    qtbot: QtBot, window: MainWindow, history: History
) -> None:
    window.show_coachee(history.ada)
    page = window.coachee_page
    for button in (page.overview.assess_button, page.progress_assess_button):
        assert button.menu() is not None
        assert button.accessibleName() == "Add assessment"
        menu_action(button.menu(), "gas").trigger()
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, AssessmentDialog)
        assert dialog.instrument.key == "gas"
        dialog.reject()
        qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)


def test_progress_report_from_the_progress_tab(
    qtbot: QtBot,
    window: MainWindow,
    history: History,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    target = tmp_path / "ada report"
    monkeypatch.setattr(
        report_action.QFileDialog,
        "getSaveFileName",
        lambda *args, **kwargs: (str(target), "PDF document (*.pdf)"),
    )
    window.show_coachee(history.ada)
    show_progress(qtbot, window)
    assert window.report_action.isEnabled()
    assert window.report_action.shortcut().toString() == "Ctrl+P"
    qtbot.mouseClick(window.coachee_page.report_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: "Progress report saved" in window.statusBar().currentMessage(), timeout=30_000
    )
    pdf = tmp_path / "ada report.pdf"
    assert pdf.read_bytes().startswith(b"%PDF")


# --------------------------------------------------------------------------- learning log


def test_learning_log_tab_and_everyone(qtbot: QtBot, window: MainWindow, history: History) -> None:
    window.show_coachee(history.ada)
    page = window.coachee_page
    log = page.log_tab
    assert not log.active
    with qtbot.waitSignal(log.loaded, timeout=10_000):
        page.tabs.setCurrentWidget(log)
    assert log.coachee_id == history.ada
    assert log.model.rowCount() == 1
    assert log.table.isColumnHidden(LearningLogModel.COACHEE)
    assert "control, not quality" in log.model.index(0, LearningLogModel.LEARNING).data()

    everyone = window.log_page.log
    with qtbot.waitSignal(everyone.loaded, timeout=10_000):
        window.learning_log_action.trigger()
    assert window.right.currentWidget() is window.log_page
    assert window.coachee_page.coachee_id is None
    assert not log.active and log.model.rowCount() == 0
    assert everyone.model.rowCount() == 1
    assert not everyone.table.isColumnHidden(LearningLogModel.COACHEE)
    assert everyone.model.index(0, LearningLogModel.COACHEE).data() == "Ada Lovelace"

    # Leaving the page lets it go: it no longer reloads in the background.
    window.show_coachee(history.ben)
    assert not everyone.active and everyone.model.rowCount() == 0


# --------------------------------------------------------------------------- session editor


def test_assessment_from_the_session_editor_belongs_to_the_session(
    qtbot: QtBot, window: MainWindow, history: History
) -> None:
    window.show_coachee(history.ada)
    window.new_session_action.trigger()
    editor = window.session_area.editor
    editor._chooser.chosen.emit("grow")
    session_id = editor.session_id
    assert session_id is not None

    button = editor.assessment_button
    assert button.isVisibleTo(editor)
    button.menu().rebuild()
    assert "confidence" not in button.menu().instrument_keys()  # rated in the panel above it
    assert "gse" in button.menu().instrument_keys()

    field = editor.field("section:goal")
    field.setFocus()
    qtbot.keyClicks(field, "Speak first in the Monday meeting")  # the debounce is pending
    menu_action(button.menu(), "gse").trigger()
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, AssessmentDialog)
    assert dialog.session_id == session_id
    assert "Saved at" in editor.status_text  # flushed before the dialog opened
    answer(qtbot, dialog.form, GSE_ANSWERS)
    click_save(qtbot, dialog)
    stored = measurements.list_measurements(window.context.vault, history.ada, instrument="gse")
    assert stored[-1].session_id == session_id

    # From the window's Coachee menu inside a session, the measure joins the session too.
    menu_action(window.assessment_menu, "gas").trigger()
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, AssessmentDialog) and dialog.session_id == session_id
    dialog.reject()
    # Confidence has its boxes in the panel: the first takes the keyboard.
    assert window.add_assessment("confidence") is None
    assert editor.focusWidget() is editor.rating_box(history.goal_delegate)
    assert window.close_session()


# --------------------------------------------------------------------------- settings


def save_settings(dialog: SettingsDialog) -> None:
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()


def test_a_custom_metric_defined_in_settings_is_offered(
    qtbot: QtBot, window: MainWindow, history: History
) -> None:
    def define(dialog: QWidget) -> None:
        assert isinstance(dialog, SettingsDialog)
        dialog.tabs.setCurrentWidget(dialog.measures)
        measures = dialog.measures
        qtbot.keyClicks(measures.metric_label, "Energy at work")
        assert measures.metric_key.text() == "New key: custom:energy-at-work"
        measures.metric_min.setValue(1)
        measures.metric_max.setValue(10)
        qtbot.mouseClick(measures.add_metric_button, Qt.MouseButton.LeftButton)
        assert measures.metric_list.topLevelItemCount() == 1
        # The same name twice would share a key: refused, with the reason.
        qtbot.mouseClick(measures.add_metric_button, Qt.MouseButton.LeftButton)
        assert "exists already" in measures.error_label.text()
        assert measures.metric_list.topLevelItemCount() == 1
        save_settings(dialog)

    assert not run_modal(qtbot, window.open_settings, define)
    metrics = instrument_settings.custom_metrics(window.context.vault)
    assert [(m.key, m.label, m.min, m.max) for m in metrics] == [
        ("custom:energy-at-work", "Energy at work", 1.0, 10.0)
    ]

    window.show_coachee(history.ada)
    menu_action(window.assessment_menu, "custom:energy-at-work").trigger()
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, AssessmentDialog)
    assert isinstance(dialog.form, NumberForm)
    dialog.form.spin.setValue(7)
    click_save(qtbot, dialog)
    stored = measurements.list_measurements(
        window.context.vault, history.ada, instrument="custom:energy-at-work"
    )
    assert [m.value for m in stored] == [7.0]

    # Renaming keeps the key, so the value recorded above stays with the metric.
    def rename(dialog: QWidget) -> None:
        assert isinstance(dialog, SettingsDialog)
        measures = dialog.measures
        measures.metric_list.setCurrentItem(measures.metric_list.topLevelItem(0))
        measures.metric_label.setText("Energy during work")
        qtbot.mouseClick(measures.update_metric_button, Qt.MouseButton.LeftButton)
        save_settings(dialog)

    assert not run_modal(qtbot, window.open_settings, rename)
    metrics = instrument_settings.custom_metrics(window.context.vault)
    assert [(m.key, m.label) for m in metrics] == [("custom:energy-at-work", "Energy during work")]


def test_reference_values_without_a_source_are_refused(
    qtbot: QtBot, window: MainWindow, history: History
) -> None:
    seen: dict[str, object] = {}

    def enter(dialog: QWidget) -> None:
        assert isinstance(dialog, SettingsDialog)
        measures = dialog.measures
        texts = " ".join(label.text() for label in measures.findChildren(QLabel))
        assert "within measurement error" in texts and "published source" in texts
        assert set(measures.reference_rows) == {
            "gse",
            "psych_safety",
            "empowerment:meaning",
            "empowerment:competence",
            "empowerment:self_determination",
            "empowerment:impact",
        }
        sd, reliability, source = measures.reference_rows["gse"]
        sd.setValue(5.0)
        reliability.setValue(0.86)
        dialog.auto_lock.setValue(3)  # must not be written either while the dialog refuses
        save_settings(dialog)
        seen["visible"] = dialog.isVisible()
        seen["tab"] = dialog.tabs.currentWidget() is measures
        seen["error"] = measures.error_label.text()
        seen["focus"] = dialog.focusWidget() is source
        seen["stored"] = instrument_settings.reference_values(window.context.vault)
        seen["auto_lock"] = settings_service.get_setting(window.context.vault, "auto_lock_minutes")
        qtbot.keyClicks(source, "Test manual (1995), table 2")
        save_settings(dialog)

    assert not run_modal(qtbot, window.open_settings, enter)
    assert seen["visible"] is True
    assert seen["tab"] is True
    assert "published source" in str(seen["error"])
    assert "General self-efficacy" in str(seen["error"])
    assert seen["focus"] is True
    assert seen["stored"] == {}
    assert seen["auto_lock"] == 10
    assert window.idle.minutes == 3  # written with the second, accepted Save
    stored = instrument_settings.reference_values(window.context.vault)
    assert set(stored) == {"gse"}
    assert (stored["gse"].sd, stored["gse"].reliability) == (5.0, 0.86)
    assert stored["gse"].source == "Test manual (1995), table 2"


def test_settings_edit_the_empowerment_wording(
    qtbot: QtBot, window: MainWindow, history: History
) -> None:
    wording = [f"Statement {n}" for n in range(1, 13)]

    def edit(dialog: QWidget) -> None:
        assert isinstance(dialog, SettingsDialog)
        measures = dialog.measures
        assert measures.wording_status["empowerment"].text() == "not entered yet"

        def fill(wording_dialog: QWidget) -> None:
            form = wording_dialog.form
            for line, text in zip(form.edits, wording, strict=True):
                line.setText(text)
            form.save_button.click()

        def open_wording() -> None:
            measures.wording_buttons["empowerment"].click()

        # A nested modal: wait for the wording dialog to be the active one.
        errors = run_modal_nested(qtbot, open_wording, fill, outer=dialog)
        assert not errors, errors
        assert measures.wording_status["empowerment"].text() == "entered"
        dialog.reject()

    assert not run_modal(qtbot, window.open_settings, edit)
    assert instrument_settings.item_wording(window.context.vault, "empowerment") == wording


def run_modal_nested(qtbot: QtBot, open_dialog, interact, *, outer: QWidget):
    """``run_modal`` for a dialog opened from inside another modal dialog."""
    errors: list[BaseException] = []

    def step(tries: int = 0) -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None or dialog is outer:
            if tries < 200:
                QTimer.singleShot(10, lambda: step(tries + 1))
            return
        try:
            interact(dialog)
        except BaseException as exc:
            errors.append(exc)
            dialog.close()

    QTimer.singleShot(0, step)
    open_dialog()
    return errors


# --------------------------------------------------------------------------- keyboard, lock


def test_f1_lists_the_new_shortcuts(qtbot: QtBot, window: MainWindow) -> None:
    rows = dict((what, keys) for keys, what in window.shortcut_list())
    assert rows["Dashboard"] == "Ctrl+D"
    assert rows["Learning log (everyone)"] == "Ctrl+Shift+L"
    assert rows["Progress report (PDF)"] == "Ctrl+P"
    assert any("Progress" in what and "Alt+" in keys for keys, what in window.help_overlay.rows)
    keys = [keys for keys, _what in window.help_overlay.rows]
    assert len(keys) == len(set(keys))  # no shortcut listed twice


def test_lock_empties_the_dashboard_the_chart_and_the_logs(
    qtbot: QtBot, window: MainWindow, history: History
) -> None:
    everyone = window.log_page.log
    with qtbot.waitSignal(everyone.loaded, timeout=10_000):
        window.learning_log_action.trigger()
    assert everyone.model.rowCount() == 1
    window.show_coachee(history.ada)
    chart = show_progress(qtbot, window)
    log = window.coachee_page.log_tab
    with qtbot.waitSignal(log.loaded, timeout=10_000):
        window.coachee_page.tabs.setCurrentWidget(log)
    assert log.model.rowCount() == 1
    assert window.home.dashboard.model.rowCount() == 2

    with qtbot.waitSignal(window.context.signals.vault_locked, timeout=5000):
        window.lock_action.trigger()
    assert window.home.dashboard.model.rowCount() == 0
    assert window.home.dashboard.proxy.rowCount() == 0
    assert chart.data is None and chart.coachee_id is None and chart.checks == {}
    assert log.model.rowCount() == 0 and log.detail.toPlainText() == ""
    assert everyone.model.rowCount() == 0
    assert window.right.currentWidget() is window.home
    assert not window.dashboard_action.isEnabled()
    assert not window.assessment_menu.menuAction().isEnabled()
    # No background answer refills them after the lock.
    wait_for_workers()
    wait_for_ops(qtbot, window.context)
    assert window.home.dashboard.model.rowCount() == 0
    assert everyone.model.rowCount() == 0
