"""A scroll area that scrolls down, never sideways, and is as wide as its content asks.

Side panels (the series list beside the chart, a live session's side panel) hold labels that
wrap and buttons that cannot: with the horizontal scroll bar off, a longer language would lose
the right edge of a button. So the area's minimum width is its content's minimum width plus
the vertical scroll bar (asked at layout time, when the content is polished), and a splitter
that holds it gives it at least that.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget


class FittingScrollArea(QScrollArea):
    """Vertical scrolling only; at least as wide as the content needs, within ``floor``..max."""

    def __init__(self, parent: QWidget | None = None, *, floor: int = 0) -> None:
        super().__init__(parent)
        self._floor = floor
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def setWidget(self, widget: QWidget) -> None:
        """Show ``widget``; the area follows its minimum width from now on."""
        super().setWidget(widget)
        widget.installEventFilter(self)
        self.updateGeometry()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """A new layout in the content may change the width it needs."""
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self.updateGeometry()
        return super().eventFilter(watched, event)

    def minimumSizeHint(self) -> QSize:
        """As wide as the content's minimum width and the vertical scroll bar."""
        hint = super().minimumSizeHint()
        content = self.widget()
        if content is None:
            return QSize(max(self._floor, hint.width()), hint.height())
        needed = content.minimumSizeHint().width() + self.verticalScrollBar().sizeHint().width()
        return QSize(min(self.maximumWidth(), max(self._floor, needed)), hint.height())
