"""The pages of the unlock screen: widgets only, no vault and no background work.

Each page collects what the coach types and says what it wants with a signal; the flow
(``ui/unlock.py``) runs key derivation and keyring calls and switches pages:

- ``CreatePage``: the passphrase, twice, with a live strength estimate;
- ``UnlockPage``: the passphrase, "Remember on this computer", "Use recovery key";
- ``RecoveryPage``: the recovery key; ``NewPassphrasePage``: the new passphrase that follows;
- ``BusyPage``: only says what is being prepared (the demo vault).

Every page has ``focus_first()``: where the cursor goes when it is shown. The page that shows
the recovery key once lives in ``ui/recovery_key_page.py``.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coach_app.ui.labels import set_tone

if TYPE_CHECKING:
    from coach_app.services.access import KeyStoreStatus
    from coach_app.services.passphrase import PassphraseStrength


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


def _strength(passphrase: str) -> PassphraseStrength:
    # Loaded with the first page that asks (the create pages): an everyday start shows the
    # unlock page only, and the first window is painted sooner without it (issue 13).
    from coach_app.services.passphrase import estimate_strength  # noqa: PLC0415

    return estimate_strength(passphrase)


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


class PassphrasePair(QWidget):
    """Passphrase, repeated, with a live strength hint and a "does it match" note."""

    changed = Signal()
    submitted = Signal()

    def __init__(self, first_label: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        first_label = first_label or self.tr("Passphrase")
        self.first = password_field(first_label)
        self.second = password_field(self.tr("Repeat the passphrase"))
        from coach_app.services.passphrase import MAX_SCORE  # noqa: PLC0415 - see _strength

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
        strength = _strength(self.first.text())
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
        return _strength(text).acceptable and text == self.second.text()

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
            from coach_app.ui.keyring_text import keyring_unavailable_text  # noqa: PLC0415

            reason = keyring_unavailable_text(status)  # the same words as in Settings
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
