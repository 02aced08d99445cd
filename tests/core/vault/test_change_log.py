"""The vault records what each committed transaction changed; listeners watch its sessions only."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import create_engine, delete
from sqlalchemy.orm import Session

from coach_app.changes import Changes, Kind
from coach_app.models import Base, Coachee, Measurement
from coach_app.services import coachees, measurements, sessions, settings
from coach_app.vault import change_log
from coach_app.vault.vault import Vault


def test_a_commit_records_kinds_and_coachees(vault: Vault) -> None:
    with change_log.recording() as log:
        ada = coachees.create_coachee(vault, name="Ada")
    assert log.changes == Changes.of(Kind.COACHEES, Kind.PROFILE, coachee_ids=[ada.id])

    with change_log.recording() as log:
        sessions.create_session(vault, ada.id, template="grow")
        measurements.add_measurement(vault, ada.id, instrument="confidence", value=6)
    assert log.changes.touches(Kind.SESSIONS, coachee_id=ada.id)
    assert log.changes.touches(Kind.MEASUREMENTS, coachee_id=ada.id)
    assert not log.changes.touches(Kind.PROFILE)


def test_a_rolled_back_transaction_records_nothing(vault: Vault) -> None:
    ada = coachees.create_coachee(vault, name="Ada")
    with change_log.recording() as log, pytest.raises(RuntimeError), vault.write() as s:
        s.add(
            Measurement(
                coachee_id=ada.id, instrument="confidence", value=5, taken_on=date(2026, 1, 5)
            )
        )
        s.flush()
        raise RuntimeError("fails after the flush, before the commit")
    assert not log.changes


def test_a_bulk_statement_is_recorded_for_every_coachee(vault: Vault) -> None:
    ada = coachees.create_coachee(vault, name="Ada")
    measurements.add_measurement(vault, ada.id, instrument="confidence", value=6)
    with change_log.recording() as log, vault.write() as s:
        s.execute(delete(Measurement).where(Measurement.coachee_id == ada.id))
    assert log.changes.touches(Kind.MEASUREMENTS, coachee_id="anyone")


def test_settings_are_a_kind_of_their_own(vault: Vault) -> None:
    with change_log.recording() as log:
        settings.set_setting(vault, "auto_lock_minutes", 5)
    assert log.changes.touches(Kind.SETTINGS)


def test_nested_recordings_both_see_the_change(vault: Vault) -> None:
    with change_log.recording() as outer, change_log.recording() as inner:
        coachees.create_coachee(vault, name="Ada")
    assert inner.changes and outer.changes == inner.changes


def test_listeners_leave_other_sessions_in_the_process_alone() -> None:
    # A plain SQLite session with the same models: no search index tables, no change log. If
    # the vault's listeners were registered on every Session, this flush would try to index.
    engine = create_engine("sqlite://")
    Base.metadata.create_all(engine, tables=[Coachee.__table__])
    with change_log.recording() as log, Session(engine) as s, s.begin():
        s.add(Coachee(name="Ada"))
    assert not log.changes
