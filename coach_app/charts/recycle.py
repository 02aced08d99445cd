"""What a figure keeps from one draw to the next: its panels' axes, and the artists not changed.

Building an ``Axes`` is the dearest single step of a redraw (its two axes, four spines, tick
machinery and title texts: several milliseconds each, and a chart has up to eight). A redraw
after a view change — a series hidden, another period, another series in focus — mostly draws
the same panels again, so each panel's axes (and the goals panel's right-hand twin) are kept
per figure, keyed by panel.

Most artists on them are the same from one draw to the next as well: the titles, captions and
legends, the value labels, the lines of every series the view change did not touch. Building
an artist and adding it to an axes (its properties, its transform, its clip box) costs a
few hundred microseconds, and an artist drawn before draws faster than a new one (its paths
and transforms are cached). So every artist of the chart is made through :func:`reuse`, under
a key (which artist it is: "the first segment of series X") and a recipe (everything it was
made from): a redraw keeps the artist whose key and recipe are the same as last time, builds
the others anew, and removes those it no longer draws. Where only what an artist shows has
changed — another coachee's points under the same series key, another caption, goal name or
date labels in the same style — the artist is brought up to date in place (its ``adapt``):
opening another coachee costs a third less to draw than building all of those anew. The
artists then stand in the order this draw made them, so a redraw paints exactly what a first
draw of the same view paints.

A panel the draw leaves out keeps its axes too, hidden: the next coachee opened may have it
again (one coachee rates psychological safety, the other does not), and building it anew cost
some 6 ms of such a first draw. Panels are keyed by instrument, so a figure hides a handful
at most; ``MAX_HIDDEN`` bounds them all the same.

A figure drawn on by anything else (``Figure.clear()``, axes added or removed by hand) is
noticed and its kept axes are forgotten: the next draw builds them afresh.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable, Hashable, Iterable
from typing import Any, Final, Literal, TypeVar

from matplotlib.artist import Artist
from matplotlib.axes import Axes
from matplotlib.figure import Figure

from coach_app.charts.layout import Rect

#: Figure → panel key → its axes from the last draw. Weak both ways: an axes refers to its
#: figure, so a strong reference here would keep every figure ever drawn alive (each exported
#: report's, with all its artists); the figure itself holds its axes while it lives.
_KEPT: Final[weakref.WeakKeyDictionary[Figure, dict[str, weakref.ref[Axes]]]] = (
    weakref.WeakKeyDictionary()
)
#: The most axes a figure keeps hidden for panels its last draw left out.
MAX_HIDDEN: Final = 8
#: The key a panel's right-hand axis is kept under.
TWIN_PREFIX: Final = "twin:"
#: Where an artist carries its key and recipe, and an axes what its settings were last set to
#: (see ``differs``). On the objects themselves, so what is kept lives and dies with the figure
#: (a table beside it would keep the figure alive through its artists).
_KEY: Final = "_coach_key"
_RECIPE: Final = "_coach_recipe"
_KIND: Final = "_coach_kind"
_SETTINGS: Final = "_coach_settings"
TitlePlace = Literal["left", "center", "right"]
_TITLE_PLACES: Final[tuple[TitlePlace, ...]] = ("left", "center", "right")

A = TypeVar("A", bound=Artist)
#: What an artist is drawn on: a panel's axes, or the figure (legends, the key).
Owner = Axes | Figure


class _Shelf:
    """The artists of one axes or figure while a draw is on: last draw's, and this one's."""

    def __init__(self, owner: Owner) -> None:
        self.owner = owner
        self.last: dict[Hashable, Artist] = {}
        # Last draw's keys by kind, for an artist under a key last draw did not have.
        self.kinds: dict[Hashable, list[Hashable]] = {}
        for artist in list(_drawn_on(owner)):
            key = getattr(artist, _KEY, None)
            if key is None or key in self.last:
                artist.remove()  # not made through reuse(): nothing says it is still wanted
            else:
                self.last[key] = artist
                kind = getattr(artist, _KIND, None)
                if kind is not None:
                    self.kinds.setdefault(kind, []).append(key)
        self.order: list[Artist] = []
        self.keys: set[Hashable] = set()
        self.titled: set[TitlePlace] = set()

    def adopt(self, kind: Hashable) -> Artist | None:
        """A last-draw artist of ``kind`` not asked for under its own key so far, taken out."""
        keys = self.kinds.get(kind, [])
        while keys:
            artist = self.last.pop(keys.pop(0), None)
            if artist is not None:
                return artist
        return None

    def close(self) -> None:
        """Remove what this draw did not draw again, and put the rest in this draw's order."""
        for artist in self.last.values():
            artist.remove()
        self.last = {}
        rank = {id(artist): place for place, artist in enumerate(self.order)}
        for children in _child_lists(self.owner):
            # Sorted in place: each artist removes itself from this very list. Among artists
            # of equal zorder matplotlib paints in list order, which is now this draw's.
            children.sort(key=lambda artist: rank.get(id(artist), len(rank)))
        if isinstance(self.owner, Axes):
            for place in _TITLE_PLACES:
                if place not in self.titled and self.owner.get_title(loc=place):
                    self.owner.set_title("", loc=place)
                    _settings(self.owner).pop(f"title:{place}", None)


