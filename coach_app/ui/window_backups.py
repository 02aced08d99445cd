"""Backups from the window: File → Backup now, and the daily backup after every unlock.

Both run ``services.backups`` (the use case the CLI shares) as an ``ops`` task with the task's
``job.progress`` as the backup's progress callback: a lock or quit cancels the copy at its next
step, and the backup leaves nothing half-written behind. "Back up now" ends with a message box;
the daily backup is quiet (a status-bar line, never a dialog in the middle of a session).

A mixin of ``MainWindow``; the File menu's action is built by ``WindowActions``.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from coach_app.errors import CoachAppError, VaultLocked
from coach_app.services import backups
from coach_app.ui.errors import log_bug, show_error
from coach_app.ui.window_base import WindowBase

log = logging.getLogger(__name__)


class BackupActions(WindowBase):
    """Back up now, and the daily backup."""

    def backup_now(self) -> None:
        """File → Backup now: a verified, encrypted copy, written off the UI thread."""
        if not self.context.is_unlocked:
            return
        self.backup_action.setEnabled(False)
        self._status(self.tr("Backing up…"), 0)

        def done(path: Path) -> None:
            self._update_actions()
            self._status(self.tr("Backup written and verified: {path}").format(path=path), 15_000)
            box = QMessageBox(
                QMessageBox.Icon.Information,
                self.tr("Backup"),
                self.tr("Backup written and verified:\n{path}").format(path=path),
                QMessageBox.StandardButton.Ok,
                self,
            )
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.open()

        def failed(exc: BaseException) -> None:
            self._update_actions()
            self.statusBar().clearMessage()
            if isinstance(exc, VaultLocked):
                return  # locked meanwhile: nothing was written
            show_error(self, exc)

        self.context.ops.run_task(
            lambda vault, job: backups.back_up_now(vault, progress=job.progress),
            on_success=done,
            on_failure=failed,
            label=self.tr("the backup"),
            parent=self,
        )

    def _start_daily_backup(self, enabled: bool) -> None:
        """At most one verified backup a day, the newest few kept (docs/security.md 19).

        Off the UI thread, and quiet: a status-bar line, never a dialog in the middle of a
        session. A throwaway demo vault is not worth backing up.
        """
        if not enabled or self.context.demo or not self.context.is_unlocked:
            return
        self.context.ops.run_task(
            lambda vault, job: backups.daily_backup(vault, progress=job.progress),
            on_success=self._daily_backup_done,
            on_failure=self._daily_backup_failed,
            label=self.tr("the daily backup"),
            parent=self,
        )

    def _daily_backup_done(self, path: Path | None) -> None:
        if path is not None:
            self._status(
                self.tr("Daily backup written and verified: {name}").format(name=path.name)
            )

    def _daily_backup_failed(self, exc: BaseException) -> None:
        if isinstance(exc, VaultLocked):  # locked meanwhile; the next unlock tries again
            return
        if isinstance(exc, CoachAppError):
            log.warning("automatic backup failed: %s", type(exc).__name__)
            reason = exc.message
        else:
            log_bug(type(exc), exc, exc.__traceback__)
            reason = self.tr("see the log")
        self._status(self.tr("The daily backup failed: {reason}").format(reason=reason), 15_000)
