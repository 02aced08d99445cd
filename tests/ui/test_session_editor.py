"""The session editor: typing is saved (debounce, focus change, lock), failures keep the text,
ratings become measurements, Ctrl+E agrees an experiment, copies are marked and cleared."""

# Fixtures are imported by name and injected by pytest as same-named parameters.
# ruff: noqa: F811

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QLabel, QPushButton
from pytestqt.qtbot import QtBot

from coach_app.changes import Changes, Kind
from coach_app.errors import StorageError
from coach_app.services import coachees, experiments, measurements, sessions, settings
from coach_app.ui import session_editor
from coach_app.ui.clipboard import (
    SENSITIVE_FORMAT,
    NoteTextEdit,
    clipboard_guard,
    is_marked_sensitive,
)
from coach_app.ui.context import AppContext
from coach_app.ui.experiment_dialog import ExperimentDialog, ExperimentReviewDialog
from coach_app.ui.session_editor import SessionEditor
from coach_app.vault.vault import Vault
from tests.conftest import PASSPHRASE
from tests.ui.fixtures_editor import (  # noqa: F401 - clock, context, seeded are fixtures
    FakeClock,
    Seeded,
    changed_coachees,
    clock,
    context,
    seeded,
    vault_files_contain,
)

GROW_TEXT = {
    "goal": "Feel ready to lead the Q3 planning",
    "reality": "Still drafts every slide herself; team waits",
    "options": "Pair with Jonas; ask for a first draft; timebox review",
    "will": "Ask Jonas for a first draft by Friday",
}


def make_editor(qtbot: QtBot, context: AppContext) -> SessionEditor:
    editor = SessionEditor(context)
    qtbot.addWidget(editor)
    editor.resize(1100, 750)
    editor.show()
    qtbot.waitExposed(editor)
    editor.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is editor)
    return editor


def type_into(qtbot: QtBot, field: object, text: str) -> None:
    assert isinstance(field, NoteTextEdit)
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    qtbot.keyClicks(field, text)


def wait_saved(qtbot: QtBot, editor: SessionEditor) -> None:
    qtbot.waitUntil(lambda: editor.status_text.startswith("Saved at"), timeout=3000)


def reunlock(context: AppContext, vault_dir: Path) -> Vault:
    """Lock, then unlock again as a restarted app would."""
    context.lock()
    reopened = Vault.unlock(vault_dir, PASSPHRASE)
    context.set_vault(reopened)
    return reopened


def test_grow_session_is_autosaved_and_survives_a_restart(
    qtbot: QtBot, context: AppContext, seeded: Seeded, vault_dir: Path
) -> None:
    editor = make_editor(qtbot, context)
    assert editor.new_session(seeded.coachee_id, "grow")
    session_id = editor.session_id
    assert session_id is not None
    assert editor.name_label.text() == "Ana Sousa"
    assert "Tue 4 Mar 2025, 14:00" in editor.meta_label.text()

    for key, text in GROW_TEXT.items():
        type_into(qtbot, editor.field(f"section:{key}"), text)
    type_into(qtbot, editor.field("notes"), "Energy high, laughed about the slides")
    type_into(qtbot, editor.field("private_reflection"), "I rushed to options; slow down")
    editor.field("tags").setFocus()
    qtbot.keyClicks(editor.field("tags"), "delegation, planning")
    # No focus change after the last keystroke: the debounce alone must save it.
    wait_saved(qtbot, editor)
    assert editor.status_text == "Saved at 14:00:00"
    stored = sessions.get_session(context.vault, session_id)
    assert stored.tags == ("delegation", "planning")

    with qtbot.waitSignal(editor.closed, timeout=1000):
        qtbot.keyClick(editor.field("tags"), Qt.Key.Key_Escape)
    assert editor.session_id is None

    reunlock(context, vault_dir)
    again = make_editor(qtbot, context)
    assert again.open_session(session_id)
    for key, text in GROW_TEXT.items():
        assert again.field(f"section:{key}").toPlainText() == text  # type: ignore[attr-defined]
    assert again.field("notes").toPlainText() == "Energy high, laughed about the slides"  # type: ignore[attr-defined]
    assert again.field("private_reflection").toPlainText() == "I rushed to options; slow down"  # type: ignore[attr-defined]
    assert again.field("tags").text() == "delegation, planning"  # type: ignore[attr-defined]


