"""The session's empowerment check-in and the coachee's own (self-reported) answers."""

from __future__ import annotations

import pytest

from coach_app.errors import ValidationError
from coach_app.services import assessments, coachees, measurements, sessions
from coach_app.vault.vault import Vault


@pytest.fixture
def session_id(vault: Vault) -> str:
    cid = coachees.create_coachee(vault, name="Ada").id
    return sessions.create_session(vault, cid, started_at="2025-03-04T10:00").id


def test_a_checkin_replaces_the_sessions_earlier_one(vault: Vault, session_id: str) -> None:
    measurements.replace_session_checkin(vault, session_id, [7, 8, 5, 6])
    stored = measurements.replace_session_checkin(vault, session_id, [8, 8, 5, 6])
    assert stored is not None
    assert stored.scores["impact"] == 6.0
    assert measurements.session_checkin(vault, session_id) == [8, 8, 5, 6]
    coachee_id = sessions.get_session(vault, session_id).coachee_id
    rows = measurements.list_measurements(vault, coachee_id, instrument="empowerment_checkin")
    assert len(rows) == 1
    assert str(rows[0].taken_on) == "2025-03-04"


def test_a_partial_checkin_is_refused_and_keeps_the_earlier(vault: Vault, session_id: str) -> None:
    measurements.replace_session_checkin(vault, session_id, [7, 8, 5, 6])
    with pytest.raises(ValidationError):
        measurements.replace_session_checkin(vault, session_id, [7, None, 5, 6])
    assert measurements.session_checkin(vault, session_id) == [7, 8, 5, 6]
    measurements.replace_session_checkin(vault, session_id, [None, None, None, None])
    assert measurements.session_checkin(vault, session_id) is None


def test_self_reported_answers_say_so(vault: Vault, session_id: str) -> None:
    coachee_id = sessions.get_session(vault, session_id).coachee_id
    record = assessments.record_assessment(
        vault,
        coachee_id,
        "empowerment_checkin",
        [3, 4, 5, 6],
        taken_on="2025-03-04",
        session_id=session_id,
        self_report=True,
    )
    assert record.scores[assessments.SELF_REPORT] == 1.0
    plain = assessments.record_assessment(
        vault, coachee_id, "empowerment_checkin", [3, 4, 5, 6], taken_on="2025-03-04"
    )
    assert assessments.SELF_REPORT not in plain.scores
