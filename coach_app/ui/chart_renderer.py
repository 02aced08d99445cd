"""An Agg renderer that rasterises each chart text once and stamps it on later draws.

Text is most of what a draw of the progress chart costs: matplotlib's Agg renderer lays out,
shapes and rasterises every glyph of every title, caption and legend name on every draw,
although between two draws — a series ticked, another period, a series in focus — nearly all
of those texts are the same words at the same places. This renderer keeps the finished bitmap
of each text (by words, font, colour, resolution, angle and its position within a pixel) and
stamps it with ``draw_image``, which costs a few microseconds. Rotated texts (the axis labels
"level" and "T-score") are kept the same way, drawn once by Agg at their angle.

A text not drawn before (another coachee's goal names and captions) is composed from kept
glyph bitmaps: the glyph positions come from the one layout FreeType makes anyway to measure
the text (kept until it is drawn), and each letter is rasterised alone by Agg, once per
eighth of a pixel it lands on, instead of every glyph of every new text. Only text whose
glyphs map one to one onto its characters and standard ligatures ("fi", "fl"), left to right,
is composed (no mark, no right-to-left or complex script, every character in the font);
anything else is drawn whole by Agg. Either way the pixels are the ones Agg draws: a text
within 1/8 pixel of where Agg puts it and each of its glyphs within a further 1/16; a turned
text within 1/32.

What is kept and the lock: the text bitmaps and the kept layouts show a coachee's words (goal
names), so :func:`forget_stamps` drops them when the vault locks. The glyph bitmaps are single
letters, keyed by character and size, with no word, order or position: they stay, like the
font file they are drawn from.

Vector output (PDF, SVG) never comes here: it has its own renderers, so its text stays text.
"""

from __future__ import annotations

import math
import unicodedata
from collections import OrderedDict
from typing import Any, Final

import matplotlib as mpl
import numpy as np
from matplotlib import ft2font
from matplotlib.backends.backend_agg import FigureCanvasAgg, RendererAgg, get_hinting_flag
from matplotlib.font_manager import FontProperties, findfont, get_font
from numpy.typing import NDArray

#: Bitmaps kept: a busy chart has a few dozen texts; the oldest are dropped beyond this (a
#: caption's bitmap is some 20 KB, so the whole store stays within a few megabytes).
MAX_KEPT: Final = 256
#: Glyph bitmaps kept (a few hundred bytes each): letters × sizes × eight positions.
MAX_GLYPHS: Final = 4096
#: Text layouts kept between measuring a text and drawing it.
MAX_LAYOUTS: Final = 512
#: Text positions are kept to a quarter of a pixel: closer than the eye can tell, and a text
#: that moves by less than that between draws still finds its bitmap.
_SUBPIXEL: Final = 4
#: A turned text (a few fixed axis labels) is kept to a sixteenth of a pixel each way.
_TURNED_SUBPIXEL: Final = 16
#: From matplotlib 3.11 Agg draws each glyph at its own position within a pixel, as a
#: composed text does; before, it drew a text's glyphs as one bitmap at a whole pixel.
_COMPOSE: Final = mpl.__version_info__ >= (3, 11)
#: Glyphs within a composed text are placed to an eighth of a pixel.
_GLYPH_SUBPIXEL: Final = 8
#: Room around a text's measured box for antialiasing and overhanging glyphs.
_PAD: Final = 3
#: Characters whose glyph is the same alone as within a word (no shaping beyond kerning):
#: letters with case, digits, spaces, punctuation and symbols. Others (marks, scripts that
#: join or reorder letters) are drawn whole by Agg.
_PLAIN_CATEGORIES: Final = frozenset(
    {"Lu", "Ll", "Lt", "Nd", "No", "Zs", "Pc", "Pd", "Ps", "Pe", "Pi", "Pf", "Po"}
    | {"Sm", "Sc", "Sk", "So"}
)
#: Bidirectional classes of left-to-right text and neutrals.
_LTR_CLASSES: Final = frozenset({"L", "EN", "ES", "ET", "CS", "ON", "WS"})
#: Letter groups a font may draw as one glyph (its standard ligatures), longest first. Which
#: of them a font joins is asked once per font; a group it joins is drawn as one unit.
_LIGATURE_CANDIDATES: Final = ("ffi", "ffl", "ff", "fi", "fl")

