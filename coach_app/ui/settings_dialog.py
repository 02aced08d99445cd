"""Settings: auto-lock, remember on this computer, session defaults, the backup folder.

Everything except "remember" is stored encrypted in the vault (``services.settings``), so a
setting can never say something about a coachee outside the vault. "Remember on this computer"
is the OS keyring (``KeyringStore``); its calls run off the UI thread because a keyring can hang.
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
    QVBoxLayout,
    QWidget,
)

from coach_app.errors import CoachAppError
from coach_app.services import settings as settings_service
from coach_app.ui.context import AppContext
from coach_app.ui.models import TEMPLATE_NAMES
from coach_app.ui.worker import run_in_background
from coach_app.vault.keyring_store import KeyringStatus, KeyringStore

log = logging.getLogger(__name__)


class SettingsDialog(QDialog):
    """Edit the vault's settings; ``changed`` carries the new values after Save.

    Args:
        context: the app context (the vault must be open).
        store: the keyring wrapper for this vault folder, or None if it is not known yet.
    """

    changed = Signal(dict)
    notice = Signal(str)

    def __init__(
        self,
        context: AppContext,
        store: KeyringStore | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.store = store
        self.setWindowTitle("Settings")
        self.setAccessibleName("Settings")
        self._values = settings_service.all_settings(context.vault)
        self._was_remembered = False

        self.auto_lock = QSpinBox()
        self.auto_lock.setRange(0, 480)
        self.auto_lock.setSuffix(" min")
        self.auto_lock.setSpecialValueText("Never")
        self.auto_lock.setValue(int(self._values.get("auto_lock_minutes") or 0))
        self.auto_lock.setToolTip("Lock the vault after this much time without a key or click.")
        self.remember = QCheckBox("Remember on this computer")
        self.remember_reason = QLabel()
        self.remember_reason.setWordWrap(True)
        self.remember_reason.hide()
        self.template = QComboBox()
        for key, label in TEMPLATE_NAMES.items():
            self.template.addItem(label, key)
        self.template.setCurrentIndex(
            max(0, self.template.findData(self._values.get("default_template")))
        )
        self.session_minutes = QSpinBox()
        self.session_minutes.setRange(5, 480)
        self.session_minutes.setSingleStep(5)
        self.session_minutes.setSuffix(" min")
        self.session_minutes.setValue(int(self._values.get("default_session_minutes") or 60))
        self.backup_folder = QLineEdit(str(self._values.get("backup_folder") or ""))
        self.backup_folder.setPlaceholderText(f"{context.folder / 'backups'} (default)")
        browse = QPushButton("Browse…")
        browse.clicked.connect(self._browse)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.backup_folder, 1)
        folder_row.addWidget(browse)

        form = QFormLayout()
        form.addRow("Lock after idle", self.auto_lock)
        form.addRow("", self.remember)
        form.addRow("", self.remember_reason)
        form.addRow("Default template", self.template)
        form.addRow("Default session length", self.session_minutes)
        form.addRow("Backup folder", folder_row)
        for label, widget in (
            ("Lock after idle, minutes", self.auto_lock),
            ("Default template", self.template),
            ("Default session length, minutes", self.session_minutes),
            ("Backup folder", self.backup_folder),
            ("Remember on this computer", self.remember),
        ):
            widget.setAccessibleName(label)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)
        self._show_keyring(None if store is None else store.status())

    def _show_keyring(self, status: KeyringStatus | None) -> None:
        store = self.store
        if store is None or status is None or not status.available:
            reason = status.reason if status else "The system keyring has not answered yet."
            self.remember.setEnabled(False)
            self.remember.setChecked(False)
            self.remember.setToolTip(reason)
            self.remember_reason.setText(reason)
            self.remember_reason.show()
            return
        self._was_remembered = store.is_remembered(self.context.vault.vault_id)
        self.remember.setEnabled(True)
        self.remember.setChecked(self._was_remembered)
        self.remember.setToolTip(
            "Keep the vault's key in this computer's keyring; unchecking forgets it."
        )

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, "Backup folder", self.backup_folder.text())
        if folder:
            self.backup_folder.setText(folder)

    def values(self) -> dict[str, Any]:
        """The encrypted settings as the form shows them."""
        return {
            "auto_lock_minutes": self.auto_lock.value(),
            "default_template": self.template.currentData(),
            "default_session_minutes": self.session_minutes.value(),
            "backup_folder": self.backup_folder.text().strip(),
        }

    def _save(self) -> None:
        vault = self.context.vault
        new = self.values()
        try:
            for key, value in new.items():
                if self._values.get(key) != value:
                    settings_service.set_setting(vault, key, value)
        except CoachAppError as exc:
            self.remember_reason.setText(exc.message)
            self.remember_reason.show()
            return
        self._apply_remember()
        self.changed.emit(new)
        self.accept()

    def _apply_remember(self) -> None:
        store = self.store
        if store is None or not self.remember.isEnabled():
            return
        wanted = self.remember.isChecked()
        if wanted == self._was_remembered:
            return
        vault = self.context.vault
        vault_id = vault.vault_id
        notice = self.notice

        def failed(exc: BaseException) -> None:
            text = exc.message if isinstance(exc, CoachAppError) else type(exc).__name__
            notice.emit(f"The keyring did not do it: {text}")

        if wanted:
            key = vault.data_key()
            run_in_background(
                lambda: store.remember(vault_id, key),
                lambda _r: notice.emit("The key is remembered on this computer."),
                failed,
                self.parent() or self,
            )
        else:
            run_in_background(
                lambda: store.forget(vault_id),
                lambda _r: notice.emit("The remembered key was removed from this computer."),
                failed,
                self.parent() or self,
            )
