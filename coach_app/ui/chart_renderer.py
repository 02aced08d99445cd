"""An Agg renderer that rasterises each chart text once and stamps it on later draws.

Text is most of what a redraw of the progress chart costs: matplotlib's Agg renderer lays out,
shapes and rasterises every glyph of every title, caption and legend name on every draw (about
half of a redraw of a busy chart), although between two draws — a series ticked, another
period, a series in focus — nearly all of those texts are the same words at the same places.
This renderer keeps the finished bitmap of each text (by words, font, colour, resolution and
its position within a pixel) and stamps it with ``draw_image``, which costs a few microseconds.
The pixels are the ones Agg drew the first time, placed on the same pixel grid. The bitmaps
are shared by every chart canvas (a title looks the same for every coachee) and show a
coachee's goal names, so :func:`forget_stamps` drops them when the vault locks.

Only plain horizontal text is kept; rotated text and mathtext go to Agg as before. Vector
output (PDF, SVG) never comes here: it has its own renderers, so its text stays real text.
"""

from __future__ import annotations

import math
from collections import OrderedDict
from typing import Any, Final

import numpy as np
from matplotlib.backends.backend_agg import FigureCanvasAgg, RendererAgg
from matplotlib.font_manager import FontProperties

#: Bitmaps kept: a busy chart has a few dozen texts; the oldest are dropped beyond this (a
#: caption's bitmap is some 20 KB, so the whole store stays within a few megabytes).
MAX_KEPT: Final = 256
#: Positions are kept to a quarter of a pixel: closer than the eye can tell, and a text that
#: moves by less than that between draws still finds its bitmap.
_SUBPIXEL: Final = 4
#: Room around the text's measured box for antialiasing and overhanging glyphs.
_PAD: Final = 3


#: Text key → (RGBA pixels bottom row first, x shift, rows above the baseline); oldest first.
_STAMPS: Final[OrderedDict[tuple[Any, ...], tuple[np.ndarray, int, int]]] = OrderedDict()


def forget_stamps() -> None:
    """Drop every kept bitmap (the vault was locked: they show a coachee's words)."""
    _STAMPS.clear()


def stamps_kept() -> int:
    """How many text bitmaps are kept (for tests)."""
    return len(_STAMPS)


class TextStampRenderer(RendererAgg):
    """``RendererAgg`` whose horizontal texts are rasterised once, then stamped."""

    def draw_text(  # noqa: PLR0917 (matplotlib's signature)
        self,
        gc: Any,
        x: float,
        y: float,
        s: str,
        prop: FontProperties,
        angle: float,
        ismath: bool | str = False,
        mtext: Any = None,
    ) -> None:
        """Stamp the kept bitmap of this text, drawing it once first if there is none."""
        if ismath or angle % 360 != 0 or not s.strip():
            super().draw_text(gc, x, y, s, prop, angle, ismath=ismath, mtext=mtext)  # type: ignore[no-untyped-call]
            return
        # y is measured down from the top of the canvas to the baseline (Agg flips y).
        left, top = math.floor(x), math.floor(y)
        fx = round((x - left) * _SUBPIXEL)
        fy = round((y - top) * _SUBPIXEL)
        key = (
            s,
            hash(prop),
            self.dpi,
            tuple(gc.get_rgb()),
            gc.get_alpha(),
            gc.get_forced_alpha(),
            gc.get_antialiased(),
            fx,
            fy,
        )
        stamp = _STAMPS.get(key)
        if stamp is None:
            stamp = self._rasterise(gc, s, prop, fx / _SUBPIXEL, fy / _SUBPIXEL)
            _STAMPS[key] = stamp
            if len(_STAMPS) > MAX_KEPT:
                _STAMPS.popitem(last=False)
        else:
            _STAMPS.move_to_end(key)
        image, dx, ascent = stamp
        # draw_image takes the image's lower-left corner, measured up from the bottom.
        bottom = self.height - (top - ascent + image.shape[0])
        self.draw_image(gc, left + dx, bottom, image)

    def _rasterise(
        self, gc: Any, s: str, prop: FontProperties, fx: float, fy: float
    ) -> tuple[np.ndarray, int, int]:
        """Draw ``s`` alone on a transparent canvas: (RGBA pixels, x shift, rows above y)."""
        width, height, descent = self.get_text_width_height_descent(  # type: ignore[no-untyped-call]
            s, prop, ismath=False
        )
        ascent = _PAD + math.ceil(height - descent)
        scratch = RendererAgg(  # type: ignore[no-untyped-call]  # untyped upstream
            math.ceil(width) + 2 * _PAD + 1, ascent + math.ceil(descent) + _PAD + 1, self.dpi
        )
        pen = scratch.new_gc()
        # Colour and smoothing as asked; no clip box: the canvas's clip applies when stamped.
        pen.set_foreground(gc.get_rgb(), isRGBA=True)
        pen.set_alpha(gc.get_alpha())
        pen.set_antialiased(gc.get_antialiased())
        scratch.draw_text(pen, _PAD + fx, ascent + fy, s, prop, 0)  # type: ignore[no-untyped-call]
        pen.restore()
        # Bottom row first, as draw_image reads an image.
        drawn = np.asarray(scratch.buffer_rgba())  # type: ignore[no-untyped-call]
        pixels = np.ascontiguousarray(drawn[::-1])
        return pixels, -_PAD, ascent


class StampCanvasMixin:
    """For an Agg canvas class: render through :class:`TextStampRenderer`.

    Kept as long as the canvas keeps its size and resolution, as Agg's own renderer is.
    """

    figure: Any
    renderer: TextStampRenderer
    _stamp_key: tuple[int, int, float] | None = None

    def get_renderer(self) -> TextStampRenderer:
        """The canvas's renderer, made anew when its size or resolution changed."""
        width, height = self.get_width_height(physical=True)  # type: ignore[attr-defined]
        key = (width, height, self.figure.dpi)
        if self._stamp_key != key:
            self.renderer = TextStampRenderer(width, height, self.figure.dpi)  # type: ignore[no-untyped-call]
            self._stamp_key = key
        return self.renderer


class StampCanvasAgg(StampCanvasMixin, FigureCanvasAgg):
    """An Agg canvas without a window (export, tests, the bench) that stamps its texts."""
