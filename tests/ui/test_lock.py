"""Locking: Ctrl+L and idle auto-lock, with a modal dialog open and a draft half-typed."""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable, Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from coach_app.errors import Cancelled
from coach_app.services import backups, coachees, experiments, report, sessions
from coach_app.ui import errors as ui_errors
from coach_app.ui.coachee_dialogs import ProfileDialog
from coach_app.ui.idle import IdleWatcher
from coach_app.ui.launch import instance_lock, launch
from coach_app.ui.main_window import MainWindow
from coach_app.ui.report_action import export_report
from coach_app.vault.vault import Vault
from tests.conftest import PASSPHRASE
from tests.ui.shell_helpers import (
    FakeClock,
    make_window,
    run_modal,
    wait_for_workers,
)


@pytest.fixture(autouse=True)
def _drain_workers() -> Iterator[None]:
    yield
    wait_for_workers()


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def seeded(vault: Vault, clock: FakeClock) -> dict[str, str]:
    ada = coachees.create_coachee(vault, name="Ada Lovelace")
    session = sessions.create_session(
        vault, ada.id, template="grow", started_at=clock.now - timedelta(days=3)
    )
    experiments.create_experiment(vault, ada.id, title="Ask one question")
    tried = experiments.create_experiment(vault, ada.id, title="Stay silent for a minute")
    experiments.review_experiment(
        vault,
        tried.id,
        outcome="Two ideas came",
        learning="Silence invites ideas",
        decision="adopt",
    )
    return {"ada": ada.id, "session": session.id}


@pytest.fixture
def window(qtbot, vault: Vault, clock: FakeClock, seeded: dict[str, str]) -> MainWindow:
    win = make_window(qtbot, vault.folder, vault, now=clock, idle_check_ms=20)
    qtbot.waitUntil(lambda: win.home.dashboard.model.rowCount() == 1, timeout=10_000)
    # Everyone's learning log, then Ada's Progress and Learning log tabs, so every view that
    # shows coachee data holds some when the lock comes.
    with qtbot.waitSignal(win.log_page.log.loaded, timeout=10_000):
        win.show_learning_log()
    assert win.list_panel.select(seeded["ada"])
    page = win.coachee_page
    page.tabs.setCurrentWidget(page.progress_tab)
    assert page.chart is not None
    qtbot.waitUntil(lambda: page.chart.data is not None, timeout=10_000)
    with qtbot.waitSignal(page.log_tab.loaded, timeout=10_000):
        page.tabs.setCurrentWidget(page.log_tab)
    assert page.log_tab.model.rowCount() == 1
    page.tabs.setCurrentWidget(page.overview)
    return win


def assert_locked_and_empty(window: MainWindow) -> None:
    assert not window.context.is_unlocked
    assert window.stack.currentWidget() is window.unlock_screen
    assert window.unlock_screen.current_page is window.unlock_screen.unlock_page
    page = window.coachee_page
    for model in (
        window.list_panel.model,
        window.list_panel.proxy,
        page.timeline_model,
        page.experiment_model,
    ):
        assert model.rowCount() == 0
    assert page.coachee_id is None
    assert page.name_label.text() == ""
    assert page.overview.profile.text() == ""
    assert page.overview.experiments.text() == ""
    assert window.session_area.name_label.text() == ""
    dashboard = window.home.dashboard
    assert dashboard.model.rowCount() == 0
    assert dashboard.proxy.rowCount() == 0
    assert "0 active coachees" in dashboard.summary_label.text()
    if page.chart is not None:
        assert page.chart.data is None
        assert page.chart.coachee_id is None
        assert page.chart.checks == {}
        assert page.chart.details_label.text() == ""
    for log in (page.log_tab, window.log_page.log):
        assert log.model.rowCount() == 0
        assert log.detail.toPlainText() == ""
        assert log.count_label.text() == ""
    assert window.right.currentWidget() is window.home
    assert QApplication.activeModalWidget() is None
    visible_dialogs = [
        w for w in QApplication.topLevelWidgets() if w.isVisible() and w is not window
    ]
    assert visible_dialogs == []
    assert not window.lock_action.isEnabled()
    assert not window.search_action.isEnabled()


