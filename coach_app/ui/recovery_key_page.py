"""The recovery key page of the unlock screen: the key, shown once, and how to keep it.

After a vault is created the coach sees the recovery key once, with "Copy" (marked sensitive,
cleared from the clipboard after a minute), "Save as text file…" (owner-only), "Print…"
(``ui/recovery_print.py``) and a required "I have stored my recovery key"; once it is checked,
Continue or Return hands the vault on. Widgets only: the flow is ``ui/unlock.py``.

Printing (Qt's print support) is loaded when the coach prints, not with the page: the page is
part of the app's first window, which must be painted quickly.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QFontDatabase, QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coach_app.ui.file_paths import ask_save_file
from coach_app.ui.unlock_pages import heading, note

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter

    from coach_app.ui.recovery_print import PrinterChooser


def ask_for_printer(parent: QWidget) -> QPrinter | None:
    """The system print dialog (``recovery_print.ask_for_printer``, loaded on first use)."""
    from coach_app.ui import recovery_print  # noqa: PLC0415 - Qt's print support, when needed

    return recovery_print.ask_for_printer(parent)


class RecoveryKeyPage(QWidget):
    """The recovery key, shown once: copy, save or print it, and confirm it is stored.

    ``choose_printer`` gives the printer for "Print…" (the print dialog; tests put a PDF printer).
    """

    confirmed = Signal()

    def __init__(self, folder: Path | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.folder = folder
        self.choose_printer: PrinterChooser = ask_for_printer
        self.key_label = QLabel()
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setPointSizeF(mono.pointSizeF() * 1.25)
        self.key_label.setFont(mono)
        self.key_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.key_label.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.key_label.setWordWrap(True)
        self.key_label.setFrameShape(QFrame.Shape.StyledPanel)
        self.key_label.setMargin(12)
        self.key_label.setAccessibleName(self.tr("Recovery key"))
        self.copy_button = QPushButton(self.tr("C&opy"))
        self.copy_button.setToolTip(
            self.tr("Copies the key; the clipboard is cleared after a minute if it still holds it.")
        )
        self.save_button = QPushButton(self.tr("Save as &text file…"))
        self.print_button = QPushButton(self.tr("&Print…"))
        self.print_button.setToolTip(self.tr("Prints the key with the vault folder and the date."))
        self.stored = QCheckBox(self.tr("I have stored my recovery key in a safe place"))
        self.continue_button = QPushButton(self.tr("Continue"))
        self.continue_button.setDefault(True)
        self.copy_note = note()
        self.copy_note.hide()

        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Your recovery key")))
        layout.addWidget(
            note(
                self.tr(
                    "If you ever forget your passphrase, this key is the only way back into your "
                    "notes. It is shown once. Print it or write it down and keep it somewhere "
                    "safe, away from this computer."
                )
            )
        )
        layout.addWidget(self.key_label)
        row = QHBoxLayout()
        row.addWidget(self.copy_button)
        row.addWidget(self.save_button)
        row.addWidget(self.print_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(self.copy_note)
        layout.addWidget(self.stored)
        row2 = QHBoxLayout()
        row2.addStretch(1)
        row2.addWidget(self.continue_button)
        layout.addLayout(row2)

        self.copy_button.clicked.connect(self.copy_key)
        self.save_button.clicked.connect(self._ask_save)
        self.print_button.clicked.connect(self.print_key)
        self.stored.toggled.connect(self.continue_button.setEnabled)
        self.continue_button.clicked.connect(self._continue)
        self.continue_button.setEnabled(False)

    def focus_first(self) -> None:
        """Put the focus on the key, so it can be selected with the keyboard."""
        self.key_label.setFocus()

    def show_key(self, key: str) -> None:
        """Display ``key`` and require the confirmation again."""
        self.key_label.setText(key)
        self.stored.setChecked(False)
        self.continue_button.setEnabled(False)
        self._note("")

    def key(self) -> str:
        """The key on display."""
        return self.key_label.text()

    def forget(self) -> None:
        """Take the key off the screen."""
        self.key_label.clear()
        self._note("")
        self.stored.setChecked(False)

    def copy_key(self) -> None:
        """Copy the key, marked sensitive; the clipboard is cleared after a minute."""
        from coach_app.ui.clipboard import clipboard_guard  # noqa: PLC0415 - Qt app needed

        clipboard_guard().copy(self.key())
        self._note(
            self.tr(
                "Copied. Paste it into your password manager now: the clipboard is cleared in "
                "a minute."
            )
        )

    def _note(self, text: str) -> None:
        self.copy_note.setText(text)
        self.copy_note.setVisible(bool(text))

    def _ask_save(self) -> None:
        path = ask_save_file(
            self,
            self.tr("Save the recovery key"),
            "coach-companion-recovery-key.txt",
            self.tr("Text files (*.txt)"),
        )
        if path:
            try:
                self.save_to(Path(path))
            except OSError as exc:
                self._note(
                    self.tr("Could not save the file: {reason}.").format(reason=exc.strerror or exc)
                )
            else:
                self._note(self.tr("Saved to {path}. Move it somewhere safe.").format(path=path))

    def save_to(self, path: Path) -> None:
        """Write the key with a short explanation, readable by the owner only."""
        text = self.tr(
            "Coach Companion recovery key\n\n{key}\n\n"
            "This key opens your vault if you forget your passphrase. Keep it safe and private.\n"
        ).format(key=self.key())
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            out.write(text)

    def print_key(self) -> None:
        """Print the key on one sheet, on the printer the coach chooses."""
        printer = self.choose_printer(self)
        if printer is None:
            return  # cancelled
        from coach_app.ui.recovery_print import (  # noqa: PLC0415 - loaded with the printer
            RecoverySheet,
            print_recovery_sheet,
        )

        sheet = RecoverySheet(self.key(), self.folder, QDate.currentDate())
        if print_recovery_sheet(printer, sheet):
            self._note(self.tr("Sent to the printer. Keep the sheet somewhere safe."))
        else:
            self._note(self.tr("Could not print: the printer did not start."))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Return continues once "I have stored it" is checked (Space still toggles the box)."""
        # Buttons and the check box leave Return to their parent, so it arrives here from
        # anywhere on the page; the box must be checked, like the Continue button.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.stored.isChecked():
            event.accept()
            self._continue()
            return
        super().keyPressEvent(event)

    def _continue(self) -> None:
        if self.stored.isChecked():
            self.confirmed.emit()
