"""Cheap artists: lines, rules and labels added without matplotlib's per-call bookkeeping.

What a chart costs is its artists and, above all, its text (see ``charts.draw``). These helpers
add plain ``Line2D``/``LineCollection``/``Text`` artists at positions given in data, axes or
point offsets, so no tick, annotation or autoscale pass is paid for on every redraw.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from datetime import date
from typing import Any, Final

import matplotlib.dates as mdates
import numpy as np
from matplotlib.axes import Axes
from matplotlib.collections import LineCollection
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.text import Text
from matplotlib.ticker import NullLocator
from matplotlib.transforms import Affine2D, Affine2DBase, ScaledTranslation, Transform
from numpy.typing import NDArray

from coach_app.charts.layout import View
from coach_app.charts.recycle import differs, reuse
from coach_app.charts.style import Theme

_AXIS_LABEL_PT: Final = 19.0  # from the axis to the middle of "level" / "T-score"


def date_numbers(days: Sequence[date]) -> NDArray[np.float64]:
    """Matplotlib's day numbers of ``days``: the x data of every artist on the time axis."""
    if all(type(day) is date for day in days):
        # A day's number is its distance from matplotlib's epoch: date2num gets there through
        # datetime64 conversions, some 3 µs a day (a series of 700 points took 2 ms a draw).
        return np.fromiter((day.toordinal() for day in days), np.float64, len(days)) - _epoch()
    # date2num carries no annotations in matplotlib's stubs; the result is always an array here.
    return np.asarray(mdates.date2num(list(days)), dtype=np.float64)  # type: ignore[no-untyped-call]


def _epoch() -> float:
    """The proleptic ordinal of matplotlib's day 0 (``date.epoch``, 1970-01-01 unless set)."""
    return _epoch_of(mdates.get_epoch())  # type: ignore[no-untyped-call]


@functools.lru_cache(maxsize=4)
def _epoch_of(epoch: str) -> float:
    """The ordinal of day 0 while matplotlib's epoch is ``epoch`` (the cache's key)."""
    day = date(2000, 1, 1)
    # Asked of date2num itself, so an epoch with a time of day counts as it counts it.
    return day.toordinal() - float(mdates.date2num(day))  # type: ignore[no-untyped-call]


def date_number(day: date) -> float:
    """Matplotlib's day number of one day."""
    return float(date_numbers([day])[0])


def figure_of(ax: Axes) -> Figure:
    """The figure ``ax`` is drawn on."""
    figure = ax.get_figure(root=True)
    assert isinstance(figure, Figure)
    return figure


def axes_origin(ax: Axes, x: float, y: float) -> ScaledTranslation:
    """A translation to the axes-fraction point (``x``, ``y``) of ``ax`` (follows resizes)."""
    # transAxes is a BboxTransformTo, an affine transform, though the stubs only say Transform.
    axes_transform = ax.transAxes
    assert isinstance(axes_transform, Affine2DBase)
    return ScaledTranslation(x, y, axes_transform)


def offset(ax: Axes, transform: Transform, x_points: float, y_points: float) -> Transform:
    """``transform`` shifted by a distance in points (what ``annotate`` does, without its cost)."""
    return transform + ScaledTranslation(
        x_points / 72, y_points / 72, figure_of(ax).dpi_scale_trans
    )


def points_from(fig: Figure, origin: Transform) -> Transform:
    """Coordinates in points from ``origin``'s translation; follows resizes and export dpi."""
    return Affine2D().scale(1 / 72) + fig.dpi_scale_trans + origin


def recipe(*parts: Any) -> tuple[Any, ...]:
    """What an artist is made from, as values that compare by content (see ``charts.recycle``).

    Arrays become their bytes and lists tuples; keyword properties are given as a dict and
    become sorted pairs.
    """
    return tuple(_comparable(part) for part in parts)


def _comparable(part: Any) -> Any:
    if part is None or isinstance(part, str | float | int):
        return part
    if isinstance(part, np.ndarray):
        return (part.dtype.str, part.shape, part.tobytes())
    if isinstance(part, list | tuple):
        return tuple(_comparable(item) for item in part)
    if isinstance(part, dict):
        return tuple(sorted((name, _comparable(value)) for name, value in part.items()))
    return part


