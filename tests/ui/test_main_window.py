"""The workspace: coachee list, filters, coachee tabs, dialogs, the models, F1."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox, QToolButton, QWidget

from coach_app.changes import Changes, Kind
from coach_app.services import coachees, experiments, measurements, sessions
from coach_app.services import settings as settings_service
from coach_app.ui.coachee_dialogs import EraseDialog, GoalDialog, ProfileDialog
from coach_app.ui.main_window import MainWindow
from coach_app.ui.models import (
    ID_ROLE,
    CoacheeFilterProxy,
    CoacheeListModel,
    ExperimentTableModel,
    SessionTimelineModel,
)
from coach_app.ui.settings_dialog import SettingsDialog
from coach_app.vault import backup
from coach_app.vault.vault import Vault
from tests.ui.shell_helpers import (
    FakeClock,
    make_window,
    run_modal,
    wait_for_workers,
)

TODAY = datetime(2025, 3, 3, 9, 0, 0)


@pytest.fixture(autouse=True)
def _drain_workers() -> Iterator[None]:
    yield
    wait_for_workers()


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(TODAY)


@pytest.fixture
def window(qtbot, vault: Vault, clock: FakeClock) -> MainWindow:
    return make_window(qtbot, vault.folder, vault, now=clock)


@pytest.fixture
def three(vault: Vault) -> dict[str, str]:
    """Three coachees: Ada (seen last week), Grace (seen yesterday, paused), Alan (never)."""
    ada = coachees.create_coachee(vault, name="Ada Lovelace", organisation="Analytical Engines")
    grace = coachees.create_coachee(
        vault, name="Grace Hopper", organisation="Navy", tags=["compilers"], status="paused"
    )
    alan = coachees.create_coachee(vault, name="Alan Turing", role="Mathematician")
    sessions.create_session(vault, ada.id, template="grow", started_at=TODAY - timedelta(days=7))
    sessions.create_session(vault, grace.id, template="free", started_at=TODAY - timedelta(days=1))
    return {"ada": ada.id, "grace": grace.id, "alan": alan.id}


def names(window: MainWindow) -> list[str]:
    proxy = window.list_panel.proxy
    return [proxy.index(r, 0).data() for r in range(proxy.rowCount())]


def tell(window: MainWindow, *kinds: Kind, coachee_id: str | None = None) -> None:
    """Broadcast what a fixture changed behind the window's back, as an operation would."""
    ids = [coachee_id] if coachee_id else []
    window.context.signals.changed.emit(Changes.of(*kinds, coachee_ids=ids), None)


def reload(window: MainWindow) -> None:
    """The fixtures wrote behind the window's back: let it ask again."""
    window.context.signals.changed.emit(Changes.everything(), None)
    window._apply_refresh_now()


def show_all(window: MainWindow) -> None:
    window.list_panel.status_combo.setCurrentIndex(window.list_panel.status_combo.count() - 1)


def test_window_title_size_and_status_bar(window: MainWindow) -> None:
    assert "Coach Companion" in window.windowTitle()
    assert window.width() >= 1000
    assert str(window.context.folder) in window.folder_label.text()
    assert not window.demo_badge.isVisible()
    window.set_demo("demo-passphrase")
    assert "demo-passphrase" in window.windowTitle()
    assert window.demo_badge.isVisible()


def test_add_coachee_through_the_dialog(qtbot, window: MainWindow) -> None:
    assert window.list_panel.model.rowCount() == 0

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, ProfileDialog)
        save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
        qtbot.mouseClick(save, Qt.MouseButton.LeftButton)  # no name yet
        assert dialog.isVisible()
        assert "Name is required" in dialog.error.text()
        assert dialog.focusWidget() is dialog.name
        qtbot.keyClicks(dialog.name, "Ada Lovelace")
        dialog.email.setText("not an address")
        qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
        assert dialog.isVisible()
        assert "E-mail" in dialog.error.text()
        assert dialog.focusWidget() is dialog.email
        dialog.email.setText("ada@example.org")
        dialog.organisation.setText("Analytical Engines")
        dialog.tags.setText("maths, engines")
        qtbot.mouseClick(save, Qt.MouseButton.LeftButton)

    errors = run_modal(qtbot, window.new_coachee, fill)
    assert not errors, errors
    assert names(window) == ["Ada Lovelace"]
    assert window.list_panel.current_id() is not None
    assert window.right.currentWidget() is window.coachee_page
    assert window.coachee_page.name_label.text() == "Ada Lovelace"
    profile = coachees.get_coachee(window.context.vault, window.list_panel.current_id())
    assert profile.tags == ("maths", "engines")
    assert window.edit_profile_action.isEnabled()


