"""A sparkline: a small line of recent values with the last point marked, and nothing else."""

from __future__ import annotations

from collections.abc import Sequence

from matplotlib.axes import Axes
from matplotlib.lines import Line2D

from coach_app.charts.style import PALETTE_LIGHT


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
