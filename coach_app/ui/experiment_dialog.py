"""Agreed experiments: agree one, review it the PDSA way, and see which are overdue.

An experiment is a small thing the coachee will try before the next session, with a written
prediction, so the review can compare what happened with what was expected. The review wording
gives permission to fail: an experiment that did not go as predicted is still a result.

Dialogs save through the services and announce ``experiments_changed``; a ``ValidationError``
is shown inline in the dialog, which stays open with everything typed. When the vault is about
to lock, a dialog with typed text saves what it can first (SECURITY.md 13), then closes.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, QEvent, QModelIndex, QObject, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QRadioButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from coach_app.errors import CoachAppError
from coach_app.services import coachees, experiments
from coach_app.services.records import ExperimentRecord, GoalRecord
from coach_app.ui.clipboard import NoteTextEdit
from coach_app.ui.context import AppContext
from coach_app.ui.labels import bold_label, caption, plain_label
from coach_app.ui.session_models import OverdueExperimentsModel

DEFAULT_DUE_DAYS = 14
TITLE_LIMIT = 300

DECISIONS = (
    ("adopt", "Adopt — it works; keep doing it"),
    ("adapt", "Adapt — change something and try again"),
    ("abandon", "Abandon — let it go; what it taught stays"),
    ("", "Not decided yet"),
)
STATUSES = (
    ("done", "Done — it was tried"),
    ("in_progress", "Still in progress"),
    ("dropped", "Dropped — not tried or stopped, and that is fine to say"),
)


def due_text(record: ExperimentRecord, today: date) -> str:
    """'due 14 Mar', 'due today' or '3 days overdue' (no blame in the wording)."""
    if record.due_on is None:
        return "no due date"
    days = (today - record.due_on).days
    if days > 0:
        return f"{days} day{'s' if days != 1 else ''} past due"
    if days == 0:
        return "due today"
    return f"due {record.due_on.day} {record.due_on:%b %Y}"


def _note_field(placeholder: str, name: str, lines: int = 3) -> NoteTextEdit:
    edit = NoteTextEdit()
    edit.setPlaceholderText(placeholder)
    edit.setAccessibleName(name)
    height = edit.fontMetrics().lineSpacing() * lines + 16
    edit.setMinimumHeight(height)
    edit.setMaximumHeight(height * 2)
    return edit


# ---- create / edit --------------------------------------------------------------------------


class ExperimentDialog(QDialog):
    """Agree a new experiment, or edit the plan of an existing one.

    Args:
        context: the app context (vault, signals, clock).
        coachee_id: whose experiment it is.
        prefill_title / prefill_action: text taken from the session notes (Ctrl+E).
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
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._coachee_id = coachee_id
        self._experiment_id = experiment_id
        self._agreed_in = agreed_in_session_id
        self._touched = False
        self.experiment: ExperimentRecord | None = None  # the saved record, after Save

        self.setWindowTitle("Edit experiment" if experiment_id else "Agree an experiment")
        self.setModal(True)
        self.resize(560, 600)

        intro = caption(
            "A small step to try before the next session. Writing the prediction down "
            "makes the review a real comparison."
        )
        self.title_edit = QLineEdit()
        self.title_edit.setMaxLength(TITLE_LIMIT)
        self.title_edit.setPlaceholderText("e.g. Say no to one meeting a week")
        self.title_edit.setAccessibleName("Experiment title")
        self.goal_combo = QComboBox()
        self.goal_combo.setAccessibleName("Goal")
        self.prediction_edit = _note_field(
            "e.g. They will push back at first, then nobody will miss it", "Prediction"
        )
        self.action_edit = _note_field("What exactly will be tried, and when?", "Action")
        self.signal_edit = _note_field("How will you notice it worked?", "Success signal", 2)
        self.due_edit = QDateEdit()
        self.due_edit.setCalendarPopup(True)
        self.due_edit.setDisplayFormat("yyyy-MM-dd")
        self.due_edit.setAccessibleName("Due date")
        self.due_check = QCheckBox("Due by")
        self.due_check.setChecked(True)
        self.due_check.setAccessibleName("Has a due date")
        self.due_check.toggled.connect(self.due_edit.setEnabled)
        due_row = QHBoxLayout()
        due_row.addWidget(self.due_check)
        due_row.addWidget(self.due_edit)
        due_row.addStretch(1)

        self.error_label = plain_label(tone="error")
        self.error_label.setAccessibleName("Error")
        self.error_label.hide()

        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        form.addRow("&Title", self.title_edit)
        form.addRow("&Goal (optional)", self.goal_combo)
        form.addRow("&Prediction — what do you expect will happen?", self.prediction_edit)
        form.addRow("&Action", self.action_edit)
        form.addRow("&Success signal", self.signal_edit)
        form.addRow(due_row)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence("Ctrl+Return"), self, activated=self.save)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

        self._fill(prefill_title, prefill_action)
        for field in (self.title_edit,):
            field.textEdited.connect(self._mark_touched)
        for note in (self.prediction_edit, self.action_edit, self.signal_edit):
            note.textChanged.connect(self._mark_touched)

        context.about_to_lock.connect(self._save_before_lock)
        context.signals.vault_locked.connect(self.reject)
        self.title_edit.setFocus()

    # ---- filling ----------------------------------------------------------------------------

    def _fill(self, prefill_title: str, prefill_action: str) -> None:
        vault = self._context.vault
        current: ExperimentRecord | None = None
        if self._experiment_id:
            current = experiments.get_experiment(vault, self._experiment_id)
            self._coachee_id = current.coachee_id
        goals = coachees.list_goals(vault, self._coachee_id)
        self._fill_goals(goals, current.goal_id if current else None)
        if current is None:
            self.title_edit.setText(prefill_title[:TITLE_LIMIT])
            self.action_edit.setPlainText(prefill_action)
            self.due_edit.setDate(_qdate(self._context.today() + timedelta(DEFAULT_DUE_DAYS)))
            return
        self.title_edit.setText(current.title)
        self.prediction_edit.setPlainText(current.prediction)
        self.action_edit.setPlainText(current.action)
        self.signal_edit.setPlainText(current.success_signal)
        if current.due_on is None:
            self.due_check.setChecked(False)
            self.due_edit.setDate(_qdate(self._context.today() + timedelta(DEFAULT_DUE_DAYS)))
        else:
            self.due_edit.setDate(_qdate(current.due_on))

    def _fill_goals(self, goals: list[GoalRecord], selected: str | None) -> None:
        self.goal_combo.addItem("No particular goal", "")
        for goal in goals:
            if goal.status == "dropped" and goal.id != selected:
                continue
            suffix = "" if goal.status == "active" else f" ({goal.status})"
            self.goal_combo.addItem(goal.title + suffix, goal.id)
        if selected:
            self.goal_combo.setCurrentIndex(max(0, self.goal_combo.findData(selected)))

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
            "due_on": _pydate(self.due_edit.date()) if self.due_check.isChecked() else None,
        }

    def _write(self) -> ExperimentRecord:
        vault = self._context.vault
        if self._experiment_id:
            return experiments.update_experiment(vault, self._experiment_id, **self.values())
        return experiments.create_experiment(
            vault, self._coachee_id, agreed_in_session_id=self._agreed_in, **self.values()
        )

    def save(self) -> bool:
        """Save and close; on a refused value, say why inline and keep everything typed."""
        try:
            record = self._write()
        except CoachAppError as exc:
            self.show_error(exc.message)
            if "title" in exc.message.lower():
                self.title_edit.setFocus()
            return False
        self._done(record)
        self.accept()
        return True

    def _done(self, record: ExperimentRecord) -> None:
        self.experiment = record
        self._experiment_id = record.id
        self._touched = False
        self._context.signals.experiments_changed.emit(record.coachee_id)

    def show_error(self, message: str) -> None:
        """Show a message a person can act on, above the buttons."""
        self.error_label.setText(message)
        self.error_label.show()

    def _save_before_lock(self) -> None:
        # A plan that has a title is worth keeping; without one the services would refuse it.
        if not self.isVisible() or not self._touched or not self.title_edit.text().strip():
            return
        try:
            self._done(self._write())
        except CoachAppError:
            return


