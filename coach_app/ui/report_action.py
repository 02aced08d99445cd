"""The "Export report…" action: ask for a file, write the PDF in the background, show progress.

``services.report.write_report`` does the work off the UI thread; its progress callback runs on
the worker thread, so it only emits a signal, and the queued connection moves each fraction to
the ``QProgressDialog`` on the UI thread. The report is written straight to the chosen file
(atomically); nothing else is written anywhere.
"""

from __future__ import annotations

import logging
from datetime import date
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QProgressDialog, QWidget

from coach_app.errors import VaultLocked
from coach_app.services import coachees as coachee_service
from coach_app.ui.context import AppContext
from coach_app.ui.errors import show_error
from coach_app.ui.worker import run_in_background

log = logging.getLogger(__name__)


class ReportExport(QObject):
    """One report being written; ``finished(path)`` or ``failed(exception)`` ends it."""

    progressed = Signal(float)  # emitted from the worker thread; delivered queued
    finished = Signal(object)
    failed = Signal(object)

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.dialog: QProgressDialog | None = None
        self.path: Path | None = None

    def _progress_to_dialog(self, fraction: float) -> None:
        if self.dialog is not None:
            self.dialog.setValue(round(fraction * 100))


def default_file_name(name: str, today: date) -> str:
    """A file name for the coach to start from, e.g. "Ada Lovelace progress 2025-03-04.pdf"."""
    safe = "".join(ch for ch in name if ch.isalnum() or ch in " -_.'").strip() or "coachee"
    return f"{safe} progress {today.isoformat()}.pdf"


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
        chosen, _selected = QFileDialog.getSaveFileName(
            parent,
            "Save progress report",
            default_file_name(profile.name, context.today()),
            "PDF document (*.pdf)",
        )
        if not chosen:
            return None
        if not chosen.lower().endswith(".pdf"):
            chosen += ".pdf"
        path = chosen
    target = Path(path)

    export = ReportExport(parent)
    export.path = target
    dialog = QProgressDialog("Writing the progress report…", "", 0, 100, parent)
    dialog.setWindowTitle("Progress report")
    dialog.setCancelButton(None)  # the PDF is written in one go; there is nothing to cancel
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.setValue(0)
    export.dialog = dialog
    export.progressed.connect(export._progress_to_dialog)

    from coach_app.services import report  # noqa: PLC0415 - reportlab loads only when used

    today = context.today()

    def work() -> Path:
        return report.write_report(
            vault, coachee_id, target, progress=export.progressed.emit, today=today
        )

    def done(written: Path) -> None:
        dialog.close()
        dialog.deleteLater()
        export.dialog = None
        log.info("progress report written")
        export.finished.emit(written)

    def failed(exc: BaseException) -> None:
        dialog.close()
        dialog.deleteLater()
        export.dialog = None
        export.failed.emit(exc)
        if not isinstance(exc, VaultLocked):
            show_error(parent, exc)

    run_in_background(work, done, failed, export)
    return export
