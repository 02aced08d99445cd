"""New group… and Edit group…: kind, name, purpose, members, dates, status.

The group and its members are written in one ``context.ops.change`` (one transaction,
``services/group_edit.py``) when the coach presses Save, so a refused field (a name missing, an
end before the start) is shown inline and nothing half-made lands in the vault. Editing shows
the current members ticked: unticking one means they leave (on the day the form names; a
member who never took part is simply removed), ticking another coachee or typing a name adds
them. The dialog holds typed text, so it registers with ``context.drafts`` like the coachee
dialogs: a lock seals what was typed.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from coach_app.services import coachees, group_edit, groups
from coach_app.services import group_rules as rules
from coach_app.services.access import OpenVault
from coach_app.services.group_records import GroupRecord, MemberRecord
from coach_app.ui import drafts
from coach_app.ui.coachee_dialogs import OptionalDateEdit
from coach_app.ui.context import AppContext
from coach_app.ui.errors import save_form
from coach_app.ui.labels import form_error_label


def group_status_names() -> dict[str, str]:
    """The group statuses in the current language."""
    translate = QCoreApplication.translate
    return {
        "active": translate("GroupDialog", "Active"),
        "paused": translate("GroupDialog", "Paused"),
        "completed": translate("GroupDialog", "Completed"),
        "archived": translate("GroupDialog", "Archived"),
    }


def split_names(text: str) -> list[str]:
    """Names typed one a line or separated by commas, blanks dropped."""
    return [n.strip() for line in text.splitlines() for n in line.split(",") if n.strip()]


#: Where a list item keeps the member id of someone already in the group (None for a coachee
#: who is not a member yet); Qt.ItemDataRole.UserRole keeps the coachee id.
MEMBER_ROLE = Qt.ItemDataRole.UserRole + 1


class NewGroupDialog(QDialog):
    """Start a group with its members, or change one (``group``); ``saved`` holds the result."""

    def __init__(
        self, context: AppContext, parent: QWidget | None = None, group: GroupRecord | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.group = group
        self.saved: GroupRecord | None = None
        title = self.tr("New group") if group is None else self.tr("Edit group")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.kind = QComboBox()
        for key in rules.GROUP_KIND_LABELS:
            self.kind.addItem(rules.kind_label(key), key)
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("e.g. Leaders' action-learning set"))
        self.purpose = QPlainTextEdit()
        self.purpose.setTabChangesFocus(True)
        self.purpose.setMaximumHeight(80)
        self.coachee_list = QListWidget()
        self.coachee_list.setMaximumHeight(150)
        members = group.members if group is not None else ()
        for m in members:
            self._add_item(self._member_text(m), m.coachee_id, m.id, m.left_on is None)
        taken = {m.coachee_id for m in members if m.coachee_id}
        for c in coachees.list_coachees(context.vault):
            if c.id not in taken:
                self._add_item(c.name, c.id, None, False)
        self.others = QPlainTextEdit()
        self.others.setTabChangesFocus(True)
        self.others.setMaximumHeight(60)
        self.others.setPlaceholderText(self.tr("People you do not coach individually, one a line"))
        self.started_on = OptionalDateEdit(self.tr("Start date"))
        self.started_on.set_value(context.today())
        self.ended_on = OptionalDateEdit(self.tr("End date"))
        self.status = QComboBox()
        for key, label in group_status_names().items():
            self.status.addItem(label, key)
        # When members join or leave an existing group (a new group's members join on its start).
        self.changes_on = OptionalDateEdit(self.tr("Members join or leave on"))
        self.changes_on.set_value(context.today())
        self.changes_on.setAccessibleName(self.tr("Members join or leave on"))
        form = self._form(group)
        for label, widget in (
            (self.tr("Kind"), self.kind),
            (self.tr("Name"), self.name),
            (self.tr("Purpose"), self.purpose),
            (self.tr("Members (coachees)"), self.coachee_list),
            (self.tr("Members by name"), self.others),
            (self.tr("Status"), self.status),
        ):
            widget.setAccessibleName(label)
        self.error = form_error_label()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(lambda: save_form(self, context.ops, self.write, self.error))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)
        self.name.setFocus()
        context.drafts.hold_dialog(self, "group" if group is None else "group_edit")

    def _form(self, group: GroupRecord | None) -> QFormLayout:
        form = QFormLayout()
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Name *"), self.name)
        form.addRow(self.tr("Purpose"), self.purpose)
        form.addRow(self.tr("Members (coachees)"), self.coachee_list)
        form.addRow(self.tr("Members by name"), self.others)
        if group is not None:
            self.coachee_list.setToolTip(
                self.tr(
                    "Untick a member who leaves; tick a coachee who joins. Someone who took part "
                    "in a session keeps their place in the record with a leaving date."
                )
            )
            self.others.setPlaceholderText(self.tr("New members you do not coach, one a line"))
            form.addRow(self.tr("Members join or leave on"), self.changes_on)
        form.addRow(self.tr("Start date"), self.started_on)
        form.addRow(self.tr("End date"), self.ended_on)
        form.addRow(self.tr("Status"), self.status)
        if group is not None:
            self._fill_from(group)
        return form

    def _member_text(self, member: MemberRecord) -> str:
        if member.left_on is None:
            return member.name
        return self.tr("{name} (left {date})").format(
            name=member.name, date=member.left_on.isoformat()
        )

    def _add_item(self, text: str, coachee_id: str | None, member_id: str | None, on: bool) -> None:
        item = QListWidgetItem(text)
        item.setData(Qt.ItemDataRole.UserRole, coachee_id)
        item.setData(MEMBER_ROLE, member_id)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
        self.coachee_list.addItem(item)

    def _fill_from(self, group: GroupRecord) -> None:
        self.kind.setCurrentIndex(max(0, self.kind.findData(group.kind)))
        self.name.setText(group.name)
        self.purpose.setPlainText(group.purpose)
        self.started_on.set_value(group.started_on)
        self.ended_on.set_value(group.ended_on)
        self.status.setCurrentIndex(max(0, self.status.findData(group.status)))

    # ---- drafts ------------------------------------------------------------------------------

    def _texts(self) -> dict[str, drafts.TextField]:
        return {"name": self.name, "purpose": self.purpose, "others": self.others}

    def draft_state(self) -> drafts.State | None:
        """The form as typed, for a lock to seal (None once closed)."""
        if not self.isVisible():
            return None
        return {
            "texts": drafts.read_texts(self._texts()),
            "kind": self.kind.currentData(),
            "status": self.status.currentData(),
            "members": self.checked_coachees(),
            "group_id": self.group.id if self.group is not None else None,
            "ticked_members": self._ticked_members(),
            "started_on": drafts.iso(self.started_on.value()),
            "ended_on": drafts.iso(self.ended_on.value()),
            **drafts.focus_state(self, self._texts()),
        }

    def restore_draft(self, state: drafts.State) -> None:
        """Show the form as ``draft_state`` kept it."""
        drafts.write_texts(self._texts(), state.get("texts"))
        self.kind.setCurrentIndex(max(0, self.kind.findData(drafts.text(state, "kind"))))
        self.status.setCurrentIndex(max(0, self.status.findData(drafts.text(state, "status"))))
        self.started_on.set_value(drafts.day(state, "started_on"))
        self.ended_on.set_value(drafts.day(state, "ended_on"))
        members = state.get("members")
        wanted = set(members) if isinstance(members, list) else set()
        ticked = state.get("ticked_members")
        staying = set(ticked) if isinstance(ticked, list) else set()
        for row in range(self.coachee_list.count()):
            item = self.coachee_list.item(row)
            member_id = item.data(MEMBER_ROLE)
            if member_id:
                checked = member_id in staying
            else:
                checked = item.data(Qt.ItemDataRole.UserRole) in wanted
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        drafts.restore_focus(self._texts(), state)

    @classmethod
    def from_draft(
        cls, context: AppContext, state: drafts.State, parent: QWidget | None = None
    ) -> NewGroupDialog:
        """The dialog again after a lock, as typed (an edited group is read again first)."""
        group_id = drafts.text(state, "group_id")
        group = groups.get_group(context.vault, group_id) if group_id else None
        dialog = cls(context, parent, group)
        dialog.restore_draft(state)
        return dialog

    # ---- saving ------------------------------------------------------------------------------

    def checked_coachees(self) -> list[str]:
        """The ids of the coachees ticked to join (not already members), in list order."""
        ids: list[str] = []
        for row in range(self.coachee_list.count()):
            item = self.coachee_list.item(row)
            if item.data(MEMBER_ROLE) is None and item.checkState() == Qt.CheckState.Checked:
                ids.append(str(item.data(Qt.ItemDataRole.UserRole)))
        return ids

    def _ticked_members(self) -> list[str]:
        """The ids of the current members still ticked."""
        ids: list[str] = []
        for row in range(self.coachee_list.count()):
            item = self.coachee_list.item(row)
            member_id = item.data(MEMBER_ROLE)
            if member_id and item.checkState() == Qt.CheckState.Checked:
                ids.append(str(member_id))
        return ids

    def set_checked(self, coachee_id: str, checked: bool = True) -> None:
        """Tick (or untick) a coachee, member or not (tests and callers that preselect)."""
        state = Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        for row in range(self.coachee_list.count()):
            item = self.coachee_list.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == coachee_id:
                item.setCheckState(state)

    def set_member_checked(self, name: str, checked: bool) -> None:
        """Tick or untick a current member by name (tests)."""
        state = Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        for row in range(self.coachee_list.count()):
            item = self.coachee_list.item(row)
            if item.data(MEMBER_ROLE) and item.text().startswith(name):
                item.setCheckState(state)

    def membership(self) -> group_edit.Membership:
        """What the form asks for: the group's fields, who joins, who leaves, who is back."""
        fields = {
            "kind": self.kind.currentData(),
            "name": self.name.text(),
            "purpose": self.purpose.toPlainText(),
            "started_on": self.started_on.value(),
            "ended_on": self.ended_on.value(),
            "status": self.status.currentData(),
        }
        if self.group is None:
            on = self.started_on.value() or self.context.today()
            return group_edit.Membership(
                on=on,
                add_coachees=self.checked_coachees(),
                add_names=split_names(self.others.toPlainText()),
                fields=fields,
            )
        ticked = set(self._ticked_members())
        current = {m.id: m for m in self.group.members}
        return group_edit.Membership(
            on=self.changes_on.value() or self.context.today(),
            add_coachees=self.checked_coachees(),
            add_names=split_names(self.others.toPlainText()),
            leaving=[i for i, m in current.items() if m.left_on is None and i not in ticked],
            returning=[i for i, m in current.items() if m.left_on is not None and i in ticked],
            fields=fields,
        )

    def write(self, vault: OpenVault) -> GroupRecord:
        """Write the group and its members in one transaction (inside ``context.ops.change``)."""
        change = self.membership()
        if self.group is None:
            self.saved = group_edit.new_group(vault, change)
        else:
            self.saved = group_edit.edit_group(vault, self.group.id, change)
        return self.saved
