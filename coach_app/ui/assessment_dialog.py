"""Entering a measure: one form per instrument, a live score, and the licence in plain sight.

* GSE: the ten shipped items with their attribution, a 4-point radio row each.
* Psychological empowerment and team psychological safety: structure-only instruments whose
  item wording the coach enters once per vault (``assessment_wording``); until then the dialog
  opens on the wording page (with the licence note), and the form appears once the wording is
  saved. Safety is labelled as the team climate as the coachee sees it.
* Confidence ruler: one 0–10 rating per active goal (and one overall), with the two prompts.
* Goal Attainment Scaling: a level per active goal, each level shown with the goal's own words.
* Custom metric: one number on the coach's range.

The forms live in ``assessment_forms``. Answers may be left empty where the scoring rule
allows; the preview shows the score as the rule computes it, or the rule's own message, and
Save stays disabled until it can be scored. Saving stores every answer of the form in one
transaction (``services.assessments.record_assessments``: all or nothing) through
``context.ops``, whose broadcast refreshes the chart and the dashboard.

A lock never saves a half-filled form: the answers given so far and the date are sealed with
the lock (``draft_state``, ``ui/drafts.py``) and come back after unlock (``from_draft``).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QAbstractButton,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from coach_app.errors import CoachAppError
from coach_app.services import assessments as assessment_service
from coach_app.services import coachees as coachee_service
from coach_app.services import instrument_settings
from coach_app.services.access import OpenVault
from coach_app.services.records import MeasurementRecord
from coach_app.ui import drafts
from coach_app.ui.assessment_forms import (
    AnswerForm,
    ConfidenceForm,
    GasForm,
    MultiItemForm,
    NumberForm,
    plain_text,
    quiet_text,
)
from coach_app.ui.assessment_wording import ItemWordingDialog, ItemWordingForm
from coach_app.ui.context import AppContext
from coach_app.ui.date_range import apply_date_range
from coach_app.ui.errors import show_error


class AssessmentDialog(QDialog):
    """Enter one administration of an instrument for a coachee (optionally within a session).

    Raises:
        ValidationError: ``instrument_key`` is neither a built-in nor a custom metric of this
            vault (the caller offers only known keys, so this is a bug or a stale menu).
    """

    def __init__(
        self,
        context: AppContext,
        coachee_id: str,
        instrument_key: str,
        parent: QWidget | None = None,
        session_id: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.coachee_id = coachee_id
        self.session_id = session_id
        vault = context.vault
        self.instrument = instrument_settings.instrument_for(vault, instrument_key)
        self.goals = [
            goal
            for goal in coachee_service.list_goals(vault, coachee_id)
            if goal.status == "active"
        ]
        self.form: AnswerForm | None = None
        self.setWindowTitle(self.instrument.name)
        self.setMinimumWidth(560)

        heading = plain_text(self.instrument.name, self)
        heading.setStyleSheet("font-size: 14pt; font-weight: bold;")
        description = plain_text(self.instrument.description, self)
        date_row = self._build_date_row()

        self.stack = QStackedWidget(self)
        self.form_scroll = QScrollArea(self)
        self.form_scroll.setWidgetResizable(True)
        self.form_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.wording: ItemWordingForm | None = None
        if self.instrument.needs_item_wording:
            self.wording = ItemWordingForm(context, self.instrument, self)
            self.wording.saved.connect(self._wording_saved)
            wording_scroll = QScrollArea(self)
            wording_scroll.setWidgetResizable(True)
            wording_scroll.setFrameShape(QFrame.Shape.NoFrame)
            wording_scroll.setWidget(self.wording)
            self.stack.addWidget(wording_scroll)
        self.stack.addWidget(self.form_scroll)

        self.preview_label = plain_text("", self)
        self.preview_label.setAccessibleName(self.tr("Score preview"))
        self.preview_label.setStyleSheet("font-weight: bold;")
        self.credit_label = quiet_text(self._credit(), self)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(description)
        if self.instrument.context_only:
            label = self.instrument.context_label or ""
            context_note = plain_text(
                self.tr(
                    "Context: {label}. Shown beside the progress chart, not as the coachee's "
                    "own progress."
                ).format(label=f"{label[:1].upper()}{label[1:]}"),
                self,
            )
            context_note.setStyleSheet("font-style: italic;")
            layout.addWidget(context_note)
        layout.addLayout(date_row)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.preview_label)
        layout.addWidget(self.credit_label)
        layout.addWidget(self.buttons)
        self.resize(720, 640)

        if self.wording is None:
            self._build_form()
        else:
            self._update_preview()
        context.drafts.hold_dialog(self, "assessment")

    # ------------------------------------------------------------------ through a lock

    def draft_state(self) -> drafts.State | None:
        """The answers given so far and the date, for a lock to seal (None once closed)."""
        if not self.isVisible():
            return None
        return {
            "coachee_id": self.coachee_id,
            "instrument_key": self.instrument.key,
            "session_id": self.session_id,
            "taken_on": self.taken_on.isoformat(),
            "answers": self.form.draft_state() if self.form is not None else {},
        }

    def restore_draft(self, state: drafts.State) -> None:
        """Show the form as ``draft_state`` kept it."""
        taken_on = drafts.day(state, "taken_on")
        if taken_on is not None:
            self.date_edit.setDate(QDate(taken_on.year, taken_on.month, taken_on.day))
        if self.form is not None:
            self.form.restore_draft(drafts.mapping(state, "answers"))
            self._update_preview()

    @classmethod
    def from_draft(
        cls, context: AppContext, state: drafts.State, parent: QWidget | None = None
    ) -> AssessmentDialog:
        """The form again after a lock, for the same coachee, measure and session."""
        dialog = cls(
            context,
            drafts.text(state, "coachee_id"),
            drafts.text(state, "instrument_key"),
            parent,
            session_id=drafts.optional_text(state, "session_id"),
        )
        dialog.restore_draft(state)
        return dialog

    # ------------------------------------------------------------------ building

    def _build_date_row(self) -> QHBoxLayout:
        """The "Taken on" date, today by the context's clock."""
        self.date_edit = QDateEdit(self)
        apply_date_range(self.date_edit)
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("d MMM yyyy")
        today = self.context.today()
        self.date_edit.setDate(QDate(today.year, today.month, today.day))
        self.date_edit.setAccessibleName(self.tr("Date taken"))
        date_row = QHBoxLayout()
        date_row.addWidget(QLabel(self.tr("Taken on"), self))
        date_row.addWidget(self.date_edit)
        date_row.addStretch(1)
        return date_row

    def _credit(self) -> str:
        parts = []
        if self.instrument.attribution:
            parts.append(f"{self.instrument.attribution}.")
        if not self.instrument.is_custom:
            parts.append(self.instrument.licence_note)
        return " ".join(parts)

    def _wording_saved(self, _texts: list[str]) -> None:
        self.instrument = instrument_settings.instrument_for(
            self.context.vault, self.instrument.key
        )
        self._build_form()

    def _build_form(self) -> None:
        instrument = self.instrument
        if instrument.kind == "gas":
            form: AnswerForm = GasForm(self.goals, self)
        elif instrument.key == "confidence":
            form = ConfidenceForm(instrument, self.goals, self)
        elif instrument.kind == "single_rating":
            form = NumberForm(instrument, self)
        else:
            form = MultiItemForm(instrument, self)
        form.changed.connect(self._update_preview)
        self.form = form
        self.form_scroll.setWidget(form)
        self.stack.setCurrentWidget(self.form_scroll)
        self._update_preview()

    # ------------------------------------------------------------------ preview and save

    @property
    def save_button(self) -> QAbstractButton:
        """The Save button (disabled while the answers cannot be scored)."""
        return self.buttons.button(QDialogButtonBox.StandardButton.Save)

    @property
    def taken_on(self) -> date:
        """The date in the date field."""
        day = self.date_edit.date()
        return date(day.year(), day.month(), day.day())

    def _update_preview(self) -> None:
        if self.form is None:
            self.preview_label.setText(self.tr("Enter the item wording first."))
            self.save_button.setEnabled(False)
            return
        ok, text = self.form.preview()
        self.preview_label.setText(text)
        self.save_button.setEnabled(ok)

    def save(self) -> None:
        """Score and store every answer of the form; stay open with the message if refused.

        All or nothing: a refused second goal leaves the first one unsaved too, so the coach
        corrects the form and saves it once.
        """
        if self.form is None:
            return
        answers = self.form.answers_by_goal()
        taken_on = self.taken_on

        def record(vault: OpenVault) -> list[MeasurementRecord]:
            return assessment_service.record_assessments(
                vault,
                self.coachee_id,
                self.instrument.key,
                answers,
                taken_on=taken_on,
                session_id=self.session_id,
            )

        failures: list[BaseException] = []
        self.context.ops.change(record, initiator=self, on_failure=failures.append)
        if failures:
            error = failures[0]
            if isinstance(error, CoachAppError):
                self.preview_label.setText(error.message)
            else:
                show_error(self, error)
            return
        self.accept()


__all__ = [
    "AssessmentDialog",
    "ConfidenceForm",
    "GasForm",
    "ItemWordingDialog",
    "ItemWordingForm",
    "MultiItemForm",
    "NumberForm",
]
