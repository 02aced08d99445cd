"""Item models for the search results and the overdue experiments.

Each model receives frozen records from the services (``set_hits`` / ``set_rows``) and never
queries: the view that owns it asks the services and hands the records over, so a model can
neither hold an ORM session nor outlive a lock with a live one. Every text is looked up in the
current language when it is shown.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

from coach_app.services.records import ExperimentRecord, SearchHit
from coach_app.services.search import HIGHLIGHT_CLOSE, HIGHLIGHT_OPEN
from coach_app.ui.labels import counted
from coach_app.ui.models import template_name
from coach_app.ui.table_model import RecordTableModel

HIT_ROLE = Qt.ItemDataRole.UserRole + 1  # the SearchHit of a hit row (None on a coachee row)
HTML_ROLE = Qt.ItemDataRole.UserRole + 2  # the row as escaped HTML, matched terms in <b>
COACHEE_ID_ROLE = Qt.ItemDataRole.UserRole + 3  # the coachee a row belongs to
RECORD_ROLE = Qt.ItemDataRole.UserRole + 4  # the ExperimentRecord of an overdue row

_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")

AnyIndex = QModelIndex | QPersistentModelIndex


def marked_to_html(
    text: str, open_mark: str = HIGHLIGHT_OPEN, close_mark: str = HIGHLIGHT_CLOSE
) -> str:
    """Snippet text with control-character markers -> HTML with the marked terms in <b>.

    Everything that is not a marker is escaped, so note text such as ``<script>`` shows as
    typed and can never become markup. Unbalanced markers are tolerated.
    """
    out: list[str] = []
    inside = False
    pattern = f"({re.escape(open_mark)}|{re.escape(close_mark)})"
    for piece in re.split(pattern, text):
        if piece == open_mark:
            if not inside:
                out.append("<b>")
                inside = True
        elif piece == close_mark:
            if inside:
                out.append("</b>")
                inside = False
        elif piece:
            out.append(html.escape(_CONTROLS.sub("", piece), quote=True))
    if inside:
        out.append("</b>")
    return "".join(out)


def marked_to_plain(
    text: str, open_mark: str = HIGHLIGHT_OPEN, close_mark: str = HIGHLIGHT_CLOSE
) -> str:
    """Snippet text with the markers removed (for screen readers and tooltips)."""
    return _CONTROLS.sub("", text.replace(open_mark, "").replace(close_mark, ""))


@dataclass(frozen=True)
class _Group:
    coachee_id: str
    coachee: str
    hits: tuple[SearchHit, ...]


class SearchResultsModel(QAbstractItemModel):
    """Search hits grouped by coachee: coachee rows at the top level, their hits as children.

    Groups keep the order of their best hit, so the most relevant coachee comes first.
    A child's internal id is its group's row + 1; top-level rows have internal id 0.
    """

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._groups: list[_Group] = []

    # ---- feeding ----------------------------------------------------------------------------

    def set_hits(self, hits: list[SearchHit]) -> None:
        """Replace the results with ``hits`` (ranked, best first)."""
        order: list[str] = []
        by_coachee: dict[str, list[SearchHit]] = {}
        names: dict[str, str] = {}
        for hit in hits:
            if hit.coachee_id not in by_coachee:
                order.append(hit.coachee_id)
                by_coachee[hit.coachee_id] = []
                names[hit.coachee_id] = hit.coachee
            by_coachee[hit.coachee_id].append(hit)
        self.beginResetModel()
        self._groups = [_Group(cid, names[cid], tuple(by_coachee[cid])) for cid in order]
        self.endResetModel()

    def clear(self) -> None:
        """Forget every result (on lock, or when the query is emptied)."""
        self.set_hits([])

    @property
    def hit_count(self) -> int:
        """How many hits the model holds."""
        return sum(len(g.hits) for g in self._groups)

    def first_hit_index(self) -> QModelIndex:
        """The best hit (first child of the first group), or an invalid index."""
        if not self._groups or not self._groups[0].hits:
            return QModelIndex()
        return self.index(0, 0, self.index(0, 0))

    def hit_at(self, index: AnyIndex) -> SearchHit | None:
        """The hit on a child row, None on a coachee row or an invalid index."""
        if not index.isValid() or index.internalId() == 0:
            return None
        return self._groups[index.internalId() - 1].hits[index.row()]

    def coachee_id_at(self, index: AnyIndex) -> str | None:
        """The coachee a row belongs to."""
        if not index.isValid():
            return None
        group = index.internalId() - 1 if index.internalId() else index.row()
        return self._groups[group].coachee_id

    # ---- QAbstractItemModel -----------------------------------------------------------------

    def index(self, row: int, column: int, parent: AnyIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        """The index of a coachee row (no parent) or of a hit row (parent = coachee row)."""
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, 0)
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, index: AnyIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        """A hit's coachee row; nothing for a coachee row."""
        if not index.isValid() or index.internalId() == 0:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, 0)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        """Groups at the top level, hits under a group, nothing under a hit."""
        if not parent.isValid():
            return len(self._groups)
        if parent.column() != 0 or parent.internalId() != 0:
            return 0
        return len(self._groups[parent.row()].hits)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        """One column: the delegate draws the whole row."""
        return 1

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        """Rows can be selected and activated, never edited."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Plain text for display and accessibility, escaped HTML for the delegate."""
        if not index.isValid():
            return None
        if index.internalId() == 0:
            return self._group_data(self._groups[index.row()], role)
        hit = self._groups[index.internalId() - 1].hits[index.row()]
        return self._hit_data(hit, role)

    def _kind_label(self, kind: str) -> str:
        labels = {
            "session": self.tr("Session"),
            "experiment": self.tr("Experiment"),
            "goal": self.tr("Goal"),
            "coachee": self.tr("Profile"),
            "group": self.tr("Group"),
            "group_round": self.tr("Group round"),
            "insight": self.tr("Learning log"),
        }
        # A kind added to the index later still shows as something readable, never as a key.
        return labels.get(kind, kind.replace("_", " ").capitalize())

    def _group_data(self, group: _Group, role: int) -> Any:
        count = len(group.hits)
        results = counted(self.tr("%n result(s)", "", count), count)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.tr("{coachee} ({results})").format(coachee=group.coachee, results=results)
        if role == HTML_ROLE:
            return f"<b>{html.escape(group.coachee)}</b> &nbsp;·&nbsp; {html.escape(results)}"
        if role == COACHEE_ID_ROLE:
            return group.coachee_id
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _hit_data(self, hit: SearchHit, role: int) -> Any:
        kind = self._kind_label(hit.kind)
        title = hit.title
        if hit.kind == "session":  # the index titles sessions by template key, e.g. "GROW"
            name = template_name(title.lower())
            title = title if name == title.lower() else name
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            head = " · ".join(p for p in (kind, hit.date, title) if p)
            return f"{head}: {marked_to_plain(hit.snippet)}"
        if role == HTML_ROLE:
            # The heading stays regular weight so the bold matched terms stand out.
            head = " · ".join(html.escape(p) for p in (kind, hit.date, title) if p)
            return f"{head}<br>{marked_to_html(hit.snippet)}"
        if role == HIT_ROLE:
            return hit
        if role == COACHEE_ID_ROLE:
            return hit.coachee_id
        return None