#: A bitmap: RGBA pixels bottom row first (as ``draw_image`` reads them), the columns from the
#: text's whole-pixel x to its left edge, and the rows from its top edge to the whole-pixel y.
Stamp = tuple[NDArray[np.uint8], int, int]
#: A glyph: how much of each pixel it leaves clear, 1 − coverage (top row first), the columns
#: from the pen to its left edge, and the rows above the baseline.
Glyph = tuple[NDArray[np.float32], int, int]
#: A measured text: width, height, descent (pixels) and, when it is composed from glyphs, its
#: units (a character or a ligature each) with each one's pen x.
Measured = tuple[float, float, float, tuple[tuple[str, ...], NDArray[np.float64]] | None]

#: Text key → its bitmap; oldest first.
_STAMPS: Final[OrderedDict[tuple[Any, ...], Stamp]] = OrderedDict()
#: (text, font, dpi) → its measure and glyph positions; oldest first.
_LAYOUTS: Final[OrderedDict[tuple[Any, ...], Measured]] = OrderedDict()
#: (character, font, dpi, antialiased, x and y position within a pixel) → its glyph.
_GLYPHS: Final[OrderedDict[tuple[Any, ...], Glyph | None]] = OrderedDict()
#: Font file → the letter groups it draws as one glyph.
_LIGATURES: Final[dict[str, tuple[str, ...]]] = {}
#: (font file, size, dpi, character or ligature) → glyph index, advance, lowest and highest
#: ink (64ths of a pixel); and (font file, pixels per em in 64ths, left glyph, right glyph) →
#: kerning. Like the glyph bitmaps they hold single letters, no words.
_METRICS: Final[dict[tuple[Any, ...], tuple[int, int, int, int]]] = {}
_KERNING: Final[dict[tuple[Any, ...], int]] = {}
#: Beyond this many entries the metrics start afresh (a few hundred letters and sizes in use).
MAX_METRICS: Final = 50_000
#: (font file, size, dpi, sample) → whether :meth:`TextStampRenderer._lay_out` agrees there
#: with FreeType's own layout, checked on that sample text once.
_AGREES: Final[dict[tuple[Any, ...], bool]] = {}
_CALIBRATION: Final = "AVAWAYTaTeToVaVeWaYaLTLVLYPAr.y, Keep 0123456789 – · (self-reported) T-score"
#: The same check for text with a font's ligatures in it, asked only of such text.
_LIGATURE_CALIBRATION: Final = "Confidence v1, self-efficacy, fluff, offline, Waffle T. fi"
#: (font file, letter group) → the glyph the font draws that ligature with, or None where
#: matplotlib does not say (its layout of single items is private API, 3.11 on).
_LIGATURE_GLYPHS: Final[dict[tuple[str, str], int | None]] = {}
#: A font's ascent, descent and line gap in pixels (None each where it has no table for them).
Heights = tuple[float | None, float | None, float | None]
#: (font, dpi) → its heights as matplotlib's text layout reads them from the font's tables (no
#: words: a lock keeps them).
_HEIGHTS: Final[dict[tuple[Any, ...], Heights]] = {}
#: Kerning as the font file gives it (matplotlib 3.10 and later).
_UNSCALED: Final = getattr(getattr(ft2font, "Kerning", None), "UNSCALED", None)


def forget_stamps() -> None:
    """Drop every kept text bitmap and layout (the vault was locked: they show its words)."""
    _STAMPS.clear()
    _LAYOUTS.clear()


def forget_glyphs() -> None:
    """Drop every kept glyph bitmap (for tests: they hold no words, a lock keeps them)."""
    _GLYPHS.clear()


def stamps_kept() -> int:
    """How many text bitmaps are kept (for tests)."""
    return len(_STAMPS)


def layouts_kept() -> int:
    """How many measured texts are kept (for tests)."""
    return len(_LAYOUTS)


def glyphs_kept() -> int:
    """How many glyph bitmaps are kept (for tests)."""
    return len(_GLYPHS)


def _keep(
    store: OrderedDict[tuple[Any, ...], Any], key: tuple[Any, ...], value: Any, most: int
) -> None:
    store[key] = value
    if len(store) > most:
        store.popitem(last=False)


def _plain(s: str) -> bool:
    """Whether each character of ``s`` is drawn as one glyph, left to right."""
    return all(
        unicodedata.category(c) in _PLAIN_CATEGORIES
        and unicodedata.bidirectional(c) in _LTR_CLASSES
        for c in s
    )


