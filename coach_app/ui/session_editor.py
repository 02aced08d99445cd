"""The session editor: notes typed while listening in a 1:1, saved as they are typed.

Layout: a header (coachee, date and time, duration, kind, save state), one text field per
template section, "Notes", a visually separate "Private reflection (only you)", tags; beside
them a panel with what was agreed last time, the open experiments (each with "Review…"),
quick confidence ratings per active goal with the ruler prompts, and "Assessment…" (a menu of
the other measures; the form opens recorded as part of this session, after a save).

Nothing typed may be lost (SECURITY.md 13). Every change marks its field dirty and restarts a
single-shot debounce timer; the save runs when the timer fires, when focus leaves a field, on
``flush()``, on Done/Escape and on ``context.about_to_lock``. A save writes only the dirty fields
through ``sessions.save_session`` on the UI thread (a millisecond or two). When it fails, the
fields stay dirty, the text stays in the editor, the header says so, and the next change or
focus change tries again; a later success clears the message.

Ratings are confidence-ruler measurements, one per goal per session: changing a rating deletes
the session's earlier measurement for that goal and adds the new one.
"""

from __future__ import annotations

import contextlib
from datetime import datetime

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QPalette, QResizeEvent, QShortcut, QWheelEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from coach_app.errors import CoachAppError, NotFound
from coach_app.models import TEMPLATE_SECTIONS
from coach_app.services import coachees, experiments, measurements, sessions, settings
from coach_app.services.records import ExperimentRecord, GoalRecord, SessionRecord
from coach_app.ui.assessment_dialog import AssessmentDialog
from coach_app.ui.assessment_menu import AssessmentMenu
from coach_app.ui.clipboard import NoteTextEdit
from coach_app.ui.context import AppContext
from coach_app.ui.experiment_dialog import ExperimentDialog, ExperimentReviewDialog, due_text
from coach_app.ui.labels import caption, plain_label, set_tone

DEBOUNCE_MS = 800  # after the last keystroke; with the save itself well under 1 s
NOTIFY_EVERY_MS = 2000  # sessions_changed at most this often while typing: lists do not flicker
NOT_RATED = -1
TITLE_CHARS = 80

TEMPLATE_ORDER = ("grow", "oskar", "clear", "action_learning", "intervision", "pdsa", "free")
TEMPLATE_HINTS = {
    "grow": "Goal · Reality · Options · Will",
    "oskar": "Outcome · Scaling · Know-how · Affirm + Action · Review",
    "clear": "Contracting · Listening · Exploring · Action · Review",
    "action_learning": "Problem owner · Questions · Insight · Action until next meeting",
    "intervision": "Case-giver · Key question · Clarifying questions · Ideas · What helped",
    "pdsa": "Plan · Do · Study · Act",
    "free": "Notes only",
}
KIND_FOR_TEMPLATE = {"intervision": "intervision", "action_learning": "action_learning"}
# Where a template writes down what was agreed; the first one the template has wins.
AGREEMENT_SECTIONS = ("will", "affirm_action", "action", "actions", "act")
RULER_PROMPTS = ("Why this number and not lower?", "What would move it one point up?")

SHORTCUTS = (
    ("Ctrl+E", "Agree an experiment from the selected text"),
    ("Ctrl+S", "Save now (it also saves by itself)"),
    ("Tab / Shift+Tab", "Next / previous field"),
    ("Esc", "Done: save and close the session"),
)


def _when(moment: datetime) -> str:
    return f"{moment:%a} {moment.day} {moment:%b %Y, %H:%M}"


def _whole_minutes(value: object) -> int:
    try:
        minutes = int(str(value))
    except ValueError:
        return 60
    return minutes if 0 < minutes <= 24 * 60 else 60


def _first_line(text: str) -> str:
    line = next((ln.strip() for ln in text.splitlines() if ln.strip()), "")
    return line[:TITLE_CHARS].rstrip()


