"""Where the panels go, how wide the view is, and what was drawn where.

Layout is in inches, so text keeps its size whatever the figure size. Fixed margins instead of
the constrained layout engine: the chart redraws on every range or visibility change, and the
engine would double the render time for a layout that never changes.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any, Final

import numpy as np
from matplotlib.artist import Artist
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.text import Text
from numpy.typing import NDArray

from coach_app.services.progress_series import ExperimentMarker

if TYPE_CHECKING:
    from coach_app.services.progress import ProgressData

LEFT_IN: Final = 0.62
#: The T-score labels of the goals panel; the legends are above the panels, so the plots take
#: the rest of the width.
RIGHT_IN: Final = 0.62
KEY_BOTTOM_IN: Final = 0.06  # the key's lowest row sits this far above the figure's edge
_TOP_IN: Final = 0.08
_TITLE_IN: Final = 0.42  # panel title and caption above each panel
_STRIP_TITLE_IN: Final = 0.2
_DATES_IN: Final = 0.2  # the date labels under every panel
_GAP_IN: Final = 0.12
#: Above this many points in view per inch of panel width, neighbouring markers merge into a
#: smear: the line gets thinner and only every n-th point keeps its marker (the shape still
#: tells the lines apart without colour).
_DENSE_PER_INCH: Final = 6.0
_SPARSE_MARKERS_PER_INCH: Final = 1.5

Rect = tuple[float, float, float, float]


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
        legends: panel key (and ``"experiments"``) → the full texts of its legend, in order.
        legend_texts: each legend entry's text artist → the series it names, for clicks.
        date_labels: panel key (and ``"experiments"``) → the date labels under it.
        focus: the series whose baseline, median, slope and signals were drawn (None: all).
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
    legend_texts: list[tuple[Text, str]] = field(default_factory=list)
    date_labels: dict[str, list[str]] = field(default_factory=dict)
    focus: frozenset[str] | None = None
    key: list[str] = field(default_factory=list)
    empty: bool = False
    # Index of each entry of ``markers`` in its artist's data.
    marker_slots: list[int] = field(default_factory=list)

    def marker_position(self, number: int) -> tuple[float, float]:
        """Display coordinates (pixels) of ``markers[number]``, e.g. to point at it."""
        artist, _marker = self.markers[number]
        slot = self.marker_slots[number]
        x = np.asarray(artist.get_xdata())[slot]
        y = np.asarray(artist.get_ydata())[slot]
        display = artist.get_transform().transform((x, y))
        return float(display[0]), float(display[1])

    def series_at(self, event: Any) -> str | None:
        """The series under a matplotlib mouse event: its legend entry, or one of its lines."""
        for text, key in self.legend_texts:
            hit, _details = text.contains(event)
            if hit:
                return key
        for key, lines in self.lines.items():
            if any(line.contains(event)[0] for line in lines):
                return key
        return None

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
                found = by_slot.get((key, int(slot)))
                if found is not None and (best is None or distance < best[0]):
                    best = (distance, found)
        return best[1] if best is not None else None


@dataclass(frozen=True)
class View:
    """The visible x range (matplotlib date numbers) and how wide the panels are."""

    low: float
    high: float
    width_in: float
    caption_range: tuple[date, date] | None  # the period the coach chose, for "n in view"
    #: The dated ticks of the time axis (day numbers), shared by every panel's gridlines.
    ticks: tuple[float, ...] = ()

    def count(self, xs: NDArray[np.float64]) -> int:
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


def x_range(data: ProgressData, date_range: tuple[date, date] | None) -> tuple[date, date]:
    """The x axis: ``date_range`` or the data's, padded so no point sits on the edge."""
    if date_range is not None:
        first, last = date_range
    else:
        assert data.date_range is not None
        first, last = data.date_range
    span = (last - first).days
    pad = timedelta(days=max(7, round(span * 0.03)))
    return first - pad, last + pad


def plot_width_in(fig: Figure) -> float:
    """The width of every panel, in inches."""
    return max(figure_width_in(fig) - LEFT_IN - RIGHT_IN, 1.0)


def panel_rects(
    fig: Figure,
    context: Sequence[bool],
    strip: bool,
    *,
    headers_in: Sequence[float] = (),
    key_in: float = 0.0,
) -> list[Rect]:
    """Figure-fraction rectangles of the panels (and the experiment strip) from the top.

    Args:
        context: per panel, whether it is a (smaller) context panel.
        strip: whether the experiment strip comes last.
        headers_in: per panel (and strip), the height of its legend above it, in inches.
        key_in: the height of the key under the chart, in inches.
    """
    width, height = (float(size) for size in fig.get_size_inches())
    ratios = [0.75 if is_context else 1.0 for is_context in context]
    titles = [_TITLE_IN] * len(ratios)
    if strip:
        ratios.append(0.3)
        titles.append(_STRIP_TITLE_IN)
    extra = list(headers_in) + [0.0] * (len(ratios) - len(headers_in))
    titles = [title + more for title, more in zip(titles, extra, strict=False)]
    bottom = KEY_BOTTOM_IN + key_in + 0.04
    free = height - _TOP_IN - bottom - sum(titles) - (_DATES_IN + _GAP_IN) * len(ratios)
    unit = max(free, 0.3 * len(ratios)) / sum(ratios)
    plot_width = plot_width_in(fig)
    rects: list[Rect] = []
    top = height - _TOP_IN
    for ratio, title in zip(ratios, titles, strict=True):
        top -= title
        panel_height = ratio * unit
        rects.append(
            (
                LEFT_IN / width,
                (top - panel_height) / height,
                plot_width / width,
                panel_height / height,
            )
        )
        top -= panel_height + _DATES_IN + _GAP_IN
    return rects


def figure_width_in(fig: Figure) -> float:
    """The figure's width in inches."""
    return float(fig.get_size_inches()[0])
