"""Go → Hours log: the coach's hours per period and per client, and progress towards credentials.

A period filter (from/to) reads ``hours.hours_log``; the page shows the totals, the hours per
year and per client (clients who did not consent to be named appear numbered, and the page
says how many hours that covers), and progress towards each credential level from the
credentials data with its source and a reminder to check the current requirements. Export
CSV… and Export spreadsheet… write through ``hours_export`` to a file chosen in Documents and
never inside the vault folder (``file_paths.choose_target`` refuses it). The coach's own
supervision and CPD entries are below (``development_panel``).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coach_app.changes import Changes, Kind
from coach_app.errors import CoachAppError
from coach_app.services import hours, hours_export
from coach_app.services.hours import HoursLog
from coach_app.ui.context import AppContext
from coach_app.ui.date_range import apply_date_range
from coach_app.ui.development_panel import DevelopmentPanel
from coach_app.ui.errors import show_error
from coach_app.ui.file_paths import choose_target
from coach_app.ui.labels import counted, plain_label

# The log is built from sessions and groups; the coach's own record may be a kind of its own.
# The log is built from sessions, groups and the coachees' client details; the development
# entries below it are the coach's own record.
_KINDS = (Kind.SESSIONS, Kind.GROUPS, Kind.PROFILE, Kind.COACHEES, Kind.OWN_RECORD)


def hours_text(value: float) -> str:
    """Hours with at most one decimal ("12.5", "3")."""
    return f"{value:.1f}".removesuffix(".0")


def _table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    table.horizontalHeader().setStretchLastSection(True)
    return table


def _fill(table: QTableWidget, rows: list[list[str]], *, fit: bool = False) -> None:
    table.setRowCount(len(rows))
    for r, cells in enumerate(rows):
        for c, text in enumerate(cells):
            table.setItem(r, c, QTableWidgetItem(text))
    table.resizeColumnsToContents()
    table.horizontalHeader().setStretchLastSection(True)
    if fit:  # a short table as tall as its rows, so the page has no empty boxes
        table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        table.resizeRowsToContents()
        height = table.horizontalHeader().height() + 2 * table.frameWidth()
        height += sum(table.rowHeight(r) for r in range(table.rowCount()))
        table.setFixedHeight(max(height, 60))


class HoursPage(QScrollArea):
    """The hours log of a period, its exports, and the coach's development entries."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.log: HoursLog | None = None
        self.setWidgetResizable(True)
        self.body = QWidget()
        self.setWidget(self.body)
        self.use_start = QCheckBox(self.tr("From"))
        self.use_start.setToolTip(self.tr("Untick to count from the first session"))
        self.start = QDateEdit()
        self.end = QDateEdit()
        for edit, name in ((self.start, self.tr("From")), (self.end, self.tr("To"))):
            apply_date_range(edit)
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setAccessibleName(name)
        self.use_start.toggled.connect(self.start.setEnabled)
        self.start.setEnabled(False)
        self.show_button = QPushButton(self.tr("Show"))
        self.show_button.clicked.connect(self.reload)
        self.csv_button = QPushButton(self.tr("Export CSV…"))
        self.csv_button.clicked.connect(lambda: self.export("csv"))
        self.xlsx_button = QPushButton(self.tr("Export spreadsheet…"))
        self.xlsx_button.clicked.connect(lambda: self.export("xlsx"))
        top = QHBoxLayout()
        top.addWidget(QLabel(f"<h2>{self.tr('Hours log')}</h2>"))
        top.addStretch(1)
        top.addWidget(self.use_start)
        top.addWidget(self.start)
        top.addWidget(QLabel(self.tr("To")))
        top.addWidget(self.end)
        top.addWidget(self.show_button)
        top.addWidget(self.csv_button)
        top.addWidget(self.xlsx_button)
        self._build_tables()
        self._lay_out(top)
        today = context.today()
        self.end.setDate(QDate(today.year, today.month, today.day))
        self.start.setDate(QDate(today.year, 1, 1))
        context.signals.changed.connect(self._on_changed)
        context.signals.vault_locked.connect(self.clear)

    def _build_tables(self) -> None:
        self.totals = plain_label("")
        self.totals.setAccessibleName(self.tr("Totals"))
        self.unnamed = plain_label("")
        self.unnamed.setAccessibleName(self.tr("Clients not named"))
        self.years = _table(
            [
                self.tr("Period"),
                self.tr("Hours"),
                self.tr("Paid"),
                self.tr("Pro bono"),
                self.tr("Sessions"),
            ]
        )
        self.years.setAccessibleName(self.tr("Hours per period"))
        self.period_kind = QComboBox()
        self.period_kind.addItem(self.tr("Per year"), "year")
        self.period_kind.addItem(self.tr("Per month"), "month")
        self.period_kind.setAccessibleName(self.tr("Totals per year or per month"))
        self.period_kind.currentIndexChanged.connect(self._show_periods)
        self.clients = _table(
            [
                self.tr("Client"),
                self.tr("Individual/Group"),
                self.tr("First"),
                self.tr("Last"),
                self.tr("Paid hours"),
                self.tr("Pro bono hours"),
                self.tr("Sessions"),
            ]
        )
        self.clients.setAccessibleName(self.tr("Hours per client"))
        self.clients.setMinimumHeight(220)
        self.progress = _table(
            [
                self.tr("Credential"),
                self.tr("Hours"),
                self.tr("Paid hours"),
                self.tr("Clients"),
                self.tr("Recent hours"),
                self.tr("Reached"),
            ]
        )
        self.progress.setAccessibleName(self.tr("Progress towards credentials"))
        self.source = plain_label("")
        self.source.setAccessibleName(self.tr("Where the requirements come from"))
        self.development = DevelopmentPanel(self.context)

    def _lay_out(self, top: QHBoxLayout) -> None:
        # Years and credentials side by side (a few rows each), the clients below at full
        # width so that no column of the client log is cut.
        columns = QHBoxLayout()
        left = QVBoxLayout()
        period_row = QHBoxLayout()
        period_row.addWidget(QLabel(f"<b>{self.tr('Per period')}</b>"))
        period_row.addStretch(1)
        period_row.addWidget(self.period_kind)
        left.addLayout(period_row)
        left.addWidget(self.years)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(QLabel(f"<b>{self.tr('Towards a credential')}</b>"))
        right.addWidget(self.progress)
        right.addWidget(self.source)
        right.addStretch(1)
        columns.addLayout(left, 2)
        columns.addLayout(right, 3)
        layout = QVBoxLayout(self.body)
        layout.addLayout(top)
        layout.addWidget(self.totals)
        layout.addWidget(self.unnamed)
        layout.addLayout(columns)
        layout.addWidget(QLabel(f"<b>{self.tr('Per client')}</b>"))
        layout.addWidget(self.clients, 1)
        layout.addWidget(self.development)

    # ---- reading -----------------------------------------------------------------------------

    def period(self) -> tuple[date | None, date]:
        """The period chosen (no start: from the first session)."""
        start = self.start.date().toPython() if self.use_start.isChecked() else None
        return start, self.end.date().toPython()  # type: ignore[return-value]

    def set_period(self, start: date | None, end: date) -> None:
        """Choose a period (tests, and callers that know one)."""
        self.use_start.setChecked(start is not None)
        if start is not None:
            self.start.setDate(QDate(start.year, start.month, start.day))
        self.end.setDate(QDate(end.year, end.month, end.day))

    def reload(self) -> None:
        """Read the log of the period again and show it."""
        if not self.context.is_unlocked:
            return
        start, end = self.period()
        try:
            log = hours.hours_log(self.context.vault, start=start, end=end)
        except CoachAppError as exc:
            show_error(self, exc)
            return
        self.log = log
        self._show(log)
        self.development.reload()

    def _show(self, log: HoursLog) -> None:
        self.totals.setText(
            self.tr(
                "{total} hours: {paid} paid, {pro_bono} pro bono; {group} in groups; "
                "{internal} with internal clients; {clients}."
            ).format(
                total=hours_text(log.hours),
                paid=hours_text(log.paid_hours),
                pro_bono=hours_text(log.pro_bono_hours),
                group=hours_text(log.group_hours),
                internal=hours_text(log.internal_hours),
                clients=counted(self.tr("%n client(s)", "", len(log.clients)), len(log.clients)),
            )
        )
        unnamed = log.unnamed_clients
        self.unnamed.setText(
            counted(
                self.tr(
                    "{hours} hours with %n client(s) who did not consent to be named: they "
                    "appear as “Confidential client” on the log.",
                    "",
                    unnamed,
                ),
                unnamed,
            ).format(hours=hours_text(log.unnamed_hours))
        )
        self._show_periods()
        modes = {"individual": self.tr("Individual"), "group": self.tr("Group")}
        _fill(
            self.clients,
            [
                [
                    c.name,
                    modes.get(c.mode, c.mode),
                    c.first_on.isoformat(),
                    c.last_on.isoformat(),
                    hours_text(c.paid_hours),
                    hours_text(c.pro_bono_hours),
                    str(c.sessions),
                ]
                for c in log.clients
            ],
        )
        rows = []
        for p in log.progress:
            lv = p.level
            recent = (
                "—"
                if lv.recent_hours is None
                else f"{hours_text(p.recent_hours or 0)} / {hours_text(lv.recent_hours)}"
            )
            rows.append(
                [
                    lv.label.split(" (")[0],  # "ACC"; the full name is in the tooltip
                    f"{hours_text(p.hours)} / {hours_text(lv.hours)}",
                    f"{hours_text(p.paid_hours)} / {hours_text(lv.paid_hours)}",
                    f"{p.clients} / {lv.clients}",
                    recent,
                    self.tr("yes") if p.met else self.tr("not yet"),
                ]
            )
        _fill(self.progress, rows, fit=True)
        for r, p in enumerate(log.progress):
            if (item := self.progress.item(r, 0)) is not None:
                item.setToolTip(p.level.label)
        sources = {(p.body.body, p.body.source, p.body.relied_on.isoformat()) for p in log.progress}
        self.source.setText(
            "\n".join(
                self.tr(
                    "{body}: figures from {source} as of {date}. Check the current requirements "
                    "before you apply."
                ).format(body=body, source=source, date=day)
                for body, source, day in sorted(sources)
            )
        )

    def _show_periods(self) -> None:
        log = self.log
        if log is None:
            return
        totals = log.per_month if self.period_kind.currentData() == "month" else log.per_year
        rows = [
            [
                p.period,
                hours_text(p.hours),
                hours_text(p.paid_hours),
                hours_text(p.pro_bono_hours),
                str(p.sessions),
            ]
            for p in totals
        ]
        _fill(self.years, rows, fit=self.period_kind.currentData() == "year")
        if self.period_kind.currentData() == "month":  # many rows: a scrolling box
            self.years.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
            self.years.setFixedHeight(220)

    # ---- export ------------------------------------------------------------------------------

    def export(self, kind: str) -> Path | None:
        """Export CSV… / Export spreadsheet…: the log of the period, outside the vault folder."""
        if not self.context.is_unlocked:
            return None
        if self.log is None:
            self.reload()
        if self.log is None:
            return None
        csv = kind == "csv"
        target = choose_target(
            self,
            self.context.folder,
            title=self.tr("Export hours log"),
            name=f"hours-log-{self.log.end.isoformat()}.{kind}",
            file_filter=self.tr("CSV file (*.csv)") if csv else self.tr("Spreadsheet (*.xlsx)"),
            suffix=f".{kind}",
        )
        if target is None:
            return None
        try:
            hours_export.write_hours_file(self.log, target, kind)
        except (CoachAppError, OSError) as exc:
            show_error(self, exc)
            return None
        window = self.window()
        if hasattr(window, "statusBar"):
            window.statusBar().showMessage(
                self.tr("Hours log written: {path}").format(path=target), 8000
            )
        return target

    # ---- refresh and lock ---------------------------------------------------------------------

    def _on_changed(self, changes: Changes, _initiator: object) -> None:
        if self.context.is_unlocked and self.isVisible() and changes.touches(*_KINDS):
            self.reload()

    def clear(self) -> None:
        """Forget the log shown (at a lock)."""
        self.log = None
        for table in (self.years, self.clients, self.progress):
            table.setRowCount(0)
        self.totals.clear()
        self.unnamed.clear()
        self.source.clear()
        self.development.clear()
