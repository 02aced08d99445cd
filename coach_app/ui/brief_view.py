"""The pre-session brief on screen (Ctrl+B): read it, save it as PDF, print it.

A dialog over the window: the brief as rich text in a large, calm font, a checkbox "Include my
private reflection" (off each time the dialog opens, so a brief shown with a coachee in the
room never carries it by accident), and Save as PDF…, Print… and Close. Esc closes it and Qt
gives the focus back to where it was.

The brief is read off the UI thread (``ops.run_query``); it is read again when the checkbox
changes or a change to this coachee is broadcast, and the dialog closes when the vault locks.
Saving runs as an ``ops`` task that writes the PDF atomically to a file the coach chose
outside the vault folder (``file_paths.choose_target``). Printing lays out the same HTML in a
``QTextDocument`` for the system print dialog (``ask_printer``, which tests replace).
"""

from __future__ import annotations

import logging
from datetime import date
from pathlib import Path

import shiboken6
from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from coach_app.changes import Changes
from coach_app.errors import Cancelled, VaultLocked
from coach_app.services import dashboard as dashboard_service
from coach_app.services.access import OpenVault
from coach_app.services.brief import Brief, build_brief
from coach_app.services.brief_render import brief_html
from coach_app.ui.context import AppContext
from coach_app.ui.errors import show_error
from coach_app.ui.file_paths import choose_target
from coach_app.ui.models import ID_ROLE
from coach_app.ui.ops import Job

log = logging.getLogger(__name__)


def locale_day(day: date) -> str:
    """``day`` in the locale's words ("3 March 2026"; the month named in the locale's language)."""
    return QLocale().toString(QDate(day.year, day.month, day.day), "d MMMM yyyy")


