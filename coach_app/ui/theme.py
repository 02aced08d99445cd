"""The app's own colours, in one place, for the light and the dark colour scheme.

Most of the app paints with the system palette and follows it for free. Where it picks a
colour itself (muted and error text, the overdue red in rich text, a chosen answer on the
hand-over form, the tints of marked lines, the dashboard's sparkline) the colour comes from
here, derived from a palette: ``is_dark`` decides by the window's lightness, muted text is the
window text faded toward the window only as far as WCAG's 4.5:1 contrast allows
(``coach_app.contrast`` holds that rule, so the chart uses the same), and the error red is the
one of a light/dark pair that reads on that background.

The widgets that use these colours derive them again when their palette changes (or, painting
with a delegate, at each paint from the palette Qt hands it), so the app changes with the
system scheme while it runs. ``SchemeFollower`` covers platforms whose
theme reports a scheme change (Qt's ``colorSchemeChanged``) without giving a matching palette:
it then sets ``dark_palette()`` (or takes its own palette back) so the app still follows.
"""

from __future__ import annotations

from typing import Final

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette

from coach_app.contrast import MIN_CONTRAST, RGB, contrast_ratio, readable_mix

Role = QPalette.ColorRole

#: Tones a label can take (``labels.set_tone``); "normal" is the palette's own text colour.
TONES: Final = ("normal", "muted", "error")

ERROR_LIGHT: Final = "#b3261e"  # 5.7:1 on Fusion's light window
ERROR_DARK: Final = "#ff8a80"  # 5.4:1 on a #353535 window, more on darker ones

# The dashboard's sparkline: Okabe–Ito blue, and its lighter sibling on a dark table; the
# progress chart's first series has the same pair (``coach_app.charts.style``, not imported
# here: it loads matplotlib, which the unlock screen must not wait for). A line, not text: both
# keep WCAG's 3:1 for graphics on their background.
SPARK_LIGHT: Final = "#0072B2"
SPARK_DARK: Final = "#56B4E9"

# Marked lines: a see-through tint on a light page (black text stays black on it); on a dark
# page a tint would vanish, so an opaque deep shade that light text reads on. The sign in
# front of the line and the weight/slant per kind carry the meaning; colour only adds to it.
_MARK_TINTS_LIGHT: Final = {
    "insight": (230, 170, 0, 60),
    "quote": (60, 130, 220, 50),
    "action": (40, 170, 90, 55),
    "experiment": (170, 80, 200, 55),
}
_MARK_TINTS_DARK: Final = {
    "insight": (92, 70, 0, 255),
    "quote": (28, 60, 104, 255),
    "action": (22, 76, 44, 255),
    "experiment": (76, 40, 96, 255),
}


def is_dark(palette: QPalette) -> bool:
    """Whether ``palette`` paints light text on a dark window."""
    return palette.color(Role.Window).lightness() < 128


def _rgb(colour: QColor, under: QColor | None = None) -> RGB:
    """``colour`` as 0..1 channels, composited over ``under`` when it is see-through."""
    alpha = colour.alphaF() if under is not None else 1.0
    base = under if under is not None else colour
    return (
        colour.redF() * alpha + base.redF() * (1 - alpha),
        colour.greenF() * alpha + base.greenF() * (1 - alpha),
        colour.blueF() * alpha + base.blueF() * (1 - alpha),
    )


def contrast(fg: QColor, bg: QColor) -> float:
    """WCAG contrast of ``fg`` drawn on ``bg`` (a see-through ``fg`` is blended first)."""
    return contrast_ratio(_rgb(fg, bg), _rgb(bg))


def muted_colour(palette: QPalette) -> QColor:
    """Secondary text: quieter than the window text, still 4.5:1 on the window.

    Not the palette's placeholder colour: Qt's default is half-transparent text, about 4:1 on
    a light window and less on a dark one, too faint for a subtitle someone has to read.
    """
    fg = palette.color(Role.WindowText)
    bg = palette.color(Role.Window)
    # A hair above the minimum, so rounding to 8-bit channels cannot push it under.
    red, green, blue = readable_mix(_rgb(fg), _rgb(bg), MIN_CONTRAST + 0.05)
    return QColor.fromRgbF(red, green, blue)


