"""What a figure keeps from one draw to the next: reused, never shown, never keeping the figure."""

from __future__ import annotations

import dataclasses
import gc
import weakref
from datetime import timedelta

from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.transforms import Affine2D

from coach_app.charts import draw_progress
from coach_app.charts.legend import Entry, draw_legend, legend_flow
from coach_app.charts.recycle import MAX_HIDDEN, AxesPool, reuse, title
from coach_app.charts.style import theme as style_theme
from coach_app.instruments.definitions import get_instrument
from coach_app.services.progress_series import build_series
from tests.core.charts.test_draw import KNOWN, MARKERS, data_with, gse_series, pts
from tests.core.charts.test_focus_and_labels import three_series


def test_a_dropped_figure_is_freed_with_its_artists() -> None:
    # An exported report draws on a figure of its own and drops it: nothing may keep it.
    data = three_series()  # type: ignore[no-untyped-call]
    fig = Figure(figsize=(10, 9))
    FigureCanvasAgg(fig)
    first = draw_progress(fig, data)
    assert draw_progress(fig, data).axes["gse"] is first.axes["gse"]  # kept between draws
    figure, axes = weakref.ref(fig), weakref.ref(first.axes["gse"])
    del fig, first
    gc.collect()
    assert figure() is None
    assert axes() is None


def _rich_data(shift: int = 0, goals: tuple[str, str] = ("a", "b")):
    """Every kind of artist the chart keeps: bands, references, signals, goals, experiments.

    ``shift`` moves the points and names the goals otherwise (of other lengths); ``goals``
    are the goals' ids, which key their series (another coachee's goals have other ids).
    """
    values = [min(10, 3 + shift + x) for x in (0, 1, 1, 2, 3, 2, 3, 4, 4, 5, 5, 5, 6)]
    confidence = [
        build_series(
            f"confidence:{key}", get_instrument("confidence"), pts(v, pause_after=6), name=name
        )
        for key, name, v in (
            (goals[0], "a" if not shift else "Ask for feedback", values),
            (goals[1], "b" if not shift else "Say no", [9 - x for x in values]),
        )
    ]
    gas = build_series("gas:t", get_instrument("gas"), pts([40, 45, 50, 55, 60, 60]), name="T")
    levels = build_series("gas:a", get_instrument("gas"), pts([-1, 0, 1]), name="a", scale=(-2, 2))
    data = data_with(
        gse=gse_series([20, 22, 21, 25, 26, 28, 30, 29], KNOWN),
        confidence=confidence,
        gas_t=gas,
        markers=MARKERS,
    )
    late = dataclasses.replace(MARKERS[0], date=MARKERS[0].date + timedelta(days=90))
    return dataclasses.replace(data, gas_levels=(levels,), markers=(*MARKERS, late))


def _pixels(fig: Figure) -> bytes:
    canvas = FigureCanvasAgg(fig)
    canvas.draw()
    return bytes(canvas.buffer_rgba())


def test_a_redraw_paints_exactly_what_a_first_draw_of_that_view_paints() -> None:
    # What a redraw keeps (charts.recycle) must never show: after any view change, the kept
    # figure is the same, pixel for pixel, as a fresh figure drawn with that view.
    data = _rich_data()
    assert data.date_range is not None
    first, last = data.date_range
    views: list[dict[str, object]] = [
        {"focus": frozenset()},
        {"focus": {"confidence:a"}},
        {"focus": {"gse"}, "visible": {"gse", "confidence:a", "gas:t", "experiments"}},
        {"focus": frozenset(), "date_range": (last - timedelta(days=120), last)},
        {"focus": {"confidence:b"}, "date_range": (first, first + timedelta(days=60))},
        {},
        {"focus": frozenset(), "fg": "#eeeeee", "bg": "#202020"},
        {"visible": set()},  # nothing to draw: the empty state
        {"focus": frozenset()},
    ]
    # Another coachee on the same canvas: the same series keys, other points; then one whose
    # goals are others (other keys: their lines take over the last coachee's goals' lines).
    other = _rich_data(shift=1)
    third = _rich_data(shift=2, goals=("c", "d"))
    kept = Figure(figsize=(10, 9), dpi=60)
    shows = [*((data, view) for view in views), (other, {}), (other, views[1]), (third, {})]
    for shown, view in shows:
        draw_progress(kept, shown, **view)  # type: ignore[arg-type]
        fresh = Figure(figsize=(10, 9), dpi=60)
        draw_progress(fresh, shown, **view)  # type: ignore[arg-type]
        assert _pixels(kept) == _pixels(fresh), view


