"""One round of a group session in the editor: the case-giver, the template's fields, a rating.

The texts are laid out in the template's order with its labels and hints
(``group_rules.round_layout``); the line under the fields says plainly what saving the round
puts on the case-giver's own record, because the coach should never be surprised by it: an
action becomes an experiment, an insight an entry of their learning log, a rating a
confidence measurement; a person known by name only has no record, so nothing lands anywhere.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from coach_app.services import group_rules as rules
from coach_app.services.group_records import MemberRecord, RoundRecord
from coach_app.ui.session_marks import MarkKeys, install_marks

NO_RATING = -1  # the spin box's special value: no rating given


class RoundBox(QGroupBox):
    """The editor of one round; ``fields()`` gives what ``save_round`` takes."""

    remove_requested = Signal(object)  # this box

    def __init__(
        self,
        number: int,
        template: str,
        members: tuple[MemberRecord, ...],
        record: RoundRecord | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.record = record
        self.round_id = record.id if record is not None else None
        self._members = {m.id: m for m in members}
        self.case_giver = QComboBox()
        self.case_giver.addItem(self.tr("— choose who brings the case —"), None)
        for m in members:
            self.case_giver.addItem(m.name, m.id)
        if record is not None and record.former_participant:
            self.case_giver.addItem(record.case_giver, None)
        self.case_giver.setAccessibleName(self.tr("Case-giver"))
        self.rating = QSpinBox()
        self.rating.setRange(NO_RATING, 10)
        self.rating.setSpecialValueText(self.tr("No rating"))
        self.rating.setValue(NO_RATING)
        self.rating.setAccessibleName(self.tr("Confidence in the action (0–10)"))
        self.remove_button = QPushButton(self.tr("Remove round"))
        self.remove_button.clicked.connect(lambda: self.remove_requested.emit(self))
        self.edits: dict[str, QPlainTextEdit] = {}
        self._marks: MarkKeys | None = None
        self.landing = QLabel()
        self.landing.setWordWrap(True)
        self.landing.setAccessibleName(self.tr("What lands on the case-giver's record"))
        self._form = QFormLayout()
        self._form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Case-giver")))
        top.addWidget(self.case_giver, 1)
        top.addWidget(QLabel(self.tr("Confidence (0–10)")))
        top.addWidget(self.rating)
        top.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(self._form)
        layout.addWidget(self.landing)
        self.set_number(number)
        self.set_template(template)
        if record is not None:
            self._fill(record)
        self.case_giver.currentIndexChanged.connect(self._update_landing)
        self._update_landing()

    def set_number(self, number: int) -> None:
        """Title the box "Round n"."""
        self.setTitle(self.tr("Round {n}").format(n=number))

    def set_template(self, template: str) -> None:
        """Lay the texts out in ``template``'s order, keeping whatever was typed."""
        typed = {key: edit.toPlainText() for key, edit in self.edits.items()}
        while self._form.rowCount():
            self._form.removeRow(0)
        self.edits = {}
        if self._marks is not None:
            self._marks.deleteLater()
        for spec in rules.round_layout(template):
            edit = QPlainTextEdit()
            edit.setTabChangesFocus(True)
            edit.setPlaceholderText(spec.hint)
            edit.setToolTip(spec.hint)
            edit.setAccessibleName(spec.label)
            edit.setFixedHeight(52)
            edit.setPlainText(typed.get(spec.field, ""))
            self._form.addRow(spec.label, edit)
            self.edits[spec.field] = edit
        # Marks while listening work in a round as in a 1:1 (Ctrl+1..4); an experiment mark
        # becomes the round's action when there is none yet, so it lands on the case-giver's
        # record as their experiment.
        self._marks = install_marks(
            self.edits.values(), on_experiment=self._experiment_marked, parent=self
        )

    def _experiment_marked(self, text: str) -> None:
        action = self.edits.get("action")
        if action is not None and not action.toPlainText().strip():
            action.setPlainText(text)

    def _fill(self, r: RoundRecord) -> None:
        index = self.case_giver.findData(r.case_giver_id) if r.case_giver_id else -1
        if r.former_participant:
            index = self.case_giver.count() - 1
        self.case_giver.setCurrentIndex(max(0, index))
        for field, edit in self.edits.items():
            edit.setPlainText(str(getattr(r, field)))
        self.rating.setValue(NO_RATING if r.rating is None else round(r.rating))

    def case_giver_id(self) -> str | None:
        """The member chosen as case-giver, if any."""
        value = self.case_giver.currentData()
        return str(value) if value else None

    def set_case_giver(self, member_id: str) -> None:
        """Choose a member as case-giver."""
        self.case_giver.setCurrentIndex(max(0, self.case_giver.findData(member_id)))

    def set_text(self, field: str, text: str) -> None:
        """Type ``text`` into ``field`` (tests, and restoring a draft)."""
        self.edits[field].setPlainText(text)

    def fields(self) -> dict[str, Any]:
        """The round as ``add_round``/``save_round`` keyword arguments."""
        out: dict[str, Any] = {key: edit.toPlainText() for key, edit in self.edits.items()}
        rating = self.rating.value()
        out["rating"] = None if rating == NO_RATING else rating
        chosen = self.case_giver_id()
        keeps_former = self.record is not None and self.record.former_participant
        if chosen is not None or not keeps_former:  # an erased case-giver's round stays theirs
            out["case_giver_id"] = chosen
        return out

    def landing_text(self) -> str:
        """What saving this round puts on the case-giver's record, in plain words."""
        member = self._members.get(self.case_giver_id() or "")
        if member is None:
            return self.tr("Choose who brought the case: their action, insight and rating follow.")
        if not member.is_coachee:
            return self.tr(
                "{name} is not a coachee of this vault: the round stays in the group's record "
                "and nothing lands on anyone's record."
            ).format(name=member.name)
        return self.tr(
            "The action becomes an experiment on {name}'s record, the insight an entry of "
            "{name}'s learning log, the rating a confidence measurement."
        ).format(name=member.name)

    def _update_landing(self) -> None:
        self.landing.setText(self.landing_text())