def _ligatures(font: Any) -> tuple[str, ...]:
    """The letter groups of :data:`_LIGATURE_CANDIDATES` that ``font`` draws as one glyph."""
    joined = _LIGATURES.get(font.fname)
    if joined is None:
        found: list[str] = []
        for group in _LIGATURE_CANDIDATES:
            font.clear()
            font.set_size(10, 72)
            if len(font.set_text(group, 0.0, flags=_hinting())) == 1:
                found.append(group)
        _LIGATURES[font.fname] = joined = tuple(found)
    return joined


def _ligature_glyph(font: Any, group: str) -> int | None:
    """The glyph ``font`` draws the letters ``group`` with (one of its ligatures), if known."""
    key = (font.fname, group)
    if key not in _LIGATURE_GLYPHS:
        index = None
        lay_out = getattr(font, "_layout", None)
        if lay_out is not None:
            font.clear()
            font.set_size(10, 72)
            items = lay_out(group, _hinting())
            if len(items) == 1 and items[0].ft_object.fname == font.fname:
                index = int(items[0].glyph_index)
        _LIGATURE_GLYPHS[key] = index
    return _LIGATURE_GLYPHS[key]


def _hinting() -> Any:
    """The hinting Agg lays text out with (``text.hinting``)."""
    return get_hinting_flag()  # type: ignore[no-untyped-call]  # untyped upstream


def _units(s: str, ligatures: tuple[str, ...]) -> tuple[str, ...]:
    """``s`` cut into the units its font draws as one glyph each: characters and ligatures."""
    units: list[str] = []
    at = 0
    while at < len(s):
        unit = next((group for group in ligatures if s.startswith(group, at)), s[at])
        units.append(unit)
        at += len(unit)
    return tuple(units)


def _crop(alpha: NDArray[np.uint8]) -> tuple[int, int, int, int] | None:
    """Rows and columns (first, past last) holding ink, or None when there is none."""
    rows = np.flatnonzero(alpha.any(axis=1))
    if not rows.size:
        return None
    cols = np.flatnonzero(alpha.any(axis=0))
    return int(rows[0]), int(rows[-1]) + 1, int(cols[0]), int(cols[-1]) + 1


def _font_heights(prop: FontProperties, dpi: float) -> Heights:
    """A font's ascent, descent and line gap in pixels, read as matplotlib's text layout does.

    None for each when the font has neither table (matplotlib then measures "lp" instead).
    """
    font = get_font(findfont(prop))
    head = font.get_sfnt_table("head")
    if head is None:  # not a TrueType or OpenType font: matplotlib measures instead
        return None, None, None
    scale = prop.get_size_in_points() * dpi / 72 / head["unitsPerEm"]
    # The tables in the order matplotlib's layout reads them.
    os2 = font.get_sfnt_table("OS/2")
    if os2 is not None:
        ascent, descent, gap = os2["sTypoAscender"], os2["sTypoDescender"], os2["sTypoLineGap"]
        return ascent * scale, -descent * scale, gap * scale
    hhea = font.get_sfnt_table("hhea")
    if hhea is not None:
        return hhea["ascent"] * scale, -hhea["descent"] * scale, hhea["lineGap"] * scale
    return None, None, None


