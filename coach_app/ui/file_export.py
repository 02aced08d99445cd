"""File → Export: the whole vault or one coachee as JSON, or the notes as Markdown.

A small dialog says what is exported and, plainly, that the file is NOT encrypted; then the
coach picks where (the dialog starts in Documents and refuses the vault folder, as the CLI
does), and the export runs as an ``ops`` task with a progress dialog. The services are the
ones the CLI uses (``services.exchange``, ``services.markdown_export``); an export whose
service is not in this build is simply not offered (``available``).
"""

from __future__ import annotations

import importlib
import importlib.util
import json
import logging
from collections.abc import Callable
from enum import Enum
from pathlib import Path
from typing import Any

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

from coach_app.services import coachees as coachee_service
from coach_app.services.access import OpenVault
from coach_app.services.files_out import write_file_atomically
from coach_app.ui.context import AppContext
from coach_app.ui.file_paths import ask_folder, choose_target, refuse_in_vault
from coach_app.ui.task_progress import Progress, TaskProgress

log = logging.getLogger(__name__)


class ExportKind(Enum):
    """What File → Export writes."""

    VAULT_JSON = "vault"
    COACHEE_JSON = "coachee"
    COACHEE_PDF = "coachee_pdf"
    MARKDOWN = "markdown"


_SERVICES = {
    ExportKind.VAULT_JSON: ("coach_app.services.exchange", "export_to_file"),
    ExportKind.COACHEE_JSON: ("coach_app.services.exchange", "export_coachee"),
    ExportKind.COACHEE_PDF: ("coach_app.services.subject_access", "write_subject_access_pdf"),
    ExportKind.MARKDOWN: ("coach_app.services.markdown_export", "export_markdown"),
}


def service(module: str, name: str) -> Callable[..., Any] | None:
    """A service function, or None when this build does not have it."""
    try:
        found = getattr(importlib.import_module(module), name, None)
    except ImportError:
        return None
    return found if callable(found) else None


def available(kind: ExportKind) -> bool:
    """Whether this build has the service that writes ``kind``.

    Found without importing it: the File menu is built with the window, and the exporters
    (the PDF's reportlab above all) load only when the coach exports.
    """
    module, _name = _SERVICES[kind]
    try:
        return importlib.util.find_spec(module) is not None
    except ImportError:
        return False


def not_encrypted_text() -> str:
    """The plain warning every export dialog shows."""
    return QCoreApplication.translate(
        "ExportDialog",
        "The exported file is NOT encrypted: anyone who can open it can read everything in it. "
        "Keep it somewhere safe and delete it when you no longer need it.",
    )


def _note(text: str) -> QLabel:
    """An explanation under a choice, wrapped."""
    label = QLabel(text)
    label.setWordWrap(True)
    label.setObjectName("exportNote")
    return label


