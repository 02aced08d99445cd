"""The unlock screen: create a vault, unlock it, or get back in with the recovery key.

``UnlockScreen`` is one widget with a small stack of pages, so the main window can show it in
its own stack and a lock brings the coach back to it in the same window:

- create: passphrase twice with a live strength hint -> the recovery key, shown once, with
  "Copy" (marked sensitive, cleared from the clipboard after a minute), "Save as text file…"
  and a required "I have stored my recovery key" before Continue;
- unlock: passphrase, "Remember on this computer" (disabled, with the reason, where no real OS
  keyring exists), "Use recovery key";
- recovery: the key -> a new passphrase, twice, before the vault is handed over.

Key derivation and keyring calls run through ``run_in_background``; while they run the page is
disabled and a busy bar shows, so the UI thread never waits on Argon2id or a hanging keyring.
A vault opened here is only handed on (``vault_opened``) once the flow is complete.
"""

from __future__ import annotations

import contextlib
import logging
import math
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

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
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from coach_app.errors import CoachAppError, KeyringUnavailable
from coach_app.ui.labels import muted_label, set_tone
from coach_app.ui.worker import run_in_background
from coach_app.vault.keyring_store import KeyringStatus, KeyringStore
from coach_app.vault.keys import KdfParams
from coach_app.vault.vault import MIN_PASSPHRASE_CHARS, Vault, vault_exists

log = logging.getLogger(__name__)

KeyringFactory = Callable[[Path], KeyringStore]

_COMMON = frozenset(
    {
        "password",
        "passw0rd",
        "12345678",
        "123456789",
        "qwertyuiop",
        "iloveyou",
        "letmein1",
        "coachcoach",
        "abcdefgh",
    }
)
STRENGTH_WORDS = ("too short", "weak", "fair", "good", "strong")


def passphrase_strength(text: str) -> tuple[int, str]:
    """A rough strength estimate, 0 (too short) to 4 (strong), with a hint how to improve it.

    Not a guarantee: it estimates the search space from length and character variety and
    punishes repeats and well-known passwords, which is enough to nudge towards a few words.
    """
    stripped = text.strip()
    if len(stripped) < MIN_PASSPHRASE_CHARS:
        missing = MIN_PASSPHRASE_CHARS - len(stripped)
        return 0, f"Type at least {missing} more character{'s' if missing != 1 else ''}."
    if stripped.casefold() in _COMMON or len(set(stripped)) <= 3:
        return 1, "Easy to guess: a few unusual words in a row work well."
    pool = 0
    pool += 26 if any(c.islower() for c in text) else 0
    pool += 26 if any(c.isupper() for c in text) else 0
    pool += 10 if any(c.isdigit() for c in text) else 0
    pool += 33 if any(not c.isalnum() for c in text) else 0
    pool += 100 if any(ord(c) > 127 for c in text) else 0
    bits = len(stripped) * math.log2(max(pool, 2))
    # Long runs of one character add length but little surprise.
    bits *= len(set(stripped)) / len(stripped) * 0.5 + 0.5
    if bits < 45:
        return 1, "Add another word or two."
    if bits < 65:
        return 2, "One more unusual word would make it much harder to guess."
    if bits < 90:
        return 3, ""
    return 4, ""


def _heading(text: str, scale: float = 1.5) -> QLabel:
    label = QLabel(text)
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(True)
    label.setFont(font)
    label.setWordWrap(True)
    return label