def test_a_title_a_redraw_leaves_out_is_emptied() -> None:
    fig = Figure()
    pool = AxesPool(fig)
    ax = pool.axes("p", (0.1, 0.1, 0.8, 0.8))
    title(ax, "Confidence", loc="left", fontsize=9)
    pool.finish()
    assert ax.get_title(loc="left") == "Confidence"
    pool = AxesPool(fig)
    assert pool.axes("p", (0.1, 0.1, 0.8, 0.8)) is ax
    pool.finish()
    assert ax.get_title(loc="left") == ""


def test_an_artist_drawn_twice_under_one_key_is_refused() -> None:
    fig = Figure()
    pool = AxesPool(fig)
    ax = pool.axes("p", (0.1, 0.1, 0.8, 0.8))

    def build() -> Line2D:
        line = Line2D([0, 1], [0, 1])
        ax.add_artist(line)
        return line

    reuse(ax, "line", (), build)
    try:
        reuse(ax, "line", (), build)
    except ValueError as error:
        assert "line" in str(error)
    else:
        raise AssertionError("a second artist under one key was accepted")
    finally:
        pool.finish()


def test_panels_left_out_are_kept_hidden_up_to_a_bound() -> None:
    fig = Figure()
    pool = AxesPool(fig)
    made = {key: pool.axes(key, (0.1, 0.1, 0.8, 0.8)) for key in map(str, range(12))}
    pool.finish()
    pool = AxesPool(fig)
    shown = pool.axes("0", (0.1, 0.1, 0.8, 0.8))
    pool.finish()
    assert shown is made["0"] and shown.get_visible()
    hidden = [ax for ax in fig.axes if not ax.get_visible()]
    # The most recently drawn of those left out stay, hidden; the others are gone.
    assert hidden == [made[key] for key in map(str, range(12 - MAX_HIDDEN, 12))]
    assert len(fig.axes) == 1 + MAX_HIDDEN
    pool = AxesPool(fig)
    assert pool.axes("11", (0.1, 0.1, 0.8, 0.8)) is made["11"]
    assert pool.axes("1", (0.1, 0.1, 0.8, 0.8)) is not made["1"]
    pool.finish()


def test_a_new_key_takes_over_an_artist_of_its_kind_and_keeps_it_under_the_new_key() -> None:
    # Another coachee's goal: a key the last draw did not have takes over a line of its kind
    # that no key of this draw asked for; the next draw finds it under the new key.
    fig = Figure()
    built: list[str] = []

    def draw(key: str, recipe: tuple[int, ...], *, kind: str | None) -> Line2D:
        pool = AxesPool(fig)
        ax = pool.axes("p", (0.1, 0.1, 0.8, 0.8))

        def build() -> Line2D:
            built.append(key)
            line = Line2D(recipe, recipe)
            ax.add_artist(line)
            return line

        def adapt(line: Line2D, _old: object, new: tuple[int, ...]) -> bool:
            line.set_data(new, new)
            return True

        try:
            return reuse(ax, key, recipe, build, adapt=adapt, kind=kind)
        finally:
            pool.finish()

    first = draw("segment:goal-a", (1, 2), kind="segment")
    assert draw("segment:goal-c", (3, 4), kind="segment") is first
    assert built == ["segment:goal-a"]
    assert list(first.get_xdata()) == [3, 4]
    # Without a kind, only its own key finds it: it is kept under the key it drew last.
    assert draw("segment:goal-c", (3, 4), kind=None) is first
    assert built == ["segment:goal-a"]
    assert list(fig.axes[0].lines) == [first]


def test_a_legend_kept_in_place_takes_new_entries_dashes_and_all() -> None:
    # A legend at the same place with other entries (another coachee's goals, other styles)
    # is brought up to date in place: it must paint what a fresh figure paints.
    theme = style_theme("#1f1f1f", "#ffffff")
    solid = {"color": "#1f77b4", "linestyle": "-", "linewidth": 1.5, "marker": "o"}
    dashed = {"color": "#d62728", "linestyle": "--", "linewidth": 1.0}
    shown = [
        [Entry("Ask for feedback", line=solid), Entry("Say no", line=dashed)],
        [Entry("Delegate", line=dashed), Entry("Plan the week", line=solid)],
        [
            Entry("Delegate", line={**dashed, "linestyle": ":"}),
            Entry("Rest", swatch={"facecolor": "#2ca02c", "alpha": 0.3}),
        ],
    ]

    def draw(fig: Figure, entries: list[Entry]) -> None:
        pool = AxesPool(fig)
        pool.axes("panel", (0.1, 0.1, 0.8, 0.3))  # a figure with no panel kept starts afresh
        origin = Affine2D().translate(20, 120)
        draw_legend(fig, origin, legend_flow(entries, 300), theme, name="legend", place="top")
        pool.finish()

    kept = Figure(figsize=(4, 2), dpi=80)
    for entries in shown:
        draw(kept, entries)
        fresh = Figure(figsize=(4, 2), dpi=80)
        draw(fresh, entries)
        assert _pixels(kept) == _pixels(fresh)
