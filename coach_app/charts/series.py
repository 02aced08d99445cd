"""One series on a panel: its gap-free segments, baseline, band, median, signals and slope.

Nothing is drawn across a gap: each segment is its own line. A dense series (more points in
view than can be told apart) gets a thinner line and a marker on every n-th point only.

The reference lines (baseline, median, run-chart signals, slope) are drawn for a series in
focus only: with three series, all of them at once made a dozen lines nobody could tell apart.
The "within measurement error" band is not a reference line but a claim about the scores, so
a series with stored reference values always has it.
"""

from __future__ import annotations

import dataclasses
from typing import Any

import numpy as np
from matplotlib.artist import Artist
from matplotlib.axes import Axes
from matplotlib.collections import LineCollection
from matplotlib.lines import Line2D
from matplotlib.patches import Rectangle
from numpy.typing import NDArray

from coach_app.charts.artists import add_line, date_numbers, hline, recipe
from coach_app.charts.layout import ChartLayout, View
from coach_app.charts.legend import Entry, band_entry, entry_for
from coach_app.charts.recycle import reuse
from coach_app.services.progress_series import Series


def legend_name(series: Series) -> str:
    """The series' name in a legend, in full (a long one wraps, see ``charts.legend``)."""
    # Inside the empowerment panel the subscale alone says which line is which.
    return series.name.split(": ", 1)[1] if series.subscale else series.name


def draw_series(
    ax: Axes,
    series: Series,
    colour: Any,
    *,
    marker: str,
    layout: ChartLayout,
    view: View,
    context: bool = False,
    width: float | None = None,
    alpha: float = 1.0,
    focused: bool = True,
    focus_set: bool = False,
) -> list[Entry]:
    """Draw one series' segments and band, and its reference lines when ``focused``.

    With ``focus_set`` (some series is in focus), the entry of a focused series is bold and
    the lines of the others are lighter, so the one in focus stands out.

    Returns:
        The legend entries: the series, and the band when there is one.
    """
    entries: list[Entry] = []
    xs_all = date_numbers([point.date for point in series.points])
    in_view = view.count(xs_all)
    dense = view.dense(in_view)
    stride = view.marker_stride(in_view)
    if width is None:
        width = 1.2 if context or dense else 1.7
    if focus_set and not focused:
        alpha *= 0.45
    segments: list[Line2D] = []
    start = 0
    for number, segment in enumerate(series.segments):
        xs = xs_all[start : start + len(segment)]
        start += len(segment)
        line = add_line(
            ax,
            f"segment:{series.key}:{number}",
            xs,
            [point.value for point in segment],
            kind="segment",
            color=colour,
            marker=marker,
            markersize=3.8,
            markevery=stride if stride > 1 else None,
            linewidth=width,
            alpha=alpha,
            label=legend_name(series) if number == 0 else "_nolegend_",
            zorder=3,
        )
        line.set_gid(f"segment:{series.key}:{number}")
        segments.append(line)
    layout.lines[series.key] = segments
    if segments:
        entry = entry_for(segments[0], legend_name(series), series=series.key)
        entries.append(dataclasses.replace(entry, bold=focus_set and focused))
    if series.band is not None:
        entries.append(_draw_band(ax, series, series.band, colour, layout))
    if focused:
        _draw_reference_lines(ax, series, xs_all, colour, layout=layout, dense=dense)
    return entries


def _draw_reference_lines(
    ax: Axes,
    series: Series,
    xs_all: NDArray[np.float64],
    colour: Any,
    *,
    layout: ChartLayout,
    dense: bool,
) -> None:
    """The baseline, and from five points the median, run-chart signals and slope."""
    if series.baseline is not None:
        baseline = hline(
            ax,
            f"baseline:{series.key}",
            series.baseline,
            color=colour,
            linestyle=":",
            linewidth=0.9,
            alpha=0.8,
            zorder=2,
        )
        baseline.set_gid(f"baseline:{series.key}")
        layout.baselines[series.key] = baseline
    if series.median is not None and series.points:
        ends = ((xs_all[0], series.median), (xs_all[-1], series.median))

        def build_median() -> LineCollection:
            median = LineCollection(
                [ends], colors=[colour], linestyles="-.", linewidth=0.9, alpha=0.75, zorder=2
            )
            ax.add_collection(median, autolim=False)
            return median

        median = reuse(ax, f"median:{series.key}", recipe(ends, colour), build_median)
        median.set_gid(f"median:{series.key}")
        layout.medians[series.key] = median
        layout.signals[series.key] = _draw_signals(ax, series, xs_all, colour, dense=dense)
    if series.slope is not None:
        slope = series.slope
        line = add_line(
            ax,
            f"slope:{series.key}",
            date_numbers([slope.start_date, slope.end_date]),
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


def _draw_band(
    ax: Axes, series: Series, band: tuple[float, float], colour: Any, layout: ChartLayout
) -> Entry:
    """Shade "within measurement error" across the panel; returns its legend entry."""
    low, high = band

    def build() -> Rectangle:
        patch = Rectangle(
            (0, low),
            1,
            high - low,
            transform=ax.get_yaxis_transform(),
            facecolor=colour,
            alpha=0.13,
            linewidth=0,
            zorder=1,
        )
        ax.add_patch(patch)
        return patch

    patch = reuse(ax, f"band:{series.key}", recipe(low, high, colour), build)
    patch.set_gid(f"band:{series.key}")
    layout.bands[series.key] = patch
    return band_entry(colour, 0.25)


def _draw_signals(
    ax: Axes, series: Series, xs: NDArray[np.float64], colour: Any, *, dense: bool
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
        rings = add_line(
            ax,
            f"signal:{series.key}:{kind}",
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
