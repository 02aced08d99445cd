"""The autosave controller on its own (no editor widgets): debounce with a ceiling, one
broadcast per save, failures keep the edits, one rating per goal per session."""

# Fixtures are imported by name and injected by pytest as same-named parameters.
# ruff: noqa: F811

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

import pytest
from PySide6.QtCore import QCoreApplication
from pytestqt.qtbot import QtBot

from coach_app.changes import Changes, Kind
from coach_app.errors import StorageError
from coach_app.services import measurements, sessions
from coach_app.services.records import SessionRecord
from coach_app.ui.context import AppContext
from coach_app.ui.session_autosave import AutosaveController
from tests.ui.fixtures_editor import (  # noqa: F401 - clock, context, seeded are fixtures
    Seeded,
    clock,
    context,
    seeded,
)
from tests.ui.helpers_ops import hold_the_vault


class SecondsClock:
    """A monotonic clock in seconds that moves only when told to."""

    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


@dataclass
class Harness:
    """A controller attached to a fresh session, with the values it reads and what it did."""

    autosave: AutosaveController
    session_id: str
    values: dict[str, object]
    clock: SecondsClock
    saves: list[object] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)
    broadcasts: list[tuple[Changes, object]] = field(default_factory=list)


INITIATOR = object()


def make_harness(
    context: AppContext, seeded: Seeded, *, debounce_ms: int, max_wait_ms: int
) -> Harness:
    record = sessions.create_session(context.vault, seeded.coachee_id, template="grow")
    values: dict[str, object] = {}

    def read(key: str) -> object:
        return values[key]

    clock = SecondsClock()
    autosave = AutosaveController(
        context,
        read,
        initiator=INITIATOR,
        debounce_ms=debounce_ms,
        max_wait_ms=max_wait_ms,
        clock=clock,
    )
    harness = Harness(autosave, record.id, values, clock)
    autosave.saved.connect(harness.saves.append)
    autosave.failed.connect(harness.failures.append)
    context.signals.changed.connect(lambda c, i: harness.broadcasts.append((c, i)))
    autosave.attach(record.id)
    return harness


@pytest.fixture
def harness(context: AppContext, seeded: Seeded) -> Iterator[Harness]:
    made = make_harness(context, seeded, debounce_ms=60_000, max_wait_ms=2000)
    yield made
    made.autosave.detach()
    made.autosave.deleteLater()


def test_continuous_typing_is_saved_at_least_every_max_wait(
    context: AppContext, harness: Harness
) -> None:
    # A keystroke every 300 ms for 6 s, and the debounce (60 s) never gets its pause: only the
    # ceiling can save. Events are processed after every keystroke, as while typing.
    saved_at: list[float] = []
    harness.autosave.saved.connect(lambda _r: saved_at.append(harness.clock.now))
    start = harness.clock.now
    typed = ""
    marked_at: list[float] = []
    for n in range(20):
        harness.clock.now = start + 0.3 * n
        typed += f"w{n} "
        harness.values["notes"] = typed
        harness.autosave.mark("notes")
        marked_at.append(harness.clock.now)
        QCoreApplication.processEvents()
    assert len(saved_at) >= 2
    # No keystroke waits longer than the 2 s ceiling for its save. Fake time only moves per
    # keystroke, so a save lands on the first keystroke at or after the ceiling: at most one
    # keystroke (0.3 s) late.
    for moment in (m for m in marked_at if m <= saved_at[-1]):
        waited = next(s for s in saved_at if s >= moment) - moment
        assert waited <= 2.3 + 1e-9, (moment, saved_at)
    # What the last ceiling save wrote is in the vault; the rest is still pending.
    stored = sessions.get_session(context.vault, harness.session_id).notes
    assert stored and typed.startswith(stored)
    assert harness.autosave.dirty == {"notes"}
    assert harness.autosave.save()
    assert sessions.get_session(context.vault, harness.session_id).notes == typed


def test_the_debounce_saves_after_a_pause(
    context: AppContext, seeded: Seeded, qtbot: QtBot
) -> None:
    made = make_harness(context, seeded, debounce_ms=50, max_wait_ms=10_000)
    made.values["section:goal"] = "Lead the planning"
    made.autosave.mark("section:goal")
    assert made.saves == []  # nothing before the pause has passed
    assert made.autosave.timer_active
    qtbot.waitUntil(lambda: made.saves != [], timeout=2000)
    stored = sessions.get_session(context.vault, made.session_id)
    assert stored.sections["goal"] == "Lead the planning"
    assert made.autosave.dirty == frozenset()
    made.autosave.detach()


