"""Labels that follow the system palette: plain text for coachee data, muted and error tones.

Coachee data is always shown as plain text, so a note can never turn into markup. Tones only
override the text colour, so a label keeps following the light or dark system palette.

``counted`` finishes a counted text ("%n result(s)") in English where no translation did.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QLabel


def counted(text: str, n: int) -> str:
    """A counted text from ``tr(..., "", n)`` with its English plural where none was translated.

    Qt chooses plural forms only from a loaded translation, so the English source
    ``"%n result(s)"`` would show as "1 result(s)" (and "%n results" as "1 results"). Counted
    texts in ``ui/`` are written with "(s)" and passed through here: a translation has its own
    forms and no "(s)"; the English source gets "1 result" and "2 results".
    """
    return text.replace("(s)", "" if n == 1 else "s")


def error_color(palette: QPalette) -> QColor:
    """A red that stays readable on ``palette``: lighter on a dark background."""
    dark = palette.color(QPalette.ColorRole.Window).lightness() < 128
    return QColor("#ff8a80") if dark else QColor("#b3261e")


def set_tone(label: QLabel, tone: str) -> None:
    """Colour a label by meaning: ``"error"``, ``"muted"`` or ``"normal"``.

    Only the text colour is overridden (a fresh ``QPalette`` resolves nothing else), so the
    label keeps following the system palette; muted is the palette's placeholder colour, and
    the error red is picked for the palette's lightness so it stays readable in dark mode.
    """
    inherited = label.palette()
    palette = QPalette()
    if tone == "error":
        palette.setColor(QPalette.ColorRole.WindowText, error_color(inherited))
    elif tone == "muted":
        palette.setColor(
            QPalette.ColorRole.WindowText, inherited.color(QPalette.ColorRole.PlaceholderText)
        )
    label.setPalette(palette)


def plain_label(text: str = "", *, wrap: bool = True, tone: str = "normal") -> QLabel:
    """A label for coachee data: plain text only, so note text can never become markup."""
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    label.setText(text)
    if tone != "normal":
        set_tone(label, tone)
    return label


def form_error_label() -> QLabel:
    """The line under a form saying what is wrong, hidden until there is something to say.

    Plain text (a message may quote what was typed) in the error colour.
    """
    label = plain_label(tone="error")
    label.setAccessibleName(QCoreApplication.translate("FormDialog", "Problem with the form"))
    label.hide()
    return label


def bold_label(text: str) -> QLabel:
    """A plain-text label in bold (titles of coachee data)."""
    label = plain_label(text)
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    return label


def caption(text: str) -> QLabel:
    """A muted explanatory line."""
    label = plain_label(text, tone="muted")
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 0.92)
    label.setFont(font)
    return label


def muted_label(text: str = "", *, wrap: bool = True) -> QLabel:
    """A plain-text label in the palette's quieter colour (readable, unlike disabled text)."""
    return plain_label(text, wrap=wrap, tone="muted")
