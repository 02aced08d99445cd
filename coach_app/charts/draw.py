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
"""

from __future__ import annotations

import dataclasses
import textwrap
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any, Final

import matplotlib.dates as mdates
from matplotlib.artist import Artist
from matplotlib.axes import Axes
from matplotlib.colors import to_rgb
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Patch
from matplotlib.ticker import FixedLocator, NullFormatter

from coach_app.services.progress import ProgressData
from coach_app.services.progress_series import ExperimentMarker, Series

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
        markers: each experiment marker's artist with the marker it stands for.
        captions: panel key → caption text.
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
    markers: list[tuple[Artist, ExperimentMarker]] = field(default_factory=list)
    captions: dict[str, str] = field(default_factory=dict)
    empty: bool = False

    def marker_at(self, event: Any) -> ExperimentMarker | None:
        """Return the experiment marker under a matplotlib mouse event, or None."""
        for artist, marker in self.markers:
            hit, _details = artist.contains(event)
            if hit:
                return marker
        return None


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
    yticks: tuple[float, ...] | None = None


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
                "Goal attainment (GAS level per goal; T-score on the right)",
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
            )
        )
    if data.empowerment:
        panels.append(
            _Panel(
                "empowerment",
                "Empowerment: four subscales (1–7), one line each",
                data.empowerment,
                (0.8, 7.2),
                yticks=(1, 2, 3, 4, 5, 6, 7),
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
            )
        )
    if data.psych_safety is not None:
        label = data.psych_safety.context_label or "team climate as the coachee sees it"
        panels.append(
            _Panel(
                "context",
                f"Context: {label} (psychological safety, 1–7)",
                (data.psych_safety,),
                (0.8, 7.2),
                context=True,
                yticks=(1, 4, 7),
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
    all_axes: list[Axes] = []
    for panel, rect in zip(panels, rects, strict=False):
        ax = fig.add_axes(rect)
        all_axes.append(ax)
        layout.axes[panel.key] = ax
        _style_axes(ax, theme)
        _draw_panel(ax, panel, data, theme, layout=layout, view=date_range)
    if show_markers:
        strip = fig.add_axes(rects[-1])
        all_axes.append(strip)
        layout.axes[EXPERIMENTS_KEY] = strip
        _style_axes(strip, theme)
        _draw_markers(strip, all_axes[:-1], data.markers, theme, layout)
    _draw_time_axis(all_axes, x_range)
    _draw_key(fig, layout, theme)
    return layout


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
_KEY_ENTRIES_MAX: Final = 6
_KEY_ENTRY_IN: Final = 1.55


def _key_columns(width: float) -> int:
    # About 1.5 inches per entry of the key; a narrow figure (the A4 report) gets two rows.
    return max(1, min(_KEY_ENTRIES_MAX, int((width - _LEFT_IN) / _KEY_ENTRY_IN)))


_GAP_IN: Final = 0.1


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


def _draw_time_axis(axes: Sequence[Axes], x_range: tuple[date, date]) -> None:
    """One calendar axis: ticks computed once, labels on the bottom panel only."""
    low, high = mdates.date2num(x_range[0]), mdates.date2num(x_range[1])
    locator = mdates.AutoDateLocator(minticks=3, maxticks=9)
    locator.create_dummy_axis()
    locator.axis.set_view_interval(low, high)
    ticks = [tick for tick in locator() if low <= tick <= high]
    for ax in axes:
        ax.set_xlim(low, high)
        ax.xaxis.set_major_locator(FixedLocator(ticks))
        ax.xaxis.set_major_formatter(NullFormatter())
    bottom = axes[-1]
    bottom.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))


def _draw_key(fig: Figure, layout: ChartLayout, theme: _Theme) -> None:
    """A key to the line styles, shown only for the elements that were drawn."""
    colour = theme.muted
    entries: list[Artist] = []
    if layout.baselines:
        entries.append(Line2D([], [], color=colour, linestyle=":", label="baseline (first score)"))
    if layout.bands:
        entries.append(Patch(color=colour, alpha=0.35, label="within measurement error"))
    if layout.medians:
        entries.append(Line2D([], [], color=colour, linestyle="-.", label="median (≥ 5 points)"))
    if layout.slopes:
        entries.append(Line2D([], [], color=colour, linestyle="--", label="slope, descriptive"))
    if any(layout.signals.values()):
        entries.extend(
            Line2D(
                [],
                [],
                linestyle="none",
                marker=shape,
                markerfacecolor="none",
                markeredgecolor=colour,
                label=label,
            )
            for shape, label in (
                ("o", "shift (6+ on one side)"),
                ("D", "trend (5+ rising/falling)"),
            )
        )
    if not entries:
        return
    width, _height = fig.get_size_inches()
    columns = min(len(entries), _key_columns(width))
    key = fig.legend(
        handles=entries,
        loc="lower left",
        bbox_to_anchor=(_LEFT_IN / width, 0.0),
        ncols=columns,
        fontsize=6.5,
        frameon=False,
        handlelength=2.2,
        columnspacing=1.2,
        borderaxespad=0.2,
    )
    for text in key.get_texts():
        text.set_color(theme.fg)


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
    ax.tick_params(colors=theme.fg, labelsize=8, which="both")
    ax.grid(True, axis="y", color=theme.muted, alpha=0.25, linewidth=0.6)
    ax.set_axisbelow(True)


def _colour_for(series: Series, index: int, data: ProgressData, theme: _Theme) -> str:
    goal_id = data.goal_of_series.get(series.key)
    if goal_id is not None:
        charted = [goal.id for goal in data.goals if goal.charted]
        index = charted.index(goal_id) if goal_id in charted else index
    elif series.key == "confidence":
        # The overall rating sits after the (at most four) goal colours.
        index = 4
    return theme.palette[index % len(theme.palette)]


def _draw_panel(
    ax: Axes,
    panel: _Panel,
    data: ProgressData,
    theme: _Theme,
    *,
    layout: ChartLayout,
    view: tuple[date, date] | None,
) -> None:
    ax.set_ylim(*panel.ylim)
    if panel.yticks is not None:
        ax.set_yticks(panel.yticks)
    handles: list[Artist] = []
    for index, series in enumerate(panel.series):
        colour = theme.muted if panel.context else _colour_for(series, index, data, theme)
        marker = MARKERS[index % len(MARKERS)]
        handles.extend(
            _draw_series(
                ax, series, colour, marker=marker, layout=layout, theme=theme, context=panel.context
            )
        )

    if panel.key == "goals":
        handles.extend(_draw_goal_axes(ax, panel, theme, layout))

    shown = [*panel.series, *((panel.twin,) if panel.twin else ())]
    caption = _caption(shown, view)
    layout.captions[panel.key] = caption
    ax.set_title(panel.title, loc="left", fontsize=9, color=theme.fg, fontweight="bold", pad=13)
    ax.annotate(
        caption,
        xy=(0, 1),
        xycoords="axes fraction",
        xytext=(0, 3),
        textcoords="offset points",
        fontsize=7,
        color=theme.muted,
        va="bottom",
        ha="left",
    )
    if handles:
        legend = ax.legend(
            handles=handles,
            loc="upper left",
            bbox_to_anchor=(_legend_x(ax), 1.0),
            fontsize=7,
            frameon=False,
            borderaxespad=0.0,
            handlelength=1.8,
        )
        for text in legend.get_texts():
            text.set_color(theme.fg)


def _legend_x(ax: Axes) -> float:
    """Axes-fraction x where every panel's legend starts, clear of a right-hand axis."""
    width_in = ax.get_position().width * ax.get_figure().get_size_inches()[0]
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
    theme: _Theme,
    context: bool = False,
    width: float | None = None,
    alpha: float = 1.0,
) -> list[Artist]:
    """Draw one series' segments, baseline, band, median, signals and slope."""
    handles: list[Artist] = []
    width = width if width is not None else (1.2 if context else 1.7)
    segments: list[Line2D] = []
    for number, segment in enumerate(series.segments):
        xs = mdates.date2num([point.date for point in segment])
        ys = [point.value for point in segment]
        (line,) = ax.plot(
            xs,
            ys,
            color=colour,
            marker=marker,
            markersize=3.8,
            linewidth=width,
            alpha=alpha,
            label=_legend_name(series) if number == 0 else "_nolegend_",
            zorder=3,
        )
        line.set_gid(f"segment:{series.key}:{number}")
        segments.append(line)
    layout.lines[series.key] = segments
    if segments:
        handles.append(segments[0])

    if series.baseline is not None:
        baseline = ax.axhline(
            series.baseline, color=colour, linestyle=":", linewidth=0.9, alpha=0.8, zorder=2
        )
        baseline.set_gid(f"baseline:{series.key}")
        layout.baselines[series.key] = baseline
    if series.band is not None:
        band = ax.axhspan(*series.band, color=colour, alpha=0.13, linewidth=0, zorder=1)
        band.set_gid(f"band:{series.key}")
        layout.bands[series.key] = band
        handles.append(Patch(color=colour, alpha=0.25, label="within measurement error"))
    if series.median is not None and series.points:
        first = mdates.date2num(series.points[0].date)
        last = mdates.date2num(series.points[-1].date)
        median = ax.hlines(
            series.median,
            first,
            last,
            colors=[colour],
            linestyles="-.",
            linewidth=0.9,
            alpha=0.75,
            zorder=2,
        )
        median.set_gid(f"median:{series.key}")
        layout.medians[series.key] = median
        layout.signals[series.key] = _draw_signals(ax, series, colour)
    if series.slope is not None:
        slope = series.slope
        (line,) = ax.plot(
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
    return handles


def _draw_signals(ax: Axes, series: Series, colour: Any) -> list[Artist]:
    """Ring the points of each shift (circles) and trend (diamonds); never join them by a line."""
    artists: list[Artist] = []
    for signal in series.signals:
        run = series.points[signal.start_index : signal.end_index + 1]
        (rings,) = ax.plot(
            mdates.date2num([point.date for point in run]),
            [point.value for point in run],
            linestyle="none",
            marker="o" if signal.kind == "shift" else "D",
            markersize=9 if signal.kind == "shift" else 8,
            markerfacecolor="none",
            markeredgecolor=colour,
            markeredgewidth=1.1,
            alpha=0.9,
            zorder=4,
            label="_nolegend_",
        )
        rings.set_gid(f"signal:{series.key}:{signal.kind}:{signal.start_index}")
        artists.append(rings)
    return artists


def _draw_goal_axes(ax: Axes, panel: _Panel, theme: _Theme, layout: ChartLayout) -> list[Artist]:
    """Level ticks on the left, the T-score on an aligned right axis, and the T = 50 line."""
    handles: list[Artist] = []
    t_series = panel.twin
    extent = 2.5
    if t_series is not None and t_series.points:
        # Keep T = 50 level with level 0 and 10 T-points per level, widening both axes
        # together when several goals at ±2 push the T-score beyond 25–75.
        furthest = max(abs(point.value - 50.0) for point in t_series.points)
        extent = max(extent, furthest / 10 + 0.3)
    ax.set_ylim(-extent, extent)
    ax.set_yticks([-2, -1, 0, 1, 2], ["−2", "−1", "0", "+1", "+2"])
    ax.set_ylabel("level", fontsize=7.5, color=theme.fg)
    twin = ax.twinx()
    # With one goal the T-score runs exactly along that goal's level line (same alignment),
    # so the T-score goes underneath, wide and translucent, and the goal lines stay visible.
    ax.set_zorder(twin.get_zorder() + 1)
    ax.patch.set_visible(False)
    layout.twin_axes[panel.key] = twin
    twin.set_ylim(50 - 10 * extent, 50 + 10 * extent)
    twin.tick_params(colors=theme.fg, labelsize=8)
    twin.set_ylabel("T-score", fontsize=7.5, color=theme.fg)
    for spine in ("top", "left"):
        twin.spines[spine].set_visible(False)
    twin.spines["right"].set_color(theme.muted)
    reference = twin.axhline(50.0, color=theme.fg, linewidth=1.0, alpha=0.55, zorder=1)
    reference.set_gid("reference:goals")
    layout.reference_lines[panel.key] = reference
    twin.annotate(
        "as expected (T = 50)",
        xy=(1, 50.0),
        xycoords=("axes fraction", "data"),
        xytext=(-3, 2),
        textcoords="offset points",
        ha="right",
        va="bottom",
        fontsize=7,
        color=theme.muted,
        bbox={"facecolor": theme.bg, "edgecolor": "none", "alpha": 0.75, "pad": 1},
        zorder=5,
    )
    if t_series is not None:
        handles.extend(
            _draw_series(
                twin,
                t_series,
                theme.fg,
                marker="o",
                layout=layout,
                theme=theme,
                width=3.2,
                alpha=0.4,
            )
        )
    return handles


def _draw_markers(
    strip: Axes,
    panels: Sequence[Axes],
    markers: Sequence[ExperimentMarker],
    theme: _Theme,
    layout: ChartLayout,
) -> None:
    """Experiment glyphs on their own strip, with faint guides up through every panel."""
    strip.set_ylim(0, 1)
    strip.set_yticks([])
    strip.spines["left"].set_visible(False)
    strip.grid(False)
    strip.set_title(
        "Experiments, on the day they were agreed",
        loc="left",
        fontsize=8,
        color=theme.fg,
        pad=3,
    )
    per_day: dict[date, int] = {}
    for marker in markers:
        x = mdates.date2num(marker.date)
        stack = per_day.get(marker.date, 0)
        per_day[marker.date] = stack + 1
        shape, colour, _label = DECISION_STYLE.get(marker.decision, DECISION_STYLE[None])
        filled = colour is not None
        (glyph,) = strip.plot(
            [x],
            [0.3 + 0.25 * (stack % 3)],
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
        glyph.set_gid(f"experiment:{marker.date.isoformat()}:{stack}")
        layout.markers.append((glyph, marker))
    # One collection of guides per panel, not one line per experiment and panel.
    days = sorted({mdates.date2num(marker.date) for marker in markers})
    for ax in panels:
        ax.vlines(
            days,
            0,
            1,
            transform=ax.get_xaxis_transform(),
            colors=[theme.muted],
            linewidth=0.6,
            linestyles=":",
            alpha=0.45,
            zorder=0,
        )
    handles = [
        Line2D(
            [],
            [],
            linestyle="none",
            marker=shape,
            markersize=6,
            markerfacecolor=colour or "none",
            markeredgecolor=colour or theme.fg,
            label=label,
        )
        for shape, colour, label in DECISION_STYLE.values()
    ]
    legend = strip.legend(
        handles=handles,
        loc="upper left",
        bbox_to_anchor=(_legend_x(strip), 1.3),
        fontsize=6.5,
        frameon=False,
        borderaxespad=0.0,
        handletextpad=0.3,
        labelspacing=0.2,
    )
    for text in legend.get_texts():
        text.set_color(theme.fg)


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
