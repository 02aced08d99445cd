"""Marks collected from sessions: order, sections and notes, private only when asked."""

from __future__ import annotations

from datetime import datetime

import pytest

from coach_app.errors import NotFound
from coach_app.services import coachees, sessions
from coach_app.services import marks as mark_service
from coach_app.vault.vault import Vault


@pytest.fixture
def coachee(vault: Vault) -> str:
    cid = coachees.create_coachee(vault, name="Ada").id
    sessions.create_session(
        vault,
        cid,
        template="grow",
        started_at="2025-03-04T10:00",
        sections={"goal": "★ Owns the Monday meeting\nplain line", "options": "➜ Ask Bo"},
        notes="❝ I can do this\n⚗ Speak first at the meeting",
        private_reflection="★ my own hunch",
    )
    sessions.create_session(
        vault,
        cid,
        template="free",
        started_at="2025-04-01T10:00",
        notes="★ Newer insight",
    )
    return cid


def test_coachee_marks_newest_session_first_in_text_order(vault: Vault, coachee: str) -> None:
    found = mark_service.coachee_marks(vault, coachee)
    assert [(m.kind, m.text) for m in found] == [
        ("insight", "Newer insight"),
        ("insight", "Owns the Monday meeting"),
        ("action", "Ask Bo"),
        ("quote", "I can do this"),
        ("experiment", "Speak first at the meeting"),
    ]
    assert found[0].session_started_at == datetime(2025, 4, 1, 10, 0)
    assert [m.section_key for m in found[1:]] == ["goal", "options", None, None]


def test_private_reflection_only_when_asked(vault: Vault, coachee: str) -> None:
    assert all(m.text != "my own hunch" for m in mark_service.coachee_marks(vault, coachee))
    with_private = mark_service.coachee_marks(vault, coachee, include_private=True)
    assert with_private[-1].text == "my own hunch"
    assert with_private[-1].section_key == mark_service.PRIVATE_KEY


def test_limit_and_before_read_only_the_sessions_needed(vault: Vault, coachee: str) -> None:
    newest = mark_service.coachee_marks(vault, coachee, limit_sessions=1)
    assert [m.text for m in newest] == ["Newer insight"]
    earlier = mark_service.coachee_marks(
        vault, coachee, limit_sessions=1, before=datetime(2025, 4, 1, 10, 0)
    )
    assert earlier[0].text == "Owns the Monday meeting"


def test_session_marks(vault: Vault, coachee: str) -> None:
    sid = sessions.list_sessions(vault, coachee)[-1].id
    found = mark_service.session_marks(vault, sid)
    assert {m.session_id for m in found} == {sid}
    assert len(found) == 4
    with pytest.raises(NotFound):
        mark_service.session_marks(vault, "missing")
