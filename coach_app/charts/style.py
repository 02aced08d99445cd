"""Colours, marker shapes and text rendering shared by every chart of the app.

Colours come from the Okabe–Ito colour-blind-safe palette, every line also has its own marker
shape, and foreground/background colours are parameters so a chart reads on a dark theme too.
The contrast rule for secondary text (WCAG 2's 4.5:1) lives here, free of Qt, so the chart and
the UI's text tones (``coach_app.ui.theme``) measure it the same way.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Final

import matplotlib as mpl
from matplotlib.colors import to_rgb

from coach_app.i18n import N_

# Text is most of the cost of drawing a chart (see ``charts.draw``), and FreeType's bytecode
# hinting is most of the cost of a glyph: unhinted glyphs, as PDF and SVG viewers draw them,
# rasterise about a third faster and read the same at these sizes. Every chart of the app is
# drawn through this package, so this is where its raster text is configured.
mpl.rcParams["text.hinting"] = "no_hinting"

#: Okabe & Ito (2008); the order puts the strongest contrasts first for each background.
PALETTE_LIGHT: Final = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#D55E00", "#56B4E9")
PALETTE_DARK: Final = ("#56B4E9", "#E69F00", "#009E73", "#CC79A7", "#F0E442", "#D55E00")
#: A second cue besides colour, so lines stay apart in greyscale and for every colour vision.
MARKERS: Final = ("o", "s", "^", "D", "v", "P")

#: Experiment decision → (marker shape, fill colour or None for an open ring, legend label).
#: The labels are marked for translation and translated when drawn.
DECISION_STYLE: Final[Mapping[str | None, tuple[str, str | None, str]]] = {
    "adopt": ("^", "#009E73", N_("adopted")),
    "adapt": ("D", "#E69F00", N_("adapted")),
    "abandon": ("v", "#D55E00", N_("abandoned")),
    None: ("o", None, N_("not decided yet")),
}

RGB = tuple[float, float, float]

#: WCAG 2 (1.4.3) minimum contrast for normal-size text; secondary text must reach it too.
MIN_CONTRAST: Final = 4.5


def luminance(rgb: RGB) -> float:
    """WCAG 2 relative luminance of an sRGB colour with channels in 0..1."""

    def linear(channel: float) -> float:
        return channel / 12.92 if channel <= 0.04045 else ((channel + 0.055) / 1.055) ** 2.4

    red, green, blue = (linear(c) for c in rgb)
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


def contrast_ratio(first: RGB, second: RGB) -> float:
    """WCAG 2 contrast ratio of two colours, from 1 (same) to 21 (black on white)."""
    light, dark = sorted((luminance(first), luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def readable_mix(fg: RGB, bg: RGB, minimum: float = MIN_CONTRAST) -> RGB:
    """The colour nearest ``bg`` on the line from ``fg`` to ``bg`` that still reads on ``bg``.

    Secondary text is the foreground faded toward the background, but only so far that it
    keeps ``minimum`` contrast; the foreground itself when even that does not reach it.
    """
    best = fg
    # Twenty steps are finer than the eye tells apart; the first that fails ends the search.
    for step in range(1, 20):
        share = step / 20
        mixed = (
            fg[0] + (bg[0] - fg[0]) * share,
            fg[1] + (bg[1] - fg[1]) * share,
            fg[2] + (bg[2] - fg[2]) * share,
        )
        if contrast_ratio(mixed, bg) < minimum:
            break
        best = mixed
    return best


@dataclass(frozen=True)
class Theme:
    """Foreground, background and the palette that reads on that background."""

    fg: str
    bg: str
    palette: tuple[str, ...]

    @property
    def muted(self) -> RGB:
        """Foreground faded toward the background, as far as 4.5:1 contrast allows.

        Reads as "secondary" on either theme and stays readable: halfway (the old rule) is
        below 4.5:1 on a white and on a dark grey background alike.
        """
        return readable_mix(to_rgb(self.fg), to_rgb(self.bg))


def theme(fg: str, bg: str) -> Theme:
    """The theme for these colours: the dark palette on a dark background."""
    red, green, blue = to_rgb(bg)
    dark = 0.2126 * red + 0.7152 * green + 0.0722 * blue < 0.5
    return Theme(fg=fg, bg=bg, palette=PALETTE_DARK if dark else PALETTE_LIGHT)
