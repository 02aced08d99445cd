"""The bar above the progress chart: the series-list toggle, the period, presets and export.

It only holds the controls and says what the coach did (``range_edited``, ``preset_chosen``,
``export_requested``); the chart decides what that means for the drawing. Setting the period
from code (``set_range``) does not emit ``range_edited``, so the chart draws once, not twice.

The bar fits its width (a 13" screen at 200 % leaves the chart about 400 px): one row with the
presets as buttons when they fit; else the presets fold into a "Period" menu; else the dates
move to a second row, so the buttons and dates are not squeezed below the width their text needs.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from datetime import date
from enum import Enum

from PySide6.QtCore import QDate, QSize, Signal
from PySide6.QtGui import QAction, QResizeEvent
from PySide6.QtWidgets import (
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLayout,
    QMenu,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from coach_app.ui.date_range import apply_date_range


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


class Fit(Enum):
    """How the bar is arranged for its width, widest first."""

    ONE_ROW = "one row"  # the presets as buttons
    PERIOD_MENU = "period menu"  # the presets in the Period menu
    TWO_ROWS = "two rows"  # and the dates on a row of their own


def _text_button_width(button: QPushButton) -> int:
    """The width ``button`` needs for its whole text, its margins and its frame."""
    style = button.style()
    margins = style.pixelMetric(QStyle.PixelMetric.PM_ButtonMargin, None, button)
    frame = style.pixelMetric(QStyle.PixelMetric.PM_DefaultFrameWidth, None, button)
    return button.fontMetrics().horizontalAdvance(button.text()) + 2 * (margins + frame)


def _row(parent: QWidget, *widgets: QWidget) -> QWidget:
    """``widgets`` side by side in one box that the bar moves as a whole."""
    box = QWidget(parent)
    layout = QHBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    for widget in widgets:
        layout.addWidget(widget)
    return box


class ProgressToolbar(QWidget):
    """Series toggle, From/To dates, period presets and the Export menu of the chart.

    Signals:
        range_edited: the coach changed one of the two dates.
        preset_chosen: a preset was clicked: days back from the latest data, or None for all.
        export_requested: "png" or "svg" was chosen in the Export menu.
    """

    range_edited = Signal()
    preset_chosen = Signal(object)
    export_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._updating = False
        self.from_edit = QDateEdit(self)
        self.to_edit = QDateEdit(self)
        for edit, name in (
            (self.from_edit, self.tr("From date")),
            (self.to_edit, self.tr("To date")),
        ):
            apply_date_range(edit)
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("d MMM yyyy")
            edit.setAccessibleName(name)
            edit.dateChanged.connect(self._date_changed)
            # Never squeezed to a digit or two: the bar wraps instead (see fit_for).
            edit.setMinimumWidth(edit.sizeHint().width())
        self.series_toggle = QPushButton(self.tr("Series"), self)
        self.series_toggle.setCheckable(True)
        self.series_toggle.setChecked(True)
        self.series_toggle.setAutoDefault(False)
        self.series_toggle.setToolTip(self.tr("Show or hide the list of series beside the chart"))
        self.table_toggle = QPushButton(self.tr("Table"), self)
        self.table_toggle.setCheckable(True)
        self.table_toggle.setAutoDefault(False)
        self.table_toggle.setToolTip(self.tr("Show every point as a table instead of the chart"))
        self.preset_buttons: dict[str, QPushButton] = {}  # by the preset's English name
        self.preset_actions: dict[str, QAction] = {}  # the same, in the Period menu
        # The Period button stands in for the preset buttons when they do not fit.
        self.period_button = QPushButton(self.tr("Period"), self)
        self.period_button.setAutoDefault(False)
        self.period_button.setToolTip(self.tr("Show the last months, or everything"))
        period_menu = QMenu(self.period_button)
        for key, label, days in self._presets():
            button = QPushButton(label, self)
            button.setAutoDefault(False)
            # As narrow as its short text allows (the style's 80 px floor would push the
            # presets into the Period menu on a 1280 px screen).
            button.setMinimumWidth(_text_button_width(button))
            choose = self._chooser(days)
            button.clicked.connect(choose)
            self.preset_buttons[key] = button
            self.preset_actions[key] = period_menu.addAction(label, choose)
        self.period_button.setMenu(period_menu)
        # One button with a menu: two side by side made the row too wide for a laptop screen.
        self.export_button = QPushButton(self.tr("Export"), self)
        self.export_button.setAutoDefault(False)
        menu = QMenu(self.export_button)
        self.export_png_action = menu.addAction(
            self.tr("PNG image…"), lambda: self.export_requested.emit("png")
        )
        self.export_svg_action = menu.addAction(
            self.tr("SVG drawing…"), lambda: self.export_requested.emit("svg")
        )
        self.export_button.setMenu(menu)

        self._toggles = _row(self, self.series_toggle, self.table_toggle)
        self._dates = _row(
            self,
            QLabel(self.tr("From"), self),
            self.from_edit,
            QLabel(self.tr("to"), self),
            self.to_edit,
        )
        self._preset_row = _row(self, *self.preset_buttons.values())
        rows = QVBoxLayout(self)
        rows.setContentsMargins(0, 0, 0, 0)  # lies in the chart's layout like a plain row
        # The bar's narrowest is its two-row arrangement (minimumSizeHint), not the row it
        # shows now: otherwise it could never be made narrow enough to wrap.
        rows.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        self._top = QHBoxLayout()
        self._bottom = QHBoxLayout()
        rows.addLayout(self._top)
        rows.addLayout(self._bottom)
        self.fit: Fit | None = None
        self._arrange(Fit.ONE_ROW)
        # Tab follows the bar left to right (the date edits were made first); hidden
        # controls are skipped.
        chain = (
            self.series_toggle,
            self.table_toggle,
            self.from_edit,
            self.to_edit,
            self.period_button,
            *self.preset_buttons.values(),
            self.export_button,
        )
        for before, after in itertools.pairwise(chain):
            QWidget.setTabOrder(before, after)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Arrange the bar for its new width."""
        super().resizeEvent(event)
        self._arrange(self.fit_for(event.size().width()))

    def fit_for(self, width: int) -> Fit:
        """The widest arrangement whose controls all get the width their text needs."""
        ends = (self._toggles, self._dates, self.export_button)
        if self._needed(*ends, self._preset_row) <= width:
            return Fit.ONE_ROW
        if self._needed(*ends, self.period_button) <= width:
            return Fit.PERIOD_MENU
        return Fit.TWO_ROWS

    def minimumSizeHint(self) -> QSize:
        """As narrow as the two-row arrangement; as tall as the one shown."""
        narrowest = max(
            self._needed(self._toggles, self.period_button, self.export_button),
            self._needed(self._dates),
        )
        return QSize(narrowest, super().minimumSizeHint().height())

    def _needed(self, *widgets: QWidget) -> int:
        # Minimum widths: a button's shows its whole text, a date edit's its whole date.
        spacing = max(0, self._top.spacing())
        widths = (w.minimumWidth() or w.minimumSizeHint().width() for w in widgets)
        return sum(widths) + spacing * (len(widgets) - 1)

    def _arrange(self, fit: Fit) -> None:
        if fit == self.fit:
            return
        self.fit = fit
        for row in (self._top, self._bottom):
            while row.count():
                row.takeAt(0)  # the widgets stay children of the bar
        self._top.addWidget(self._toggles)
        if fit is not Fit.TWO_ROWS:
            self._top.addWidget(self._dates)
        self._top.addWidget(self._preset_row if fit is Fit.ONE_ROW else self.period_button)
        self._top.addStretch(1)
        self._top.addWidget(self.export_button)
        if fit is Fit.TWO_ROWS:
            self._bottom.addWidget(self._dates)
            self._bottom.addStretch(1)
        self._preset_row.setVisible(fit is Fit.ONE_ROW)
        self.period_button.setVisible(fit is not Fit.ONE_ROW)

    def _chooser(self, days: int | None) -> Callable[[], None]:
        """What choosing the preset of ``days`` does, from its button or its menu entry."""
        return lambda: self.preset_chosen.emit(days)

    def _presets(self) -> tuple[tuple[str, str, int | None], ...]:
        """Preset periods: English name, label, days back from the latest data (None: all)."""
        return (
            ("3 months", self.tr("3 months"), 91),
            ("6 months", self.tr("6 months"), 182),
            ("1 year", self.tr("1 year"), 365),
            ("All", self.tr("All"), None),
        )

    def date_range(self) -> tuple[date, date]:
        """The two dates, earliest first (whatever order the coach typed them in)."""
        first, last = _pydate(self.from_edit.date()), _pydate(self.to_edit.date())
        return (first, last) if first <= last else (last, first)

    def set_range(self, first: date, last: date) -> None:
        """Show ``first``–``last`` in the date edits without emitting ``range_edited``."""
        self._updating = True
        try:
            self.from_edit.setDate(_qdate(first))
            self.to_edit.setDate(_qdate(last))
        finally:
            self._updating = False

    def set_controls_enabled(self, enabled: bool) -> None:
        """Enable the period and export controls (not the series toggle) when there is data."""
        for widget in (
            self.from_edit,
            self.to_edit,
            self.export_button,
            self.period_button,
            *self.preset_buttons.values(),
        ):
            widget.setEnabled(enabled)

    def _date_changed(self, _day: QDate) -> None:
        if not self._updating:
            self.range_edited.emit()