def test_one_save_is_one_broadcast_named_after_the_initiator(
    harness: Harness, seeded: Seeded
) -> None:
    harness.values.update({"notes": "n", "private_reflection": "p", "tags": ["a", "b"]})
    for key in ("notes", "private_reflection", "tags"):
        harness.autosave.mark(key)
    assert harness.autosave.save()
    [(changes, initiator)] = harness.broadcasts
    assert initiator is INITIATOR
    assert changes.touches(Kind.SESSIONS, coachee_id=seeded.coachee_id)
    [record] = harness.saves
    assert isinstance(record, SessionRecord)
    assert (record.notes, record.private_reflection, record.tags) == ("n", "p", ("a", "b"))


def test_a_failed_save_keeps_every_edit_dirty_and_says_why(
    context: AppContext, harness: Harness, monkeypatch: pytest.MonkeyPatch
) -> None:
    def disk_full(*_args: object, **_kwargs: object) -> None:
        raise StorageError("The vault could not save: disk is full.")

    real = sessions.save_session
    monkeypatch.setattr(sessions, "save_session", disk_full)
    harness.values["notes"] = "keep me"
    harness.autosave.mark("notes")
    assert not harness.autosave.save()
    assert harness.failures == ["The vault could not save: disk is full."]
    assert harness.autosave.error == "The vault could not save: disk is full."
    assert harness.autosave.dirty == {"notes"}
    assert harness.broadcasts == []  # nothing committed, nothing announced

    monkeypatch.setattr(sessions, "save_session", real)
    assert harness.autosave.save()
    assert harness.autosave.error is None
    assert harness.autosave.dirty == frozenset()
    assert sessions.get_session(context.vault, harness.session_id).notes == "keep me"


def test_a_rating_is_replaced_in_one_call_per_goal(
    context: AppContext,
    harness: Harness,
    seeded: Seeded,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    calls: list[tuple[str, str, int | None]] = []
    real = measurements.replace_session_rating

    def spy(vault: object, session_id: str, goal_id: str, value: int | None) -> object:
        calls.append((session_id, goal_id, value))
        return real(vault, session_id, goal_id, value)  # type: ignore[arg-type]

    monkeypatch.setattr(measurements, "replace_session_rating", spy)
    goal = seeded.goal_ids[0]
    key = f"rating:{goal}"

    def stored() -> list[float]:
        found = measurements.list_measurements(
            context.vault, seeded.coachee_id, instrument="confidence", goal_id=goal
        )
        return [m.value for m in found]

    for value, expected in ((6, [6.0]), (8, [8.0]), (None, [])):
        harness.values[key] = value
        harness.autosave.mark(key)
        assert harness.autosave.save()
        assert calls[-1] == (harness.session_id, goal, value)
        assert stored() == expected
    assert len(calls) == 3


def test_a_field_that_is_gone_is_forgotten(harness: Harness) -> None:
    harness.autosave.mark("rating:no-such-goal")  # read() raises KeyError for it
    harness.autosave.mark("section:gone")
    assert harness.autosave.save()
    assert harness.autosave.dirty == frozenset()


def test_detach_forgets_the_session_and_marks_are_ignored(harness: Harness) -> None:
    harness.autosave.detach()
    harness.autosave.mark("notes")
    assert harness.autosave.dirty == frozenset()
    assert not harness.autosave.timer_active
    assert harness.autosave.save()
    assert harness.broadcasts == []


def test_a_save_during_the_apps_own_long_change_waits_for_it_not_for_the_disk(
    context: AppContext, harness: Harness, qtbot: QtBot
) -> None:
    """While an import holds the vault, a save is refused at once (the window never waits
    for SQLite's busy timeout), says what it waits for, and goes through by itself as soon
    as the import is done, with no further keystroke."""
    release = hold_the_vault(context, "the import")
    try:
        harness.values["notes"] = "typed while the import ran"
        harness.autosave.mark("notes")
        assert not harness.autosave.save()
        [message] = harness.failures
        assert "the import" in message and "another program" not in message
        assert harness.autosave.dirty == {"notes"}
    finally:
        release.set()
    qtbot.waitUntil(lambda: bool(harness.saves), timeout=10_000)
    assert harness.autosave.error is None
    assert harness.autosave.dirty == frozenset()
    assert sessions.get_session(context.vault, harness.session_id).notes == (
        "typed while the import ran"
    )
