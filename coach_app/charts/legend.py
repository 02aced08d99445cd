"""Legends beside the panels and the key to the line styles under the chart.

Each is drawn as a handle and a text per entry at fixed offsets in points, rather than as a
``Legend`` box that measures every entry on every draw.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Rectangle
from matplotlib.transforms import ScaledTranslation, Transform

from coach_app.charts.artists import axes_origin, figure_of, points_from
from coach_app.charts.layout import (
    KEY_BOTTOM_IN,
    KEY_ENTRY_IN,
    KEY_ROW_IN,
    LEFT_IN,
    LEGEND_GAP_IN,
    ChartLayout,
    figure_width_in,
    key_columns,
)
from coach_app.charts.style import Theme
from coach_app.i18n import _


@dataclass(frozen=True)
class Entry:
    """One line of a legend or of the key: a handle drawn as a line, markers or a swatch."""

    label: str
    line: dict[str, Any] | None = None  # Line2D properties of the handle
    swatch: dict[str, Any] | None = None  # Rectangle properties of the handle

    @property
    def key(self) -> tuple[str, str]:
        """Equal for entries that read the same (a line's width may follow its density)."""
        style = self.line or self.swatch or {}
        return (self.label, repr([style.get(name) for name in ("color", "marker", "facecolor")]))


def band_entry(colour: Any, alpha: float) -> Entry:
    """The entry of a "within measurement error" band in ``colour``."""
    return Entry(
        _("within measurement error"),
        swatch={"facecolor": colour, "alpha": alpha, "linewidth": 0},
    )


def entry_for(line: Line2D, label: str) -> Entry:
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
    )


def draw_entries(
    fig: Figure,
    origin: Transform,
    entries: Sequence[Entry],
    theme: Theme,
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
    points = points_from(fig, origin)
    rows = -(-len(entries) // max(columns, 1))
    for index, entry in enumerate(entries):
        column, row = divmod(index, rows)
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


def legend_x(ax: Axes) -> float:
    """Axes-fraction x where every panel's legend starts, clear of a right-hand axis."""
    width_in = ax.get_position().width * figure_width_in(figure_of(ax))
    return float(1 + LEGEND_GAP_IN / max(width_in, 0.1))


def draw_legend(ax: Axes, entries: Sequence[Entry], theme: Theme) -> list[str]:
    """A panel's legend to the right of it, clear of a right-hand axis."""
    return draw_entries(
        figure_of(ax),
        axes_origin(ax, legend_x(ax), 1.0),
        entries,
        theme,
        fontsize=7,
        row_pt=11.5,
        handle_pt=12.6,
        pad_pt=5.6,
    )


def draw_key(fig: Figure, layout: ChartLayout, theme: Theme) -> None:
    """A key to the line styles, shown only for the elements that were drawn."""
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
    if not entries:
        return
    width = figure_width_in(fig)
    columns = min(len(entries), key_columns(width))
    rows = -(-len(entries) // columns)
    top_in = KEY_BOTTOM_IN + (rows - 0.5) * KEY_ROW_IN
    layout.key = draw_entries(
        fig,
        ScaledTranslation(LEFT_IN, top_in, fig.dpi_scale_trans),
        entries,
        theme,
        fontsize=6.5,
        row_pt=KEY_ROW_IN * 72,
        handle_pt=14.3,
        pad_pt=5.2,
        columns=columns,
        column_pt=KEY_ENTRY_IN * 72,
    )
