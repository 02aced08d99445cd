"""The one base of every flat, read-only table model: rows in, cells out, never a query.

Views receive frozen records from the services through ``set_rows``; the model keeps only
those. Edits go through dialogs and the services, so no cell is editable.

Column titles: ``HEADERS`` holds the English source (and so the number of columns); a model
spells its titles out in ``header_texts`` with ``self.tr`` so the translation tools find them.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

AnyIndex = QModelIndex | QPersistentModelIndex


class RecordTableModel(QAbstractTableModel):
    """A read-only table over a list of records, one per row; columns are ``HEADERS``."""

    HEADERS: tuple[str, ...] = ()  # English source of the column titles, one per column

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt API
        """Rows at the top level only: these are flat tables."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt API
        """The fixed columns of this table."""
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        """Column titles, in the current language; the full title on hover."""
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.HEADERS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.header_texts()[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            # A column narrowed by the coach (or a long translation) may cut its title.
            return self.header_tooltips()[section]
        return None

    def header_tooltips(self) -> tuple[str, ...]:
        """What a column title says on hover: the title itself, unless a model says more."""
        return self.header_texts()

    def header_texts(self) -> tuple[str, ...]:
        """The column titles in the current language (as many as ``HEADERS``).

        Models override this with one ``self.tr("...")`` per title, which the translation
        tools extract; this fallback looks ``HEADERS`` up under the model's class name.
        """
        context = type(self).__name__
        return tuple(QCoreApplication.translate(context, text) for text in self.HEADERS)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        """Selectable, never editable: edits go through dialogs and the services."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def record_at(self, row: int) -> Any:
        """The record on ``row``, or None."""
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def clear(self) -> None:
        """Forget every row (on lock)."""
        self._reset([])

    def _reset(self, rows: Sequence[Any]) -> None:
        """Replace every row with a model reset (views keep no stale index)."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()
