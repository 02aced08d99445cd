"""Measurements: one confidence rating per goal per session, replaced in one transaction."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

import pytest
from sqlalchemy.orm import Session

from coach_app.errors import NotFound, StorageError, ValidationError
from coach_app.services import coachees, measurements, sessions
from coach_app.vault.vault import Vault

SESSION_DAY = date(2024, 5, 6)


@dataclass(frozen=True)
class Setup:
    ada: str
    goal: str
    other_goal: str
    bens_goal: str
    session: str
    later_session: str


@pytest.fixture
def setup(vault: Vault) -> Setup:
    ada = coachees.create_coachee(vault, name="Ada")
    ben = coachees.create_coachee(vault, name="Ben")
    goal = coachees.create_goal(vault, ada.id, title="Delegate")
    other = coachees.create_goal(vault, ada.id, title="Speak up")
    bens_goal = coachees.create_goal(vault, ben.id, title="Ben's goal")
    first = sessions.create_session(vault, ada.id, started_at=datetime(2024, 5, 6, 9, 30))
    later = sessions.create_session(vault, ada.id, started_at=datetime(2024, 5, 20, 9, 30))
    return Setup(ada.id, goal.id, other.id, bens_goal.id, first.id, later.id)


def stored(vault: Vault, coachee_id: str) -> list[Any]:
    return measurements.list_measurements(vault, coachee_id)


def ratings(vault: Vault, setup: Setup) -> list[tuple[str | None, str | None, float]]:
    """(session, goal, value) of every confidence rating of Ada."""
    return [
        (m.session_id, m.goal_id, m.value)
        for m in measurements.list_measurements(vault, setup.ada, instrument="confidence")
    ]


def count_transactions(vault: Vault, monkeypatch: pytest.MonkeyPatch) -> list[int]:
    opened: list[int] = []
    real = vault.write

    @contextlib.contextmanager
    def counting() -> Iterator[Session]:
        opened.append(1)
        with real() as s:
            yield s

    monkeypatch.setattr(vault, "write", counting)
    return opened


def test_a_rating_is_stored_on_the_sessions_day(vault: Vault, setup: Setup) -> None:
    record = measurements.replace_session_rating(vault, setup.session, setup.goal, 6)
    assert record is not None
    assert (record.instrument, record.value, record.taken_on) == ("confidence", 6.0, SESSION_DAY)
    assert (record.coachee_id, record.session_id, record.goal_id) == (
        setup.ada,
        setup.session,
        setup.goal,
    )


def test_a_new_rating_replaces_only_this_sessions_rating_of_this_goal(
    vault: Vault, setup: Setup, monkeypatch: pytest.MonkeyPatch
) -> None:
    measurements.replace_session_rating(vault, setup.session, setup.goal, 3)
    measurements.replace_session_rating(vault, setup.session, setup.other_goal, 5)
    measurements.replace_session_rating(vault, setup.later_session, setup.goal, 4)
    gas = measurements.add_measurement(
        vault, setup.ada, instrument="gas", value=1, session_id=setup.session, goal_id=setup.goal
    )
    opened = count_transactions(vault, monkeypatch)
    record = measurements.replace_session_rating(vault, setup.session, setup.goal, 8)
    assert len(opened) == 1
    assert record is not None
    assert sorted(ratings(vault, setup)) == sorted(
        [
            (setup.session, setup.goal, 8.0),
            (setup.session, setup.other_goal, 5.0),
            (setup.later_session, setup.goal, 4.0),
        ]
    )
    assert gas.id in {m.id for m in stored(vault, setup.ada)}  # not a confidence rating


def test_every_earlier_rating_of_the_goal_in_the_session_goes(vault: Vault, setup: Setup) -> None:
    for value in (2, 3):  # two ratings for one goal, as older versions could leave behind
        measurements.add_measurement(
            vault,
            setup.ada,
            instrument="confidence",
            value=value,
            session_id=setup.session,
            goal_id=setup.goal,
        )
    measurements.replace_session_rating(vault, setup.session, setup.goal, 9)
    assert ratings(vault, setup) == [(setup.session, setup.goal, 9.0)]


def test_none_clears_the_rating(vault: Vault, setup: Setup) -> None:
    measurements.replace_session_rating(vault, setup.session, setup.goal, 3)
    assert measurements.replace_session_rating(vault, setup.session, setup.goal, None) is None
    assert ratings(vault, setup) == []
    # Clearing what is not there is as good as clearing it.
    assert measurements.replace_session_rating(vault, setup.session, setup.goal, None) is None


def test_a_refused_value_keeps_the_earlier_rating(vault: Vault, setup: Setup) -> None:
    measurements.replace_session_rating(vault, setup.session, setup.goal, 3)
    before = stored(vault, setup.ada)
    with pytest.raises(ValidationError, match="0 to 10"):
        measurements.replace_session_rating(vault, setup.session, setup.goal, 11)
    with pytest.raises(ValidationError, match="belong"):
        measurements.replace_session_rating(vault, setup.session, setup.bens_goal, 5)
    assert stored(vault, setup.ada) == before


def test_a_write_failure_after_the_delete_keeps_the_earlier_rating(
    vault: Vault, setup: Setup, monkeypatch: pytest.MonkeyPatch
) -> None:
    measurements.replace_session_rating(vault, setup.session, setup.goal, 3)
    before = stored(vault, setup.ada)
    attempts: list[float] = []

    def disk_full(session: Session, coachee_id: str, **fields: Any) -> Any:
        session.flush()  # the delete has reached the database by now
        attempts.append(fields["value"])
        raise StorageError("The disk is full.")

    monkeypatch.setattr(measurements, "insert_measurement", disk_full)
    with pytest.raises(StorageError):
        measurements.replace_session_rating(vault, setup.session, setup.goal, 7)
    assert attempts == [7.0]
    assert stored(vault, setup.ada) == before


def test_an_erased_session_is_not_found(vault: Vault, setup: Setup) -> None:
    with pytest.raises(NotFound):
        measurements.replace_session_rating(vault, "no-such-session", setup.goal, 5)
