"""Help → Security check (coach_app/ui/security_check_dialog.py): off the UI thread, then a list."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from coach_app.services import backups, coachees
from coach_app.services import settings as settings_service
from coach_app.ui.context import AppContext
from coach_app.ui.screen_lock import ScreenLockGuard, ScreenLockSource
from coach_app.ui.security_check_dialog import SecurityCheckDialog
from coach_app.vault.vault import Vault
from tests.ui.conftest import MakeContext
from tests.ui.helpers_ops import wait_for_ops
from tests.ui.shell_helpers import make_window

NAME = "Philippa Marlowe-Quist"


@pytest.fixture
def context(make_context: MakeContext) -> AppContext:
    return make_context()


def open_dialog(qtbot, context: AppContext, **kwargs: object) -> SecurityCheckDialog:
    dialog = SecurityCheckDialog(context, **kwargs)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_the_check_runs_in_the_background_then_lists_every_item(qtbot, context: AppContext) -> None:
    coachees.create_coachee(context.vault, name=NAME)
    dialog = open_dialog(qtbot, context, screen_lock_watching=True)
    with qtbot.waitSignal(dialog.shown, timeout=30_000):
        dialog.start()
        assert dialog.running and dialog.progress.isVisible()
        assert dialog.summary.text() == "Checking…"
        assert context.ops.is_busy()  # not on the UI thread
    assert not dialog.running and not dialog.progress.isVisible()
    lines = dialog.results.toPlainText().splitlines()
    assert len(lines) == 8
    assert "Needs attention: Backup: there is none yet" in lines[6]
    assert lines[0].startswith("OK: Encryption: SQLCipher 4")
    assert dialog.summary.text() == "Needs attention: 1 item."
    assert NAME not in dialog.results.toPlainText()
    assert dialog.results.isReadOnly()

    dialog.copy()
    assert QApplication.clipboard().text() == dialog.results.toPlainText()


def test_a_backup_made_since_shows_on_the_next_check(qtbot, context: AppContext) -> None:
    dialog = open_dialog(qtbot, context, screen_lock_watching=True)
    with qtbot.waitSignal(dialog.shown, timeout=30_000):
        dialog.start()
    assert dialog.report is not None and not dialog.report.all_ok
    backups.back_up_now(context.vault)
    with qtbot.waitSignal(dialog.shown, timeout=30_000):
        dialog.again_button.click()
    assert dialog.report is not None and dialog.report.all_ok, dialog.text()
    assert dialog.summary.text() == "Everything checked is in order."


def test_settings_that_need_attention_are_named(qtbot, context: AppContext) -> None:
    settings_service.update_settings(context.vault, auto_lock_minutes=0, lock_on_screen_lock=False)
    dialog = open_dialog(qtbot, context)
    with qtbot.waitSignal(dialog.shown, timeout=30_000):
        dialog.start()
    text = dialog.text()
    assert "Needs attention: Auto-lock: off." in text
    assert "Needs attention: Screen lock: the vault stays open" in text


def test_a_lock_during_the_check_empties_the_dialog(qtbot, context: AppContext) -> None:
    dialog = open_dialog(qtbot, context)
    dialog.start()
    context.lock()  # the check stops at its next step; a late result is dropped
    assert not context.ops.is_busy()
    assert dialog.report is None and dialog.results.toPlainText() == ""
    assert not dialog.running and not dialog.copy_button.isEnabled()
    dialog.start()  # locked: nothing starts
    assert not dialog.running


def test_closing_during_the_check_stops_it(qtbot, context: AppContext) -> None:
    dialog = open_dialog(qtbot, context)
    dialog.start()
    job = context.ops.running[0]
    dialog.reject()
    assert job.cancelled
    wait_for_ops(qtbot, context)
    assert dialog.report is None


def test_help_menu_opens_the_check(qtbot, vault: Vault) -> None:
    window = make_window(qtbot, vault.folder, vault)
    ScreenLockGuard(window.context, ScreenLockSource(), parent=window)  # as launch.py attaches
    assert window.security_check_action.isEnabled()
    window.security_check_action.trigger()
    dialog = window.findChild(SecurityCheckDialog)
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=30_000)
    # The fake source hears nothing: the check says the screen lock is not heard here.
    assert "Needs attention: Screen lock: on, but this system does not tell" in dialog.text()
    window.lock_now()
    assert not window.security_check_action.isEnabled()