def test_list_sorted_by_most_recent_session_and_filtered(
    qtbot, window: MainWindow, three: dict[str, str]
) -> None:
    reload(window)
    show_all(window)
    assert names(window) == ["Grace Hopper", "Ada Lovelace", "Alan Turing"]
    last = window.list_panel.proxy.index(1, 1).data()
    assert "2025" in last

    qtbot.keyClicks(window.list_panel.filter_edit, "hop")
    assert names(window) == ["Grace Hopper"]
    window.list_panel.filter_edit.clear()
    qtbot.keyClicks(window.list_panel.filter_edit, "a engines")  # every word must match
    assert names(window) == ["Ada Lovelace"]
    window.list_panel.filter_edit.clear()
    qtbot.keyClicks(window.list_panel.filter_edit, "COMPILERS")  # tags, any case
    assert names(window) == ["Grace Hopper"]
    assert "1 of 3" in window.list_panel.count_label.text()
    window.list_panel.filter_edit.clear()
    assert len(names(window)) == 3


def test_down_from_the_filter_goes_into_the_list(
    qtbot, window: MainWindow, three: dict[str, str]
) -> None:
    reload(window)
    show_all(window)
    window.show()
    qtbot.waitExposed(window)
    panel = window.list_panel
    panel.filter_edit.setFocus()
    qtbot.keyClicks(panel.filter_edit, "a")
    assert names(window) == ["Grace Hopper", "Ada Lovelace", "Alan Turing"]
    panel.view.setCurrentIndex(QModelIndex())
    qtbot.keyClick(panel.filter_edit, Qt.Key.Key_Down)
    assert panel.view.hasFocus()
    assert panel.current_id() == three["grace"]
    assert window.coachee_page.name_label.text() == "Grace Hopper"
    qtbot.keyClick(panel.view, Qt.Key.Key_Down)  # from there on, the list's own keys
    assert panel.current_id() == three["ada"]
    # With nothing listed, Down stays in the filter box.
    panel.filter_edit.setFocus()
    panel.filter_edit.setText("nobody by this name")
    qtbot.keyClick(panel.filter_edit, Qt.Key.Key_Down)
    assert panel.filter_edit.hasFocus()


def test_status_filter(window: MainWindow, three: dict[str, str]) -> None:
    reload(window)
    combo = window.list_panel.status_combo
    labels = [combo.itemText(i) for i in range(combo.count())]
    assert labels == ["Active", "Paused", "Completed", "Archived", "All"]
    assert combo.currentText() == "Active"
    assert names(window) == ["Ada Lovelace", "Alan Turing"]
    combo.setCurrentIndex(labels.index("Paused"))
    assert names(window) == ["Grace Hopper"]
    combo.setCurrentIndex(labels.index("Archived"))
    assert names(window) == []
    coachees.archive_coachee(window.context.vault, three["alan"])
    tell(window, Kind.COACHEES, coachee_id=three["alan"])
    window._apply_refresh_now()
    assert names(window) == ["Alan Turing"]


