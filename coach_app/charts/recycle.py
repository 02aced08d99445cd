"""Axes kept from one draw of a figure to the next, emptied instead of built again.

Building an ``Axes`` is the dearest single step of a redraw (its two axes, four spines, tick
machinery and title texts: several milliseconds each, and a chart has up to eight). A redraw
after a view change — a series hidden, another period, another series in focus — mostly draws
the same panels again, so each panel's axes (and the goals panel's right-hand twin) are kept
per figure, keyed by panel, and emptied of their artists for the next draw.

A figure drawn on by anything else (``Figure.clear()``, axes added or removed by hand) is
noticed and its kept axes are forgotten: the next draw builds them afresh.
"""

from __future__ import annotations

import weakref
from collections.abc import Iterable
from typing import Final

from matplotlib.axes import Axes
from matplotlib.figure import Figure

from coach_app.charts.layout import Rect

#: Figure → panel key → its axes from the last draw. Weak both ways: an axes refers to its
#: figure, so a strong reference here would keep every figure ever drawn alive (each exported
#: report's, with all its artists); the figure itself holds its axes while it lives.
_KEPT: Final[weakref.WeakKeyDictionary[Figure, dict[str, weakref.ref[Axes]]]] = (
    weakref.WeakKeyDictionary()
)
#: The key a panel's right-hand axis is kept under.
TWIN_PREFIX: Final = "twin:"


class AxesPool:
    """The axes of one draw of ``fig``: reused where the last draw had that panel."""

    def __init__(self, fig: Figure) -> None:
        self.fig = fig
        kept = {key: ax for key, ref in _KEPT.pop(fig, {}).items() if (ax := ref()) is not None}
        if set(map(id, kept.values())) != set(map(id, fig.axes)):
            kept = {}  # someone else drew on the figure meanwhile: start afresh
        self._old = kept
        self._new: dict[str, Axes] = {}
        # Everything drawn at figure level (legends, key, texts) goes; kept axes stay.
        for artists in (fig.texts, fig.lines, fig.patches, fig.artists, fig.images):
            for artist in list(artists):
                artist.remove()
        if not kept:
            for old in list(fig.axes):
                fig.delaxes(old)
            fig.clear()

    def axes(self, key: str, rect: Rect) -> Axes:
        """The axes of panel ``key`` at ``rect``: last draw's, emptied, or a new one."""
        ax = self._old.pop(key, None)
        if ax is None:
            ax = self.fig.add_axes(rect)
        else:
            ax.set_position(rect)
            empty(ax)
        self._new[key] = ax
        return ax

    def twin(self, key: str, ax: Axes) -> Axes:
        """The right-hand axis of panel ``key`` (sharing ``ax``'s x axis), kept or new."""
        twin = self._old.pop(TWIN_PREFIX + key, None)
        if twin is None:
            twin = ax.twinx()
        else:
            empty(twin)
        self._new[TWIN_PREFIX + key] = twin
        return twin

    def finish(self) -> None:
        """Remove the axes this draw did not use, and keep the others for the next one."""
        for ax in self._old.values():
            if ax in self.fig.axes:
                self.fig.delaxes(ax)
        self._old = {}
        _KEPT[self.fig] = {key: weakref.ref(ax) for key, ax in self._new.items()}


def empty(ax: Axes) -> None:
    """Remove every artist drawn on ``ax`` and its title, keeping the axes themselves."""
    artists: Iterable[object] = (
        *ax.lines,
        *ax.texts,
        *ax.collections,
        *ax.patches,
        *ax.artists,
        *ax.images,
    )
    for artist in list(artists):
        artist.remove()  # type: ignore[attr-defined]  # every listed child is an Artist
    for loc in ("left", "center", "right"):
        # Only a title that shows something is emptied: set_title restyles the text anew.
        if ax.get_title(loc=loc):
            ax.set_title("", loc=loc)
