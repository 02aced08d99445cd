"""The dashboard: every active coachee at a glance, the first screen after unlock.

Each row shows the last session, days since, open and overdue experiments, a confidence
sparkline and flags (no session in N weeks, overdue experiments, a reliable drop). Rows come
from ``services.dashboard.dashboard_rows`` through ``context.ops.run_query`` (off the UI
thread); the table sorts and filters in a proxy model without querying again. Any change to
coachees, their sessions, experiments, goals or measures, or to the settings (reference
values decide the "reliable drop" flag), reloads the rows once, after a short pause.

The sparkline is painted by a delegate with QPainter: one matplotlib canvas per row would
cost megabytes and seconds for a long list.

Double-click (or Enter) on a row asks the main window to open that coachee through
``context.nav.open_coachee``; no view reaches into another.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    QPointF,
    QRectF,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QPainter, QPainterPath, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProxyStyle,
    QStyle,
    QStyledItemDelegate,
    QStyleOption,
    QStyleOptionHeader,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from coach_app.changes import Changes
from coach_app.errors import VaultLocked
from coach_app.services import dashboard as dashboard_service
from coach_app.services.dashboard import DashboardRow
from coach_app.ui import theme
from coach_app.ui.context import AppContext
from coach_app.ui.errors import show_error
from coach_app.ui.labels import counted
from coach_app.ui.progress_models import (
    ID_ROLE,
    SPARKLINE_ROLE,
    DashboardFilter,
    DashboardModel,
)

log = logging.getLogger(__name__)


class SparklineDelegate(QStyledItemDelegate):
    """Paints a row's recent confidence values (0–10) as a small line with the last point."""

    SCALE = (0.0, 10.0)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        values = index.data(SPARKLINE_ROLE)
        # Let the style draw background, selection and focus; the line goes on top.
        super().paint(painter, option, index)
        if not values:
            return
        rect = option.rect.adjusted(6, 5, -6, -5)
        if rect.width() < 8 or rect.height() < 6:
            return
        points = _spark_points(values, QRectF(rect), self.SCALE)
        # The palette Qt hands over at each paint: a change of scheme restyles the next paint.
        palette: QPalette = option.palette
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        colour = theme.sparkline_colour(palette, selected=selected)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(colour, 1.4))
        path = QPainterPath(points[0])
        for point in points[1:]:
            path.lineTo(point)
        painter.drawPath(path)
        painter.setBrush(colour)
        painter.drawEllipse(points[-1], 2.2, 2.2)
        painter.restore()

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        hint = super().sizeHint(option, index)
        return QSize(max(hint.width(), 96), max(hint.height(), 24))


def _spark_points(
    values: Sequence[float], rect: QRectF, scale: tuple[float, float]
) -> list[QPointF]:
    """Map values to points across the rectangle; one value sits in the middle."""
    low, high = scale
    left, top, width, height = rect.left(), rect.top(), rect.width(), rect.height()
    count = len(values)
    step = width / (count - 1) if count > 1 else 0.0
    points = []
    for position, value in enumerate(values):
        share = (min(max(value, low), high) - low) / (high - low)
        x = left + (step * position if count > 1 else width / 2)
        points.append(QPointF(x, top + height * (1 - share)))
    return points


#: Native styles that already draw the platform's convention (the arrow points up when the
#: smallest value is at the top); Qt's own styles (Fusion, Windows) draw it the other way.
_NATIVE_ARROW_STYLES = frozenset({"windowsvista", "windows11", "macos"})


