"""The session before a shown one (services/sessions.previous_session): the side panel's source."""

from __future__ import annotations

from datetime import datetime

from coach_app.services import coachees, sessions
from coach_app.vault.vault import Vault


def test_the_previous_session_is_the_one_before_the_shown_one(vault: Vault) -> None:
    ada = coachees.create_coachee(vault, name="Ada")
    made = [
        sessions.create_session(vault, ada.id, started_at=datetime(2025, 1, day, 10, 0))
        for day in (3, 10, 17)
    ]
    assert sessions.previous_session(vault, made[2]) == sessions.get_session(vault, made[1].id)
    assert sessions.previous_session(vault, made[1]) == sessions.get_session(vault, made[0].id)
    assert sessions.previous_session(vault, made[0]) is None
