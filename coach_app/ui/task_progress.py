"""Long file work with a progress dialog: an ``ops`` task whose fraction is shown on the UI thread.

The work runs as ``context.ops.run_task``; its progress callback reports to the task
(``job.progress``, which raises ``Cancelled`` once the app locks or the coach presses Cancel)
and emits a signal whose queued connection moves the fraction to the ``QProgressDialog``.
The dialog closes whatever way the work ends; a lock or a cancel shows no error box.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from coach_app.errors import Cancelled, VaultLocked
from coach_app.services.access import OpenVault
from coach_app.ui.context import AppContext
from coach_app.ui.errors import show_error
from coach_app.ui.ops import Job

Progress = Callable[[float], None]


class TaskProgress(QObject):
    """One piece of file work with its progress dialog; ``finished(result)`` or ``failed(exc)``."""

    progressed = Signal(float)  # emitted from the task's thread; delivered queued
    finished = Signal(object)
    failed = Signal(object)

    def __init__(self, parent: QWidget | None, title: str, text: str) -> None:
        super().__init__(parent)
        self._parent = parent
        self.job: Job | None = None
        dialog = QProgressDialog(text, self.tr("Cancel"), 0, 100, parent)
        dialog.setWindowTitle(title)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setValue(0)
        dialog.canceled.connect(self._cancel)
        self.dialog: QProgressDialog | None = dialog
        self.progressed.connect(self._show_fraction)

    def start(
        self,
        context: AppContext,
        work: Callable[[OpenVault, Progress], Any],
        label: str,
        *,
        writes: bool = False,
    ) -> None:
        """Run ``work(vault, progress)`` as an ``ops`` task (``writes``: it changes the vault)."""

        def task(vault: OpenVault, job: Job) -> Any:
            def progress(fraction: float) -> None:
                job.progress(fraction)  # raises Cancelled once the app locks or the coach cancels
                self.progressed.emit(fraction)

            return work(vault, progress)

        self.job = context.ops.run_task(
            task,
            on_success=self._done,
            on_failure=self._fail,
            label=label,
            parent=self._parent,
            writes=writes,
        )
        if self.job is None:
            self._close()
        context.signals.vault_locked.connect(self._close)

    def _cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()
        self._close()

    def _show_fraction(self, fraction: float) -> None:
        if self.dialog is not None:
            self.dialog.setValue(round(fraction * 100))

    def _close(self) -> None:
        if self.dialog is not None:
            dialog, self.dialog = self.dialog, None
            dialog.canceled.disconnect(self._cancel)
            dialog.close()
            dialog.deleteLater()

    def _done(self, result: object) -> None:
        self._close()
        self.finished.emit(result)

    def _fail(self, exc: BaseException) -> None:
        self._close()
        self.failed.emit(exc)
        if not isinstance(exc, VaultLocked | Cancelled):
            show_error(self._parent, exc)
