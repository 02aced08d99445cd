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
    redraw: Timing
    redraw_selects: int


def busiest_coachee(vault: Vault) -> tuple[str, int, int]:
    """The coachee with the most measurements: (id, measurements, experiments)."""
    with vault.session() as s:
        coachee_id, count = s.execute(
            select(Measurement.coachee_id, func.count())
            .group_by(Measurement.coachee_id)
            .order_by(func.count().desc(), Measurement.coachee_id)
            .limit(1)
        ).one()
        experiments = s.execute(
            select(func.count()).where(Experiment.coachee_id == coachee_id)
        ).scalar_one()
    return coachee_id, count, experiments


def time_chart(vault: Vault, runs: int) -> ChartTimings:
    """First draw of the busiest coachee's chart, phase by phase, then redraws of one view.

    Each run queries, draws into a new ``Figure`` and renders it with a new Agg canvas, the
    way the widget shows a coachee it has not shown before (the widget renders through Qt's
    Agg canvas; the bench is not part of the core, so it may use the Agg backend directly).
    The redraws reuse one figure and canvas, as the widget does, and count the SELECTs.
    """
    # Imported here: the rest of the bench has no use for matplotlib.
    from matplotlib.backends.backend_agg import FigureCanvasAgg  # noqa: PLC0415
    from matplotlib.figure import Figure  # noqa: PLC0415

    from coach_app.charts import draw_progress, series_choices  # noqa: PLC0415
    from coach_app.charts.plan import focus_keys  # noqa: PLC0415

    coachee_id, measurements, experiments = busiest_coachee(vault)

    def first_draw() -> tuple[float, float, float, Figure, FigureCanvasAgg, Any]:
        start = time.perf_counter()
        data = progress.progress_data(vault, coachee_id)
        queried = time.perf_counter()
        fig = Figure(figsize=CHART_SIZE_IN, dpi=CHART_DPI)
        # As the widget first shows a coachee: every series, none in focus.
        draw_progress(fig, data, focus=focus_keys(data, None, None))
        drawn = time.perf_counter()
        canvas = FigureCanvasAgg(fig)
        canvas.draw()  # type: ignore[no-untyped-call]  # matplotlib's stub leaves it untyped
        rendered = time.perf_counter()
        return queried - start, drawn - queried, rendered - drawn, fig, canvas, data

    first_draw()  # warm the page cache and matplotlib's font cache, as a running app has them
    gc.freeze()  # as ui/launch.py does once the window is up: start-up objects are not rescanned
    query, draw, render, first = [], [], [], []
    for _ in range(runs):
        q, d, r, fig, canvas, data = first_draw()
        query.append(q)
        draw.append(d)
        render.append(r)
        first.append(q + d + r)

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
            start = time.perf_counter()
            draw_progress(fig, data, **view)
            canvas.draw()  # type: ignore[no-untyped-call]  # matplotlib's stub leaves it untyped
            redraw.append(time.perf_counter() - start)
    finally:
        event.remove(vault.engine, "before_cursor_execute", count)
    return ChartTimings(
        measurements=measurements,
        experiments=experiments,
        query=Timing.of(query),
        draw=Timing.of(draw),
        render=Timing.of(render),
        first=Timing.of(first),
        redraw=Timing.of(redraw),
        redraw_selects=len(selects),
    )
