"""Marks while listening in a note field: Ctrl+1..4, lines, selections, toggling, highlighting."""

# Fixtures are imported by name and injected by pytest as same-named parameters.
# ruff: noqa: F811

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut, QTextCursor
from PySide6.QtWidgets import QApplication, QMainWindow, QPlainTextEdit
from pytestqt.qtbot import QtBot

from coach_app import marks
from coach_app.services import coachees, sessions
from coach_app.ui.context import AppContext
from coach_app.ui.experiment_dialog import ExperimentDialog
from coach_app.ui.session_form import SessionForm
from coach_app.ui.session_marks import MarkKeys, apply_mark, install_marks
from tests.ui.fixtures_editor import Seeded, clock, context, seeded  # noqa: F401

CTRL = Qt.KeyboardModifier.ControlModifier
INSIGHT, QUOTE, ACTION, EXPERIMENT = marks.KINDS


def _edit(qtbot: QtBot, text: str) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    qtbot.addWidget(edit)
    edit.setPlainText(text)
    return edit


def _select(edit: QPlainTextEdit, start: int, end: int) -> None:
    cursor = edit.textCursor()
    cursor.setPosition(start)
    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    edit.setTextCursor(cursor)


def test_marks_the_current_line_and_leaves_the_cursor_after_it(qtbot: QtBot) -> None:
    edit = _edit(qtbot, "first\nshe wants the meeting\nlast")
    _select(edit, 8, 8)
    assert apply_mark(edit, INSIGHT) == "she wants the meeting"
    assert edit.toPlainText() == "first\n★ she wants the meeting\nlast"
    cursor = edit.textCursor()
    assert not cursor.hasSelection()
    assert cursor.position() == len("first\n★ she wants the meeting")


def test_the_same_key_again_unmarks_and_another_kind_replaces(qtbot: QtBot) -> None:
    edit = _edit(qtbot, "a line")
    apply_mark(edit, QUOTE)
    apply_mark(edit, ACTION)
    assert edit.toPlainText() == "➜ a line"
    assert apply_mark(edit, ACTION) == ""
    assert edit.toPlainText() == "a line"


def test_part_of_a_line_goes_on_a_line_of_its_own(qtbot: QtBot) -> None:
    edit = _edit(qtbot, "We talked. Try saying no once a week. Then tea.")
    start = edit.toPlainText().index("Try")
    end = edit.toPlainText().index(" Then")
    _select(edit, start, end)
    assert apply_mark(edit, EXPERIMENT) == "Try saying no once a week."
    assert edit.toPlainText() == "We talked.\n⚗ Try saying no once a week.\nThen tea."
    cursor = edit.textCursor()
    assert not cursor.hasSelection()
    assert cursor.position() == len("We talked.\n⚗ Try saying no once a week.")
    edit.undo()  # one undo takes it all back
    assert edit.toPlainText() == "We talked. Try saying no once a week. Then tea."


def test_a_selection_over_lines_marks_every_line_it_touches(qtbot: QtBot) -> None:
    edit = _edit(qtbot, "one\n\ntwo\nthree\nfour")
    text = edit.toPlainText()
    _select(edit, text.index("ne"), text.index("three"))  # ends at the start of "three"
    assert apply_mark(edit, INSIGHT) == "one\ntwo"
    assert edit.toPlainText() == "★ one\n\n★ two\nthree\nfour"


def test_keys_mark_and_an_experiment_reaches_the_callback(qtbot: QtBot) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    edit = QPlainTextEdit()
    window.setCentralWidget(edit)
    # A window-wide shortcut on the same key must not take it from the field.
    taken: list[bool] = []
    QShortcut(QKeySequence("Ctrl+1"), window, lambda: taken.append(True))
    experiments: list[str] = []
    marked: list[object] = []
    keys = install_marks([edit], experiments.append, marked.append)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    edit.setFocus()
    qtbot.keyClicks(edit, "own the Monday meeting")
    qtbot.keyClick(edit, Qt.Key.Key_1, CTRL)
    assert edit.toPlainText() == "★ own the Monday meeting"
    assert not taken
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    qtbot.keyClicks(edit, "Ask for the agenda first")
    qtbot.keyClick(edit, Qt.Key.Key_4, CTRL)
    assert experiments == ["Ask for the agenda first"]
    assert len(marked) == 2
    qtbot.keyClick(edit, Qt.Key.Key_4, CTRL)  # unmarking opens nothing
    assert experiments == ["Ask for the agenda first"]
    assert isinstance(keys, MarkKeys)


def test_marked_lines_are_formatted_with_more_than_colour(qtbot: QtBot) -> None:
    edit = _edit(qtbot, "❝ I can do this\nplain")
    keys = install_marks([edit], lambda _t: None)
    edit.show()
    highlighter = keys.highlighters[0]
    highlighter.rehighlight()
    formats = edit.document().firstBlock().layout().formats()
    assert formats and formats[0].format.fontItalic()
    assert not edit.document().lastBlock().layout().formats()
    assert highlighter.format_for("insight").fontWeight() > 400
    assert edit.toPlainText().startswith(QUOTE.sign)  # the sign stays with the tint


def test_marks_in_a_real_session_form(qtbot: QtBot, context: AppContext, seeded: Seeded) -> None:
    record = sessions.create_session(
        context.vault, seeded.coachee_id, template="grow", sections={"goal": "Lead the retro"}
    )
    form = SessionForm(record)
    qtbot.addWidget(form)
    edited: list[str] = []
    form.changed.connect(edited.append)
    install_marks(form.fields.values(), lambda _t: None, parent=form)
    field = form.fields["section:goal"]
    form.show()
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_2, CTRL)
    assert form.value("section:goal") == "❝ Lead the retro"
    assert "section:goal" in edited  # the autosave hears it like typing


def test_an_experiment_mark_opens_the_card_prefilled(
    qtbot: QtBot, context: AppContext, seeded: Seeded
) -> None:
    vault = context.vault
    record = sessions.create_session(vault, seeded.coachee_id, template="grow")
    text = (
        "Say no to one recurring meeting each week, starting with the Thursday sync, "
        "and notice who objects and why"
    )
    edit = _edit(qtbot, text)
    opened: list[ExperimentDialog] = []

    def open_card(marked: str) -> None:
        dialog = ExperimentDialog.from_mark(
            context, seeded.coachee_id, marked, agreed_in_session_id=record.id
        )
        qtbot.addWidget(dialog)
        opened.append(dialog)

    keys = install_marks([edit], open_card)
    assert keys.highlighters
    _select(edit, len(text), len(text))
    apply_mark(edit, EXPERIMENT)
    open_card(next(marks.find(edit.toPlainText())).text)
    dialog = opened[0]
    assert dialog.title_edit.text() == marks.experiment_title(text)
    assert not dialog.title_edit.text().endswith(("ea", " "))  # never cut mid-word
    assert dialog.action_edit.toPlainText() == text
    assert dialog.goal_combo.currentData() == ""  # two active goals: nothing chosen

    coachees.update_goal(vault, seeded.goal_ids[1], status="achieved")
    single = ExperimentDialog.from_mark(context, seeded.coachee_id, text)
    qtbot.addWidget(single)
    assert single.goal_combo.currentData() == seeded.goal_ids[0]  # the only active goal