# ---- review ---------------------------------------------------------------------------------


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
        self.setWindowTitle(f"Review: {record.title}")
        self.setModal(True)
        self.resize(600, 720)

        plan = self._plan_box(record)

        frame = bold_label("What happened? What did you learn? Adopt, adapt or abandon?")
        permission = caption(
            "An experiment that did not go as predicted is not a failure: "
            "finding that out is what it was for."
        )

        self.outcome_edit = _note_field("What happened? Any surprises?", "What happened", 4)
        self.learning_edit = _note_field(
            "What did you learn, compared with the prediction?", "What did you learn", 4
        )
        self.decision_group = QButtonGroup(self)
        decision_box = self._radio_column(self.decision_group, DECISIONS, "Decision")
        self.status_group = QButtonGroup(self)
        status_box = self._radio_column(self.status_group, STATUSES, "Status")

        self.error_label = plain_label(tone="error")
        self.error_label.setAccessibleName("Error")
        self.error_label.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText("Save review")
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence("Ctrl+Return"), self, activated=self.save)

        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        form.addRow("What &happened?", self.outcome_edit)
        form.addRow("What did you &learn?", self.learning_edit)
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

    def _plan_box(self, record: ExperimentRecord) -> QFrame:
        plan = QFrame()
        plan.setFrameShape(QFrame.Shape.StyledPanel)
        plan.setAccessibleName("The plan")
        plan_form = QFormLayout(plan)
        plan_form.addRow(bold_label(record.title))
        rows = [
            ("Goal", self._goal_title(record)),
            ("Prediction", record.prediction),
            ("Action", record.action),
            ("Success signal", record.success_signal),
            ("Due", due_text(record, self._context.today())),
        ]
        for label, text in rows:
            if text:
                plan_form.addRow(f"{label}:", plain_label(text))
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
            button.setAccessibleName(f"{heading}: {text}")
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

    def save(self) -> bool:
        """Save the review and close; errors are shown inline and nothing typed is lost."""
        try:
            record = experiments.review_experiment(
                self._context.vault,
                self._experiment_id,
                outcome=self.outcome_edit.toPlainText(),
                learning=self.learning_edit.toPlainText(),
                decision=self._value(self.decision_group) or None,
                status=self._value(self.status_group) or "done",
                reviewed_in_session_id=self._reviewed_in,
            )
        except CoachAppError as exc:
            self.error_label.setText(exc.message)
            self.error_label.show()
            return False
        self.experiment = record
        self._touched = False
        self._context.signals.experiments_changed.emit(record.coachee_id)
        self.accept()
        return True

    def _save_before_lock(self) -> None:
        # Keep the words, not a decision: status and decision stay as they were until the
        # coach chooses them.
        if not self.isVisible() or not self._touched:
            return
        try:
            experiments.update_experiment(
                self._context.vault,
                self._experiment_id,
                outcome=self.outcome_edit.toPlainText(),
                learning=self.learning_edit.toPlainText(),
            )
        except CoachAppError:
            return
        self._touched = False
        self._context.signals.experiments_changed.emit(self.experiment.coachee_id)