class _NoteField(NoteTextEdit):
    """A note field that grows with its text (up to a limit), so the form reads like a page."""

    def __init__(self, min_lines: int = 3, max_lines: int = 14) -> None:
        super().__init__()
        self._min_lines = min_lines
        self._max_lines = max_lines
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.document().documentLayout().documentSizeChanged.connect(self._fit)
        self._fit()

    def _fit(self, *_args: object) -> None:
        lines = int(self.document().size().height())
        lines = max(self._min_lines, min(self._max_lines, lines))
        margins = self.contentsMargins()
        height = (
            lines * self.fontMetrics().lineSpacing()
            + 2 * int(self.document().documentMargin())
            + margins.top()
            + margins.bottom()
            + 4
        )
        if height != self.height():
            self.setFixedHeight(height)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Re-fit: a narrower field wraps into more lines."""
        super().resizeEvent(event)
        self._fit()


class _RatingBox(QSpinBox):
    """0–10 with "–" for not rated; the wheel only turns it when it has focus."""

    def __init__(self) -> None:
        super().__init__()
        self.setRange(NOT_RATED, 10)
        self.setSpecialValueText("–")
        self.setValue(NOT_RATED)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setToolTip("  ".join(RULER_PROMPTS))

    def wheelEvent(self, event: QWheelEvent) -> None:
        """Scrolling the panel must not change a rating by accident."""
        if self.hasFocus():
            super().wheelEvent(event)
        else:
            event.ignore()

    def rating(self) -> int | None:
        """The rating, or None when not rated."""
        return None if self.value() == NOT_RATED else self.value()


class _TemplateChooser(QWidget):
    """A compact list of note templates; Enter starts the session."""

    chosen = Signal(str)
    cancelled = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.heading = QLabel()
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.heading.setFont(font)
        self.list = QListWidget()
        self.list.setAccessibleName("Note template")
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        for key in TEMPLATE_ORDER:
            item = QListWidgetItem(f"{sessions.TEMPLATE_LABELS[key]}  —  {TEMPLATE_HINTS[key]}")
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.list.addItem(item)
        self.list.setSpacing(3)
        self.list.setMaximumWidth(640)
        rows = len(TEMPLATE_ORDER)
        height = rows * (self.list.sizeHintForRow(0) + 2 * self.list.spacing())
        self.list.setFixedHeight(height + 2 * self.list.frameWidth() + 2)
        self.list.itemDoubleClicked.connect(lambda _item: self._choose())
        self.list.installEventFilter(self)
        start = QPushButton("&Start session")
        start.clicked.connect(self._choose)
        cancel = QPushButton("Cancel")
        cancel.clicked.connect(self.cancelled)
        buttons = QHBoxLayout()
        buttons.addWidget(start)
        buttons.addWidget(cancel)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.addWidget(self.heading)
        layout.addWidget(caption("Choose how to structure the notes. Enter starts, Esc cancels."))
        layout.addWidget(self.list)
        layout.addLayout(buttons)
        layout.addStretch(1)

    def prepare(self, coachee_name: str, default: str) -> None:
        """Show the chooser for a coachee with ``default`` selected."""
        self.heading.setText(f"New session with {coachee_name}")
        row = TEMPLATE_ORDER.index(default) if default in TEMPLATE_ORDER else 0
        self.list.setCurrentRow(row)
        self.list.setFocus()

    def _choose(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self.chosen.emit(item.data(Qt.ItemDataRole.UserRole))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter on the list starts the session."""
        if (
            watched is self.list
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)  # type: ignore[attr-defined]
        ):
            self._choose()
            return True
        return super().eventFilter(watched, event)


