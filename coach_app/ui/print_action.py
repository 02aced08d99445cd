"""Session → Print session…: the open session's notes on paper, through the system print dialog.

The page is a plain-text ``QTextDocument`` (coachee name, when, then each template section and
the notes, each under its heading), so note text can never turn into markup. The private
reflection is the coach's alone and is not printed. Before printing, the open editor's typing
is saved by the window (``flush``), so the paper shows what the screen shows.

The printer comes from ``ask_printer`` (the print dialog), which tests replace with a
``QPrinter`` writing a PDF file.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont, QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QWidget

from coach_app import templates
from coach_app.errors import CoachAppError
from coach_app.services import coachees, sessions
from coach_app.services.records import SessionRecord
from coach_app.ui.context import AppContext
from coach_app.ui.errors import show_error
from coach_app.ui.session_page import meta_text


def ask_printer(parent: QWidget | None, title: str | None = None) -> QPrinter | None:
    """The system print dialog; the chosen printer, or None when the coach cancelled."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(title or QCoreApplication.translate("PrintSession", "Print session"))
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return printer


def session_document(name: str, record: SessionRecord) -> QTextDocument:
    """The printed page: headings in bold, every note as plain text."""
    document = QTextDocument()
    cursor = QTextCursor(document)
    plain = QTextCharFormat()
    bold = QTextCharFormat()
    bold.setFontWeight(QFont.Weight.Bold)
    title = QTextCharFormat(bold)
    title.setFontPointSize(16)

    def block(text: str, look: QTextCharFormat, *, first: bool = False) -> None:
        if not first:
            cursor.insertBlock()
        cursor.insertText(text, look)

    block(name, title, first=True)
    block(meta_text(record), plain)
    try:
        parts = [
            (s.label, record.sections.get(s.key, ""))
            for s in templates.template(record.template).sections
        ]
    except CoachAppError:  # a template no longer in the catalogue: its sections by key
        parts = list(record.sections.items())
    parts.append((QCoreApplication.translate("PrintSession", "Notes"), record.notes))
    for heading, text in parts:
        if not text.strip():
            continue
        block("", plain)
        block(heading, bold)
        for line in text.splitlines() or [""]:
            block(line, plain)
    return document


def print_session(context: AppContext, session_id: str | None, parent: QWidget | None) -> bool:
    """Print the session; False when nothing was printed (cancelled, locked, unreadable)."""
    if not session_id or not context.is_unlocked:
        return False
    try:
        record = sessions.get_session(context.vault, session_id)
        name = coachees.get_coachee(context.vault, record.coachee_id).name
    except CoachAppError as exc:
        show_error(parent, exc)
        return False
    printer = ask_printer(parent)
    if printer is None:
        return False
    session_document(name, record).print_(printer)
    return True