#: The shelves of the draws under way, by id of their axes or figure (each shelf holds its
#: owner, so no id is reused while it is listed). Emptied when each draw ends.
_OPEN: Final[dict[int, _Shelf]] = {}


def reuse(
    owner: Owner,
    key: Hashable,
    recipe: object,
    build: Callable[[], A],
    adapt: Callable[[A, Any, Any], bool] | None = None,
    *,
    kind: Hashable | None = None,
) -> A:
    """The artist ``key`` on ``owner``: last draw's if made from the same ``recipe``, else built.

    ``build`` makes the artist and adds it to ``owner``; ``recipe`` must hold everything it is
    made from, as values that compare by content (numbers, text, tuples, bytes of arrays):
    an artist kept wrongly would show last draw's data. ``adapt(artist, old, new)``, when
    given, may bring last draw's artist from recipe ``old`` to ``new`` in place (say, a line
    whose data are the same but whose alpha is not) and says whether it did. With a ``kind``
    (say, "a segment of a series"), a key last draw did not have (another coachee's goal)
    may take over a last-draw artist of that kind not asked for so far, through ``adapt``:
    what ``build`` makes is the same whatever the key. Outside a draw (no :class:`AxesPool`
    open on the figure) the artist is simply built.
    """
    shelf = _OPEN.get(id(owner))
    if shelf is None:
        return build()
    if key in shelf.keys:
        raise ValueError(f"two artists of one chart were drawn as {key!r}")
    shelf.keys.add(key)
    old = shelf.last.pop(key, None)
    if old is None and kind is not None and adapt is not None:
        old = shelf.adopt(kind)
    artist: Artist
    last_recipe = getattr(old, _RECIPE, None)
    # Kept as it is, or brought up to date in place (old was made by this build: this key's,
    # or this kind's), or else built anew.
    kept = old is not None and (
        last_recipe == recipe or (adapt is not None and adapt(old, last_recipe, recipe))  # type: ignore[arg-type]
    )
    if kept:
        artist = old  # type: ignore[assignment]  # not None when kept
    else:
        if old is not None:
            old.remove()
        artist = build()
    setattr(artist, _KEY, key)
    setattr(artist, _RECIPE, recipe)
    setattr(artist, _KIND, kind)
    shelf.order.append(artist)
    return artist  # type: ignore[return-value]  # either build()'s, or one it built earlier


def differs(ax: Axes, setting: str, value: Hashable) -> bool:
    """Whether ``setting`` of ``ax`` was last set to something else than ``value``; notes it.

    For the settings of kept axes that a redraw gives again (position, title, style): each
    change invalidates every transform on the axes, or restyles a text from scratch.
    """
    settings = _settings(ax)
    if setting in settings and settings[setting] == value:
        return False
    settings[setting] = value
    return True


def _settings(ax: Axes) -> dict[str, Hashable]:
    """What the settings of ``ax`` were last set to, by name (see ``differs``)."""
    settings: dict[str, Hashable] = ax.__dict__.setdefault(_SETTINGS, {})
    return settings


def place(ax: Axes, rect: Rect) -> None:
    """Put ``ax`` at ``rect`` (figure fractions), unless it is there already."""
    if differs(ax, "rect", tuple(rect)):
        ax.set_position(rect)


