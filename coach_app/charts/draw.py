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
  only when the series has a median (≥ 5 points) — the band always, the others for the series
  in focus;
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
* no matplotlib ticks at all: a tick is five artists and a layout pass. Every panel is dated
  under itself (so it reads on its own when scrolled to), and the values and dates are glyph
  outlines made once and drawn as one collection per row (:mod:`.glyphs`); the gridlines are
  one collection per panel (:mod:`.artists`);
* reference lines (baseline, median, signals, slope) for the series in focus only (``focus``;
  the widget's default is none), which is most of the lines a busy chart had;
* a redraw of the same figure reuses the panels' axes, and every artist made from the same
  recipe as last time (a series' lines, titles, captions, legends, labels): only what the
  view change changed is built anew (:mod:`.recycle`);
* the legends (above each panel, names wrapped, never cut) and the key are drawn as a text
  per entry at fixed offsets and one collection of handles per legend, rather than as
  ``Legend`` boxes that measure every entry on every draw (:mod:`.legend`);
* the dated ticks of a period, their labels and each font's heights are worked out once
  (``date_ticks``, ``ui.chart_renderer``), not on every draw;
* titles at a fixed height (matplotlib would otherwise measure the axis to place them), texts
  instead of annotations, and lines added directly instead of through ``Axes.plot``;
* a dense series (more points in view than can be told apart) gets a thinner line and a marker
  on every n-th point only, which also keeps three years of sessions legible; guides from the
  experiments up through the panels are drawn only while they stay apart.
"""

from __future__ import annotations

import functools
import locale
from collections.abc import Collection, Sequence
from datetime import date
from typing import TYPE_CHECKING, Final

import matplotlib.dates as mdates
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.text import Text
from matplotlib.ticker import NullLocator

from coach_app.charts.artists import date_number, recipe, style_axes
from coach_app.charts.experiments import draw_markers
from coach_app.charts.glyphs import date_labels
from coach_app.charts.layout import ChartLayout, View, panel_rects, plot_width_in, x_range
from coach_app.charts.legend import draw_key, key_entries, key_flow
from coach_app.charts.panel import draw_panel
from coach_app.charts.plan import EXPERIMENTS_KEY, is_shown, visible_panels
from coach_app.charts.recycle import AxesPool, limits, place, reuse
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
    focus: Collection[str] | None = None,
    fg: str = "#1f1f1f",
    bg: str = "#ffffff",
) -> ChartLayout:
    """Clear ``fig`` and draw a coachee's progress chart on it.

    Args:
        fig: the figure to draw on (a canvas's figure, or a fresh ``Figure`` for export).
        data: the series, computed once by ``services.progress.progress_data``.
        visible: series keys to draw (and ``"experiments"`` for the markers); None draws all.
        date_range: (first, last) day of the x axis; None fits the data.
        focus: the series whose baseline, median, run signals and slope are drawn (the
            widget passes ``plan.focus_keys``); None draws them for every series.
        fg: text and axis colour.
        bg: background colour.

    Returns:
        The artists drawn, for hit-testing experiment markers and for tests.
    """
    colours = theme(fg, bg)
    # The panels' axes of the last draw of this figure are drawn on again, keeping what is
    # unchanged (charts.recycle); never Axes.clear(), which rebuilds every tick only to throw
    # it away.
    pool = AxesPool(fig)
    try:
        return _draw(
            pool, data, visible=visible, date_range=date_range, focus=focus, colours=colours
        )
    finally:
        pool.finish()


def _draw(
    pool: AxesPool,
    data: ProgressData,
    *,
    visible: set[str] | None,
    date_range: tuple[date, date] | None,
    focus: Collection[str] | None,
    colours: Theme,
) -> ChartLayout:
    fig = pool.fig
    # Margins are fixed in inches (see charts.layout); a layout engine set by the caller would
    # fight them.
    fig.set_layout_engine("none")
    fig.set_facecolor(colours.bg)
    layout = ChartLayout()
    focused = frozenset(focus) if focus is not None else None
    layout.focus = focused

    panels = visible_panels(data, visible)
    show_markers = bool(data.markers) and is_shown(EXPERIMENTS_KEY, visible)
    if not panels or data.date_range is None:
        _draw_empty(pool, colours, layout)
        return layout

    first, last = x_range(data, date_range)
    contexts = [panel.context for panel in panels]
    # Placed once the legends above the panels are known (set_position below); the width,
    # which decides how dense a line is, does not depend on them.
    rects = panel_rects(fig, contexts, show_markers)
    low, high = date_number(first), date_number(last)
    ticks, labels, context = date_ticks(low, high, locale.getlocale(locale.LC_TIME))
    view = View(
        low=low,
        high=high,
        width_in=plot_width_in(fig),
        caption_range=date_range,
        ticks=ticks,
    )
    all_axes: list[Axes] = []
    headers: list[float] = []
    named: set[tuple[str, str]] = set()  # legend entries drawn so far
    for panel, rect in zip(panels, rects, strict=False):
        ax = pool.axes(panel.key, rect)
        all_axes.append(ax)
        layout.axes[panel.key] = ax
        style_axes(ax, colours)
        twin = pool.twin(panel.key, ax) if panel.key == "goals" else None
        headers.append(
            draw_panel(
                ax,
                panel,
                data,
                colours,
                layout=layout,
                view=view,
                named=named,
                focus=focused,
                twin=twin,
            )
        )
    if show_markers:
        strip = pool.axes(EXPERIMENTS_KEY, rects[-1])
        all_axes.append(strip)
        layout.axes[EXPERIMENTS_KEY] = strip
        style_axes(strip, colours)
        headers.append(
            draw_markers(strip, all_axes[:-1], data.markers, colours, layout=layout, view=view)
        )
    hint = focused is not None and not focused and len(layout.lines) > 1
    key = key_flow(fig, key_entries(layout, colours, hint=hint))
    placed = panel_rects(fig, contexts, show_markers, headers_in=headers, key_in=key.height_pt / 72)
    for ax, rect in zip(all_axes, placed, strict=True):
        place(ax, rect)
    _draw_time_axis(
        all_axes,
        [*layout.axes],
        view,
        labels=labels,
        context=context,
        colours=colours,
        layout=layout,
    )
    draw_key(fig, layout, key, colours)
    return layout


def _draw_time_axis(
    axes: Sequence[Axes],
    keys: Sequence[str],
    view: View,
    *,
    labels: Sequence[str],
    context: str,
    colours: Theme,
    layout: ChartLayout,
) -> None:
    """One calendar axis, ticks computed once, and dated under every panel.

    Each panel carries its own date labels (``labels``, one per tick of ``view``, and the
    ``context`` they leave out), so a panel scrolled into view (or printed on its own page)
    still says when its points were. They are glyph outlines, not texts: a matplotlib tick is
    five artists and a layout pass. The dated gridlines are drawn with each panel's own.
    """
    for ax, key in zip(axes, keys, strict=True):
        limits(ax, x=(view.low, view.high))
        if not isinstance(ax.xaxis.get_major_locator(), NullLocator):
            ax.xaxis.set_major_locator(NullLocator())
        date_labels(ax, view.ticks, labels, context, colours, gid=f"dates:{key}", right=view.high)
        layout.date_labels[key] = [*labels, *([context] if context else [])]


@functools.lru_cache(maxsize=64)
def date_ticks(
    low: float, high: float, _time_locale: tuple[str | None, str | None]
) -> tuple[tuple[float, ...], tuple[str, ...], str]:
    """The dated ticks between day numbers ``low`` and ``high``, their labels, and the context.

    The context is the year (or month) the labels leave out, as ``ConciseDateFormatter`` puts
    beside an axis. Kept per period (and per ``LC_TIME`` locale, which names the months): the
    locator and formatter take a millisecond, and a coach switches between a few periods.
    """
    # The locator and formatter carry no annotations in matplotlib's stubs.
    locator = mdates.AutoDateLocator(minticks=3, maxticks=8)  # type: ignore[no-untyped-call]
    locator.create_dummy_axis()
    assert locator.axis is not None  # create_dummy_axis() just set it
    locator.axis.set_view_interval(low, high)
    ticks = tuple(float(tick) for tick in locator() if low <= tick <= high)
    if not ticks:
        return (), (), ""
    formatter = mdates.ConciseDateFormatter(locator)  # type: ignore[no-untyped-call]
    labels = tuple(str(label) for label in formatter.format_ticks(ticks))  # type: ignore[no-untyped-call]
    # Tuples: what is kept is shared by every draw of that period.
    return ticks, labels, str(formatter.get_offset())  # type: ignore[no-untyped-call]


def _draw_empty(pool: AxesPool, colours: Theme, layout: ChartLayout) -> None:
    ax = pool.axes("empty", (0, 0, 1, 1))
    place(ax, (0, 0, 1, 1))
    ax.set_axis_off()
    ax.set_facecolor(colours.bg)
    message = _(EMPTY_TEXT)

    def build() -> Text:
        return ax.text(
            0.5,
            0.5,
            message,
            ha="center",
            va="center",
            color=colours.muted,
            fontsize=11,
            transform=ax.transAxes,
            wrap=True,
        )

    reuse(ax, "empty", recipe(message, colours.muted), build)
    layout.axes["empty"] = ax
    layout.empty = True
