"""Go → Groups: the list of groups, and one group's page (members, sessions, learning, rotation).

The list shows each group's name, kind, member count and last session; "New group…" opens
``NewGroupDialog``. A group's page lists its members, its sessions (date, attendance, rounds),
the set's learning log (every round's insight and action) and who brought a case when, with
who is next (``groups.rotation``). "New session…" and a double-click on a session open the
group session editor. The page reloads from the change broadcast while it is shown and
empties itself at a lock.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coach_app.changes import Changes, Kind
from coach_app.errors import CoachAppError
from coach_app.services import group_rules as rules
from coach_app.services import group_sessions, groups
from coach_app.services.group_records import GroupRecord
from coach_app.ui.context import AppContext
from coach_app.ui.errors import show_error
from coach_app.ui.group_dialogs import NewGroupDialog, group_status_names
from coach_app.ui.group_session_editor import GroupSessionDialog
from coach_app.ui.labels import plain_label

# What a group's page shows changes with groups, sessions (names) and coachees (names).
_KINDS = (Kind.GROUPS, Kind.COACHEES, Kind.PROFILE, Kind.EXPERIMENTS)


def _table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().hide()
    table.horizontalHeader().setStretchLastSection(True)
    table.setWordWrap(True)
    return table


def _fill(table: QTableWidget, rows: list[tuple[str, list[str]]]) -> None:
    """Put ``rows`` (id, cells) in ``table``; the id rides on the first cell."""
    table.setRowCount(len(rows))
    for r, (key, cells) in enumerate(rows):
        for c, text in enumerate(cells):
            item = QTableWidgetItem(text)
            if c == 0:
                item.setData(Qt.ItemDataRole.UserRole, key)
            table.setItem(r, c, item)
    table.resizeColumnsToContents()
    table.horizontalHeader().setStretchLastSection(True)


def _selected_id(table: QTableWidget) -> str | None:
    row = table.currentRow()
    item = table.item(row, 0) if row >= 0 else None
    value = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
    return str(value) if value else None


class GroupsPage(QStackedWidget):
    """The groups list (first page) and one group's page (second)."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.group: GroupRecord | None = None
        self.last_landed: list[str] = []
        self._build_list()
        self._build_group()
        context.signals.changed.connect(self._on_changed)
        context.signals.vault_locked.connect(self.clear)

    # ---- building ---------------------------------------------------------------------------

    def _build_list(self) -> None:
        page = QWidget()
        title = QLabel(f"<h2>{self.tr('Groups')}</h2>")
        self.new_group_button = QPushButton(self.tr("New group…"))
        self.new_group_button.clicked.connect(self.new_group)
        self.list_table = _table(
            [self.tr("Name"), self.tr("Kind"), self.tr("Members"), self.tr("Last session")]
        )
        self.list_table.setAccessibleName(self.tr("Groups"))
        self.list_table.activated.connect(lambda _i: self._open_selected())
        self.list_table.doubleClicked.connect(lambda _i: self._open_selected())
        top = QHBoxLayout()
        top.addWidget(title)
        top.addStretch(1)
        top.addWidget(self.new_group_button)
        hint = plain_label(self.tr("Double-click a group or press Enter to open its page."))
        hint.setEnabled(False)  # a quiet, theme-aware grey
        layout = QVBoxLayout(page)
        layout.addLayout(top)
        layout.addWidget(hint)
        layout.addWidget(self.list_table)
        self.addWidget(page)
        self.list_page = page

    def _build_group(self) -> None:
        page = QWidget()
        self.back_button = QPushButton(self.tr("← All groups"))
        self.back_button.clicked.connect(self.show_list)
        self.title = QLabel()
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        # A long group name (and a longer language) wraps rather than being cut at the buttons.
        self.title.setWordWrap(True)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.title.setFont(font)
        self.purpose = plain_label("")
        self.new_session_button = QPushButton(self.tr("New session…"))
        self.new_session_button.clicked.connect(self.new_session)
        self.edit_button = QPushButton(self.tr("Edit group…"))
        self.edit_button.setToolTip(
            self.tr("Name, purpose, dates, status; who joins and who leaves")
        )
        self.edit_button.clicked.connect(self.edit_group)
        self.members_table = _table(
            [self.tr("Member"), self.tr("Record"), self.tr("Joined"), self.tr("Left")]
        )
        self.sessions_table = _table(
            [self.tr("Date"), self.tr("Attendance"), self.tr("Rounds"), self.tr("Case-givers")]
        )
        self.sessions_table.doubleClicked.connect(lambda _i: self._edit_selected_session())
        self.sessions_table.activated.connect(lambda _i: self._edit_selected_session())
        self.rotation_table = _table(
            [self.tr("Member"), self.tr("Cases brought"), self.tr("Last case")]
        )
        self.next_label = plain_label("")
        self.learning_table = _table(
            [self.tr("Date"), self.tr("Case-giver"), self.tr("Insight"), self.tr("Action")]
        )
        for table, name in (
            (self.members_table, self.tr("Members")),
            (self.sessions_table, self.tr("Sessions")),
            (self.rotation_table, self.tr("Who brought a case when")),
            (self.learning_table, self.tr("The set's learning log")),
        ):
            table.setAccessibleName(name)
        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addWidget(self.title, 1)
        top.addWidget(self.edit_button)
        top.addWidget(self.new_session_button)
        left = QVBoxLayout()
        left.addWidget(QLabel(f"<b>{self.tr('Members')}</b>"))
        left.addWidget(self.members_table, 1)
        left.addWidget(QLabel(f"<b>{self.tr('Who brought a case when')}</b>"))
        left.addWidget(self.next_label)
        left.addWidget(self.rotation_table, 1)
        right = QVBoxLayout()
        right.addWidget(QLabel(f"<b>{self.tr('Sessions')}</b>"))
        right.addWidget(self.sessions_table, 1)
        right.addWidget(QLabel(f"<b>{self.tr('The set’s learning log')}</b>"))
        right.addWidget(self.learning_table, 2)
        columns = QHBoxLayout()
        columns.addLayout(left, 2)
        columns.addLayout(right, 3)
        self.status = plain_label("")
        layout = QVBoxLayout(page)
        layout.addLayout(top)
        layout.addWidget(self.purpose)
        layout.addLayout(columns, 1)
        layout.addWidget(self.status)
        self.addWidget(page)
        self.group_page = page

    # ---- the list ----------------------------------------------------------------------------

    def show_list(self) -> None:
        """Show every group."""
        self.group = None
        self.reload_list()
        self.setCurrentWidget(self.list_page)
        self.list_table.setFocus()

    def reload_list(self) -> None:
        """Read the groups again."""
        rows = [
            (
                g.id,
                [
                    g.name,
                    rules.kind_label(g.kind),
                    str(g.members),
                    g.last_session_at.date().isoformat() if g.last_session_at else "—",
                ],
            )
            for g in groups.list_groups(self.context.vault)
        ]
        _fill(self.list_table, rows)

    def _open_selected(self) -> None:
        group_id = _selected_id(self.list_table)
        if group_id:
            self.show_group(group_id)

    def new_group(self) -> NewGroupDialog | None:
        """New group…: the dialog; its group is shown once saved."""
        if not self.context.is_unlocked:
            return None
        dialog = NewGroupDialog(self.context, self)

        def saved() -> None:
            if dialog.saved is not None:
                self.show_group(dialog.saved.id)

        dialog.accepted.connect(saved)
        dialog.open()
        return dialog

    def edit_group(self) -> NewGroupDialog | None:
        """Edit group…: the open group's fields and members; the page follows the change."""
        if not self.context.is_unlocked or self.group is None:
            return None
        dialog = NewGroupDialog(
            self.context, self, groups.get_group(self.context.vault, self.group.id)
        )
        dialog.open()
        return dialog

    # ---- one group ---------------------------------------------------------------------------

    def show_group(self, group_id: str) -> None:
        """Show one group's page."""
        try:
            self._load_group(group_id)
        except CoachAppError as exc:
            show_error(self, exc)
            self.show_list()
            return
        self.setCurrentWidget(self.group_page)
        self.sessions_table.setFocus()

    def _load_group(self, group_id: str) -> None:
        vault = self.context.vault
        group = groups.get_group(vault, group_id)
        self.group = group
        statuses = group_status_names()
        self.title.setText(
            self.tr("{name} — {kind}, {status}").format(
                name=group.name,
                kind=rules.kind_label(group.kind),
                status=statuses.get(group.status, group.status),
            )
        )
        self.purpose.setText(group.purpose)
        self.purpose.setVisible(bool(group.purpose))
        _fill(
            self.members_table,
            [
                (
                    m.id,
                    [
                        m.name,
                        self.tr("coachee") if m.is_coachee else self.tr("by name only"),
                        m.joined_on.isoformat() if m.joined_on else "",
                        m.left_on.isoformat() if m.left_on else "",
                    ],
                )
                for m in group.members
            ],
        )
        sessions = group_sessions.list_group_sessions(vault, group_id)
        _fill(
            self.sessions_table,
            [
                (
                    s.id,
                    [
                        s.started_at.date().isoformat(),
                        self.tr("{n} of {total}").format(n=s.attendees, total=len(group.members)),
                        str(s.rounds),
                        ", ".join(s.case_givers),
                    ],
                )
                for s in sessions
            ],
        )
        rotation = groups.rotation(vault, group_id, on=self.context.today())
        _fill(
            self.rotation_table,
            [
                (
                    e.member_id,
                    [
                        e.name,
                        str(e.cases),
                        e.last_case_on.isoformat() if e.last_case_on else self.tr("never"),
                    ],
                )
                for e in rotation
            ],
        )
        self.next_label.setText(
            self.tr("Next to bring a case: {name}").format(name=rotation[0].name)
            if rotation
            else self.tr("No current members.")
        )
        _fill(
            self.learning_table,
            [
                (e.round_id, [e.held_on.isoformat(), e.case_giver, e.insight, e.action])
                for e in groups.set_learning_log(vault, group_id)
            ],
        )
        header = self.learning_table.horizontalHeader()
        for column in (2, 3):  # the insight and the action share the width and wrap
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.learning_table.resizeRowsToContents()

    def new_session(self) -> GroupSessionDialog | None:
        """New session…: the group session editor for a new meeting."""
        if self.group is None or not self.context.is_unlocked:
            return None
        return self._open_editor(GroupSessionDialog(self.context, self.group, None, self))

    def _edit_selected_session(self) -> None:
        session_id = _selected_id(self.sessions_table)
        if self.group is None or session_id is None:
            return
        try:
            record = group_sessions.get_group_session(self.context.vault, session_id)
        except CoachAppError as exc:
            show_error(self, exc)
            return
        self._open_editor(GroupSessionDialog(self.context, self.group, record, self))

    def _open_editor(self, dialog: GroupSessionDialog) -> GroupSessionDialog:
        def saved() -> None:
            self.last_landed = dialog.landed
            self.status.setText(" ".join(dialog.landed))

        dialog.accepted.connect(saved)
        dialog.open()
        return dialog

    # ---- refresh and lock ---------------------------------------------------------------------

    def _on_changed(self, changes: Changes, _initiator: object) -> None:
        if not self.context.is_unlocked or not self.isVisible():
            return
        if not changes.touches(*_KINDS, Kind.SESSIONS):
            return
        try:
            if self.group is not None:
                self._load_group(self.group.id)
            else:
                self.reload_list()
        except CoachAppError:  # the group was deleted meanwhile: back to the list
            self.show_list()

    def clear(self) -> None:
        """Forget every group shown (at a lock)."""
        self.group = None
        for table in (
            self.list_table,
            self.members_table,
            self.sessions_table,
            self.rotation_table,
            self.learning_table,
        ):
            table.setRowCount(0)
        self.title.clear()
        self.purpose.clear()
        self.next_label.clear()
        self.status.clear()
        self.setCurrentWidget(self.list_page)
