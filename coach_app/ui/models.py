"""Item models for the workspace: the coachee list, a coachee's session timeline, experiments.

Each model receives frozen records from the services (``set_rows``) and never queries: the view
that owns it asks the services and hands the records over, so a model can neither hold an ORM
session nor keep coachee data after a lock once ``clear()`` ran.

The coachee list filters as the coach types in a ``QSortFilterProxyModel`` (all words must
appear in name, role, organisation or tags): no database round trip per keystroke, so hundreds
of coachees stay smooth. The status filter changes what the service returns.

Every text a model shows is looked up in the current language when it is shown (``self.tr``,
or ``QCoreApplication.translate`` in the module's helpers), so no English is frozen at import.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor, QGuiApplication, QPalette

from coach_app import templates
from coach_app.errors import ValidationError
from coach_app.services.records import (
    CoacheeSummary,
    ExperimentRecord,
    SessionSummary,
)
from coach_app.ui.labels import counted, error_color
from coach_app.ui.table_model import RecordTableModel

ID_ROLE = Qt.ItemDataRole.UserRole + 1  # the id of the row's record
RECORD_ROLE = Qt.ItemDataRole.UserRole + 2  # the frozen record itself
COACHEE_ID_ROLE = Qt.ItemDataRole.UserRole + 3  # whose row it is
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 4  # folded text the filter matches against

AnyIndex = QModelIndex | QPersistentModelIndex

# The English template names in the order the settings list them (settings_dialog reads
# this); what a view shows is ``template_name(key)``, the catalogue's label translated.
TEMPLATE_NAMES = {
    "grow": "GROW",
    "oskar": "OSKAR",
    "clear": "CLEAR",
    "pdsa": "Experiment card (PDSA)",
    "intervision": "Intervision case",
    "action_learning": "Action-learning set",
    "free": "Free notes",
}


def template_name(key: str) -> str:
    """A note template's name in the current language (the key itself for an unknown one)."""
    try:
        return templates.template(key).label
    except ValidationError:
        return key


def status_name(status: str) -> str:
    """An experiment status in the current language (the stored value for an unknown one)."""
    names = {
        "agreed": QCoreApplication.translate("ExperimentStatus", "Agreed"),
        "in_progress": QCoreApplication.translate("ExperimentStatus", "In progress"),
        "done": QCoreApplication.translate("ExperimentStatus", "Done"),
        "dropped": QCoreApplication.translate("ExperimentStatus", "Dropped"),
    }
    return names.get(status, status)


def decision_name(decision: str | None) -> str:
    """An experiment decision ("Adopt", ...) in the current language; "" when there is none."""
    names = {
        "adopt": QCoreApplication.translate("ExperimentDecision", "Adopt"),
        "adapt": QCoreApplication.translate("ExperimentDecision", "Adapt"),
        "abandon": QCoreApplication.translate("ExperimentDecision", "Abandon"),
    }
    return names.get(decision or "", "")


def format_date(value: date | datetime | None) -> str:
    """A date the way the coach's locale writes it briefly ("12 Mar 2025" and the like)."""
    if value is None:
        return ""
    day = value.date() if isinstance(value, datetime) else value
    return QLocale().toString(QDate(day.year, day.month, day.day), "d MMM yyyy")


def overdue_color(palette: QPalette | None = None) -> QColor:
    """A red that stays readable on the current palette (lighter on a dark background)."""
    return error_color(palette or QGuiApplication.palette())


class _RecordTableModel(RecordTableModel):
    """Tables whose refreshes keep the selection: same rows in the same order update in place."""

    def _replace(self, rows: Sequence[Any]) -> None:
        rows = list(rows)
        if rows and [r.id for r in rows] == [r.id for r in self._rows]:
            # Same rows in the same order (an autosave touched a date or a count): change the
            # cells in place so selection and scroll position stay where the coach left them.
            self._rows = rows
            last = self.index(len(rows) - 1, len(self.HEADERS) - 1)
            self.dataChanged.emit(self.index(0, 0), last)
            return
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def clear(self) -> None:
        """Forget every row (on lock)."""
        self._replace([])

    def row_of(self, record_id: str) -> int:
        """The row holding ``record_id``, or -1."""
        for row, record in enumerate(self._rows):
            if record.id == record_id:
                return row
        return -1

    def _record(self, index: AnyIndex) -> Any:
        if not index.isValid() or index.parent().isValid():
            return None
        return self.record_at(index.row())