class TextStampRenderer(RendererAgg):
    """``RendererAgg`` whose texts are rasterised once, then stamped."""

    def _get_font_height_metrics(self, prop: FontProperties) -> Heights:
        """The ascent, descent and line gap of ``prop``'s font at this resolution, kept.

        matplotlib's text layout (3.11) asks a renderer for these when it has this method;
        otherwise it finds the font and reads two of its tables again for every text on every
        draw, a tenth of a millisecond each time. The same figures, read once per font.
        """
        key = (hash(prop), self.dpi)
        heights = _HEIGHTS.get(key)
        if heights is None:
            if len(_HEIGHTS) > MAX_METRICS:
                _HEIGHTS.clear()
            heights = _HEIGHTS[key] = _font_heights(prop, self.dpi)
        return heights

    def get_text_width_height_descent(
        self, s: str, prop: FontProperties, ismath: bool | str
    ) -> tuple[float, float, float]:
        """Agg's measure of ``s``; the glyph positions found on the way are kept for drawing."""
        if ismath:
            return super().get_text_width_height_descent(s, prop, ismath)  # type: ignore[no-untyped-call,no-any-return]
        width, height, descent, _positions = self._measure(s, prop)
        return width, height, descent

    def _measure(self, s: str, prop: FontProperties) -> Measured:
        key = (s, hash(prop), self.dpi)
        kept = _LAYOUTS.get(key)
        if kept is not None:
            _LAYOUTS.move_to_end(key)
            return kept
        measured: Measured | None = None
        if _plain(s):
            # The font Agg itself draws with when every character is in it (its fallback
            # fonts are then never asked): the same measure, and the glyph positions with it.
            font = get_font(findfont(prop))
            ligatures = _ligatures(font) if all(font.get_char_index(ord(c)) for c in s) else None
            if ligatures is not None and s:
                measured = self._lay_out(font, s, prop.get_size_in_points())
            if ligatures is not None and measured is None:
                units = _units(s, ligatures)
                font.clear()
                font.set_size(prop.get_size_in_points(), self.dpi)
                pens = font.set_text(s, 0.0, flags=_hinting())
                width, height = font.get_width_height()
                # One glyph per unit, all on the baseline: the units are what was drawn.
                one_to_one = len(pens) == len(units) and not np.any(pens[:, 1])
                measured = (
                    width / 64,
                    height / 64,
                    font.get_descent() / 64,
                    (units, pens[:, 0] / 64) if one_to_one else None,
                )
        if measured is None:
            width, height, descent = super().get_text_width_height_descent(s, prop, ismath=False)  # type: ignore[no-untyped-call]
            measured = (width, height, descent, None)
        _keep(_LAYOUTS, key, measured, MAX_LAYOUTS)
        return measured

    def _lay_out(self, font: Any, s: str, size: float) -> Measured | None:
        """FreeType's measure and glyph positions of ``s``, from kept metrics of its letters.

        What ``set_text`` computes (advances rounded to 64ths of a pixel, kerning scaled from
        the font's units, the ink's height and depth), without loading every glyph of every
        new text again: some 25 µs a letter. A ligature the font draws ("fi" in "Confidence")
        is one unit with its own glyph's metrics, as FreeType lays it out. Used where a check on
        a sample text agrees exactly with FreeType's own layout, at each font, size and
        resolution (and a second one for text with ligatures); None elsewhere.
        """
        units = _units(s, _ligatures(font))
        checks = [_CALIBRATION] if len(units) == len(s) else [_CALIBRATION, _LIGATURE_CALIBRATION]
        for sample in checks:
            where = (font.fname, size, self.dpi, sample)
            agrees = _AGREES.get(where)
            if agrees is None:
                agrees = _AGREES[where] = self._agrees(font, sample, size)
            if not agrees:
                return None
        laid_out = self._metrics_layout(font, units, size)
        if laid_out is None:
            return None
        width, height, descent, pens = laid_out
        return width, height, descent, (units, pens)

    def _agrees(self, font: Any, sample: str, size: float) -> bool:
        """Whether :meth:`_metrics_layout` of ``sample`` is exactly FreeType's own layout."""
        font.clear()
        font.set_size(size, self.dpi)
        pens = font.set_text(sample, 0.0, flags=_hinting())
        width, height = font.get_width_height()
        theirs = (width / 64, height / 64, font.get_descent() / 64, list(pens[:, 0] / 64))
        units = _units(sample, _ligatures(font))
        mine = self._metrics_layout(font, units, size) if _UNSCALED else None
        return mine is not None and (*mine[:3], list(mine[3])) == theirs

    def _metrics_layout(
        self, font: Any, units: tuple[str, ...], size: float
    ) -> tuple[float, float, float, NDArray[np.float64]] | None:
        """Advances, kerning and ink of ``units`` from kept metrics; None without a glyph."""
        if len(_METRICS) + len(_KERNING) > MAX_METRICS:
            _METRICS.clear()
            _KERNING.clear()
        per_em = round(size * self.dpi / 72 * 64)
        pens = np.empty(len(units))
        pen, low, high, previous = 0, 32000, -32000, -1
        for at, unit in enumerate(units):
            key = (font.fname, size, self.dpi, unit)
            metrics = _METRICS.get(key)
            if metrics is None:
                one = len(unit) == 1
                found = font.get_char_index(ord(unit)) if one else _ligature_glyph(font, unit)
                if found is None:
                    return None
                index = found
                font.clear()
                font.set_size(size, self.dpi)
                glyph = font.load_glyph(index, _hinting())
                # FreeType's advance in 1/65536 px, rounded to 64ths as the layout does.
                advance = (glyph.linearHoriAdvance + 512) >> 10
                metrics = _METRICS[key] = (index, advance, glyph.bbox[1], glyph.bbox[3])
            index, advance, bottom, top = metrics
            if previous >= 0:
                pair = (font.fname, per_em, previous, index)
                kerning = _KERNING.get(pair)
                if kerning is None:
                    units = font.get_kerning(previous, index, _UNSCALED)
                    kerning = _KERNING[pair] = math.floor(units * per_em / font.units_per_EM + 0.5)
                pen += kerning
            pens[at] = pen
            low, high = min(low, bottom), max(high, top)
            pen += advance
            previous = index
        return pen / 64, (high - low) / 64, -low / 64, pens / 64

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
        # Font features and a language (matplotlib 3.11) change the glyphs: drawn as asked.
        shaped = mtext is not None and (
            getattr(mtext, "get_fontfeatures", lambda: None)()
            or getattr(mtext, "get_language", lambda: None)()
        )
        if ismath or shaped or not s.strip():
            super().draw_text(gc, x, y, s, prop, angle, ismath=ismath, mtext=mtext)  # type: ignore[no-untyped-call]
            return
        # y is measured down from the top of the canvas to the baseline (Agg flips y).
        angle %= 360
        steps = _SUBPIXEL if angle == 0 else _TURNED_SUBPIXEL
        left, top = math.floor(x), math.floor(y)
        fx = round((x - left) * steps)
        fy = round((y - top) * steps)
        key = (
            s,
            hash(prop),
            self.dpi,
            angle,
            tuple(gc.get_rgb()),
            gc.get_alpha(),
            gc.get_forced_alpha(),
            gc.get_antialiased(),
            fx,
            fy,
        )
        stamp = _STAMPS.get(key)
        if stamp is None:
            stamp = (
                self._compose(gc, s, prop, fx, fy) if angle == 0 and _COMPOSE else None
            ) or self._rasterise(gc, s, prop, angle, (fx / steps, fy / steps))
            _keep(_STAMPS, key, stamp, MAX_KEPT)
        else:
            _STAMPS.move_to_end(key)
        image, dx, above = stamp
        if image.size:
            # draw_image takes the image's lower-left corner, measured up from the bottom.
            bottom = self.height - (top - above + image.shape[0])
            self.draw_image(gc, left + dx, bottom, image)

    def _compose(self, gc: Any, s: str, prop: FontProperties, fx: int, fy: int) -> Stamp | None:
        """``s`` put together from kept glyph bitmaps, or None when it cannot be."""
        layout = self._measure(s, prop)[3]
        if layout is None:
            return None
        units, pens = layout
        antialiased = bool(gc.get_antialiased())
        # Each glyph's whole pixel and eighth of a pixel, for the whole text at once (rint
        # rounds halves to even, as round() does); the font's key is made once, not per glyph.
        shifted = pens + fx / _SUBPIXEL
        wholes = np.floor(shifted)
        phases = np.rint((shifted - wholes) * _GLYPH_SUBPIXEL).astype(int).tolist()
        font = hash(prop)
        pieces: list[tuple[int, int, NDArray[np.float32]]] = []
        for unit, whole, phase in zip(units, wholes.astype(int).tolist(), phases, strict=True):
            if unit.isspace():
                continue
            glyph = self._glyph(unit, prop, font, antialiased, phase, fy)
            if glyph is None:
                return None
            clear, dx, above = glyph
            if clear.size:
                pieces.append((whole + dx, above, clear))
        if not pieces:
            return None
        left = min(x for x, _above, _clear in pieces)
        right = max(x + clear.shape[1] for x, _above, clear in pieces)
        top = max(above for _x, above, _clear in pieces)
        bottom = max(clear.shape[0] - above for _x, above, clear in pieces)
        # Overlapping glyphs (a kerned pair) add up as Agg blends one over the other: what
        # stays clear of both is the product of what each leaves clear.
        open_ = np.ones((top + bottom, right - left), dtype=np.float32)
        for x, above, clear in pieces:
            rows, cols = clear.shape
            open_[top - above : top - above + rows, x - left : x - left + cols] *= clear
        pixels = np.empty((*open_.shape, 4), dtype=np.uint8)
        pixels[..., :3] = np.round(np.asarray(gc.get_rgb()[:3]) * 255)
        pixels[..., 3] = np.rint((1 - open_) * (255 * gc.get_alpha()))
        return np.ascontiguousarray(pixels[::-1]), left, top

    def _glyph(  # noqa: PLR0917 - one call site, in the glyph loop of _compose
        self, unit: str, prop: FontProperties, font: int, antialiased: bool, phase: int, fy: int
    ) -> Glyph | None:
        """The coverage of ``unit`` drawn alone by Agg, its pen ``phase`` eighths into a pixel.

        ``font`` is ``hash(prop)``, made once per text by the caller rather than per glyph.
        """
        key = (unit, font, self.dpi, antialiased, phase, fy)
        if key in _GLYPHS:
            _GLYPHS.move_to_end(key)
            return _GLYPHS[key]
        em = math.ceil(prop.get_size_in_points() * self.dpi / 72)
        # Room for a wide glyph, an accent above a capital and a descender; a glyph that
        # reaches the edge is not trusted (None: its text is drawn whole).
        pen_x, pen_y = _PAD + em, _PAD + 2 * em
        scratch = RendererAgg(4 * em + 2 * _PAD, 3 * em + 2 * _PAD, self.dpi)  # type: ignore[no-untyped-call]  # untyped upstream
        pen = scratch.new_gc()
        pen.set_foreground((0.0, 0.0, 0.0, 1.0), isRGBA=True)
        pen.set_antialiased(antialiased)
        scratch.draw_text(  # type: ignore[no-untyped-call]
            pen, pen_x + phase / _GLYPH_SUBPIXEL, pen_y + fy / _SUBPIXEL, unit, prop, 0
        )
        pen.restore()
        alpha = np.asarray(scratch.buffer_rgba())[..., 3]  # type: ignore[no-untyped-call]
        box = _crop(alpha)
        glyph: Glyph | None
        if box is None:
            glyph = (np.zeros((0, 0), dtype=np.float32), 0, 0)
        else:
            r0, r1, c0, c1 = box
            inside = r0 > 0 and c0 > 0 and r1 < alpha.shape[0] and c1 < alpha.shape[1]
            clear = 1 - alpha[r0:r1, c0:c1] * np.float32(1 / 255)
            glyph = (clear, c0 - pen_x, pen_y - r0) if inside else None
        _keep(_GLYPHS, key, glyph, MAX_GLYPHS)
        return glyph

    def _rasterise(
        self, gc: Any, s: str, prop: FontProperties, angle: float, within: tuple[float, float]
    ) -> Stamp:
        """Draw ``s`` alone with Agg, ``within`` (x, y) into a pixel, and keep what it drew."""
        fx, fy = within
        width, height, descent, _pens = self._measure(s, prop)
        if angle == 0:
            left, right = _PAD, math.ceil(width) + _PAD + 1
            above, below = _PAD + math.ceil(height - descent), math.ceil(descent) + _PAD + 1
        else:
            # Turned about its start: room for its length and height every way.
            left = right = above = below = math.ceil(width + height) + _PAD
        scratch = RendererAgg(left + right, above + below, self.dpi)  # type: ignore[no-untyped-call]  # untyped upstream
        pen = scratch.new_gc()
        # Colour and smoothing as asked; no clip box: the canvas's clip applies when stamped.
        pen.set_foreground(gc.get_rgb(), isRGBA=True)
        pen.set_alpha(gc.get_alpha())
        pen.set_antialiased(gc.get_antialiased())
        scratch.draw_text(  # type: ignore[no-untyped-call]
            pen, left + fx, above + fy, s, prop, angle
        )
        pen.restore()
        drawn = np.asarray(scratch.buffer_rgba())  # type: ignore[no-untyped-call]
        box = _crop(drawn[..., 3])
        if box is None:
            return np.zeros((0, 0, 4), dtype=np.uint8), 0, 0
        r0, r1, c0, c1 = box
        # Bottom row first, as draw_image reads an image.
        pixels = np.ascontiguousarray(drawn[r0:r1, c0:c1][::-1])
        return pixels, c0 - left, above - r0


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
