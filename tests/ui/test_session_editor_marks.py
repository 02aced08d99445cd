"""Marks in the open session (ui/session_editor_marks.py): Ctrl+1..4 typed in a live session's
field mark the line, the side panel lists them as they are made, and an experiment mark opens
the card prefilled with the only goal chosen; Ctrl+Shift+O hands the laptop over."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from coach_app.services import coachees, sessions
from coach_app.ui.experiment_dialog import ExperimentDialog
from coach_app.ui.main_window import MainWindow
from coach_app.ui.session_form import NoteField
from coach_app.vault.vault import Vault
from tests.ui import test_session_live as live
from tests.ui.test_session_live import CTRL, SHIFT, key, start_live

# The live-session fixtures: a window on a fake clock with one coachee shown.
clock = live.clock
coachee = live.coachee
window = live.window


def test_a_line_marked_by_key_shows_in_the_panel_and_is_saved(
    qtbot: QtBot, window: MainWindow, vault: Vault
) -> None:
    editor = start_live(qtbot, window)
    field = QApplication.focusWidget()
    assert isinstance(field, NoteField)
    qtbot.keyClicks(field, "She wants to own the Monday meeting")
    key(qtbot, Qt.Key.Key_1, CTRL)
    assert field.toPlainText() == "★ She wants to own the Monday meeting"
    side = editor._side
    assert side is not None
    qtbot.waitUntil(lambda: "Monday meeting" in side.current_marks_label.text())
    assert editor.flush()
    record = sessions.get_session(vault, editor.session_id or "")
    assert "★ She wants to own the Monday meeting" in record.sections.values()


def test_an_experiment_mark_opens_the_card_with_the_only_goal(
    qtbot: QtBot, window: MainWindow, vault: Vault, coachee: str
) -> None:
    goal = coachees.create_goal(vault, coachee, title="Delegate more")
    editor = start_live(qtbot, window)
    field = QApplication.focusWidget()
    assert isinstance(field, NoteField)
    qtbot.keyClicks(
        field,
        "Say no to one meeting request this week, and notice what happens to the team when "
        "she is not there to answer every question herself",
    )
    key(qtbot, Qt.Key.Key_4, CTRL)
    qtbot.waitUntil(lambda: any(w.isVisible() for w in editor.findChildren(ExperimentDialog)))
    card = next(w for w in editor.findChildren(ExperimentDialog) if w.isVisible())
    assert card.title_edit.text() == "Say no to one meeting request this week"
    assert card.goal_combo.currentData() == goal.id
    card.reject()


def test_ctrl_shift_o_hands_the_laptop_over(qtbot: QtBot, window: MainWindow) -> None:
    editor = start_live(qtbot, window)
    side = editor._side
    assert side is not None
    asked: list[str | None] = []
    side.start_handover = lambda instrument_key=None: asked.append(instrument_key)  # type: ignore[method-assign]
    key(qtbot, Qt.Key.Key_O, CTRL | SHIFT)
    assert asked == [None]
