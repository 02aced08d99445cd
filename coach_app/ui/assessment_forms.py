"""The answer forms of the assessment dialog, one kind per instrument kind.

* ``MultiItemForm``: a radio row per item (GSE, empowerment, team psychological safety); the
  first button of a row means "no answer".
* ``ConfidenceForm``: a 0–10 rating per active goal and one overall.
* ``GasForm``: a Goal Attainment Scaling level per active goal, each level with the goal's own
  description.
* ``NumberForm``: one value of a custom metric on the coach's range.

A form only collects: ``preview()`` says whether the answers can be scored (and the score, or
the scoring rule's own message) and ``answers_by_goal()`` hands them to the dialog, which
stores them all in one transaction. ``draft_state()`` / ``restore_draft()`` keep the answers
given so far through a lock (``ui/drafts.py``).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from coach_app.instruments import scoring
from coach_app.instruments.definitions import Instrument
from coach_app.services.records import GoalRecord
from coach_app.ui.labels import counted, plain_label, set_tone

NO_ANSWER = "–"
# Button id of "no answer" in a row; -1 would make Qt pick an id itself.
_SKIP_ID = 1000

Answers = dict[str | None, object]  # goal id (None: not about a goal) -> the answers


def plain_text(text: str, parent: QWidget) -> QLabel:
    """A plain-text label (instrument texts are data, never markup) owned by ``parent``."""
    label = plain_label(text)
    label.setParent(parent)
    return label


def quiet_text(text: str, parent: QWidget) -> QLabel:
    """Secondary text (scale anchors, licence, prompts) in the palette's quieter colour."""
    label = plain_text(text, parent)
    set_tone(label, "muted")
    return label


def level_names() -> dict[int, str]:
    """The GAS levels as the form names them, in the current language."""
    # translate("GasForm", "literal") at each level: the form pyside6-lupdate extracts.
    translate = QCoreApplication.translate
    return {
        -2: translate("GasForm", "−2 much less than expected"),
        -1: translate("GasForm", "−1 less than expected"),
        0: translate("GasForm", "0 expected outcome"),
        1: translate("GasForm", "+1 more than expected"),
        2: translate("GasForm", "+2 much more than expected"),
    }


class AnswerForm(QWidget):
    """A form for one instrument: ``preview()`` says what would be saved."""

    changed = Signal()

    def preview(self) -> tuple[bool, str]:
        """(can be saved, text for the preview line)."""
        raise NotImplementedError

    def answers_by_goal(self) -> Answers:
        """The answers to store, per goal (None: the answers are not about a goal)."""
        raise NotImplementedError

    def draft_state(self) -> dict[str, object]:
        """The answers given so far, JSON-able, for a lock to seal."""
        raise NotImplementedError

    def restore_draft(self, state: dict[str, object]) -> None:
        """Give the answers ``draft_state`` kept (unknown items or goals are ignored)."""
        raise NotImplementedError


