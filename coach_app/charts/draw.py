"""Draw the progress chart onto a matplotlib ``Figure`` (no backend, no pyplot).

What may be drawn is decided in :mod:`coach_app.services.progress_series`; this package only
turns those plain series into artists, following ``docs/instruments.md`` ("The progress chart"):

* calendar-time x axis shared by every panel; each gap-free segment is its own line, so nothing
  is ever drawn across a gap (:mod:`.series`);
* panels (:mod:`.plan`): confidence (0–10) per goal; goal attainment (GAS level per goal,
  T-score on a right axis aligned so T = 50 sits on level 0, "as expected"); GSE (10–40) and
  the empowerment subscales (1–7) on two stacked axes so each keeps its own scale; one panel
  per custom metric; psychological safety last, muted and labelled as context;
* a dotted baseline at the first score; a shaded band "within measurement error" only when the
  series carries one; a median line, run-chart signals and a dashed slope labelled "descriptive"
  only when the series has a median (≥ 5 points);
* experiment markers on their own strip of the time axis (:mod:`.experiments`), kept in the
  returned layout so a widget can hit-test them;
* one caption per panel: "self-reported · n points · date range · instrument vX";
* no cut-offs, and an empty-state message when there is nothing to draw.

Speed. The chart is redrawn on every check-box and period change, and a coachee can have years
of sessions. What a matplotlib chart costs is its artists and, above all, its text: Agg shapes
and rasterises every glyph of every label on every draw (about 50 µs a glyph), while a line
of a thousand points costs little more than one of ten. So:

* one ``Line2D`` per experiment decision, not per experiment (hit-tested by index), and one
  artist per kind of run-chart signal;
* no matplotlib ticks on the value axes: a tick is five artists and a layout pass; the value
  labels are plain texts and the gridlines one collection per panel (:mod:`.artists`). Only
  the bottom axis has (date) ticks; the panels above get the same dates as one collection of
  gridlines;
* the legends and the key are drawn as a handle and a text per entry at fixed offsets, rather
  than as ``Legend`` boxes that measure every entry on every draw (:mod:`.legend`);
* titles at a fixed height (matplotlib would otherwise measure the axis to place them), texts
  instead of annotations, and lines added directly instead of through ``Axes.plot``;
* a dense series (more points in view than can be told apart) gets a thinner line and a marker
  on every n-th point only, which also keeps three years of sessions legible; guides from the
  experiments up through the panels are drawn only while they stay apart.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING, Final

import matplotlib.dates as mdates
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.ticker import FixedLocator, NullLocator

from coach_app.charts.artists import date_number, gridlines, style_axes
from coach_app.charts.experiments import draw_markers
from coach_app.charts.layout import ChartLayout, View, figure_width_in, panel_rects, x_range
from coach_app.charts.legend import draw_key
from coach_app.charts.panel import draw_panel
from coach_app.charts.plan import EXPERIMENTS_KEY, is_shown, visible_panels
from coach_app.charts.style import Theme, theme
from coach_app.i18n import N_, _

if TYPE_CHECKING:
    # Only the type: charts draw the data they are given and never call a service.
    from coach_app.services.progress import ProgressData

#: The empty-state message (marked for translation; translated when drawn).
EMPTY_TEXT: Final = N_(
    "No measurements to show yet.\n"
    "Record a confidence rating or a questionnaire to start this chart."
)


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
    colours = theme(fg, bg)
    # Dropping the old axes without Axes.clear() (which rebuilds every tick only to throw it
    # away) halves the cost of a redraw when the coach flips a check-box.
    for old in list(fig.axes):
        fig.delaxes(old)
    fig.clear()
    # Margins are fixed in inches (see charts.layout); a layout engine set by the caller would
    # fight them.
    fig.set_layout_engine("none")
    fig.set_facecolor(colours.bg)
    layout = ChartLayout()

    panels = visible_panels(data, visible)
    show_markers = bool(data.markers) and is_shown(EXPERIMENTS_KEY, visible)
    if not panels or data.date_range is None:
        _draw_empty(fig, colours, layout)
        return layout

    first, last = x_range(data, date_range)
    rects = panel_rects(fig, [panel.context for panel in panels], show_markers)
    view = View(
        low=date_number(first),
        high=date_number(last),
        width_in=rects[0][2] * figure_width_in(fig),
        caption_range=date_range,
    )
    all_axes: list[Axes] = []
    named: set[tuple[str, str]] = set()  # legend entries drawn so far
    for panel, rect in zip(panels, rects, strict=False):
        ax = fig.add_axes(rect)
        all_axes.append(ax)
        layout.axes[panel.key] = ax
        style_axes(ax, colours)
        draw_panel(ax, panel, data, colours, layout=layout, view=view, named=named)
    if show_markers:
        strip = fig.add_axes(rects[-1])
        all_axes.append(strip)
        layout.axes[EXPERIMENTS_KEY] = strip
        style_axes(strip, colours)
        draw_markers(strip, all_axes[:-1], data.markers, colours, layout=layout, view=view)
    _draw_time_axis(all_axes, view, colours, strip=show_markers)
    draw_key(fig, layout, colours)
    return layout


def _draw_time_axis(axes: Sequence[Axes], view: View, colours: Theme, *, strip: bool) -> None:
    """One calendar axis: ticks computed once, dated on the bottom axis only.

    The panels above get the same dates as faint gridlines (one collection each) instead of
    tick marks: a tick is five artists, and unlabelled ones only repeat the bottom axis.
    """
    low, high = view.low, view.high
    # The locator and formatter carry no annotations in matplotlib's stubs.
    locator = mdates.AutoDateLocator(minticks=3, maxticks=9)  # type: ignore[no-untyped-call]
    locator.create_dummy_axis()
    assert locator.axis is not None  # create_dummy_axis() just set it
    locator.axis.set_view_interval(low, high)
    ticks = [tick for tick in locator() if low <= tick <= high]
    bottom = axes[-1]
    panels = axes[:-1] if strip else axes
    for ax in axes:
        ax.set_xlim(low, high)
        if ax is not bottom:
            ax.xaxis.set_major_locator(NullLocator())
        if ticks and ax in panels:
            gridlines(ax, ticks, colours, vertical=True)
    bottom.xaxis.set_major_locator(FixedLocator(ticks))
    formatter = mdates.ConciseDateFormatter(locator)  # type: ignore[no-untyped-call]
    bottom.xaxis.set_major_formatter(formatter)
    bottom.tick_params(axis="x", colors=colours.fg, labelsize=8)


def _draw_empty(fig: Figure, colours: Theme, layout: ChartLayout) -> None:
    ax = fig.add_axes((0, 0, 1, 1))
    ax.set_axis_off()
    ax.set_facecolor(colours.bg)
    ax.text(
        0.5,
        0.5,
        _(EMPTY_TEXT),
        ha="center",
        va="center",
        color=colours.muted,
        fontsize=11,
        transform=ax.transAxes,
        wrap=True,
    )
    layout.axes["empty"] = ax
    layout.empty = True
