"""Short labels (dates, scale values) drawn as glyph outlines, one collection per row or column.

Text is most of what a chart costs (see ``charts.draw``): matplotlib lays out, shapes and
rasterises every ``Text`` on every draw, about a millisecond for a four-letter label. A chart
has dozens of such labels — the dates under every panel, the values beside them — that never
change between draws. Their outlines are made once (``TextPath``, cached by text and size) and
drawn as one ``PathCollection`` per row or column of labels, which Agg fills in one call: the
same letters, unhinted as a PDF viewer draws them (see ``charts.style``), for a few percent of
the cost. Titles, captions and legends stay real texts: they are long, change with the data,
and a click on a legend name is hit-tested on its text.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from typing import Any, Final

import numpy as np
from matplotlib.axes import Axes
from matplotlib.collections import PathCollection
from matplotlib.font_manager import FontProperties
from matplotlib.path import Path
from matplotlib.textpath import TextPath
from matplotlib.transforms import Affine2D, Transform

from coach_app.charts.artists import figure_of, offset, recipe
from coach_app.charts.recycle import reuse
from coach_app.charts.style import Theme

#: Where the top of a label sits below its anchor, and where its middle sits, in ems (the
#: height of a capital or a digit of DejaVu Sans is about 0.73 em).
_CAP_EM: Final = 0.73
_CACHED_LABELS: Final = 1024
_TICK_PAD_PT: Final = 3.5  # between a label and its axis
_VALUE_PT: Final = 8.0
_DATE_PT: Final = 7.5


@functools.lru_cache(maxsize=_CACHED_LABELS)
def label_path(text: str, size: float, ha: str, va: str) -> Path:
    """The outline of ``text`` at ``size`` points, placed so its anchor is the origin.

    ``ha`` is "left", "center" or "right"; ``va`` "top" (the top of a capital at the anchor)
    or "center" (its middle).
    """
    outline = TextPath((0, 0), text, size=size, prop=FontProperties(size=size))
    extents = outline.get_extents()
    dx = {"left": -extents.x0, "center": -(extents.x0 + extents.x1) / 2, "right": -extents.x1}[ha]
    dy = -_CAP_EM * size if va == "top" else -_CAP_EM * size / 2
    return Path(outline.vertices + np.array([dx, dy]), outline.codes)


def _outlines(
    ax: Axes,
    key: str,
    anchors: Sequence[tuple[float, float]],
    paths: Sequence[Path],
    colors: Sequence[Any],
    *,
    base: Transform,
    shift_pt: tuple[float, float],
) -> PathCollection:
    """Outlines in points, each at its anchor, filled in ``colors`` (one, or one each).

    The anchors are in ``base``'s coordinates, shifted by ``shift_pt`` points. Kept as ``key``
    from the last draw while the same (``charts.recycle``): the paths come from a cache, so
    the same labels are the same path objects.
    """

    def build() -> PathCollection:
        collection = PathCollection(
            paths,
            offsets=list(anchors),
            offset_transform=offset(ax, base, *shift_pt),
            # The outlines are in points: scaled to pixels at whatever dpi the figure is drawn.
            transform=Affine2D().scale(1 / 72) + figure_of(ax).dpi_scale_trans,
            facecolors=list(colors),
            edgecolors="none",
            linewidths=0,
            zorder=3,
        )
        collection.set_clip_on(False)  # the labels are outside the panel, beside or under it
        collection.set_gid(key)
        ax.add_collection(collection, autolim=False)
        return collection

    def relabel(collection: PathCollection, old: tuple[Any, ...], new: tuple[Any, ...]) -> bool:
        # Other labels at other places, on the same axis (another coachee, another period):
        # the collection takes them in place, keeping its transforms.
        if old[3:] != new[3:]:
            return False
        collection.set_paths(paths)
        collection.set_offsets(list(anchors))
        if old[2] != new[2]:
            collection.set_facecolor(list(colors))
        return True

    # Paths compare as objects: the same label at the same size is the same cached path.
    made = recipe(tuple(paths), anchors, colors, base, shift_pt)
    return reuse(ax, key, made, build, adapt=relabel)


def value_labels(
    ax: Axes, ticks: Sequence[float], labels: Sequence[str], theme: Theme, *, right: bool = False
) -> None:
    """Value labels beside the left (or right) axis at ``ticks``."""
    ha = "left" if right else "right"
    _outlines(
        ax,
        "values:right" if right else "values",
        [(1.0 if right else 0.0, float(tick)) for tick in ticks],
        [label_path(label, _VALUE_PT, ha, "center") for label in labels],
        [theme.fg],
        base=ax.get_yaxis_transform(),
        shift_pt=(_TICK_PAD_PT * (1 if right else -1), 0),
    )


def date_labels(
    ax: Axes,
    ticks: Sequence[float],
    labels: Sequence[str],
    context: str,
    theme: Theme,
    *,
    gid: str,
    right: float,
) -> None:
    """Date labels under a panel at ``ticks``, and ``context`` (e.g. the year) at its right.

    ``context`` is what ``ConciseDateFormatter`` leaves out of the labels and puts beside the
    axis; it goes under the right end (the day number ``right``), below the labels, in the
    muted colour. Labels and context are one collection.
    """
    anchors = [(float(tick), 0.0) for tick in ticks]
    paths = [label_path(label, _DATE_PT, "center", "top") for label in labels]
    colors: list[Any] = [theme.fg] * len(paths)
    if context:
        anchors.append((right, 0.0))
        paths.append(_context_path(context))
        colors.append(theme.muted)
    if not paths:
        return
    _outlines(
        ax, gid, anchors, paths, colors, base=ax.get_xaxis_transform(), shift_pt=(0, -_TICK_PAD_PT)
    )


@functools.lru_cache(maxsize=64)
def _context_path(context: str) -> Path:
    """The outline of a date axis' context, its top a label's line under the labels' top."""
    outline = label_path(context, _DATE_PT - 0.5, "right", "top")
    return outline.transformed(Affine2D().translate(0, -_DATE_PT * 1.5))
