"""The experiment strip: a glyph per agreed experiment on its own strip of the time axis.

Markers of one decision share a ``Line2D`` (hit-tested by index through ``ChartLayout``), and
guides from each experiment up through the panels are drawn only while they stay apart.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Final

from matplotlib.axes import Axes
from matplotlib.lines import Line2D

from coach_app.charts.artists import (
    add_line,
    axes_origin,
    date_numbers,
    figure_of,
    offset,
    vertical_rules,
)
from coach_app.charts.layout import RIGHT_IN, ChartLayout, View
from coach_app.charts.legend import Entry, draw_flow, flow
from coach_app.charts.plan import EXPERIMENTS_KEY
from coach_app.charts.recycle import limits, title
from coach_app.charts.style import DECISION_STYLE, Theme
from coach_app.i18n import _
from coach_app.services.progress_series import ExperimentMarker

#: Guides from each experiment up through the panels are drawn while they stay this far apart
#: on average (in inches); closer, they only grey the panels and the strip says it all.
_GUIDE_SPACING_IN: Final = 0.2
_ROW_PT: Final = 9.5  # a row of the decisions' legend


def draw_markers(
    strip: Axes,
    panels: Sequence[Axes],
    markers: Sequence[ExperimentMarker],
    theme: Theme,
    *,
    layout: ChartLayout,
    view: View,
) -> float:
    """Experiment glyphs on their own strip, one artist per decision, and guides up the panels.

    Markers of one decision share a ``Line2D``; ``layout.markers`` keeps which marker is which
    point of it, so hover and click still find the one experiment under the pointer.

    Returns:
        The height of the strip's legend above it, in inches (the caller makes room for it).
    """
    limits(strip, y=(0, 1))
    strip.spines["left"].set_visible(False)
    xs = date_numbers([marker.date for marker in markers])
    groups: dict[str | None, tuple[list[float], list[float]]] = {}
    placed: list[tuple[str | None, int]] = []
    per_day: dict[date, int] = {}
    for marker, x in zip(markers, xs, strict=True):
        stack = per_day.get(marker.date, 0)
        per_day[marker.date] = stack + 1
        decision: str | None = marker.decision if marker.decision in DECISION_STYLE else None
        group_x, group_y = groups.setdefault(decision, ([], []))
        placed.append((decision, len(group_x)))
        group_x.append(float(x))
        group_y.append(0.3 + 0.25 * (stack % 3))
    artists: dict[str | None, Line2D] = {}
    for group, (group_x, group_y) in groups.items():
        shape, colour, _label = DECISION_STYLE[group]
        filled = colour is not None
        glyphs = add_line(
            strip,
            f"experiments:{group or 'undecided'}",
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
        glyphs.set_gid(f"experiments:{group or 'undecided'}")
        artists[group] = glyphs
    for marker, (group, slot) in zip(markers, placed, strict=True):
        layout.markers.append((artists[group], marker))
        layout.marker_slots.append(slot)

    # One collection of guides per panel, and only while they stay apart: dozens of guides
    # close together would only grey the panels.
    days = sorted({float(x) for x in xs if view.low <= x <= view.high})
    if days and len(days) <= view.width_in / _GUIDE_SPACING_IN:
        for ax in panels:
            vertical_rules(
                ax,
                "guides",
                days,
                colors=[theme.muted],
                linewidth=0.6,
                linestyles=":",
                alpha=0.45,
                zorder=0,
            )
    entries = [
        Entry(
            _(label),
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
    width_pt = (view.width_in + RIGHT_IN) * 72
    laid_out = flow(entries, width_pt, fontsize=6.5, row_pt=_ROW_PT, handle_pt=8.0, pad_pt=2.5)
    legend_pt = laid_out.height_pt + 1.0
    title(
        strip,
        _("Experiments, on the day agreed"),
        loc="left",
        fontsize=8,
        color=theme.fg,
        pad=3 + legend_pt,
        y=1.0,
    )
    drawn = draw_flow(
        figure_of(strip),
        offset(strip, axes_origin(strip, 0, 1), 0, legend_pt),
        laid_out,
        theme,
        fontsize=6.5,
        row_pt=_ROW_PT,
        handle_pt=8.0,
        pad_pt=2.5,
        name="legend:experiments",
        place=(strip, legend_pt),
    )
    layout.legends[EXPERIMENTS_KEY] = [entry.label for _text, entry in drawn]
    return legend_pt / 72
