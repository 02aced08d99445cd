"""The side panel: marks of last time and of now, and the quick ratings taken by keyboard."""

# Fixtures are imported by name and injected by pytest as same-named parameters.
# ruff: noqa: F811

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from coach_app.services import marks as mark_service
from coach_app.services import measurements, sessions
from coach_app.ui.context import AppContext
from coach_app.ui.session_editor import SessionEditor
from coach_app.ui.session_side_panel import SessionSidePanel
from tests.ui.fixtures_editor import (  # noqa: F401 - clock, context, seeded are fixtures
    FakeClock,
    Seeded,
    clock,
    context,
    seeded,
)


def _panel(qtbot: QtBot, context: AppContext, session_id: str) -> SessionSidePanel:
    panel = SessionSidePanel(context, sessions.get_session(context.vault, session_id))
    qtbot.addWidget(panel)
    return panel


def test_marked_last_time_and_marks_of_this_session(
    qtbot: QtBot, context: AppContext, seeded: Seeded
) -> None:
    vault = context.vault
    sessions.create_session(
        vault,
        seeded.coachee_id,
        template="grow",
        started_at="2025-02-01T10:00",
        sections={"will": "➜ Ask Jonas for a draft"},
        notes="❝ I want to stop rescuing\nplain",
        private_reflection="★ my own hunch",
    )
    now = sessions.create_session(
        vault, seeded.coachee_id, template="grow", started_at="2025-03-04T10:00"
    )
    panel = _panel(qtbot, context, now.id)
    assert panel.previous_marks_label.text() == "➜ Ask Jonas for a draft\n❝ I want to stop rescuing"
    assert panel.current_marks_label.text() == "Nothing marked yet."
    panel.show_current_marks(
        mark_service.marks_in(now.id, now.started_at, {"goal": "★ Own the retro"}, "")
    )
    assert panel.current_marks_label.text() == "★ Own the retro"


def test_a_first_session_says_nothing_was_marked(
    qtbot: QtBot, context: AppContext, seeded: Seeded
) -> None:
    record = sessions.create_session(context.vault, seeded.coachee_id, template="grow")
    panel = _panel(qtbot, context, record.id)
    assert panel.previous_marks_label.text() == "Nothing was marked last time."


def test_confidence_and_checkin_by_keyboard_in_seconds(
    qtbot: QtBot, context: AppContext, seeded: Seeded, clock: FakeClock
) -> None:
    clock.current = datetime(2025, 3, 10, 9, 30)
    editor = SessionEditor(context)
    qtbot.addWidget(editor)
    editor.resize(1100, 750)
    editor.show()
    qtbot.waitExposed(editor)
    editor.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is editor)
    editor.new_session(seeded.coachee_id, "grow")
    session_id = editor.session_id
    assert session_id is not None
    panel = editor.findChild(SessionSidePanel)
    assert panel is not None

    first_box = panel.first_rating_box()
    assert first_box is not None
    first_box.setFocus()
    qtbot.waitUntil(first_box.hasFocus)
    qtbot.keyClick(first_box, Qt.Key.Key_7)
    qtbot.keyClick(first_box, Qt.Key.Key_Tab)  # on to the next box: the rating is saved
    focused = QApplication.focusWidget()
    assert focused is panel.rating_box(seeded.goal_ids[1]).lineEdit() or focused is (
        panel.rating_box(seeded.goal_ids[1])
    )
    qtbot.waitUntil(
        lambda: (
            [
                m.value
                for m in measurements.list_measurements(
                    context.vault, seeded.coachee_id, instrument="confidence"
                )
            ]
            == [7.0]
        )
    )

    boxes = panel.checkin_boxes()
    boxes[0].setFocus()
    qtbot.waitUntil(boxes[0].hasFocus)
    for digit in (Qt.Key.Key_6, Qt.Key.Key_8, Qt.Key.Key_5):
        qtbot.keyClick(QApplication.focusWidget(), digit)
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert measurements.session_checkin(context.vault, session_id) is None  # three of four
    assert panel.checkin_status.text() == "Rate all four to record the check-in."
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_9)
    assert measurements.session_checkin(context.vault, session_id) == [6, 8, 5, 9]
    assert panel.checkin_status.text() == "Check-in recorded."
    stored = measurements.list_measurements(
        context.vault, seeded.coachee_id, instrument="empowerment_checkin"
    )
    assert [(m.session_id, m.taken_on.isoformat()) for m in stored] == [(session_id, "2025-03-10")]
    assert stored[0].scores["impact"] == 9.0

    editor.done()
    editor.open_session(session_id)
    reopened = editor.findChild(SessionSidePanel)
    assert reopened is not None
    qtbot.waitUntil(lambda: reopened.checkin() == [6, 8, 5, 9])
