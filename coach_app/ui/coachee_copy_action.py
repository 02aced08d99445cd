"""Coachee → Coachee copy (PDF): the coachee's own results, with the sections the coach adds.

A small dialog lists the optional sections (``services.coachee_copy.OPTIONAL_SECTIONS``: none
is ticked, so what the coach wrote for themselves stays out unless chosen) and says plainly
that the PDF is not encrypted; the file is chosen in Documents (never in the vault folder) and
written as an ``ops`` task with a progress dialog.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from coach_app.i18n import _
from coach_app.services import coachee_copy
from coach_app.services import coachees as coachee_service
from coach_app.services.access import OpenVault
from coach_app.ui.context import AppContext
from coach_app.ui.file_export import not_encrypted_text
from coach_app.ui.file_paths import choose_target
from coach_app.ui.pdf_print import start_pdf_print
from coach_app.ui.task_progress import Progress, TaskProgress


class CoacheeCopyDialog(QDialog):
    """Which optional sections go into the coachee's copy."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Coachee copy (PDF)"))
        layout = QVBoxLayout(self)
        about = QLabel(
            self.tr(
                "A PDF for {name} to keep: their focus, goals, ratings and experiments. "
                "Add only what you want them to read:"
            ).format(name=name)
        )
        about.setWordWrap(True)
        layout.addWidget(about)
        self.sections: dict[str, QCheckBox] = {}
        for key, label in coachee_copy.OPTIONAL_SECTIONS.items():
            box = QCheckBox(_(label))
            layout.addWidget(box)
            self.sections[key] = box
        warning = QLabel(not_encrypted_text())
        warning.setWordWrap(True)
        warning.setStyleSheet("font-weight: bold;")
        layout.addWidget(warning)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.print_button = buttons.addButton(
            self.tr("Print…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.print_button.setToolTip(self.tr("Print it without saving a file"))
        self.print_button.clicked.connect(self._print)
        buttons.addButton(self.tr("Choose where and save…"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(440)
        self.printing = False

    def _print(self) -> None:
        self.printing = True
        self.accept()

    def include(self) -> frozenset[str]:
        """The optional sections ticked."""
        return frozenset(key for key, box in self.sections.items() if box.isChecked())


def start_coachee_copy(
    context: AppContext,
    coachee_id: str | None,
    parent: QWidget | None,
) -> TaskProgress | None:
    """The dialog, the file, the task; None when nothing was started."""
    if not coachee_id or not context.is_unlocked:
        return None
    name = coachee_service.get_coachee(context.vault, coachee_id).name
    choice = ask_sections(name, parent)
    if choice is None or not context.is_unlocked:
        return None
    include, printing = choice
    today = context.today()
    if printing:

        def build(vault: OpenVault, progress: Progress) -> bytes:
            return coachee_copy.build_coachee_copy_pdf(
                vault, coachee_id, include=include, progress=progress, today=today
            )

        return start_pdf_print(
            context,
            build,
            parent,
            title=QCoreApplication.translate("CoacheeCopyDialog", "Print the coachee copy"),
            text=QCoreApplication.translate("CoacheeCopyDialog", "Preparing the coachee copy…"),
            label=QCoreApplication.translate("CoacheeCopyDialog", "the coachee copy"),
        )
    target = choose_target(
        parent,
        context.folder,
        title=QCoreApplication.translate("CoacheeCopyDialog", "Save the coachee copy"),
        name=QCoreApplication.translate("CoacheeCopyDialog", "{name} copy {date}.pdf").format(
            name=safe_name(name), date=context.today().isoformat()
        ),
        file_filter=QCoreApplication.translate("CoacheeCopyDialog", "PDF document (*.pdf)"),
        suffix=".pdf",
    )
    if target is None:
        return None

    def work(vault: OpenVault, progress: Progress) -> Path:
        return coachee_copy.write_coachee_copy(
            vault, coachee_id, target, include=include, progress=progress, today=today
        )

    task = TaskProgress(
        parent,
        QCoreApplication.translate("CoacheeCopyDialog", "Coachee copy (PDF)"),
        QCoreApplication.translate("CoacheeCopyDialog", "Writing the coachee copy…"),
    )
    task.finished.connect(lambda path: _saved(parent, path))
    task.start(context, work, QCoreApplication.translate("CoacheeCopyDialog", "the coachee copy"))
    return task


def safe_name(name: str) -> str:
    """A coachee's name as a file name can hold it."""
    safe = "".join(ch for ch in name if ch.isalnum() or ch in " -_.'").strip()
    return safe or QCoreApplication.translate("CoacheeCopyDialog", "coachee")


def ask_sections(name: str, parent: QWidget | None) -> tuple[frozenset[str], bool] | None:
    """The sections ticked and whether to print rather than save; None when cancelled.

    Tests replace this function.
    """
    dialog = CoacheeCopyDialog(name, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.include(), dialog.printing


def _saved(parent: QWidget | None, path: object) -> None:
    box = QMessageBox(
        QMessageBox.Icon.Information,
        QCoreApplication.translate("CoacheeCopyDialog", "Coachee copy"),
        QCoreApplication.translate(
            "CoacheeCopyDialog",
            "Saved to {out} (NOT encrypted: keep it safe, delete it when done).",
        ).format(out=path),
        QMessageBox.StandardButton.Ok,
        parent,
    )
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
