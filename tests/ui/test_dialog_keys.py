"""Ctrl+Enter saves any dialog through its own Save button; Tab leaves a date field."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
)
from pytestqt.qtbot import QtBot

from coach_app.ui import dialog_keys

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def keys(qapp: QApplication) -> Iterator[None]:
    dialog_keys.install(qapp)
    yield
    dialog_keys.uninstall(qapp)


class Form(QDialog):
    """A dialog like the app's: a line, a date, a multi-line field, Save and Cancel."""

    def __init__(self) -> None:
        super().__init__()
        self.saves = 0
        self.line = QLineEdit()
        self.date = QDateEdit()
        self.after = QLineEdit()
        self.text = QPlainTextEdit()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (self.line, self.date, self.after, self.text, self.buttons):
            layout.addWidget(widget)

    def _save(self) -> None:
        self.saves += 1  # the dialog's own check would run here
        self.accept()


def shown(qtbot: QtBot) -> Form:
    form = Form()
    qtbot.addWidget(form)
    form.show()
    qtbot.waitExposed(form)
    form.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is form)
    return form


@pytest.mark.usefixtures("keys")
@pytest.mark.parametrize("key", [Qt.Key.Key_Return, Qt.Key.Key_Enter])
def test_ctrl_enter_in_a_multi_line_field_saves_through_the_save_button(
    qtbot: QtBot, key: Qt.Key
) -> None:
    form = shown(qtbot)
    form.text.setFocus()
    qtbot.keyClicks(form.text, "first line")
    qtbot.keyClick(form.text, key, CTRL)
    assert form.saves == 1
    assert form.result() == QDialog.DialogCode.Accepted
    assert form.text.toPlainText() == "first line"  # no new line was typed


@pytest.mark.usefixtures("keys")
def test_ctrl_enter_leaves_a_dialog_whose_save_is_disabled_open(qtbot: QtBot) -> None:
    form = shown(qtbot)
    form.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(False)
    form.line.setFocus()
    qtbot.keyClick(form.line, Qt.Key.Key_Return, CTRL)
    assert form.saves == 0
    assert form.isVisible()


@pytest.mark.usefixtures("keys")
def test_ctrl_enter_accepts_a_dialog_without_a_button_box(qtbot: QtBot) -> None:
    dialog = QDialog()
    qtbot.addWidget(dialog)
    field = QLineEdit(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_Enter, CTRL)
    assert dialog.result() == QDialog.DialogCode.Accepted


@pytest.mark.usefixtures("keys")
def test_tab_and_shift_tab_leave_a_date_field(qtbot: QtBot) -> None:
    form = shown(qtbot)
    form.date.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is form.date)
    qtbot.keyClick(form.date, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is form.after
    form.date.setFocus()
    qtbot.keyClick(form.date, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget() is form.line
