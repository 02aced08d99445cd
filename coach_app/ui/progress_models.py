"""Item models of the review screens: the dashboard and the learning log.

Both receive frozen rows from ``coach_app.services.progress`` through ``set_rows`` and never
query; the widget that owns a model loads the rows in the background and hands them over, and
``clear()`` empties it when the vault locks.

The dashboard sorts through :data:`SORT_ROLE` (numbers and dates, not display strings, so
"9 days" sorts before "10 days") and filters in :class:`DashboardFilter` by text and by
"flagged only", without a database round trip per keystroke.

Texts are looked up in the current language when shown (the services' flag texts arrive
translated already).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any, Final

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor, QGuiApplication, QPalette

from coach_app.services.dashboard import DashboardRow
from coach_app.services.learning_log import LearningEntry
from coach_app.ui import theme
from coach_app.ui.labels import counted
from coach_app.ui.models import decision_name
from coach_app.ui.table_model import RecordTableModel

AnyIndex = QModelIndex | QPersistentModelIndex

ID_ROLE: Final = Qt.ItemDataRole.UserRole + 1  # the coachee id (dashboard) / experiment id (log)
ROW_ROLE: Final = Qt.ItemDataRole.UserRole + 2  # the frozen row itself
SORT_ROLE: Final = Qt.ItemDataRole.UserRole + 3  # a value that sorts correctly
SPARKLINE_ROLE: Final = Qt.ItemDataRole.UserRole + 4  # tuple of floats for the delegate
FLAGGED_ROLE: Final = Qt.ItemDataRole.UserRole + 5  # bool
COACHEE_ID_ROLE: Final = Qt.ItemDataRole.UserRole + 6  # whose learning it is

_NEVER: Final = 10**6  # "never seen" sorts after any real number of days


def short_date(value: date | None) -> str:
    """A date as the coach's locale writes it briefly; empty for None."""
    if value is None:
        return ""
    return QLocale().toString(QDate(value.year, value.month, value.day), "d MMM yyyy")


def attention_colour(palette: QPalette | None = None) -> QColor:
    """A red that stays readable on the current palette (lighter on a dark background).

    Asked for at paint time (``ForegroundRole``), so it follows a change of scheme; an
    overdue or flagged cell says so in its text as well, never by colour alone.
    """
    return theme.error_colour(palette or QGuiApplication.palette())


class _RowsModel(RecordTableModel):
    """A read-only table over a list of frozen rows, replaced whole on every refresh."""

    def set_rows(self, rows: Sequence[Any]) -> None:
        """Replace every row (a reset: views keep no stale index)."""
        self._reset(rows)

    def row_at(self, row: int) -> Any:
        """The frozen row at ``row`` (it must exist)."""
        return self._rows[row]

    def _valid(self, index: AnyIndex) -> bool:
        return (
            index.isValid()
            and not index.parent().isValid()
            and 0 <= index.row() < len(self._rows)
            and 0 <= index.column() < len(self.HEADERS)
        )


class DashboardModel(_RowsModel):
    """One row per active coachee: last session, days since, experiments, sparkline, flags."""

    HEADERS = ("Coachee", "Last session", "Days since", "Open", "Overdue", "Confidence", "Flags")
    NAME, LAST, DAYS, OPEN, OVERDUE, SPARKLINE, FLAGS = range(7)

    def header_texts(self) -> tuple[str, ...]:
        """The column titles in the current language."""
        return (
            self.tr("Coachee"),
            self.tr("Last session"),
            self.tr("Days since"),
            self.tr("Open"),
            self.tr("Overdue"),
            self.tr("Confidence"),
            self.tr("Flags"),
        )

    # Per column: what is shown, and what it sorts by (numbers and dates, not strings).
    _DISPLAY: Final[tuple[Callable[[DashboardRow], Any], ...]] = (
        lambda r: r.name,
        lambda r: (
            short_date(r.last_session_on) or QCoreApplication.translate("DashboardModel", "never")
        ),
        lambda r: "" if r.days_since is None else str(r.days_since),
        lambda r: str(r.open_experiments),
        lambda r: str(r.overdue_experiments) if r.overdue_experiments else "",
        lambda r: None,  # the sparkline is painted by its delegate
        lambda r: r.flag_text,
    )
    _SORT: Final[tuple[Callable[[DashboardRow], Any], ...]] = (
        lambda r: r.name.casefold(),
        lambda r: r.last_session_on.toordinal() if r.last_session_on else 0,
        lambda r: _NEVER if r.days_since is None else r.days_since,
        lambda r: r.open_experiments,
        lambda r: r.overdue_experiments,
        lambda r: r.sparkline[-1] if r.sparkline else -1.0,
        lambda r: (len(r.flags), r.flag_text),
    )
    _NUMBERS: Final = (2, 3, 4)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not self._valid(index):
            return None
        row: DashboardRow = self._rows[index.row()]
        column = index.column()
        simple: dict[int, Callable[[], Any]] = {
            Qt.ItemDataRole.DisplayRole: lambda: self._DISPLAY[column](row),
            SORT_ROLE: lambda: self._SORT[column](row),
            ID_ROLE: lambda: row.coachee_id,
            ROW_ROLE: lambda: row,
            FLAGGED_ROLE: lambda: row.flagged,
            SPARKLINE_ROLE: lambda: row.sparkline if column == self.SPARKLINE else None,
            Qt.ItemDataRole.ToolTipRole: lambda: self._tooltip(row, column),
            Qt.ItemDataRole.ForegroundRole: lambda: self._foreground(row, column),
            Qt.ItemDataRole.TextAlignmentRole: lambda: (
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if column in self._NUMBERS
                else None
            ),
            Qt.ItemDataRole.AccessibleTextRole: lambda: (
                self.sparkline_words(row) if column == self.SPARKLINE else None
            ),
        }
        answer = simple.get(role)
        return answer() if answer is not None else None

    def sparkline_words(self, row: DashboardRow) -> str:
        """The sparkline in words (a method: lupdate marks a count only in ``self.tr``)."""
        if not row.sparkline:
            return self.tr("No confidence ratings yet")
        count = len(row.sparkline)
        text = self.tr("Confidence, last %n session(s) (mean of goals): {values}", "", count)
        values = ", ".join(f"{value:g}" for value in row.sparkline)
        return counted(text, count).format(values=values)

    def _foreground(self, row: DashboardRow, column: int) -> QColor | None:
        if (column == self.FLAGS and row.flagged) or (
            column == self.OVERDUE and row.overdue_experiments
        ):
            return attention_colour()
        return None

    def _tooltip(self, row: DashboardRow, column: int) -> str | None:
        if column == self.NAME:
            return " · ".join(part for part in (row.name, row.role, row.organisation) if part)
        if column == self.FLAGS and row.flags:
            return "\n".join(flag.text for flag in row.flags)
        if column == self.SPARKLINE:
            return self.sparkline_words(row)
        return None