def test_ctrl_l_locks_with_a_modal_dialog_open(qtbot, window: MainWindow, vault: Vault) -> None:
    seen: list[QWidget] = []

    def press_ctrl_l(dialog: QWidget) -> None:
        assert isinstance(dialog, ProfileDialog)
        seen.append(dialog)
        qtbot.keyClicks(dialog.name, " (edited, never saved)")
        qtbot.keyClick(dialog.name, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)

    with qtbot.waitSignal(window.context.signals.vault_locked, timeout=5000):
        assert not run_modal(qtbot, window.edit_profile, press_ctrl_l)
    assert seen and not seen[0].isVisible()
    assert_locked_and_empty(window)
    assert not vault.is_open
    reopened = Vault.unlock(vault.folder, PASSPHRASE)  # the lock file was released
    try:
        assert coachees.list_coachees(reopened)[0].name == "Ada Lovelace"
    finally:
        reopened.close()


def test_ctrl_l_in_the_workspace(qtbot, window: MainWindow) -> None:
    window.activateWindow()
    with qtbot.waitSignal(window.context.signals.vault_locked, timeout=5000):
        qtbot.keyClick(window.list_panel.view, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert_locked_and_empty(window)


def test_idle_auto_lock_saves_the_draft_and_closes_dialogs(
    qtbot, window: MainWindow, clock: FakeClock, seeded: dict[str, str]
) -> None:
    window.open_session(seeded["ada"], seeded["session"])
    editor = window.session_area.editor
    field = editor.field("section:goal")
    field.setFocus()
    qtbot.keyClicks(field, "Half a thought about the board")  # no pause: the debounce is pending
    dialog = editor.agree_experiment()  # a window-modal dialog on top of the editor
    assert dialog is not None and dialog.isVisible()
    assert window.idle.running

    clock.advance(minutes=9)
    with qtbot.waitSignal(window.idle.checked, timeout=5000) as checked:
        pass  # the next look at the clock sees 9 minutes
    assert checked.args == [False]
    assert window.context.is_unlocked  # not yet: 9 of 10 minutes
    with qtbot.waitSignal(window.context.signals.vault_locked, timeout=5000):
        clock.advance(minutes=2)
    assert_locked_and_empty(window)
    assert not window.idle.running

    # The draft reached the (encrypted) vault before it closed.
    reopened = Vault.unlock(window.context.folder, PASSPHRASE)
    try:
        record = sessions.get_session(reopened, seeded["session"])
        assert record.sections["goal"] == "Half a thought about the board"
    finally:
        reopened.close()


def test_idle_lock_with_an_application_modal_dialog(
    qtbot, window: MainWindow, clock: FakeClock
) -> None:
    def walk_away(dialog: QWidget) -> None:
        assert isinstance(dialog, ProfileDialog)
        clock.advance(minutes=30)

    assert not run_modal(qtbot, window.new_coachee, walk_away)
    qtbot.waitUntil(lambda: not window.context.is_unlocked, timeout=5000)
    assert_locked_and_empty(window)


def test_unlock_again_in_the_same_window(qtbot, window: MainWindow) -> None:
    window.lock_now()
    screen = window.unlock_screen
    assert "Locked" in screen.message.text()
    qtbot.keyClicks(screen.unlock_page.passphrase, PASSPHRASE)
    qtbot.keyClick(screen.unlock_page.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.context.is_unlocked, timeout=20_000)
    assert window.stack.currentWidget() is window.workspace
    assert window.list_panel.model.rowCount() == 1
    assert window.idle.running
    window.lock_now()


def test_activity_postpones_the_lock(qtbot, clock: FakeClock) -> None:
    locked: list[bool] = []
    watcher = IdleWatcher(clock, lambda: locked.append(True), minutes=10, check_interval_ms=10)
    watcher.start()
    target = QWidget()
    qtbot.addWidget(target)
    clock.advance(minutes=8)
    qtbot.keyClick(target, Qt.Key.Key_A)  # any key counts as the coach being there
    clock.advance(minutes=8)
    assert not watcher.check()
    assert watcher.idle_for() == timedelta(minutes=8)
    clock.advance(minutes=3)
    assert watcher.check()
    assert locked == [True]
    assert not watcher.running  # once locked, it waits for the next unlock
    watcher.set_minutes(0)
    watcher.start()
    clock.advance(days=1)
    assert not watcher.check()  # 0 = never
    watcher.dispose()


def test_second_instance_explains_and_exits(
    qtbot, vault_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    vault_dir.mkdir(mode=0o700)
    first = instance_lock(vault_dir)
    first.acquire()
    monkeypatch.setattr(ui_errors, "install_excepthook", lambda: None)
    shown: list[str] = []

    def close_box() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            shown.append(box.text())
            box.accept()
        else:
            QTimer.singleShot(10, close_box)

    QTimer.singleShot(0, close_box)
    try:
        code = launch(argparse.Namespace(vault=str(vault_dir), demo=False, command=None))
    finally:
        first.release()
    assert code == 1
    assert shown and "already open" in shown[0]
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1
    assert "already open" in err[0]


def _runs_until_stopped(progress: Callable[[float], None] | None, events: list[str]) -> None:
    """Stand-in for long work: reports progress until told to stop (or gives up after 3 s)."""
    events.append("started")
    deadline = time.monotonic() + 3
    try:
        while time.monotonic() < deadline:
            if progress is not None:
                progress(0.5)
            time.sleep(0.01)
    except Cancelled:
        events.append("stopped")
        raise


def test_a_lock_says_finishing_while_running_work_stops(qtbot, window: MainWindow) -> None:
    messages: list[str] = []
    window.statusBar().messageChanged.connect(messages.append)
    events: list[str] = []
    job = window.context.ops.run_task(
        lambda _vault, job: _runs_until_stopped(job.progress, events), label="the test task"
    )
    assert job is not None
    qtbot.waitUntil(lambda: "started" in events)
    window.statusBar().showMessage("Ada Lovelace archived.")
    with qtbot.waitSignal(window.context.signals.vault_locked, timeout=5000):
        window.lock_now()
    assert events == ["started", "stopped"]
    assert "Finishing the test task…" in messages
    # What the status bar said about a coachee goes with the rest of the workspace.
    assert window.statusBar().currentMessage() == ""
    assert_locked_and_empty(window)


def test_a_lock_stops_back_up_now(
    qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    events: list[str] = []

    def slow_backup(vault: Vault, out: Path | None = None, progress: Any = None) -> Path:
        _runs_until_stopped(progress, events)
        return vault.folder / "backups" / "never.ccbackup"

    monkeypatch.setattr(backups, "back_up_now", slow_backup)
    window.backup_action.trigger()
    qtbot.waitUntil(lambda: "started" in events)
    assert not window.backup_action.isEnabled()
    assert window.busy_bar.isVisible()
    with qtbot.waitSignal(window.context.signals.vault_locked, timeout=5000):
        window.lock_now()
    assert events == ["started", "stopped"]
    assert not window.busy_bar.isVisible()
    assert_locked_and_empty(window)


def test_a_lock_stops_a_progress_report(
    qtbot,
    window: MainWindow,
    seeded: dict[str, str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    events: list[str] = []

    def slow_report(_vault: Vault, _cid: str, out: Path, **kwargs: Any) -> Path:
        _runs_until_stopped(kwargs.get("progress"), events)
        out.write_bytes(b"%PDF")
        return out

    monkeypatch.setattr(report, "write_report", slow_report)
    target = tmp_path / "ada.pdf"
    export = export_report(window.context, seeded["ada"], window, path=target)
    assert export is not None
    qtbot.waitUntil(lambda: "started" in events)
    with qtbot.waitSignal(export.failed, timeout=5000) as failed:
        window.lock_now()
    assert isinstance(failed.args[0], Cancelled)
    assert events == ["started", "stopped"]
    assert export.dialog is None
    assert not target.exists()
    assert_locked_and_empty(window)


def test_a_lock_asked_for_during_a_lock_happens_once(qtbot, window: MainWindow) -> None:
    """A screen-lock signal or Ctrl+L arriving while a lock waits for work is that same lock."""
    context = window.context
    locked: list[None] = []
    context.signals.vault_locked.connect(lambda: locked.append(None))
    context.about_to_lock.connect(context.lock)  # as if a second request came in meanwhile
    context.lock()
    assert locked == [None]
    assert not context.is_unlocked
    assert_locked_and_empty(window)