def test_tabs_show_what_the_services_hold(
    qtbot, window: MainWindow, vault: Vault, three: dict[str, str]
) -> None:
    reload(window)
    ada = three["ada"]
    goal = coachees.create_goal(
        vault,
        ada,
        title="Speak up in the board meeting",
        weight=2,
        gas_levels={"-2": "Silent", "0": "One point made", "2": "Leads the agenda item"},
    )
    sessions.create_session(
        vault,
        ada,
        template="oskar",
        started_at=TODAY - timedelta(days=2),
        sections={"outcome": "Wants to be heard <b>at board</b>"},
    )
    experiments.create_experiment(
        vault, ada, title="Ask one question", due_on=date(2025, 2, 1), prediction="Nervous"
    )
    experiments.create_experiment(vault, ada, title="Prepare notes", due_on=date(2025, 4, 1))
    measurements.add_measurement(
        vault, ada, instrument="confidence", value=6, taken_on=date(2025, 3, 1), goal_id=goal.id
    )
    tell(window, Kind.COACHEES)
    window._apply_refresh_now()
    assert window.list_panel.select(ada)
    page = window.coachee_page
    assert page.coachee_id == ada

    timeline = page.timeline_model
    assert timeline.rowCount() == 2
    assert timeline.index(0, 1).data() == "OSKAR"  # newest first
    assert "Wants to be heard" in timeline.index(0, 2).data()
    assert timeline.index(1, 1).data() == "GROW"

    table = page.experiment_model
    assert table.rowCount() == 2
    assert table.index(0, 0).data() == "Ask one question"
    assert "overdue" in table.index(0, 3).data()
    assert table.index(0, 3).data(Qt.ItemDataRole.ForegroundRole) is not None
    assert table.index(1, 3).data(Qt.ItemDataRole.ForegroundRole) is None
    assert "Nervous" in table.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)

    overview = page.overview
    assert "Speak up in the board meeting" in overview.goals.text()
    assert "Leads the agenda item" in overview.goals.text()
    assert "much more than expected" in overview.goals.text()
    assert "overdue" in overview.experiments.text()
    assert "6" in overview.ratings.text()
    assert "Analytical Engines" in overview.profile.text()

    row = window.list_panel.model.row_of(ada)
    open_cell = window.list_panel.model.index(row, 2)
    assert open_cell.data() == "2 ⚠"
    assert open_cell.data(Qt.ItemDataRole.ForegroundRole) is not None
    # The narrow cell is a sign; its words are on hover and for screen readers.
    tip = open_cell.data(Qt.ItemDataRole.ToolTipRole)
    assert "1 overdue experiment\n" in tip + "\n"  # the singular, with no "(s)" left
    assert "1 overdue" in open_cell.data(Qt.ItemDataRole.AccessibleTextRole)


def test_views_follow_the_change_hub(qtbot, window: MainWindow, three: dict[str, str]) -> None:
    reload(window)
    ada = three["ada"]
    window.list_panel.select(ada)
    assert window.coachee_page.timeline_model.rowCount() == 1
    sessions.create_session(window.context.vault, ada, template="clear", started_at=TODAY)
    tell(window, Kind.SESSIONS, coachee_id=ada)
    qtbot.waitUntil(lambda: window.coachee_page.timeline_model.rowCount() == 2)
    assert names(window)[0] == "Ada Lovelace"  # now the most recent

    experiments.create_experiment(window.context.vault, ada, title="Try silence")
    tell(window, Kind.EXPERIMENTS, coachee_id=ada)
    qtbot.waitUntil(lambda: window.coachee_page.experiment_model.rowCount() == 1)

    window.context.nav.open_coachee(three["grace"])  # paused: the filter widens
    assert window.coachee_page.coachee_id == three["grace"]
    assert window.list_panel.current_id() == three["grace"]


def test_timeline_enter_opens_the_session_editor(
    qtbot, window: MainWindow, three: dict[str, str]
) -> None:
    reload(window)
    ada = three["ada"]
    window.list_panel.select(ada)
    page = window.coachee_page
    page.tabs.setCurrentIndex(1)
    page.timeline.setCurrentIndex(page.timeline_model.index(0, 0))
    session_id = page.timeline_model.index(0, 0).data(ID_ROLE)
    qtbot.keyClick(page.timeline, Qt.Key.Key_Return)
    assert window.right.currentWidget() is window.session_area
    assert window.session_area.name_label.text() == "Ada Lovelace"
    editor = window.session_area.editor
    assert editor.session_id == session_id

    window.close_session()
    assert window.right.currentWidget() is window.coachee_page