class CoacheeListModel(_RecordTableModel):
    """The coachee list: name, last session, open experiments (overdue ones in red)."""

    HEADERS = ("Coachee", "Last session", "Open")

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._today = date.today()

    def header_texts(self) -> tuple[str, ...]:
        """The column titles in the current language.

        The list is a narrow sidebar and its two number columns take their width from their
        titles: a short one leaves the names room (in every language), the full one is on hover.
        """
        return (
            self.tr("Coachee"),
            self.tr("Last session"),
            self.tr("Open", "column title: the coachee's open experiments"),
        )

    def header_tooltips(self) -> tuple[str, ...]:
        """The full titles on hover."""
        return (self.tr("Coachee"), self.tr("Last session"), self.tr("Open experiments"))

    def set_rows(self, rows: Sequence[CoacheeSummary], today: date | None = None) -> None:
        """Replace the rows (in the order ``coachees.list_coachees`` returns them)."""
        self._today = today or date.today()
        self._replace(rows)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: PLR0911 - one answer per role
        """Cell text, the id and record roles, tooltips and the overdue colour."""
        record: CoacheeSummary | None = self._record(index)
        if record is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(record, column)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._spoken(record)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(record)
        if role == Qt.ItemDataRole.ForegroundRole and column == 2 and record.overdue_experiments:
            return overdue_color()
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 2:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return self._common(record, role)

    def _display(self, record: CoacheeSummary, column: int) -> str:
        if column == 0:
            return record.name
        if column == 1:
            return format_date(record.last_session_at) or "—"
        if record.overdue_experiments:
            # A sign, not words: the list is narrow, and a worded count ("2 (1 overdue)", longer
            # still in French or Dutch) squeezed the names to nothing. The colour, the tooltip
            # and the spoken text say how many are overdue.
            return self.tr("{open} ⚠").format(open=record.open_experiments)
        return str(record.open_experiments)

    def _spoken(self, record: CoacheeSummary) -> str:
        last = format_date(record.last_session_at) or self.tr("no session yet")
        count = record.open_experiments
        text = self.tr("{name}, last session {last}, {open}").format(
            name=record.name,
            last=last,
            open=counted(self.tr("%n open experiment(s)", "", count), count),
        )
        if record.overdue_experiments:
            text += self.tr(", {overdue} overdue").format(overdue=record.overdue_experiments)
        return text

    def _tooltip(self, record: CoacheeSummary) -> str:
        lines = [record.name]
        where = " · ".join(p for p in (record.role, record.organisation) if p)
        if where:
            lines.append(where)
        lines.append(self.tr("Status: {status}").format(status=record.status))
        if record.tags:
            lines.append(self.tr("Tags: {tags}").format(tags=", ".join(record.tags)))
        overdue = record.overdue_experiments
        if overdue:
            lines.append(counted(self.tr("%n overdue experiment(s)", "", overdue), overdue))
        return "\n".join(lines)

    @staticmethod
    def _common(record: CoacheeSummary, role: int) -> Any:
        if role in (ID_ROLE, COACHEE_ID_ROLE):
            return record.id
        if role == RECORD_ROLE:
            return record
        if role == SEARCH_ROLE:
            return " ".join(
                [record.name, record.role, record.organisation, *record.tags]
            ).casefold()
        return None


class CoacheeFilterProxy(QSortFilterProxyModel):
    """Filters the coachee list as the coach types; keeps the service's order (no sorting).

    Every word typed must appear somewhere in the row's name, role, organisation or tags.
    """

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._words: tuple[str, ...] = ()

    def set_text(self, text: str) -> None:
        """Filter on ``text`` (empty shows every row)."""
        words = tuple(text.casefold().split())
        if words == self._words:
            return
        if hasattr(self, "beginFilterChange"):  # Qt >= 6.9; invalidateRowsFilter is deprecated
            self.beginFilterChange()
            self._words = words
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:  # pragma: no cover - older Qt
            self._words = words
            self.invalidateRowsFilter()

    @property
    def text(self) -> str:
        """The words filtered on, joined by spaces."""
        return " ".join(self._words)

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        """Whether every typed word occurs in the row's searchable text."""
        if not self._words:
            return True
        model = self.sourceModel()
        hay = model.data(model.index(source_row, 0, source_parent), SEARCH_ROLE) or ""
        return all(word in hay for word in self._words)


