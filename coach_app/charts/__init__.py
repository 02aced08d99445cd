"""Chart drawing: matplotlib artists on a ``Figure`` handed in by the caller.

No backend, no pyplot and no Qt here: the Qt widget and the PDF report both pass a ``Figure``
and then render it their own way (a canvas's ``draw_idle()``, or ``Figure.savefig`` to memory).
"""

from coach_app.charts.draw import (
    ChartLayout,
    SeriesChoice,
    draw_progress,
    draw_sparkline,
    series_choices,
)

__all__ = ["ChartLayout", "SeriesChoice", "draw_progress", "draw_sparkline", "series_choices"]