def ask_printer(parent: QWidget | None) -> QPrinter | None:
    """The system print dialog; the chosen printer, or None when the coach cancelled."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(QCoreApplication.translate("BriefDialog", "Print brief"))
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return printer


def default_file_name(name: str, today: date) -> str:
    """A file name to start from, e.g. "Ada Lovelace brief 2026-03-04.pdf"."""
    safe = "".join(ch for ch in name if ch.isalnum() or ch in " -_.'").strip()
    safe = safe or QCoreApplication.translate("BriefDialog", "coachee")
    return QCoreApplication.translate("BriefDialog", "{name} brief {date}.pdf").format(
        name=safe, date=today.isoformat()
    )


class BriefDialog(QDialog):
    """One coachee's pre-session brief; ``brief`` is the one shown (None while loading)."""

    def __init__(self, context: AppContext, coachee_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.coachee_id = coachee_id
        self.brief: Brief | None = None
        self.saved_to: Path | None = None
        self._generation = 0
        # Where the keyboard was, so closing (Esc) puts it back exactly there.
        self._return_focus = QApplication.focusWidget()
        self.setObjectName("briefDialog")
        self.setWindowTitle(self.tr("Pre-session brief"))

        self.view = QTextBrowser(self)
        self.view.setOpenLinks(False)
        self.view.setAccessibleName(self.tr("Pre-session brief"))
        font = self.view.font()
        font.setPointSizeF(max(font.pointSizeF(), 9.0) * 1.2)  # read at a glance, not studied
        self.view.setFont(font)
        self.view.document().setDocumentMargin(16)

        self.private_check = QCheckBox(self.tr("Include my &private reflection"), self)
        self.private_check.setChecked(False)
        self.save_button = QPushButton(self.tr("&Save as PDF…"), self)
        self.print_button = QPushButton(self.tr("P&rint…"), self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)

        bar = QHBoxLayout()
        bar.addWidget(self.private_check)
        bar.addStretch(1)
        bar.addWidget(self.save_button)
        bar.addWidget(self.print_button)
        bar.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(bar)

        self.private_check.toggled.connect(lambda _on: self.reload())
        self.save_button.clicked.connect(lambda _checked=False: self.save_pdf())
        self.print_button.clicked.connect(lambda _checked=False: self.print_brief())
        context.signals.changed.connect(self._on_changed)
        context.signals.vault_locked.connect(self.reject)
        self.finished.connect(self._disconnect)
        self._set_busy(True)
        self._size_to(parent)
        self.reload()

    def _size_to(self, parent: QWidget | None) -> None:
        if parent is None:
            self.resize(860, 680)
            return
        area = parent.window().size()
        self.resize(min(900, max(640, area.width() * 3 // 4)), max(480, area.height() * 7 // 8))

    def _disconnect(self, _result: int) -> None:
        self.context.signals.changed.disconnect(self._on_changed)
        self.context.signals.vault_locked.disconnect(self.reject)
        back = self._return_focus
        self._return_focus = None
        # Qt gives the focus to the window, not always to the widget that had it.
        if back is not None and shiboken6.isValid(back) and back.isVisible():
            back.setFocus(Qt.FocusReason.OtherFocusReason)

    def _set_busy(self, busy: bool) -> None:
        self.save_button.setEnabled(not busy)
        self.print_button.setEnabled(not busy)

    # ---- reading -------------------------------------------------------------------------------

    @property
    def include_private(self) -> bool:
        """Whether the coach ticked "Include my private reflection"."""
        return self.private_check.isChecked()

    def reload(self) -> None:
        """Read the brief again (off the UI thread) and show it."""
        if not self.context.is_unlocked:
            return
        self._generation += 1
        generation = self._generation
        cid, private, today = self.coachee_id, self.include_private, self.context.today()
        self._set_busy(True)
        self.context.ops.run_query(
            lambda vault: build_brief(vault, cid, include_private=private, today=today),
            on_success=lambda brief: self._loaded(generation, brief),
            on_failure=lambda exc: self._failed(generation, exc),
            label=self.tr("Reading the brief"),
            parent=self,
        )

    def _loaded(self, generation: int, brief: Brief) -> None:
        if generation != self._generation:
            return  # a later read (the checkbox changed again) answers instead
        self.brief = brief
        self.setWindowTitle(self.tr("Pre-session brief: {name}").format(name=brief.name))
        scroll = self.view.verticalScrollBar().value()
        self.view.setHtml(brief_html(brief, locale_day))
        self.view.verticalScrollBar().setValue(scroll)
        self._set_busy(False)

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation or isinstance(exc, VaultLocked | Cancelled):
            return
        show_error(self, exc)
        self.reject()

    def _on_changed(self, changes: Changes, _initiator: object) -> None:
        if dashboard_service.affected_by(changes, self.coachee_id):
            self.reload()

    # ---- saving and printing -------------------------------------------------------------------

    def save_pdf(self, path: Path | str | None = None) -> bool:
        """Ask where (unless ``path`` is given), then write the PDF in the background."""
        brief = self.brief
        if brief is None or not self.context.is_unlocked:
            return False
        if path is None:
            path = choose_target(
                self,
                self.context.folder,
                title=self.tr("Save brief as PDF"),
                name=default_file_name(brief.name, self.context.today()),
                file_filter=self.tr("PDF document (*.pdf)"),
                suffix=".pdf",
            )
            if path is None:
                return False
        target = Path(path)
        # What is on screen is what is saved: the same brief, reflection or not.
        self._set_busy(True)

        def work(_vault: OpenVault, job: Job) -> Path:
            # reportlab loads only when a PDF is made, off the UI thread.
            from coach_app.services.brief_pdf import write_brief_pdf  # noqa: PLC0415

            job.progress(0.1)
            return write_brief_pdf(brief, target, locale_day)

        self.context.ops.run_task(
            work,
            on_success=self._saved,
            on_failure=self._save_failed,
            label=self.tr("the brief"),
            parent=self,
        )
        return True

    def _saved(self, path: Path) -> None:
        log.info("pre-session brief saved")
        self.saved_to = path
        self._set_busy(False)

    def _save_failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        if not isinstance(exc, VaultLocked | Cancelled):
            show_error(self, exc)

    def document(self) -> QTextDocument:
        """The brief laid out for paper (the screen's HTML in a document of its own)."""
        document = QTextDocument(self)
        if self.brief is not None:
            document.setHtml(brief_html(self.brief, locale_day))
        return document

    def print_brief(self) -> bool:
        """Print the brief shown; False when nothing was printed."""
        if self.brief is None:
            return False
        printer = ask_printer(self)
        if printer is None:
            return False
        self.document().print_(printer)
        return True


def open_brief(context: AppContext, coachee_id: str, parent: QWidget | None) -> BriefDialog:
    """Show the brief of ``coachee_id`` over ``parent`` (window-modal; Esc closes it)."""
    dialog = BriefDialog(context, coachee_id, parent)
    dialog.open()
    dialog.view.setFocus()
    return dialog


def dashboard_choice(table: QAbstractItemView) -> str | None:
    """The coachee of the dashboard's current row (None when no row is current)."""
    index = table.currentIndex()
    if not index.isValid():
        return None
    coachee_id = index.siblingAtColumn(0).data(ID_ROLE)
    return str(coachee_id) if coachee_id else None