def test_focus_leaving_a_field_saves_at_once(
    qtbot: QtBot,
    context: AppContext,
    seeded: Seeded,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(session_editor, "DEBOUNCE_MS", 60_000)  # the timer will not save it
    editor = make_editor(qtbot, context)
    editor.new_session(seeded.coachee_id, "grow")
    assert editor.session_id is not None
    type_into(qtbot, editor.field("section:goal"), "Clarity on the role")
    assert sessions.get_session(context.vault, editor.session_id).sections["goal"] == ""
    editor.field("section:reality").setFocus()
    qtbot.waitUntil(lambda: editor.status_text.startswith("Saved at"), timeout=1000)
    stored = sessions.get_session(context.vault, editor.session_id)
    assert stored.sections["goal"] == "Clarity on the role"


def test_half_typed_draft_survives_a_lock_encrypted(
    qtbot: QtBot, context: AppContext, seeded: Seeded, vault_dir: Path
) -> None:
    editor = make_editor(qtbot, context)
    editor.new_session(seeded.coachee_id, "oskar")
    session_id = editor.session_id
    assert session_id is not None
    marker = "Zebrafinch draft 7Q"
    type_into(qtbot, editor.field("section:scaling"), marker + " half-typ")
    assert editor.status_text == "Saving…"  # still inside the debounce window

    context.lock()  # about_to_lock -> flush; vault_locked -> the editor empties itself
    assert editor.session_id is None
    assert not editor.findChildren(NoteTextEdit)
    assert not vault_files_contain(vault_dir, marker)

    reopened = Vault.unlock(vault_dir, PASSPHRASE)
    context.set_vault(reopened)
    stored = sessions.get_session(reopened, session_id)
    assert stored.sections["scaling"] == marker + " half-typ"


def test_a_failed_save_keeps_the_text_and_says_so_then_recovers(
    qtbot: QtBot,
    context: AppContext,
    seeded: Seeded,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    editor = make_editor(qtbot, context)
    editor.new_session(seeded.coachee_id, "grow")
    session_id = editor.session_id
    assert session_id is not None
    real_save = sessions.save_session

    def disk_full(*_args: object, **_kwargs: object) -> None:
        raise StorageError("The vault could not save: disk is full. Nothing saved before is lost.")

    monkeypatch.setattr(sessions, "save_session", disk_full)
    field = editor.field("section:will")
    type_into(qtbot, field, "Try one no per week")
    qtbot.waitUntil(lambda: editor.status_text.startswith("Not saved:"), timeout=3000)
    assert "disk is full" in editor.status_text
    assert editor.status_text.endswith("— your text is still here")
    assert field.toPlainText() == "Try one no per week"  # type: ignore[attr-defined]
    assert not editor.flush()

    monkeypatch.setattr(sessions, "save_session", real_save)
    qtbot.keyClicks(field, " and tell the team")
    wait_saved(qtbot, editor)
    stored = sessions.get_session(context.vault, session_id)
    assert stored.sections["will"] == "Try one no per week and tell the team"


def test_done_does_not_close_while_the_text_cannot_be_saved(
    qtbot: QtBot,
    context: AppContext,
    seeded: Seeded,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    editor = make_editor(qtbot, context)
    editor.new_session(seeded.coachee_id, "free")

    def read_only(*_args: object, **_kwargs: object) -> None:
        raise StorageError("The vault could not save: read-only folder.")

    monkeypatch.setattr(sessions, "save_session", read_only)
    type_into(qtbot, editor.field("notes"), "Important")
    closed: list[bool] = []
    editor.closed.connect(lambda: closed.append(True))
    assert not editor.done()
    assert not closed
    assert editor.field("notes").toPlainText() == "Important"  # type: ignore[attr-defined]


def test_confidence_ratings_are_one_measurement_per_goal_per_session(
    qtbot: QtBot, context: AppContext, seeded: Seeded, clock: FakeClock
) -> None:
    clock.current = datetime(2025, 3, 10, 9, 30)
    editor = make_editor(qtbot, context)
    editor.new_session(seeded.coachee_id, "grow")
    session_id = editor.session_id
    first, second = seeded.goal_ids
    box = editor.rating_box(first)
    assert box.text() == "–"  # not rated yet
    with pytest.raises(KeyError):
        editor.rating_box(seeded.dropped_goal_id)  # only active goals are rated

    box.setValue(6)
    editor.rating_box(second).setValue(3)
    assert editor.flush()

    def ratings() -> list[tuple[str | None, float]]:
        found = measurements.list_measurements(
            context.vault, seeded.coachee_id, instrument="confidence"
        )
        for m in found:
            assert m.session_id == session_id
            assert m.taken_on.isoformat() == "2025-03-10"
        return sorted((m.goal_id, m.value) for m in found)

    assert ratings() == sorted([(first, 6.0), (second, 3.0)])

    box.setValue(8)  # changing it replaces it
    assert editor.flush()
    assert ratings() == sorted([(first, 8.0), (second, 3.0)])

    editor.done()
    editor.open_session(session_id)  # type: ignore[arg-type]
    assert editor.rating_box(first).value() == 8
    editor.rating_box(second).setValue(-1)  # back to "–": not rated
    assert editor.flush()
    assert ratings() == [(first, 8.0)]


def test_ctrl_e_agrees_an_experiment_from_the_selected_text(
    qtbot: QtBot, context: AppContext, seeded: Seeded
) -> None:
    editor = make_editor(qtbot, context)
    editor.new_session(seeded.coachee_id, "grow")
    session_id = editor.session_id
    field = editor.field("section:will")
    assert isinstance(field, NoteTextEdit)
    type_into(qtbot, field, "Before that: ")
    field.insertPlainText("Ask Jonas for a first draft by Friday\nand only review it once")
    cursor = field.textCursor()
    cursor.setPosition(len("Before that: "))
    cursor.movePosition(cursor.MoveOperation.End, cursor.MoveMode.KeepAnchor)
    field.setTextCursor(cursor)

    experiments_changed = changed_coachees(context, Kind.EXPERIMENTS)
    qtbot.keyClick(field, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: editor.findChild(ExperimentDialog) is not None, timeout=1000)
    dialog = editor.findChild(ExperimentDialog)
    assert dialog is not None
    assert dialog.title_edit.text() == "Ask Jonas for a first draft by Friday"
    assert dialog.action_edit.toPlainText() == (
        "Ask Jonas for a first draft by Friday\nand only review it once"
    )
    assert dialog.due_edit.date().toString("yyyy-MM-dd") == "2025-03-18"  # today + 14
    qtbot.keyClicks(dialog.prediction_edit, "She will feel uneasy, the draft will be fine")
    assert dialog.save()

    [agreed] = experiments.list_experiments(context.vault, seeded.coachee_id)
    assert agreed.agreed_in_session_id == session_id
    assert agreed.title == "Ask Jonas for a first draft by Friday"
    assert agreed.prediction == "She will feel uneasy, the draft will be fine"
    assert experiments_changed == [seeded.coachee_id]
    # The side panel lists it as open, with a Review… button.
    qtbot.waitUntil(lambda: _review_buttons(editor) != [], timeout=1000)
    assert _review_buttons(editor)[0].accessibleName() == f"Review experiment: {agreed.title}"


def _review_buttons(editor: SessionEditor) -> list[QPushButton]:
    return [b for b in editor.findChildren(QPushButton) if b.text() == "Review…" and b.isVisible()]


def test_side_panel_shows_last_agreements_and_reviews_in_this_session(
    qtbot: QtBot, context: AppContext, seeded: Seeded
) -> None:
    earlier = sessions.create_session(
        context.vault,
        seeded.coachee_id,
        template="clear",
        started_at=datetime(2025, 2, 18, 10, 0),
        sections={"action": "Block two mornings for deep work"},
    )
    exp = experiments.create_experiment(
        context.vault,
        seeded.coachee_id,
        title="Two deep-work mornings",
        prediction="Fewer late evenings",
        due_on="2025-03-01",
        agreed_in_session_id=earlier.id,
    )
    editor = make_editor(qtbot, context)
    editor.new_session(seeded.coachee_id, "grow")
    texts = [label.text() for label in editor.findChildren(QLabel) if label.isVisible()]
    assert "Block two mornings for deep work" in texts
    assert any("CLEAR · Action" in t for t in texts)
    assert "3 days past due" in texts
    assert any("Why this number and not lower?" in t for t in texts)

    qtbot.mouseClick(_review_buttons(editor)[0], Qt.MouseButton.LeftButton)
    review = editor.findChild(ExperimentReviewDialog)
    assert review is not None
    qtbot.keyClicks(review.outcome_edit, "Did one morning; the second got eaten by a crisis")
    qtbot.keyClicks(review.learning_edit, "Mornings work when booked in the team calendar")
    review.set_choice(review.decision_group, "adapt")
    assert review.save()
    reviewed = experiments.get_experiment(context.vault, exp.id)
    assert reviewed.reviewed_in_session_id == editor.session_id
    assert (reviewed.status, reviewed.decision) == ("done", "adapt")
    qtbot.waitUntil(lambda: _review_buttons(editor) == [], timeout=1000)


def test_template_chooser_defaults_to_the_setting_and_enter_starts(
    qtbot: QtBot, context: AppContext, seeded: Seeded
) -> None:
    settings.set_setting(context.vault, "default_template", "oskar")
    editor = make_editor(qtbot, context)
    assert editor.new_session(seeded.coachee_id)
    assert editor.session_id is None  # nothing is created before the coach chooses
    chooser_list = editor._chooser.list
    assert chooser_list.hasFocus()
    assert chooser_list.currentItem().data(Qt.ItemDataRole.UserRole) == "oskar"
    qtbot.keyClick(chooser_list, Qt.Key.Key_Down)  # CLEAR
    qtbot.keyClick(chooser_list, Qt.Key.Key_Return)
    assert editor.session_id is not None
    record = sessions.get_session(context.vault, editor.session_id)
    assert record.template == "clear"
    assert editor.field("section:contracting").hasFocus()


def test_escape_in_the_chooser_cancels_without_a_session(
    qtbot: QtBot, context: AppContext, seeded: Seeded
) -> None:
    editor = make_editor(qtbot, context)
    editor.new_session(seeded.coachee_id)
    with qtbot.waitSignal(editor.closed, timeout=1000):
        qtbot.keyClick(editor._chooser.list, Qt.Key.Key_Escape)
    assert sessions.list_sessions(context.vault, seeded.coachee_id) == []


def test_a_session_closed_without_a_word_leaves_no_row(
    qtbot: QtBot, context: AppContext, seeded: Seeded
) -> None:
    editor = make_editor(qtbot, context)
    editor.new_session(seeded.coachee_id, "grow")
    assert len(sessions.list_sessions(context.vault, seeded.coachee_id)) == 1
    assert editor.done()
    assert sessions.list_sessions(context.vault, seeded.coachee_id) == []


def test_sessions_changed_is_throttled_while_typing(
    qtbot: QtBot, context: AppContext, seeded: Seeded
) -> None:
    # Thirty keystrokes with short pauses make one save (and one broadcast) once the coach
    # stops, not thirty: the debounce is the throttle. Saving on every keystroke fails this.
    editor = make_editor(qtbot, context)
    editor.new_session(seeded.coachee_id, "free")
    seen = changed_coachees(context, Kind.SESSIONS)
    field = editor.field("notes")
    for letter in "delegation is a skill now":
        qtbot.keyClicks(field, letter)
        qtbot.wait(10)  # pacing a typist, not a negative check
    qtbot.waitUntil(lambda: bool(seen), timeout=5000)
    assert editor.flush()
    assert 1 <= len(seen) <= 2
    assert set(seen) == {seeded.coachee_id}


def test_copied_note_text_is_marked_sensitive_and_cleared(
    qtbot: QtBot, context: AppContext, seeded: Seeded
) -> None:
    editor = make_editor(qtbot, context)
    editor.new_session(seeded.coachee_id, "free")
    field = editor.field("notes")
    assert isinstance(field, NoteTextEdit)
    type_into(qtbot, field, "confidential words")
    field.selectAll()
    guard = clipboard_guard()
    guard.clear_after_ms = 100
    clipboard = QGuiApplication.clipboard()
    qtbot.keyClick(field, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert clipboard.text() == "confidential words"
    assert is_marked_sensitive(clipboard.mimeData())
    assert SENSITIVE_FORMAT in clipboard.mimeData().formats()
    qtbot.waitUntil(lambda: clipboard.text() == "", timeout=2000)

    # Something else copied meanwhile is the coach's, and stays.
    qtbot.keyClick(field, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    clipboard.setText("a shopping list")
    qtbot.waitUntil(lambda: not guard.is_armed, timeout=2000)
    assert clipboard.text() == "a shopping list"

    # Cut is marked too, and removes the text.
    field.selectAll()
    qtbot.keyClick(field, Qt.Key.Key_X, Qt.KeyboardModifier.ControlModifier)
    assert field.toPlainText() == ""
    assert is_marked_sensitive(clipboard.mimeData())
    guard.clear_after_ms = 60_000
    guard.expire()
    clipboard.clear()


def test_clear_drops_every_widget_with_coachee_data(
    qtbot: QtBot, context: AppContext, seeded: Seeded
) -> None:
    editor = make_editor(qtbot, context)
    editor.new_session(seeded.coachee_id, "grow")
    type_into(qtbot, editor.field("section:goal"), "secret goal text")
    assert editor.flush()
    editor.clear()
    qtbot.waitUntil(lambda: not editor.findChildren(NoteTextEdit))
    visible = [label.text() for label in editor.findChildren(QLabel) if label.isVisible()]
    assert not any("Ana" in t or "secret" in t for t in visible)
    assert editor.session_id is None


def test_the_editor_follows_changes_of_others_and_skips_its_own(
    qtbot: QtBot, context: AppContext, seeded: Seeded
) -> None:
    editor = make_editor(qtbot, context)
    editor.new_session(seeded.coachee_id, "grow")
    goal = coachees.create_goal(context.vault, seeded.coachee_id, title="Sleep before midnight")
    goals_changed = Changes.of(Kind.GOALS, coachee_ids=[seeded.coachee_id])

    context.signals.broadcast(goals_changed, editor)  # its own change: nothing is rebuilt
    with pytest.raises(KeyError):
        editor.rating_box(goal.id)

    context.signals.broadcast(goals_changed, None)  # someone else's: the boxes follow
    assert editor.rating_box(goal.id).value() == -1

    # A change made through the operations API arrives the same way.
    added = context.ops.change(
        lambda vault: coachees.create_goal(vault, seeded.coachee_id, title="Ask for help")
    )
    assert added is not None
    assert editor.rating_box(added.id).value() == -1


def test_opening_a_session_saves_nothing_until_a_word_changes(
    qtbot: QtBot, context: AppContext, seeded: Seeded
) -> None:
    record = sessions.create_session(
        context.vault,
        seeded.coachee_id,
        template="grow",
        sections={**GROW_TEXT, "will": "! Ask Jonas for a first draft by Friday"},
        notes="? Who else could review the slides",
    )
    editor = make_editor(qtbot, context)
    assert editor.open_session(record.id)
    # The marks' highlighter restyles the fields after they are filled: formats, not text.
    editor.field("section:goal").setFocus()
    qtbot.wait(300)
    editor.field("notes").setFocus()
    qtbot.wait(2500)  # past the autosave's longest wait
    assert editor.status_text == "Saves as you type"
    type_into(qtbot, editor.field("notes"), ".")
    wait_saved(qtbot, editor)
    assert sessions.get_session(context.vault, record.id).notes != record.notes
