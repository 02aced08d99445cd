"""Keys that behave the same in every dialog, handled once for the whole application.

- **Ctrl+Enter saves a dialog.** In a form with a multi-line field, Enter writes a new line;
  Ctrl+Enter (either Enter key) presses the dialog's accepting button — the button of the
  ``QDialogButtonBox`` whose role accepts (Save, OK, Yes...), so the dialog's own checks run
  exactly as for a click — or, without such a button, calls ``accept()``.
- **Tab leaves a date field.** Qt's date and time fields use Tab to step between their own
  parts (day, month, year), so a coach tabbing through a form was stuck in them; here Tab and
  Shift+Tab always move to the next or previous field. The parts are still reached with the
  arrow keys.

``install(app)`` puts the filter on the application once (``ui/launch.py`` calls it; tests call
it on their ``QApplication``). It looks only at key presses and does nothing else.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QWidget,
)

_ACCEPTING = (
    QDialogButtonBox.ButtonRole.AcceptRole,
    QDialogButtonBox.ButtonRole.YesRole,
    QDialogButtonBox.ButtonRole.ApplyRole,
)
_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


def accepting_buttons(dialog: QDialog) -> list[QAbstractButton]:
    """The visible buttons of ``dialog``'s own button boxes that accept it, in role order."""
    found: list[QAbstractButton] = []
    boxes = [b for b in dialog.findChildren(QDialogButtonBox) if b.window() is dialog]
    for role in _ACCEPTING:
        for box in boxes:
            found.extend(
                button
                for button in box.buttons()
                if box.buttonRole(button) == role and button.isVisible()
            )
    return found


def _dialog_of(widget: QWidget | None) -> QDialog | None:
    window = widget.window() if widget is not None else QApplication.activeWindow()
    if isinstance(window, QDialog) and window.isVisible():
        return window
    return None


def _date_edit_of(watched: QObject) -> QDateTimeEdit | None:
    # The key reaches the date field itself or its inner line edit, depending on the style.
    if isinstance(watched, QDateTimeEdit):
        return watched
    parent = watched.parent() if isinstance(watched, QWidget) else None
    return parent if isinstance(parent, QDateTimeEdit) else None


class DialogKeys(QObject):
    """The application-wide filter for Ctrl+Enter in dialogs and Tab in date fields."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Act on the key presses above; let everything else through."""
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        if not isinstance(watched, QWidget) or watched is not QApplication.focusWidget():
            return False  # one key press is filtered once, where it is delivered first
        key = event.key()
        modifiers = event.modifiers()
        if key in _ENTER and modifiers & Qt.KeyboardModifier.ControlModifier:
            return self._accept(watched)
        if key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab) and not (
            modifiers & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
        ):
            edit = _date_edit_of(watched)
            if edit is not None:
                forward = key == Qt.Key.Key_Tab and not (
                    modifiers & Qt.KeyboardModifier.ShiftModifier
                )
                return _leave(edit, forward=forward)
        return False

    def _accept(self, widget: QWidget) -> bool:
        dialog = _dialog_of(widget)
        if dialog is None:
            return False
        buttons = accepting_buttons(dialog)
        enabled = [b for b in buttons if b.isEnabled()]
        if enabled:
            enabled[0].click()  # the dialog's own checks run, as for a click
        elif not buttons:
            dialog.accept()
        # A dialog whose Save is disabled (not ready) stays open: the key is used up either way.
        return True


def _leave(edit: QDateTimeEdit, *, forward: bool) -> bool:
    # QWidget's own focus step, skipping QDateTimeEdit's section-stepping override.
    return bool(QWidget.focusNextPrevChild(edit, forward))


_installed: dict[int, DialogKeys] = {}


def install(app: QApplication) -> DialogKeys:
    """Put the filter on ``app`` (once; a second call returns the same filter)."""
    found = _installed.get(id(app))
    if found is None:
        found = DialogKeys(app)
        app.installEventFilter(found)
        _installed[id(app)] = found
    return found


def uninstall(app: QApplication) -> None:
    """Take the filter off ``app`` again (tests that installed it)."""
    found = _installed.pop(id(app), None)
    if found is not None:
        app.removeEventFilter(found)
        found.deleteLater()
