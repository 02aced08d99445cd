"""Draw the progress chart and sparklines onto a matplotlib ``Figure`` (no backend, no pyplot).

What may be drawn is decided in :mod:`coach_app.services.progress_series`; this module only turns
those plain series into artists, following ``INSTRUMENTS.md`` ("The progress chart"):

* calendar-time x axis shared by every panel; each gap-free segment is its own line, so nothing
  is ever drawn across a gap;
* panels: confidence (0–10) per goal; goal attainment (GAS level per goal, T-score on a right
  axis aligned so T = 50 sits on level 0, "as expected"); GSE (10–40) and the empowerment
  subscales (1–7) on two stacked axes so each keeps its own scale; one panel per custom metric;
  psychological safety last, muted and labelled as context;
* a dotted baseline at the first score; a shaded band "within measurement error" only when the
  series carries one; a median line, run-chart signals and a dashed slope labelled "descriptive"
  only when the series has a median (≥ 5 points);
* experiment markers on their own strip of the time axis, kept in the returned layout so a
  widget can hit-test them;
* one caption per panel: "self-reported · n points · date range · instrument vX";
* no cut-offs, and an empty-state message when there is nothing to draw.

Colours come from the Okabe–Ito colour-blind-safe palette, every line also has its own marker
shape, and foreground/background colours are parameters so the chart reads on a dark theme too.

Speed. The chart is redrawn on every check-box and period change, and a coachee can have years
of sessions. What a matplotlib chart costs is its artists and, above all, its text: Agg shapes
and rasterises every glyph of every label on every draw (about 50 µs a glyph), while a line
of a thousand points costs little more than one of ten. So:

* one ``Line2D`` per experiment decision, not per experiment (hit-tested by index), and one
  artist per kind of run-chart signal;
* no matplotlib ticks on the value axes: a tick is five artists and a layout pass; the value
  labels are plain texts and the gridlines one collection per panel. Only the bottom axis has
  (date) ticks; the panels above get the same dates as one collection of gridlines;
* the legends and the key are drawn as a handle and a text per entry at fixed offsets, rather
  than as ``Legend`` boxes that measure every entry on every draw;
* titles at a fixed height (matplotlib would otherwise measure the axis to place them), texts
  instead of annotations, and lines added directly instead of through ``Axes.plot``;
* a dense series (more points in view than can be told apart) gets a thinner line and a marker
  on every n-th point only, which also keeps three years of sessions legible; guides from the
  experiments up through the panels are drawn only while they stay apart.
"""

from __future__ import annotations

import dataclasses
import math
import textwrap
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any, Final

import matplotlib as mpl
import matplotlib.dates as mdates
import numpy as np
from matplotlib.artist import Artist
from matplotlib.axes import Axes
from matplotlib.collections import LineCollection
from matplotlib.colors import to_rgb
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Rectangle
from matplotlib.ticker import FixedLocator, MaxNLocator, NullLocator
from matplotlib.transforms import Affine2D, ScaledTranslation, Transform

from coach_app.services.progress import ProgressData
from coach_app.services.progress_series import ExperimentMarker, Series

# Text is most of the cost of drawing a chart (see the module docstring), and FreeType's
# bytecode hinting is most of the cost of a glyph: unhinted glyphs, as PDF and SVG viewers draw
# them, rasterise about a third faster and read the same at these sizes. Every chart of the
# app is drawn through this module, so this is where its raster text is configured.
mpl.rcParams["text.hinting"] = "no_hinting"

#: Okabe & Ito (2008); the order puts the strongest contrasts first for each background.
PALETTE_LIGHT: Final = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#D55E00", "#56B4E9")
PALETTE_DARK: Final = ("#56B4E9", "#E69F00", "#009E73", "#CC79A7", "#F0E442", "#D55E00")
#: A second cue besides colour, so lines stay apart in greyscale and for every colour vision.
MARKERS: Final = ("o", "s", "^", "D", "v", "P")

DECISION_STYLE: Final = {
    "adopt": ("^", "#009E73", "adopted"),
    "adapt": ("D", "#E69F00", "adapted"),
    "abandon": ("v", "#D55E00", "abandoned"),
    None: ("o", None, "not decided yet"),
}

EXPERIMENTS_KEY: Final = "experiments"
EXPERIMENTS_PANEL: Final = "Time axis"
EMPTY_TEXT: Final = (
    "No measurements to show yet.\n"
    "Record a confidence rating or a questionnaire to start this chart."
)
_LEGEND_WIDTH: Final = 25  # characters of a goal title shown in a legend
#: Above this many points in view per inch of panel width, neighbouring markers merge into a
#: smear: the line gets thinner and only every n-th point keeps its marker (the shape still
#: tells the lines apart without colour).
_DENSE_PER_INCH: Final = 6.0
_SPARSE_MARKERS_PER_INCH: Final = 1.5
#: Guides from each experiment up through the panels are drawn while they stay this far apart
#: on average (in inches); closer, they only grey the panels and the strip says it all.
_GUIDE_SPACING_IN: Final = 0.2


@dataclass(frozen=True)
class SeriesChoice:
    """A series the viewer can switch on or off (the widget's check-boxes)."""

    key: str
    name: str
    panel: str


