"""The drawing of one panel: its value axis, its series, its title, caption and legend.

The goal-attainment panel has two scales: the GAS level per goal on the left, and the T-score
on a right-hand axis aligned so T = 50 sits on level 0, "as expected".
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Any

from matplotlib.axes import Axes
from matplotlib.text import Text
from matplotlib.ticker import MaxNLocator, NullLocator

from coach_app.charts.artists import (
    axes_origin,
    axis_label,
    figure_of,
    gridlines,
    hline,
    number,
    offset,
    recipe,
)
from coach_app.charts.glyphs import value_labels
from coach_app.charts.layout import RIGHT_IN, ChartLayout, View
from coach_app.charts.legend import Entry, draw_legend, legend_flow, wrap_after
from coach_app.charts.plan import SEPARATOR, Panel, caption
from coach_app.charts.recycle import limits, reuse, title
from coach_app.charts.series import draw_series
from coach_app.charts.style import MARKERS, Theme
from coach_app.i18n import _
from coach_app.services.progress_series import Series

if TYPE_CHECKING:
    from coach_app.services.progress import ProgressData

_GOAL_LEVELS = (-2, -1, 0, 1, 2)
_GOAL_LEVEL_LABELS = ("−2", "−1", "0", "+1", "+2")
#: Colour slot of the overall confidence rating: after the (at most four) goal colours.
_OVERALL_STYLE = 4
#: The caption under each title: its size, and the distance between its lines in sizes (what
#: Agg's layout gives DejaVu Sans at 7 pt, rounded up).
CAPTION_PT = 7.0
CAPTION_LINE_SPACING = 1.5


def _value_axis(ax: Axes, panel: Panel, theme: Theme, view: View) -> None:
    """Limits, gridlines and value labels of a panel's left axis."""
    low, high = panel.ylim
    limits(ax, y=(low, high))
    if panel.yticks is not None:
        ticks = list(panel.yticks)
    else:
        ticks = [float(t) for t in MaxNLocator(5).tick_values(low, high) if low <= t <= high]
    gridlines(ax, theme, rows=ticks, columns=view.ticks, view=view)
    labelled = list(panel.labelled) if panel.labelled is not None else ticks
    value_labels(ax, labelled, [number(t) for t in labelled], theme)


def _style_index(series: Series, index: int, data: ProgressData) -> int:
    """Which colour and marker a series gets: a goal keeps its own in every panel."""
    goal_id = data.goal_of_series.get(series.key)
    if goal_id is not None:
        charted = [goal.id for goal in data.goals if goal.charted]
        return charted.index(goal_id) if goal_id in charted else index
    if series.key == "confidence":
        return _OVERALL_STYLE
    return index


def draw_panel(
    ax: Axes,
    panel: Panel,
    data: ProgressData,
    theme: Theme,
    *,
    layout: ChartLayout,
    view: View,
    named: set[tuple[str, str]],
    focus: frozenset[str] | None,
    twin: Axes | None = None,
) -> float:
    """Draw ``panel`` on ``ax``; ``named`` holds the legend entries drawn in earlier panels.

    ``focus`` names the series whose reference lines are drawn (None: every series); ``twin``
    is the goals panel's right-hand axis (made here when not given).

    Returns:
        The height of the panel's legend above it, in inches (the caller makes room for it).
    """
    if panel.key != "goals":
        _value_axis(ax, panel, theme, view)
    entries: list[Entry] = []
    focus_set = bool(focus)
    for index, series in enumerate(panel.series):
        style = _style_index(series, index, data)
        colour = theme.muted if panel.context else theme.palette[style % len(theme.palette)]
        marker = MARKERS[style % len(MARKERS)]
        entries.extend(
            draw_series(
                ax,
                series,
                colour,
                marker=marker,
                layout=layout,
                view=view,
                context=panel.context,
                focused=focus is None or series.key in focus,
                focus_set=focus_set,
            )
        )

    if panel.key == "goals":
        entries.extend(
            _draw_goal_axes(
                ax, twin or ax.twinx(), panel, theme=theme, layout=layout, view=view, focus=focus
            )
        )

    if panel.named:
        # Title and caption already name the one series; only a band needs explaining.
        entries = [entry for entry in entries if entry.swatch is not None]
    # A goal has the same colour and marker in every panel: name it once, in the first.
    entries = [entry for entry in entries if entry.line is None or entry.key not in named]
    named.update(entry.key for entry in entries)
    laid_out = legend_flow(entries, (view.width_in + RIGHT_IN) * 72)
    legend_pt = laid_out.height_pt + (2.0 if entries else 0.0)

    text = caption(panel.shown, view.caption_range)
    layout.captions[panel.key] = text
    # Wrapped, never cut: on a narrow chart the caption takes more lines, and the title and
    # the panel's header grow by as much.
    shown = wrap_after(text, SEPARATOR, (view.width_in + RIGHT_IN) * 72, CAPTION_PT)
    header_pt = legend_pt + shown.count("\n") * CAPTION_PT * CAPTION_LINE_SPACING
    # y given: matplotlib would otherwise measure the axis on every draw to place the title.
    title(
        ax,
        panel.title,
        loc="left",
        fontsize=9,
        color=theme.fg,
        fontweight="bold",
        pad=13 + header_pt,
        y=1.0,
    )

    def build_caption() -> Text:
        return ax.text(
            0,
            1,
            shown,
            transform=offset(ax, ax.transAxes, 0, 3 + legend_pt),
            fontsize=CAPTION_PT,
            color=theme.muted,
            va="bottom",
            ha="left",
        )

    def recaption(caption: Text, old: tuple[Any, ...], new: tuple[Any, ...]) -> bool:
        # Another coachee's counts and dates at the same place: the same text, new words.
        if old[1:] != new[1:]:
            return False
        caption.set_text(shown)
        return True

    reuse(ax, "caption", recipe(shown, legend_pt, theme.muted), build_caption, adapt=recaption)
    if entries:
        origin = offset(ax, axes_origin(ax, 0, 1), 0, legend_pt)
        drawn = draw_legend(
            figure_of(ax),
            origin,
            laid_out,
            theme,
            name=f"legend:{panel.key}",
            place=(ax, legend_pt),
        )
        layout.legends[panel.key] = [entry.label for _text, entry in drawn]
        layout.legend_texts.extend(
            (text_artist, entry.series) for text_artist, entry in drawn if entry.series
        )
    return header_pt / 72


