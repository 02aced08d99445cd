"""Paid or pro bono per session, saved with the session (services/sessions.save_session)."""

from __future__ import annotations

import pytest

from coach_app.errors import ValidationError
from coach_app.services import coachees, hours, sessions
from coach_app.vault.vault import Vault


def test_paid_is_saved_with_the_session_and_counted_by_the_hours_log(vault: Vault) -> None:
    ada = coachees.create_coachee(vault, name="Ada")
    made = sessions.create_session(vault, ada.id, duration_minutes=60)
    assert sessions.get_session(vault, made.id).paid is None
    assert sessions.save_session(vault, made.id, paid=False).paid is False
    log = hours.hours_log(vault)
    assert log.pro_bono_hours == 1 and log.paid_hours == 0
    assert sessions.save_session(vault, made.id, paid=None).paid is None
    with pytest.raises(ValidationError):
        sessions.save_session(vault, made.id, paid="maybe")
