"""The session clock: a soft time budget per phase of a live 1:1, and the cues it gives.

A phase is a section of the session's template (GROW: goal, reality, options, will). The
catalogue (``coach_app.templates``) gives each section a budget in minutes for a session of
``templates.session_minutes()``; :func:`plan` scales those budgets to the length of this
session (50 or 60 minutes, or whatever the coach set), so the phases still add up to it.

:class:`SessionClock` is a small state machine over an injectable clock (``now`` returns
seconds, e.g. ``time.monotonic``; tests pass a fake): ``start``, ``pause``/``resume``, the
current phase, time spent and left per phase and in total, ``advance`` to the next phase or
``follow`` the section being written in. ``poll`` returns the cues that became due since the
last call — the end of a phase's budget and five minutes before the end of the session — each
reported once, so the UI can show a quiet sign without repeating it.

Phases are guidance, never a cage: going back to a phase adds to its time, and running over a
budget only makes the remaining time negative.

Pure: no Qt, no database.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from enum import Enum

from coach_app import templates

#: The cue "the end is near" comes this many seconds before the end of the session.
FINAL_CUE_SECONDS = 5 * 60
#: The session lengths offered first (the Settings dialog accepts any length in range).
COMMON_LENGTHS = (50, 60)


@dataclass(frozen=True)
class Phase:
    """One phase of the plan: the section key it follows and its budget in minutes."""

    key: str
    minutes: int


class CueKind(Enum):
    """What a cue says."""

    PHASE_END = "phase_end"  # the current phase has used its budget
    FINAL_MINUTES = "final_minutes"  # five minutes (FINAL_CUE_SECONDS) left in the session


@dataclass(frozen=True)
class Cue:
    """A cue that became due; ``phase`` names the phase of a ``PHASE_END``."""

    kind: CueKind
    phase: str | None = None


def scale(budgets: Sequence[tuple[str, int]], total_minutes: int) -> tuple[Phase, ...]:
    """``budgets`` scaled so they add up to ``total_minutes`` (each phase at least 1 minute).

    Largest remainders get the spare minutes, so the order of the phases never decides alone
    which one gains or loses a minute.
    """
    if not budgets:
        return ()
    if total_minutes < len(budgets):
        raise ValueError("a session needs at least one minute per phase")
    weights = [max(0, minutes) for _key, minutes in budgets]
    if not any(weights):  # no budget at all: equal shares
        weights = [1] * len(budgets)
    shares = [w * total_minutes / sum(weights) for w in weights]
    whole = [max(1, int(share)) for share in shares]
    spare = total_minutes - sum(whole)
    # Hand out (or take back) the spare minutes by remainder, largest first.
    order = sorted(range(len(shares)), key=lambda i: shares[i] - int(shares[i]), reverse=True)
    step = 1 if spare > 0 else -1
    while spare != 0:
        changed = False
        for i in order if step > 0 else reversed(order):
            if spare == 0:
                break
            if step < 0 and whole[i] <= 1:
                continue
            whole[i] += step
            spare -= step
            changed = True
        if not changed:  # pragma: no cover - impossible: total_minutes >= len(budgets)
            break
    return tuple(Phase(key, minutes) for (key, _m), minutes in zip(budgets, whole, strict=True))


def plan(
    template: templates.TemplateSpec,
    total_minutes: int,
    budgets: Mapping[str, int] | None = None,
) -> tuple[Phase, ...]:
    """The phases of ``template`` for a session of ``total_minutes``.

    ``budgets`` overrides the catalogue's minutes for some sections (the coach's own defaults);
    the result is scaled to ``total_minutes`` either way. A template without sections has no
    phases: the clock then only counts the whole session.
    """
    given = budgets or {}
    raw = [(s.key, int(given.get(s.key, s.minutes))) for s in template.sections]
    return scale(raw, total_minutes)


class SessionClock:
    """Time of a live session, per phase and in total.

    Args:
        phases: the plan (may be empty: the clock then counts the session only).
        total_minutes: the session's length (the phases normally add up to it).
        now: seconds from any fixed point (monotonic); called at every question.
    """

    def __init__(
        self, phases: Sequence[Phase], total_minutes: int, now: Callable[[], float]
    ) -> None:
        self.phases = tuple(phases)
        self.total_minutes = total_minutes
        self._now = now
        self._index = 0
        self._spent = {p.key: 0.0 for p in self.phases}
        self._total = 0.0
        self._since: float | None = None  # when the running stretch began; None: not running
        self._started = False
        self._ended = False
        self._cued: set[tuple[CueKind, str | None]] = set()

    # ---- state ------------------------------------------------------------------------------

    @property
    def started(self) -> bool:
        """Whether ``start`` was called."""
        return self._started

    @property
    def running(self) -> bool:
        """Started, not paused, not ended."""
        return self._since is not None

    @property
    def paused(self) -> bool:
        """Started and paused (not ended)."""
        return self._started and not self._ended and self._since is None

    @property
    def ended(self) -> bool:
        """Whether ``end`` was called."""
        return self._ended

    def start(self) -> None:
        """Start counting (again after ``end`` is not possible; a second start does nothing)."""
        if self._started:
            return
        self._started = True
        self._since = self._now()

    def pause(self) -> None:
        """Stop counting until ``resume``."""
        if self.running:
            self._settle()
            self._since = None

    def resume(self) -> None:
        """Count again after ``pause``."""
        if self.paused:
            self._since = self._now()

    def toggle_pause(self) -> None:
        """Pause when running, resume when paused."""
        if self.running:
            self.pause()
        else:
            self.resume()

    def end(self) -> float:
        """Stop for good; returns the seconds counted (pauses left out)."""
        self.pause()
        self._ended = True
        return self._total

    def _settle(self) -> None:
        # Book the running stretch on the current phase and the total.
        if self._since is None:
            return
        moment = self._now()
        stretch = max(0.0, moment - self._since)
        self._total += stretch
        if self.phases:
            key = self.phases[self._index].key
            self._spent[key] += stretch
        self._since = moment

    def snapshot(self) -> dict[str, object]:
        """The clock as plain values, for a lock to keep with the drafts (``resume_from``)."""
        self._settle()
        return {
            "index": self._index,
            "spent": dict(self._spent),
            "total": self._total,
            "running": self._since is not None,
            "cued": [[kind.value, phase] for kind, phase in self._cued],
            "at": self._now(),
        }

    def resume_from(self, snapshot: Mapping[str, object]) -> None:
        """Carry on where ``snapshot`` left off (a started clock; call instead of ``start``).

        A clock that was running counts the time since the snapshot on its current phase: the
        conversation went on while the app was locked. Values of another type are ignored.
        """
        index, total, at = snapshot.get("index"), snapshot.get("total"), snapshot.get("at")
        if isinstance(index, int) and 0 <= index < len(self.phases):
            self._index = index
        spent = snapshot.get("spent")
        if isinstance(spent, Mapping):
            for key, seconds in spent.items():
                if key in self._spent and isinstance(seconds, int | float):
                    self._spent[key] = float(seconds)
        self._total = float(total) if isinstance(total, int | float) else 0.0
        cued = snapshot.get("cued")
        kinds = {kind.value: kind for kind in CueKind}
        for entry in cued if isinstance(cued, list) else []:
            if isinstance(entry, list) and len(entry) == 2 and entry[0] in kinds:
                self._cued.add((kinds[entry[0]], entry[1] if isinstance(entry[1], str) else None))
        self._started = True
        self._ended = False
        running = snapshot.get("running") is True
        self._since = float(at) if running and isinstance(at, int | float) else None

    def replan(self, phases: Sequence[Phase], total_minutes: int) -> None:
        """A new plan (the coach changed the session's length): time spent per phase stays."""
        self._settle()
        current = self.current.key if self.current is not None else None
        self.phases = tuple(phases)
        self.total_minutes = total_minutes
        self._spent = {p.key: self._spent.get(p.key, 0.0) for p in self.phases}
        keys = [p.key for p in self.phases]
        self._index = keys.index(current) if current in keys else 0

    # ---- phases -----------------------------------------------------------------------------

    @property
    def index(self) -> int:
        """The position of the current phase (0 when there are none)."""
        return self._index

    @property
    def current(self) -> Phase | None:
        """The current phase, if the plan has any."""
        return self.phases[self._index] if self.phases else None

    def go_to(self, index: int) -> bool:
        """Make phase ``index`` current; False (nothing changes) when out of range or current."""
        if not 0 <= index < len(self.phases) or index == self._index:
            return False
        self._settle()
        self._index = index
        return True

    def advance(self) -> bool:
        """The next phase; False at the last one."""
        return self.go_to(self._index + 1)

    def follow(self, key: str | None) -> bool:
        """Make the phase of section ``key`` current (the coach writes there); False if none."""
        for index, phase in enumerate(self.phases):
            if phase.key == key:
                return self.go_to(index)
        return False

    # ---- time -------------------------------------------------------------------------------

    def elapsed(self) -> float:
        """Seconds counted in the whole session so far."""
        running = self._now() - self._since if self._since is not None else 0.0
        return self._total + max(0.0, running)

    def remaining(self) -> float:
        """Seconds left in the session (negative when over)."""
        return self.total_minutes * 60 - self.elapsed()

    def phase_elapsed(self, index: int | None = None) -> float:
        """Seconds spent in phase ``index`` (default: the current one); 0 without phases."""
        if not self.phases:
            return 0.0
        at = self._index if index is None else index
        spent = self._spent[self.phases[at].key]
        if at == self._index and self._since is not None:
            spent += max(0.0, self._now() - self._since)
        return spent

    def phase_remaining(self, index: int | None = None) -> float:
        """Seconds left in phase ``index``'s budget (negative when over); 0 without phases."""
        if not self.phases:
            return 0.0
        at = self._index if index is None else index
        return self.phases[at].minutes * 60 - self.phase_elapsed(at)

    # ---- cues -------------------------------------------------------------------------------

    def poll(self) -> list[Cue]:
        """The cues due now that were not reported before (each one is reported once)."""
        if not self._started or self._ended:
            return []
        due: list[Cue] = []
        phase = self.current
        if phase is not None and self.phase_remaining() <= 0:
            due.append(Cue(CueKind.PHASE_END, phase.key))
        if self.total_minutes * 60 > FINAL_CUE_SECONDS and self.remaining() <= FINAL_CUE_SECONDS:
            due.append(Cue(CueKind.FINAL_MINUTES))
        fresh = [cue for cue in due if (cue.kind, cue.phase) not in self._cued]
        self._cued.update((cue.kind, cue.phase) for cue in fresh)
        return fresh


def clock_text(seconds: float) -> str:
    """``seconds`` as ``m:ss`` (``h:mm:ss`` from an hour), with a minus sign when negative."""
    sign = "-" if seconds < 0 else ""
    whole = int(abs(seconds))
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{sign}{hours}:{minutes:02d}:{secs:02d}"
    return f"{sign}{minutes}:{secs:02d}"
