"""Agreed experiments: agree one, or edit its plan.

The review the PDSA way lives in ``experiment_review`` and the overdue list in
``experiment_overdue``.

An experiment is a small thing the coachee will try before the next session, with a written
prediction, so the review can compare what happened with what was expected.

The dialogs write through ``context.ops`` (the change is broadcast once, so the lists and the
session editor refresh themselves); a ``ValidationError`` is shown inline in the dialog, which
stays open with everything typed. When the vault is about to lock, a dialog with typed text
saves what it can first (docs/security.md 13, only what its Save would save); then the form,
as typed, is sealed with the lock (``draft_state``, ``ui/drafts.py``) and the dialog closes.
After unlock it comes back with its text (``from_draft``); a plan saved before the lock is
then edited, not created twice.

The review and overdue dialogs and ``due_text`` are importable from here as well.
"""

from __future__ import annotations

import logging
from datetime import timedelta

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from coach_app import marks
from coach_app.services import coachees, experiments
from coach_app.services.access import OpenVault
from coach_app.services.records import ExperimentRecord, GoalRecord
from coach_app.ui import drafts
from coach_app.ui.context import AppContext
from coach_app.ui.date_range import apply_date_range
from coach_app.ui.experiment_common import due_text, note_field, pydate, qdate, saved_or_shown
from coach_app.ui.experiment_overdue import OverdueExperimentsDialog
from coach_app.ui.experiment_review import ExperimentReviewDialog
from coach_app.ui.labels import caption, plain_label

log = logging.getLogger(__name__)

DEFAULT_DUE_DAYS = 14
TITLE_LIMIT = 300


