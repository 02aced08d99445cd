"""The session editor: notes typed while listening in a 1:1, saved as they are typed.

The editor assembles the parts: the page with its header (``session_page``), the writing form
(``session_form``), the side panel (``session_side_panel``), the template chooser a new
session starts with (``session_template_chooser``) and the autosave (``session_autosave``).

Nothing typed may be lost (docs/security.md 13). Every edit marks its field dirty; the autosave
saves after a pause in the typing, and at least every couple of seconds while it goes on; the
editor also saves at once when focus leaves a field, on Ctrl+S, on Done/Escape and on
``context.about_to_lock``. When a save fails, the text stays in the editor, the header says
so, and the next change or focus change tries again; a later success clears the message.
What a lock finds unsaved is sealed with the open session, the field and the cursor
(``draft_state``, ``ui/drafts.py``); after unlock ``restore_draft`` puts it back and saves it.

Every write goes through ``context.ops``, which broadcasts it once on ``signals.changed``; the
editor listens there for changes others made (a goal added, an experiment reviewed) and skips
its own.

A session started live runs in-session mode (``ui/session_live.py``): the session clock over
the same form, autosave and drafts; Esc never ends it, Ctrl+Shift+E (or "End session") does and
records its real start and length, which stay editable in the date/length row afterwards.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from typing import TypeVar

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from coach_app import templates
from coach_app.changes import Changes, Kind
from coach_app.errors import CoachAppError
from coach_app.services import coachees, sessions, settings
from coach_app.services.access import OpenVault
from coach_app.services.records import SessionRecord
from coach_app.ui import search_focus, session_dialogs
from coach_app.ui import session_editor_marks as editor_marks
from coach_app.ui.assessment_dialog import AssessmentDialog
from coach_app.ui.context import AppContext
from coach_app.ui.errors import bug_title
from coach_app.ui.experiment_dialog import ExperimentDialog, ExperimentReviewDialog
from coach_app.ui.labels import plain_label
from coach_app.ui.session_autosave import (
    DEBOUNCE_MS,
    MAX_WAIT_MS,
    RATING_PREFIX,
    WHEN_KEYS,
    AutosaveController,
)
from coach_app.ui.session_editor_drafts import SessionDraftsMixin
from coach_app.ui.session_form import SessionForm
from coach_app.ui.session_live import LiveSession, install_keys, shortcuts
from coach_app.ui.session_page import SessionPage, meta_text
from coach_app.ui.session_side_panel import SessionSidePanel
from coach_app.ui.session_template_chooser import TemplateChooser, session_kind

log = logging.getLogger(__name__)

T = TypeVar("T")


def _message(error: BaseException) -> str:
    if isinstance(error, CoachAppError):
        return error.message
    log.error("session editor: %s", type(error).__name__)  # the type only: no note text
    return bug_title()


class SessionEditor(SessionDraftsMixin, QWidget):
    """Write one coaching session; autosaves; the main window embeds it.

    Args:
        context: the app context (vault, operations, change broadcast, clock).
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
        self._loading = False
        self._form: SessionForm | None = None
        self._side: SessionSidePanel | None = None
        # DEBOUNCE_MS / MAX_WAIT_MS are read here, at construction, so tests can change them.
        self._autosave = AutosaveController(
            context,
            self._read,
            initiator=self,
            debounce_ms=DEBOUNCE_MS,
            max_wait_ms=MAX_WAIT_MS,
            parent=self,
        )
        self._autosave.dirtied.connect(lambda: self._set_status(self.tr("Saving…"), "muted"))
        self._autosave.saved.connect(self._saved)
        self._autosave.failed.connect(self._save_failed)

        self._stack = QStackedWidget()
        self._empty = plain_label(self.tr("No session is open."), tone="muted")
        self._empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._chooser = TemplateChooser()
        self._chooser.chosen.connect(self._start_session)
        self._chooser.cancelled.connect(self._cancel_new)
        self._page = SessionPage()
        self._page.done_button.clicked.connect(self.done)
        self._page.when_changed.connect(self._changed)
        self._live = LiveSession(context, self._page, self)
        self._live.ended.connect(self._record_end)
        self.clock_bar = self._page.clock_bar
        # The header's labels, as tests and the window read them.
        self.name_label = self._page.name_label
        self.meta_label = self._page.meta_label
        self.status_label = self._page.status_label
        for page in (self._empty, self._chooser, self._page):
            self._stack.addWidget(page)
        # A session opened from a search hit is shown read-only first (ui/search_focus).
        self._review_bar = search_focus.ReviewBar()
        self.edit_button = self._review_bar.edit_button
        self.edit_button.clicked.connect(self.edit_now)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._review_bar)
        layout.addWidget(self._stack)

        scope = Qt.ShortcutContext.WidgetWithChildrenShortcut
        QShortcut(QKeySequence("Ctrl+E"), self, self.agree_experiment, context=scope)
        QShortcut(QKeySequence("Ctrl+Shift+O"), self, self.hand_over, context=scope)
        QShortcut(QKeySequence.StandardKey.Save, self, self.flush, context=scope)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self._escape, context=scope)
        install_keys(
            self,
            jump=self.jump_to_section,
            step=self.step_section,
            live=self._live,
            end=self.end_session,
            toggle_side=lambda: self._page.set_side_shown(not self._page.side_shown),
        )

        context.about_to_lock.connect(self.flush)
        context.drafts.register(self, "session")
        context.signals.vault_locked.connect(self.clear)
        context.signals.changed.connect(self._on_changed)

    # ---- what is open -----------------------------------------------------------------------

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
        if self._form is None:
            raise KeyError(key)
        return self._form.widget(key)

    def rating_box(self, goal_id: str) -> QSpinBox:
        """The confidence box of an active goal."""
        if self._side is None:
            raise KeyError(goal_id)
        return self._side.rating_box(goal_id)

    @property
    def assessment_button(self) -> QPushButton:
        """The side panel's "Assessment…" button (``AttributeError`` with no session open)."""
        if self._side is None:
            raise AttributeError("assessment_button")
        return self._side.assessment_button

    def _read(self, key: str) -> object:
        # What the autosave stores for a key; KeyError when its field is gone.
        if key.startswith(RATING_PREFIX):
            if self._side is None:
                raise KeyError(key)
            return self._side.rating(key.removeprefix(RATING_PREFIX))
        if key in WHEN_KEYS:
            return self._page.when_value(key)
        if self._form is None:
            raise KeyError(key)
        return self._form.value(key)

    # ---- opening ----------------------------------------------------------------------------

    def new_session(
        self, coachee_id: str, template: str | None = None, *, live: bool | None = None
    ) -> bool:
        """Start a session for a coachee; without ``template`` a compact chooser asks first.

        ``live`` starts it in in-session mode (the clock); None leaves that to the chooser's
        box (a ``template`` given without ``live`` starts a session without the clock).

        Returns False if the current session's pending edits cannot be saved (it stays open,
        with the error), or if the vault refuses the new session (the reason is shown).
        """
        found = self._switch(
            lambda vault: (
                coachees.get_coachee(vault, coachee_id),
                template or settings.load_settings(vault).default_template,
            )
        )
        if found is None:
            return False
        profile, default = found
        self._coachee_id = coachee_id
        self._coachee_name = profile.name
        if template is not None:
            return self._start_session(template, live=bool(live))
        self._chooser.prepare(profile.name, default, live=live)
        self._stack.setCurrentWidget(self._chooser)
        self._chooser.list.setFocus()
        return True

    def prefer_live(self) -> None:
        """The next chooser starts in in-session mode (Start session, Ctrl+Shift+S)."""
        self._chooser.live_box.setChecked(True)

    def _start_session(self, template: str, *, live: bool | None = None) -> bool:
        coachee_id = self._coachee_id
        assert coachee_id is not None
        live = self._chooser.live if live is None else live
        try:
            spec = templates.template(template)
            stored = settings.load_settings(self._context.vault)
            minutes = stored.default_session_minutes
        except CoachAppError as exc:
            self._show_message(exc.message)
            return False
        failures: list[BaseException] = []
        record = self._context.ops.change(
            lambda vault: sessions.create_session(
                vault,
                coachee_id,
                template=spec.key,
                kind=session_kind(spec),
                started_at=self._context.now(),
                duration_minutes=minutes,
            ),
            initiator=self,
            on_failure=failures.append,
        )
        if record is None or failures:
            self._show_message(_message(failures[0]) if failures else "")
            return False
        if not self._show_record(record):
            return False
        self._created_here = True
        if live:
            self._live.start(spec, minutes, beep=stored.cue_sound)
            self._say_in_session()
        return True

    def _say_in_session(self) -> None:
        """The status line of a live session (started, or back after an unlock)."""
        self._set_status(self.tr("In session: Ctrl+Shift+E ends it"), "muted")

    def _cancel_new(self) -> None:
        self._unload()
        self.closed.emit()

    def open_session(self, session_id: str) -> bool:
        """Open an existing session.

        Returns False if the current one could not be saved (it stays open) or the session
        cannot be read (the reason is shown).
        """
        record = self._switch(lambda vault: sessions.get_session(vault, session_id))
        shown = record is not None and self._show_record(record)
        terms = search_focus.take(self._context, session_id)
        if shown and terms is not None:
            self._review(terms)
        return shown

    @property
    def read_only(self) -> bool:
        """Whether the open session is shown read-only (opened from a search hit)."""
        return not self._review_bar.isHidden()

    def _review(self, terms: tuple[str, ...]) -> None:
        if self._form is None:
            return
        self._form.set_read_only(True)
        if self._side is not None:
            self._side.setEnabled(False)
        self._review_bar.show()
        found = self._form.highlight(terms)
        if found is not None:
            found.setFocus()
        self._set_status(self.tr("Read-only"), "muted")

    def edit_now(self) -> None:
        """Leave the read-only view: the session can be changed (and is saved as it is typed)."""
        self._review_bar.hide()
        if self._form is None:
            return
        self._form.set_read_only(False)
        self._form.highlight(())
        if self._side is not None:
            self._side.setEnabled(True)
        self._set_status(self.tr("Saves as you type"), "muted")

    def _switch(self, read: Callable[[OpenVault], T]) -> T | None:
        # Save the open session, then read what comes next; None (the reason shown) if the
        # save fails (the session stays open) or the read does (the editor is emptied).
        if self._live.active:
            self.end_session()  # a live session left for another keeps its real time
        if not self.flush():
            return None
        try:
            found = read(self._context.vault)
        except CoachAppError as exc:
            self._unload()
            self._show_message(exc.message)
            return None
        self._unload()
        return found

    def _show_record(self, record: SessionRecord) -> bool:
        try:
            self._load(record)
        except CoachAppError as exc:  # e.g. the coachee was erased meanwhile
            self._unload()
            self._show_message(exc.message)
            return False
        return True

    def _load(self, record: SessionRecord) -> None:
        self._loading = True
        try:
            self._record = record
            self._coachee_id = record.coachee_id
            self._coachee_name = coachees.get_coachee(self._context.vault, record.coachee_id).name
            self._touched = False
            form = SessionForm(record)
            form.changed.connect(self._changed)
            form.focus_left.connect(self._focus_left)
            form.entered.connect(self._live.follow)  # the clock follows the section written in
            side = SessionSidePanel(self._context, record)
            side.rating_changed.connect(lambda gid: self._changed(f"{RATING_PREFIX}{gid}"))
            side.focus_left.connect(self._focus_left)
            side.review_requested.connect(self.review_experiment)
            side.new_experiment_requested.connect(self.agree_experiment)
            side.assessment_requested.connect(self.open_assessment)
            editor_marks.attach(
                self._context, self, record, form, side, before_dialog=self._before_dialog
            )
            self._page.show_parts(self._coachee_name, meta_text(record), form, side)
            self._page.show_when(record.started_at, record.duration_minutes, record.paid)
            self._form, self._side = form, side
            self._autosave.attach(record.id)
            self._set_status(self.tr("Saves as you type"), "muted")
        finally:
            self._loading = False
        self._stack.setCurrentWidget(self._page)
        self._context.nav.set_session(record.id)
        first = self._form.first_field()
        if first is not None:
            first.setFocus()

    def _unload(self) -> None:
        self._live.stop()
        self._autosave.detach()
        self._review_bar.hide()
        had_session = self._record is not None
        self._record = None
        self._coachee_id = None
        self._coachee_name = ""
        self._created_here = False
        self._touched = False
        self._form = None
        self._side = None
        self._page.clear()
        self._empty.setText(self.tr("No session is open."))
        self._stack.setCurrentWidget(self._empty)
        if had_session:
            self._context.nav.set_session(None)

    def clear(self) -> None:
        """Drop every bit of coachee data from the widgets (on lock); nothing is saved here."""
        session_dialogs.close_dialogs(self)
        self._unload()

    def _show_message(self, message: str) -> None:
        self._empty.setText(message)
        self._stack.setCurrentWidget(self._empty)

    # ---- in-session mode ----------------------------------------------------------------------

    @property
    def live(self) -> LiveSession:
        """The in-session mode (``live.active`` while the clock runs)."""
        return self._live

    def current_section_key(self) -> str | None:
        """The key of the field that has (or last had) the focus, e.g. ``"section:goal"``."""
        return self._form.last_key if self._form is not None else None

    def current_text_edit(self) -> QPlainTextEdit | QTextEdit | None:
        """The note field that has (or last had) the focus, for actions on its text."""
        key = self.current_section_key()
        return self._form.fields.get(key) if self._form is not None and key else None

    def jump_to_section(self, index: int) -> None:
        """Alt+n: the cursor to note field ``index`` (sections, then notes), where it was."""
        if self._form is not None:
            self._form.focus_field(index)

    def step_section(self, step: int) -> None:
        """Ctrl+PgDown / Ctrl+PgUp: the next or previous note field."""
        if self._form is not None:
            self._form.step_field(step)

    def end_session(self) -> bool:
        """Ctrl+Shift+E: end the live session; its start and minutes are saved. False if none."""
        return self._live.end() is not None and self._autosave.error is None

    def _record_end(self, started_at: datetime, minutes: int) -> None:
        if self._record is None:
            return
        paid = self._page.when_value("paid")
        self._page.show_when(started_at, minutes, paid if isinstance(paid, bool) else None)
        for key in ("started_at", "duration_minutes"):
            self._changed(key)
        self._touched = True  # a session held live is kept, even without a word written
        if self.flush() and self._record is not None:
            self.meta_label.setText(meta_text(self._record))
            self._set_status(
                self.tr("Session ended: {minutes} min from {time}").format(
                    minutes=minutes, time=f"{started_at:%H:%M}"
                ),
                "muted",
            )

    # ---- autosave ---------------------------------------------------------------------------

    def _changed(self, key: str) -> None:
        if self._loading or self._record is None:
            return
        self._touched = True
        self._autosave.mark(key)

    def _focus_left(self) -> None:
        # The coach moved on: save now rather than wait for the timer.
        if self._autosave.dirty:
            self._autosave.save()

    def flush(self) -> bool:
        """Save pending edits now. False if saving failed (the text stays, the error shows)."""
        return self._autosave.save()

    def _saved(self, record: object) -> None:
        if isinstance(record, SessionRecord):
            self._record = record
        moment = self._context.now()
        self._set_status(self.tr("Saved at {time}").format(time=f"{moment:%H:%M:%S}"), "muted")

    def _save_failed(self, message: str) -> None:
        self._set_status(
            self.tr("Not saved: {reason} — your text is still here").format(reason=message),
            "error",
        )

    def _set_status(self, text: str, tone: str) -> None:
        self._page.set_status(text, tone)

    # ---- done -------------------------------------------------------------------------------

    def _escape(self) -> None:
        if self._stack.currentWidget() is self._chooser:
            self._cancel_new()
        elif self._live.active:
            # Never end a live session by a stray Esc: say how to end it instead.
            self._set_status(self.tr("Still in session: Ctrl+Shift+E ends it."), "muted")
        elif self._record is not None:
            self.done()

    def done(self) -> bool:
        """Save, close the session and emit ``closed``; stays open if the save fails."""
        if self._record is None:
            self._unload()
            self.closed.emit()
            return True
        if self._live.active and not self.end_session():
            return False
        if not self.flush():
            return False
        self._drop_if_untouched()
        session_dialogs.close_dialogs(self)
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
        self._context.ops.change(
            lambda vault: sessions.delete_session(vault, record.id),
            initiator=self,
            on_failure=lambda error: log.info("empty session kept: %s", type(error).__name__),
        )

    # ---- experiments and measures -----------------------------------------------------------

    def _before_dialog(self) -> None:
        # Saved first, so nothing typed waits on a dialog that may stay open a while; what the
        # dialog agrees or records belongs to this session, so it is no longer empty.
        self.flush()
        self._touched = True

    def agree_experiment(self) -> ExperimentDialog | None:
        """Ctrl+E: open the experiment dialog prefilled with the focused field's selection."""
        if self._record is None or self._form is None:
            return None
        selected = self._form.focused_selection()
        self._form.deselect_focused()  # the next key must not replace the text just agreed
        self._before_dialog()
        return session_dialogs.agree_experiment(self._context, self, self._record, selected)

    def hand_over(self) -> QWidget | None:
        """Ctrl+Shift+O: hand the laptop over for a self-assessment in this session."""
        if self._side is None or self.read_only:
            return None
        self._before_dialog()
        return self._side.start_handover()

    def review_experiment(self, experiment_id: str) -> ExperimentReviewDialog | None:
        """Open the review of one of the coachee's open experiments, in this session."""
        if self._record is None:
            return None
        self._before_dialog()
        try:
            return session_dialogs.review_experiment(
                self._context, self, self._record, experiment_id
            )
        except CoachAppError as exc:  # e.g. deleted meanwhile: say so and show the fresh list
            self._set_status(exc.message, "error")
            self._refresh_experiments()
            return None

    def open_assessment(self, instrument_key: str) -> AssessmentDialog | None:
        """Open the form of one measure, recorded as part of this session.

        Confidence per goal has its boxes in the side panel: the first one takes the focus.
        """
        if self._record is None:
            return None
        first_box = self._side.first_rating_box() if self._side is not None else None
        if instrument_key == "confidence" and first_box is not None:
            first_box.setFocus()
            return None
        self._before_dialog()
        try:
            return session_dialogs.record_assessment(
                self._context, self, self._record, instrument_key
            )
        except CoachAppError as exc:
            self._set_status(exc.message, "error")
            return None

    # ---- what others changed ----------------------------------------------------------------

    def _on_changed(self, changes: Changes, initiator: object) -> None:
        coachee_id = self._coachee_id
        if initiator is self or self._record is None or coachee_id is None:
            return  # our own autosave, or nothing open
        if changes.touches(Kind.PROFILE, Kind.GOALS, coachee_id=coachee_id):
            self._refresh_coachee()
        if changes.touches(Kind.EXPERIMENTS, coachee_id=coachee_id):
            self._refresh_experiments()

    def _refresh_experiments(self) -> None:
        if self._side is None:
            return
        try:
            self._side.fill_experiments()
        except CoachAppError:
            return

    def _refresh_coachee(self) -> None:
        # Goals may have changed: save pending ratings first, then rebuild the boxes.
        self._autosave.save()
        if self._coachee_id is None or self._side is None:
            return
        try:
            self._coachee_name = coachees.get_coachee(self._context.vault, self._coachee_id).name
            self.name_label.setText(self._coachee_name)
            self._side.fill_ratings()
        except CoachAppError:
            return


__all__ = ["DEBOUNCE_MS", "MAX_WAIT_MS", "SessionEditor", "shortcuts"]
