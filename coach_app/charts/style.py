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

from coach_app.contrast import MIN_CONTRAST, RGB, contrast_ratio, luminance, readable_mix
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

# The contrast rule lives in a neutral module (no matplotlib), so the UI's colours can use it
# before anything of the chart is loaded; re-exported here for the chart's own use.
__all__ = ["MIN_CONTRAST", "RGB", "contrast_ratio", "luminance", "readable_mix"]


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
