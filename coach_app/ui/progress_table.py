"""The progress chart as a table: every point of every series, one row each, copyable as CSV.

A toggle beside the chart shows this instead of the drawing. It serves a coach who wants the
numbers (to check one, or to paste them elsewhere) and anyone using a screen reader, for whom
a picture of lines says nothing: the table is a plain ``QTableView`` whose cells are read out.

"Copy as CSV" goes through the app's clipboard helper (``ui.clipboard``): the values are the
coachee's, so the copy is marked for clipboard managers not to keep and cleared after a
minute, like copied note text.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, Final

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from coach_app.charts import series_choices
from coach_app.services.progress import ProgressData
from coach_app.ui.clipboard import clipboard_guard
from coach_app.ui.labels import counted
from coach_app.ui.table_model import RecordTableModel

AnyIndex = QModelIndex | QPersistentModelIndex

_MAX_COLUMN_PX: Final = 240  # a column's width when first filled


@dataclass(frozen=True)
class PointRow:
    """One point of one series, as the table shows it."""

    panel: str
    series: str
    day: date
    value: float
    instrument: str


def point_rows(data: ProgressData) -> list[PointRow]:
    """Every point of every series, in the chart's order of panels and series, then by date."""
    by_key = {series.key: series for series in data.series}
    rows: list[PointRow] = []
    for choice in series_choices(data):
        series = by_key.get(choice.key)
        if series is None:  # the experiment markers: not values
            continue
        instrument = f"{series.instrument_key} v{series.instrument_version}"
        rows.extend(
            PointRow(choice.panel, series.name, point.date, point.value, instrument)
            for point in series.points
        )
    return rows


def value_text(value: float) -> str:
    """A value as the table and the CSV write it: no trailing zeros, full precision."""
    return f"{value:.6g}"


def csv_text(headers: Sequence[str], rows: Iterable[PointRow]) -> str:
    """The rows as CSV (comma-separated, quoted where needed, ISO dates, a header line)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(headers)
    for row in rows:
        writer.writerow(
            [row.panel, row.series, row.day.isoformat(), value_text(row.value), row.instrument]
        )
    return buffer.getvalue()


class PointTableModel(RecordTableModel):
    """The rows of :func:`point_rows`, read-only."""

    HEADERS = ("Panel", "Series", "Date", "Value", "Instrument")

    def header_texts(self) -> tuple[str, ...]:
        """The column titles in the current language."""
        return (
            self.tr("Panel"),
            self.tr("Series"),
            self.tr("Date"),
            self.tr("Value"),
            self.tr("Instrument"),
        )

    def set_rows(self, rows: Sequence[PointRow]) -> None:
        """Replace every row."""
        self._reset(rows)

    def rows(self) -> list[PointRow]:
        """The rows shown, in order."""
        return list(self._rows)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row: PointRow = self._rows[index.row()]
        cells = (row.panel, row.series, row.day.isoformat(), value_text(row.value), row.instrument)
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return cells[column] if 0 <= column < len(cells) else None
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 3:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class ProgressTable(QWidget):
    """The table of every point, with a "Copy as CSV" button above it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = PointTableModel(self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Progress data table"))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setAlternatingRowColors(True)
        rows = self.view.verticalHeader()
        rows.setVisible(False)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 8)  # one line per point
        self.view.setWordWrap(False)  # a cut cell shows its whole text on hover
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.summary = QLabel(self)
        self.copy_button = QPushButton(self.tr("Copy as CSV"), self)
        self.copy_button.setAutoDefault(False)
        self.copy_button.setToolTip(
            self.tr("Copy every row; the clipboard is cleared again after a minute")
        )
        self.copy_button.clicked.connect(self.copy_csv)
        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        bar.addWidget(self.summary, 1)
        bar.addWidget(self.copy_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        self.show_data(None)

    def show_data(self, data: ProgressData | None) -> None:
        """Fill the table from ``data`` (None: empty)."""
        rows = point_rows(data) if data is not None else []
        self.model.set_rows(rows)
        self.copy_button.setEnabled(bool(rows))
        count = len(rows)
        self.summary.setText(counted(self.tr("%n point(s)", "", count), count))
        self.view.resizeColumnsToContents()
        for column in range(self.model.columnCount()):
            # The panel titles are long; the coach can widen a column, or hover a cell.
            if self.view.columnWidth(column) > _MAX_COLUMN_PX:
                self.view.setColumnWidth(column, _MAX_COLUMN_PX)

    def csv(self) -> str:
        """The table as CSV text, header line first."""
        return csv_text(self.model.header_texts(), self.model.rows())

    def copy_csv(self) -> None:
        """Put the table on the clipboard as CSV (marked sensitive, cleared after a minute)."""
        clipboard_guard().copy(self.csv())
