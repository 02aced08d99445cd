"""A group session in one dialog: date, duration, template, who came, and its rounds.

Each round names its case-giver (a member) and holds the template's fields in the template's
order with their hints, and a 0–10 confidence rating (``group_round_box``). Save writes the
session and every round through one ``context.ops.change`` calling ``group_sessions``; the
services put each case-giver's action, insight and rating on their own record, and the dialog
says so plainly before and after saving. The dialog holds typed text, so it registers with
``context.drafts``.
"""

from __future__ import annotations

from datetime import datetime, time
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from coach_app.services import group_rules as rules
from coach_app.services import group_sessions, groups
from coach_app.services.access import OpenVault
from coach_app.services.group_records import GroupRecord, GroupSessionRecord, RoundRecord
from coach_app.templates import template as template_spec
from coach_app.ui import drafts
from coach_app.ui.context import AppContext
from coach_app.ui.date_range import apply_date_range
from coach_app.ui.errors import save_form
from coach_app.ui.group_round_box import RoundBox
from coach_app.ui.labels import form_error_label


class GroupSessionDialog(QDialog):
    """Record a new session of ``group`` (``session=None``) or edit one."""

    def __init__(
        self,
        context: AppContext,
        group: GroupRecord,
        session: GroupSessionRecord | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.group = group
        self.session = session
        self.saved: GroupSessionRecord | None = None
        self.landed: list[str] = []
        self._removed: list[str] = []
        title = self.tr("Group session — {name}").format(name=group.name)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self._build()
        self._fill()
        self.template.currentIndexChanged.connect(self._template_changed)
        context.drafts.hold_dialog(self, "group_session")

    def _build(self) -> None:
        self.day = QDateEdit()
        apply_date_range(self.day)
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.day.setAccessibleName(self.tr("Date"))
        self.duration = QSpinBox()
        self.duration.setRange(5, 600)
        self.duration.setSingleStep(15)
        self.duration.setSuffix(self.tr(" min"))
        self.duration.setAccessibleName(self.tr("Duration (minutes)"))
        self.template = QComboBox()
        for key in rules.group_templates():
            self.template.addItem(template_spec(key).label, key)
        self.template.setAccessibleName(self.tr("Template"))
        self.attendance: dict[str, QCheckBox] = {}
        attend_row = QHBoxLayout()
        for m in self.group.members:
            box = QCheckBox(m.name)
            self.attendance[m.id] = box
            attend_row.addWidget(box)
        attend_row.addStretch(1)
        for fixed in (self.day, self.duration, self.template):
            fixed.setMaximumWidth(260)  # short values: a full-width box reads as a text field
        form = QFormLayout()
        form.addRow(self.tr("Date"), self.day)
        form.addRow(self.tr("Duration"), self.duration)
        form.addRow(self.tr("Template"), self.template)
        form.addRow(self.tr("Attendance"), attend_row)
        self.rounds_box = QVBoxLayout()
        self.rounds_box.addStretch(1)
        rounds_widget = QWidget()
        rounds_widget.setLayout(self.rounds_box)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(rounds_widget)
        self.rounds: list[RoundBox] = []
        self.add_round_button = QPushButton(self.tr("Add round"))
        self.add_round_button.clicked.connect(lambda _checked=False: self.add_round())
        self.error = form_error_label()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(
            lambda: save_form(
                self, self.context.ops, self.write, self.error, before_accept=self._note_landed
            )
        )
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(scroll, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.add_round_button)
        bottom.addStretch(1)
        layout.addLayout(bottom)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(900, 700)

    def _fill(self) -> None:
        s = self.session
        if s is None:
            today = self.context.today()
            self.day.setDate(QDate(today.year, today.month, today.day))
            self.duration.setValue(90)
            chosen = rules.DEFAULT_TEMPLATE.get(self.group.kind, "intervision")
            self.template.setCurrentIndex(max(0, self.template.findData(chosen)))
            for member_id, box in self.attendance.items():
                member = next(m for m in self.group.members if m.id == member_id)
                box.setChecked(member.active_on(today))
            self.add_round()
            return
        day = s.started_at.date()
        self.day.setDate(QDate(day.year, day.month, day.day))
        self.duration.setValue(s.duration_minutes)
        self.template.setCurrentIndex(max(0, self.template.findData(s.template)))
        for member_id, box in self.attendance.items():
            box.setChecked(member_id in s.attendee_ids)
        for r in s.rounds:
            self.add_round(record=r)

    # ---- rounds ------------------------------------------------------------------------------

    def current_template(self) -> str:
        """The template chosen."""
        return str(self.template.currentData())

    def add_round(self, record: RoundRecord | None = None) -> RoundBox:
        """Add a round at the end; a new one suggests whoever's turn it is."""
        taken = {b.case_giver_id() for b in self.rounds}
        box = self._append(record)
        if record is None:
            for entry in groups.rotation(self.context.vault, self.group.id):
                if entry.member_id not in taken:
                    box.set_case_giver(entry.member_id)
                    break
        return box

    def _append(self, record: RoundRecord | None) -> RoundBox:
        box = RoundBox(
            len(self.rounds) + 1, self.current_template(), self.group.members, record, self
        )
        box.remove_requested.connect(self.remove_round)
        self.rounds_box.insertWidget(len(self.rounds), box)
        self.rounds.append(box)
        return box

    def remove_round(self, box: RoundBox) -> None:
        """Take a round out (a saved one is deleted when the session is saved)."""
        if box not in self.rounds:
            return
        if box.round_id is not None:
            self._removed.append(box.round_id)
        self.rounds.remove(box)
        box.hide()
        box.deleteLater()
        for number, other in enumerate(self.rounds, start=1):
            other.set_number(number)

    def _template_changed(self) -> None:
        for box in self.rounds:
            box.set_template(self.current_template())

    # ---- drafts ------------------------------------------------------------------------------

    def draft_state(self) -> drafts.State | None:
        """The session as typed, for a lock to seal (None once closed)."""
        if not self.isVisible():
            return None
        return {
            "group_id": self.group.id,
            "session_id": self.session.id if self.session is not None else None,
            "day": self.day.date().toString("yyyy-MM-dd"),
            "duration": self.duration.value(),
            "template": self.current_template(),
            "attendance": self.attendee_ids(),
            "removed": list(self._removed),
            "rounds": [
                {
                    "round_id": box.round_id,
                    "case_giver_id": box.case_giver_id(),
                    "rating": box.rating.value(),
                    "texts": {key: edit.toPlainText() for key, edit in box.edits.items()},
                }
                for box in self.rounds
            ],
        }

    def restore_draft(self, state: drafts.State) -> None:
        """Show the session as ``draft_state`` kept it."""
        day = drafts.day(state, "day")
        if day is not None:
            self.day.setDate(QDate(day.year, day.month, day.day))
        duration = state.get("duration")
        if isinstance(duration, int):
            self.duration.setValue(duration)
        index = self.template.findData(drafts.text(state, "template"))
        self.template.setCurrentIndex(max(0, index))
        attendance = state.get("attendance")
        present = set(attendance) if isinstance(attendance, list) else set()
        for member_id, tick in self.attendance.items():
            tick.setChecked(member_id in present)
        for old in list(self.rounds):  # the draft's rounds replace those the dialog began with
            self.rounds.remove(old)
            old.hide()
            old.deleteLater()
        saved = {r.id: r for r in (self.session.rounds if self.session is not None else ())}
        rounds = state.get("rounds")
        for raw in rounds if isinstance(rounds, list) else []:
            if not isinstance(raw, dict):
                continue
            box = self._append(saved.get(drafts.text(raw, "round_id")))
            box.set_case_giver(drafts.text(raw, "case_giver_id"))
            rating = raw.get("rating")
            if isinstance(rating, int):
                box.rating.setValue(rating)
            for key, text in drafts.mapping(raw, "texts").items():
                if key in box.edits and isinstance(text, str):
                    box.set_text(key, text)
        removed = state.get("removed")
        self._removed = (
            [r for r in removed if isinstance(r, str)] if isinstance(removed, list) else []
        )

    @classmethod
    def from_draft(
        cls, context: AppContext, state: drafts.State, parent: QWidget | None = None
    ) -> GroupSessionDialog:
        """The editor again after a lock (``NotFound`` if the group or session went)."""
        group = groups.get_group(context.vault, drafts.text(state, "group_id"))
        session_id = drafts.optional_text(state, "session_id")
        session = (
            group_sessions.get_group_session(context.vault, session_id) if session_id else None
        )
        dialog = cls(context, group, session, parent)
        dialog.restore_draft(state)
        return dialog

    # ---- saving ------------------------------------------------------------------------------

    def attendee_ids(self) -> list[str]:
        """The members ticked as present (case-givers are added by the service)."""
        return [mid for mid, box in self.attendance.items() if box.isChecked()]

    def write(self, vault: OpenVault) -> GroupSessionRecord:
        """Write the session and its rounds (inside ``context.ops.change``)."""
        qd = self.day.date()
        started = datetime.combine(qd.toPython(), time(9, 0))  # type: ignore[arg-type]
        if self.session is not None:
            started = datetime.combine(started.date(), self.session.started_at.time())
        values: dict[str, Any] = {
            "started_at": started,
            "duration_minutes": self.duration.value(),
            "template": self.current_template(),
            "attendee_ids": self.attendee_ids(),
        }
        if self.session is None:
            record = group_sessions.create_group_session(vault, self.group.id, **values)
            self.session = record
        else:
            record = group_sessions.update_group_session(vault, self.session.id, **values)
        for round_id in self._removed:
            group_sessions.delete_round(vault, round_id)
        self._removed = []
        for box in self.rounds:
            if box.round_id is None:
                saved = group_sessions.add_round(vault, record.id, **box.fields())
                box.round_id = saved.id
            else:
                group_sessions.save_round(vault, box.round_id, **box.fields())
        self.saved = group_sessions.get_group_session(vault, record.id)
        return self.saved

    def _landed_lines(self) -> list[str]:
        members = {m.id: m for m in self.group.members}
        lines: list[str] = []
        for r in self.saved.rounds if self.saved is not None else ():
            member = members.get(r.case_giver_id or "")
            if member is None or not member.is_coachee:
                continue
            if r.experiment_id:
                lines.append(
                    self.tr("The action became an experiment on {name}'s record.").format(
                        name=member.name
                    )
                )
            if r.insight_id:
                lines.append(
                    self.tr("The insight went to {name}'s learning log.").format(name=member.name)
                )
            if r.measurement_id:
                lines.append(
                    self.tr("The rating became a confidence measurement of {name}.").format(
                        name=member.name
                    )
                )
        return lines

    def _note_landed(self) -> None:
        # Read by whoever opened the dialog, once it is accepted.
        self.landed = self._landed_lines()
