"""The "Export report…" action: ask for a file, write the PDF in the background, show progress.

``services.report.write_report`` runs as an ``ops`` task. Its progress callback runs on the
task's thread: it reports to the task (``job.progress``, which raises ``Cancelled`` once the
app locks or quits, so the report stops there) and emits a signal whose queued connection
moves the fraction to the ``QProgressDialog`` on the UI thread. The report is written straight
to the chosen file, atomically and only at the end, so a stopped report leaves nothing behind.
"""

from __future__ import annotations

import logging
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import (  # QFileDialog: tests patch report_action.QFileDialog
    QFileDialog,  # noqa: F401
    QProgressDialog,
    QWidget,
)

from coach_app.errors import Cancelled, VaultLocked
from coach_app.services import coachees as coachee_service
from coach_app.services.access import OpenVault
from coach_app.ui.context import AppContext
from coach_app.ui.errors import show_error
from coach_app.ui.file_paths import choose_target
from coach_app.ui.ops import Job
from coach_app.ui.pdf_print import start_pdf_print
from coach_app.ui.signals import AppSignals
from coach_app.ui.task_progress import Progress, TaskProgress

log = logging.getLogger(__name__)


class ReportExport(QObject):
    """One report being written; ``finished(path)`` or ``failed(exception)`` ends it.

    A lock or quit stops the report: ``failed`` then carries ``Cancelled`` and no box is shown.
    """

    progressed = Signal(float)  # emitted from the task's thread; delivered queued
    finished = Signal(object)
    failed = Signal(object)

    def __init__(self, parent: QWidget | None, signals: AppSignals) -> None:
        super().__init__(parent)
        self.dialog: QProgressDialog | None = None
        self.path: Path | None = None
        self.job: Job | None = None
        self._parent = parent
        self._signals = signals
        self._ended = False
        self.progressed.connect(self._progress_to_dialog)
        signals.vault_locked.connect(self._stopped)

    def show_progress(self) -> None:
        """The progress dialog, shown once the report takes longer than a moment."""
        dialog = QProgressDialog(self.tr("Writing the progress report…"), "", 0, 100, self._parent)
        dialog.setWindowTitle(self.tr("Progress report"))
        dialog.setCancelButton(None)  # the PDF is written in one go; a lock is what stops it
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setValue(0)
        self.dialog = dialog

    def _progress_to_dialog(self, fraction: float) -> None:
        if self.dialog is not None:
            self.dialog.setValue(round(fraction * 100))

    def _end(self) -> None:
        if self._ended:
            return
        self._ended = True
        self._signals.vault_locked.disconnect(self._stopped)
        if self.dialog is not None:
            self.dialog.close()
            self.dialog.deleteLater()
            self.dialog = None

    def done(self, written: Path) -> None:
        """The report is written (called on the UI thread)."""
        self._end()
        log.info("progress report written")
        self.finished.emit(written)

    def fail(self, exc: BaseException) -> None:
        """The report could not be written: say why (unless a lock stopped it)."""
        self._end()
        self.failed.emit(exc)
        if not isinstance(exc, VaultLocked | Cancelled):
            show_error(self._parent, exc)

    def _stopped(self) -> None:
        # The vault locked while the report was written: ``ops`` delivers no result then.
        if self._ended:
            return
        self._end()
        self.failed.emit(Cancelled(self.tr("The report was not written: the vault was locked.")))


def default_file_name(name: str, today: date) -> str:
    """A file name for the coach to start from, e.g. "Ada Lovelace progress 2025-03-04.pdf"."""
    safe = "".join(ch for ch in name if ch.isalnum() or ch in " -_.'").strip()
    safe = safe or QCoreApplication.translate("ReportExport", "coachee")
    return QCoreApplication.translate("ReportExport", "{name} progress {date}.pdf").format(
        name=safe, date=today.isoformat()
    )


def export_report(
    context: AppContext,
    coachee_id: str,
    parent: QWidget | None,
    *,
    path: Path | str | None = None,
) -> ReportExport | None:
    """Ask where to save (unless ``path`` is given), then write the report in the background.

    Returns:
        The running export (tests wait on its ``finished`` signal), or None when the coach
        cancelled the file dialog or the vault is locked.
    """
    try:
        vault = context.vault
    except VaultLocked as exc:
        show_error(parent, exc)
        return None
    if path is None:
        profile = coachee_service.get_coachee(vault, coachee_id)
        # Starts in Documents (not the program's folder) and refuses the vault folder.
        path = choose_target(
            parent,
            context.folder,
            title=QCoreApplication.translate("ReportExport", "Save progress report"),
            name=default_file_name(profile.name, context.today()),
            file_filter=QCoreApplication.translate("ReportExport", "PDF document (*.pdf)"),
            suffix=".pdf",
        )
        if path is None:
            return None
    target = Path(path)

    export = ReportExport(parent, context.signals)
    export.path = target
    export.show_progress()

    from coach_app.services import report  # noqa: PLC0415 - reportlab loads only when used

    today = context.today()

    def work(vault: OpenVault, job: Job) -> Path:
        def progress(fraction: float) -> None:
            job.progress(fraction)  # raises Cancelled once the app locks or quits
            export.progressed.emit(fraction)

        return report.write_report(vault, coachee_id, target, progress=progress, today=today)

    export.job = context.ops.run_task(
        work,
        on_success=export.done,
        on_failure=export.fail,
        label=QCoreApplication.translate("ReportExport", "the progress report"),
        parent=parent,
    )
    return export


def print_report(
    context: AppContext, coachee_id: str | None, parent: QWidget | None
) -> TaskProgress | None:
    """Coachee → Print progress report…: the same PDF, printed from memory (no file left)."""
    if not coachee_id:
        return None
    from coach_app.services import report  # noqa: PLC0415 - reportlab loads only when used

    today = context.today()

    def build(vault: OpenVault, progress: Progress) -> bytes:
        return report.build_report_pdf(vault, coachee_id, today=today, progress=progress)

    return start_pdf_print(
        context,
        build,
        parent,
        title=QCoreApplication.translate("ReportExport", "Print progress report"),
        text=QCoreApplication.translate("ReportExport", "Preparing the progress report…"),
        label=QCoreApplication.translate("ReportExport", "the progress report"),
    )