def limits(
    ax: Axes, *, x: tuple[float, float] | None = None, y: tuple[float, float] | None = None
) -> None:
    """Set the view limits of ``ax`` that differ from what they are (same reason as ``place``)."""
    if x is not None and ax.get_xlim() != (float(x[0]), float(x[1])):
        ax.set_xlim(*x)
    if y is not None and ax.get_ylim() != (float(y[0]), float(y[1])):
        ax.set_ylim(*y)


def title(ax: Axes, text: str, *, loc: TitlePlace, **props: Hashable) -> None:
    """``ax.set_title`` unless the title already says ``text`` as ``props`` say.

    ``set_title`` restyles its text from scratch, and every panel has a title; one left out of
    a draw is emptied when the draw ends.
    """
    recipe = (text, tuple(sorted(props.items())))
    shelf = _OPEN.get(id(ax))
    if shelf is not None:
        shelf.titled.add(loc)
    if differs(ax, f"title:{loc}", recipe) or ax.get_title(loc=loc) != text:
        ax.set_title(text, loc=loc, **props)  # type: ignore[arg-type]  # props as set_title takes them


class AxesPool:
    """The axes of one draw of ``fig``: reused where the last draw had that panel."""

    def __init__(self, fig: Figure) -> None:
        self.fig = fig
        kept = {key: ax for key, ref in _KEPT.pop(fig, {}).items() if (ax := ref()) is not None}
        if set(map(id, kept.values())) != set(map(id, fig.axes)):
            kept = {}  # someone else drew on the figure meanwhile: start afresh
        self._old = kept
        self._new: dict[str, Axes] = {}
        self._shelves: list[_Shelf] = []
        if not kept:
            for old in list(fig.axes):
                fig.delaxes(old)
            fig.clear()
        # Everything drawn at figure level (legends, key, texts) is kept where drawn again.
        self._open(fig)

    def _open(self, owner: Owner) -> None:
        shelf = _Shelf(owner)
        _OPEN[id(owner)] = shelf
        self._shelves.append(shelf)

    def axes(self, key: str, rect: Rect) -> Axes:
        """The axes of panel ``key``: last draw's, its artists on hold, or a new one at ``rect``.

        Kept axes stay where the last draw put them: the caller places every panel with
        :func:`place` once its legend is known (each ``set_position`` invalidates every
        transform on the axes).
        """
        ax = self._old.pop(key, None)
        if ax is None:
            ax = self.fig.add_axes(rect)
            differs(ax, "rect", tuple(rect))
        elif not ax.get_visible():
            ax.set_visible(True)
        self._open(ax)
        self._new[key] = ax
        return ax

    def twin(self, key: str, ax: Axes) -> Axes:
        """The right-hand axis of panel ``key`` (sharing ``ax``'s x axis), kept or new."""
        twin = self._old.pop(TWIN_PREFIX + key, None)
        if twin is None:
            twin = ax.twinx()
        elif not twin.get_visible():
            twin.set_visible(True)
        self._open(twin)
        self._new[TWIN_PREFIX + key] = twin
        return twin

    def finish(self) -> None:
        """Close the draw: hide the panels it left out, and keep every axes for the next one."""
        try:
            for shelf in self._shelves:
                shelf.close()
        finally:
            for shelf in self._shelves:
                _OPEN.pop(id(shelf.owner), None)
            self._shelves = []
        left_out = list(self._old.items())
        # The most recently hidden are kept (the dict keeps the order they were last drawn in).
        hidden = dict(left_out[-MAX_HIDDEN:]) if MAX_HIDDEN else {}
        for key, ax in left_out:
            if key in hidden:
                ax.set_visible(False)
            elif ax in self.fig.axes:
                self.fig.delaxes(ax)
        self._old = {}
        kept = {**hidden, **self._new}
        _KEPT[self.fig] = {key: weakref.ref(ax) for key, ax in kept.items()}


def _drawn_on(owner: Owner) -> Iterable[Artist]:
    """The artists drawn on ``owner`` (not its axis machinery, titles or panels)."""
    for children in _child_lists(owner):
        yield from children


def _child_lists(owner: Owner) -> list[list[Any]]:
    """The lists ``owner`` keeps its drawn artists in, each painted in its order."""
    if isinstance(owner, Axes):
        # One list for lines, texts, collections and patches alike (Axes.lines and the rest
        # are views of it); matplotlib has no public way to reorder it.
        children: list[Any] = getattr(owner, "_children")  # noqa: B009  # private, untyped
        return [children]
    return [owner.artists, owner.lines, owner.patches, owner.texts, owner.images]
