"""The pages of the unlock screen: widgets only, no vault and no background work.

Each page collects what the coach types and says what it wants with a signal; the flow
(``ui/unlock.py``) runs key derivation and keyring calls and switches pages:

- ``CreatePage``: the passphrase, twice, with a live strength estimate;
- ``RecoveryKeyPage``: the recovery key, shown once, with "Copy" (marked sensitive, cleared
  from the clipboard after a minute), "Save as text file…" and a required "I have stored it";
- ``UnlockPage``: the passphrase, "Remember on this computer", "Use recovery key";
- ``RecoveryPage``: the recovery key; ``NewPassphrasePage``: the new passphrase that follows;
- ``BusyPage``: only says what is being prepared (the demo vault).

Every page has ``focus_first()``: where the cursor goes when it is shown.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coach_app.services.access import KeyStoreStatus
from coach_app.services.passphrase import MAX_SCORE, estimate_strength
from coach_app.ui.labels import set_tone


def heading(text: str, scale: float = 1.5) -> QLabel:
    """A large bold title that wraps."""
    label = QLabel(text)
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(True)
    label.setFont(font)
    label.setWordWrap(True)
    return label


def note(text: str = "") -> QLabel:
    """A wrapped, selectable line of explanation."""
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def password_field(name: str) -> QLineEdit:
    """A masked field that input methods are told not to learn from."""
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setAccessibleName(name)
    field.setMinimumWidth(320)
    # Input methods and predictive keyboards must not learn the passphrase.
    field.setInputMethodHints(
        Qt.InputMethodHint.ImhHiddenText
        | Qt.InputMethodHint.ImhSensitiveData
        | Qt.InputMethodHint.ImhNoPredictiveText
    )
    return field


class PassphrasePair(QWidget):
    """Passphrase, repeated, with a live strength hint and a "does it match" note."""

    changed = Signal()
    submitted = Signal()

    def __init__(self, first_label: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        first_label = first_label or self.tr("Passphrase")
        self.first = password_field(first_label)
        self.second = password_field(self.tr("Repeat the passphrase"))
        self.meter = QProgressBar()
        self.meter.setRange(0, MAX_SCORE)
        self.meter.setTextVisible(False)
        self.meter.setMaximumHeight(8)
        self.meter.setAccessibleName(self.tr("Passphrase strength"))
        self.hint = note()
        self.hint.setAccessibleName(self.tr("Passphrase strength hint"))
        self.match = note()
        self.match.setAccessibleName(self.tr("Whether the passphrases match"))
        self.show_text = QCheckBox(self.tr("Show what I type"))
        self.show_text.toggled.connect(self._toggle_echo)

        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(first_label, self.first)
        form.addRow("", self.meter)
        form.addRow("", self.hint)
        form.addRow(self.tr("Repeat"), self.second)
        form.addRow("", self.match)
        form.addRow("", self.show_text)

        self.first.textChanged.connect(self._update)
        self.second.textChanged.connect(self._update)
        self.first.returnPressed.connect(self.second.setFocus)
        self.second.returnPressed.connect(self.submitted)
        self._update()

    def _toggle_echo(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        self.first.setEchoMode(mode)
        self.second.setEchoMode(mode)

    def _update(self) -> None:
        strength = estimate_strength(self.first.text())
        self.meter.setValue(strength.score)
        verdict = self.tr("Strength: {verdict}.").format(verdict=strength.verdict)
        self.hint.setText(" ".join((verdict, *strength.hints)))
        if not self.second.text():
            self.match.setText("")
        elif self.second.text() == self.first.text():
            self.match.setText(self.tr("The passphrases match."))
        else:
            self.match.setText(self.tr("The passphrases do not match yet."))
        self.changed.emit()

    def passphrase(self) -> str:
        """The passphrase typed (both fields agree when ``is_acceptable``)."""
        return self.first.text()

    def is_acceptable(self) -> bool:
        """Long enough and typed the same way twice."""
        text = self.first.text()
        return estimate_strength(text).acceptable and text == self.second.text()

    def clear(self) -> None:
        """Empty both fields."""
        self.first.clear()
        self.second.clear()
        self.show_text.setChecked(False)


class CreatePage(QWidget):
    """First start: choose the passphrase."""

    create_requested = Signal(str)

    def __init__(self, folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pair = PassphrasePair(self.tr("Passphrase"))
        self.create_button = QPushButton(self.tr("Create vault"))
        self.create_button.setDefault(True)
        self.create_button.setAccessibleName(self.tr("Create vault"))
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Create your vault")))
        layout.addWidget(
            note(
                self.tr(
                    "Everything you write is encrypted with a key that only this passphrase (or "
                    "the recovery key you get next) can open. Nobody, including us, can reset "
                    "it. A few unusual words in a row work well.\n\nFolder: {folder}"
                ).format(folder=folder)
            )
        )
        layout.addWidget(self.pair)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.create_button)
        layout.addLayout(row)
        self.pair.changed.connect(self._update)
        self.pair.submitted.connect(self._submit)
        self.create_button.clicked.connect(self._submit)
        self._update()

    def _update(self) -> None:
        self.create_button.setEnabled(self.pair.is_acceptable())

    def _submit(self) -> None:
        if self.pair.is_acceptable():
            self.create_requested.emit(self.pair.passphrase())

    def focus_first(self) -> None:
        """Put the cursor in the passphrase field."""
        self.pair.first.setFocus()


class RecoveryKeyPage(QWidget):
    """The recovery key, shown once: copy it or save it, and confirm it is stored."""

    confirmed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
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
        start = str(Path.home() / "coach-companion-recovery-key.txt")
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the recovery key"), start, self.tr("Text files (*.txt)")
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

    def _continue(self) -> None:
        if self.stored.isChecked():
            self.confirmed.emit()


class UnlockPage(QWidget):
    """Everyday start: the passphrase, remember on this computer, or the recovery key."""

    unlock_requested = Signal(str)
    recovery_requested = Signal()

    def __init__(self, folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.passphrase = password_field(self.tr("Passphrase"))
        self.remember = QCheckBox(self.tr("Remember on this computer"))
        self.remember.setEnabled(False)
        self.remember.setToolTip(self.tr("Checking the system keyring…"))
        self.remember_reason = note()
        self.remember_reason.setAccessibleName(self.tr("Why remembering is not available"))
        self.remember_reason.hide()
        self.unlock_button = QPushButton(self.tr("Unlock"))
        self.unlock_button.setDefault(True)
        self.recovery_button = QPushButton(self.tr("Use recovery key…"))
        self.recovery_button.setFlat(True)
        self.recovery_button.setAccessibleDescription(
            self.tr(
                "Forgot the passphrase? Unlock with the recovery key and choose a new passphrase."
            )
        )
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Unlock your vault")))
        layout.addWidget(note(self.tr("Folder: {folder}").format(folder=folder)))
        form = QFormLayout()
        form.addRow(self.tr("Passphrase"), self.passphrase)
        form.addRow("", self.remember)
        layout.addLayout(form)
        # Outside the form: a wrapped label in a form row gets a height for the wrong width.
        layout.addWidget(self.remember_reason)
        row = QHBoxLayout()
        row.addWidget(self.recovery_button)
        row.addStretch(1)
        row.addWidget(self.unlock_button)
        layout.addLayout(row)
        self.passphrase.returnPressed.connect(self._submit)
        self.unlock_button.clicked.connect(self._submit)
        self.recovery_button.clicked.connect(self.recovery_requested)

    def _submit(self) -> None:
        if self.passphrase.text():
            self.unlock_requested.emit(self.passphrase.text())
        else:
            self.passphrase.setFocus()

    def set_keyring_status(self, status: KeyStoreStatus | None, remembered: bool) -> None:
        """Enable "remember" where a real OS keyring exists; otherwise say why not."""
        if status is None or not status.available:
            reason = status.reason if status else self.tr("The system keyring did not answer.")
            self.remember.setChecked(False)
            self.remember.setEnabled(False)
            self.remember.setToolTip(reason)
            self.remember_reason.setText(reason)
            set_tone(self.remember_reason, "muted")  # an aside, but it must stay readable
            self.remember_reason.show()
        else:
            self.remember.setEnabled(True)
            self.remember.setChecked(remembered)
            self.remember.setToolTip(
                self.tr(
                    "Keeps the vault's key in this computer's keyring so you are not asked at "
                    "every start. Lock (Ctrl+L) still asks for the passphrase."
                )
            )
            self.remember_reason.hide()

    def wants_remember(self) -> bool:
        """Whether the coach asked to remember the key (and remembering is possible)."""
        return self.remember.isEnabled() and self.remember.isChecked()

    def focus_first(self) -> None:
        """Put the cursor in the passphrase field."""
        self.passphrase.setFocus()


class RecoveryPage(QWidget):
    """Unlock with the recovery key."""

    recovery_submitted = Signal(str)
    back = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key_field = QLineEdit()
        self.key_field.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        # The shape of a recovery key; a language may use another letter for "a character".
        self.key_field.setPlaceholderText(
            self.tr("XXXXX-XXXXX-XXXXX-XXXXX-XXXXX-XXXXX-XXXXX-XXXXX")
        )
        self.key_field.setAccessibleName(self.tr("Recovery key"))
        self.key_field.setMinimumWidth(420)
        self.key_field.setInputMethodHints(
            Qt.InputMethodHint.ImhSensitiveData | Qt.InputMethodHint.ImhNoPredictiveText
        )
        self.unlock_button = QPushButton(self.tr("Unlock with recovery key"))
        self.unlock_button.setDefault(True)
        self.back_button = QPushButton(self.tr("Back"))
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Use your recovery key")))
        layout.addWidget(
            note(
                self.tr(
                    "Type the recovery key you stored when the vault was created. Spaces, dashes "
                    "and lower case do not matter. You then choose a new passphrase."
                )
            )
        )
        layout.addWidget(self.key_field)
        row = QHBoxLayout()
        row.addWidget(self.back_button)
        row.addStretch(1)
        row.addWidget(self.unlock_button)
        layout.addLayout(row)
        self.key_field.returnPressed.connect(self._submit)
        self.unlock_button.clicked.connect(self._submit)
        self.back_button.clicked.connect(self.back)

    def _submit(self) -> None:
        if self.key_field.text().strip():
            self.recovery_submitted.emit(self.key_field.text())

    def focus_first(self) -> None:
        """Put the cursor in the key field."""
        self.key_field.setFocus()


class NewPassphrasePage(QWidget):
    """After the recovery key: a new passphrase is required before anything else."""

    new_passphrase = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pair = PassphrasePair(self.tr("New passphrase"))
        self.set_button = QPushButton(self.tr("Set new passphrase"))
        self.set_button.setDefault(True)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Choose a new passphrase")))
        layout.addWidget(
            note(
                self.tr(
                    "The recovery key opened your vault. Choose a new passphrase now; your "
                    "recovery key stays valid."
                )
            )
        )
        layout.addWidget(self.pair)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.set_button)
        layout.addLayout(row)
        self.pair.changed.connect(self._update)
        self.pair.submitted.connect(self._submit)
        self.set_button.clicked.connect(self._submit)
        self._update()

    def _update(self) -> None:
        self.set_button.setEnabled(self.pair.is_acceptable())

    def _submit(self) -> None:
        if self.pair.is_acceptable():
            self.new_passphrase.emit(self.pair.passphrase())

    def focus_first(self) -> None:
        """Put the cursor in the passphrase field."""
        self.pair.first.setFocus()


class BusyPage(QWidget):
    """A page that only says what is being prepared (the demo vault)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = heading("", 1.2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)

    def focus_first(self) -> None:
        """Nothing to type here."""
