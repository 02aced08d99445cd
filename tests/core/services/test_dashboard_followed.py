"""One rule for whom the app follows up: the dashboard and the overdue list agree on it."""

from __future__ import annotations

from datetime import date, timedelta

from coach_app.services import coachees, experiments
from coach_app.services.dashboard import dashboard_rows, followed_up_overdue, is_followed_up
from coach_app.vault.vault import Vault

TODAY = date(2024, 11, 1)


def test_paused_and_archived_coachees_are_on_neither_list(vault: Vault) -> None:
    names = {}
    for name, status in (("Ada", "active"), ("Grace", "paused"), ("Alan", "active")):
        made = coachees.create_coachee(vault, name=name, status=status)
        experiments.create_experiment(
            vault, made.id, title=f"Try {name}", due_on=TODAY - timedelta(days=3)
        )
        names[name] = made.id
    coachees.archive_coachee(vault, names["Alan"])

    on_dashboard = {row.coachee_id for row in dashboard_rows(vault, today=TODAY)}
    overdue = {row.coachee_id for row in followed_up_overdue(vault, today=TODAY)}
    assert on_dashboard == overdue == {names["Ada"]}
    # The overdue list used to show the paused coachee the dashboard hid.
    assert names["Grace"] in {r.coachee_id for r in experiments.overdue_experiments(vault, TODAY)}


def test_the_rule_itself() -> None:
    assert is_followed_up("active")
    assert not is_followed_up("paused")
    assert not is_followed_up("archived")
