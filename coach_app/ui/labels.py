"""Labels that follow the system palette: plain text for coachee data, muted and error tones.

Coachee data is always shown as plain text, so a note can never turn into markup. Tones only
override the text colour (from ``coach_app.ui.theme``), and a toned label derives it again
whenever its palette changes, so it follows the light or dark system scheme while the app runs.

``counted`` finishes a counted text ("%n result(s)") in English where no translation did.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QLabel

from coach_app.ui import theme

_TONE = "coachTone"  # the dynamic property that remembers a label's tone


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
    return theme.error_colour(palette)


class _ToneKeeper(QObject):
    """Gives a toned label its tone's colour again when the palette under it changes."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.PaletteChange and isinstance(watched, QLabel):
            _apply_tone(watched)
        return False


_keeper: _ToneKeeper | None = None


def _tone_keeper() -> _ToneKeeper:
    global _keeper  # noqa: PLW0603 - one filter for every toned label of the process
    if _keeper is None or not shiboken6.isValid(_keeper):  # a test may build a new app
        _keeper = _ToneKeeper(QCoreApplication.instance())
    return _keeper


def _apply_tone(label: QLabel) -> None:
    tone = str(label.property(_TONE) or "normal")
    parent = label.parentWidget()
    # The palette the label would have without its tone: the parent's, or the application's.
    inherited = parent.palette() if parent is not None else QApplication.palette(label)
    colour = theme.tone_colour(inherited, tone)
    if colour is None:
        if label.palette().resolveMask():
            label.setPalette(QPalette())
        return
    if (
        label.palette().resolveMask()
        and label.palette().color(QPalette.ColorRole.WindowText) == colour
    ):
        return  # already so: setting it again would only send another PaletteChange
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.WindowText, colour)
    label.setPalette(palette)


def set_tone(label: QLabel, tone: str) -> None:
    """Colour a label by meaning: ``"error"``, ``"muted"`` or ``"normal"``.

    Only the text colour is overridden (a fresh ``QPalette`` resolves nothing else), so the
    label keeps following the system palette; the colour comes from ``theme.tone_colour``
    (muted at 4.5:1 contrast or more, the error red picked for the window's lightness) and
    is derived again on every palette change, light to dark and back.
    """
    if label.property(_TONE) is None:
        label.installEventFilter(_tone_keeper())
    label.setProperty(_TONE, tone)
    _apply_tone(label)


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
    """A plain-text label in the quieter colour (4.5:1 or more, unlike disabled text)."""
    return plain_label(text, wrap=wrap, tone="muted")
