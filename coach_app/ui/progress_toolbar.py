"""The bar above the progress chart: the series-list toggle, the period, presets and export.

It only holds the controls and says what the coach did (``range_edited``, ``preset_chosen``,
``export_requested``); the chart decides what that means for the drawing. Setting the period
from code (``set_range``) does not emit ``range_edited``, so the chart draws once, not twice.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QDateEdit, QHBoxLayout, QLabel, QMenu, QPushButton, QWidget

from coach_app.ui.date_range import apply_date_range


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


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
        self.series_toggle = QPushButton(self.tr("Series"), self)
        self.series_toggle.setCheckable(True)
        self.series_toggle.setChecked(True)
        self.series_toggle.setAutoDefault(False)
        self.series_toggle.setToolTip(self.tr("Show or hide the list of series beside the chart"))
        self.table_toggle = QPushButton(self.tr("Table"), self)
        self.table_toggle.setCheckable(True)
        self.table_toggle.setAutoDefault(False)
        self.table_toggle.setToolTip(self.tr("Show every point as a table instead of the chart"))
        bar = QHBoxLayout(self)
        bar.setContentsMargins(0, 0, 0, 0)  # lies in the chart's layout like a plain row
        bar.addWidget(self.series_toggle)
        bar.addWidget(self.table_toggle)
        bar.addWidget(QLabel(self.tr("From"), self))
        bar.addWidget(self.from_edit)
        bar.addWidget(QLabel(self.tr("to"), self))
        bar.addWidget(self.to_edit)
        self.preset_buttons: dict[str, QPushButton] = {}  # by the preset's English name
        for key, label, days in self._presets():
            button = QPushButton(label, self)
            button.setAutoDefault(False)
            button.clicked.connect(lambda _checked=False, d=days: self.preset_chosen.emit(d))
            self.preset_buttons[key] = button
            bar.addWidget(button)
        bar.addStretch(1)
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
        bar.addWidget(self.export_button)

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
            *self.preset_buttons.values(),
        ):
            widget.setEnabled(enabled)

    def _date_changed(self, _day: QDate) -> None:
        if not self._updating:
            self.range_edited.emit()