def sparkline_text(row: DashboardRow) -> str:
    """The sparkline in words, for tooltips and screen readers."""
    return DashboardModel().sparkline_words(row)


class DashboardFilter(QSortFilterProxyModel):
    """Sorts the dashboard by :data:`SORT_ROLE`; filters by text and "flagged only"."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self._words: list[str] = []
        self._flagged_only = False

    def set_text(self, text: str) -> None:
        """Keep rows whose name, role, organisation or flags contain every word."""
        self._refilter(lambda: setattr(self, "_words", text.casefold().split()))

    def set_flagged_only(self, flagged_only: bool) -> None:
        """Keep only coachees with at least one flag."""
        self._refilter(lambda: setattr(self, "_flagged_only", flagged_only))

    def _refilter(self, change: Callable[[], None]) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt >= 6.9; invalidateRowsFilter is deprecated
            self.beginFilterChange()
            change()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:  # pragma: no cover - older Qt
            change()
            self.invalidateRowsFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        model = self.sourceModel()
        if not isinstance(model, DashboardModel):
            return True
        row: DashboardRow = model.row_at(source_row)
        if self._flagged_only and not row.flagged:
            return False
        if not self._words:
            return True
        hay = " ".join((row.name, row.role, row.organisation, row.flag_text)).casefold()
        return all(word in hay for word in self._words)


class LearningLogModel(_RowsModel):
    """Experiment learnings, in the order given (newest first)."""

    HEADERS = ("Date", "Coachee", "Experiment", "Goal", "Decision", "Learning")
    DATE, COACHEE, TITLE, GOAL, DECISION, LEARNING = range(6)

    def header_texts(self) -> tuple[str, ...]:
        """The column titles in the current language."""
        return (
            self.tr("Date"),
            self.tr("Coachee"),
            self.tr("Experiment"),
            self.tr("Goal"),
            self.tr("Decision"),
            self.tr("Learning"),
        )

    _DISPLAY: Final[tuple[Callable[[LearningEntry], str], ...]] = (
        lambda e: short_date(e.logged_on),
        lambda e: e.coachee_name,
        lambda e: e.title,
        lambda e: e.goal_title,
        lambda e: (
            decision_name(e.decision)
            or QCoreApplication.translate("LearningLogModel", "Not decided")
        ),
        lambda e: " ".join((e.learning or e.outcome).split()),
    )

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not self._valid(index):
            return None
        entry: LearningEntry = self._rows[index.row()]
        column = index.column()
        answers: dict[int, Callable[[], Any]] = {
            Qt.ItemDataRole.DisplayRole: lambda: self._DISPLAY[column](entry),
            Qt.ItemDataRole.ToolTipRole: lambda: entry_text(entry),
            ID_ROLE: lambda: entry.experiment_id,
            COACHEE_ID_ROLE: lambda: entry.coachee_id,
            ROW_ROLE: lambda: entry,
            SORT_ROLE: lambda: (
                entry.logged_on.toordinal()
                if column == self.DATE
                else self._DISPLAY[column](entry).casefold()
            ),
        }
        answer = answers.get(role)
        return answer() if answer is not None else None


def entry_text(entry: LearningEntry) -> str:
    """The whole learning loop of one experiment, as plain text."""
    parts = [entry.title]
    if entry.goal_title:
        parts.append(
            QCoreApplication.translate("LearningLogModel", "Goal: {goal}").format(
                goal=entry.goal_title
            )
        )
    for label, text in (
        (QCoreApplication.translate("LearningLogModel", "Prediction: {text}"), entry.prediction),
        (QCoreApplication.translate("LearningLogModel", "Outcome: {text}"), entry.outcome),
        (QCoreApplication.translate("LearningLogModel", "Learning: {text}"), entry.learning),
    ):
        parts.append(label.format(text=text.strip() or "—"))
    decision = decision_name(entry.decision) or QCoreApplication.translate(
        "LearningLogModel", "not decided yet"
    )
    parts.append(
        QCoreApplication.translate("LearningLogModel", "Decision: {decision}").format(
            decision=decision
        )
    )
    return "\n".join(parts)
