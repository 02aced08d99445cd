"""The progress chart's canvas, and the words an experiment marker shows.

``ChartCanvas`` is matplotlib's Qt canvas around a plain ``Figure`` (never pyplot), drawing
through the text-stamping Agg renderer of ``ui.chart_renderer``, that says
when its size or its palette changed, so the chart's margins or colours are redone (the chart
follows the system's light or dark scheme live), and leaves the mouse wheel to the scroll area
around it.
"""

from __future__ import annotations

from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.figure import Figure
from PySide6.QtCore import QCoreApplication, QEvent, Signal
from PySide6.QtGui import QResizeEvent, QWheelEvent
from PySide6.QtWidgets import QAbstractScrollArea

from coach_app.services.progress_series import ExperimentMarker
from coach_app.ui.chart_renderer import StampCanvasMixin


def marker_text(marker: ExperimentMarker) -> str:
    """What a marker tells the coach: title, prediction, learning and decision."""
    decisions = {
        "adopt": QCoreApplication.translate("ProgressChartWidget", "adopt"),
        "adapt": QCoreApplication.translate("ProgressChartWidget", "adapt"),
        "abandon": QCoreApplication.translate("ProgressChartWidget", "abandon"),
    }
    decision = decisions.get(marker.decision or "") or QCoreApplication.translate(
        "ProgressChartWidget", "not decided yet"
    )
    learning = marker.learning or QCoreApplication.translate(
        "ProgressChartWidget", "— (not reviewed yet)"
    )
    lines = (
        QCoreApplication.translate("ProgressChartWidget", "{title} (agreed {date})").format(
            title=marker.title, date=marker.date.isoformat()
        ),
        QCoreApplication.translate("ProgressChartWidget", "Prediction: {text}").format(
            text=marker.prediction or "—"
        ),
        QCoreApplication.translate("ProgressChartWidget", "Learning: {text}").format(text=learning),
        QCoreApplication.translate("ProgressChartWidget", "Decision: {decision}").format(
            decision=decision
        ),
    )
    return "\n".join(lines)


class ChartCanvas(StampCanvasMixin, FigureCanvasQTAgg):
    """The matplotlib canvas; says when its size or palette changed, so the chart is redrawn.

    Its texts are rasterised once and stamped on later draws (``ui.chart_renderer``): most of
    what a redraw after a view change used to cost.

    ``resized`` serves both: the chart widget answers it with a (debounced) redraw, which
    takes its colours from the palette and its margins from the size.
    """

    resized = Signal()

    def __init__(self, figure: Figure) -> None:
        super().__init__(figure)  # type: ignore[no-untyped-call]  # matplotlib's Qt backend is untyped

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)  # type: ignore[no-untyped-call]  # untyped in matplotlib
        self.resized.emit()

    def changeEvent(self, event: QEvent) -> None:
        """A new palette (light or dark scheme): redraw in its colours."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self.resized.emit()

    def wheelEvent(self, event: QWheelEvent) -> None:
        """Scroll the scroll area around the chart: nothing on the chart zooms or pans.

        matplotlib's canvas accepts every wheel event, so the panels below the fold could
        only be reached with the scroll bar. The event goes to the area's scroll bar itself,
        not back up to the parent: Qt passes an ignored wheel event on only when the system
        sent it, and the chart should scroll whoever sends it.
        """
        parent = self.parentWidget()
        while parent is not None and not isinstance(parent, QAbstractScrollArea):
            parent = parent.parentWidget()
        if parent is None:
            event.ignore()
            return
        horizontal = abs(event.angleDelta().x()) > abs(event.angleDelta().y())
        bar = parent.horizontalScrollBar() if horizontal else parent.verticalScrollBar()
        QCoreApplication.sendEvent(bar, event)
        event.accept()
