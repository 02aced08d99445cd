"""Settings: auto-lock, remember on this computer, session defaults, backups, and the measures.

Two tabs. General: auto-lock, remember on this computer, default template and session length,
the backup folder. Measures (``ui/settings_measures.py``): custom metrics, questionnaire wording
and reference values.

Everything except "remember" is stored encrypted in the vault (the typed ``Settings`` of
``services.settings`` and ``services.instrument_settings``), so a setting can never say something
about a coachee outside the vault. Save checks the measures before it writes anything (a
reference value without its source keeps the dialog open with the reason), then writes in one
``context.ops.change``; the views hear about it as ``Kind.SETTINGS``. "Remember on this
computer" is the OS keyring (``services.access``); its calls run off the UI thread through
``context.ops`` because a keyring can hang.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from coach_app import language_pref
from coach_app.errors import CoachAppError, VaultLocked
from coach_app.services import access
from coach_app.services import settings as settings_service
from coach_app.services.access import KeyStore, KeyStoreStatus, OpenVault
from coach_app.services.keyring_check import is_remembered
from coach_app.services.settings import Settings
from coach_app.ui import drafts
from coach_app.ui.context import AppContext
from coach_app.ui.errors import show_error
from coach_app.ui.keyring_text import keyring_unavailable_text
from coach_app.ui.labels import plain_label
from coach_app.ui.models import TEMPLATE_NAMES, template_name
from coach_app.ui.settings_measures import MeasuresTab
from coach_app.ui.tab_widgets import keyboard_tabs

log = logging.getLogger(__name__)


class SettingsDialog(QDialog):
    """Edit the vault's settings; Save writes them and closes, Cancel leaves them as they were.

    Args:
        context: the app context (the vault must be open).
        store: the keyring wrapper for this vault folder, or None if it is not known yet.
    """

    notice = Signal(str)  # something the main window should say in its status bar

    def __init__(
        self,
        context: AppContext,
        store: KeyStore | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.store = store
        self.setWindowTitle(self.tr("Settings"))
        self.setAccessibleName(self.tr("Settings"))
        self._settings = settings_service.load_settings(context.vault)
        self._was_remembered = False

        general = self._general_tab()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        self.measures = MeasuresTab(context)
        self.tabs = keyboard_tabs(QTabWidget())
        self.tabs.setAccessibleName(self.tr("Settings sections"))
        self.tabs.addTab(general, self.tr("&General"))
        self.tabs.addTab(self.measures, self.tr("&Measures"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)
        # Tall enough for every reference row without scrolling, where the screen allows it.
        screen = self.screen()
        room = screen.availableGeometry().height() - 80 if screen is not None else 720
        self.resize(780, max(480, min(720, room)))
        self._show_keyring(None if store is None else store.status())
        context.drafts.hold_dialog(self, "settings")  # a lock seals what is not saved yet

    def _general_tab(self) -> QWidget:
        stored = self._settings
        self.auto_lock = QSpinBox()
        self.auto_lock.setRange(*settings_service.AUTO_LOCK_MINUTES)
        self.auto_lock.setSuffix(self.tr(" min"))
        self.auto_lock.setSpecialValueText(self.tr("Never"))
        self.auto_lock.setValue(stored.auto_lock_minutes)
        self.auto_lock.setToolTip(
            self.tr("Lock the vault after this much time without a key or click.")
        )
        self.screen_lock = QCheckBox(
            self.tr("Also lock when the screen locks or the computer sleeps")
        )
        self.screen_lock.setChecked(stored.lock_on_screen_lock)
        self.screen_lock.setToolTip(
            self.tr("Where the system says so: Linux desktops and Windows, not macOS.")
        )
        self.remember = QCheckBox(self.tr("Remember on this computer"))
        self.remember_reason = QLabel()
        self.remember_reason.setWordWrap(True)
        self.remember_reason.hide()
        self.language = QComboBox()
        self.language.addItem(language_pref.system_label(), language_pref.SYSTEM)
        for code, name in language_pref.LANGUAGES.items():
            self.language.addItem(name, code)  # each in its own language, so anyone finds theirs
        self.language.setCurrentIndex(max(0, self.language.findData(language_pref.chosen())))
        self.language.setToolTip(self.tr("Takes effect when the app is started again."))
        self.template = QComboBox()
        for key in TEMPLATE_NAMES:
            self.template.addItem(template_name(key), key)
        self.template.setCurrentIndex(max(0, self.template.findData(stored.default_template)))
        self.session_minutes = QSpinBox()
        self.session_minutes.setRange(*settings_service.DEFAULT_SESSION_MINUTES)
        self.session_minutes.setSingleStep(5)
        self.session_minutes.setSuffix(self.tr(" min"))
        self.session_minutes.setValue(stored.default_session_minutes)
        self.session_minutes.setToolTip(
            self.tr(
                "The session clock scales each template's phase budgets to this length; "
                "a live session can change it for itself."
            )
        )
        self.cue_sound = QCheckBox(
            self.tr("Beep at a session clock cue (end of a phase, five minutes left)")
        )
        self.cue_sound.setChecked(stored.cue_sound)
        self.backup_folder = QLineEdit(stored.backup_folder)
        self.backup_folder.setPlaceholderText(
            self.tr("{folder} (default)").format(folder=self.context.folder / "backups")
        )
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.backup_folder, 1)
        folder_row.addWidget(browse)
        self.general_error = plain_label(tone="error")
        self.general_error.setAccessibleName(self.tr("Problem with the settings"))
        self.general_error.hide()

        form = QFormLayout()
        form.addRow(self.tr("Lock after idle"), self.auto_lock)
        form.addRow("", self.screen_lock)
        form.addRow("", self.remember)
        form.addRow("", self.remember_reason)
        form.addRow(self.tr("Language"), self.language)
        form.addRow(
            "", plain_label(self.tr("A new language is used from the next start."), tone="muted")
        )
        form.addRow(self.tr("Default template"), self.template)
        form.addRow(self.tr("Default session length"), self.session_minutes)
        form.addRow("", self.cue_sound)
        form.addRow(self.tr("Backup folder"), folder_row)
        for label, widget in (
            (self.tr("Lock after idle, minutes"), self.auto_lock),
            (self.tr("Language (after a restart)"), self.language),
            (self.tr("Default template"), self.template),
            (self.tr("Default session length, minutes"), self.session_minutes),
            (self.tr("Backup folder"), self.backup_folder),
            (self.tr("Remember on this computer"), self.remember),
            (self.tr("Lock when the screen locks"), self.screen_lock),
            (self.tr("Sound at a session clock cue"), self.cue_sound),
        ):
            widget.setAccessibleName(label)
        general = QWidget()
        general_layout = QVBoxLayout(general)
        general_layout.addLayout(form)
        general_layout.addWidget(self.general_error)
        general_layout.addStretch(1)
        return general

    def _show_keyring(self, status: KeyStoreStatus | None) -> None:
        store = self.store
        if store is None or status is None or not status.available:
            # The same words as the unlock screen; no store means the keyring never answered.
            reason = keyring_unavailable_text(status)
            self.remember.setEnabled(False)
            self.remember.setChecked(False)
            self.remember.setToolTip(reason)
            self.remember_reason.setText(reason)
            self.remember_reason.show()
            return
        # Reads the record this app keeps next to the vault; the keyring itself is not asked.
        self._was_remembered = is_remembered(store, self.context.vault.vault_id)
        self.remember.setEnabled(True)
        self.remember.setChecked(self._was_remembered)
        self.remember.setToolTip(
            self.tr("Keep the vault's key in this computer's keyring; unchecking forgets it.")
        )

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Backup folder"), self.backup_folder.text()
        )
        if folder:
            self.backup_folder.setText(folder)

    def values(self) -> dict[str, Any]:
        """The encrypted settings as the form shows them (fields of ``Settings``)."""
        return {
            "auto_lock_minutes": self.auto_lock.value(),
            "default_template": self.template.currentData(),
            "default_session_minutes": self.session_minutes.value(),
            "cue_sound": self.cue_sound.isChecked(),
            "backup_folder": self.backup_folder.text().strip(),
            "lock_on_screen_lock": self.screen_lock.isChecked(),
        }

    def draft_state(self) -> drafts.State | None:
        """The form as it is now, for a lock to seal (None once closed)."""
        if not self.isVisible():
            return None
        return {
            "general": self.values(),
            "remember": self.remember.isChecked(),
            "measures": self.measures.draft_state(),
            "tab": self.tabs.currentIndex(),
        }

    def restore_draft(self, state: drafts.State) -> None:
        """Show the form as ``draft_state`` kept it (after unlock)."""
        general = drafts.mapping(state, "general")
        self.auto_lock.setValue(drafts.number(general, "auto_lock_minutes", self.auto_lock.value()))
        template = self.template.findData(drafts.text(general, "default_template"))
        self.template.setCurrentIndex(template if template >= 0 else self.template.currentIndex())
        minutes = drafts.number(general, "default_session_minutes", self.session_minutes.value())
        self.session_minutes.setValue(minutes)
        self.backup_folder.setText(drafts.text(general, "backup_folder"))
        screen_lock = general.get("lock_on_screen_lock")
        if isinstance(screen_lock, bool):
            self.screen_lock.setChecked(screen_lock)
        cue_sound = general.get("cue_sound")
        if isinstance(cue_sound, bool):
            self.cue_sound.setChecked(cue_sound)
        if self.remember.isEnabled():
            self.remember.setChecked(state.get("remember") is True)
        self.measures.restore_draft(drafts.mapping(state, "measures"))
        self.tabs.setCurrentIndex(drafts.number(state, "tab"))

    @property
    def settings(self) -> Settings:
        """The settings as stored when the dialog opened or last saved."""
        return self._settings

    def _save(self) -> None:
        # The measures are checked before anything is written, so a refused reference value
        # leaves every setting as it was.
        try:
            metrics, references = self.measures.pending()
        except ValueError:
            self.tabs.setCurrentWidget(self.measures)
            return
        changed = {
            key: value
            for key, value in self.values().items()
            if getattr(self._settings, key) != value
        }
        stage = ["general"]  # which part a failure belongs to
        stored: list[Settings] = []

        def write(vault: OpenVault) -> None:
            if changed:
                stored.append(settings_service.update_settings(vault, **changed))
            stage[0] = "measures"
            self.measures.write(vault, metrics, references)

        failures: list[BaseException] = []
        self.context.ops.change(write, initiator=self, on_failure=failures.append, parent=self)
        if stored:
            self._settings = stored[0]
        if failures:
            self._failed(failures[0], stage[0])
            return
        self.general_error.hide()
        self.measures.mark_stored(metrics, references)
        self._apply_remember()
        if not self._apply_language():
            return
        self.accept()

    def _apply_language(self) -> bool:
        """Store the language for the next start (this computer's, not the vault's)."""
        wanted = str(self.language.currentData())
        if wanted == language_pref.chosen():
            return True
        try:
            language_pref.choose(wanted)
        except OSError as exc:
            self.general_error.setText(
                self.tr("The language could not be stored: {reason}").format(
                    reason=exc.strerror or exc
                )
            )
            self.general_error.show()
            return False
        return True

    def _failed(self, exc: BaseException, stage: str) -> None:
        """Show why Save did not finish, next to the part it concerns."""
        if isinstance(exc, VaultLocked):
            return  # a lock won the race; the dialog is closed with everything else
        if not isinstance(exc, CoachAppError):
            show_error(self, exc)
            return
        if stage == "measures":
            self.measures.show_error(exc.message)
            self.tabs.setCurrentWidget(self.measures)
            return
        self.general_error.setText(exc.message)
        self.general_error.show()
        self.tabs.setCurrentIndex(0)

    def _apply_remember(self) -> None:
        store = self.store
        if store is None or not self.remember.isEnabled():
            return
        wanted = self.remember.isChecked()
        if wanted == self._was_remembered:
            return
        vault_id = self.context.vault.vault_id
        notice = self.notice  # the dialog is closed by the time the keyring answers

        def failed(exc: BaseException) -> None:
            text = exc.message if isinstance(exc, CoachAppError) else type(exc).__name__
            notice.emit(self.tr("The keyring did not do it: {reason}").format(reason=text))

        if wanted:
            done = self.tr("The key is remembered on this computer.")
            self.context.ops.run_query(
                lambda vault: access.remember_key(store, vault),
                on_success=lambda _r: notice.emit(done),
                on_failure=failed,
                label=self.tr("Remembering the key on this computer"),
            )
        else:
            done = self.tr("The remembered key was removed from this computer.")
            self.context.ops.run_query(
                lambda _vault: access.forget_key(store, vault_id),
                on_success=lambda _r: notice.emit(done),
                on_failure=failed,
                label=self.tr("Forgetting the remembered key"),
            )
        self._was_remembered = wanted