class OverdueExperimentsModel(RecordTableModel):
    """Open experiments past their due date: coachee, experiment, due date, days overdue."""

    HEADERS = ("Coachee", "Experiment", "Due", "Overdue")

    def header_texts(self) -> tuple[str, ...]:
        """The column titles in the current language."""
        return (self.tr("Coachee"), self.tr("Experiment"), self.tr("Due"), self.tr("Overdue"))

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._today = date.today()

    def set_rows(self, rows: list[ExperimentRecord], today: date) -> None:
        """Replace the rows (as ``experiments.overdue_experiments`` returns them)."""
        self._today = today
        self._reset(rows)

    def record_for(self, index: AnyIndex) -> ExperimentRecord | None:
        """The experiment on an index's row."""
        return self.record_at(index.row()) if index.isValid() else None

    def days_overdue(self, record: ExperimentRecord) -> int:
        """Whole days since the due date."""
        return (self._today - record.due_on).days if record.due_on else 0

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Cell text, the record, the coachee id, right-aligned numbers."""
        record = self.record_for(index)
        if record is None:
            return None
        column = index.column()
        value: Any = None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            value = self._cell_text(record, column)
        elif role == Qt.ItemDataRole.ToolTipRole and column == 1 and record.prediction:
            value = self.tr("Prediction: {prediction}").format(prediction=record.prediction)
        elif role == Qt.ItemDataRole.TextAlignmentRole and column == 3:
            value = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        elif role == RECORD_ROLE:
            value = record
        elif role == COACHEE_ID_ROLE:
            value = record.coachee_id
        return value

    def _cell_text(self, record: ExperimentRecord, column: int) -> str:
        if column == 0:
            return record.coachee_name
        if column == 1:
            return record.title
        if column == 2:
            return record.due_on.isoformat() if record.due_on else ""
        days = self.days_overdue(record)
        return counted(self.tr("%n day(s)", "", days), days)
