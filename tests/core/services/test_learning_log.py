"""The learning log merges insights from group sessions, each saying where it came from."""

from __future__ import annotations

from coach_app.services import coachees, experiments, group_sessions, groups, learning_log
from coach_app.vault.vault import Vault


def _one_round(vault: Vault) -> tuple[str, str]:
    group = groups.create_group(vault, name="Harbour set", kind="action_learning")
    ada = coachees.create_coachee(vault, name="Ada")
    member = groups.add_member(vault, group.id, coachee_id=ada.id, joined_on="2025-01-10")
    gs = group_sessions.create_group_session(vault, group.id, started_at="2025-02-03T14:00")
    group_sessions.add_round(
        vault,
        gs.id,
        case_giver_id=member.id,
        situation="The budget",
        insight="Asking early saves a week",
        action="Ask the director on Monday",
    )
    return ada.id, gs.id


def test_an_insight_enters_the_log_with_its_group_session_as_source(vault: Vault) -> None:
    ada_id, gs_id = _one_round(vault)
    (entry,) = learning_log.learning_log(vault, coachee_id=ada_id)
    assert entry.kind == "insight"
    assert entry.learning == "Asking early saves a week"
    assert entry.group_session_id == gs_id
    assert "Harbour set" in entry.source and "2025-02-03" in entry.source
    assert entry.coachee_name == "Ada"
    assert [e.kind for e in learning_log.learning_log(vault)] == ["insight"]
    assert learning_log.learning_log(vault, coachee_id=ada_id, include_insights=False) == []
    assert learning_log.learning_log(vault, coachee_id=ada_id, decision="undecided") == []


def test_a_reviewed_action_from_a_group_session_names_the_group(vault: Vault) -> None:
    ada_id, gs_id = _one_round(vault)
    (exp,) = experiments.list_experiments(vault, ada_id)
    assert exp.agreed_in_group_session_id == gs_id
    experiments.review_experiment(
        vault, exp.id, outcome="Done", learning="Early works", decision="adopt"
    )
    entries = learning_log.learning_log(vault, coachee_id=ada_id)
    (reviewed,) = [e for e in entries if e.kind == "experiment"]
    assert reviewed.group_session_id == gs_id
    assert "Harbour set" in reviewed.source
    assert reviewed.agreed_on is not None and reviewed.agreed_on.isoformat() == "2025-02-03"
