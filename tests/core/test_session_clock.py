"""The session clock: plans scaled to the session, pause, phases, cues reported once."""

from __future__ import annotations

import json

import pytest

from coach_app import session_clock, templates
from coach_app.session_clock import Cue, CueKind, Phase, SessionClock


class Ticks:
    """A clock in seconds that only moves when told to."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def minutes(self, n: float) -> None:
        self.now += n * 60


def grow_clock(minutes: int = 60) -> tuple[SessionClock, Ticks]:
    ticks = Ticks()
    phases = session_clock.plan(templates.template("grow"), minutes)
    return SessionClock(phases, minutes, ticks), ticks


@pytest.mark.parametrize("key", [t.key for t in templates.templates() if t.sections])
@pytest.mark.parametrize("minutes", [50, 60])
def test_every_template_plans_to_the_session_length(key: str, minutes: int) -> None:
    phases = session_clock.plan(templates.template(key), minutes)
    assert sum(p.minutes for p in phases) == minutes
    assert [p.key for p in phases] == list(templates.template(key).section_keys())
    assert all(p.minutes >= 1 for p in phases)


def test_sixty_minutes_keeps_the_catalogue_budgets() -> None:
    phases = session_clock.plan(templates.template("grow"), 60)
    assert phases == (
        Phase("goal", 10),
        Phase("reality", 20),
        Phase("options", 15),
        Phase("will", 15),
    )


def test_fifty_minutes_scales_each_phase_down() -> None:
    # 8.3, 16.7, 12.5, 12.5: the two spare minutes go to the largest remainders.
    phases = session_clock.plan(templates.template("grow"), 50)
    assert [p.minutes for p in phases] == [8, 17, 13, 12]


def test_own_budgets_override_the_catalogue() -> None:
    phases = session_clock.plan(
        templates.template("grow"), 60, {"goal": 30, "reality": 10, "options": 10, "will": 10}
    )
    assert [p.minutes for p in phases] == [30, 10, 10, 10]


def test_scale_never_gives_a_phase_zero_minutes() -> None:
    phases = session_clock.scale([("a", 1), ("b", 100), ("c", 1)], 5)
    assert sum(p.minutes for p in phases) == 5
    assert min(p.minutes for p in phases) == 1
    with pytest.raises(ValueError):
        session_clock.scale([("a", 1), ("b", 1)], 1)


def test_a_template_without_sections_has_no_phases() -> None:
    ticks = Ticks()
    clock = SessionClock(session_clock.plan(templates.template("free"), 60), 60, ticks)
    clock.start()
    ticks.minutes(56)
    assert clock.current is None
    assert clock.phase_remaining() == 0
    assert clock.poll() == [Cue(CueKind.FINAL_MINUTES)]


def test_nothing_counts_before_start_and_pauses_are_left_out() -> None:
    clock, ticks = grow_clock()
    ticks.minutes(3)
    assert clock.elapsed() == 0
    assert clock.poll() == []
    clock.start()
    ticks.minutes(4)
    clock.pause()
    assert clock.paused and not clock.running
    ticks.minutes(30)
    assert clock.elapsed() == 4 * 60
    clock.resume()
    ticks.minutes(1)
    assert clock.elapsed() == 5 * 60
    assert clock.remaining() == 55 * 60
    assert clock.phase_elapsed() == 5 * 60
    assert clock.phase_remaining() == 5 * 60
    clock.toggle_pause()
    assert clock.paused
    clock.toggle_pause()
    assert clock.running


def test_phases_advance_follow_and_keep_their_own_time() -> None:
    clock, ticks = grow_clock()
    clock.start()
    ticks.minutes(2)
    assert clock.advance()
    assert clock.current == Phase("reality", 20)
    ticks.minutes(3)
    assert clock.follow("goal")  # the coach went back to write in the goal
    ticks.minutes(1)
    assert clock.phase_elapsed(0) == 3 * 60
    assert clock.phase_elapsed(1) == 3 * 60
    assert not clock.follow("goal")  # already there
    assert not clock.follow("notes")  # not a phase: the clock stays
    assert clock.follow("will")
    assert not clock.advance()  # the last phase
    assert clock.elapsed() == 6 * 60


def test_cues_fire_once_each() -> None:
    clock, ticks = grow_clock()
    clock.start()
    ticks.minutes(9)
    assert clock.poll() == []
    ticks.minutes(1)
    assert clock.poll() == [Cue(CueKind.PHASE_END, "goal")]
    ticks.minutes(5)
    assert clock.poll() == []  # reported once, even though the phase is still over
    clock.advance()
    clock.follow("goal")
    assert clock.poll() == []  # back in a phase already cued: not again
    clock.follow("will")
    ticks.minutes(40)  # 55 minutes in: five minutes left, and "will" (15) is over too
    assert set(clock.poll()) == {Cue(CueKind.PHASE_END, "will"), Cue(CueKind.FINAL_MINUTES)}
    ticks.minutes(10)
    assert clock.poll() == []
    assert clock.remaining() == -5 * 60


def test_end_stops_the_clock() -> None:
    clock, ticks = grow_clock(50)
    clock.start()
    ticks.minutes(47)
    assert clock.end() == 47 * 60
    assert clock.ended and not clock.running and not clock.paused
    ticks.minutes(10)
    assert clock.elapsed() == 47 * 60
    assert clock.poll() == []
    clock.resume()
    assert not clock.running


def test_clock_text() -> None:
    assert session_clock.clock_text(0) == "0:00"
    assert session_clock.clock_text(65.9) == "1:05"
    assert session_clock.clock_text(-90) == "-1:30"
    assert session_clock.clock_text(3725) == "1:02:05"


def test_replan_keeps_the_time_spent_and_the_current_phase() -> None:
    clock, ticks = grow_clock(60)
    clock.start()
    clock.advance()
    ticks.minutes(12)
    clock.replan(session_clock.plan(templates.template("grow"), 50), 50)
    assert clock.current == Phase("reality", 17)
    assert clock.phase_elapsed() == 12 * 60
    assert clock.remaining() == 38 * 60


def test_a_snapshot_resumes_with_its_phase_its_times_and_its_cues() -> None:
    clock, ticks = grow_clock()
    clock.start()
    ticks.minutes(12)  # goal's 10 minutes used: its cue is given
    assert [cue.kind for cue in clock.poll()] == [CueKind.PHASE_END]
    clock.follow("reality")
    ticks.minutes(5)
    kept = json.loads(json.dumps(clock.snapshot()))  # plain values, as a lock seals them
    ticks.minutes(3)  # the app is locked; the conversation goes on

    again = SessionClock(session_clock.plan(templates.template("grow"), 60), 60, ticks)
    again.resume_from(kept)
    assert again.running and again.current is not None and again.current.key == "reality"
    assert again.elapsed() == 20 * 60  # the minutes while locked count
    assert again.phase_elapsed(0) == 12 * 60 and again.phase_elapsed() == 8 * 60
    assert again.poll() == []  # goal's cue was given before the lock: not again


def test_a_paused_clock_resumes_paused_and_nonsense_is_ignored() -> None:
    clock, ticks = grow_clock()
    clock.start()
    ticks.minutes(4)
    clock.pause()
    kept = clock.snapshot()
    ticks.minutes(30)
    again, _ = grow_clock()
    again._now = ticks  # the same time line
    again.resume_from(kept)
    assert again.paused and again.elapsed() == 4 * 60
    odd, _ = grow_clock()
    odd.resume_from({"index": 99, "spent": "x", "total": None, "cued": [["nope", 3]]})
    assert odd.started and odd.paused and odd.elapsed() == 0 and odd.index == 0
