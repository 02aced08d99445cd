"""The panel beside the session notes.

It shows what was agreed last time, the open experiments, a confidence rating per active goal,
and the other measures:

- "Agreed last time": the text of the previous session's agreements section (the catalogue
  says which section holds the agreements), or its notes when that section is empty.
- "Marked last time": the previous session's marks (insights, quotes, actions, experiments:
  ``coach_app.marks``), then "Marked in this session", which the editor keeps up to date as
  the coach marks lines (``show_current_marks``). The private reflection's marks stay out.
- "Open experiments": each with its prediction, when it is due and "Review…"; then
  "New experiment…".
- "Confidence today (0–10)": the two confidence-ruler prompts and a 0–10 box per active goal.
- "Check-in (0–10)": the four empowerment check-in ratings, saved once all four are given
  (or all cleared) through ``context.ops``.
- "Measures": "Assessment…", a menu of the other measures (confidence is rated above, so a
  goal never gets two ratings for one session), and "Hand the laptop over…" for a
  self-assessment the coachee fills in on their own (``ui/handover.py``).

The panel reads through the services and writes only the check-in: it reports what the coach
asks for (``review_requested``, ``new_experiment_requested``, ``assessment_requested``) and
which rating changed (``rating_changed``); the editor acts on it.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Final

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QFocusEvent, QWheelEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLayout,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from coach_app import marks, templates
from coach_app.errors import CoachAppError
from coach_app.instruments.definitions import get_instrument
from coach_app.services import coachees, experiments, measurements, sessions
from coach_app.services.marks import MarkRecord, marks_in
from coach_app.services.records import ExperimentRecord, GoalRecord, SessionRecord
from coach_app.ui.assessment_menu import AssessmentMenu
from coach_app.ui.context import AppContext
from coach_app.ui.experiment_common import due_text
from coach_app.ui.handover import hand_over
from coach_app.ui.labels import caption, plain_label
from coach_app.ui.session_page import session_when

NOT_RATED: Final = -1


def ruler_prompts() -> tuple[str, str]:
    """The two confidence-ruler questions, in the current language."""
    return (
        QCoreApplication.translate("SessionSidePanel", "Why this number and not lower?"),
        QCoreApplication.translate("SessionSidePanel", "What would move it one point up?"),
    )


class RatingBox(QSpinBox):
    """0–10 with "–" for not rated; the wheel only turns it when it has focus."""

    def __init__(self) -> None:
        super().__init__()
        self.setRange(NOT_RATED, 10)
        self.setSpecialValueText("–")
        self.setValue(NOT_RATED)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setToolTip("  ".join(ruler_prompts()))

    def focusInEvent(self, event: QFocusEvent) -> None:
        """Select the value on every way in, so one digit replaces it ("–" included).

        Qt selects it only when Tab brings the focus; a box focused by a click or by the
        editor (the confidence entry of "Assessment…") would otherwise take "7" as "–7".
        """
        super().focusInEvent(event)
        self.selectAll()

    def wheelEvent(self, event: QWheelEvent) -> None:
        """Scrolling the panel must not change a rating by accident."""
        if self.hasFocus():
            super().wheelEvent(event)
        else:
            event.ignore()

    def rating(self) -> int | None:
        """The rating, or None when not rated."""
        return None if self.value() == NOT_RATED else self.value()


class SessionSidePanel(QWidget):
    """The side panel of one open session.

    Args:
        context: the app context (reads only).
        record: the open session.

    Signals:
        review_requested: "Review…" on an open experiment (its id).
        new_experiment_requested: "New experiment…".
        assessment_requested: a measure chosen from "Assessment…" (its instrument key).
        rating_changed: a goal's confidence box changed (the goal id).
        focus_left: focus left a rating box (the coach moved on).
    """

    review_requested = Signal(str)
    new_experiment_requested = Signal()
    assessment_requested = Signal(str)
    rating_changed = Signal(str)
    focus_left = Signal()

    def __init__(
        self, context: AppContext, record: SessionRecord, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._record = record
        self._rating_boxes: dict[str, RatingBox] = {}
        self._checkin_boxes: list[RatingBox] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 4, 12)
        previous = self._previous_session()
        layout.addWidget(self._agreements_box(previous))
        layout.addWidget(self._marks_box(previous))
        experiments_box = QGroupBox(self.tr("Open experiments"))
        self._experiments_layout = QVBoxLayout(experiments_box)
        layout.addWidget(experiments_box)
        ratings_box = QGroupBox(self.tr("Confidence today (0–10)"))
        self._ratings_layout = QVBoxLayout(ratings_box)
        layout.addWidget(ratings_box)
        layout.addWidget(self._checkin_box())
        layout.addWidget(self._measures_box())
        layout.addStretch(1)
        self.fill_experiments()
        self.fill_ratings()

    # ---- agreed last time -------------------------------------------------------------------

    def _agreements_box(self, previous: SessionRecord | None) -> QGroupBox:
        box = QGroupBox(self.tr("Agreed last time"))
        layout = QVBoxLayout(box)
        if previous is None:
            layout.addWidget(caption(self.tr("This is the first session with this coachee.")))
            return box
        try:
            spec: templates.TemplateSpec | None = templates.template(previous.template)
        except CoachAppError:  # a template no longer in the catalogue: its notes still show
            spec = None
        section = spec.agreement_section if spec is not None else None
        text = previous.sections.get(section.key, "").strip() if section is not None else ""
        where = section.label if section is not None else ""
        if not text:
            text, where = previous.notes.strip(), self.tr("Notes")
        layout.addWidget(
            caption(
                self.tr("{when} · {template} · {section}").format(
                    when=session_when(previous.started_at),
                    template=spec.label if spec is not None else previous.template,
                    section=where,
                )
            )
        )
        body = plain_label(text or self.tr("Nothing was written down."))
        body.setAccessibleName(self.tr("Agreed last time"))
        layout.addWidget(body)
        return box

    def _previous_session(self) -> SessionRecord | None:
        return sessions.previous_session(self._context.vault, self._record)

    # ---- marks -------------------------------------------------------------------------------

    def _marks_box(self, previous: SessionRecord | None) -> QGroupBox:
        box = QGroupBox(self.tr("Marked last time"))
        layout = QVBoxLayout(box)
        earlier: list[MarkRecord] = []
        if previous is not None:
            earlier = marks_in(previous.id, previous.started_at, previous.sections, previous.notes)
        self.previous_marks_label = plain_label(
            marks_text(earlier) or self.tr("Nothing was marked last time.")
        )
        self.previous_marks_label.setAccessibleName(self.tr("Marked last time"))
        layout.addWidget(self.previous_marks_label)
        now = caption(self.tr("Marked in this session (Ctrl+1 to Ctrl+4)"))
        layout.addWidget(now)
        self.current_marks_label = plain_label()
        self.current_marks_label.setAccessibleName(self.tr("Marked in this session"))
        layout.addWidget(self.current_marks_label)
        record = self._record
        self.show_current_marks(
            marks_in(record.id, record.started_at, record.sections, record.notes)
        )
        return box

    def show_current_marks(self, records: Iterable[MarkRecord]) -> None:
        """Show this session's marks (the editor calls it when the text changes)."""
        text = marks_text(records)
        self.current_marks_label.setText(text or self.tr("Nothing marked yet."))

    # ---- open experiments -------------------------------------------------------------------

    def fill_experiments(self) -> None:
        """(Re)list the coachee's open experiments."""
        layout = self._experiments_layout
        _empty_layout(layout)
        rows = experiments.list_experiments(
            self._context.vault, self._record.coachee_id, open_only=True
        )
        if not rows:
            layout.addWidget(caption(self.tr("No open experiments.")))
        for record in rows:
            layout.addWidget(self._experiment_row(record))
        new = QPushButton(self.tr("New experiment…"))
        new.setToolTip(self.tr("Agree an experiment; select text first to prefill it (Ctrl+E)"))
        new.clicked.connect(self.new_experiment_requested)
        layout.addWidget(new)

    def _experiment_row(self, record: ExperimentRecord) -> QWidget:
        row = QFrame()
        row.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(row)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(2)
        title = plain_label(record.title)
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        layout.addWidget(title)
        if record.prediction:
            layout.addWidget(
                caption(self.tr("Expected: {prediction}").format(prediction=record.prediction))
            )
        line = QHBoxLayout()
        due = plain_label(due_text(record, self._context.today()), wrap=False, tone="muted")
        line.addWidget(due, 1)
        review = QPushButton(self.tr("Review…"))
        review.setAccessibleName(self.tr("Review experiment: {title}").format(title=record.title))
        review.clicked.connect(
            lambda _checked=False, eid=record.id: self.review_requested.emit(eid)
        )
        line.addWidget(review)
        layout.addLayout(line)
        return row

    # ---- measures ---------------------------------------------------------------------------

    def _measures_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Measures"))
        layout = QVBoxLayout(box)
        layout.addWidget(
            caption(self.tr("A questionnaire or rating, recorded as part of this session."))
        )
        self.assessment_button = QPushButton(self.tr("Assessment…"))
        self.assessment_button.setAccessibleName(self.tr("Add an assessment to this session"))
        # Confidence per goal is rated in the panel above; a second way in would give a goal
        # two ratings for one session.
        menu = AssessmentMenu(self._context, self.assessment_button, exclude=("confidence",))
        menu.chosen.connect(self.assessment_requested)
        self.assessment_button.setMenu(menu)
        layout.addWidget(self.assessment_button)
        self.handover_button = QPushButton(self.tr("Hand the laptop over…"))
        self.handover_button.setToolTip(
            self.tr("The coachee fills in a questionnaire alone; your passphrase ends it")
        )
        self.handover_button.clicked.connect(lambda _checked=False: self.start_handover())
        layout.addWidget(self.handover_button)
        return box

    def start_handover(self, instrument_key: str | None = None) -> QWidget | None:
        """Hand the laptop over for this session (the coach picks the form unless given)."""
        return hand_over(
            self._context,
            self.window(),
            self._record.coachee_id,
            session_id=self._record.id,
            instrument_key=instrument_key,
        )

    # ---- empowerment check-in ----------------------------------------------------------------

    def _checkin_box(self) -> QGroupBox:
        instrument = get_instrument(measurements.CHECKIN)
        box = QGroupBox(self.tr("Check-in (0–10)"))
        layout = QVBoxLayout(box)
        layout.addWidget(caption(self.tr("A check-in, not a validated scale.")))
        try:
            stored = measurements.session_checkin(self._context.vault, self._record.id)
        except CoachAppError:
            stored = None
        # Two by two: four names in one row are wider than the side panel in most languages.
        grid = QGridLayout()
        for index, (subscale, item) in enumerate(
            zip(instrument.subscales, instrument.items, strict=True)
        ):
            box_ = RatingBox()
            box_.setToolTip(item.text or "")
            box_.setAccessibleName(
                self.tr("Check-in: {dimension}").format(dimension=subscale.label)
            )
            if stored is not None and index < len(stored):
                box_.setValue(stored[index])
            box_.valueChanged.connect(self._checkin_changed)
            box_.installEventFilter(self)
            label = plain_label(subscale.label, wrap=False)
            label.setBuddy(box_)
            cell = QVBoxLayout()
            cell.addWidget(label)
            cell.addWidget(box_)
            grid.addLayout(cell, index // 2, index % 2)
            self._checkin_boxes.append(box_)
        layout.addLayout(grid)
        self.checkin_status = caption("")
        layout.addWidget(self.checkin_status)
        return box

    def checkin_boxes(self) -> list[RatingBox]:
        """The four check-in boxes, in the instrument's order."""
        return list(self._checkin_boxes)

    def checkin(self) -> list[int | None]:
        """The check-in as shown (None for a rating not given)."""
        return [box.rating() for box in self._checkin_boxes]

    def _checkin_changed(self, _value: int) -> None:
        ratings = self.checkin()
        given = [r for r in ratings if r is not None]
        if given and len(given) < len(ratings):
            self.checkin_status.setText(self.tr("Rate all four to record the check-in."))
            return
        session_id = self._record.id
        cleared = not given
        saved = self._context.ops.change(
            lambda vault: (
                measurements.replace_session_checkin(
                    vault, session_id, None if cleared else ratings
                )
                or True
            ),
            initiator=self,
            on_failure=self._checkin_failed,
        )
        if saved is not None:
            self.checkin_status.setText(
                self.tr("Check-in cleared.") if cleared else self.tr("Check-in recorded.")
            )

    def _checkin_failed(self, error: BaseException) -> None:
        message = error.message if isinstance(error, CoachAppError) else type(error).__name__
        self.checkin_status.setText(message)

    # ---- confidence ratings -----------------------------------------------------------------

    def fill_ratings(self) -> None:
        """(Re)build a box per active goal; a value typed and not saved yet stays."""
        layout = self._ratings_layout
        kept = {gid: box.value() for gid, box in self._rating_boxes.items()}
        _empty_layout(layout)
        self._rating_boxes = {}
        vault = self._context.vault
        coachee_id = self._record.coachee_id
        goals = [g for g in coachees.list_goals(vault, coachee_id) if g.status == "active"]
        stored = self._stored_ratings()
        prompts = caption("\n".join(f"“{p}”" for p in ruler_prompts()))
        prompts.setAccessibleName(self.tr("Confidence ruler prompts"))
        layout.addWidget(prompts)
        if not goals:
            layout.addWidget(
                caption(self.tr("No active goals yet: add one to rate confidence per goal."))
            )
        for goal in goals:
            value = kept.get(goal.id, stored.get(goal.id, NOT_RATED))
            layout.addWidget(self._rating_row(goal, value))

    def _stored_ratings(self) -> dict[str, int]:
        values: dict[str, int] = {}
        for m in measurements.list_measurements(
            self._context.vault,
            self._record.coachee_id,
            instrument="confidence",
            session_id=self._record.id,
        ):
            if m.goal_id:
                values[m.goal_id] = round(m.value)
        return values

    def _rating_row(self, goal: GoalRecord, value: int) -> QWidget:
        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        label = plain_label(goal.title)
        box = RatingBox()
        box.setAccessibleName(self.tr("Confidence for goal: {title}").format(title=goal.title))
        box.setValue(value)
        box.valueChanged.connect(lambda _v, gid=goal.id: self.rating_changed.emit(gid))
        box.installEventFilter(self)
        label.setBuddy(box)
        line.addWidget(label, 1)
        line.addWidget(box)
        self._rating_boxes[goal.id] = box
        return row

    def rating_box(self, goal_id: str) -> RatingBox:
        """The confidence box of an active goal (``KeyError`` for any other goal)."""
        return self._rating_boxes[goal_id]

    def rating(self, goal_id: str) -> int | None:
        """A goal's rating as shown, None when not rated (``KeyError`` without a box)."""
        return self._rating_boxes[goal_id].rating()

    def first_rating_box(self) -> RatingBox | None:
        """The first goal's box, if any goal is active."""
        return next(iter(self._rating_boxes.values()), None)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Report focus leaving a rating box (the editor saves at once)."""
        if event.type() == QEvent.Type.FocusOut:
            self.focus_left.emit()
        return super().eventFilter(watched, event)


def marks_text(records: Iterable[MarkRecord]) -> str:
    """Marks as lines, each with its sign (the kind never rests on a colour)."""
    return "\n".join(f"{marks.kind(r.kind).prefix}{r.text}" for r in records)


def _empty_layout(layout: QLayout) -> None:
    while layout.count():
        item = layout.takeAt(0)
        widget = item.widget() if item is not None else None
        if widget is not None:
            widget.hide()  # out of sight now; deleted when the event loop gets to it
            widget.deleteLater()