@dataclass
class ChartLayout:
    """The artists of one drawn chart, so tests and the widget can inspect or hit-test them.

    Attributes:
        axes: panel key → its axes (the left axis where a panel has two).
        twin_axes: panel key → the right-hand axis of a panel with two scales.
        lines: series key → one Line2D per gap-free segment.
        baselines, medians, slopes: series key → that line.
        bands: series key → the "within measurement error" patch.
        signals: series key → the artists marking run-chart signals.
        reference_lines: panel key → the "as expected" line.
        markers: each experiment marker with the artist that draws it; the markers of one
            decision share an artist (see :meth:`marker_position`).
        captions: panel key → caption text.
        legends: panel key (and ``"experiments"``) → the texts of its legend, top to bottom.
        key: the texts of the key to the line styles under the chart.
        empty: True when the empty-state message was drawn instead of panels.
    """

    axes: dict[str, Axes] = field(default_factory=dict)
    twin_axes: dict[str, Axes] = field(default_factory=dict)
    lines: dict[str, list[Line2D]] = field(default_factory=dict)
    baselines: dict[str, Line2D] = field(default_factory=dict)
    medians: dict[str, Artist] = field(default_factory=dict)
    slopes: dict[str, Line2D] = field(default_factory=dict)
    bands: dict[str, Artist] = field(default_factory=dict)
    signals: dict[str, list[Artist]] = field(default_factory=dict)
    reference_lines: dict[str, Artist] = field(default_factory=dict)
    markers: list[tuple[Line2D, ExperimentMarker]] = field(default_factory=list)
    captions: dict[str, str] = field(default_factory=dict)
    legends: dict[str, list[str]] = field(default_factory=dict)
    key: list[str] = field(default_factory=list)
    empty: bool = False
    # Index of each entry of ``markers`` in its artist's data.
    marker_slots: list[int] = field(default_factory=list)

    def marker_position(self, number: int) -> tuple[float, float]:
        """Display coordinates (pixels) of ``markers[number]``, e.g. to point at it."""
        artist, _marker = self.markers[number]
        slot = self.marker_slots[number]
        x, y = artist.get_xdata()[slot], artist.get_ydata()[slot]
        display = artist.get_transform().transform((x, y))
        return float(display[0]), float(display[1])

    def marker_at(self, event: Any) -> ExperimentMarker | None:
        """Return the experiment marker under a matplotlib mouse event (the nearest), or None."""
        by_slot: dict[tuple[int, int], ExperimentMarker] = {}
        artists: dict[int, Line2D] = {}
        for (artist, marker), slot in zip(self.markers, self.marker_slots, strict=True):
            by_slot[(id(artist), slot)] = marker
            artists[id(artist)] = artist
        best: tuple[float, ExperimentMarker] | None = None
        for key, artist in artists.items():
            hit, details = artist.contains(event)
            if not hit:
                continue
            xy = np.column_stack([artist.get_xdata(), artist.get_ydata()])
            display = artist.get_transform().transform(xy)
            for slot in details.get("ind", ()):
                distance = float(np.hypot(*(display[slot] - (event.x, event.y))))
                marker = by_slot.get((key, int(slot)))
                if marker is not None and (best is None or distance < best[0]):
                    best = (distance, marker)
        return best[1] if best is not None else None


@dataclass(frozen=True)
class _Theme:
    fg: str
    bg: str
    palette: tuple[str, ...]

    @property
    def muted(self) -> tuple[float, float, float]:
        # Halfway between foreground and background reads as "secondary" on either theme.
        fg, bg = to_rgb(self.fg), to_rgb(self.bg)
        return (
            (fg[0] + bg[0]) / 2,
            (fg[1] + bg[1]) / 2,
            (fg[2] + bg[2]) / 2,
        )


def _theme(fg: str, bg: str) -> _Theme:
    red, green, blue = to_rgb(bg)
    dark = 0.2126 * red + 0.7152 * green + 0.0722 * blue < 0.5
    return _Theme(fg=fg, bg=bg, palette=PALETTE_DARK if dark else PALETTE_LIGHT)


@dataclass(frozen=True)
class _Panel:
    key: str
    title: str
    series: tuple[Series, ...]
    ylim: tuple[float, float]
    twin: Series | None = None
    context: bool = False
    yticks: tuple[float, ...] | None = None  # gridlines; None: about five round values
    labelled: tuple[float, ...] | None = None  # the gridlines with a value label; None: all
    named: bool = False  # the title names the panel's one series, so its legend needn't


def _short(text: str, width: int = _LEGEND_WIDTH) -> str:
    return textwrap.shorten(text, width=width, placeholder="…") or text[:width]


def _panels(data: ProgressData) -> list[_Panel]:
    """The panels the data could fill, in order (before visibility is applied)."""
    panels: list[_Panel] = []
    if data.confidence:
        panels.append(
            _Panel(
                "confidence",
                "Confidence (0–10)",
                data.confidence,
                (-0.4, 10.4),
                yticks=(0, 2, 4, 6, 8, 10),
            )
        )
    if data.gas_levels or data.gas_t is not None:
        panels.append(
            _Panel(
                "goals",
                "Goal attainment (GAS)",
                data.gas_levels,
                (-2.5, 2.5),
                twin=data.gas_t,
            )
        )
    if data.gse is not None:
        panels.append(
            _Panel(
                "gse",
                "General self-efficacy (GSE, 10–40)",
                (data.gse,),
                (9, 41),
                yticks=(10, 20, 30, 40),
                named=True,
            )
        )
    if data.empowerment:
        panels.append(
            _Panel(
                "empowerment",
                "Empowerment subscales (1–7)",
                data.empowerment,
                (0.8, 7.2),
                yticks=(1, 2, 3, 4, 5, 6, 7),
                labelled=(1, 4, 7),
            )
        )
    for series in data.custom:
        low, high = series.scale or _value_range(series)
        pad = (high - low) * 0.04 or 0.5
        panels.append(
            _Panel(
                series.key,
                f"{series.name} ({low:g}–{high:g})",
                (series,),
                (low - pad, high + pad),
                named=True,
            )
        )
    if data.psych_safety is not None:
        label = data.psych_safety.context_label or "team climate as the coachee sees it"
        panels.append(
            _Panel(
                "context",
                f"Context: {label} (1–7)",
                (data.psych_safety,),
                (0.8, 7.2),
                context=True,
                yticks=(1, 4, 7),
                named=True,
            )
        )
    return panels


