"""The empowerment check-in is charted out of the box: a series per dimension, its own panel."""

from __future__ import annotations

from coach_app.charts.plan import plan_panels
from coach_app.services import coachees, measurements, progress, sessions
from coach_app.vault.vault import Vault


def test_checkin_is_charted_without_setup(vault: Vault) -> None:
    cid = coachees.create_coachee(vault, name="Ada").id
    for day, ratings in (("2025-03-04", [5, 6, 4, 3]), ("2025-04-01", [7, 6, 6, 5])):
        sid = sessions.create_session(vault, cid, started_at=f"{day}T10:00").id
        measurements.replace_session_checkin(vault, sid, ratings)
    data = progress.progress_data(vault, cid)
    keys = [s.key for s in data.checkin]
    assert keys == [
        "empowerment_checkin:meaning",
        "empowerment_checkin:competence",
        "empowerment_checkin:self_determination",
        "empowerment_checkin:impact",
    ]
    impact = data.checkin[-1]
    assert [p.value for p in impact.points] == [3.0, 5.0]
    assert impact.band is None
    assert data.empowerment == ()
    assert [p.key for p in plan_panels(data)] == ["empowerment_checkin"]