class SortArrowStyle(QProxyStyle):
    """The header's sort arrow points up for ascending (smallest first), as coaches expect.

    Qt hands its styles the sort indicator inverted (ascending as "SortDown") and Fusion draws
    exactly that, so a list sorted with the longest-unseen coachee first showed an up arrow.
    Only the arrow is flipped; the sort itself is unchanged.
    """

    def drawPrimitive(
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        """Draw the header arrow flipped on styles that use Qt's own convention."""
        if (
            element == QStyle.PrimitiveElement.PE_IndicatorHeaderArrow
            and isinstance(option, QStyleOptionHeader)
            and QApplication.style().name().lower() not in _NATIVE_ARROW_STYLES
        ):
            flipped = type(option)(option)
            up, down = (
                QStyleOptionHeader.SortIndicator.SortUp,
                QStyleOptionHeader.SortIndicator.SortDown,
            )
            if option.sortIndicator == up:
                flipped.sortIndicator = down
            elif option.sortIndicator == down:
                flipped.sortIndicator = up
            super().drawPrimitive(element, flipped, painter, widget)
            return
        super().drawPrimitive(element, option, painter, widget)


class DashboardWidget(QWidget):
    """Every active coachee with their numbers and flags; sortable and filterable.

    Signals:
        loaded: emitted after fresh rows reached the table (tests and the status bar use it).
    """

    loaded = Signal()

    def __init__(
        self, context: AppContext, parent: QWidget | None = None, *, weeks_without_session: int = 4
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.weeks_without_session = weeks_without_session
        self._generation = 0
        self.setObjectName("dashboard")

        self.model = DashboardModel(self)
        self.proxy = DashboardFilter(self)
        self.proxy.setSourceModel(self.model)

        self.filter_edit = QLineEdit(self)
        self.filter_edit.setPlaceholderText(self.tr("Filter by name, organisation or flag…"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setAccessibleName(self.tr("Filter coachees"))
        # Alt+O, not Alt+F: the main window's File menu owns Alt+F.
        self.flagged_check = QCheckBox(self.tr("Flagged &only"), self)
        self.summary_label = QLabel(self)
        self.summary_label.setAccessibleName(self.tr("Dashboard summary"))

        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setItemDelegateForColumn(DashboardModel.SPARKLINE, SparklineDelegate(self.table))
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(DashboardModel.DAYS, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.setAccessibleName(self.tr("Active coachees"))
        header = self.table.horizontalHeader()
        self._arrow_style = SortArrowStyle()  # the application's style, arrow flipped
        self._arrow_style.setParent(self)
        header.setStyle(self._arrow_style)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(DashboardModel.FLAGS, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(DashboardModel.SPARKLINE, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(DashboardModel.SPARKLINE, 110)

        bar = QHBoxLayout()
        bar.addWidget(self.filter_edit, 1)
        bar.addWidget(self.flagged_check)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary_label)

        self.filter_edit.textChanged.connect(self._filter_changed)
        self.flagged_check.toggled.connect(self._flagged_changed)
        # "activated" is a double-click (or a single click where the platform says so) and
        # Enter; listening to doubleClicked as well would open the coachee twice.
        self.table.activated.connect(self._open)

        # Many changes arrive in bursts (a saved session also changes experiments); one reload.
        self._reload_timer = QTimer(self)
        self._reload_timer.setSingleShot(True)
        self._reload_timer.setInterval(150)
        self._reload_timer.timeout.connect(self.refresh)
        signals = context.signals
        signals.changed.connect(self._on_changed)
        signals.vault_locked.connect(self.clear)
        signals.vault_unlocked.connect(self.refresh)
        self._update_summary()
        if context.is_unlocked:
            self.refresh()

    # ------------------------------------------------------------------ loading

    def refresh(self) -> None:
        """Reload the rows in the background (no-op while the vault is locked)."""
        if not self.context.is_unlocked:
            return
        self._reload_timer.stop()  # this load answers any change that was waiting
        self._generation += 1
        generation = self._generation
        today = self.context.today()
        weeks = self.weeks_without_session
        self.context.ops.run_query(
            lambda vault: dashboard_service.dashboard_rows(
                vault, today=today, weeks_without_session=weeks
            ),
            on_success=lambda rows: self._loaded(generation, rows),
            on_failure=lambda exc: self._failed(generation, exc),
            label=self.tr("Loading the dashboard"),
            parent=self,
        )

    def _on_changed(self, changes: Changes, _initiator: object) -> None:
        if self.context.is_unlocked and dashboard_service.affected_by(changes):
            self._reload_timer.start()

    def _loaded(self, generation: int, rows: list[DashboardRow]) -> None:
        # A later refresh or a lock superseded this answer (its rows may belong to a vault
        # that is closed by now): drop it.
        if generation != self._generation or not self.context.is_unlocked:
            return
        self.model.set_rows(rows)
        self._update_summary()
        self.loaded.emit()

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation or isinstance(exc, VaultLocked):
            return
        show_error(self, exc)

    def clear(self) -> None:
        """Forget every row (the vault was locked)."""
        self._generation += 1
        self._reload_timer.stop()
        self.model.clear()
        self._update_summary()

    # ------------------------------------------------------------------ interaction

    def _filter_changed(self, text: str) -> None:
        self.proxy.set_text(text)
        self._update_summary()

    def _flagged_changed(self, checked: bool) -> None:
        self.proxy.set_flagged_only(checked)
        self._update_summary()

    def _open(self, index: QModelIndex) -> None:
        coachee_id = index.data(ID_ROLE)
        if coachee_id:
            self.context.nav.open_coachee(str(coachee_id))

    def _update_summary(self) -> None:
        total = self.model.rowCount()
        flagged = sum(1 for row in range(total) if self.model.row_at(row).flagged)
        shown = self.proxy.rowCount()
        parts = [
            counted(self.tr("%n active coachee(s)", "", total), total),
            self.tr("{count} flagged").format(count=flagged),
        ]
        if shown != total:
            parts.append(self.tr("{count} shown").format(count=shown))
        self.summary_label.setText(" · ".join(parts))
