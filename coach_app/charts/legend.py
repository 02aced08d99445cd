"""Legends above the panels and the key to the line styles under the chart.

Each is drawn as a handle and a text per entry at fixed offsets in points, rather than as a
``Legend`` box that measures every entry on every draw. Entries flow left to right and wrap
to a new row when the width is used up; a name too long for a whole row wraps onto several
lines instead of being cut, so a series is always named in full (the coach recognises a
goal by its exact words, and the PDF report prints the same chart).

Widths are estimated from the number of characters (generously, so entries never overlap)
instead of measured: measuring a text is about as costly as drawing it.
"""

from __future__ import annotations

import textwrap
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Final

import matplotlib as mpl
from matplotlib.collections import PathCollection
from matplotlib.colors import to_rgba
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.markers import MarkerStyle
from matplotlib.path import Path
from matplotlib.text import Text
from matplotlib.transforms import Affine2D, ScaledTranslation, Transform

from coach_app.charts.artists import points_from, recipe
from coach_app.charts.layout import KEY_BOTTOM_IN, LEFT_IN, ChartLayout, figure_width_in
from coach_app.charts.recycle import reuse
from coach_app.charts.style import Theme
from coach_app.i18n import _

#: Average advance of a character of the UI font, in ems; a little above DejaVu Sans' average
#: so an estimate errs towards a gap rather than an overlap.
_CHAR_EM: Final = 0.6
_ENTRY_GAP_PT: Final = 11.0  # between two entries of a row
_LINE_EM: Final = 1.2  # line height of a wrapped name, in ems
_KEY_RIGHT_IN: Final = 0.3  # the key stops this far from the figure's right edge

#: Sizes of the panel legends and of the key, in points.
LEGEND_FONT: Final = 7.0
LEGEND_ROW_PT: Final = 11.0
KEY_FONT: Final = 6.5
KEY_ROW_PT: Final = 11.5


@dataclass(frozen=True)
class Entry:
    """One entry of a legend or of the key: a handle drawn as a line, markers or a swatch.

    Attributes:
        label: the full text (never shortened; it wraps when too long for a row).
        line: Line2D properties of the handle.
        swatch: Rectangle properties of the handle.
        series: the series the entry names, so a click on it can focus that series.
        bold: the entry names the series in focus.
    """

    label: str
    line: dict[str, Any] | None = None
    swatch: dict[str, Any] | None = None
    series: str | None = None
    bold: bool = False

    @property
    def key(self) -> tuple[str, str]:
        """Equal for entries that read the same (a line's width may follow its density)."""
        style = self.line or self.swatch or {}
        return (self.label, repr([style.get(name) for name in ("color", "marker", "facecolor")]))


@dataclass(frozen=True)
class Placed:
    """An entry placed in a flow: its offset from the flow's origin and its wrapped text."""

    entry: Entry
    x_pt: float
    top_pt: float  # distance from the flow's top edge down to the top of its row
    text: str


@dataclass(frozen=True)
class Flow:
    """Entries placed in rows, and the height they take."""

    placed: tuple[Placed, ...]
    height_pt: float


def band_entry(colour: Any, alpha: float) -> Entry:
    """The entry of a "within measurement error" band in ``colour``."""
    return Entry(
        _("within measurement error"),
        swatch={"facecolor": colour, "alpha": alpha, "linewidth": 0},
    )


def entry_for(line: Line2D, label: str, *, series: str | None = None) -> Entry:
    """An entry whose handle looks like ``line``."""
    return Entry(
        label,
        line={
            "color": line.get_color(),
            "linestyle": line.get_linestyle(),
            "linewidth": line.get_linewidth(),
            "alpha": line.get_alpha(),
            "marker": line.get_marker(),
            "markersize": line.get_markersize(),
            "markerfacecolor": line.get_markerfacecolor(),
            "markeredgecolor": line.get_markeredgecolor(),
        },
        series=series,
    )


def text_width_pt(text: str, fontsize: float) -> float:
    """An estimate of the width of ``text`` (its longest line) at ``fontsize``."""
    longest = max((len(line) for line in text.split("\n")), default=0)
    return longest * fontsize * _CHAR_EM


