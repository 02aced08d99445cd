"""In-session mode: the session editor's "live" state, while the coachee sits in front of you.

A session started live (Start session, Ctrl+Shift+S, or the template chooser's "in-session
mode") shows the clock bar (``ui/session_clock_bar.py``) in place of the date/length row and
runs a :class:`coach_app.session_clock.SessionClock` on the template's phases, scaled to the
session's length. The clock follows the section the cursor enters; the coach can also advance
it, pause it, or jump to a section (Alt+1..n, Ctrl+PgUp/PgDn). The side panel stays available
and collapses (F9), by default when the page is narrow (a 13" screen at 200 %).

Ending is explicit (Ctrl+Shift+E or "End session"): it records the real start time and the
minutes counted (pauses left out); Esc in a live session never ends it. Everything else (the
autosave, drafts through a lock, the read-only view) stays the editor's own.

The editor owns one :class:`LiveSession` and forwards to it; the keys are made here
(``install_keys``) and listed for F1 by :func:`live_shortcuts`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import datetime, timedelta

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget

from coach_app import session_clock, templates
from coach_app.errors import CoachAppError
from coach_app.session_clock import SessionClock
from coach_app.ui.context import AppContext
from coach_app.ui.session_page import SessionPage

SECTION_PREFIX = "section:"
NARROW_PX = 800  # below this page width a live session starts with the side panel collapsed
MAX_SECTION_KEYS = 9  # Alt+1..Alt+9


# Each row calls translate("SessionEditor", "literal"): pyside6-lupdate extracts that form (an
# alias named tr is read as tr(source, disambiguation), and a helper taking the text as a
# variable hides it).
# The context is the editor's, whose own list these rows were before this module.


def shortcuts() -> tuple[tuple[str, str], ...]:
    """Every key of the session editor, in the current language."""
    translate = QCoreApplication.translate
    return (
        ("Ctrl+E", translate("SessionEditor", "Agree an experiment from the selected text")),
        (
            "Ctrl+1 / 2 / 3 / 4",
            translate("SessionEditor", "Mark the line: insight / quote / action / experiment"),
        ),
        ("Ctrl+Shift+O", translate("SessionEditor", "Hand the laptop over for a self-assessment")),
        ("Tab / Shift+Tab", translate("SessionEditor", "Next / previous field")),
        (
            "Esc",
            translate(
                "SessionEditor",
                "Done: save and close the session (not a live one: Ctrl+Shift+E ends it)",
            ),
        ),
        *live_shortcuts(),
    )


def live_shortcuts() -> tuple[tuple[str, str], ...]:
    """The keys of an open session beyond the menus, in the current language (for F1)."""
    translate = QCoreApplication.translate
    return (
        ("Alt+1..9", translate("SessionEditor", "Session: go to section 1..9")),
        ("Ctrl+PgUp / Ctrl+PgDown", translate("SessionEditor", "Session: previous / next section")),
        (
            "Ctrl+Shift+PgDown",
            translate("SessionEditor", "Session clock: next phase (the cursor stays)"),
        ),
        ("Ctrl+Shift+P", translate("SessionEditor", "Session clock: pause / resume")),
        ("Ctrl+Shift+E", translate("SessionEditor", "End the live session and record its time")),
        ("F9", translate("SessionEditor", "Session: show / hide the side panel")),
        ("Ctrl+S", translate("SessionEditor", "Session: save now (it also saves by itself)")),
    )


def _phases(template: templates.TemplateSpec, minutes: int) -> tuple[session_clock.Phase, ...]:
    # Too short a session for one minute per section gets no phases: the clock counts only.
    return session_clock.plan(template, minutes) if minutes >= len(template.sections) else ()


class LiveSession(QObject):
    """The clock of the open live session and what the coach does with it.

    Signals:
        ended: the live session ended: its start (wall clock) and the minutes counted.
        active_changed: in-session mode began (True) or stopped (False); the window may
            collapse what is not needed while listening (the coachee list).
    """

    ended = Signal(datetime, int)
    active_changed = Signal(bool)

    def __init__(self, context: AppContext, page: SessionPage, parent: QObject | None = None):
        super().__init__(parent)
        self._context = context
        self._page = page
        self._clock: SessionClock | None = None
        self._started_at: datetime | None = None
        self._template: templates.TemplateSpec | None = None
        self._beep = False
        self.bar = page.clock_bar
        self.bar.length_changed.connect(self._replan)
        self.bar.end_requested.connect(self.end)

    @property
    def active(self) -> bool:
        """Whether a live session is running (or paused) in the editor."""
        return self._clock is not None

    @property
    def clock(self) -> SessionClock | None:
        """The running clock, if a live session is open."""
        return self._clock

    def _seconds(self) -> float:
        # The app's clock (fake in tests) as seconds; pauses and phases count on it.
        return self._context.now().timestamp()

    def start(self, template: templates.TemplateSpec, minutes: int, *, beep: bool) -> None:
        """Go live on ``template``'s phases for a session of ``minutes``; the clock starts now."""
        clock = self._new_clock(template, minutes)
        clock.start()
        self._go_live(template, clock, self._context.now().replace(microsecond=0), beep=beep)

    def draft_state(self) -> dict[str, object] | None:
        """What a lock keeps of the live session (None when none is live): see ``resume``."""
        clock, started, template = self._clock, self._started_at, self._template
        if clock is None or started is None or template is None:
            return None
        return {
            "template": template.key,
            "minutes": clock.total_minutes,
            "started_at": started.isoformat(),
            "beep": self._beep,
            "clock": clock.snapshot(),
        }

    def resume(self, state: Mapping[str, object]) -> bool:
        """Go live again after an unlock, on the clock a lock kept (``draft_state``).

        The clock carries on from the session's real start, with the phase it was in and the
        time spent per phase; the minutes the app was locked count, as the conversation went
        on. False (nothing changes) when ``state`` does not describe a live session.
        """
        key, started, minutes = state.get("template"), state.get("started_at"), state.get("minutes")
        if self.active or not isinstance(key, str) or not isinstance(started, str):
            return False
        if not isinstance(minutes, int) or minutes < 1:
            return False
        try:
            template = templates.template(key)
            started_at = datetime.fromisoformat(started)
        except (CoachAppError, ValueError):
            return False
        clock = self._new_clock(template, minutes)
        snapshot = state.get("clock")
        clock.resume_from(snapshot if isinstance(snapshot, Mapping) else {})
        self._go_live(template, clock, started_at, beep=state.get("beep") is True)
        return True

    def _new_clock(self, template: templates.TemplateSpec, minutes: int) -> SessionClock:
        return SessionClock(_phases(template, minutes), minutes, self._seconds)

    def _go_live(
        self,
        template: templates.TemplateSpec,
        clock: SessionClock,
        started_at: datetime,
        *,
        beep: bool,
    ) -> None:
        self._template = template
        self._clock = clock
        self._started_at = started_at
        self._beep = beep
        self._page.set_live(True)
        self.bar.show_clock(clock, [s.label for s in template.sections], beep=beep)
        if self._page.width() < NARROW_PX:
            self._page.set_side_shown(False)
        self.active_changed.emit(True)

    def _replan(self, minutes: int) -> None:
        clock, template = self._clock, self._template
        if clock is None or template is None:
            return
        clock.replan(_phases(template, minutes), minutes)
        self.bar.set_labels([s.label for s in template.sections])

    def follow(self, key: str | None) -> None:
        """The cursor entered the field ``key``: the clock moves to its phase (if it is one)."""
        clock = self._clock
        if clock is None or key is None or not key.startswith(SECTION_PREFIX):
            return
        if clock.follow(key.removeprefix(SECTION_PREFIX)):
            self.bar.refresh()

    def advance(self) -> None:
        """The clock's next phase (Ctrl+Shift+PgDown)."""
        self.bar.advance()

    def toggle_pause(self) -> None:
        """Pause or resume (Ctrl+Shift+P)."""
        self.bar.toggle_pause()

    def end(self) -> tuple[datetime, int] | None:
        """End the live session: ``ended(start, minutes)``; None when none is live."""
        clock, started = self._clock, self._started_at
        if clock is None or started is None:
            return None
        seconds = clock.end()
        minutes = max(1, round(seconds / 60))
        self.stop()
        self.ended.emit(started, minutes)
        return started, minutes

    def stop(self) -> None:
        """Leave the live state without recording anything (closed, locked, or ended)."""
        was_active = self._clock is not None
        self._clock = None
        self._started_at = None
        self._template = None
        self._page.set_live(False)
        if was_active:
            self.active_changed.emit(False)

    def end_estimate(self) -> datetime | None:
        """When the session is planned to end (start plus its length), while live."""
        if self._clock is None or self._started_at is None:
            return None
        return self._started_at + timedelta(minutes=self._clock.total_minutes)


def install_keys(
    owner: QWidget,
    *,
    jump: Callable[[int], None],
    step: Callable[[int], None],
    live: LiveSession,
    end: Callable[[], object],
    toggle_side: Callable[[], None],
) -> None:
    """The session's keys, active anywhere inside ``owner`` (the editor)."""
    scope = Qt.ShortcutContext.WidgetWithChildrenShortcut

    def key(sequence: str, slot: Callable[[], object]) -> None:
        QShortcut(QKeySequence(sequence), owner, slot, context=scope)

    def jumper(index: int) -> Callable[[], None]:
        return lambda: jump(index)

    for n in range(1, MAX_SECTION_KEYS + 1):
        key(f"Alt+{n}", jumper(n - 1))
    key("Ctrl+PgDown", lambda: step(1))
    key("Ctrl+PgUp", lambda: step(-1))
    key("Ctrl+Shift+PgDown", live.advance)
    key("Ctrl+Shift+P", live.toggle_pause)
    key("Ctrl+Shift+E", end)
    key("F9", toggle_side)
