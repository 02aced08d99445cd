"""The dashboard's sort arrow: up means smallest first, whatever Qt's style hands over."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from pytestqt.qtbot import QtBot

from coach_app.ui.dashboard import DashboardWidget
from coach_app.ui.progress_models import DashboardModel
from tests.ui.conftest import MakeContext


def _arrow_points_up(dashboard: DashboardWidget) -> bool:
    """Whether the arrow drawn in the Days column is wider at its bottom (an up-pointing ▲)."""
    header = dashboard.table.horizontalHeader()
    image: QImage = header.grab().toImage()
    left = header.sectionViewportPosition(DashboardModel.DAYS)
    right = left + header.sectionSize(DashboardModel.DAYS)
    background = QColor(image.pixel(left + 2, 2)).lightness()
    widths: list[int] = []
    columns = range(max(left, right - 16), right - 2)  # the arrow sits right of the title
    for y in range(image.height()):
        dark = sum(1 for x in columns if QColor(image.pixel(x, y)).lightness() < background - 60)
        if 0 < dark < len(columns):  # a full dark row is the header's bottom line
            widths.append(dark)
    assert len(widths) >= 2, "no sort arrow drawn"
    return widths[-1] > widths[0]


def test_longest_unseen_first_shows_a_down_arrow(qtbot: QtBot, make_context: MakeContext) -> None:
    dashboard = DashboardWidget(make_context())
    qtbot.addWidget(dashboard)
    dashboard.resize(900, 300)
    dashboard.show()
    qtbot.waitExposed(dashboard)
    header = dashboard.table.horizontalHeader()
    assert header.sortIndicatorSection() == DashboardModel.DAYS
    assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    assert not _arrow_points_up(dashboard)  # biggest number at the top: the arrow points down
    dashboard.table.sortByColumn(DashboardModel.DAYS, Qt.SortOrder.AscendingOrder)
    assert _arrow_points_up(dashboard)