# ---- overdue --------------------------------------------------------------------------------


class OverdueExperimentsDialog(QDialog):
    """Open experiments past their due date, across coachees; Enter opens the coachee."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.setWindowTitle("Overdue experiments")
        self.resize(720, 420)

        intro = caption(
            "Open experiments past their due date: a reminder to ask how they went. "
            "Press Enter to open the coachee."
        )
        self.model = OverdueExperimentsModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName("Overdue experiments")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        self.table.activated.connect(self.open_index)
        self.table.installEventFilter(self)
        self.empty_label = plain_label("Nothing is overdue.", tone="muted")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.open_button = self.buttons.addButton(
            "&Open coachee", QDialogButtonBox.ButtonRole.ActionRole
        )
        self.open_button.clicked.connect(lambda: self.open_index(self.table.currentIndex()))
        self.buttons.rejected.connect(self.reject)
        for button in self.buttons.buttons():
            button.setAutoDefault(False)  # Enter belongs to the table

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.buttons)

        context.signals.experiments_changed.connect(self.refresh)
        context.signals.vault_locked.connect(self._on_locked)
        self.refresh()
        self.table.setFocus()

    def refresh(self, *_args: object) -> None:
        """Ask the services again (after a review, or when the day has changed)."""
        if not self._context.is_unlocked:
            return
        today = self._context.today()
        try:
            rows = experiments.overdue_experiments(self._context.vault, today=today)
        except CoachAppError as exc:
            self.empty_label.setText(exc.message)
            self.empty_label.show()
            return
        self.model.set_rows(rows, today)
        self.empty_label.setVisible(not rows)
        self.open_button.setEnabled(bool(rows))
        if rows:
            self.table.setCurrentIndex(self.model.index(0, 0))

    def open_index(self, index: QModelIndex) -> None:
        """Show the coachee of this row and close."""
        record = self.model.record_for(index)
        if record is None:
            return
        self._context.nav.open_coachee(record.coachee_id)
        self.accept()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter on the table opens the row (and does not also press a dialog button)."""
        if (
            watched is self.table
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)  # type: ignore[attr-defined]
        ):
            self.open_index(self.table.currentIndex())
            return True
        return super().eventFilter(watched, event)

    def _on_locked(self) -> None:
        self.model.clear()
        self.reject()


def _qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def _pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())
