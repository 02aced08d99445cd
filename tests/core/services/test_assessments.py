"""Recording one form's assessments for several goals: scored, stored together or not at all."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

import pytest
from sqlalchemy.orm import Session

from coach_app.errors import NotFound, StorageError, ValidationError
from coach_app.services import assessments, coachees, measurements, sessions
from coach_app.vault.vault import Vault

DAY = date(2024, 5, 6)


@dataclass(frozen=True)
class People:
    ada: str
    ben: str
    delegate: str  # Ada's goal, weight 2
    speak: str  # Ada's goal, weight 1
    bens_goal: str
    session: str  # one of Ada's sessions


@pytest.fixture
def people(vault: Vault) -> People:
    ada = coachees.create_coachee(vault, name="Ada")
    ben = coachees.create_coachee(vault, name="Ben")
    delegate = coachees.create_goal(vault, ada.id, title="Delegate", weight=2)
    speak = coachees.create_goal(vault, ada.id, title="Speak up")
    bens_goal = coachees.create_goal(vault, ben.id, title="Ben's goal")
    session = sessions.create_session(vault, ada.id, started_at=datetime(2024, 5, 6, 9, 30))
    return People(ada.id, ben.id, delegate.id, speak.id, bens_goal.id, session.id)


def stored(vault: Vault, coachee_id: str) -> list[Any]:
    return measurements.list_measurements(vault, coachee_id)


def count_transactions(vault: Vault, monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Count the write transactions the vault opens from now on."""
    opened: list[int] = []
    real = vault.write

    @contextlib.contextmanager
    def counting() -> Iterator[Session]:
        opened.append(1)
        with real() as s:
            yield s

    monkeypatch.setattr(vault, "write", counting)
    return opened


def test_one_form_stores_a_rating_per_goal(vault: Vault, people: People, monkeypatch) -> None:
    opened = count_transactions(vault, monkeypatch)
    records = assessments.record_assessments(
        vault,
        people.ada,
        "confidence",
        {people.delegate: 4, people.speak: 7.5, None: 6},
        taken_on=DAY,
        session_id=people.session,
    )
    assert len(opened) == 1
    assert [(r.goal_id, r.value) for r in records] == [
        (people.delegate, 4.0),
        (people.speak, 7.5),
        (None, 6.0),
    ]
    assert all(r.session_id == people.session and r.taken_on == DAY for r in records)
    assert {r.id for r in stored(vault, people.ada)} == {r.id for r in records}


def test_gas_levels_for_two_goals_are_stored_with_their_goal(vault: Vault, people: People) -> None:
    records = assessments.record_assessments(
        vault, people.ada, "gas", {people.delegate: -1, people.speak: 2}, taken_on=DAY
    )
    assert [(r.instrument, r.goal_id, r.value) for r in records] == [
        ("gas", people.delegate, -1.0),
        ("gas", people.speak, 2.0),
    ]


def test_a_refused_second_answer_leaves_the_first_unsaved(vault: Vault, people: People) -> None:
    before = stored(vault, people.ada)
    with pytest.raises(ValidationError, match="0 to 10"):
        assessments.record_assessments(
            vault, people.ada, "confidence", {people.delegate: 4, people.speak: 11}, taken_on=DAY
        )
    assert stored(vault, people.ada) == before


def test_a_goal_of_another_coachee_refuses_the_whole_form(vault: Vault, people: People) -> None:
    before = stored(vault, people.ada)
    with pytest.raises(ValidationError, match="belong"):
        assessments.record_assessments(
            vault, people.ada, "gas", {people.delegate: 1, people.bens_goal: 0}, taken_on=DAY
        )
    with pytest.raises(ValidationError, match="goal"):
        assessments.record_assessments(
            vault, people.ada, "gas", {people.delegate: 1, None: 0}, taken_on=DAY
        )
    assert stored(vault, people.ada) == before
    assert stored(vault, people.ben) == []


def test_a_write_failure_after_the_first_insert_stores_nothing(
    vault: Vault, people: People, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = stored(vault, people.ada)
    real = measurements.insert_measurement
    calls: list[str | None] = []

    def fail_on_second(session: Session, coachee_id: str, **fields: Any) -> Any:
        calls.append(fields.get("goal_id"))
        if len(calls) == 2:
            raise StorageError("The disk is full.")
        return real(session, coachee_id, **fields)

    monkeypatch.setattr(measurements, "insert_measurement", fail_on_second)
    with pytest.raises(StorageError):
        assessments.record_assessments(
            vault, people.ada, "confidence", {people.delegate: 4, people.speak: 5}, taken_on=DAY
        )
    assert calls == [people.delegate, people.speak]  # the first one was inserted
    assert stored(vault, people.ada) == before


def test_an_unknown_instrument_or_coachee_stores_nothing(vault: Vault, people: People) -> None:
    with pytest.raises(ValidationError, match="custom:sleep"):
        assessments.record_assessments(vault, people.ada, "custom:sleep", {None: 7}, taken_on=DAY)
    with pytest.raises(NotFound):
        assessments.record_assessments(vault, "nobody", "confidence", {None: 7}, taken_on=DAY)
    assert stored(vault, people.ada) == []


def test_an_empty_form_stores_nothing_and_opens_no_transaction(
    vault: Vault, people: People, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened = count_transactions(vault, monkeypatch)
    assert assessments.record_assessments(vault, people.ada, "gse", {}, taken_on=DAY) == []
    assert opened == []


def test_a_single_assessment_goes_through_the_same_rules(vault: Vault, people: People) -> None:
    record = assessments.record_assessment(
        vault, people.ada, "gse", [3] * 10, taken_on=DAY, session_id=people.session
    )
    assert (record.value, record.scores) == (30.0, {"answered": 10.0})
    with pytest.raises(ValidationError, match="list of answers"):
        assessments.record_assessment(vault, people.ada, "gse", "3333333333", taken_on=DAY)
    assert [r.id for r in stored(vault, people.ada)] == [record.id]
