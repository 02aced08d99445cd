"""Readable colours by the WCAG 2 rule: luminance, contrast ratio, secondary text that reads.

Neutral and pure (no Qt, no matplotlib): the UI's own colours (``ui/theme.py``) use it at
start-up, before anything of the chart is loaded, and the chart (``charts/style.py``) uses the
same rule, so muted text reads the same everywhere.
"""

from __future__ import annotations

import functools
from typing import Final

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


# Cached: the chart asks for its muted colour for every label on every redraw, always for the
# same two colours.
@functools.lru_cache(maxsize=64)
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