def wrap(label: str, width_pt: float, fontsize: float) -> str:
    """``label`` broken into lines no wider than ``width_pt``; never shortened."""
    chars = max(8, int(width_pt / (fontsize * _CHAR_EM)))
    if len(label) <= chars:
        return label
    return "\n".join(textwrap.wrap(label, width=chars, break_long_words=True)) or label


def wrap_after(text: str, separator: str, width_pt: float, fontsize: float) -> str:
    """``text`` in lines no wider than ``width_pt``, broken after a ``separator`` where it can.

    A caption's parts ("12 points", "2025-10-16 – 2026-12-01") stay whole on one line; a part
    longer than a line is broken at its spaces. Never shortened.
    """
    chars = max(8, int(width_pt / (fontsize * _CHAR_EM)))
    if len(text) <= chars:
        return text
    lines: list[str] = []
    current = ""
    for part in text.split(separator):
        joined = f"{current}{separator}{part}" if current else part
        if current and len(joined) > chars:
            lines.append(current)
            current = part
        else:
            current = joined
    lines.append(current)
    return "\n".join(wrap(line, width_pt, fontsize) for line in lines)


def flow(
    entries: Sequence[Entry],
    width_pt: float,
    *,
    fontsize: float,
    row_pt: float,
    handle_pt: float,
    pad_pt: float,
) -> Flow:
    """Place ``entries`` left to right in rows no wider than ``width_pt``."""
    placed: list[Placed] = []
    line_pt = fontsize * _LINE_EM
    x = 0.0
    top = 0.0
    row_height = row_pt
    text_room = max(width_pt - handle_pt - pad_pt, fontsize * 8)
    for entry in entries:
        text = wrap(entry.label, text_room, fontsize)
        width = handle_pt + pad_pt + text_width_pt(text, fontsize)
        if x > 0 and x + width > width_pt:
            top += row_height
            x, row_height = 0.0, row_pt
        lines = text.count("\n") + 1
        row_height = max(row_height, row_pt + (lines - 1) * line_pt)
        placed.append(Placed(entry, x, top, text))
        x += width + _ENTRY_GAP_PT
    height = top + row_height if placed else 0.0
    return Flow(tuple(placed), height)


def draw_flow(
    fig: Figure,
    origin: Transform,
    laid_out: Flow,
    theme: Theme,
    *,
    fontsize: float,
    row_pt: float,
    handle_pt: float,
    pad_pt: float,
    name: str = "flow",
    place: object = None,
) -> list[tuple[Text, Entry]]:
    """Draw a :func:`flow` whose top-left corner is ``origin``; returns each entry's text.

    Figure-level artists at fixed offsets in points: no ``Legend`` box to lay out and measure
    on every draw, and nothing added to the panels' own lines. They are kept from the last
    draw (``charts.recycle``) under ``name`` while ``place`` — what ``origin`` was made from
    (without it, the origin object itself) — and what they show are the same.
    """
    where = origin if place is None else place
    points: list[Transform] = []

    def at() -> Transform:
        # Made once, and only when some artist of the flow is built anew.
        if not points:
            points.append(points_from(fig, origin))
        return points[0]

    drawn: list[tuple[Text, Entry]] = []
    handles = _Handles()
    for number, item in enumerate(laid_out.placed):
        entry = item.entry
        x = item.x_pt
        y = -(item.top_pt + row_pt / 2)  # the middle of the entry's first line
        if entry.swatch is not None:
            handles.swatch(x, y, handle_pt, 0.7 * fontsize, entry.swatch)
        if entry.line is not None:
            handles.line(x, y, handle_pt, entry.line)

        def build(item: Placed = item, x: float = x, y: float = y) -> Text:
            return fig.text(
                x + handle_pt + pad_pt,
                y + fontsize * 0.45,  # the top of the first line, level with the handle
                item.text,
                transform=at(),
                fontsize=fontsize,
                fontweight="bold" if item.entry.bold else "normal",
                color=theme.fg,
                ha="left",
                va="top",
                linespacing=_LINE_EM,
            )

        def rename(
            text: Text, old: tuple[Any, ...], new: tuple[Any, ...], item: Placed = item
        ) -> bool:
            # Another name at another place in the same flow (another coachee's goals), in
            # the same font and colour: the text moves and takes the new words in place.
            if (old[0], *old[4:]) != (new[0], *new[4:]):
                return False
            x, y = new[1], new[2]
            text.set_position((x + handle_pt + pad_pt, y + fontsize * 0.45))
            text.set_text(item.text)
            return True

        made = recipe(where, x, y, item.text, fontsize, entry.bold, theme.fg, handle_pt, pad_pt)
        text = reuse(fig, f"{name}:{number}", made, build, adapt=rename)
        drawn.append((text, entry))
    handles.add_to(fig, f"{name}:handles", where, at)
    return drawn


