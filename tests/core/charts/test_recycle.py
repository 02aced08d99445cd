"""The axes a figure keeps from one draw to the next: reused, and never keeping the figure."""

from __future__ import annotations

import gc
import weakref

from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

from coach_app.charts import draw_progress
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