class MultiItemForm(AnswerForm):
    """Radio rows for a questionnaire; the first button of each row means "no answer"."""

    def __init__(self, instrument: Instrument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.instrument = instrument
        scale = instrument.response_scale
        self.values = list(range(int(scale.min), int(scale.max) + 1))
        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        grid.addWidget(quiet_text(self.tr("no answer"), self), 0, 1, Qt.AlignmentFlag.AlignHCenter)
        for column, value in enumerate(self.values, start=2):
            header = QLabel(str(value), self)
            header.setToolTip(scale.label_for(value) or "")
            grid.addWidget(header, 0, column, Qt.AlignmentFlag.AlignHCenter)
        self.groups: list[QButtonGroup] = []
        for row, item in enumerate(instrument.items, start=1):
            self.groups.append(self._item_row(grid, row, item.number, item.text, item.reversed))
        grid.setColumnStretch(0, 1)
        anchors = " · ".join(f"{a.value} = {a.label}" for a in scale.anchors)
        layout = QVBoxLayout(self)
        layout.addWidget(quiet_text(anchors, self))
        if instrument.reversed_items:
            layout.addWidget(
                quiet_text(self.tr("(R) = scored reversed; enter the answer as given."), self)
            )
        layout.addLayout(grid)

    def _item_row(
        self, grid: QGridLayout, row: int, number: int, text: str | None, reversed_: bool
    ) -> QButtonGroup:
        scale = self.instrument.response_scale
        wording = text or self.tr("Item {number}").format(number=number)
        suffix = " (R)" if reversed_ else ""
        grid.addWidget(plain_text(f"{number}. {wording}{suffix}", self), row, 0)
        group = QButtonGroup(self)
        group.setExclusive(True)
        skip = QRadioButton(NO_ANSWER, self)
        skip.setAccessibleName(self.tr("Item {number}: no answer").format(number=number))
        skip.setChecked(True)
        group.addButton(skip, _SKIP_ID)
        grid.addWidget(skip, row, 1, Qt.AlignmentFlag.AlignHCenter)
        for column, value in enumerate(self.values, start=2):
            button = QRadioButton(self)
            anchor = scale.label_for(value)
            if anchor:
                name = self.tr("Item {number}: {value} ({anchor})").format(
                    number=number, value=value, anchor=anchor
                )
            else:
                name = self.tr("Item {number}: {value}").format(number=number, value=value)
            button.setAccessibleName(name)
            button.setToolTip(anchor or str(value))
            group.addButton(button, value)
            grid.addWidget(button, row, column, Qt.AlignmentFlag.AlignHCenter)
        group.idToggled.connect(self._toggled)
        return group

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
        """The score as the rule computes it, or the rule's own message."""
        answers = self.answers()
        if all(answer is None for answer in answers):
            return False, self.tr("Choose an answer for each statement the coachee answered.")
        try:
            result = scoring.score(self.instrument.key, answers, self.instrument)
        except scoring.ScoringError as exc:
            return False, str(exc)
        if self.instrument.subscales:
            parts = [
                f"{sub.label} {result.scores[sub.key]:.2f}" for sub in self.instrument.subscales
            ]
            text = self.tr("Subscale means: {means}").format(means=" · ".join(parts))
        elif self.instrument.scoring == "gse_sum":
            text = self.tr("Score: {value} (sum)").format(value=f"{result.value:g}")
        else:
            text = self.tr("Score: {value} (mean)").format(value=f"{result.value:g}")
        if result.prorated:
            text += self.tr(" — from {answered} of {total} answers").format(
                answered=result.answered, total=len(answers)
            )
        return True, text

    def answers_by_goal(self) -> Answers:
        """The item answers, not about a goal."""
        return {None: self.answers()}

    def draft_state(self) -> dict[str, object]:
        """The item answers so far."""
        return {"answers": self.answers()}

    def restore_draft(self, state: dict[str, object]) -> None:
        """Give the item answers back."""
        answers = state.get("answers")
        if not isinstance(answers, list):
            return
        for number, value in enumerate(answers[: len(self.groups)], start=1):
            if value is None or value in self.values:
                self.set_answer(number, value)


class ConfidenceForm(AnswerForm):
    """A 0–10 rating per active goal and one overall; an empty box means "not asked"."""

    def __init__(
        self, instrument: Instrument, goals: list[GoalRecord], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.addWidget(plain_text(instrument.items[0].text or "", self))
        for prompt in instrument.prompts:
            layout.addWidget(quiet_text(f"• {prompt}", self))
        form = QFormLayout()
        self.spins: list[tuple[str | None, QSpinBox]] = []
        for goal_id, title in [*((g.id, g.title) for g in goals), (None, self.tr("Overall"))]:
            spin = QSpinBox(self)
            spin.setRange(-1, 10)
            spin.setSpecialValueText(self.tr("not asked"))
            spin.setValue(-1)
            spin.setAccessibleName(self.tr("Confidence: {title}").format(title=title))
            spin.valueChanged.connect(lambda _v: self.changed.emit())
            form.addRow(title, spin)
            self.spins.append((goal_id, spin))
        layout.addLayout(form)

    def ratings(self) -> list[tuple[str | None, int]]:
        """(goal id or None for overall, rating) for each rating given."""
        return [(goal_id, spin.value()) for goal_id, spin in self.spins if spin.value() >= 0]

    def preview(self) -> tuple[bool, str]:
        """How many ratings would be saved."""
        count = len(self.ratings())
        if not count:
            return False, self.tr("Give at least one rating.")
        return True, counted(self.tr("%n rating(s) to save.", "", count), count)

    def answers_by_goal(self) -> Answers:
        """One rating per goal rated (None: overall)."""
        return dict(self.ratings())

    def draft_state(self) -> dict[str, object]:
        """Every box's value ("" names the overall one)."""
        return {"ratings": {goal_id or "": spin.value() for goal_id, spin in self.spins}}

    def restore_draft(self, state: dict[str, object]) -> None:
        """Give the boxes their values back."""
        ratings = state.get("ratings")
        if not isinstance(ratings, dict):
            return
        for goal_id, spin in self.spins:
            value = ratings.get(goal_id or "")
            if isinstance(value, int):
                spin.setValue(value)


class GasForm(AnswerForm):
    """A level per active goal, each level with the goal's own description."""

    def __init__(self, goals: list[GoalRecord], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.goals = goals
        layout = QVBoxLayout(self)
        layout.addWidget(
            quiet_text(
                self.tr(
                    "0 is the expected outcome; the combined T-score is 50 when every goal is "
                    "at its expected outcome."
                ),
                self,
            )
        )
        names = level_names()
        self.combos: list[tuple[GoalRecord, QComboBox]] = []
        for goal in goals:
            combo = QComboBox(self)
            combo.addItem(self.tr("not rated"), None)
            for level in range(2, -3, -1):
                description = goal.gas_levels.get(str(level), "").strip()
                text = names[level] + (f": {description}" if description else "")
                combo.addItem(text, level)
            combo.setAccessibleName(self.tr("Goal attainment: {title}").format(title=goal.title))
            combo.currentIndexChanged.connect(lambda _i: self.changed.emit())
            title = plain_text(
                self.tr("{title} (weight {weight})").format(title=goal.title, weight=goal.weight),
                self,
            )
            title.setStyleSheet("font-weight: bold;")
            layout.addWidget(title)
            layout.addWidget(combo)
            self.combos.append((goal, combo))
        if not goals:
            layout.addWidget(
                plain_text(self.tr("This coachee has no active goals to rate yet."), self)
            )
        # The form sits in a scroll area taller than it: without a stretch at the end the
        # layout spread the spare height between the goals as large empty gaps.
        layout.addStretch(1)

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
        """The combined T-score of the goals rated now."""
        rated = self.levels()
        if not rated:
            return False, self.tr("Choose a level for at least one goal.")
        t_score = scoring.gas_t_score([level for _g, level in rated], [g.weight for g, _l in rated])
        return True, self.tr("T-score of the goals rated now: {score} (50 = as expected)").format(
            score=f"{t_score:.1f}"
        )

    def answers_by_goal(self) -> Answers:
        """One level per goal rated."""
        return {goal.id: level for goal, level in self.levels()}

    def draft_state(self) -> dict[str, object]:
        """The level chosen per goal (None: not rated)."""
        return {"levels": {goal.id: combo.currentData() for goal, combo in self.combos}}

    def restore_draft(self, state: dict[str, object]) -> None:
        """Choose the levels again."""
        levels = state.get("levels")
        if not isinstance(levels, dict):
            return
        for goal, _combo in self.combos:
            level = levels.get(goal.id)
            if level is None or isinstance(level, int):
                self.set_level(goal.id, level)


class NumberForm(AnswerForm):
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
        form.addRow(
            self.tr("{name} ({low}–{high})").format(
                name=instrument.name, low=f"{scale.min:g}", high=f"{scale.max:g}"
            ),
            self.spin,
        )

    def preview(self) -> tuple[bool, str]:
        """The value as it will be stored."""
        return True, self.tr("Value: {value}").format(value=f"{self.spin.value():g}")

    def answers_by_goal(self) -> Answers:
        """The one value, not about a goal."""
        return {None: self.spin.value()}

    def draft_state(self) -> dict[str, object]:
        """The value in the box."""
        return {"value": self.spin.value()}

    def restore_draft(self, state: dict[str, object]) -> None:
        """Put the value back."""
        value = state.get("value")
        if isinstance(value, int | float) and not isinstance(value, bool):
            self.spin.setValue(float(value))