#: What matplotlib takes as "no line" for a line style and "no marker" for a marker.
_DRAWS_NOTHING: Final = frozenset({"None", "none", " ", ""})


class _Handles:
    """The handles of one flow, drawn as one collection of paths in points.

    A ``Line2D`` and a ``Rectangle`` per entry made a dozen artists per chart, each a few
    hundred microseconds to build and draw on every redraw; a collection draws them all in one
    call. The paths are in points from the flow's origin, in drawing order (swatches, then
    each line's stroke and its marker), with each path's own colours, width and dashes. What
    is asked for is noted first, and the paths made only when the collection is built anew.
    """

    def __init__(self) -> None:
        self.asked: list[tuple[str, float, float, float, dict[str, Any]]] = []
        self.paths: list[Path] = []
        self.faces: list[Any] = []
        self.edges: list[Any] = []
        self.widths: list[float] = []
        self.styles: list[Any] = []

    def swatch(
        self, x: float, y: float, width: float, height: float, props: dict[str, Any]
    ) -> None:
        """A filled box ``width`` × ``height`` points, centred on ``y``, as ``props`` say."""
        self.asked.append(("swatch", x, y, width, {**props, "height": height}))

    def line(self, x: float, y: float, width: float, props: dict[str, Any]) -> None:
        """A stroke ``width`` points long at height ``y``, and its marker in the middle."""
        self.asked.append(("line", x, y, width, props))

    def _add(self, path: Path, face: Any, edge: Any, width: float, style: Any = "solid") -> None:
        self.paths.append(path)
        self.faces.append(face)
        self.edges.append(edge)
        self.widths.append(width)
        self.styles.append(style)

    def _swatch(self, x: float, y: float, width: float, props: dict[str, Any]) -> None:
        height = props["height"]
        face = to_rgba(props["facecolor"], props.get("alpha"))
        box = Path.unit_rectangle().transformed(
            Affine2D().scale(width, height).translate(x, y - height / 2)
        )
        self._add(box, face, "none", 0.0)

    def _line(self, x: float, y: float, width: float, props: dict[str, Any]) -> None:
        alpha = props.get("alpha")
        colour = props.get("color", mpl.rcParams["lines.color"])
        style = props.get("linestyle", "solid")
        if style not in _DRAWS_NOTHING:
            stroke = Path([(x, y), (x + width, y)])
            linewidth = props.get("linewidth", mpl.rcParams["lines.linewidth"])
            self._add(stroke, "none", to_rgba(colour, alpha), linewidth, style)
        marker = MarkerStyle(props.get("marker", "None"))
        if marker.get_marker() in _DRAWS_NOTHING:
            return
        size = props.get("markersize", mpl.rcParams["lines.markersize"])
        shape = marker.get_path().transformed(
            marker.get_transform() + Affine2D().scale(size).translate(x + width / 2, y)
        )
        face = props.get("markerfacecolor", colour)
        edge = props.get("markeredgecolor", colour)
        self._add(
            shape,
            "none" if _is_none(face) else to_rgba(face, alpha),
            "none" if _is_none(edge) else to_rgba(edge, alpha),
            props.get("markeredgewidth", mpl.rcParams["lines.markeredgewidth"]),
        )

    def add_to(
        self, fig: Figure, key: str, place: object, points: Callable[[], Transform]
    ) -> PathCollection | None:
        """Add the handles to ``fig`` (nothing when the flow has none), kept as ``key``."""
        if not self.asked:
            return None

        def make_paths() -> None:
            for kind, x, y, width, props in self.asked:
                (self._swatch if kind == "swatch" else self._line)(x, y, width, props)

        def build() -> PathCollection:
            make_paths()
            handles = PathCollection(
                self.paths,
                transform=points(),
                facecolors=self.faces,
                edgecolors=self.edges,
                linewidths=self.widths,
                linestyles=self.styles,
            )
            handles.set_gid("legend-handles")
            fig.add_artist(handles)
            return handles

        def redo(handles: PathCollection, old: tuple[Any, ...], new: tuple[Any, ...]) -> bool:
            # Other entries in the same flow (another coachee's goals): the same collection,
            # at the same origin, takes the new paths, colours, widths and dashes in place.
            if old[0] != new[0]:
                return False
            make_paths()
            handles.set_paths(self.paths)
            handles.set_facecolor(self.faces)
            handles.set_edgecolor(self.edges)
            handles.set_linewidth(self.widths)
            handles.set_linestyle(self.styles)
            return True

        return reuse(fig, key, recipe(place, self.asked), build, adapt=redo)