class ExportDialog(QDialog):
    """What will be exported, the not-encrypted warning, and the Markdown options."""

    def __init__(
        self, kind: ExportKind, coachee_name: str | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.kind = kind
        layout = QVBoxLayout(self)
        if kind is ExportKind.VAULT_JSON:
            self.setWindowTitle(self.tr("Export the whole vault"))
            what = self.tr(
                "Every coachee with their goals, sessions, experiments and measurements, as one "
                "JSON file another vault can import."
            )
        elif kind is ExportKind.COACHEE_JSON:
            self.setWindowTitle(self.tr("Export this coachee"))
            what = self.tr(
                "Everything this vault holds about {name}, as one JSON file (for a subject-access "
                "request)."
            ).format(name=coachee_name or "")
        elif kind is ExportKind.COACHEE_PDF:
            self.setWindowTitle(self.tr("Export this coachee (PDF)"))
            what = self.tr(
                "Everything this vault holds about {name}, as a readable PDF (for a "
                "subject-access request)."
            ).format(name=coachee_name or "")
        else:
            self.setWindowTitle(self.tr("Export notes as Markdown"))
            what = self.tr(
                "The session notes as Markdown text files, one folder per coachee, in a folder "
                "you choose."
            )
        about = QLabel(what)
        about.setWordWrap(True)
        layout.addWidget(about)
        self.per_session = QCheckBox(self.tr("One file per session"))
        self.only_coachee = QCheckBox(self.tr("Only {name}").format(name=coachee_name or ""))
        self.include_private = QCheckBox(self.tr("Include my private reflections"))
        if kind is ExportKind.COACHEE_PDF:
            layout.addWidget(self.include_private)
            layout.addWidget(
                _note(
                    self.tr(
                        "Your private reflections are your own thoughts about the sessions. "
                        "Whether a subject-access request covers them is for you to decide "
                        "(ask your professional body or a lawyer if unsure). Left unticked, the "
                        "PDF says they were left out; everything else about {name} is in it."
                    ).format(name=coachee_name or "")
                )
            )
        if kind is ExportKind.COACHEE_JSON:
            layout.addWidget(
                _note(
                    self.tr(
                        "The file is complete, your private reflections included, so another "
                        "vault can import it. To give {name} a copy without them, export this "
                        "coachee as PDF instead."
                    ).format(name=coachee_name or "")
                )
            )
        if kind is ExportKind.MARKDOWN:
            layout.addWidget(self.per_session)
            if coachee_name:
                self.only_coachee.setChecked(True)
                layout.addWidget(self.only_coachee)
        warning = QLabel(not_encrypted_text())
        warning.setObjectName("notEncrypted")
        warning.setWordWrap(True)
        warning.setStyleSheet("font-weight: bold;")
        layout.addWidget(warning)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = buttons.addButton(
            self.tr("Choose where and export…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)


def _default_name(kind: ExportKind, coachee_name: str | None, today: str) -> str:
    safe = "".join(ch for ch in coachee_name or "" if ch.isalnum() or ch in " -_.'").strip()
    safe = safe or QCoreApplication.translate("ExportDialog", "coachee")
    if kind is ExportKind.COACHEE_JSON:
        return QCoreApplication.translate("ExportDialog", "{name} export {date}.json").format(
            name=safe, date=today
        )
    if kind is ExportKind.COACHEE_PDF:
        return QCoreApplication.translate("ExportDialog", "{name} all data {date}.pdf").format(
            name=safe, date=today
        )
    return QCoreApplication.translate("ExportDialog", "Coaching vault export {date}.json").format(
        date=today
    )


def _json_work(kind: ExportKind, coachee_id: str | None, target: Path) -> Callable[..., Path]:
    fn = service(*_SERVICES[kind])
    assert fn is not None

    def work(vault: OpenVault, progress: Progress) -> Path:
        if kind is ExportKind.VAULT_JSON:
            # Streamed a coachee at a time, as the CLI writes it: a large practice's export
            # is never held in memory, and the bar moves with each coachee.
            fn(vault, target, progress=progress)
            return target
        progress(0.05)
        text = json.dumps(fn(vault, coachee_id), ensure_ascii=False, indent=2) + "\n"
        progress(0.8)
        write_file_atomically(target, text.encode("utf-8"))
        progress(1.0)
        return target

    return work


def _pdf_work(coachee_id: str, target: Path, include_private: bool) -> Callable[..., Path]:
    fn = service(*_SERVICES[ExportKind.COACHEE_PDF])
    assert fn is not None

    def work(vault: OpenVault, progress: Progress) -> Path:
        return Path(
            fn(vault, coachee_id, target, include_private=include_private, progress=progress)
        )

    return work


def _markdown_work(coachee_id: str | None, folder: Path, per_session: bool) -> Callable[..., Path]:
    fn = service(*_SERVICES[ExportKind.MARKDOWN])
    assert fn is not None

    def work(vault: OpenVault, progress: Progress) -> Path:
        progress(0.05)
        written = fn(vault, folder, coachee_id, per_session=per_session)
        progress(1.0)
        log.info("markdown export: %d files", len(written))
        return folder

    return work


def _choose_and_plan(
    context: AppContext,
    dialog: ExportDialog,
    coachee_id: str | None,
    name: str | None,
    parent: QWidget | None,
) -> Callable[..., Path] | None:
    """Ask where (refusing the vault folder); the work to run, or None when nothing is to run."""
    kind = dialog.kind
    if kind is ExportKind.MARKDOWN:
        chosen = ask_folder(parent, QCoreApplication.translate("ExportDialog", "Export into"))
        if not chosen or refuse_in_vault(parent, Path(chosen), context.folder):
            return None
        only = coachee_id if dialog.only_coachee.isChecked() else None
        return _markdown_work(only, Path(chosen), dialog.per_session.isChecked())
    pdf = kind is ExportKind.COACHEE_PDF
    target = choose_target(
        parent,
        context.folder,
        title=dialog.windowTitle(),
        name=_default_name(kind, name, context.today().isoformat()),
        file_filter=(
            QCoreApplication.translate("ExportDialog", "PDF document (*.pdf)")
            if pdf
            else QCoreApplication.translate("ExportDialog", "JSON file (*.json)")
        ),
        suffix=".pdf" if pdf else ".json",
    )
    if target is None:
        return None
    if pdf:
        return _pdf_work(str(coachee_id), target, dialog.include_private.isChecked())
    return _json_work(kind, coachee_id, target)


def start_export(
    context: AppContext,
    kind: ExportKind,
    coachee_id: str | None,
    parent: QWidget | None,
    *,
    dialog_answer: Callable[[ExportDialog], bool] | None = None,
) -> TaskProgress | None:
    """The whole export: the dialog, the target, the task. None when nothing was started.

    ``dialog_answer`` stands in for the coach in tests (it may set the dialog's options).
    """
    if not context.is_unlocked or not available(kind):
        return None
    if kind in (ExportKind.COACHEE_JSON, ExportKind.COACHEE_PDF) and not coachee_id:
        return None
    name = coachee_service.get_coachee(context.vault, coachee_id).name if coachee_id else None
    dialog = ExportDialog(kind, name, parent)
    accepted = (
        dialog_answer(dialog)
        if dialog_answer is not None
        else dialog.exec() == QDialog.DialogCode.Accepted
    )
    if not accepted or not context.is_unlocked:
        return None
    title = dialog.windowTitle()
    work = _choose_and_plan(context, dialog, coachee_id, name, parent)
    if work is None:
        return None
    task = TaskProgress(parent, title, QCoreApplication.translate("ExportDialog", "Exporting…"))
    task.finished.connect(lambda path: _exported(parent, path))
    task.start(context, work, QCoreApplication.translate("ExportDialog", "the export"))
    return task


def _exported(parent: QWidget | None, path: object) -> None:
    box = QMessageBox(
        QMessageBox.Icon.Information,
        QCoreApplication.translate("ExportDialog", "Export"),
        QCoreApplication.translate(
            "ExportDialog", "Exported to {out} (NOT encrypted: keep it safe, delete it when done)."
        ).format(out=path),
        QMessageBox.StandardButton.Ok,
        parent,
    )
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