def test_new_session_shortcut(qtbot, window: MainWindow, three: dict[str, str]) -> None:
    reload(window)
    assert not window.new_session_action.isEnabled()  # nobody selected
    window.list_panel.select(three["alan"])
    assert window.new_session_action.isEnabled()
    window.new_session_action.trigger()
    assert window.right.currentWidget() is window.session_area
    window.close_session()


def test_goal_dialog_with_gas_levels(qtbot, window: MainWindow, three: dict[str, str]) -> None:
    reload(window)
    window.list_panel.select(three["alan"])

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, GoalDialog)
        labels = [dialog.levels[k].accessibleName() for k in ("-2", "0", "2")]
        assert "much less than expected" in labels[0]
        assert "expected" in labels[1]
        assert "much more than expected" in labels[2]
        dialog.title.setText("Delegate the weekly report")
        dialog.weight.setValue(3)
        dialog.levels["0"].setPlainText("Report delegated twice")
        dialog.levels["2"].setPlainText("Team owns the report")
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()

    assert not run_modal(qtbot, window.add_goal, fill)
    goals = coachees.list_goals(window.context.vault, three["alan"])
    assert [(g.title, g.weight, g.gas_levels["2"]) for g in goals] == [
        ("Delegate the weekly report", 3, "Team owns the report")
    ]
    qtbot.waitUntil(
        lambda: "Delegate the weekly report" in window.coachee_page.overview.goals.text()
    )


def test_erase_needs_the_typed_name(qtbot, window: MainWindow, three: dict[str, str]) -> None:
    reload(window)
    window.list_panel.select(three["alan"])

    def confirm(dialog: QWidget) -> None:
        assert isinstance(dialog, EraseDialog)
        assert not dialog.erase_button.isEnabled()
        qtbot.keyClicks(dialog.typed, "Alan")
        assert not dialog.erase_button.isEnabled()
        qtbot.keyClicks(dialog.typed, " Turing")
        assert dialog.erase_button.isEnabled()
        dialog.erase_button.click()

    assert not run_modal(qtbot, window.erase_coachee, confirm)
    qtbot.waitUntil(lambda: "Alan Turing" not in names(window))
    assert window.coachee_page.coachee_id is None
    # The hint page became the home page: the dashboard (Ada and Grace are still there).
    assert window.right.currentWidget() is window.home
    assert not window.home.is_welcome


def test_settings_dialog_stores_encrypted_settings(
    qtbot, window: MainWindow, three: dict[str, str]
) -> None:
    reload(window)

    def change(dialog: QWidget) -> None:
        assert isinstance(dialog, SettingsDialog)
        assert dialog.auto_lock.value() == 10
        assert not dialog.remember.isEnabled()  # fail backend in tests
        assert "No system keyring" in dialog.remember_reason.text()
        dialog.auto_lock.setValue(3)
        dialog.template.setCurrentIndex(dialog.template.findData("oskar"))
        dialog.session_minutes.setValue(45)
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()

    window.unlock_screen.check_keyring()
    qtbot.waitUntil(lambda: window.unlock_screen.keyring_store is not None)
    assert not run_modal(qtbot, window.open_settings, change)
    stored = settings_service.all_settings(window.context.vault)
    assert stored["auto_lock_minutes"] == 3
    assert stored["default_template"] == "oskar"
    assert stored["default_session_minutes"] == 45
    assert window.idle.minutes == 3


def test_f1_shows_every_shortcut(qtbot, window: MainWindow) -> None:
    qtbot.keyClick(window, Qt.Key.Key_F1)
    overlay = window.help_overlay
    assert overlay.isVisible()
    keys = dict((what, keys) for keys, what in overlay.rows)
    for what in ("New coachee", "Lock", "Quit", "New session", "Search", "Keyboard shortcuts"):
        assert what in keys, what
    assert keys["Lock"] == "Ctrl+L"
    assert keys["Search"] == "Ctrl+K"
    assert any(k == "Ctrl+E" for k, _ in overlay.rows)
    qtbot.keyClick(overlay, Qt.Key.Key_Escape)
    assert not overlay.isVisible()


