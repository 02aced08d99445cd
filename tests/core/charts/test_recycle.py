"""What a figure keeps from one draw to the next: reused, never shown, never keeping the figure."""

from __future__ import annotations

import dataclasses
import gc
import weakref
from datetime import timedelta

from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.lines import Line2D

from coach_app.charts import draw_progress
from coach_app.charts.recycle import MAX_HIDDEN, AxesPool, reuse, title
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


def _rich_data(shift: int = 0):
    """Every kind of artist the chart keeps: bands, references, signals, goals, experiments."""
    values = [min(10, 3 + shift + x) for x in (0, 1, 1, 2, 3, 2, 3, 4, 4, 5, 5, 5, 6)]
    confidence = [
        build_series(
            f"confidence:{key}", get_instrument("confidence"), pts(v, pause_after=6), name=name
        )
        for key, name, v in (
            # Another coachee's goals have other names (of other lengths) under the same keys.
            ("a", "a" if not shift else "Ask for feedback", values),
            ("b", "b" if not shift else "Say no", [9 - x for x in values]),
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
    # Another coachee on the same canvas: the same series keys, other points.
    other = _rich_data(shift=1)
    kept = Figure(figsize=(10, 9), dpi=60)
    for shown, view in [*((data, view) for view in views), (other, {}), (other, views[1])]:
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