class SessionTimelineModel(_RecordTableModel):
    """A coachee's sessions, newest first: date, template, one-line summary."""

    HEADERS = ("Date", "Template", "Summary")

    def header_texts(self) -> tuple[str, ...]:
        """The column titles in the current language."""
        return (self.tr("Date"), self.tr("Template"), self.tr("Summary"))

    def set_rows(self, rows: Sequence[SessionSummary]) -> None:
        """Replace the rows (as ``sessions.list_sessions`` returns them, newest first)."""
        self._replace(rows)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: PLR0911 - one answer per role
        """Cell text, the ids and record, and the full summary as tooltip."""
        record: SessionSummary | None = self._record(index)
        if record is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return format_date(record.started_at)
            if column == 1:
                return template_name(record.template)
            return record.summary or self.tr("(no notes yet)")
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self.tr("Session on {date}, {template}: {summary}").format(
                date=format_date(record.started_at),
                template=template_name(record.template),
                summary=record.summary,
            )
        if role == Qt.ItemDataRole.ToolTipRole:
            text = self.tr("{date} {time}, {minutes} min").format(
                date=format_date(record.started_at),
                time=record.started_at.strftime("%H:%M"),
                minutes=record.duration_minutes,
            )
            return f"{text}\n{record.summary}" if record.summary else text
        if role == ID_ROLE:
            return record.id
        if role == COACHEE_ID_ROLE:
            return record.coachee_id
        if role == RECORD_ROLE:
            return record
        return None


class ExperimentTableModel(_RecordTableModel):
    """A coachee's experiments: title, status, decision, due date (overdue in red)."""

    HEADERS = ("Experiment", "Status", "Decision", "Due")

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._today = date.today()

    def header_texts(self) -> tuple[str, ...]:
        """The column titles in the current language."""
        return (self.tr("Experiment"), self.tr("Status"), self.tr("Decision"), self.tr("Due"))

    def set_rows(self, rows: Sequence[ExperimentRecord], today: date | None = None) -> None:
        """Replace the rows (as ``experiments.list_experiments`` returns them)."""
        self._today = today or date.today()
        self._replace(rows)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: PLR0911 - one answer per role
        """Cell text, the ids and record, the prediction as tooltip, overdue in red."""
        record: ExperimentRecord | None = self._record(index)
        if record is None:
            return None
        column = index.column()
        overdue = record.is_overdue(self._today)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(record, column, overdue)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._spoken(record, overdue)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(record)
        if role == Qt.ItemDataRole.ForegroundRole and overdue and column == 3:
            return overdue_color()
        if role == ID_ROLE:
            return record.id
        if role == COACHEE_ID_ROLE:
            return record.coachee_id
        if role == RECORD_ROLE:
            return record
        return None

    def _display(self, record: ExperimentRecord, column: int, overdue: bool) -> str:
        if column == 0:
            return record.title
        if column == 1:
            return status_name(record.status)
        if column == 2:
            return decision_name(record.decision)
        due = format_date(record.due_on)
        return self.tr("{due} (overdue)").format(due=due) if overdue else due

    def _spoken(self, record: ExperimentRecord, overdue: bool) -> str:
        text = self.tr("{title}, {status}").format(
            title=record.title, status=status_name(record.status)
        )
        if record.due_on:
            text += self.tr(", due {date}").format(date=format_date(record.due_on))
        return text + (self.tr(", overdue") if overdue else "")

    def _tooltip(self, record: ExperimentRecord) -> str:
        parts = [
            (self.tr("Prediction: {text}"), record.prediction),
            (self.tr("Action: {text}"), record.action),
            (self.tr("Success signal: {text}"), record.success_signal),
            (self.tr("Outcome: {text}"), record.outcome),
            (self.tr("Learning: {text}"), record.learning),
        ]
        lines = [label.format(text=text) for label, text in parts if text]
        return "\n".join(lines) or record.title