class SessionEditor(QWidget):
    """Write one coaching session; autosaves; UI-A embeds it in the main window.

    Args:
        context: the app context (vault, change hub, clock).
        parent: the embedding widget.

    Signals:
        closed: the coach pressed Done or Escape, after a final save that succeeded.
    """

    closed = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._record: SessionRecord | None = None
        self._coachee_id: str | None = None
        self._coachee_name = ""
        self._created_here = False
        self._touched = False  # anything typed, rated or agreed since the session was opened
        self._fields: dict[str, QWidget] = {}  # "section:<key>", "notes", "private_reflection"
        self._rating_boxes: dict[str, _RatingBox] = {}  # goal id -> box
        self._rating_ids: dict[str, list[str]] = {}  # goal id -> this session's measurement ids
        self._dirty: set[str] = set()
        self._loading = False
        self._error: str | None = None
        self._pending_notices: set[str] = set()
        self.tags_edit: QLineEdit | None = None

        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(DEBOUNCE_MS)
        self._save_timer.timeout.connect(self._save)
        self._notify_timer = QTimer(self)
        self._notify_timer.setSingleShot(True)
        self._notify_timer.setInterval(NOTIFY_EVERY_MS)
        self._notify_timer.timeout.connect(self._emit_notices)

        self._stack = QStackedWidget()
        self._empty = plain_label("No session is open.", tone="muted")
        self._empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._chooser = _TemplateChooser()
        self._chooser.chosen.connect(self._start_session)
        self._chooser.cancelled.connect(self._cancel_new)
        self._page = self._build_page()
        for page in (self._empty, self._chooser, self._page):
            self._stack.addWidget(page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._stack)

        scope = Qt.ShortcutContext.WidgetWithChildrenShortcut
        QShortcut(QKeySequence("Ctrl+E"), self, self.agree_experiment, context=scope)
        QShortcut(QKeySequence.StandardKey.Save, self, self.flush, context=scope)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self._escape, context=scope)

        context.about_to_lock.connect(self.flush)
        context.signals.vault_locked.connect(self.clear)
        context.signals.experiments_changed.connect(self._on_experiments_changed)
        context.signals.coachee_changed.connect(self._on_coachee_changed)

    # ---- building ---------------------------------------------------------------------------

    def _build_page(self) -> QWidget:
        page = QWidget()
        self.name_label = plain_label(wrap=False)
        font = self.name_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.name_label.setFont(font)
        self.name_label.setAccessibleName("Coachee")
        self.meta_label = plain_label(wrap=False, tone="muted")
        self.meta_label.setAccessibleName("Session date, duration and kind")
        self.status_label = plain_label(wrap=True)
        self.status_label.setAccessibleName("Save state")
        self.status_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.status_label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.done_button = QPushButton("Done")
        self.done_button.setToolTip("Save and close the session (Esc)")
        self.done_button.clicked.connect(self.done)

        titles = QVBoxLayout()
        titles.setSpacing(2)
        titles.addWidget(self.name_label)
        titles.addWidget(self.meta_label)
        header = QHBoxLayout()
        header.addLayout(titles)
        header.addWidget(self.status_label, 1)
        header.addWidget(self.done_button)

        self.form_scroll = QScrollArea()
        self.form_scroll.setWidgetResizable(True)
        self.form_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.side_scroll = QScrollArea()
        self.side_scroll.setWidgetResizable(True)
        self.side_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.side_scroll.setMinimumWidth(280)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.form_scroll)
        splitter.addWidget(self.side_scroll)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([700, 330])

        layout = QVBoxLayout(page)
        layout.setContentsMargins(12, 10, 12, 8)
        layout.addLayout(header)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        layout.addWidget(line)
        layout.addWidget(splitter, 1)
        return page

    def _build_form(self, record: SessionRecord) -> None:
        self._fields = {}
        form = QWidget()
        layout = QVBoxLayout(form)
        layout.setContentsMargins(0, 4, 8, 12)
        layout.setSpacing(4)
        for key in TEMPLATE_SECTIONS[record.template]:
            label = sessions.SECTION_LABELS.get(key, key)
            field = self._note_field(f"section:{key}", label, record.sections.get(key, ""))
            layout.addWidget(self._field_label(label, field))
            layout.addWidget(field)
            layout.addSpacing(6)
        min_lines = 8 if record.template == "free" else 3
        notes = self._note_field("notes", "Notes", record.notes, min_lines=min_lines)
        notes.setPlaceholderText("Anything else worth keeping")
        layout.addWidget(self._field_label("Notes", notes))
        layout.addWidget(notes)
        layout.addSpacing(10)
        layout.addWidget(self._private_box(record))
        layout.addSpacing(6)
        self.tags_edit = QLineEdit(", ".join(record.tags))
        self.tags_edit.setAccessibleName("Tags")
        self.tags_edit.setPlaceholderText("Comma-separated, e.g. delegation, feedback")
        self.tags_edit.textEdited.connect(lambda _t: self._changed("tags"))
        self.tags_edit.installEventFilter(self)
        layout.addWidget(self._field_label("Tags", self.tags_edit))
        layout.addWidget(self.tags_edit)
        layout.addStretch(1)
        old = self.form_scroll.takeWidget()
        if old is not None:
            old.deleteLater()
        self.form_scroll.setWidget(form)

    def _private_box(self, record: SessionRecord) -> QFrame:
        # Kept visibly apart (own frame, alternate background) so nobody mistakes it for notes
        # that could be shown to the coachee.
        box = QFrame()
        box.setObjectName("privateReflection")
        box.setFrameShape(QFrame.Shape.StyledPanel)
        box.setBackgroundRole(QPalette.ColorRole.AlternateBase)
        box.setAutoFillBackground(True)
        field = self._note_field(
            "private_reflection", "Private reflection (only you)", record.private_reflection
        )
        field.setPlaceholderText("Your own thoughts: hunches, what you noticed in yourself")
        inner = QVBoxLayout(box)
        inner.setContentsMargins(10, 8, 10, 10)
        title = self._field_label("Private reflection (only you)", field)
        inner.addWidget(title)
        inner.addWidget(caption("For your own practice; kept apart from the session notes."))
        inner.addWidget(field)
        return box

    def _note_field(self, key: str, name: str, text: str, min_lines: int = 3) -> _NoteField:
        field = _NoteField(min_lines=min_lines)
        field.setAccessibleName(name)
        field.setPlainText(text)
        field.textChanged.connect(lambda: self._changed(key))
        field.cursorPositionChanged.connect(lambda: self._follow_cursor(field))
        field.installEventFilter(self)
        self._fields[key] = field
        return field

    def _follow_cursor(self, field: _NoteField) -> None:
        # A growing field can push the caret below the visible part of the form; scroll after
        # the layout has caught up with the new height.
        if field.hasFocus():
            QTimer.singleShot(0, lambda: self._scroll_to_caret(field))

    def _scroll_to_caret(self, field: _NoteField) -> None:
        form = self.form_scroll.widget()
        if form is None or not field.hasFocus() or not form.isAncestorOf(field):
            return
        caret = field.cursorRect()
        point = field.viewport().mapTo(form, caret.center())
        self.form_scroll.ensureVisible(point.x(), point.y(), 20, caret.height() + 12)

    @staticmethod
    def _field_label(text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text)
        label.setTextFormat(Qt.TextFormat.PlainText)
        font = label.font()
        font.setBold(True)
        label.setFont(font)
        label.setBuddy(buddy)
        return label

    def _build_side(self) -> None:
        assert self._record is not None
        panel = QWidget()
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(8, 4, 4, 12)
        layout.addWidget(self._agreements_box())
        self._experiments_box = QGroupBox("Open experiments")
        self._experiments_box.setLayout(QVBoxLayout())
        layout.addWidget(self._experiments_box)
        self._ratings_box = QGroupBox("Confidence today (0–10)")
        self._ratings_box.setLayout(QVBoxLayout())
        layout.addWidget(self._ratings_box)
        layout.addWidget(self._measures_box())
        layout.addStretch(1)
        old = self.side_scroll.takeWidget()
        if old is not None:
            old.deleteLater()
        self.side_scroll.setWidget(panel)
        self._fill_experiments()
        self._fill_ratings()

    def _agreements_box(self) -> QGroupBox:
        assert self._record is not None and self._coachee_id is not None
        box = QGroupBox("Agreed last time")
        layout = QVBoxLayout(box)
        previous = self._previous_session()
        if previous is None:
            layout.addWidget(caption("This is the first session with this coachee."))
            return box
        key = next((k for k in AGREEMENT_SECTIONS if k in TEMPLATE_SECTIONS[previous.template]), "")
        text = previous.sections.get(key, "").strip() if key else ""
        where = sessions.SECTION_LABELS.get(key, "")
        if not text:
            text, where = previous.notes.strip(), "Notes"
        template = sessions.TEMPLATE_LABELS.get(previous.template, previous.template)
        layout.addWidget(caption(f"{_when(previous.started_at)} · {template} · {where}"))
        body = plain_label(text or "Nothing was written down.")
        body.setAccessibleName("Agreed last time")
        layout.addWidget(body)
        return box

    def _previous_session(self) -> SessionRecord | None:
        assert self._record is not None
        record = self._record
        for summary in sessions.list_sessions(self._context.vault, record.coachee_id):
            if summary.id != record.id and summary.started_at <= record.started_at:
                return sessions.get_session(self._context.vault, summary.id)
        return None

    def _fill_experiments(self) -> None:
        assert self._coachee_id is not None
        layout = self._experiments_box.layout()
        _empty_layout(layout)
        rows = experiments.list_experiments(self._context.vault, self._coachee_id, open_only=True)
        if not rows:
            layout.addWidget(caption("No open experiments."))
        for record in rows:
            layout.addWidget(self._experiment_row(record))
        new = QPushButton("New experiment…")
        new.setToolTip("Agree an experiment; select text first to prefill it (Ctrl+E)")
        new.clicked.connect(self.agree_experiment)
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
            layout.addWidget(caption(f"Expected: {record.prediction}"))
        line = QHBoxLayout()
        due = plain_label(due_text(record, self._context.today()), wrap=False, tone="muted")
        line.addWidget(due, 1)
        review = QPushButton("Review…")
        review.setAccessibleName(f"Review experiment: {record.title}")
        review.clicked.connect(lambda _checked=False, eid=record.id: self.review_experiment(eid))
        line.addWidget(review)
        layout.addLayout(line)
        return row

    def _measures_box(self) -> QGroupBox:
        box = QGroupBox("Measures")
        layout = QVBoxLayout(box)
        layout.addWidget(caption("A questionnaire or rating, recorded as part of this session."))
        self.assessment_button = QPushButton("Assessment…")
        self.assessment_button.setAccessibleName("Add an assessment to this session")
        # Confidence per goal is rated in the panel above; a second way in would give a goal
        # two ratings for one session.
        menu = AssessmentMenu(self._context, self.assessment_button, exclude=("confidence",))
        menu.chosen.connect(self.open_assessment)
        self.assessment_button.setMenu(menu)
        layout.addWidget(self.assessment_button)
        return box

    def _fill_ratings(self) -> None:
        assert self._record is not None and self._coachee_id is not None
        layout = self._ratings_box.layout()
        kept = {gid: box.value() for gid, box in self._rating_boxes.items()}
        _empty_layout(layout)
        self._rating_boxes = {}
        vault = self._context.vault
        goals = [g for g in coachees.list_goals(vault, self._coachee_id) if g.status == "active"]
        stored = self._stored_ratings()
        prompts = caption("\n".join(f"“{p}”" for p in RULER_PROMPTS))
        prompts.setAccessibleName("Confidence ruler prompts")
        layout.addWidget(prompts)
        if not goals:
            layout.addWidget(caption("No active goals yet: add one to rate confidence per goal."))
        for goal in goals:
            value = kept.get(goal.id, stored.get(goal.id, NOT_RATED))
            layout.addWidget(self._rating_row(goal, value))

    def _stored_ratings(self) -> dict[str, int]:
        assert self._record is not None and self._coachee_id is not None
        self._rating_ids = {}
        values: dict[str, int] = {}
        for m in measurements.list_measurements(
            self._context.vault, self._coachee_id, instrument="confidence"
        ):
            if m.session_id == self._record.id and m.goal_id:
                self._rating_ids.setdefault(m.goal_id, []).append(m.id)
                values[m.goal_id] = round(m.value)
        return values

    def _rating_row(self, goal: GoalRecord, value: int) -> QWidget:
        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        label = plain_label(goal.title)
        box = _RatingBox()
        box.setAccessibleName(f"Confidence for goal: {goal.title}")
        box.setValue(value)
        box.valueChanged.connect(lambda _v, gid=goal.id: self._changed(f"rating:{gid}"))
        box.installEventFilter(self)
        label.setBuddy(box)
        line.addWidget(label, 1)
        line.addWidget(box)
        self._rating_boxes[goal.id] = box
        return row

    # ---- opening ----------------------------------------------------------------------------

    @property
    def session_id(self) -> str | None:
        """The open session, if any."""
        return self._record.id if self._record else None

    @property
    def coachee_id(self) -> str | None:
        """Whose session is open (or being started)."""
        return self._coachee_id

    @property
    def status_text(self) -> str:
        """What the save-state line says."""
        return self.status_label.text()

    def field(self, key: str) -> QWidget:
        """A field by key: ``"section:goal"``, ``"notes"``, ``"private_reflection"``, ``"tags"``."""
        if key == "tags":
            if self.tags_edit is None:
                raise KeyError(key)
            return self.tags_edit
        return self._fields[key]

    def rating_box(self, goal_id: str) -> QSpinBox:
        """The confidence box of an active goal."""
        return self._rating_boxes[goal_id]

    def new_session(self, coachee_id: str, template: str | None = None) -> bool:
        """Start a session for a coachee; without ``template`` a compact chooser asks first.

        Returns False if the current session's pending edits cannot be saved (it stays open,
        with the error), or if the vault refuses the new session (the reason is shown).
        """
        if not self.flush():
            return False
        try:
            vault = self._context.vault
            profile = coachees.get_coachee(vault, coachee_id)
            default = template or str(settings.get_setting(vault, "default_template") or "grow")
        except CoachAppError as exc:
            self._unload()
            self._show_message(exc.message)
            return False
        self._unload()
        self._coachee_id = coachee_id
        self._coachee_name = profile.name
        if template is not None:
            return self._start_session(template)
        self._chooser.prepare(profile.name, default)
        self._stack.setCurrentWidget(self._chooser)
        self._chooser.list.setFocus()
        return True

    def _start_session(self, template: str) -> bool:
        assert self._coachee_id is not None
        try:
            vault = self._context.vault
            minutes = _whole_minutes(settings.get_setting(vault, "default_session_minutes"))
            record = sessions.create_session(
                vault,
                self._coachee_id,
                template=template,
                kind=KIND_FOR_TEMPLATE.get(template, "one_to_one"),
                started_at=self._context.now(),
                duration_minutes=minutes,
            )
        except CoachAppError as exc:
            self._show_message(exc.message)
            return False
        if not self._show_record(record):
            return False
        self._created_here = True
        self._notify("sessions")
        self._emit_notices()
        return True

    def _cancel_new(self) -> None:
        self._unload()
        self.closed.emit()

    def open_session(self, session_id: str) -> bool:
        """Open an existing session.

        Returns False if the current one could not be saved (it stays open) or the session
        cannot be read (the reason is shown).
        """
        if not self.flush():
            return False
        try:
            record = sessions.get_session(self._context.vault, session_id)
        except CoachAppError as exc:
            self._unload()
            self._show_message(exc.message)
            return False
        self._unload()
        return self._show_record(record)

    def _show_record(self, record: SessionRecord) -> bool:
        try:
            self._load(record)
        except CoachAppError as exc:  # e.g. the coachee was erased meanwhile
            self._unload()
            self._show_message(exc.message)
            return False
        return True

    def _load(self, record: SessionRecord) -> None:
        vault = self._context.vault
        self._loading = True
        try:
            self._record = record
            self._coachee_id = record.coachee_id
            self._coachee_name = coachees.get_coachee(vault, record.coachee_id).name
            self._touched = False
            self.name_label.setText(self._coachee_name)
            template = sessions.TEMPLATE_LABELS.get(record.template, record.template)
            kind = sessions.KIND_LABELS.get(record.kind, record.kind)
            self.meta_label.setText(
                f"{_when(record.started_at)} · {record.duration_minutes} min · {kind} · {template}"
            )
            self._build_form(record)
            self._build_side()
            self._set_status("Saves as you type", "muted")
        finally:
            self._loading = False
        self._stack.setCurrentWidget(self._page)
        first = next(iter(self._fields.values()), None)
        if first is not None:
            first.setFocus()

    def _unload(self) -> None:
        self._save_timer.stop()
        self._notify_timer.stop()
        self._pending_notices.clear()
        self._dirty.clear()
        self._error = None
        self._record = None
        self._coachee_id = None
        self._coachee_name = ""
        self._created_here = False
        self._touched = False
        self._rating_ids = {}
        self._rating_boxes = {}
        for scroll in (self.form_scroll, self.side_scroll):
            old = scroll.takeWidget()
            if old is not None:
                old.deleteLater()
        self._fields = {}
        self.tags_edit = None
        self.name_label.clear()
        self.meta_label.clear()
        self.status_label.clear()
        self._empty.setText("No session is open.")
        self._stack.setCurrentWidget(self._empty)

    def clear(self) -> None:
        """Drop every bit of coachee data from the widgets (on lock); nothing is saved here."""
        self._close_dialogs()
        self._unload()

    def _show_message(self, message: str) -> None:
        self._empty.setText(message)
        self._stack.setCurrentWidget(self._empty)

    # ---- autosave ---------------------------------------------------------------------------

    def _changed(self, key: str) -> None:
        if self._loading or self._record is None:
            return
        self._dirty.add(key)
        self._touched = True
        self._save_timer.start()
        if self._error is None:
            self._set_status("Saving…", "muted")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Save when focus leaves a field (the coach moved on; do not wait for the timer)."""
        if event.type() == QEvent.Type.FocusOut and self._dirty:
            self._save()
        return super().eventFilter(watched, event)

    def flush(self) -> bool:
        """Save pending edits now. False if saving failed (the text stays, the error shows)."""
        ok = self._save()
        self._emit_notices()
        return ok

    def _save(self) -> bool:
        self._save_timer.stop()
        if self._record is None or not self._dirty:
            return True
        try:
            vault = self._context.vault
            changes = self._changes()
            if changes:
                self._record = sessions.save_session(vault, self._record.id, **changes)
                self._dirty -= {k for k in self._dirty if not k.startswith("rating:")}
                self._notify("sessions")
            for key in sorted(k for k in self._dirty if k.startswith("rating:")):
                self._save_rating(key.removeprefix("rating:"))
                self._dirty.discard(key)
                self._notify("measurements")
        except CoachAppError as exc:
            self._error = exc.message
            self._set_status(f"Not saved: {exc.message} — your text is still here", "error")
            return False
        self._error = None
        self._set_status(f"Saved at {self._context.now():%H:%M:%S}", "muted")
        return True

    def _changes(self) -> dict[str, object]:
        changes: dict[str, object] = {}
        sections = {
            key.removeprefix("section:"): self._text(key)
            for key in self._dirty
            if key.startswith("section:")
        }
        if sections:
            changes["sections"] = sections
        for key in ("notes", "private_reflection"):
            if key in self._dirty:
                changes[key] = self._text(key)
        if "tags" in self._dirty and self.tags_edit is not None:
            changes["tags"] = [t.strip() for t in self.tags_edit.text().split(",") if t.strip()]
        return changes

    def _text(self, key: str) -> str:
        field = self._fields[key]
        assert isinstance(field, NoteTextEdit)
        return field.toPlainText()

    def _save_rating(self, goal_id: str) -> None:
        assert self._record is not None
        box = self._rating_boxes.get(goal_id)
        if box is None:
            return
        vault = self._context.vault
        # One rating per goal per session: drop this session's earlier ones, then add.
        ids = self._rating_ids.get(goal_id, [])
        while ids:
            # Already gone (deleted elsewhere) is as good as deleted here.
            with contextlib.suppress(NotFound):
                measurements.delete_measurement(vault, ids[0])
            ids.pop(0)
        value = box.rating()
        if value is None:
            return
        added = measurements.add_measurement(
            vault,
            self._record.coachee_id,
            instrument="confidence",
            value=value,
            goal_id=goal_id,
            session_id=self._record.id,
            taken_on=self._record.started_at.date(),
        )
        self._rating_ids[goal_id] = [added.id]

    def _set_status(self, text: str, tone: str) -> None:
        self.status_label.setText(text)
        set_tone(self.status_label, tone)

    # ---- change notices ---------------------------------------------------------------------

    def _notify(self, what: str) -> None:
        # First notice goes out at once (lists update promptly); later ones within the window
        # are folded into one at its end, so lists refresh without flicker while typing.
        self._pending_notices.add(what)
        if not self._notify_timer.isActive():
            self._emit_notices()
            self._notify_timer.start()

    def _emit_notices(self) -> None:
        pending, self._pending_notices = self._pending_notices, set()
        coachee_id = self._coachee_id
        if not pending or coachee_id is None or not self._context.is_unlocked:
            return
        if "sessions" in pending:
            self._context.signals.sessions_changed.emit(coachee_id)
        if "measurements" in pending:
            self._context.signals.measurements_changed.emit(coachee_id)

    # ---- done, experiments ------------------------------------------------------------------

    def _escape(self) -> None:
        if self._stack.currentWidget() is self._chooser:
            self._cancel_new()
        elif self._record is not None:
            self.done()

    def done(self) -> bool:
        """Save, close the session and emit ``closed``; stays open if the save fails."""
        if self._record is None:
            self._unload()
            self.closed.emit()
            return True
        if not self.flush():
            return False
        self._drop_if_untouched()
        self._close_dialogs()
        self._unload()
        self.closed.emit()
        return True

    def _drop_if_untouched(self) -> None:
        # A session opened by accident and closed without a word leaves no empty row behind;
        # anything typed, rated or agreed in it keeps it.
        record = self._record
        if record is None or not self._created_here or self._touched:
            return
        if any(record.sections.values()) or record.notes or record.private_reflection:
            return
        try:
            sessions.delete_session(self._context.vault, record.id)
        except CoachAppError:
            return
        self._notify("sessions")
        self._emit_notices()

    def agree_experiment(self) -> ExperimentDialog | None:
        """Ctrl+E: open the experiment dialog prefilled with the focused field's selection."""
        if self._record is None or self._coachee_id is None:
            return None
        focus = QApplication.focusWidget()
        selected = ""
        if isinstance(focus, NoteTextEdit) and focus in self._fields.values():
            selected = focus.selected_text().strip()
        self.flush()
        self._touched = True
        dialog = ExperimentDialog(
            self._context,
            self._coachee_id,
            self,
            prefill_title=_first_line(selected),
            prefill_action=selected,
            agreed_in_session_id=self._record.id,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def review_experiment(self, experiment_id: str) -> ExperimentReviewDialog | None:
        """Open the review of one of the coachee's open experiments, in this session."""
        if self._record is None:
            return None
        self.flush()
        self._touched = True
        try:
            dialog = ExperimentReviewDialog(
                self._context, experiment_id, reviewed_in_session_id=self._record.id, parent=self
            )
        except CoachAppError as exc:  # e.g. deleted meanwhile: say so and show the fresh list
            self._set_status(exc.message, "error")
            self._on_experiments_changed(self._coachee_id or "")
            return None
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def open_assessment(self, instrument_key: str) -> AssessmentDialog | None:
        """Open the form of one measure, recorded as part of this session.

        Confidence per goal has its boxes in the side panel: the first one takes the focus.
        """
        if self._record is None or self._coachee_id is None:
            return None
        if instrument_key == "confidence" and self._rating_boxes:
            next(iter(self._rating_boxes.values())).setFocus()
            return None
        # Saved first, so nothing typed waits on a dialog that may stay open a while.
        self.flush()
        self._touched = True
        try:
            dialog = AssessmentDialog(
                self._context,
                self._coachee_id,
                instrument_key,
                self,
                session_id=self._record.id,
            )
        except CoachAppError as exc:
            self._set_status(exc.message, "error")
            return None
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _close_dialogs(self) -> None:
        for dialog in (
            self.findChildren(ExperimentDialog)
            + self.findChildren(ExperimentReviewDialog)
            + self.findChildren(AssessmentDialog)
        ):
            dialog.reject()

    def _on_experiments_changed(self, coachee_id: str) -> None:
        if self._record is not None and coachee_id == self._coachee_id:
            try:
                self._fill_experiments()
            except CoachAppError:
                return

    def _on_coachee_changed(self, coachee_id: str) -> None:
        if self._record is None or coachee_id != self._coachee_id:
            return
        # Goals may have changed: save pending ratings first, then rebuild the boxes.
        self._save()
        try:
            self._coachee_name = coachees.get_coachee(self._context.vault, coachee_id).name
            self.name_label.setText(self._coachee_name)
            self._fill_ratings()
        except CoachAppError:
            return


def _empty_layout(layout: object) -> None:
    assert isinstance(layout, QVBoxLayout)
    while layout.count():
        item = layout.takeAt(0)
        widget = item.widget()
        if widget is not None:
            widget.hide()  # out of sight now; deleted when the event loop gets to it
            widget.deleteLater()


__all__ = ["SHORTCUTS", "SessionEditor"]