def _is_none(colour: Any) -> bool:
    return isinstance(colour, str) and colour.lower() == "none"


def legend_flow(entries: Sequence[Entry], width_pt: float) -> Flow:
    """The rows of a panel's legend ``width_pt`` wide."""
    return flow(
        entries, width_pt, fontsize=LEGEND_FONT, row_pt=LEGEND_ROW_PT, handle_pt=12.6, pad_pt=4.5
    )


def draw_legend(
    fig: Figure, origin: Transform, laid_out: Flow, theme: Theme, *, name: str, place: object
) -> list[tuple[Text, Entry]]:
    """A panel's legend (see :func:`legend_flow`) with its top-left corner at ``origin``.

    ``name`` and ``place`` say which legend it is and what ``origin`` was made from, so an
    unchanged legend is kept from the last draw (see :func:`draw_flow`).
    """
    return draw_flow(
        fig,
        origin,
        laid_out,
        theme,
        fontsize=LEGEND_FONT,
        row_pt=LEGEND_ROW_PT,
        handle_pt=12.6,
        pad_pt=4.5,
        name=name,
        place=place,
    )


def key_entries(layout: ChartLayout, theme: Theme, *, hint: bool) -> list[Entry]:
    """The key to the line styles, for the elements that were drawn.

    With ``hint``, it ends by saying how to see the reference lines of a series (they are
    drawn for the series in focus only).
    """
    colour = theme.muted
    entries: list[Entry] = []

    def line(style: str, label: str) -> Entry:
        return Entry(label, line={"color": colour, "linestyle": style, "linewidth": 1.0})

    def ring(shape: str, label: str) -> Entry:
        return Entry(
            label,
            line={
                "linestyle": "none",
                "marker": shape,
                "markersize": 6,
                "markerfacecolor": "none",
                "markeredgecolor": colour,
            },
        )

    if layout.baselines:
        entries.append(line(":", _("baseline (first score)")))
    if layout.bands:
        entries.append(band_entry(colour, 0.35))
    if layout.medians:
        entries.append(line("-.", _("median (≥ 5 points)")))
    if layout.slopes:
        entries.append(line("--", _("slope, descriptive")))
    if any(layout.signals.values()):
        entries.append(ring("o", _("shift (6+ on one side)")))
        entries.append(ring("D", _("trend (5+ rising/falling)")))
    if hint:
        entries.append(
            Entry(_("Click a series or its name to show its baseline, median and slope."))
        )
    return entries


def key_flow(fig: Figure, entries: Sequence[Entry]) -> Flow:
    """The rows of the key under a figure as wide as ``fig``."""
    width_pt = (figure_width_in(fig) - LEFT_IN - _KEY_RIGHT_IN) * 72
    return flow(entries, width_pt, fontsize=KEY_FONT, row_pt=KEY_ROW_PT, handle_pt=14.3, pad_pt=5)


def draw_key(fig: Figure, layout: ChartLayout, laid_out: Flow, theme: Theme) -> None:
    """Draw the key (see :func:`key_flow`) at the bottom of the figure."""
    if not laid_out.placed:
        return
    top_in = KEY_BOTTOM_IN + laid_out.height_pt / 72
    drawn = draw_flow(
        fig,
        ScaledTranslation(LEFT_IN, top_in, fig.dpi_scale_trans),
        laid_out,
        theme,
        fontsize=KEY_FONT,
        row_pt=KEY_ROW_PT,
        handle_pt=14.3,
        pad_pt=5,
        name="key",
        place=("key", top_in),
    )
    layout.key = [entry.label for _text, entry in drawn]
