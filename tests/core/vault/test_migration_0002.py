"""Revision 0002 on a real 0001 vault: every link kept, the new columns' defaults, groups usable.

0002 copies ``experiments`` and ``measurements`` to give them a foreign key to group sessions
(see the migration's docstring): these tests prove the copy keeps every row and every link, and
that nothing pointing at ``sessions`` was nulled by the upgrade.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from sqlalchemy import text

from coach_app.services import coachees, experiments, group_sessions, groups, hours, sessions
from coach_app.vault.vault import Vault

V0001 = Path(__file__).resolve().parents[2] / "fixtures" / "vaults" / "v0001"


def _opened(tmp_path: Path) -> tuple[Vault, dict[str, object]]:
    expected = json.loads((V0001 / "expected.json").read_text())
    folder = tmp_path / "v0001"
    shutil.copytree(V0001, folder)
    return Vault.unlock(folder, str(expected["passphrase"])), expected


def test_the_upgrade_keeps_every_link(tmp_path: Path) -> None:
    vault, expected = _opened(tmp_path)
    try:
        with vault.engine.connect() as conn:
            assert conn.execute(text("PRAGMA foreign_key_check")).all() == []
            experiment = conn.execute(
                text(
                    "SELECT agreed_in_session_id, reviewed_in_session_id, goal_id, "
                    "agreed_in_group_session_id FROM experiments"
                )
            ).one()
            rated = conn.execute(
                text("SELECT session_id FROM measurements WHERE instrument = 'confidence'")
            ).scalar_one()
            indexes = {
                row[0]
                for row in conn.execute(text("SELECT name FROM sqlite_master WHERE type = 'index'"))
            }
        ada_id = expected["coachees"]["Ada Jansen"]  # type: ignore[index]
        by_template = {
            sessions.get_session(vault, s.id).template: s.id
            for s in sessions.list_sessions(vault, ada_id)
        }
        assert experiment[0] == by_template["grow"] == rated
        assert experiment[1] == by_template["pdsa"]
        assert experiment[2] == coachees.list_goals(vault, ada_id)[0].id
        assert experiment[3] is None
        assert {"ix_experiments_coachee_status", "ix_experiments_status_due"} <= indexes
        assert "ix_measurements_coachee_instrument" in indexes
        # The new columns' defaults: paid, third-party, not named on logs without consent.
        assert hours.client_details(vault, ada_id) == hours.ClientDetails(
            ada_id, True, "third_party", False
        )
        assert hours.hours_log(vault).hours == 3.0  # three sessions of an hour, all paid
    finally:
        vault.close()


def test_groups_work_in_an_upgraded_vault(tmp_path: Path) -> None:
    vault, expected = _opened(tmp_path)
    try:
        ada_id = expected["coachees"]["Ada Jansen"]  # type: ignore[index]
        group = groups.create_group(vault, name="Set", kind="action_learning")
        member = groups.add_member(vault, group.id, coachee_id=ada_id)
        gs = group_sessions.create_group_session(vault, group.id, started_at="2025-03-01T10:00")
        group_sessions.add_round(vault, gs.id, case_giver_id=member.id, action="Try again")
        titles = {e.title for e in experiments.list_experiments(vault, ada_id)}
        assert "Try again" in titles
        group_sessions.delete_group_session(vault, gs.id)
        assert "Try again" in {e.title for e in experiments.list_experiments(vault, ada_id)}
    finally:
        vault.close()
