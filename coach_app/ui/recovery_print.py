"""Print the recovery key on one sheet: the app, the vault folder, the date, the key, its use.

The recovery key screen says "print it"; this draws that sheet with Qt's print support. The
printer comes from a chooser (the print dialog by default) that tests replace with a ``QPrinter``
writing a PDF, so no dialog is needed there. The key is only painted onto the printer: it is not
written to any file by this module, not put in the document name (which print queues show) and
never logged.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QRectF, Qt
from PySide6.QtGui import QFont, QFontDatabase, QFontMetricsF, QPaintDevice, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QWidget

# The translation context "RecoveryKeyPrint" is written out in every call: pyside6-lupdate
# extracts a translate() call only when both its arguments are literals.

# Gives a printer ready to paint on, or None when the coach cancelled.
PrinterChooser = Callable[[QWidget], QPrinter | None]

_KEY_POINTS = 22.0  # large enough to copy by hand; shrunk only if the line would not fit
_MIN_KEY_POINTS = 9.0


def ask_for_printer(parent: QWidget) -> QPrinter | None:
    """The system print dialog; the chosen printer, or None if the coach cancelled."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(QCoreApplication.translate("RecoveryKeyPrint", "Print the recovery key"))
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return printer


@dataclass(frozen=True)
class RecoverySheet:
    """What the printed sheet says."""

    key: str
    folder: Path | None
    date: QDate


def print_recovery_sheet(printer: QPrinter, sheet: RecoverySheet) -> bool:
    """Paint ``sheet`` on one page of ``printer``; False if the printer could not start."""
    # The queue shows the document name: it names the sheet, never the key.
    printer.setDocName(
        QCoreApplication.translate("RecoveryKeyPrint", "Coach Companion recovery key")
    )
    painter = QPainter()
    if not painter.begin(printer):
        return False
    try:
        _paint(painter, printer.pageRect(QPrinter.Unit.DevicePixel), sheet)
    finally:
        painter.end()
    return True


def _sheet_lines(sheet: RecoverySheet) -> tuple[str, str, str]:
    """The heading, the details (folder, date) and the sentence saying what the key is for."""
    title = QCoreApplication.translate("RecoveryKeyPrint", "Coach Companion recovery key")
    date = QLocale().toString(sheet.date, QLocale.FormatType.LongFormat)
    if sheet.folder is None:
        details = QCoreApplication.translate("RecoveryKeyPrint", "Printed on {date}").format(
            date=date
        )
    else:
        details = QCoreApplication.translate(
            "RecoveryKeyPrint", "Vault folder: {folder}\nPrinted on {date}"
        ).format(folder=sheet.folder, date=date)
    purpose = QCoreApplication.translate(
        "RecoveryKeyPrint",
        "If you forget your passphrase, this key is the only way to open your Coach Companion "
        "vault and read your notes. Anyone holding it can open the vault too: keep this sheet "
        "somewhere safe and private, away from the computer.",
    )
    return title, details, purpose


def _paint(painter: QPainter, page: QRectF, sheet: RecoverySheet) -> None:
    title, details, purpose = _sheet_lines(sheet)
    device = painter.device()
    assert device is not None  # the painter is active on the printer
    wrap = int(Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap)
    # The page rectangle is in device pixels with the origin at the printable area's corner.
    area = QRectF(0, 0, page.width(), page.height())
    top = 0.0

    def block(font: QFont, text: str, gap_lines: float) -> None:
        nonlocal top
        painter.setFont(font)
        box = QRectF(area.left(), top, area.width(), area.height() - top)
        used = painter.boundingRect(box, wrap, text)
        painter.drawText(box, wrap, text)
        top += used.height() + QFontMetricsF(font, device).height() * gap_lines

    heading_font = QFont(painter.font())
    heading_font.setPointSizeF(18)
    heading_font.setBold(True)
    body_font = QFont(painter.font())
    body_font.setPointSizeF(11)

    block(heading_font, title, 0.6)
    block(body_font, details, 1.5)
    block(_key_font(sheet.key, area.width(), device), sheet.key, 1.5)
    block(body_font, purpose, 0)


def _key_font(key: str, width: float, device: QPaintDevice) -> QFont:
    """A large fixed-width font, shrunk until the key fits on one line of the page."""
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    font.setStyleHint(QFont.StyleHint.Monospace)
    points = _KEY_POINTS
    while True:
        font.setPointSizeF(points)
        fits = QFontMetricsF(font, device).horizontalAdvance(key) <= width
        if fits or points <= _MIN_KEY_POINTS:
            return font
        points -= 1.0