def _value_range(series: Series) -> tuple[float, float]:
    values = [point.value for point in series.points] or [0.0, 1.0]
    low, high = min(values), max(values)
    return (low, high) if high > low else (low - 1, high + 1)


def series_choices(data: ProgressData) -> list[SeriesChoice]:
    """Every series that can be switched on or off, plus the experiment markers."""
    choices: list[SeriesChoice] = []
    for panel in _panels(data):
        for series in (*panel.series, *((panel.twin,) if panel.twin else ())):
            choices.append(SeriesChoice(series.key, series.name, panel.title))
    if data.markers:
        choices.append(SeriesChoice(EXPERIMENTS_KEY, "Experiments", EXPERIMENTS_PANEL))
    return choices


def _shown(key: str, visible: set[str] | None) -> bool:
    return visible is None or key in visible


def _x_range(data: ProgressData, date_range: tuple[date, date] | None) -> tuple[date, date]:
    if date_range is not None:
        first, last = date_range
    else:
        assert data.date_range is not None
        first, last = data.date_range
    span = (last - first).days
    pad = timedelta(days=max(7, round(span * 0.03)))
    return first - pad, last + pad


def _caption(series_list: Sequence[Series], x_range: tuple[date, date] | None) -> str:
    """The honesty caption of a panel: one series' label, or a summary of several."""
    if len(series_list) == 1:
        caption = series_list[0].label
    else:
        points = [p for s in series_list for p in s.points]
        versions = sorted({f"{_instrument_name(s)} v{s.instrument_version}" for s in series_list})
        parts = ["self-reported", f"{len(points)} points"]
        if points:
            first = min(p.date for p in points).isoformat()
            last = max(p.date for p in points).isoformat()
            parts.append(first if first == last else f"{first} – {last}")
        caption = " · ".join([*parts, *versions])
    if x_range is not None:
        total = sum(len(s.points) for s in series_list)
        inside = sum(1 for s in series_list for p in s.points if x_range[0] <= p.date <= x_range[1])
        if inside != total:
            caption += f" · {inside} in view"
    return caption


def _instrument_name(series: Series) -> str:
    # The label ends with "<short name> v<version>"; take the short name from there so the
    # panel caption names the instrument exactly as the series caption does.
    tail = series.label.rsplit(" · ", 1)[-1]
    return tail.rsplit(" v", 1)[0]


def draw_progress(
    fig: Figure,
    data: ProgressData,
    *,
    visible: set[str] | None = None,
    date_range: tuple[date, date] | None = None,
    fg: str = "#1f1f1f",
    bg: str = "#ffffff",
) -> ChartLayout:
    """Clear ``fig`` and draw a coachee's progress chart on it.

    Args:
        fig: the figure to draw on (a canvas's figure, or a fresh ``Figure`` for export).
        data: the series, computed once by ``services.progress.progress_data``.
        visible: series keys to draw (and ``"experiments"`` for the markers); None draws all.
        date_range: (first, last) day of the x axis; None fits the data.
        fg: text and axis colour.
        bg: background colour.

    Returns:
        The artists drawn, for hit-testing experiment markers and for tests.
    """
    theme = _theme(fg, bg)
    # Dropping the old axes without Axes.clear() (which rebuilds every tick only to throw it
    # away) halves the cost of a redraw when the coach flips a check-box.
    for old in list(fig.axes):
        fig.delaxes(old)
    fig.clear()
    # Margins are fixed in inches below; a layout engine set by the caller would fight them.
    fig.set_layout_engine("none")
    fig.set_facecolor(theme.bg)
    layout = ChartLayout()

    panels = []
    for panel in _panels(data):
        shown = tuple(s for s in panel.series if _shown(s.key, visible))
        twin = panel.twin if panel.twin is not None and _shown(panel.twin.key, visible) else None
        if shown or twin is not None:
            panels.append(dataclasses.replace(panel, series=shown, twin=twin))
    show_markers = bool(data.markers) and _shown(EXPERIMENTS_KEY, visible)
    if not panels or data.date_range is None:
        _draw_empty(fig, theme, layout)
        return layout

    x_range = _x_range(data, date_range)
    rects = _panel_rects(fig, [panel.context for panel in panels], show_markers)
    view = _View(
        low=float(mdates.date2num(x_range[0])),
        high=float(mdates.date2num(x_range[1])),
        width_in=rects[0][2] * fig.get_size_inches()[0],
        caption_range=date_range,
    )
    all_axes: list[Axes] = []
    named: set[tuple[str, str]] = set()  # legend entries drawn so far
    for panel, rect in zip(panels, rects, strict=False):
        ax = fig.add_axes(rect)
        all_axes.append(ax)
        layout.axes[panel.key] = ax
        _style_axes(ax, theme)
        _draw_panel(ax, panel, data, theme, layout=layout, view=view, named=named)
    if show_markers:
        strip = fig.add_axes(rects[-1])
        all_axes.append(strip)
        layout.axes[EXPERIMENTS_KEY] = strip
        _style_axes(strip, theme)
        _draw_markers(strip, all_axes[:-1], data.markers, theme, layout=layout, view=view)
    _draw_time_axis(all_axes, view, theme, strip=show_markers)
    _draw_key(fig, layout, theme)
    return layout