class ExperimentDialog(QDialog):
    """Agree a new experiment, or edit the plan of an existing one.

    Args:
        context: the app context (vault, operations, clock).
        coachee_id: whose experiment it is.
        prefill_title / prefill_action: text taken from the session notes (Ctrl+E).
        preselect_only_goal: a new experiment starts on the coachee's goal when there is
            exactly one active goal (an experiment mark: nothing to choose, nothing to type).
        agreed_in_session_id: the session it is agreed in.
        experiment_id: edit this experiment instead of creating one.
    """

    def __init__(
        self,
        context: AppContext,
        coachee_id: str,
        parent: QWidget | None = None,
        *,
        prefill_title: str = "",
        prefill_action: str = "",
        agreed_in_session_id: str | None = None,
        experiment_id: str | None = None,
        preselect_only_goal: bool = False,
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._coachee_id = coachee_id
        self._experiment_id = experiment_id
        self._agreed_in = agreed_in_session_id
        self._touched = False
        self.experiment: ExperimentRecord | None = None  # the saved record, after Save

        self.setWindowTitle(
            self.tr("Edit experiment") if experiment_id else self.tr("Agree an experiment")
        )
        self.setModal(True)
        self.resize(560, 600)

        intro = caption(
            self.tr(
                "A small step to try before the next session. Writing the prediction down "
                "makes the review a real comparison."
            )
        )
        self.title_edit = QLineEdit()
        self.title_edit.setMaxLength(TITLE_LIMIT)
        self.title_edit.setPlaceholderText(self.tr("e.g. Say no to one meeting a week"))
        self.title_edit.setAccessibleName(self.tr("Experiment title"))
        self.goal_combo = QComboBox()
        self.goal_combo.setAccessibleName(self.tr("Goal"))
        self.prediction_edit = note_field(
            self.tr("e.g. They will push back at first, then nobody will miss it"),
            self.tr("Prediction"),
        )
        self.action_edit = note_field(
            self.tr("What exactly will be tried, and when?"), self.tr("Action")
        )
        self.signal_edit = note_field(
            self.tr("How will you notice it worked?"), self.tr("Success signal"), 2
        )
        self.due_edit = QDateEdit()
        apply_date_range(self.due_edit)
        self.due_edit.setCalendarPopup(True)
        self.due_edit.setDisplayFormat("yyyy-MM-dd")
        self.due_edit.setAccessibleName(self.tr("Due date"))
        self.due_check = QCheckBox(self.tr("Due by"))
        self.due_check.setChecked(True)
        self.due_check.setAccessibleName(self.tr("Has a due date"))
        self.due_check.toggled.connect(self.due_edit.setEnabled)
        due_row = QHBoxLayout()
        due_row.addWidget(self.due_check)
        due_row.addWidget(self.due_edit)
        due_row.addStretch(1)

        self.error_label = plain_label(tone="error")
        self.error_label.setAccessibleName(self.tr("Error"))
        self.error_label.hide()

        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        form.addRow(self.tr("&Title"), self.title_edit)
        form.addRow(self.tr("&Goal (optional)"), self.goal_combo)
        form.addRow(self.tr("&Prediction — what do you expect will happen?"), self.prediction_edit)
        form.addRow(self.tr("&Action"), self.action_edit)
        form.addRow(self.tr("&Success signal"), self.signal_edit)
        form.addRow(due_row)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence("Ctrl+Return"), self, self.save)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

        self._fill(prefill_title, prefill_action, preselect_only_goal)
        self.title_edit.textEdited.connect(self._mark_touched)
        for note in (self.prediction_edit, self.action_edit, self.signal_edit):
            note.textChanged.connect(self._mark_touched)

        context.about_to_lock.connect(self._save_before_lock)
        context.signals.vault_locked.connect(self.reject)
        self.title_edit.setFocus()
        context.drafts.hold_dialog(self, "experiment")

    # ---- through a lock ---------------------------------------------------------------------

    def _texts(self) -> dict[str, drafts.TextField]:
        return {
            "title": self.title_edit,
            "prediction": self.prediction_edit,
            "action": self.action_edit,
            "signal": self.signal_edit,
        }

    def draft_state(self) -> drafts.State | None:
        """The plan as typed, for a lock to seal (None once closed)."""
        if not self.isVisible():
            return None
        return {
            "coachee_id": self._coachee_id,
            "experiment_id": self._experiment_id,
            "agreed_in": self._agreed_in,
            "texts": drafts.read_texts(self._texts()),
            "goal_id": self.goal_combo.currentData() or "",
            "due_on": pydate(self.due_edit.date()).isoformat(),
            "has_due": self.due_check.isChecked(),
            "touched": self._touched,
            **drafts.focus_state(self, self._texts()),
        }

    def restore_draft(self, state: drafts.State) -> None:
        """Show the plan as ``draft_state`` kept it."""
        drafts.write_texts(self._texts(), state.get("texts"))
        self.goal_combo.setCurrentIndex(
            max(0, self.goal_combo.findData(drafts.text(state, "goal_id")))
        )
        due = drafts.day(state, "due_on")
        if due is not None:
            self.due_edit.setDate(qdate(due))
        self.due_check.setChecked(state.get("has_due") is not False)
        self._touched = state.get("touched") is True
        drafts.restore_focus(self._texts(), state)

    @classmethod
    def from_draft(
        cls, context: AppContext, state: drafts.State, parent: QWidget | None = None
    ) -> ExperimentDialog:
        """The dialog again after a lock (``NotFound`` if its experiment is gone)."""
        dialog = cls(
            context,
            drafts.text(state, "coachee_id"),
            parent,
            agreed_in_session_id=drafts.optional_text(state, "agreed_in"),
            experiment_id=drafts.optional_text(state, "experiment_id"),
        )
        dialog.restore_draft(state)
        return dialog

    @classmethod
    def from_mark(
        cls,
        context: AppContext,
        coachee_id: str,
        text: str,
        parent: QWidget | None = None,
        *,
        agreed_in_session_id: str | None = None,
    ) -> ExperimentDialog:
        """The card for an experiment mark.

        The title is never cut mid-phrase, the whole text is the action, and the goal is
        chosen when the coachee has exactly one active goal.
        """
        return cls(
            context,
            coachee_id,
            parent,
            prefill_title=marks.experiment_title(text),
            prefill_action=text,
            agreed_in_session_id=agreed_in_session_id,
            preselect_only_goal=True,
        )

    # ---- filling ----------------------------------------------------------------------------

    def _fill(self, prefill_title: str, prefill_action: str, only_goal: bool = False) -> None:
        vault = self._context.vault
        current: ExperimentRecord | None = None
        if self._experiment_id:
            current = experiments.get_experiment(vault, self._experiment_id)
            self._coachee_id = current.coachee_id
        goals = coachees.list_goals(vault, self._coachee_id)
        self._fill_goals(goals, current.goal_id if current else None)
        default_due = qdate(self._context.today() + timedelta(DEFAULT_DUE_DAYS))
        if current is None:
            active = [g for g in goals if g.status == "active"]
            if only_goal and len(active) == 1:
                self.goal_combo.setCurrentIndex(max(0, self.goal_combo.findData(active[0].id)))
            self.title_edit.setText(prefill_title[:TITLE_LIMIT])
            self.action_edit.setPlainText(prefill_action)
            self.due_edit.setDate(default_due)
            return
        self.title_edit.setText(current.title)
        self.prediction_edit.setPlainText(current.prediction)
        self.action_edit.setPlainText(current.action)
        self.signal_edit.setPlainText(current.success_signal)
        if current.due_on is None:
            self.due_check.setChecked(False)
            self.due_edit.setDate(default_due)
        else:
            self.due_edit.setDate(qdate(current.due_on))

    def _fill_goals(self, goals: list[GoalRecord], selected: str | None) -> None:
        self.goal_combo.addItem(self.tr("No particular goal"), "")
        for goal in goals:
            if goal.status == "dropped" and goal.id != selected:
                continue
            if goal.status == "active":
                text = goal.title
            else:
                text = self.tr("{title} ({status})").format(
                    title=goal.title, status=self._goal_status(goal.status)
                )
            self.goal_combo.addItem(text, goal.id)
        if selected:
            self.goal_combo.setCurrentIndex(max(0, self.goal_combo.findData(selected)))

    def _goal_status(self, status: str) -> str:
        names = {
            "achieved": self.tr("achieved"),
            "dropped": self.tr("dropped"),
        }
        return names.get(status, status)

    def _mark_touched(self, *_args: object) -> None:
        self._touched = True

    # ---- saving -----------------------------------------------------------------------------

    def values(self) -> dict[str, object]:
        """The fields as the services take them."""
        return {
            "title": self.title_edit.text(),
            "goal_id": self.goal_combo.currentData() or None,
            "prediction": self.prediction_edit.toPlainText(),
            "action": self.action_edit.toPlainText(),
            "success_signal": self.signal_edit.toPlainText(),
            "due_on": pydate(self.due_edit.date()) if self.due_check.isChecked() else None,
        }

    def _write(self, vault: OpenVault) -> ExperimentRecord:
        values = self.values()
        if self._experiment_id:
            return experiments.update_experiment(vault, self._experiment_id, **values)
        return experiments.create_experiment(
            vault, self._coachee_id, agreed_in_session_id=self._agreed_in, **values
        )

    def save(self) -> bool:
        """Save and close; on a refused value, say why inline and keep everything typed."""
        record = saved_or_shown(self._context, self._write, initiator=self, show=self._refused)
        if record is None:
            return False
        self._done(record)
        self.accept()
        return True

    def _refused(self, message: str) -> None:
        self.show_error(message)
        if "title" in message.lower():
            self.title_edit.setFocus()

    def _done(self, record: ExperimentRecord) -> None:
        self.experiment = record
        self._experiment_id = record.id
        self._touched = False

    def show_error(self, message: str) -> None:
        """Show a message a person can act on, above the buttons."""
        self.error_label.setText(message)
        self.error_label.show()

    def _save_before_lock(self) -> None:
        # A plan that has a title is worth keeping; without one the services would refuse it.
        if not self.isVisible() or not self._touched or not self.title_edit.text().strip():
            return
        record = self._context.ops.change(self._write, initiator=self, on_failure=_lock_save_failed)
        if record is not None:
            self._done(record)


def _lock_save_failed(error: BaseException) -> None:
    # The dialog closes with the lock either way; the type only (the text may quote a note).
    log.warning("experiment not saved before the lock: %s", type(error).__name__)


__all__ = [
    "DEFAULT_DUE_DAYS",
    "ExperimentDialog",
    "ExperimentReviewDialog",
    "OverdueExperimentsDialog",
    "due_text",
]
