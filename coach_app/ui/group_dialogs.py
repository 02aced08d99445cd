"""New group…: kind, name, purpose, members (coachees or people by name), dates, status.

The group and its members are written in one ``context.ops.change`` when the coach presses
Save, so a refused field (a name missing, an end before the start) is shown inline and nothing
half-made lands in the vault. The dialog holds typed text, so it registers with
``context.drafts`` like the coachee dialogs: a lock seals what was typed.
"""

from __future__ import annotations

from datetime import date

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

from coach_app.errors import ValidationError, VaultLocked
from coach_app.services import coachees, groups
from coach_app.services import group_rules as rules
from coach_app.services.access import OpenVault
from coach_app.services.group_records import GroupRecord
from coach_app.ui import drafts
from coach_app.ui.coachee_dialogs import OptionalDateEdit
from coach_app.ui.context import AppContext
from coach_app.ui.errors import show_error
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


class NewGroupDialog(QDialog):
    """Start a group with its members; ``saved`` holds the new group."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.saved: GroupRecord | None = None
        title = self.tr("New group")
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
        for c in coachees.list_coachees(context.vault):
            item = QListWidgetItem(c.name)
            item.setData(Qt.ItemDataRole.UserRole, c.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.coachee_list.addItem(item)
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
        form = QFormLayout()
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Name *"), self.name)
        form.addRow(self.tr("Purpose"), self.purpose)
        form.addRow(self.tr("Members (coachees)"), self.coachee_list)
        form.addRow(self.tr("Members by name"), self.others)
        form.addRow(self.tr("Start date"), self.started_on)
        form.addRow(self.tr("End date"), self.ended_on)
        form.addRow(self.tr("Status"), self.status)
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
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)
        self._made_id: str | None = None
        self.name.setFocus()
        context.drafts.hold_dialog(self, "group")

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
        for row in range(self.coachee_list.count()):
            item = self.coachee_list.item(row)
            checked = item.data(Qt.ItemDataRole.UserRole) in wanted
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        drafts.restore_focus(self._texts(), state)

    @classmethod
    def from_draft(
        cls, context: AppContext, state: drafts.State, parent: QWidget | None = None
    ) -> NewGroupDialog:
        """The dialog again after a lock, as typed."""
        dialog = cls(context, parent)
        dialog.restore_draft(state)
        return dialog

    # ---- saving ------------------------------------------------------------------------------

    def checked_coachees(self) -> list[str]:
        """The ids of the coachees ticked as members, in list order."""
        ids: list[str] = []
        for row in range(self.coachee_list.count()):
            item = self.coachee_list.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                ids.append(str(item.data(Qt.ItemDataRole.UserRole)))
        return ids

    def set_checked(self, coachee_id: str) -> None:
        """Tick a coachee as a member (tests and callers that preselect)."""
        for row in range(self.coachee_list.count()):
            item = self.coachee_list.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == coachee_id:
                item.setCheckState(Qt.CheckState.Checked)

    def write(self, vault: OpenVault) -> GroupRecord:
        """Create the group and its members in one go (inside ``context.ops.change``)."""
        started: date | None = self.started_on.value()
        group = groups.create_group(
            vault,
            kind=self.kind.currentData(),
            name=self.name.text(),
            purpose=self.purpose.toPlainText(),
            started_on=started,
            ended_on=self.ended_on.value(),
            status=self.status.currentData(),
        )
        self._made_id = group.id
        for coachee_id in self.checked_coachees():
            groups.add_member(vault, group.id, coachee_id=coachee_id, joined_on=started)
        for name in split_names(self.others.toPlainText()):
            groups.add_member(vault, group.id, name=name, joined_on=started)
        self.saved = groups.get_group(vault, group.id)
        return self.saved

    def _save(self) -> None:
        failures: list[BaseException] = []

        def write_all(vault: OpenVault) -> GroupRecord:
            # One transaction would be ideal; the services open their own, so a refusal of a
            # later member removes the group made a moment before (nothing half-made stays).
            try:
                return self.write(vault)
            except BaseException:
                if self.saved is None and self._made_id is not None:
                    groups.delete_group(vault, self._made_id)
                raise

        self._made_id = None
        self.context.ops.change(write_all, initiator=self, on_failure=failures.append)
        if not failures:
            self.accept()
            return
        exc = failures[0]
        if isinstance(exc, ValidationError):
            self.error.setText(exc.message)
            self.error.show()
        elif not isinstance(exc, VaultLocked):
            show_error(self, exc)