def error_colour(palette: QPalette) -> QColor:
    """A red that reads on ``palette``'s window: the lighter one on a dark window."""
    return QColor(ERROR_DARK if is_dark(palette) else ERROR_LIGHT)


def tone_colour(palette: QPalette, tone: str) -> QColor | None:
    """The text colour of ``tone`` on ``palette``; None for "normal" (the palette's own)."""
    if tone == "muted":
        return muted_colour(palette)
    if tone == "error":
        return error_colour(palette)
    return None


def mark_tints(palette: QPalette) -> dict[str, QColor]:
    """Kind key → background of a marked line on ``palette``'s page."""
    tints = _MARK_TINTS_DARK if is_dark(palette) else _MARK_TINTS_LIGHT
    return {key: QColor(*rgba) for key, rgba in tints.items()}


def sparkline_colour(palette: QPalette, *, selected: bool = False) -> QColor:
    """The dashboard sparkline's ink in a table cell painted with ``palette``.

    Judged by the cells' own background (Base), not the window's; a selected row draws it in
    the selection's text colour, as the row's text is.
    """
    if selected:
        return palette.color(Role.HighlightedText)
    dark = palette.color(Role.Base).lightness() < 128
    return QColor(SPARK_DARK if dark else SPARK_LIGHT)


def chosen_answer_style(palette: QPalette) -> str:
    """The hand-over form's style for a chosen answer: filled, bold and framed.

    Written with the palette's colours themselves rather than ``palette(highlight)``: Qt
    resolves those once, when the style sheet is set, and would keep the old scheme's.
    """
    fill = palette.color(Role.Highlight).name()
    ink = palette.color(Role.HighlightedText).name()
    return (
        f"QPushButton[answer='true']:checked {{ background: {fill}; "
        f"color: {ink}; font-weight: bold; border: 2px solid {ink}; }}"
    )


def dark_palette() -> QPalette:
    """A dark palette for when the system asks for dark but its theme does not paint one."""
    palette = QPalette()
    colours = {
        Role.Window: "#2b2b2b",
        Role.WindowText: "#ececec",
        Role.Base: "#1f1f1f",
        Role.AlternateBase: "#272727",
        Role.Text: "#ececec",
        Role.Button: "#353535",
        Role.ButtonText: "#ececec",
        Role.BrightText: "#ffffff",
        Role.Light: "#4a4a4a",
        Role.Midlight: "#3e3e3e",
        Role.Mid: "#262626",
        Role.Dark: "#1a1a1a",
        Role.Shadow: "#000000",
        Role.Highlight: "#2f6fb3",
        Role.HighlightedText: "#ffffff",
        Role.ToolTipBase: "#3a3a3a",
        Role.ToolTipText: "#ececec",
        Role.PlaceholderText: "#a8a8a8",
        Role.Link: "#8ab4f8",
        Role.LinkVisited: "#c58af9",
    }
    for role, name in colours.items():
        palette.setColor(role, QColor(name))
    for role in (Role.WindowText, Role.Text, Role.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#808080"))
    return palette


class SchemeFollower(QObject):
    """Keeps the application's palette on the system's light or dark scheme while it runs.

    Most platform themes change the palette with the scheme and this does nothing; where the
    scheme says dark and the palette stays light, it sets ``dark_palette()``, and takes it
    back when the scheme turns light again. Every widget then gets its ``PaletteChange``.
    """

    def __init__(self, app: QGuiApplication) -> None:
        super().__init__(app)
        self._app = app
        self._ours = False
        app.styleHints().colorSchemeChanged.connect(self.follow)
        self.follow(app.styleHints().colorScheme())

    def follow(self, scheme: Qt.ColorScheme) -> None:
        """Make the palette match ``scheme`` (an unknown scheme leaves it as it is)."""
        if scheme == Qt.ColorScheme.Unknown:
            return
        dark = scheme == Qt.ColorScheme.Dark
        if self._ours:
            self._ours = False
            self._app.setPalette(QPalette())  # back to the platform's own palette
        if dark and not is_dark(self._app.palette()):
            self._app.setPalette(dark_palette())
            self._ours = True


def follow_scheme(app: QGuiApplication) -> SchemeFollower:
    """Install the scheme follower on ``app`` (parented to it; keeping the result is optional)."""
    return SchemeFollower(app)