def _note(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def _password_field(name: str) -> QLineEdit:
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

    def __init__(self, first_label: str = "Passphrase", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.first = _password_field(first_label)
        self.second = _password_field("Repeat the passphrase")
        self.meter = QProgressBar()
        self.meter.setRange(0, 4)
        self.meter.setTextVisible(False)
        self.meter.setMaximumHeight(8)
        self.meter.setAccessibleName("Passphrase strength")
        self.hint = _note()
        self.hint.setAccessibleName("Passphrase strength hint")
        self.match = _note()
        self.match.setAccessibleName("Whether the passphrases match")
        self.show_text = QCheckBox("Show what I type")
        self.show_text.toggled.connect(self._toggle_echo)

        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(first_label, self.first)
        form.addRow("", self.meter)
        form.addRow("", self.hint)
        form.addRow("Repeat", self.second)
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
        level, hint = passphrase_strength(self.first.text())
        self.meter.setValue(level)
        self.hint.setText(f"Strength: {STRENGTH_WORDS[level]}. {hint}".strip())
        if not self.second.text():
            self.match.setText("")
        elif self.second.text() == self.first.text():
            self.match.setText("The passphrases match.")
        else:
            self.match.setText("The passphrases do not match yet.")
        self.changed.emit()

    def passphrase(self) -> str:
        """The passphrase typed (both fields agree when ``is_acceptable``)."""
        return self.first.text()

    def is_acceptable(self) -> bool:
        """Long enough and typed the same way twice."""
        text = self.first.text()
        return passphrase_strength(text)[0] > 0 and text == self.second.text()

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
        self.pair = PassphrasePair("Passphrase")
        self.create_button = QPushButton("Create vault")
        self.create_button.setDefault(True)
        self.create_button.setAccessibleName("Create vault")
        layout = QVBoxLayout(self)
        layout.addWidget(_heading("Create your vault"))
        layout.addWidget(
            _note(
                "Everything you write is encrypted with a key that only this passphrase (or "
                "the recovery key you get next) can open. Nobody, including us, can reset it. "
                f"A few unusual words in a row work well.\n\nFolder: {folder}"
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
        self.key_label.setAccessibleName("Recovery key")
        self.copy_button = QPushButton("C&opy")
        self.copy_button.setToolTip(
            "Copies the key; the clipboard is cleared after a minute if it still holds it."
        )
        self.save_button = QPushButton("Save as &text file…")
        self.stored = QCheckBox("I have stored my recovery key in a safe place")
        self.continue_button = QPushButton("Continue")
        self.continue_button.setDefault(True)
        self.copy_note = _note()
        self.copy_note.hide()

        layout = QVBoxLayout(self)
        layout.addWidget(_heading("Your recovery key"))
        layout.addWidget(
            _note(
                "If you ever forget your passphrase, this key is the only way back into your "
                "notes. It is shown once. Print it or write it down and keep it somewhere safe, "
                "away from this computer."
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
            "Copied. Paste it into your password manager now: the clipboard is cleared in a minute."
        )

    def _note(self, text: str) -> None:
        self.copy_note.setText(text)
        self.copy_note.setVisible(bool(text))

    def _ask_save(self) -> None:
        start = str(Path.home() / "coach-companion-recovery-key.txt")
        path, _filter = QFileDialog.getSaveFileName(
            self, "Save the recovery key", start, "Text files (*.txt)"
        )
        if path:
            try:
                self.save_to(Path(path))
            except OSError as exc:
                self._note(f"Could not save the file: {exc.strerror or exc}.")
            else:
                self._note(f"Saved to {path}. Move it somewhere safe.")

    def save_to(self, path: Path) -> None:
        """Write the key with a short explanation, readable by the owner only."""
        text = (
            "Coach Companion recovery key\n\n"
            f"{self.key()}\n\n"
            "This key opens your vault if you forget your passphrase. Keep it safe and private.\n"
        )
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
        self.passphrase = _password_field("Passphrase")
        self.remember = QCheckBox("Remember on this computer")
        self.remember.setEnabled(False)
        self.remember.setToolTip("Checking the system keyring…")
        self.remember_reason = _note()
        self.remember_reason.setAccessibleName("Why remembering is not available")
        self.remember_reason.hide()
        self.unlock_button = QPushButton("Unlock")
        self.unlock_button.setDefault(True)
        self.recovery_button = QPushButton("Use recovery key…")
        self.recovery_button.setFlat(True)
        self.recovery_button.setAccessibleDescription(
            "Forgot the passphrase? Unlock with the recovery key and choose a new passphrase."
        )
        layout = QVBoxLayout(self)
        layout.addWidget(_heading("Unlock your vault"))
        layout.addWidget(_note(f"Folder: {folder}"))
        form = QFormLayout()
        form.addRow("Passphrase", self.passphrase)
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

    def set_keyring_status(self, status: KeyringStatus | None, remembered: bool) -> None:
        """Enable "remember" where a real OS keyring exists; otherwise say why not."""
        if status is None or not status.available:
            reason = status.reason if status else "The system keyring did not answer."
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
                "Keeps the vault's key in this computer's keyring so you are not asked at every "
                "start. Lock (Ctrl+L) still asks for the passphrase."
            )
            self.remember_reason.hide()

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
        self.key_field.setPlaceholderText("XXXXX-XXXXX-XXXXX-XXXXX-XXXXX-XXXXX-XXXXX-XXXXX")
        self.key_field.setAccessibleName("Recovery key")
        self.key_field.setMinimumWidth(420)
        self.key_field.setInputMethodHints(
            Qt.InputMethodHint.ImhSensitiveData | Qt.InputMethodHint.ImhNoPredictiveText
        )
        self.unlock_button = QPushButton("Unlock with recovery key")
        self.unlock_button.setDefault(True)
        self.back_button = QPushButton("Back")
        layout = QVBoxLayout(self)
        layout.addWidget(_heading("Use your recovery key"))
        layout.addWidget(
            _note(
                "Type the recovery key you stored when the vault was created. Spaces, dashes "
                "and lower case do not matter. You then choose a new passphrase."
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
        self.pair = PassphrasePair("New passphrase")
        self.set_button = QPushButton("Set new passphrase")
        self.set_button.setDefault(True)
        layout = QVBoxLayout(self)
        layout.addWidget(_heading("Choose a new passphrase"))
        layout.addWidget(
            _note(
                "The recovery key opened your vault. Choose a new passphrase now; your recovery "
                "key stays valid."
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
        self.label = _heading("", 1.2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)

    def focus_first(self) -> None:
        """Nothing to type here."""


class PageStack(QWidget):
    """A stack that is as tall as the page on display, not as its tallest page.

    ``QStackedWidget`` sizes itself for every page (height-for-width included), which leaves
    the short unlock page floating in the create page's height; hidden widgets take no room in
    a box layout, so showing one page at a time does the job.
    """

    currentChanged = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._pages: list[QWidget] = []
        self._current: QWidget | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    def addWidget(self, page: QWidget) -> None:
        """Add a page (the first one added is shown)."""
        self._pages.append(page)
        self._layout.addWidget(page)
        if self._current is None:
            self._current = page
        else:
            page.hide()

    def count(self) -> int:
        """How many pages there are."""
        return len(self._pages)

    def widget(self, index: int) -> QWidget:
        """The page at ``index``."""
        return self._pages[index]

    def currentWidget(self) -> QWidget:
        """The page on display."""
        assert self._current is not None
        return self._current

    def setCurrentWidget(self, page: QWidget) -> None:
        """Show ``page`` and hide the others."""
        if page is self._current:
            return
        for other in self._pages:
            if other is not page:
                other.hide()
        page.show()
        self._current = page
        self.currentChanged.emit(self._pages.index(page))


class UnlockScreen(QWidget):
    """Create, unlock or recover the vault in ``folder``; emits ``vault_opened(Vault)``.

    Args:
        folder: the vault folder.
        kdf: Argon2id parameters for a new vault or a new passphrase; None calibrates (~0.5 s).
            Tests pass the minimum so they run fast.
        keyring_factory: builds the ``KeyringStore`` for the folder (tests inject a double).
    """

    vault_opened = Signal(object)
    notice = Signal(str)  # something the main window should say in its status bar

    def __init__(
        self,
        folder: Path,
        *,
        kdf: KdfParams | None = None,
        keyring_factory: KeyringFactory | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.folder = Path(folder)
        self._kdf = kdf
        self._keyring_factory: KeyringFactory = keyring_factory or KeyringStore
        self._store: KeyringStore | None = None
        self._pending: Vault | None = None
        self._busy = False
        self.setAccessibleName("Unlock screen")

        self.create_page = CreatePage(self.folder)
        self.recovery_key_page = RecoveryKeyPage()
        self.unlock_page = UnlockPage(self.folder)
        self.recovery_page = RecoveryPage()
        self.new_passphrase_page = NewPassphrasePage()
        self.busy_page = BusyPage()
        self.pages = PageStack()
        for page in (
            self.create_page,
            self.recovery_key_page,
            self.unlock_page,
            self.recovery_page,
            self.new_passphrase_page,
            self.busy_page,
        ):
            page.layout().setContentsMargins(0, 8, 0, 0)
            self.pages.addWidget(page)

        self.message = _note()
        self.message.setAccessibleName("Message")
        self.message.hide()
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(6)
        self.progress.setAccessibleName("Working")
        # Keep the space so the card does not jump when the bar appears.
        policy = self.progress.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        self.progress.setSizePolicy(policy)
        self.progress.hide()

        card = QFrame()
        card.setObjectName("unlockCard")
        card.setFrameShape(QFrame.Shape.StyledPanel)
        card.setMaximumWidth(640)
        card.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        inner = QVBoxLayout(card)
        inner.setContentsMargins(28, 24, 28, 24)
        brand = muted_label("Coach Companion")
        inner.addWidget(brand)
        inner.addWidget(self.pages)
        inner.addWidget(self.message)
        inner.addWidget(self.progress)

        outer = QVBoxLayout(self)
        outer.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(card, 3)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)

        self.create_page.create_requested.connect(self._create)
        self.recovery_key_page.confirmed.connect(self._recovery_key_stored)
        self.unlock_page.unlock_requested.connect(self._unlock)
        self.unlock_page.recovery_requested.connect(self._show_recovery)
        self.recovery_page.back.connect(lambda: self.reset())  # noqa: PLW0108 - drop the arg
        self.recovery_page.recovery_submitted.connect(self._unlock_with_recovery)
        self.new_passphrase_page.new_passphrase.connect(self._set_new_passphrase)
        self.reset()

    # ---- state -----------------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        """Whether key derivation or a keyring call is under way."""
        return self._busy

    @property
    def keyring_store(self) -> KeyringStore | None:
        """The keyring wrapper, once the background check has built it."""
        return self._store

    @property
    def current_page(self) -> QWidget:
        """The page on display."""
        return self.pages.currentWidget()

    def reset(self, message: str = "") -> None:
        """Back to the start: unlock if a vault exists here, else create; fields emptied."""
        self.discard_pending()
        self.unlock_page.passphrase.clear()
        self.recovery_page.key_field.clear()
        self.create_page.pair.clear()
        self.new_passphrase_page.pair.clear()
        self.recovery_key_page.forget()
        self._show(self.unlock_page if vault_exists(self.folder) else self.create_page)
        self.say(message)

    def discard_pending(self) -> None:
        """Close a vault opened here but not handed on yet (the flow was abandoned)."""
        vault, self._pending = self._pending, None
        if vault is not None and vault.is_open:
            vault.close()

    def show_busy(self, text: str) -> None:
        """Show only ``text`` and the busy bar (the demo vault is being filled)."""
        self.busy_page.label.setText(text)
        self._show(self.busy_page)
        self._set_busy(True)

    def say(self, text: str) -> None:
        """Show a calm message under the page (empty hides it)."""
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def _show(self, page: QWidget) -> None:
        self.pages.setCurrentWidget(page)
        self.say("")
        if self.isVisible():
            page.focus_first()  # type: ignore[attr-defined]

    def showEvent(self, event: Any) -> None:
        """Put the cursor where the coach types first."""
        super().showEvent(event)
        self.current_page.focus_first()  # type: ignore[attr-defined]

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.progress.setVisible(busy)
        # The busy page only says what is happening; greying it out would make it unreadable.
        self.pages.setEnabled(not busy or self.current_page is self.busy_page)
        if busy:
            self.setCursor(Qt.CursorShape.BusyCursor)
        else:
            self.unsetCursor()

    def _run(
        self,
        fn: Callable[[], Any],
        on_success: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
    ) -> None:
        self._set_busy(True)

        def ok(result: Any) -> None:
            self._set_busy(False)
            on_success(result)

        def fail(exc: BaseException) -> None:
            self._set_busy(False)
            if isinstance(exc, CoachAppError):
                on_error(exc)
            else:
                sys.excepthook(type(exc), exc, exc.__traceback__)

        run_in_background(fn, ok, fail, self)

    # ---- keyring -----------------------------------------------------------------------------

    def check_keyring(self, try_remembered: bool = False) -> None:
        """Find out (off the UI thread) whether "remember" is possible; maybe use the key.

        With ``try_remembered`` (at start only, never after a lock) a remembered key is tried
        first; if it does not work the passphrase is asked for, and nothing is touched.
        """
        folder = self.folder
        factory = self._keyring_factory
        vault_id = _vault_id(folder)

        def probe() -> tuple[KeyringStore, KeyringStatus, bool]:
            store = factory(folder)
            status = store.status()
            remembered = bool(vault_id) and status.available and store.is_remembered(vault_id)
            return store, status, remembered

        def probed(result: tuple[KeyringStore, KeyringStatus, bool]) -> None:
            self._store, status, remembered = result
            self.unlock_page.set_keyring_status(status, remembered)
            if try_remembered and remembered and self.current_page is self.unlock_page:
                self._unlock_remembered(vault_id)

        def failed(exc: BaseException) -> None:
            log.info("keyring check failed: %s", type(exc).__name__)
            self.unlock_page.set_keyring_status(None, False)

        # Probing may touch D-Bus, which can hang; it must not hold the unlock screen busy.
        run_in_background(probe, probed, failed, self)

    def _unlock_remembered(self, vault_id: str) -> None:
        store = self._store
        folder = self.folder
        assert store is not None

        def work() -> Vault | None:
            key = store.recall(vault_id)
            return Vault.unlock_with_data_key(folder, key) if key else None

        def done(vault: Vault | None) -> None:
            if vault is None:
                self.say("The remembered key was not found; enter your passphrase.")
                self.unlock_page.focus_first()
                return
            self._hand_over(vault)

        def failed(exc: BaseException) -> None:
            text = exc.message if isinstance(exc, CoachAppError) else str(exc)
            self.say(f"{text} Enter your passphrase.")
            self.unlock_page.focus_first()

        self.say("Unlocking with the key remembered on this computer…")
        self._run(work, done, failed)

    # ---- flows -------------------------------------------------------------------------------

    def _create(self, passphrase: str) -> None:
        folder, kdf = self.folder, self._kdf

        def done(result: tuple[Vault, str]) -> None:
            vault, recovery = result
            self._pending = vault
            self.create_page.pair.clear()
            self.recovery_key_page.show_key(recovery)
            self._show(self.recovery_key_page)

        def failed(exc: BaseException) -> None:
            self.say(str(exc))
            self.create_page.focus_first()

        self.say("Creating your vault…")
        self._run(lambda: Vault.create(folder, passphrase, kdf), done, failed)

    def _recovery_key_stored(self) -> None:
        vault, self._pending = self._pending, None
        self.recovery_key_page.forget()
        if vault is not None:
            self._hand_over(vault)

    def _unlock(self, passphrase: str) -> None:
        folder = self.folder
        remember = self.unlock_page.remember.isEnabled() and self.unlock_page.remember.isChecked()
        was_remembered = self._store is not None and self._store.is_remembered(
            _vault_id(folder) or ""
        )

        def done(vault: Vault) -> None:
            self.unlock_page.passphrase.clear()
            if remember:
                self._remember(vault)
            elif was_remembered and self.unlock_page.remember.isEnabled():
                self._forget(vault)
            self._hand_over(vault)

        def failed(exc: BaseException) -> None:
            page = self.unlock_page
            page.passphrase.clear()
            self.say(str(exc))
            page.focus_first()

        self.say("Unlocking…")
        self._run(lambda: Vault.unlock(folder, passphrase), done, failed)

    def _remember(self, vault: Vault) -> None:
        store = self._store
        if store is None:
            return
        vault_id, key = vault.vault_id, vault.data_key()

        def failed(exc: BaseException) -> None:
            text = exc.message if isinstance(exc, CoachAppError) else "The keyring refused."
            self.notice.emit(f"Could not remember the key on this computer: {text}")

        run_in_background(
            lambda: store.remember(vault_id, key),
            lambda _r: self.notice.emit("The key is remembered on this computer."),
            failed,
            self,
        )

    def _forget(self, vault: Vault) -> None:
        store = self._store
        if store is None:
            return
        vault_id = vault.vault_id

        def failed(exc: BaseException) -> None:
            if isinstance(exc, KeyringUnavailable):
                self.notice.emit(f"Could not forget the remembered key: {exc.message}")

        run_in_background(lambda: store.forget(vault_id), lambda _r: None, failed, self)

    def _show_recovery(self) -> None:
        self.unlock_page.passphrase.clear()
        self._show(self.recovery_page)

    def _unlock_with_recovery(self, key: str) -> None:
        folder = self.folder

        def done(vault: Vault) -> None:
            self.recovery_page.key_field.clear()
            self._pending = vault
            self._show(self.new_passphrase_page)
            self.say("Recovery key accepted. Now choose a new passphrase.")

        def failed(exc: BaseException) -> None:
            self.recovery_page.key_field.clear()
            self.say(str(exc))
            self.recovery_page.focus_first()

        self.say("Checking the recovery key…")
        self._run(lambda: Vault.unlock_with_recovery_key(folder, key), done, failed)

    def _set_new_passphrase(self, passphrase: str) -> None:
        vault, kdf = self._pending, self._kdf
        if vault is None:
            self.reset()
            return

        def done(_result: object) -> None:
            self.new_passphrase_page.pair.clear()
            self._pending = None
            self.notice.emit("New passphrase set. Your recovery key still works.")
            self._hand_over(vault)

        def failed(exc: BaseException) -> None:
            self.say(str(exc))
            self.new_passphrase_page.focus_first()

        self.say("Setting the new passphrase…")
        self._run(lambda: vault.change_passphrase(passphrase, kdf), done, failed)

    def _hand_over(self, vault: Vault) -> None:
        if vault.must_change_passphrase:
            # Only the recovery flow sets this, and it ends in a new passphrase; never skip it.
            self._pending = vault
            self._show(self.new_passphrase_page)
            return
        self.say("")
        self.vault_opened.emit(vault)


def _vault_id(folder: Path) -> str:
    """The vault id from the header, or "" if there is no readable header."""
    from coach_app.vault.header import read_header  # noqa: PLC0415 - only with a vault

    if not vault_exists(folder):
        return ""
    with contextlib.suppress(CoachAppError, OSError, ValueError):
        return read_header(folder).vault_id
    return ""
