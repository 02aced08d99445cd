"""Deleting a session and undoing it: the same id, text and links come back in one go."""

from __future__ import annotations

from dataclasses import FrozenInstanceError
from datetime import datetime

import pytest
from sqlalchemy import text

from coach_app.errors import NotFound
from coach_app.services import coachees, experiments, measurements, search, sessions
from coach_app.vault.vault import Vault


def seed(vault: Vault) -> tuple[str, str, str, str, str]:
    """A coachee, a session, an experiment agreed in it, one reviewed in it, a measurement."""
    cid = coachees.create_coachee(vault, name="Ana Sousa").id
    session = sessions.create_session(
        vault,
        cid,
        template="grow",
        started_at=datetime(2025, 3, 4, 14, 0),
        duration_minutes=50,
        sections={"goal": "Lead the zebracrossing planning"},
        notes="More notes",
        private_reflection="My hunch",
        tags=["delegation"],
    )
    agreed = experiments.create_experiment(
        vault, cid, title="Ask for a draft", agreed_in_session_id=session.id
    ).id
    older = experiments.create_experiment(vault, cid, title="Say no once").id
    experiments.review_experiment(
        vault,
        older,
        outcome="Did it",
        learning="Fine",
        decision="adopt",
        reviewed_in_session_id=session.id,
    )
    measured = measurements.add_measurement(
        vault, cid, instrument="confidence", value=6, session_id=session.id
    ).id
    return cid, session.id, agreed, older, measured


def test_delete_then_restore_gives_back_the_session_and_its_links(vault: Vault) -> None:
    cid, sid, agreed, reviewed, measured = seed(vault)
    before = sessions.get_session(vault, sid)

    snapshot = sessions.delete_session(vault, sid)

    assert snapshot.session_id == sid and snapshot.coachee_id == cid
    with pytest.raises(NotFound):
        sessions.get_session(vault, sid)
    assert experiments.get_experiment(vault, agreed).agreed_in_session_id is None
    assert experiments.get_experiment(vault, reviewed).reviewed_in_session_id is None
    assert search.search(vault, "zebracrossing") == []

    restored = sessions.restore_deleted(vault, snapshot)

    assert restored == before
    assert sessions.get_session(vault, sid) == before
    assert experiments.get_experiment(vault, agreed).agreed_in_session_id == sid
    assert experiments.get_experiment(vault, reviewed).reviewed_in_session_id == sid
    [measurement] = measurements.list_measurements(vault, cid)
    assert measurement.id == measured and measurement.session_id == sid
    assert [hit.owner_id for hit in search.search(vault, "zebracrossing")] == [sid]


def test_the_snapshot_is_frozen_and_shares_nothing_with_the_row(vault: Vault) -> None:
    _cid, sid, *_ = seed(vault)
    snapshot = sessions.delete_session(vault, sid)
    with pytest.raises(FrozenInstanceError):
        snapshot.columns = {}  # type: ignore[misc]
    with pytest.raises(TypeError):
        snapshot.columns["notes"] = "changed"  # type: ignore[index]


def test_a_link_deleted_meanwhile_stays_deleted(vault: Vault) -> None:
    _cid, sid, agreed, reviewed, _measured = seed(vault)
    snapshot = sessions.delete_session(vault, sid)
    experiments.delete_experiment(vault, agreed)

    sessions.restore_deleted(vault, snapshot)

    with pytest.raises(NotFound):
        experiments.get_experiment(vault, agreed)
    assert experiments.get_experiment(vault, reviewed).reviewed_in_session_id == sid


def test_restore_fails_whole_when_the_coachee_is_gone(vault: Vault) -> None:
    cid, sid, *_ = seed(vault)
    other = coachees.create_coachee(vault, name="Bo").id
    snapshot = sessions.delete_session(vault, sid)
    with vault.write() as s:  # the coachee erased meanwhile (as the erasure service does)
        s.execute(text("DELETE FROM coachees WHERE id = :id"), {"id": cid})

    with pytest.raises(NotFound):
        sessions.restore_deleted(vault, snapshot)
    assert sessions.list_sessions(vault, other) == []
