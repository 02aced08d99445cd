"""Entering a measure: one form per instrument, a live score, and the licence in plain sight.

* GSE: the ten shipped items with their attribution, a 4-point radio row each.
* Psychological empowerment and team psychological safety: structure-only instruments whose
  item wording the coach enters once per vault; until then the dialog opens on a wording page
  (with the licence note), and the form appears once the wording is saved. Safety is labelled
  as the team climate as the coachee sees it.
* Confidence ruler: one 0–10 rating per active goal (and one overall), with the two prompts.
* Goal Attainment Scaling: a level per active goal, each level shown with the goal's own words.
* Custom metric: one number on the coach's range.

Answers may be left empty where the scoring rule allows; the preview shows the score as the
rule computes it, or the rule's own message, and Save stays disabled until it can be scored.
Saving goes through ``services.progress.record_assessment`` and announces
``measurements_changed`` so the chart and the dashboard refresh themselves.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date
from typing import Final

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from coach_app.errors import CoachAppError, ValidationError
from coach_app.instruments import scoring
from coach_app.instruments.definitions import Instrument
from coach_app.services import coachees as coachee_service
from coach_app.services import progress as progress_service
from coach_app.services.records import GoalRecord
from coach_app.ui.context import AppContext
from coach_app.ui.labels import plain_label, set_tone
from coach_app.ui.progress_models import attention_colour

log = logging.getLogger(__name__)

NO_ANSWER: Final = "–"
# Button id of "no answer" in a row; -1 would make Qt pick an id itself.
_SKIP_ID: Final = 1000
LEVEL_NAMES: Final = {
    -2: "−2 much less than expected",
    -1: "−1 less than expected",
    0: "0 expected outcome",
    1: "+1 more than expected",
    2: "+2 much more than expected",
}


def _note(text: str, parent: QWidget) -> QLabel:
    """Secondary text (scale anchors, licence, prompts) in the palette's quieter colour."""
    label = _plain(text, parent)
    set_tone(label, "muted")
    return label


def _plain(text: str, parent: QWidget) -> QLabel:
    label = plain_label(text)
    label.setParent(parent)
    return label


# --------------------------------------------------------------------------- item wording


