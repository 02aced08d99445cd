"""File → Restore…: replace the vault's data with a backup, the CLI's ``restore`` from the window.

Order, and why it is safe: the coach picks the backup and types the passphrase first (nothing
has happened yet; Cancel leaves everything as it was). Then the app LOCKS through the context
(drafts are saved or sealed, running work is finished, the vault is closed, every view is
emptied and the unlock screen shows). Only then does ``services.maintenance.restore`` run, off
the UI thread with a progress dialog: with the vault closed no connection, autosave or ``ops``
task can write while the files are swapped, and the restore's own process lock is free to
take. The restore is atomic (it keeps a verified safety backup of the present state and leaves
the vault as it was on any failure), so the coach then unlocks from the unlock screen as usual
— whatever the outcome. ``context.ops.run_task`` cannot carry this work: it runs only against
an open vault, and the point is that none is open.

Restore is offered on the unlock screen too (a vault that no longer opens is what backups are
for); then there is nothing to lock first.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressDialog,
    QVBoxLayout,
    QWidget,
)

from coach_app.i18n import ngettext
from coach_app.services import maintenance
from coach_app.services.maintenance import RestoreResult
from coach_app.ui.context import AppContext
from coach_app.ui.errors import show_error
from coach_app.ui.file_paths import ask_open_file

log = logging.getLogger(__name__)


class RestoreDialog(QDialog):
    """What a restore does, and the passphrase it needs."""

    def __init__(self, backup: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Restore from a backup"))
        layout = QVBoxLayout(self)
        about = QLabel(
            self.tr(
                "Restore {name}?\n\nThe app locks first. The vault's data is then replaced by "
                "the backup's; what is in the vault now is kept as a verified safety backup. "
                "Coachees erased since the backup was made are erased again. Afterwards, unlock "
                "as usual."
            ).format(name=backup.name)
        )
        about.setWordWrap(True)
        layout.addWidget(about)
        layout.addWidget(QLabel(self.tr("Your passphrase (it opens the vault and the backup):")))
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        layout.addWidget(self.passphrase)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = buttons.addButton(
            self.tr("Lock and restore"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.restore_button.setEnabled(False)
        self.passphrase.textChanged.connect(lambda t: self.restore_button.setEnabled(bool(t)))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)


def ask_restore(backup: Path, parent: QWidget | None) -> str | None:
    """The passphrase, or None when the coach cancelled (tests replace this)."""
    dialog = RestoreDialog(backup, parent)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.passphrase.text()
    finally:
        dialog.passphrase.clear()


class _Relay(QObject):
    progressed = Signal(float)
    ended = Signal(object, object)  # result, error


class _RestoreRunner(QRunnable):
    def __init__(self, folder: Path, backup: Path, passphrase: str, relay: _Relay) -> None:
        super().__init__()
        self._args = (folder, backup, passphrase)
        self._relay = relay

    def run(self) -> None:
        folder, backup, passphrase = self._args
        self._args = (folder, backup, "")
        try:
            result = maintenance.restore(
                folder, backup, passphrase, progress=self._relay.progressed.emit
            )
        except BaseException as exc:  # delivered to the UI thread
            outcome: tuple[object, object] = (None, exc)
        else:
            outcome = (result, None)
        try:
            self._relay.ended.emit(*outcome)
        except RuntimeError:
            log.info("restore result not delivered: the window is gone")


def result_lines(result: RestoreResult) -> list[str]:
    """What the restore did, in the CLI's words."""
    # Spelled QCoreApplication.translate at each call: pyside6-lupdate only recognises that form
    # (an alias named ``tr`` is read as tr(source, disambiguation) and files the text wrongly).
    translate = QCoreApplication.translate
    if result.created:
        lines = [
            translate("RestoreDialog", "Vault created in {folder} from the backup.").format(
                folder=result.folder
            )
        ]
    else:
        lines = [
            translate("RestoreDialog", "Vault in {folder} restored from the backup.").format(
                folder=result.folder
            )
        ]
    if result.safety_backup is not None:
        lines.append(
            translate("RestoreDialog", "The state before the restore is kept in {path}").format(
                path=result.safety_backup
            )
        )
    if result.erasures_reapplied:
        n = result.erasures_reapplied
        lines.append(
            ngettext(
                "{n} coachee erased since the backup was erased again.",
                "{n} coachees erased since the backup were erased again.",
                n,
            ).format(n=n)
        )
    if result.kept_current_header:
        lines.append(
            translate(
                "RestoreDialog",
                "The backup predates a passphrase change; the current passphrase still applies.",
            )
        )
    return lines


def start_restore(
    context: AppContext,
    parent: QWidget | None,
    *,
    on_end: Callable[[RestoreResult | None], None] | None = None,
) -> bool:
    """Choose a backup, confirm with the passphrase, lock, restore. False when not started."""
    chosen = ask_open_file(
        parent,
        QCoreApplication.translate("RestoreDialog", "Restore from a backup"),
        QCoreApplication.translate("RestoreDialog", "Coach Companion backup (*.ccbackup)"),
    )
    if not chosen:
        return False
    backup = Path(chosen)
    passphrase = ask_restore(backup, parent)
    if not passphrase:
        return False
    if context.is_unlocked:
        context.lock()  # drafts saved or sealed, work finished, vault closed, unlock screen
        if context.is_unlocked:
            return False
    progress = QProgressDialog(
        QCoreApplication.translate("RestoreDialog", "Restoring the backup…"), "", 0, 100, parent
    )
    progress.setWindowTitle(QCoreApplication.translate("RestoreDialog", "Restore"))
    progress.setCancelButton(None)  # atomic: it finishes or leaves the vault as it was
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setAutoClose(False)
    progress.setAutoReset(False)
    progress.setValue(0)
    progress.show()
    relay = _Relay(parent)
    relay.progressed.connect(lambda fraction: progress.setValue(round(fraction * 100)))

    def ended(result: object, error: object) -> None:
        progress.close()
        progress.deleteLater()
        relay.deleteLater()
        if isinstance(error, BaseException):
            show_error(parent, error)
            if on_end is not None:
                on_end(None)
            return
        assert isinstance(result, RestoreResult)
        log.info("restore finished")
        box = QMessageBox(
            QMessageBox.Icon.Information,
            QCoreApplication.translate("RestoreDialog", "Restore"),
            "\n\n".join(result_lines(result)),
            QMessageBox.StandardButton.Ok,
            parent,
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        if on_end is not None:
            on_end(result)

    relay.ended.connect(ended)
    QThreadPool.globalInstance().start(_RestoreRunner(context.folder, backup, passphrase, relay))
    return True
