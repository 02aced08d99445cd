"""Printing the PDFs the app builds (the progress report, the coachee copy), straight from memory.

The report and the coachee copy are built as PDF bytes in memory by the services. To print
them, each page is rendered with PDFium (``pypdfium2``) at the printer's resolution (capped, so
a 1200-dpi printer does not need a gigabyte per page) and painted onto the ``QPrinter``. The
PDF never touches the disk on its way to the printer: printing a coachee's results leaves no
unencrypted file behind, which saving a PDF and opening it in a viewer would.

The order is: the print dialog first (cancelling it costs nothing), then the PDF is built as an
``ops`` task with a progress dialog (it can take a second or two for a long history), then the
pages are printed. A lock while the PDF is being built cancels it; nothing is printed.

``ask_printer`` is looked up on ``coach_app.ui.print_action`` at call time, so tests replace it
there with a ``QPrinter`` writing a PDF file.
"""

from __future__ import annotations

from collections.abc import Callable

import pypdfium2 as pdfium
from PySide6.QtCore import QCoreApplication, QRect, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QWidget

from coach_app.services.access import OpenVault
from coach_app.ui import print_action
from coach_app.ui.context import AppContext
from coach_app.ui.errors import show_error
from coach_app.ui.task_progress import Progress, TaskProgress

#: Pages are rendered at the printer's resolution up to this; beyond it paper shows no gain.
MAX_DPI = 300

BuildPdf = Callable[[OpenVault, Progress], bytes]


class PrintFailed(RuntimeError):
    """The printer could not be opened (the message is fit for a dialog)."""


def print_pdf(printer: QPrinter, pdf: bytes) -> int:
    """Paint every page of ``pdf`` onto ``printer``; returns the number of pages printed."""
    document = pdfium.PdfDocument(pdf)
    painter = QPainter()
    try:
        if not painter.begin(printer):
            raise PrintFailed(
                QCoreApplication.translate("PrintPdf", "The printer could not be opened.")
            )
        try:
            scale = min(printer.resolution(), MAX_DPI) / 72
            for index in range(len(document)):
                if index:
                    printer.newPage()
                _paint_page(painter, document[index], scale)
        finally:
            painter.end()
        return len(document)
    finally:
        document.close()


def _paint_page(painter: QPainter, page: pdfium.PdfPage, scale: float) -> None:
    bitmap = page.render(scale=scale, rev_byteorder=True)
    try:
        pixels = bitmap.to_numpy()
        height, width = pixels.shape[0], pixels.shape[1]
        image = QImage(
            pixels.tobytes(), width, height, pixels.strides[0], QImage.Format.Format_RGB888
        )
        area = painter.viewport()
        size = image.size().scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
        painter.drawImage(QRect(area.topLeft(), size), image)
    finally:
        bitmap.close()
        page.close()


def start_pdf_print(
    context: AppContext,
    build: BuildPdf,
    parent: QWidget | None,
    *,
    title: str,
    text: str,
    label: str,
) -> TaskProgress | None:
    """Ask for a printer, build the PDF off the UI thread, print it; None when cancelled."""
    if not context.is_unlocked:
        return None
    printer = print_action.ask_printer(parent, title)
    if printer is None or not context.is_unlocked:
        return None
    task = TaskProgress(parent, title, text)

    def printed(result: object) -> None:
        if not isinstance(result, bytes):
            return
        try:
            print_pdf(printer, result)
        except PrintFailed as exc:
            show_error(parent, exc)

    task.finished.connect(printed)
    task.start(context, build, label)
    return task
