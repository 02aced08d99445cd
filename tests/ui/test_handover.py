"""Handing the laptop over: the coachee's form alone, stored as theirs, left only with the
coach's passphrase (or a lock), and no app shortcut reaching the window behind."""

# Fixtures are imported by name and injected by pytest as same-named parameters.
# ruff: noqa: F811

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QDialog, QMainWindow
from pytestqt.qtbot import QtBot

from coach_app.services import assessments, measurements, sessions
from coach_app.ui.context import AppContext
from coach_app.ui.handover import HandoverSetupDialog, HandoverWindow
from tests.conftest import PASSPHRASE
from tests.ui.fixtures_editor import (  # noqa: F401 - clock, context, seeded are fixtures
    Seeded,
    clock,
    context,
    seeded,
)


def _window(
    qtbot: QtBot, context: AppContext, seeded: Seeded, parent: QMainWindow | None = None
) -> tuple[HandoverWindow, str]:
    record = sessions.create_session(context.vault, seeded.coachee_id, template="grow")
    window = HandoverWindow(
        context, seeded.coachee_id, "empowerment_checkin", session_id=record.id, parent=parent
    )
    if parent is None:
        qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window, record.id


def test_the_form_is_stored_as_the_coachees_own(
    qtbot: QtBot, context: AppContext, seeded: Seeded
) -> None:
    window, session_id = _window(qtbot, context, seeded)
    shown = window.findChildren(type(window.error_label))
    assert all(seeded.name not in label.text() for label in shown)  # no coachee name
    assert seeded.name not in window.windowTitle()
    assert not window.submit()  # nothing answered yet
    assert "1, 2, 3, 4" in window.error_label.text()
    for row, value in zip(window.rows, (4, 6, 7, 3), strict=True):
        qtbot.mouseClick(row.group.button(value), Qt.MouseButton.LeftButton)
    assert window.answers() == [4, 6, 7, 3]
    assert window.submit()
    stored = measurements.list_measurements(
        context.vault, seeded.coachee_id, instrument="empowerment_checkin"
    )
    assert len(stored) == 1
    assert stored[0].session_id == session_id
    assert stored[0].scores[assessments.SELF_REPORT] == 1.0
    assert stored[0].scores["self_determination"] == 7.0
    assert window.on_gate()
    assert window.answers() == [None, None, None, None]  # nothing left for the coach to read
    assert window.isVisible()


def test_esc_and_close_and_a_wrong_passphrase_keep_it_up(
    qtbot: QtBot, context: AppContext, seeded: Seeded
) -> None:
    window, _sid = _window(qtbot, context, seeded)
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert window.isVisible()
    assert window.on_gate()
    qtbot.keyClick(window.passphrase_edit, Qt.Key.Key_Escape)
    assert window.isVisible()
    window.close()  # the close button, Alt+F4
    assert window.isVisible()
    qtbot.keyClicks(window.passphrase_edit, "not the passphrase")
    qtbot.keyClick(window.passphrase_edit, Qt.Key.Key_Return)
    assert window.isVisible()
    assert window.gate_message.text() == "That is not the passphrase."
    assert window.passphrase_edit.text() == ""
    qtbot.mouseClick(window.back_button, Qt.MouseButton.LeftButton)
    assert not window.on_gate()
    window.reject()
    qtbot.keyClicks(window.passphrase_edit, PASSPHRASE)
    qtbot.keyClick(window.passphrase_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not window.isVisible())
    assert window.result() == QDialog.DialogCode.Accepted


def test_app_shortcuts_do_not_reach_the_window_behind_and_ctrl_l_locks(
    qtbot: QtBot, context: AppContext, seeded: Seeded
) -> None:
    main = QMainWindow()
    qtbot.addWidget(main)
    fired: list[str] = []
    new = QShortcut(QKeySequence("Ctrl+N"), main, lambda: fired.append("new"))
    new.setContext(Qt.ShortcutContext.ApplicationShortcut)
    main.show()
    window, _sid = _window(qtbot, context, seeded, parent=main)
    button = window.rows[0].group.button(5)
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert fired == []
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert window.answers()[0] == 5
    qtbot.keyClick(button, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not context.is_unlocked)
    qtbot.waitUntil(lambda: not window.isVisible())
    assert window.answers() == [None, None, None, None]  # discarded, not sealed
    assert context.drafts.kinds() == []


def test_the_coach_picks_the_form_and_the_language(
    qtbot: QtBot, context: AppContext, seeded: Seeded
) -> None:
    setup = HandoverSetupDialog(context)
    qtbot.addWidget(setup)
    offered = [setup.instrument_combo.itemData(i) for i in range(setup.instrument_combo.count())]
    assert offered == ["empowerment_checkin", "gse"]  # the others need their wording first
    languages = [setup.language_combo.itemData(i) for i in range(setup.language_combo.count())]
    assert languages[0] == "en" and "fr" in languages
    setup.language_combo.setCurrentIndex(languages.index("fr"))
    assert setup.choice() == ("empowerment_checkin", "fr")
