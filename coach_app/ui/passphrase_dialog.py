"""File → Change passphrase…: a new passphrase, and on request a new encryption key as well.

The coach types the current passphrase (an unlocked app may have been left alone), the new one
twice with the same strength hint as the unlock screen, and may tick "Also replace the
encryption key" for a passphrase that may have leaked. The plain change re-wraps the key in a
second; the re-encryption rewrites the vault (with progress, crash-safe, see
``vault/rekey.py``) and ends on the recovery key page with the new recovery key, shown once.
Both run through ``context.ops.run_task``; nothing here touches the vault or its key.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from coach_app.errors import CoachAppError, WrongPassphrase
from coach_app.services import access
from coach_app.services.access import KeyStore, OpenVault
from coach_app.services.keyring_check import is_remembered
from coach_app.ui.context import AppContext
from coach_app.ui.errors import show_error
from coach_app.ui.labels import set_tone
from coach_app.ui.ops import Job
from coach_app.ui.recovery_key_page import RecoveryKeyPage
from coach_app.ui.unlock_pages import PassphrasePair, heading, note, password_field


class PassphraseDialog(QDialog):
    """Change the passphrase; optionally re-encrypt under a new key and show the new recovery key.

    Args:
        context: the app context (its vault is open).
        store: the keyring wrapper, to remember the new key where the old one was remembered.
    """

    def __init__(
        self, context: AppContext, store: KeyStore | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.store = store
        self.job: Job | None = None
        self.setWindowTitle(self.tr("Change passphrase"))
        self.current = password_field(self.tr("Current passphrase"))
        self.pair = PassphrasePair(self.tr("New passphrase"))
        self.re_encrypt = QCheckBox(
            self.tr(
                "Also replace the encryption key (for a passphrase that may have leaked; "
                "takes longer)"
            )
        )
        self.re_encrypt_note = note(
            self.tr(
                "The whole vault is rewritten under a new key and you get a new recovery key; "
                "the old passphrase and the old recovery key no longer open it. Backups made "
                "before this change keep the old key: they still open with the old passphrase "
                "and the old recovery key, so delete them if the old passphrase leaked."
            )
        )
        self.error = note()
        self.error.hide()
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.setAccessibleName(self.tr("Progress"))
        self.progress.hide()
        self.change_button = QPushButton(self.tr("Change passphrase"))
        self.change_button.setDefault(True)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.recovery_page = RecoveryKeyPage(context.folder)
        self._poll = QTimer(self)
        self._poll.setInterval(100)
        self._poll.timeout.connect(self._show_progress)

        form_page = QWidget()
        layout = QVBoxLayout(form_page)
        layout.addWidget(heading(self.tr("Change your passphrase"), 1.3))
        layout.addWidget(
            note(
                self.tr(
                    "Your notes stay as they are. The recovery key stays the same unless you "
                    "also replace the encryption key."
                )
            )
        )
        current_form = QFormLayout()
        current_form.addRow(self.tr("Current passphrase"), self.current)
        layout.addLayout(current_form)
        layout.addWidget(self.pair)
        layout.addWidget(self.re_encrypt)
        layout.addWidget(self.re_encrypt_note)
        layout.addWidget(self.error)
        layout.addWidget(self.progress)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.change_button)
        layout.addLayout(buttons)

        self.pages = QStackedWidget()
        self.pages.addWidget(form_page)
        self.pages.addWidget(self.recovery_page)
        outer = QVBoxLayout(self)
        outer.addWidget(self.pages)

        self.current.textChanged.connect(self._update)
        self.current.returnPressed.connect(self.pair.first.setFocus)
        self.pair.changed.connect(self._update)
        self.pair.submitted.connect(self.submit)
        self.change_button.clicked.connect(self.submit)
        self.cancel_button.clicked.connect(self._cancel)
        self.recovery_page.confirmed.connect(self._recovery_key_stored)
        self._update()

    # ---- the form ---------------------------------------------------------------------------

    def _update(self) -> None:
        ready = bool(self.current.text()) and self.pair.is_acceptable()
        self.change_button.setEnabled(ready and self.job is None)

    def _say(self, text: str) -> None:
        self.error.setText(text)
        set_tone(self.error, "error")
        self.error.setVisible(bool(text))

    def _set_running(self, running: bool) -> None:
        for widget in (self.current, self.pair, self.re_encrypt):
            widget.setEnabled(not running)
        self.progress.setVisible(running)
        self.progress.setValue(0)
        # A plain change is over in a second or two: the bar only moves for a re-encryption.
        self.progress.setRange(0, 100 if self.re_encrypt.isChecked() else 0)
        self._update()

    def submit(self) -> None:
        """Start the change (off the UI thread) when the form is complete."""
        if self.job is not None or not self.current.text() or not self.pair.is_acceptable():
            return
        if self.context.ops.is_busy():
            # The re-encryption closes the database while it runs; other work must finish first.
            self._say(
                self.tr("Other work is still running (a backup or a report). Try again shortly.")
            )
            return
        self._say("")
        current, new = self.current.text(), self.pair.passphrase()
        re_encrypt = self.re_encrypt.isChecked()

        def work(vault: OpenVault, job: Job) -> str | None:
            return access.change_passphrase(
                vault, new, current=current, re_encrypt=re_encrypt, progress=job.progress
            )

        label = (
            self.tr("re-encrypting the vault") if re_encrypt else self.tr("changing the passphrase")
        )
        self.job = self.context.ops.run_task(
            work,
            on_success=self._done,
            on_failure=self._failed,
            label=label,
            parent=self,
            writes=True,
        )
        if self.job is not None:
            self._set_running(True)
            self._poll.start()

    def _show_progress(self) -> None:
        if self.job is not None and self.progress.maximum():
            self.progress.setValue(int(self.job.fraction * 100))

    def _finished(self) -> bool:
        """The job is over; False when this dialog is gone already."""
        if not shiboken6.isValid(self):
            return False
        self.job = None
        self._poll.stop()
        self._set_running(False)
        return True

    def _done(self, recovery_key: str | None) -> None:
        if recovery_key is not None:
            self._remember_new_key()
        if not self._finished():
            return
        self.current.clear()
        self.pair.clear()
        if recovery_key is None:
            self.accept()
            return
        self.recovery_page.show_key(recovery_key)
        self.pages.setCurrentWidget(self.recovery_page)
        self.recovery_page.focus_first()

    def _failed(self, exc: BaseException) -> None:
        if not self._finished():
            return
        if isinstance(exc, WrongPassphrase):
            self._say(self.tr("That is not the current passphrase. Nothing was changed."))
            self.current.selectAll()
            self.current.setFocus()
        elif isinstance(exc, CoachAppError):
            self._say(exc.message)
        else:
            show_error(self, exc)

    def _remember_new_key(self) -> None:
        """Where the old key was remembered on this computer, remember the new one instead."""
        store = self.store
        if store is None or not self.context.is_unlocked:
            return
        if not is_remembered(store, self.context.vault.vault_id):
            return
        self.context.ops.run_query(
            lambda vault: access.remember_key(store, vault),
            on_success=lambda _none: None,
            label=self.tr("Remembering the new key on this computer"),
        )

    def _cancel(self) -> None:
        if self.job is not None:
            # Stops a re-encryption before its switch; the vault stays as it was.
            self.job.cancel()
            return
        self.reject()

    def _recovery_key_stored(self) -> None:
        self.recovery_page.forget()
        self.accept()

    def reject(self) -> None:
        """Escape or Cancel: not while the change runs, nor before the new key is stored."""
        if self.job is not None or self.pages.currentWidget() is self.recovery_page:
            return
        super().reject()


def open_passphrase_dialog(
    context: AppContext, store: KeyStore | None, parent: QWidget | None = None
) -> PassphraseDialog:
    """Show the dialog (window-modal) and return it."""
    dialog = PassphraseDialog(context, store, parent)
    dialog.open()
    return dialog