def _draw_goal_axes(
    ax: Axes,
    twin: Axes,
    panel: Panel,
    *,
    theme: Theme,
    layout: ChartLayout,
    view: View,
    focus: frozenset[str] | None,
) -> list[Entry]:
    """Level labels on the left, the T-score on an aligned right axis, and the T = 50 line."""
    entries: list[Entry] = []
    t_series = panel.twin
    extent = 2.5
    if t_series is not None and t_series.points:
        # Keep T = 50 level with level 0 and 10 T-points per level, widening both axes
        # together when several goals at ±2 push the T-score beyond 25–75.
        furthest = max(abs(point.value - 50.0) for point in t_series.points)
        extent = max(extent, furthest / 10 + 0.3)
    limits(ax, y=(-extent, extent))
    gridlines(ax, theme, rows=_GOAL_LEVELS, columns=view.ticks, view=view)
    value_labels(ax, _GOAL_LEVELS, _GOAL_LEVEL_LABELS, theme)
    axis_label(ax, _("level"), theme)
    twin.yaxis.set_major_locator(NullLocator())
    # matplotlib shows the background of the lowest of twinned axes (the twin, drawn first)
    # and hides the others' whatever they say: it is the panel's.
    twin.set_facecolor(theme.bg)
    # With one goal the T-score runs exactly along that goal's level line (same alignment),
    # so the T-score goes underneath, wide and translucent, and the goal lines stay visible.
    ax.set_zorder(twin.get_zorder() + 1)
    layout.twin_axes[panel.key] = twin
    limits(twin, y=(50 - 10 * extent, 50 + 10 * extent))
    # Every 10 T-points is one level, so the T labels sit on the level gridlines.
    reach = math.floor(extent)
    t_ticks = [50.0 + 10 * step for step in range(-reach, reach + 1)]
    value_labels(twin, t_ticks, [number(t) for t in t_ticks], theme, right=True)
    axis_label(twin, _("T-score"), theme, right=True)
    for spine in ("top", "left"):
        twin.spines[spine].set_visible(False)
    twin.spines["right"].set_color(theme.muted)
    reference = hline(twin, "reference", 50.0, color=theme.fg, linewidth=1.0, alpha=0.55, zorder=1)
    reference.set_gid("reference:goals")
    layout.reference_lines[panel.key] = reference
    expected = _("as expected (T = 50)")

    def build_expected() -> Text:
        return twin.text(
            1,
            50.0,
            expected,
            transform=offset(twin, twin.get_yaxis_transform(), -3, 2),
            ha="right",
            va="bottom",
            fontsize=7,
            color=theme.muted,
            bbox={"facecolor": theme.bg, "edgecolor": "none", "alpha": 0.75, "pad": 1},
            zorder=5,
        )

    reuse(twin, "expected", recipe(expected, theme.muted, theme.bg), build_expected)
    if t_series is not None:
        entries.extend(
            draw_series(
                twin,
                t_series,
                theme.fg,
                marker="o",
                layout=layout,
                view=view,
                width=3.2,
                alpha=0.4,
                focused=focus is None or t_series.key in focus,
                focus_set=bool(focus),
            )
        )
    return entries