def test_models_pass_the_model_tester(qtmodeltester, vault: Vault, three: dict[str, str]) -> None:
    ada = three["ada"]
    experiments.create_experiment(vault, ada, title="Ask", due_on=date(2025, 1, 1))
    experiments.create_experiment(vault, ada, title="Listen")
    rows = coachees.list_coachees(vault, today=TODAY.date())

    coachee_model = CoacheeListModel()
    coachee_model.set_rows(rows, TODAY.date())
    qtmodeltester.check(coachee_model)
    proxy = CoacheeFilterProxy()
    proxy.setSourceModel(coachee_model)
    proxy.set_text("a")
    qtmodeltester.check(proxy)

    timeline = SessionTimelineModel()
    timeline.set_rows(sessions.list_sessions(vault, ada))
    qtmodeltester.check(timeline)

    table = ExperimentTableModel()
    table.set_rows(experiments.list_experiments(vault, ada), TODAY.date())
    qtmodeltester.check(table)

    for model in (coachee_model, timeline, table):
        model.clear()
        assert model.rowCount() == 0
        qtmodeltester.check(model)


def test_same_rows_update_in_place(qtbot, vault: Vault, three: dict[str, str]) -> None:
    model = CoacheeListModel()
    rows = coachees.list_coachees(vault)
    model.set_rows(rows)
    with qtbot.assertNotEmitted(model.modelReset), qtbot.waitSignal(model.dataChanged):
        model.set_rows(coachees.list_coachees(vault))


def test_archive_goes_through_the_operations(
    qtbot, window: MainWindow, three: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    reload(window)
    alan = three["alan"]
    window.list_panel.select(alan)
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(window.context.signals.changed, timeout=2000) as changed:
        window.archive_action.trigger()
    changes, initiator = changed.args
    assert changes.touches(Kind.COACHEES, coachee_id=alan)
    assert initiator is window
    assert "Alan Turing archived." in window.statusBar().currentMessage()
    # The broadcast alone refreshes the views: Alan leaves the Active list.
    qtbot.waitUntil(lambda: "Alan Turing" not in names(window))
    assert coachees.get_coachee(window.context.vault, alan).status == "archived"


def test_the_window_records_where_the_coach_is(
    qtbot, window: MainWindow, three: dict[str, str]
) -> None:
    reload(window)
    nav = window.context.nav
    assert nav.coachee_id is None
    window.list_panel.select(three["ada"])
    assert nav.coachee_id == three["ada"]
    window.show_dashboard()
    assert nav.coachee_id is None
    nav.open_coachee(three["alan"])
    assert window.right.currentWidget() is window.coachee_page
    assert nav.coachee_id == three["alan"]
    nav.go_home()
    assert window.right.currentWidget() is window.home
    assert nav.coachee_id is None


def test_back_up_now_writes_a_verified_backup(qtbot, window: MainWindow, vault: Vault) -> None:
    coachees.create_coachee(vault, name="Ada Lovelace")
    window.backup_action.trigger()
    qtbot.waitUntil(
        lambda: isinstance(QApplication.activeModalWidget(), QMessageBox), timeout=20_000
    )
    box = QApplication.activeModalWidget()
    assert isinstance(box, QMessageBox)
    assert "verified" in box.text()
    box.accept()
    made = sorted((vault.folder / "backups").glob("*.ccbackup"))
    assert len(made) == 1
    assert str(made[0]) in window.statusBar().currentMessage()
    assert backup.verify_backup_file(made[0], vault.data_key())["coachees"] == 1
    assert window.backup_action.isEnabled()


def test_the_coachee_tabs_scroll_arrows_are_not_a_tab_stop(window: MainWindow) -> None:
    # At 200% on a laptop screen the tabs do not fit; Tab must go from the bar into the page.
    arrows = window.coachee_page.tabs.tabBar().findChildren(QToolButton)
    assert arrows
    assert all(a.focusPolicy() == Qt.FocusPolicy.NoFocus for a in arrows)
