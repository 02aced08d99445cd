"""Reviewing an agreed experiment the PDSA way.

The plan is shown read-only, then what happened, the learning, and a decision (adopt, adapt,
abandon).

The wording gives permission to fail: an experiment that did not go as predicted is still a
result, and dropping one is a choice like any other. The review is written through
``context.ops``; a refused value is shown inline and nothing typed is lost. Before a lock the
words typed so far are kept, never a decision the coach has not made; the form as it was
(choices included) is sealed with the lock and comes back after unlock (``ui/drafts.py``).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from coach_app.services import coachees, experiments
from coach_app.services.access import OpenVault
from coach_app.services.records import ExperimentRecord
from coach_app.ui import drafts
from coach_app.ui.context import AppContext
from coach_app.ui.experiment_common import due_text, note_field, saved_or_shown
from coach_app.ui.labels import bold_label, caption, plain_label

log = logging.getLogger(__name__)


class ExperimentReviewDialog(QDialog):
    """Review an experiment: the plan (read-only), then what happened, the learning, a decision.

    Args:
        context: the app context.
        experiment_id: the experiment to review.
        reviewed_in_session_id: the session in which it is reviewed, if any.
    """

    def __init__(
        self,
        context: AppContext,
        experiment_id: str,
        reviewed_in_session_id: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._experiment_id = experiment_id
        self._reviewed_in = reviewed_in_session_id
        self._touched = False
        self.experiment: ExperimentRecord = experiments.get_experiment(context.vault, experiment_id)
        record = self.experiment
        self.setWindowTitle(self.tr("Review: {title}").format(title=record.title))
        self.setModal(True)
        self.resize(600, 720)

        plan = self._plan_box(record)

        frame = bold_label(self.tr("What happened? What did you learn? Adopt, adapt or abandon?"))
        permission = caption(
            self.tr(
                "An experiment that did not go as predicted is not a failure: "
                "finding that out is what it was for."
            )
        )

        self.outcome_edit = note_field(
            self.tr("What happened? Any surprises?"), self.tr("What happened"), 4
        )
        self.learning_edit = note_field(
            self.tr("What did you learn, compared with the prediction?"),
            self.tr("What did you learn"),
            4,
        )
        self.decision_group = QButtonGroup(self)
        decision_box = self._radio_column(
            self.decision_group, self._decisions(), self.tr("Decision")
        )
        self.status_group = QButtonGroup(self)
        status_box = self._radio_column(self.status_group, self._statuses(), self.tr("Status"))

        self.error_label = plain_label(tone="error")
        self.error_label.setAccessibleName(self.tr("Error"))
        self.error_label.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save review"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence("Ctrl+Return"), self, self.save)

        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        form.addRow(self.tr("What &happened?"), self.outcome_edit)
        form.addRow(self.tr("What did you &learn?"), self.learning_edit)
        choices = QHBoxLayout()
        choices.addLayout(decision_box, 1)
        choices.addLayout(status_box, 1)

        layout = QVBoxLayout(self)
        layout.addWidget(plan)
        layout.addWidget(frame)
        layout.addWidget(permission)
        layout.addLayout(form)
        layout.addLayout(choices)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

        self.outcome_edit.setPlainText(record.outcome)
        self.learning_edit.setPlainText(record.learning)
        self._check(self.decision_group, record.decision or "")
        self._check(self.status_group, record.status if not record.is_open else "done")
        for note in (self.outcome_edit, self.learning_edit):
            note.textChanged.connect(self._mark_touched)

        context.about_to_lock.connect(self._save_before_lock)
        context.signals.vault_locked.connect(self.reject)
        self.outcome_edit.setFocus()
        context.drafts.hold_dialog(self, "review")

    # ---- through a lock ---------------------------------------------------------------------

    def _texts(self) -> dict[str, drafts.TextField]:
        return {"outcome": self.outcome_edit, "learning": self.learning_edit}

    def draft_state(self) -> drafts.State | None:
        """The review as typed and chosen, for a lock to seal (None once closed)."""
        if not self.isVisible():
            return None
        return {
            "experiment_id": self._experiment_id,
            "reviewed_in": self._reviewed_in,
            "texts": drafts.read_texts(self._texts()),
            "decision": self._value(self.decision_group),
            "status": self._value(self.status_group),
            **drafts.focus_state(self, self._texts()),
        }

    def restore_draft(self, state: drafts.State) -> None:
        """Show the review as ``draft_state`` kept it."""
        drafts.write_texts(self._texts(), state.get("texts"))
        self._check(self.decision_group, drafts.text(state, "decision"))
        self._check(self.status_group, drafts.text(state, "status", "done"))
        drafts.restore_focus(self._texts(), state)

    @classmethod
    def from_draft(
        cls, context: AppContext, state: drafts.State, parent: QWidget | None = None
    ) -> ExperimentReviewDialog:
        """The review again after a lock (``NotFound`` if the experiment is gone)."""
        dialog = cls(
            context,
            drafts.text(state, "experiment_id"),
            reviewed_in_session_id=drafts.optional_text(state, "reviewed_in"),
            parent=parent,
        )
        dialog.restore_draft(state)
        return dialog

    def _decisions(self) -> tuple[tuple[str, str], ...]:
        return (
            ("adopt", self.tr("Adopt — it works; keep doing it")),
            ("adapt", self.tr("Adapt — change something and try again")),
            ("abandon", self.tr("Abandon — let it go; what it taught stays")),
            ("", self.tr("Not decided yet")),
        )

    def _statuses(self) -> tuple[tuple[str, str], ...]:
        return (
            ("done", self.tr("Done — it was tried")),
            ("in_progress", self.tr("Still in progress")),
            ("dropped", self.tr("Dropped — not tried or stopped, and that is fine to say")),
        )

    def _plan_box(self, record: ExperimentRecord) -> QFrame:
        plan = QFrame()
        plan.setFrameShape(QFrame.Shape.StyledPanel)
        plan.setAccessibleName(self.tr("The plan"))
        plan_form = QFormLayout(plan)
        plan_form.addRow(bold_label(record.title))
        rows = [
            (self.tr("Goal:"), self._goal_title(record)),
            (self.tr("Prediction:"), record.prediction),
            (self.tr("Action:"), record.action),
            (self.tr("Success signal:"), record.success_signal),
            (self.tr("Due:"), due_text(record, self._context.today())),
        ]
        for label, text in rows:
            if text:
                plan_form.addRow(label, plain_label(text))
        return plan

    def _goal_title(self, record: ExperimentRecord) -> str:
        if not record.goal_id:
            return ""
        goals = coachees.list_goals(self._context.vault, record.coachee_id)
        return next((g.title for g in goals if g.id == record.goal_id), "")

    @staticmethod
    def _radio_column(
        group: QButtonGroup, options: tuple[tuple[str, str], ...], heading: str
    ) -> QVBoxLayout:
        column = QVBoxLayout()
        title = QLabel(heading)
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        column.addWidget(title)
        for value, text in options:
            button = QRadioButton(text)
            button.setProperty("value", value)
            button.setAccessibleName(
                QCoreApplication.translate("ExperimentReviewDialog", "{group}: {option}").format(
                    group=heading, option=text
                )
            )
            group.addButton(button)
            column.addWidget(button)
        column.addStretch(1)
        return column

    @staticmethod
    def _check(group: QButtonGroup, value: str) -> None:
        for button in group.buttons():
            if button.property("value") == value:
                button.setChecked(True)
                return

    @staticmethod
    def _value(group: QButtonGroup) -> str:
        button = group.checkedButton()
        return str(button.property("value")) if button is not None else ""

    def _mark_touched(self) -> None:
        self._touched = True

    def set_choice(self, group: QButtonGroup, value: str) -> None:
        """Check the radio button for ``value`` (used by keyboard shortcuts and tests)."""
        self._check(group, value)

    # ---- saving -----------------------------------------------------------------------------

    def _write_review(self, vault: OpenVault) -> ExperimentRecord:
        return experiments.review_experiment(
            vault,
            self._experiment_id,
            outcome=self.outcome_edit.toPlainText(),
            learning=self.learning_edit.toPlainText(),
            decision=self._value(self.decision_group) or None,
            status=self._value(self.status_group) or "done",
            reviewed_in_session_id=self._reviewed_in,
        )

    def save(self) -> bool:
        """Save the review and close; errors are shown inline and nothing typed is lost."""
        record = saved_or_shown(
            self._context, self._write_review, initiator=self, show=self._show_error
        )
        if record is None:
            return False
        self.experiment = record
        self._touched = False
        self.accept()
        return True

    def _show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.show()

    def _save_before_lock(self) -> None:
        # Keep the words, not a decision: status and decision stay as they were until the
        # coach chooses them.
        if not self.isVisible() or not self._touched:
            return
        outcome = self.outcome_edit.toPlainText()
        learning = self.learning_edit.toPlainText()
        record = self._context.ops.change(
            lambda vault: experiments.update_experiment(
                vault, self._experiment_id, outcome=outcome, learning=learning
            ),
            initiator=self,
            on_failure=_lock_save_failed,
        )
        if record is not None:
            self._touched = False


def _lock_save_failed(error: BaseException) -> None:
    # The dialog closes with the lock either way; the type only (the text may quote a note).
    log.warning("review not saved before the lock: %s", type(error).__name__)