def add_line(
    ax: Axes, key: str, xs: Any, ys: Any, *, kind: str | None = None, **props: Any
) -> Line2D:
    """A ``Line2D`` added as a plain artist (still listed in ``ax.lines``), kept as ``key``.

    A ``kind`` lets a key last draw did not have take over a line of that kind (see
    ``recycle.reuse``).
    """

    def build() -> Line2D:
        # Axes.plot parses format strings and cycles properties for every call, and add_line
        # grows the data limits; the limits here are always set explicitly, so a Line2D added
        # as a plain artist draws the same for a fraction of the cost.
        line = Line2D(xs, ys, **props)
        ax.add_artist(line)
        return line

    def restyle(line: Line2D, old: tuple[Any, ...], new: tuple[Any, ...]) -> bool:
        # A change of focus lightens every other series, and a shorter period thins a dense
        # line: the same points, another alpha, width or marker spacing. Another coachee's
        # chart draws the same series (confidence, each subscale) with other points: the
        # line takes them in place, keeping its transforms, instead of a new line being
        # built and added (a quarter of a millisecond each, a dozen lines a chart).
        (*old_data, old_props), (*new_data, new_props) = old, new
        before, after = dict(old_props), dict(new_props)
        if before.keys() != after.keys():
            return False
        if before.get("transform") is not after.get("transform"):
            return False
        if old_data != new_data:
            line.set_data(xs, ys)
        line.set(**{name: props[name] for name, value in after.items() if before[name] != value})
        return True

    made = recipe(np.asarray(xs, dtype=float), np.asarray(ys), props)
    return reuse(ax, key, made, build, adapt=restyle, kind=kind)


def hline(ax: Axes, key: str, y: float, **props: Any) -> Line2D:
    """A full-width horizontal line at ``y`` (``axhline`` without the autoscale bookkeeping)."""
    return add_line(ax, key, [0, 1], [y, y], transform=ax.get_yaxis_transform(), **props)


def vertical_rules(ax: Axes, key: str, days: Sequence[float], **props: Any) -> LineCollection:
    """Lines from the bottom of the panel to its top at day numbers ``days``, one collection."""
    segments = [[(x, 0.0), (x, 1.0)] for x in days]

    def build() -> LineCollection:
        collection = LineCollection(segments, transform=ax.get_xaxis_transform(), **props)
        ax.add_collection(collection, autolim=False)
        return collection

    def move(rules: LineCollection, old: tuple[Any, ...], new: tuple[Any, ...]) -> bool:
        # Other days in the same style (another coachee, another period): moved in place.
        if old[1:] != new[1:]:
            return False
        rules.set_segments(segments)
        return True

    return reuse(ax, key, recipe(days, props), build, adapt=move)


def gridlines(
    ax: Axes, theme: Theme, *, rows: Sequence[float], columns: Sequence[float], view: View
) -> None:
    """Faint gridlines at values ``rows`` and days ``columns``, as one collection per panel.

    In data coordinates, across the panel's y limits (set before) and the view's days, so the
    rows and the dated columns of a panel are one artist rather than two.
    """
    bottom, top = ax.get_ylim()
    if not rows and not columns:
        return

    segments = [[(view.low, y), (view.high, y)] for y in rows]
    segments += [[(x, bottom), (x, top)] for x in columns]

    def build() -> LineCollection:
        grid = LineCollection(
            segments, colors=[theme.muted], linewidth=0.6, alpha=0.25, zorder=0, gid="grid"
        )
        ax.add_collection(grid, autolim=False)
        return grid

    def move(grid: LineCollection, old: tuple[Any, ...], new: tuple[Any, ...]) -> bool:
        # Other rows or days in the same colour (another coachee, another period).
        if old[-1] != new[-1]:
            return False
        grid.set_segments(segments)
        return True

    made = recipe(tuple(rows), tuple(columns), view.low, view.high, bottom, top, theme.muted)
    reuse(ax, "grid", made, build, adapt=move)


def axis_label(ax: Axes, text: str, theme: Theme, *, right: bool = False) -> None:
    """A rotated label beside the value labels of the left (or right) axis."""
    shift = _AXIS_LABEL_PT * (1 if right else -1)

    def build() -> Text:
        return ax.text(
            1.0 if right else 0.0,
            0.5,
            text,
            transform=offset(ax, ax.transAxes, shift, 0),
            rotation=90,
            rotation_mode="anchor",
            ha="center",
            va="center",
            fontsize=7.5,
            color=theme.fg,
        )

    reuse(ax, "axis-label", recipe(text, shift, theme.fg), build)


def number(value: float) -> str:
    """A value label, with a true minus sign."""
    return f"{value:g}".replace("-", "\N{MINUS SIGN}")


def style_axes(ax: Axes, theme: Theme) -> None:
    """Background and spines of a panel; no value ticks (see ``glyphs.value_labels``).

    Axes kept from the last draw (``charts.recycle``) in the same theme are left as they are.
    """
    if not differs(ax, "style", theme):
        return
    ax.set_facecolor(theme.bg)
    # The figure behind is painted in the same colour (charts.draw), so the panel's own
    # background would only be painted over it on every draw. Hidden, it still clips the
    # panel's lines and still says where the panel is.
    ax.patch.set_visible(False)
    for spine in ("top", "right"):
        ax.spines[spine].set_visible(False)
    for spine in ("left", "bottom"):
        ax.spines[spine].set_color(theme.muted)
    # Values and dates are labelled by charts.glyphs: a tick is five artists and a layout pass.
    ax.yaxis.set_major_locator(NullLocator())
    # With no ticks and no axis labels the axis objects draw nothing, but still cost a layout
    # pass each on every draw; hidden, they are skipped (the spines are separate artists).
    ax.xaxis.set_visible(False)
    ax.yaxis.set_visible(False)