@dataclass(frozen=True)
class _View:
    """The visible x range (matplotlib date numbers) and how wide the panels are."""

    low: float
    high: float
    width_in: float
    caption_range: tuple[date, date] | None  # the period the coach chose, for "n in view"

    def count(self, xs: np.ndarray) -> int:
        """How many of ``xs`` fall inside the view."""
        return int(np.count_nonzero((xs >= self.low) & (xs <= self.high)))

    def dense(self, in_view: int) -> bool:
        """True when ``in_view`` points are too close to mark each one."""
        return in_view > self.width_in * _DENSE_PER_INCH

    def marker_stride(self, in_view: int) -> int:
        """Mark every n-th point of a dense line, about 1.5 markers per inch."""
        if not self.dense(in_view):
            return 1
        return max(1, math.ceil(in_view / (self.width_in * _SPARSE_MARKERS_PER_INCH)))


# Layout in inches, so text keeps its size whatever the figure size. Fixed margins instead of
# the constrained layout engine: the chart redraws on every range or visibility change, and
# the engine would double the render time for a layout that never changes.
_LEFT_IN: Final = 0.62
_RIGHT_IN: Final = 2.2  # the axis on the right of the goals panel, then the legends
_LEGEND_GAP_IN: Final = 0.5
_TOP_IN: Final = 0.08
_TITLE_IN: Final = 0.42  # panel title and caption above each panel
_STRIP_TITLE_IN: Final = 0.2
_BOTTOM_IN: Final = 0.62  # date labels and one row of the key
_KEY_ROW_IN: Final = 0.16
_KEY_BOTTOM_IN: Final = 0.1  # middle of the lowest row of the key
_KEY_ENTRIES_MAX: Final = 6
_KEY_ENTRY_IN: Final = 1.55
_GAP_IN: Final = 0.1
_TICK_PAD_PT: Final = 3.5  # between a value label and its axis
_AXIS_LABEL_PT: Final = 19.0  # from the axis to the middle of "level" / "T-score"


def _key_columns(width: float) -> int:
    # About 1.5 inches per entry of the key; a narrow figure (the A4 report) gets two rows.
    return max(1, min(_KEY_ENTRIES_MAX, int((width - _LEFT_IN) / _KEY_ENTRY_IN)))


