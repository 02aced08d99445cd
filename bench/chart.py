"""The progress-chart rows of ``make bench`` (see bench/run.py).

Each phase of a first draw of the busiest coachee's chart, and a redraw after a view change,
which must not query.
"""

from __future__ import annotations

import gc
import time
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from sqlalchemy import event, func, select

from bench.timing import Timing
from coach_app.models import Experiment, Measurement
from coach_app.services import progress
from coach_app.vault.vault import Vault

#: First draws and redraws timed. A redraw takes some 30 ms, so a p95 needs many of them: of 30
#: runs it is the second slowest, and on a shared machine two hiccups of the host (a draw
#: taking two or three times its CPU time, with no page fault and no switch of thread) decide
#: it. Two hundred cost a few seconds and give the same p95 from run to run.
CHART_RUNS = 200
#: The chart widget's typical size.
CHART_SIZE_IN = (11.0, 8.0)
CHART_DPI = 100


@dataclass(frozen=True)
class ChartTimings:
    """The progress chart of the busiest coachee: each phase, their sum, and a redraw."""

    measurements: int
    experiments: int
    query: Timing
    draw: Timing
    render: Timing
    first: Timing
    new_canvas: Timing
    redraw: Timing
    redraw_selects: int


def between_events() -> None:
    """Collect garbage, then leave collection off for the draw that follows, as the app does.

    While the app runs, automatic collection is off and a timer collects between events
    (``ui/safe_gc.py``): a chart is drawn inside one event, so no collection ever pauses it.
    The caller turns collection on again after the draw.
    """
    gc.collect()
    gc.disable()


def busiest_coachees(vault: Vault) -> list[tuple[str, int, int]]:
    """The two coachees with the most measurements: (id, measurements, experiments) each."""
    with vault.session() as s:
        rows = s.execute(
            select(Measurement.coachee_id, func.count())
            .group_by(Measurement.coachee_id)
            .order_by(func.count().desc(), Measurement.coachee_id)
            .limit(2)
        ).all()
        return [
            (
                coachee_id,
                count,
                s.execute(
                    select(func.count()).where(Experiment.coachee_id == coachee_id)
                ).scalar_one(),
            )
            for coachee_id, count in rows
        ]


def busiest_coachee(vault: Vault) -> tuple[str, int, int]:
    """The coachee with the most measurements: (id, measurements, experiments)."""
    return busiest_coachees(vault)[0]


def time_chart(vault: Vault, runs: int) -> ChartTimings:
    """First draws of the busiest coachees' charts, phase by phase, then redraws of one view.

    A first draw is what the coach waits for when they open another coachee: the query, then
    the drawing on the chart's one canvas, which last showed someone else (the widget keeps
    one figure and canvas and draws each coachee on it), rendered through the widget's
    text-stamping Agg renderer (``ui.chart_renderer``) keeping only what the canvas drew for
    the coachee it showed (the texts both charts share: panel titles, the key), none of the
    measured coachee's own (a coachee not shown before). The two busiest coachees take turns.
    The very first chart on a new canvas, once per app session, builds the panels' axes as
    well: its own row, untargeted. The redraws reuse one figure and canvas, as the widget
    does, and count the SELECTs. The bench uses the renderer without Qt (``StampCanvasAgg``);
    the widget's ``ChartCanvas`` is the same renderer inside Qt's canvas.
    """
    # Imported here: the rest of the bench has no use for matplotlib.
    from matplotlib.figure import Figure  # noqa: PLC0415

    from coach_app.charts import draw_progress, series_choices  # noqa: PLC0415
    from coach_app.charts.plan import focus_keys  # noqa: PLC0415
    from coach_app.ui.chart_renderer import StampCanvasAgg, forget_stamps  # noqa: PLC0415

    busiest = busiest_coachees(vault)
    coachee_id, measurements, experiments = busiest[0]
    turns = [row[0] for row in busiest]

    def first_draw(
        fig: Figure, canvas: StampCanvasAgg, coachee: str
    ) -> tuple[float, float, float, Any]:
        between_events()
        start = time.perf_counter()
        data = progress.progress_data(vault, coachee)
        queried = time.perf_counter()
        # As the widget first shows a coachee: every series, none in focus.
        draw_progress(fig, data, focus=focus_keys(data, None, None))
        drawn = time.perf_counter()
        canvas.draw()  # type: ignore[no-untyped-call]  # matplotlib's stub leaves it untyped
        rendered = time.perf_counter()
        gc.enable()
        return queried - start, drawn - queried, rendered - drawn, data

    def new_canvas() -> tuple[Figure, StampCanvasAgg]:
        fig = Figure(figsize=CHART_SIZE_IN, dpi=CHART_DPI)
        return fig, StampCanvasAgg(fig)

    # Warm the page cache and matplotlib's font cache, as a running app has them.
    fig, canvas = new_canvas()
    first_draw(fig, canvas, coachee_id)
    gc.freeze()  # as ui/launch.py does once the window is up: start-up objects are not rescanned
    fresh = []
    for _ in range(max(3, runs // 4)):
        forget_stamps()
        other_fig, other_canvas = new_canvas()
        q, d, r, _data = first_draw(other_fig, other_canvas, coachee_id)
        fresh.append(q + d + r)
    query, draw, render, first = [], [], [], []
    for run in range(runs):
        # The canvas shows one coachee, and nothing of the other is kept (as if never shown):
        # what both share (panel titles, the key) is kept from the first, the rest (legend
        # names, captions) is drawn anew. The two take turns being the one measured.
        shown, measured = turns[run % len(turns)], turns[(run + 1) % len(turns)]
        forget_stamps()
        first_draw(fig, canvas, shown)
        q, d, r, _data = first_draw(fig, canvas, measured)
        query.append(q)
        draw.append(d)
        render.append(r)
        first.append(q + d + r)

    data = progress.progress_data(vault, coachee_id)
    draw_progress(fig, data, focus=focus_keys(data, None, None))
    canvas.draw()  # type: ignore[no-untyped-call]
    keys = [choice.key for choice in series_choices(data)]
    assert data.date_range is not None
    last = data.date_range[1]
    views: list[dict[str, Any]] = [
        {"visible": set(keys) - {keys[0]}},  # the coach unticks a series
        {"date_range": (last - timedelta(days=365), last)},  # "1 year"
        {"focus": {keys[0]}},  # the coach clicks a series: its reference lines appear
        {},  # "All", everything ticked, nothing in focus
    ]
    selects: list[str] = []

    def count(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        if statement.lstrip().upper().startswith("SELECT"):
            selects.append(statement)

    redraw = []
    event.listen(vault.engine, "before_cursor_execute", count)
    try:
        for run in range(runs):
            view = {"focus": focus_keys(data, None, None), **views[run % len(views)]}
            between_events()
            start = time.perf_counter()
            draw_progress(fig, data, **view)
            canvas.draw()  # type: ignore[no-untyped-call]  # matplotlib's stub leaves it untyped
            redraw.append(time.perf_counter() - start)
            gc.enable()
    finally:
        event.remove(vault.engine, "before_cursor_execute", count)
    return ChartTimings(
        measurements=measurements,
        experiments=experiments,
        query=Timing.of(query),
        draw=Timing.of(draw),
        render=Timing.of(render),
        first=Timing.of(first),
        new_canvas=Timing.of(fresh),
        redraw=Timing.of(redraw),
        redraw_selects=len(selects),
    )
