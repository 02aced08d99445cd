"""File → Import (JSON): choose a file, see what it would add, then import it all or nothing.

The file is read and checked off the UI thread (``run_query``) before anything is written: the
preview lists how many coachees, goals, sessions, experiments and measurements would be added
and the coachees' names, or the one-line reason the file is refused (the CLI's message). The
rule is said plainly: everything in the file is imported, or nothing is. Only a file that
passed the check can be imported; the import itself runs as an ``ops`` task and is checked
again in its own transaction (``services.exchange.import_document``), so a file changed since
the preview, or an id the vault already holds, still leaves the vault as it was.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coach_app.errors import CoachAppError
from coach_app.services import exchange
from coach_app.services.access import OpenVault
from coach_app.ui.context import AppContext
from coach_app.ui.file_paths import ask_open_file
from coach_app.ui.labels import counted, plain_label, set_tone
from coach_app.ui.task_progress import Progress, TaskProgress

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Preview:
    """What the dialog shows about a file: counts, names, or why it is refused."""

    coachees: int = 0
    goals: int = 0
    sessions: int = 0
    experiments: int = 0
    measurements: int = 0
    groups: int = 0
    names: tuple[str, ...] = field(default_factory=tuple)
    rejection: str | None = None


def preview_file(vault: OpenVault, path: Path) -> Preview:
    """Read and check an import file against the vault, writing nothing (off the UI thread).

    ``services.exchange.preview_import`` applies the import's own checks (the file, then the
    ids against this vault), so a file the import would refuse is refused here already.
    """
    try:
        found = exchange.preview_import(vault, path)
    except CoachAppError as exc:
        return Preview(rejection=exc.message)
    return Preview(
        coachees=found.coachees,
        goals=found.goals,
        sessions=found.sessions,
        experiments=found.experiments,
        measurements=found.measurements,
        groups=found.groups,
        names=found.coachee_names,
        rejection=found.rejection,
    )


def import_file(vault: OpenVault, path: Path, progress: Progress) -> Any:
    """Import ``path`` all or nothing (the CLI's use case); returns the service's summary."""
    progress(0.05)
    doc = exchange.read_import_file(path)
    progress(0.3)
    summary = exchange.import_document(vault, doc)
    progress(1.0)
    return summary


class ImportDialog(QDialog):
    """The preview of one import file, with Import enabled only when the file passed."""

    def __init__(self, context: AppContext, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.path = path
        self.preview: Preview | None = None
        self.setWindowTitle(self.tr("Import from a JSON export"))
        layout = QVBoxLayout(self)
        file_label = QLabel(self.tr("File: {name}").format(name=path.name))
        file_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(file_label)
        self.summary = plain_label(self.tr("Checking the file…"))
        layout.addWidget(self.summary)
        self.names = QListWidget()
        self.names.setMaximumHeight(160)
        layout.addWidget(self.names)
        rule = QLabel(
            self.tr(
                "Everything in the file is imported, or nothing is: if any part of it cannot be "
                "imported, the vault stays exactly as it is."
            )
        )
        rule.setWordWrap(True)
        layout.addWidget(rule)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button: QPushButton = buttons.addButton(
            self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setEnabled(False)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(480)
        context.ops.run_query(
            lambda v: preview_file(v, path), on_success=self.show_preview, parent=self
        )

    def show_preview(self, preview: Preview) -> None:
        """Fill the dialog from the checked file."""
        self.preview = preview
        self.names.clear()
        if preview.rejection is not None:
            self.summary.setText(preview.rejection)
            set_tone(self.summary, "error")
            self.names.hide()
            self.adjustSize()  # no empty space where the names would have been
            return
        parts = [
            counted(self.tr("%n coachee(s)", "", preview.coachees), preview.coachees),
            counted(self.tr("%n goal(s)", "", preview.goals), preview.goals),
            counted(self.tr("%n session(s)", "", preview.sessions), preview.sessions),
            counted(self.tr("%n experiment(s)", "", preview.experiments), preview.experiments),
            counted(self.tr("%n measurement(s)", "", preview.measurements), preview.measurements),
        ]
        if preview.groups:
            parts.append(counted(self.tr("%n group(s)", "", preview.groups), preview.groups))
        self.summary.setText(self.tr("This file adds: {parts}.").format(parts=", ".join(parts)))
        self.names.addItems(list(preview.names))
        self.import_button.setEnabled(True)


def start_import(
    context: AppContext,
    parent: QWidget | None,
    *,
    dialog_answer: Callable[[ImportDialog], bool] | None = None,
) -> TaskProgress | None:
    """Choose a file, preview it, import it. None when nothing was imported (or started).

    ``dialog_answer`` stands in for the coach in tests (it can wait for the preview first).
    """
    if not context.is_unlocked:
        return None
    chosen = ask_open_file(
        parent,
        QCoreApplication.translate("ImportDialog", "Import from a JSON export"),
        QCoreApplication.translate("ImportDialog", "JSON file (*.json)"),
    )
    if not chosen:
        return None
    path = Path(chosen)
    dialog = ImportDialog(context, path, parent)
    accepted = (
        dialog_answer(dialog)
        if dialog_answer is not None
        else dialog.exec() == QDialog.DialogCode.Accepted
    )
    preview = dialog.preview
    if not accepted or preview is None or preview.rejection is not None:
        return None
    if not context.is_unlocked:
        return None
    task = TaskProgress(
        parent,
        dialog.windowTitle(),
        QCoreApplication.translate("ImportDialog", "Importing…"),
    )
    task.finished.connect(lambda summary: _imported(parent, summary))
    task.start(
        context,
        lambda v, progress: import_file(v, path, progress),
        QCoreApplication.translate("ImportDialog", "the import"),
        writes=True,
    )
    return task


def _imported(parent: QWidget | None, summary: object) -> None:
    counts = [getattr(summary, kind, 0) for kind in ("coachees", "goals", "sessions")]
    counts += [getattr(summary, kind, 0) for kind in ("experiments", "measurements")]
    texts = (
        QCoreApplication.translate("ImportDialog", "%n coachee(s)", "", counts[0]),
        QCoreApplication.translate("ImportDialog", "%n goal(s)", "", counts[1]),
        QCoreApplication.translate("ImportDialog", "%n session(s)", "", counts[2]),
        QCoreApplication.translate("ImportDialog", "%n experiment(s)", "", counts[3]),
        QCoreApplication.translate("ImportDialog", "%n measurement(s)", "", counts[4]),
    )
    parts = [counted(text, n) for text, n in zip(texts, counts, strict=True)]
    groups = getattr(summary, "groups", 0)
    if groups:  # as the preview lists them
        parts.append(
            counted(QCoreApplication.translate("ImportDialog", "%n group(s)", "", groups), groups)
        )
    box = QMessageBox(
        QMessageBox.Icon.Information,
        QCoreApplication.translate("ImportDialog", "Import"),
        QCoreApplication.translate("ImportDialog", "Imported {summary}.").format(
            summary=", ".join(parts)
        ),
        QMessageBox.StandardButton.Ok,
        parent,
    )
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