def _panel_rects(
    fig: Figure, context: Sequence[bool], strip: bool
) -> list[tuple[float, float, float, float]]:
    """Figure-fraction rectangles of the panels (and the experiment strip) from the top."""
    width, height = fig.get_size_inches()
    ratios = [0.75 if is_context else 1.0 for is_context in context]
    titles = [_TITLE_IN] * len(ratios)
    if strip:
        ratios.append(0.3)
        titles.append(_STRIP_TITLE_IN)
    key_rows = -(-_KEY_ENTRIES_MAX // _key_columns(width))
    bottom = _BOTTOM_IN + _KEY_ROW_IN * (key_rows - 1)
    free = height - _TOP_IN - bottom - sum(titles) - _GAP_IN * (len(ratios) - 1)
    unit = max(free, 0.3 * len(ratios)) / sum(ratios)
    plot_width = max(width - _LEFT_IN - _RIGHT_IN, 1.0)
    rects = []
    top = height - _TOP_IN
    for ratio, title in zip(ratios, titles, strict=True):
        top -= title
        panel_height = ratio * unit
        rects.append(
            (
                _LEFT_IN / width,
                (top - panel_height) / height,
                plot_width / width,
                panel_height / height,
            )
        )
        top -= panel_height + _GAP_IN
    return rects


# --------------------------------------------------------------------------- cheap artists


def _figure(ax: Axes) -> Figure:
    figure = ax.get_figure(root=True)
    assert isinstance(figure, Figure)
    return figure


def _offset(ax: Axes, transform: Transform, x_points: float, y_points: float) -> Transform:
    """``transform`` shifted by a distance in points (what ``annotate`` does, without its cost)."""
    return transform + ScaledTranslation(x_points / 72, y_points / 72, _figure(ax).dpi_scale_trans)


def _points_from(fig: Figure, origin: Transform) -> Transform:
    """Coordinates in points from ``origin``'s translation; follows resizes and export dpi."""
    return Affine2D().scale(1 / 72) + fig.dpi_scale_trans + origin


def _add_line(ax: Axes, xs: Any, ys: Any, **props: Any) -> Line2D:
    # Axes.plot parses format strings and cycles properties for every call, and add_line
    # grows the data limits; the limits here are always set explicitly, so a Line2D added
    # as a plain artist draws the same for a fraction of the cost (it is still in ax.lines).
    line = Line2D(xs, ys, **props)
    ax.add_artist(line)
    return line


def _hline(ax: Axes, y: float, **props: Any) -> Line2D:
    """A full-width horizontal line at ``y`` (``axhline`` without the autoscale bookkeeping)."""
    return _add_line(ax, [0, 1], [y, y], transform=ax.get_yaxis_transform(), **props)


def _rules(ax: Axes, positions: Sequence[float], *, vertical: bool, **props: Any) -> LineCollection:
    """Lines across the whole panel at data ``positions``, as one collection."""
    if vertical:
        segments = [[(x, 0.0), (x, 1.0)] for x in positions]
        transform = ax.get_xaxis_transform()
    else:
        segments = [[(0.0, y), (1.0, y)] for y in positions]
        transform = ax.get_yaxis_transform()
    rules = LineCollection(segments, transform=transform, **props)
    ax.add_collection(rules, autolim=False)
    return rules


def _value_labels(
    ax: Axes, ticks: Sequence[float], labels: Sequence[str], theme: _Theme, *, right: bool = False
) -> None:
    """Value labels beside an axis, as plain texts (see the module docstring)."""
    side = 1.0 if right else 0.0
    transform = _offset(ax, ax.get_yaxis_transform(), _TICK_PAD_PT * (1 if right else -1), 0)
    for tick, label in zip(ticks, labels, strict=True):
        ax.text(
            side,
            tick,
            label,
            transform=transform,
            ha="left" if right else "right",
            va="center_baseline",
            fontsize=8,
            color=theme.fg,
        )


def _axis_label(ax: Axes, text: str, theme: _Theme, *, right: bool = False) -> None:
    shift = _AXIS_LABEL_PT * (1 if right else -1)
    ax.text(
        1.0 if right else 0.0,
        0.5,
        text,
        transform=_offset(ax, ax.transAxes, shift, 0),
        rotation=90,
        rotation_mode="anchor",
        ha="center",
        va="center",
        fontsize=7.5,
        color=theme.fg,
    )


def _number(value: float) -> str:
    return f"{value:g}".replace("-", "\N{MINUS SIGN}")


def _value_axis(ax: Axes, panel: _Panel, theme: _Theme) -> None:
    """Limits, gridlines and value labels of a panel's left axis."""
    low, high = panel.ylim
    ax.set_ylim(low, high)
    if panel.yticks is not None:
        ticks = list(panel.yticks)
    else:
        ticks = [t for t in MaxNLocator(5).tick_values(low, high) if low <= t <= high]
    _rules(ax, ticks, vertical=False, colors=[theme.muted], linewidth=0.6, alpha=0.25, zorder=0)
    labelled = list(panel.labelled) if panel.labelled is not None else ticks
    _value_labels(ax, labelled, [_number(t) for t in labelled], theme)


@dataclass(frozen=True)
class _Entry:
    """One line of a legend or of the key: a handle drawn as a line, markers or a swatch."""

    label: str
    line: dict[str, Any] | None = None  # Line2D properties of the handle
    swatch: dict[str, Any] | None = None  # Rectangle properties of the handle

    @property
    def key(self) -> tuple[str, str]:
        """Equal for entries that read the same (a line's width may follow its density)."""
        style = self.line or self.swatch or {}
        return (self.label, repr([style.get(name) for name in ("color", "marker", "facecolor")]))


def _entry_for(line: Line2D, label: str) -> _Entry:
    return _Entry(
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
    )


def _draw_entries(
    fig: Figure,
    origin: Transform,
    entries: Sequence[_Entry],
    theme: _Theme,
    *,
    fontsize: float,
    row_pt: float,
    handle_pt: float,
    pad_pt: float,
    columns: int = 1,
    column_pt: float = 0.0,
) -> list[str]:
    """Draw ``entries`` in rows (then columns) below ``origin``; returns their texts.

    Figure-level artists at fixed offsets in points: no ``Legend`` box to lay out and measure
    on every draw, and nothing added to the panels' own lines.
    """
    points = _points_from(fig, origin)
    rows = -(-len(entries) // max(columns, 1))
    for number, entry in enumerate(entries):
        column, row = divmod(number, rows)
        x = column * column_pt
        y = -(row + 0.5) * row_pt
        if entry.swatch is not None:
            height = 0.7 * fontsize
            swatch = Rectangle(
                (x, y - height / 2), handle_pt, height, transform=points, **entry.swatch
            )
            fig.add_artist(swatch)
        if entry.line is not None:
            handle = Line2D(
                [x, x + handle_pt / 2, x + handle_pt],
                [y, y, y],
                transform=points,
                markevery=[1],
                **entry.line,
            )
            fig.add_artist(handle)
        fig.text(
            x + handle_pt + pad_pt,
            y,
            entry.label,
            transform=points,
            fontsize=fontsize,
            color=theme.fg,
            ha="left",
            va="center_baseline",
        )
    return [entry.label for entry in entries]


def _draw_legend(ax: Axes, entries: Sequence[_Entry], theme: _Theme) -> list[str]:
    """A panel's legend to the right of it, clear of a right-hand axis."""
    origin = ScaledTranslation(_legend_x(ax), 1.0, ax.transAxes)
    return _draw_entries(
        _figure(ax),
        origin,
        entries,
        theme,
        fontsize=7,
        row_pt=11.5,
        handle_pt=12.6,
        pad_pt=5.6,
    )


# --------------------------------------------------------------------------- the chart


def _draw_time_axis(axes: Sequence[Axes], view: _View, theme: _Theme, *, strip: bool) -> None:
    """One calendar axis: ticks computed once, dated on the bottom axis only.

    The panels above get the same dates as faint gridlines (one collection each) instead of
    tick marks: a tick is five artists, and unlabelled ones only repeat the bottom axis.
    """
    low, high = view.low, view.high
    locator = mdates.AutoDateLocator(minticks=3, maxticks=9)
    locator.create_dummy_axis()
    locator.axis.set_view_interval(low, high)
    ticks = [tick for tick in locator() if low <= tick <= high]
    bottom = axes[-1]
    panels = axes[:-1] if strip else axes
    for ax in axes:
        ax.set_xlim(low, high)
        if ax is not bottom:
            ax.xaxis.set_major_locator(NullLocator())
        if ticks and ax in panels:
            _rules(
                ax, ticks, vertical=True, colors=[theme.muted], linewidth=0.6, alpha=0.25, zorder=0
            )
    bottom.xaxis.set_major_locator(FixedLocator(ticks))
    bottom.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
    bottom.tick_params(axis="x", colors=theme.fg, labelsize=8)


def _draw_key(fig: Figure, layout: ChartLayout, theme: _Theme) -> None:
    """A key to the line styles, shown only for the elements that were drawn."""
    colour = theme.muted
    entries: list[_Entry] = []

    def line(style: str, label: str) -> _Entry:
        return _Entry(label, line={"color": colour, "linestyle": style, "linewidth": 1.0})

    def ring(shape: str, label: str) -> _Entry:
        return _Entry(
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
        entries.append(line(":", "baseline (first score)"))
    if layout.bands:
        entries.append(
            _Entry(
                "within measurement error",
                swatch={"facecolor": colour, "alpha": 0.35, "linewidth": 0},
            )
        )
    if layout.medians:
        entries.append(line("-.", "median (≥ 5 points)"))
    if layout.slopes:
        entries.append(line("--", "slope, descriptive"))
    if any(layout.signals.values()):
        entries.append(ring("o", "shift (6+ on one side)"))
        entries.append(ring("D", "trend (5+ rising/falling)"))
    if not entries:
        return
    width, _height = fig.get_size_inches()
    columns = min(len(entries), _key_columns(width))
    rows = -(-len(entries) // columns)
    top_in = _KEY_BOTTOM_IN + (rows - 0.5) * _KEY_ROW_IN
    layout.key = _draw_entries(
        fig,
        ScaledTranslation(_LEFT_IN, top_in, fig.dpi_scale_trans),
        entries,
        theme,
        fontsize=6.5,
        row_pt=_KEY_ROW_IN * 72,
        handle_pt=14.3,
        pad_pt=5.2,
        columns=columns,
        column_pt=_KEY_ENTRY_IN * 72,
    )


def _draw_empty(fig: Figure, theme: _Theme, layout: ChartLayout) -> None:
    ax = fig.add_axes((0, 0, 1, 1))
    ax.set_axis_off()
    ax.set_facecolor(theme.bg)
    ax.text(
        0.5,
        0.5,
        EMPTY_TEXT,
        ha="center",
        va="center",
        color=theme.muted,
        fontsize=11,
        transform=ax.transAxes,
        wrap=True,
    )
    layout.axes["empty"] = ax
    layout.empty = True


def _style_axes(ax: Axes, theme: _Theme) -> None:
    ax.set_facecolor(theme.bg)
    for spine in ("top", "right"):
        ax.spines[spine].set_visible(False)
    for spine in ("left", "bottom"):
        ax.spines[spine].set_color(theme.muted)
    # Values are labelled by _value_axis, dates by _draw_time_axis.
    ax.yaxis.set_major_locator(NullLocator())


def _style_index(series: Series, index: int, data: ProgressData) -> int:
    """Which colour and marker a series gets: a goal keeps its own in every panel."""
    goal_id = data.goal_of_series.get(series.key)
    if goal_id is not None:
        charted = [goal.id for goal in data.goals if goal.charted]
        return charted.index(goal_id) if goal_id in charted else index
    if series.key == "confidence":
        # The overall rating sits after the (at most four) goal colours.
        return 4
    return index


def _draw_panel(
    ax: Axes,
    panel: _Panel,
    data: ProgressData,
    theme: _Theme,
    *,
    layout: ChartLayout,
    view: _View,
    named: set[tuple[str, str]],
) -> None:
    if panel.key != "goals":
        _value_axis(ax, panel, theme)
    entries: list[_Entry] = []
    for index, series in enumerate(panel.series):
        style = _style_index(series, index, data)
        colour = theme.muted if panel.context else theme.palette[style % len(theme.palette)]
        marker = MARKERS[style % len(MARKERS)]
        entries.extend(
            _draw_series(
                ax,
                series,
                colour,
                marker=marker,
                layout=layout,
                view=view,
                context=panel.context,
            )
        )

    if panel.key == "goals":
        entries.extend(_draw_goal_axes(ax, panel, theme, layout, view))

    shown = [*panel.series, *((panel.twin,) if panel.twin else ())]
    caption = _caption(shown, view.caption_range)
    layout.captions[panel.key] = caption
    # y given: matplotlib would otherwise measure the axis on every draw to place the title.
    ax.set_title(
        panel.title, loc="left", fontsize=9, color=theme.fg, fontweight="bold", pad=13, y=1.0
    )
    ax.text(
        0,
        1,
        caption,
        transform=_offset(ax, ax.transAxes, 0, 3),
        fontsize=7,
        color=theme.muted,
        va="bottom",
        ha="left",
    )
    if panel.named:
        # Title and caption already name the one series; only a band needs explaining.
        entries = [entry for entry in entries if entry.swatch is not None]
    # A goal has the same colour and marker in every panel: name it once, in the first.
    entries = [entry for entry in entries if entry.line is None or entry.key not in named]
    named.update(entry.key for entry in entries)
    if entries:
        layout.legends[panel.key] = _draw_legend(ax, entries, theme)


def _legend_x(ax: Axes) -> float:
    """Axes-fraction x where every panel's legend starts, clear of a right-hand axis."""
    width_in = ax.get_position().width * _figure(ax).get_size_inches()[0]
    return 1 + _LEGEND_GAP_IN / max(width_in, 0.1)


def _legend_name(series: Series) -> str:
    # Inside the empowerment panel the subscale alone says which line is which.
    name = series.name.split(": ", 1)[1] if series.subscale else series.name
    return _short(name)


def _draw_series(
    ax: Axes,
    series: Series,
    colour: Any,
    *,
    marker: str,
    layout: ChartLayout,
    view: _View,
    context: bool = False,
    width: float | None = None,
    alpha: float = 1.0,
) -> list[_Entry]:
    """Draw one series' segments, baseline, band, median, signals and slope.

    Returns:
        The legend entries: the series, and the band when there is one.
    """
    entries: list[_Entry] = []
    xs_all = mdates.date2num([point.date for point in series.points])
    in_view = view.count(xs_all)
    dense = view.dense(in_view)
    stride = view.marker_stride(in_view)
    if width is None:
        width = 1.2 if context or dense else 1.7
    segments: list[Line2D] = []
    start = 0
    for number, segment in enumerate(series.segments):
        xs = xs_all[start : start + len(segment)]
        start += len(segment)
        line = _add_line(
            ax,
            xs,
            [point.value for point in segment],
            color=colour,
            marker=marker,
            markersize=3.8,
            markevery=stride if stride > 1 else None,
            linewidth=width,
            alpha=alpha,
            label=_legend_name(series) if number == 0 else "_nolegend_",
            zorder=3,
        )
        line.set_gid(f"segment:{series.key}:{number}")
        segments.append(line)
    layout.lines[series.key] = segments
    if segments:
        entries.append(_entry_for(segments[0], _legend_name(series)))

    if series.baseline is not None:
        baseline = _hline(
            ax, series.baseline, color=colour, linestyle=":", linewidth=0.9, alpha=0.8, zorder=2
        )
        baseline.set_gid(f"baseline:{series.key}")
        layout.baselines[series.key] = baseline
    if series.band is not None:
        low, high = series.band
        band = Rectangle(
            (0, low),
            1,
            high - low,
            transform=ax.get_yaxis_transform(),
            facecolor=colour,
            alpha=0.13,
            linewidth=0,
            zorder=1,
        )
        ax.add_patch(band)
        band.set_gid(f"band:{series.key}")
        layout.bands[series.key] = band
        entries.append(
            _Entry(
                "within measurement error",
                swatch={"facecolor": colour, "alpha": 0.25, "linewidth": 0},
            )
        )
    if series.median is not None and series.points:
        median = LineCollection(
            [[(xs_all[0], series.median), (xs_all[-1], series.median)]],
            colors=[colour],
            linestyles="-.",
            linewidth=0.9,
            alpha=0.75,
            zorder=2,
        )
        ax.add_collection(median, autolim=False)
        median.set_gid(f"median:{series.key}")
        layout.medians[series.key] = median
        layout.signals[series.key] = _draw_signals(ax, series, xs_all, colour, dense=dense)
    if series.slope is not None:
        slope = series.slope
        line = _add_line(
            ax,
            mdates.date2num([slope.start_date, slope.end_date]),
            [slope.start_value, slope.end_value],
            color=colour,
            linestyle="--",
            linewidth=0.9,
            alpha=0.7,
            zorder=2,
            label="_nolegend_",
        )
        line.set_gid(f"slope:{series.key}")
        layout.slopes[series.key] = line
    return entries


def _draw_signals(
    ax: Axes, series: Series, xs: np.ndarray, colour: Any, *, dense: bool
) -> list[Artist]:
    """Ring the points of shifts (circles) and trends (diamonds); never join them by a line.

    One artist per kind holds every run of that kind: a three-year series can have dozens.
    """
    artists: list[Artist] = []
    for kind, shape, size in (("shift", "o", 9.0), ("trend", "D", 8.0)):
        indices = [
            index
            for signal in series.signals
            if signal.kind == kind
            for index in range(signal.start_index, signal.end_index + 1)
        ]
        if not indices:
            continue
        rings = _add_line(
            ax,
            xs[indices],
            [series.points[index].value for index in indices],
            linestyle="none",
            marker=shape,
            # Full-size rings on points a pixel apart would bury the line they mark.
            markersize=size * 0.6 if dense else size,
            markerfacecolor="none",
            markeredgecolor=colour,
            markeredgewidth=0.8 if dense else 1.1,
            alpha=0.9,
            zorder=4,
            label="_nolegend_",
        )
        rings.set_gid(f"signal:{series.key}:{kind}")
        artists.append(rings)
    return artists


def _draw_goal_axes(
    ax: Axes, panel: _Panel, theme: _Theme, layout: ChartLayout, view: _View
) -> list[_Entry]:
    """Level labels on the left, the T-score on an aligned right axis, and the T = 50 line."""
    entries: list[_Entry] = []
    t_series = panel.twin
    extent = 2.5
    if t_series is not None and t_series.points:
        # Keep T = 50 level with level 0 and 10 T-points per level, widening both axes
        # together when several goals at ±2 push the T-score beyond 25–75.
        furthest = max(abs(point.value - 50.0) for point in t_series.points)
        extent = max(extent, furthest / 10 + 0.3)
    ax.set_ylim(-extent, extent)
    levels = [-2, -1, 0, 1, 2]
    _rules(ax, levels, vertical=False, colors=[theme.muted], linewidth=0.6, alpha=0.25, zorder=0)
    _value_labels(ax, levels, ["−2", "−1", "0", "+1", "+2"], theme)
    _axis_label(ax, "level", theme)
    twin = ax.twinx()
    twin.yaxis.set_major_locator(NullLocator())
    twin.set_facecolor(theme.bg)  # the twin is drawn first: its background is the panel's
    # With one goal the T-score runs exactly along that goal's level line (same alignment),
    # so the T-score goes underneath, wide and translucent, and the goal lines stay visible.
    ax.set_zorder(twin.get_zorder() + 1)
    ax.patch.set_visible(False)
    layout.twin_axes[panel.key] = twin
    twin.set_ylim(50 - 10 * extent, 50 + 10 * extent)
    # Every 10 T-points is one level, so the T labels sit on the level gridlines.
    reach = math.floor(extent)
    t_ticks = [50.0 + 10 * step for step in range(-reach, reach + 1)]
    _value_labels(twin, t_ticks, [_number(t) for t in t_ticks], theme, right=True)
    _axis_label(twin, "T-score", theme, right=True)
    for spine in ("top", "left"):
        twin.spines[spine].set_visible(False)
    twin.spines["right"].set_color(theme.muted)
    reference = _hline(twin, 50.0, color=theme.fg, linewidth=1.0, alpha=0.55, zorder=1)
    reference.set_gid("reference:goals")
    layout.reference_lines[panel.key] = reference
    twin.text(
        1,
        50.0,
        "as expected (T = 50)",
        transform=_offset(twin, twin.get_yaxis_transform(), -3, 2),
        ha="right",
        va="bottom",
        fontsize=7,
        color=theme.muted,
        bbox={"facecolor": theme.bg, "edgecolor": "none", "alpha": 0.75, "pad": 1},
        zorder=5,
    )
    if t_series is not None:
        entries.extend(
            _draw_series(
                twin,
                t_series,
                theme.fg,
                marker="o",
                layout=layout,
                view=view,
                width=3.2,
                alpha=0.4,
            )
        )
    return entries


def _draw_markers(
    strip: Axes,
    panels: Sequence[Axes],
    markers: Sequence[ExperimentMarker],
    theme: _Theme,
    *,
    layout: ChartLayout,
    view: _View,
) -> None:
    """Experiment glyphs on their own strip, one artist per decision, and guides up the panels.

    Markers of one decision share a ``Line2D``; ``layout.markers`` keeps which marker is which
    point of it, so hover and click still find the one experiment under the pointer.
    """
    strip.set_ylim(0, 1)
    strip.spines["left"].set_visible(False)
    strip.set_title(
        "Experiments, on the day agreed",
        loc="left",
        fontsize=8,
        color=theme.fg,
        pad=3,
        y=1.0,
    )
    xs = mdates.date2num([marker.date for marker in markers])
    groups: dict[str | None, tuple[list[float], list[float]]] = {}
    placed: list[tuple[str | None, int]] = []
    per_day: dict[date, int] = {}
    for marker, x in zip(markers, xs, strict=True):
        stack = per_day.get(marker.date, 0)
        per_day[marker.date] = stack + 1
        decision = marker.decision if marker.decision in DECISION_STYLE else None
        group_x, group_y = groups.setdefault(decision, ([], []))
        placed.append((decision, len(group_x)))
        group_x.append(float(x))
        group_y.append(0.3 + 0.25 * (stack % 3))
    artists: dict[str | None, Line2D] = {}
    for decision, (group_x, group_y) in groups.items():
        shape, colour, _label = DECISION_STYLE[decision]
        filled = colour is not None
        glyphs = _add_line(
            strip,
            group_x,
            group_y,
            linestyle="none",
            marker=shape,
            markersize=8,
            markerfacecolor=colour if filled else "none",
            markeredgecolor=colour if filled else theme.fg,
            markeredgewidth=1.2,
            picker=True,
            pickradius=7,
            zorder=4,
        )
        glyphs.set_gid(f"experiments:{decision or 'undecided'}")
        artists[decision] = glyphs
    for marker, (decision, slot) in zip(markers, placed, strict=True):
        layout.markers.append((artists[decision], marker))
        layout.marker_slots.append(slot)

    # One collection of guides per panel, and only while they stay apart: dozens of guides
    # close together would only grey the panels.
    days = sorted({float(x) for x in xs if view.low <= x <= view.high})
    if days and len(days) <= view.width_in / _GUIDE_SPACING_IN:
        for ax in panels:
            _rules(
                ax,
                days,
                vertical=True,
                colors=[theme.muted],
                linewidth=0.6,
                linestyles=":",
                alpha=0.45,
                zorder=0,
            )
    entries = [
        _Entry(
            label,
            line={
                "linestyle": "none",
                "marker": shape,
                "markersize": 6,
                "markerfacecolor": colour or "none",
                "markeredgecolor": colour or theme.fg,
            },
        )
        for shape, colour, label in DECISION_STYLE.values()
    ]
    layout.legends[EXPERIMENTS_KEY] = _draw_entries(
        _figure(strip),
        ScaledTranslation(_legend_x(strip), 1.3, strip.transAxes),
        entries,
        theme,
        fontsize=6.5,
        row_pt=9.1,
        handle_pt=8.0,
        pad_pt=2.0,
    )


def draw_sparkline(
    ax: Axes,
    values: Sequence[float],
    *,
    scale: tuple[float, float] = (0.0, 10.0),
    colour: str = PALETTE_LIGHT[0],
    bg: str = "#ffffff",
) -> list[Line2D]:
    """Draw a small line of recent values (e.g. confidence) with the last point marked.

    No axes, ticks or labels: a sparkline shows direction, its numbers live in the table.

    Returns:
        The line and the last-point marker (empty when there are no values).
    """
    ax.clear()
    ax.set_axis_off()
    ax.set_facecolor(bg)
    ax.set_ylim(*scale)
    if not values:
        return []
    xs = list(range(len(values)))
    ax.set_xlim(-0.5, max(len(values) - 0.5, 1))
    (line,) = ax.plot(xs, list(values), color=colour, linewidth=1.2)
    (last,) = ax.plot([xs[-1]], [values[-1]], marker="o", markersize=3, color=colour)
    return [line, last]
