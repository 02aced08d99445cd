"""Chart drawing: matplotlib artists on a ``Figure`` handed in by the caller.

No backend, no pyplot and no Qt here: the Qt widget and the PDF report both pass a ``Figure``
and then render it their own way (a canvas's ``draw_idle()``, or ``Figure.savefig`` to memory).

The package's public names are listed here; each lives in the module of its one job:

* :mod:`.draw` — ``draw_progress``, the whole progress chart, and its empty state;
* :mod:`.plan` — which panels and series a chart has (``series_choices``), and its captions;
* :mod:`.layout` — where the panels go and what was drawn where (``ChartLayout``);
* :mod:`.panel`, :mod:`.series`, :mod:`.experiments`, :mod:`.legend` — the drawing of one
  panel, one series, the experiment strip, and the legends and key;
* :mod:`.artists`, :mod:`.glyphs`, :mod:`.style` — cheap artists, labels drawn as glyph
  outlines, colours and marker shapes;
* :mod:`.recycle` — the axes and artists a figure keeps from one draw to the next;
* :mod:`.sparkline` — ``draw_sparkline``.
"""

from coach_app.charts.draw import EMPTY_TEXT, draw_progress
from coach_app.charts.layout import ChartLayout
from coach_app.charts.plan import EXPERIMENTS_KEY, EXPERIMENTS_PANEL, SeriesChoice, series_choices
from coach_app.charts.sparkline import draw_sparkline
from coach_app.charts.style import PALETTE_DARK, PALETTE_LIGHT

__all__ = [
    "EMPTY_TEXT",
    "EXPERIMENTS_KEY",
    "EXPERIMENTS_PANEL",
    "PALETTE_DARK",
    "PALETTE_LIGHT",
    "ChartLayout",
    "SeriesChoice",
    "draw_progress",
    "draw_sparkline",
    "series_choices",
]
