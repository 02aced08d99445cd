"""Unlock returns the coach to where they were: the coachee, the tab, the session, the field,
the cursor, and the dialog that was open, with its focus and cursor."""

from __future__ import annotations

from PySide6.QtCore import Qt

from coach_app.services import coachees
from coach_app.ui.coachee_dialogs import GoalDialog
from coach_app.ui.coachee_page import SESSIONS_TAB
from coach_app.ui.main_window import MainWindow
from tests.conftest import PASSPHRASE
from tests.ui.helpers_drafts import Seed, drafts_window, seed, the_dialog, unlock_again

__all__ = ["drafts_window", "seed"]  # fixtures


def _unlock_by_typing(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    page = window.unlock_screen.unlock_page
    qtbot.keyClicks(page.passphrase, PASSPHRASE)
    qtbot.keyClick(page.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.context.is_unlocked, timeout=20_000)


def test_the_coachee_page_and_its_tab_come_back(
    qtbot, drafts_window: MainWindow, seed: Seed
) -> None:
    window = drafts_window
    window.show_coachee(seed.coachee_id)
    window.coachee_page.tabs.setCurrentIndex(SESSIONS_TAB)
    window.lock_now()
    assert window.coachee_page.coachee_id is None  # the lock emptied the page
    _unlock_by_typing(qtbot, window)
    assert window.right.currentWidget() is window.coachee_page
    assert window.coachee_page.coachee_id == seed.coachee_id
    assert window.context.nav.coachee_id == seed.coachee_id
    assert window.coachee_page.tabs.currentIndex() == SESSIONS_TAB
    assert window.list_panel.current_id() == seed.coachee_id


def test_the_session_field_and_cursor_come_back(
    qtbot, drafts_window: MainWindow, seed: Seed
) -> None:
    window = drafts_window
    window.open_session(seed.coachee_id, seed.session_id)
    editor = window.session_area.editor
    field = editor.field("section:options")
    field.setFocus()
    qtbot.keyClicks(field, "Three options so far")
    assert editor.flush()  # saved: nothing unsaved, only the place is kept
    cursor = field.textCursor()
    cursor.setPosition(5)
    field.setTextCursor(cursor)
    window.lock_now()
    assert editor.session_id is None
    _unlock_by_typing(qtbot, window)
    assert window.right.currentWidget() is window.session_area
    assert window.context.nav.session_id == seed.session_id
    field = editor.field("section:options")
    assert field.toPlainText() == "Three options so far"
    assert editor.focusWidget() is field
    assert field.textCursor().position() == 5
    assert "kept while the app was locked" not in editor.status_text  # nothing to say


def test_the_learning_log_comes_back(qtbot, drafts_window: MainWindow) -> None:
    window = drafts_window
    window.show_learning_log()
    window.lock_now()
    unlock_again(window)
    assert window.right.currentWidget() is window.log_page


def test_an_open_dialog_comes_back_with_its_field_and_cursor(
    qtbot, drafts_window: MainWindow, seed: Seed
) -> None:
    window = drafts_window
    window.show_coachee(seed.coachee_id)
    goal = coachees.list_goals(window.context.vault, seed.coachee_id)[0]
    dialog = GoalDialog(window.context, seed.coachee_id, goal, window)
    dialog.open()
    expected = dialog.levels["0"]
    expected.setFocus()
    qtbot.keyClicks(expected, "Delegates two tasks a week")
    cursor = expected.textCursor()
    cursor.setPosition(9)
    expected.setTextCursor(cursor)
    window.lock_now()
    assert not dialog.isVisible()
    unlock_again(window)
    back = the_dialog(GoalDialog)
    assert back.goal is not None and back.goal.id == goal.id
    assert back.title.text() == "Delegate more"
    assert back.levels["0"].toPlainText() == "Delegates two tasks a week"
    assert back.focusWidget() is back.levels["0"]
    assert back.levels["0"].textCursor().position() == 9
    assert window.coachee_page.coachee_id == seed.coachee_id  # the page under it too