class ItemWordingForm(QWidget):
    """The coach types the wording of a structure-only instrument once per vault.

    Signals:
        saved: the wording was stored (the list of texts).
    """

    saved = Signal(list)

    def __init__(self, context: AppContext, instrument: Instrument, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.instrument = instrument
        intro = _plain(
            f"{instrument.name} ships without its item wording. Enter the wording of each "
            "item once for this vault (from your licensed copy of the questionnaire); it is "
            "stored encrypted with your notes and used for every coachee.",
            self,
        )
        licence = _note(f"Licence: {instrument.licence_note}\nSource: {instrument.source}", self)
        form = QFormLayout()
        self.edits: list[QLineEdit] = []
        existing = progress_service.item_wording(context.vault, instrument.key) or []
        for item in instrument.items:
            edit = QLineEdit(self)
            edit.setMaxLength(500)
            if item.number <= len(existing):
                edit.setText(existing[item.number - 1])
            part = f" ({self._subscale_label(item.subscale)})" if item.subscale else ""
            reversed_note = " (scored reversed)" if item.reversed else ""
            edit.setAccessibleName(f"Wording of item {item.number}")
            form.addRow(f"Item {item.number}{part}{reversed_note}", edit)
            self.edits.append(edit)
        self.error_label = _plain("", self)
        palette = self.error_label.palette()
        palette.setColor(QPalette.ColorRole.WindowText, attention_colour(palette))
        self.error_label.setPalette(palette)
        self.save_button = QPushButton("Save wording", self)
        self.save_button.setAutoDefault(False)
        self.save_button.clicked.connect(self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(licence)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignRight)

    def _subscale_label(self, key: str | None) -> str:
        return self.instrument.subscale(key).label if key else ""

    def texts(self) -> list[str]:
        """What the coach typed, in item order."""
        return [edit.text() for edit in self.edits]

    def save(self) -> bool:
        """Store the wording; show the problem instead when an item is empty."""
        try:
            texts = progress_service.set_item_wording(
                self.context.vault, self.instrument.key, self.texts()
            )
        except ValidationError as exc:
            self.error_label.setText(exc.message)
            return False
        self.error_label.clear()
        self.saved.emit(texts)
        return True


class ItemWordingDialog(QDialog):
    """The wording form on its own (e.g. from the settings to correct a typo)."""

    def __init__(self, context: AppContext, instrument_key: str, parent: QWidget | None = None):
        super().__init__(parent)
        instrument = progress_service.instrument_for(context.vault, instrument_key)
        self.setWindowTitle(f"{instrument.name}: item wording")
        self.form = ItemWordingForm(context, instrument, self)
        self.form.saved.connect(lambda _texts: self.accept())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(buttons)


# --------------------------------------------------------------------------- forms


class _Form(QWidget):
    """A form for one instrument: ``preview()`` says what would be saved, ``save()`` saves it."""

    changed = Signal()

    def preview(self) -> tuple[bool, str]:
        """(can be saved, text for the preview line)."""
        raise NotImplementedError

    def save(self, record: Callable[..., object]) -> None:
        """Record every measurement through ``record(answers, goal_id=...)``."""
        raise NotImplementedError


class MultiItemForm(_Form):
    """Radio rows for a questionnaire; the first button of each row means "no answer"."""

    def __init__(self, instrument: Instrument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.instrument = instrument
        scale = instrument.response_scale
        self.values = list(range(int(scale.min), int(scale.max) + 1))
        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        grid.addWidget(_note("no answer", self), 0, 1, Qt.AlignmentFlag.AlignHCenter)
        for column, value in enumerate(self.values, start=2):
            header = QLabel(str(value), self)
            header.setToolTip(scale.label_for(value) or "")
            grid.addWidget(header, 0, column, Qt.AlignmentFlag.AlignHCenter)
        self.groups: list[QButtonGroup] = []
        for row, item in enumerate(instrument.items, start=1):
            text = item.text or f"Item {item.number}"
            suffix = " (R)" if item.reversed else ""
            label = _plain(f"{item.number}. {text}{suffix}", self)
            grid.addWidget(label, row, 0)
            group = QButtonGroup(self)
            group.setExclusive(True)
            skip = QRadioButton(NO_ANSWER, self)
            skip.setAccessibleName(f"Item {item.number}: no answer")
            skip.setChecked(True)
            group.addButton(skip, _SKIP_ID)
            grid.addWidget(skip, row, 1, Qt.AlignmentFlag.AlignHCenter)
            for column, value in enumerate(self.values, start=2):
                button = QRadioButton(self)
                anchor = scale.label_for(value)
                button.setAccessibleName(
                    f"Item {item.number}: {value}" + (f" ({anchor})" if anchor else "")
                )
                button.setToolTip(anchor or str(value))
                group.addButton(button, value)
                grid.addWidget(button, row, column, Qt.AlignmentFlag.AlignHCenter)
            group.idToggled.connect(self._toggled)
            self.groups.append(group)
        grid.setColumnStretch(0, 1)
        anchors = " · ".join(f"{a.value} = {a.label}" for a in scale.anchors)
        layout = QVBoxLayout(self)
        layout.addWidget(_note(anchors, self))
        if instrument.reversed_items:
            layout.addWidget(_note("(R) = scored reversed; enter the answer as given.", self))
        layout.addLayout(grid)

    def _toggled(self, _id: int, checked: bool) -> None:
        if checked:
            self.changed.emit()

    def answers(self) -> list[int | None]:
        """One answer per item in order, None where left empty."""
        answers: list[int | None] = []
        for group in self.groups:
            value = group.checkedId()
            answers.append(None if value in (_SKIP_ID, -1) else value)
        return answers

    def set_answer(self, number: int, value: int | None) -> None:
        """Answer item ``number`` (1-based) with ``value``, or clear it with None."""
        button = self.groups[number - 1].button(_SKIP_ID if value is None else value)
        button.setChecked(True)

    def set_answers(self, answers: list[int | None]) -> None:
        """Answer every item in order."""
        for number, value in enumerate(answers, start=1):
            self.set_answer(number, value)

    def preview(self) -> tuple[bool, str]:
        answers = self.answers()
        if all(answer is None for answer in answers):
            return False, "Choose an answer for each statement the coachee answered."
        try:
            result = scoring.score(self.instrument.key, answers, self.instrument)
        except scoring.ScoringError as exc:
            return False, str(exc)
        if self.instrument.subscales:
            parts = [
                f"{sub.label} {result.scores[sub.key]:.2f}" for sub in self.instrument.subscales
            ]
            text = "Subscale means: " + " · ".join(parts)
        else:
            unit = "sum" if self.instrument.scoring == "gse_sum" else "mean"
            text = f"Score: {result.value:g} ({unit})"
        if result.prorated:
            text += f" — from {result.answered} of {len(answers)} answers"
        return True, text

    def save(self, record: Callable[..., object]) -> None:
        record(self.answers())


class ConfidenceForm(_Form):
    """A 0–10 rating per active goal and one overall; an empty box means "not asked"."""

    def __init__(
        self, instrument: Instrument, goals: list[GoalRecord], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.addWidget(_plain(instrument.items[0].text or "", self))
        for prompt in instrument.prompts:
            layout.addWidget(_note(f"• {prompt}", self))
        form = QFormLayout()
        self.spins: list[tuple[str | None, QSpinBox]] = []
        for goal_id, title in [*((g.id, g.title) for g in goals), (None, "Overall")]:
            spin = QSpinBox(self)
            spin.setRange(-1, 10)
            spin.setSpecialValueText("not asked")
            spin.setValue(-1)
            spin.setAccessibleName(f"Confidence: {title}")
            spin.valueChanged.connect(lambda _v: self.changed.emit())
            form.addRow(title, spin)
            self.spins.append((goal_id, spin))
        layout.addLayout(form)

    def ratings(self) -> list[tuple[str | None, int]]:
        """(goal id or None for overall, rating) for each rating given."""
        return [(goal_id, spin.value()) for goal_id, spin in self.spins if spin.value() >= 0]

    def preview(self) -> tuple[bool, str]:
        count = len(self.ratings())
        if not count:
            return False, "Give at least one rating."
        return True, f"{count} rating{'s' if count != 1 else ''} to save."

    def save(self, record: Callable[..., object]) -> None:
        for goal_id, value in self.ratings():
            record(value, goal_id=goal_id)


class GasForm(_Form):
    """A level per active goal, each level with the goal's own description."""

    def __init__(self, goals: list[GoalRecord], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.goals = goals
        layout = QVBoxLayout(self)
        layout.addWidget(
            _note(
                "0 is the expected outcome; the combined T-score is 50 when every goal is "
                "at its expected outcome.",
                self,
            )
        )
        self.combos: list[tuple[GoalRecord, QComboBox]] = []
        for goal in goals:
            combo = QComboBox(self)
            combo.addItem("not rated", None)
            for level in range(2, -3, -1):
                description = goal.gas_levels.get(str(level), "").strip()
                text = LEVEL_NAMES[level] + (f": {description}" if description else "")
                combo.addItem(text, level)
            combo.setAccessibleName(f"Goal attainment: {goal.title}")
            combo.currentIndexChanged.connect(lambda _i: self.changed.emit())
            title = _plain(f"{goal.title} (weight {goal.weight})", self)
            title.setStyleSheet("font-weight: bold;")
            layout.addWidget(title)
            layout.addWidget(combo)
            self.combos.append((goal, combo))
        if not goals:
            layout.addWidget(_plain("This coachee has no active goals to rate yet.", self))

    def levels(self) -> list[tuple[GoalRecord, int]]:
        """(goal, level) for each goal rated."""
        return [
            (goal, combo.currentData())
            for goal, combo in self.combos
            if combo.currentData() is not None
        ]

    def set_level(self, goal_id: str, level: int | None) -> None:
        """Choose ``level`` for the goal (None = not rated)."""
        for goal, combo in self.combos:
            if goal.id == goal_id:
                combo.setCurrentIndex(combo.findData(level))

    def preview(self) -> tuple[bool, str]:
        rated = self.levels()
        if not rated:
            return False, "Choose a level for at least one goal."
        t_score = scoring.gas_t_score([level for _g, level in rated], [g.weight for g, _l in rated])
        return True, f"T-score of the goals rated now: {t_score:.1f} (50 = as expected)"

    def save(self, record: Callable[..., object]) -> None:
        for goal, level in self.levels():
            record(level, goal_id=goal.id)


class NumberForm(_Form):
    """One value on a coach-defined range."""

    def __init__(self, instrument: Instrument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.instrument = instrument
        scale = instrument.response_scale
        self.spin = QDoubleSpinBox(self)
        self.spin.setRange(scale.min, scale.max)
        self.spin.setDecimals(1)
        self.spin.setValue(scale.min)
        self.spin.setAccessibleName(instrument.name)
        self.spin.valueChanged.connect(lambda _v: self.changed.emit())
        form = QFormLayout(self)
        form.addRow(f"{instrument.name} ({scale.min:g}–{scale.max:g})", self.spin)

    def preview(self) -> tuple[bool, str]:
        return True, f"Value: {self.spin.value():g}"

    def save(self, record: Callable[..., object]) -> None:
        record(self.spin.value())


# --------------------------------------------------------------------------- dialog


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
        self.instrument = progress_service.instrument_for(vault, instrument_key)
        self.goals = [
            goal
            for goal in coachee_service.list_goals(vault, coachee_id)
            if goal.status == "active"
        ]
        self.form: _Form | None = None
        self.setWindowTitle(self.instrument.name)
        self.setMinimumWidth(560)

        heading = _plain(self.instrument.name, self)
        heading.setStyleSheet("font-size: 14pt; font-weight: bold;")
        description = _plain(self.instrument.description, self)
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

        self.preview_label = _plain("", self)
        self.preview_label.setAccessibleName("Score preview")
        self.preview_label.setStyleSheet("font-weight: bold;")
        self.credit_label = _note(self._credit(), self)

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
            context_note = _plain(
                f"Context: {label[:1].upper()}{label[1:]}. Shown beside the progress chart, "
                "not as the coachee's own progress.",
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

    # ------------------------------------------------------------------ building

    def _build_date_row(self) -> QHBoxLayout:
        """The "Taken on" date, today by the context's clock."""
        self.date_edit = QDateEdit(self)
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("d MMM yyyy")
        today = self.context.today()
        self.date_edit.setDate(QDate(today.year, today.month, today.day))
        self.date_edit.setAccessibleName("Date taken")
        date_row = QHBoxLayout()
        date_row.addWidget(QLabel("Taken on", self))
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
        self.instrument = progress_service.instrument_for(self.context.vault, self.instrument.key)
        self._build_form()

    def _build_form(self) -> None:
        instrument = self.instrument
        if instrument.kind == "gas":
            form: _Form = GasForm(self.goals, self)
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
            self.preview_label.setText("Enter the item wording first.")
            self.save_button.setEnabled(False)
            return
        ok, text = self.form.preview()
        self.preview_label.setText(text)
        self.save_button.setEnabled(ok)

    def save(self) -> None:
        """Score and store the answers; stay open with the message if they are refused."""
        if self.form is None:
            return
        vault = self.context.vault
        taken_on = self.taken_on
        saved: list[object] = []

        def record(answers: object, goal_id: str | None = None) -> object:
            result = progress_service.record_assessment(
                vault,
                self.coachee_id,
                self.instrument.key,
                answers,
                taken_on=taken_on,
                session_id=self.session_id,
                goal_id=goal_id,
            )
            saved.append(result)
            return result

        try:
            self.form.save(record)
        except CoachAppError as exc:
            self.preview_label.setText(exc.message)
            return
        finally:
            if saved:  # even a partly saved set (a refused second goal) changed the chart
                self.context.signals.measurements_changed.emit(self.coachee_id)
        self.accept()
