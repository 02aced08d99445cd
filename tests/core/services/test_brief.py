"""The pre-session brief's content: goal directions, overdue first, last agreements, marks."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import event

from coach_app.errors import NotFound, ValidationError
from coach_app.models import Coachee
from coach_app.services import assessments, coachees, experiments, sessions
from coach_app.services.brief import (
    build_brief,
    list_coachee_entries,
    resolve_coachee_id,
)
from coach_app.templates import template
from coach_app.vault.vault import Vault

TODAY = date(2026, 3, 20)
PRIVATE_MARKER = "Qzprivatereflection"


@dataclass(frozen=True)
class Seeded:
    ada: str
    ben: str
    goal_up: str
    goal_down: str


def seed_brief(vault: Vault, today: date = TODAY) -> Seeded:
    """Ada: four goals, five experiments, two sessions (the last nine days ago); Ben: nothing."""
    ada = coachees.create_coachee(vault, name="Ada Lovelace", focus="Qzfocus delegating")
    up = coachees.create_goal(
        vault, ada.id, title="Qzgoalup planning", gas_levels={"0": "Qzgasexpected team plans"}
    )
    down = coachees.create_goal(vault, ada.id, title="Qzgoaldown feedback")
    coachees.create_goal(vault, ada.id, title="Qzgoalunrated")
    done = coachees.create_goal(vault, ada.id, title="Qzgoalachieved")
    coachees.update_goal(vault, done.id, status="achieved")
    older = today - timedelta(days=40)
    last = today - timedelta(days=9)
    sessions.create_session(
        vault,
        ada.id,
        template="grow",
        started_at=datetime.combine(older, datetime.min.time()).replace(hour=9),
        sections={"will": "Qzoldagreement"},
        notes="★ Qzoldinsight",
    )
    sessions.create_session(
        vault,
        ada.id,
        template="grow",
        started_at=datetime.combine(last, datetime.min.time()).replace(hour=10),
        sections={
            "goal": "Talked\n★ Qzinsight she owns Monday\n❝ Qzquote I can let go",
            "will": "Qzagreement ask Sam to chair",
        },
        notes="➜ Qzaction send agenda\n⚗ Qzexperimentmark try silence",
        private_reflection=f"{PRIVATE_MARKER} my doubt\n★ Qzprivateinsight",
    )
    for day, value in ((older, 4), (last, 7)):
        assessments.record_assessment(
            vault, ada.id, "confidence", value, taken_on=day, goal_id=up.id
        )
    for day, level in ((older, -1), (last, 0)):
        assessments.record_assessment(vault, ada.id, "gas", level, taken_on=day, goal_id=up.id)
    for day, value in ((older, 6), (last, 5)):
        assessments.record_assessment(
            vault, ada.id, "confidence", value, taken_on=day, goal_id=down.id
        )
    plans = (
        ("Qzlater due", today + timedelta(days=5)),
        ("Qzslightly overdue", today - timedelta(days=2)),
        ("Qzundated", None),
        ("Qzmost overdue", today - timedelta(days=10)),
    )
    for title, due in plans:
        experiments.create_experiment(
            vault, ada.id, title=title, prediction=f"{title} prediction", due_on=due
        )
    closed = experiments.create_experiment(vault, ada.id, title="Qzreviewed")
    experiments.review_experiment(vault, closed.id, outcome="fine", learning="x", decision="adopt")
    ben = coachees.create_coachee(vault, name="Ben Baker")
    return Seeded(ada.id, ben.id, up.id, down.id)


@pytest.fixture
def seeded(vault: Vault) -> Seeded:
    return seed_brief(vault)


def test_the_brief_names_the_coachee_and_how_long_ago_the_last_session_was(
    vault: Vault, seeded: Seeded
) -> None:
    brief = build_brief(vault, seeded.ada, today=TODAY)
    assert brief.name == "Ada Lovelace"
    assert brief.last_session_on == TODAY - timedelta(days=9)
    assert brief.days_since == 9
    assert brief.sessions == 2
    assert brief.focus == "Qzfocus delegating"


def test_goals_show_the_latest_rating_and_its_direction(vault: Vault, seeded: Seeded) -> None:
    goals = {goal.title: goal for goal in build_brief(vault, seeded.ada, today=TODAY).goals}
    assert list(goals) == ["Qzgoalup planning", "Qzgoaldown feedback", "Qzgoalunrated"]
    up = goals["Qzgoalup planning"]
    assert up.confidence is not None and up.gas is not None
    assert (up.confidence.value, up.confidence.previous, up.confidence.direction) == (7, 4, "up")
    assert (up.gas.value, up.gas.previous, up.gas.direction) == (0, -1, "up")
    assert up.gas_description == "Qzgasexpected team plans"
    down = goals["Qzgoaldown feedback"]
    assert down.confidence is not None and down.confidence.direction == "down"
    assert down.gas is None
    assert goals["Qzgoalunrated"].confidence is None


def test_a_single_rating_is_new_and_an_equal_one_is_the_same(vault: Vault, seeded: Seeded) -> None:
    goal = coachees.create_goal(vault, seeded.ben, title="One")
    assessments.record_assessment(
        vault, seeded.ben, "confidence", 5, taken_on=TODAY, goal_id=goal.id
    )
    rating = build_brief(vault, seeded.ben, today=TODAY).goals[0].confidence
    assert rating is not None and rating.direction == "new"
    assessments.record_assessment(
        vault, seeded.ben, "confidence", 5, taken_on=TODAY + timedelta(days=1), goal_id=goal.id
    )
    rating = build_brief(vault, seeded.ben, today=TODAY).goals[0].confidence
    assert rating is not None and rating.direction == "same"


def test_open_experiments_come_overdue_first_then_by_due_date(vault: Vault, seeded: Seeded) -> None:
    found = build_brief(vault, seeded.ada, today=TODAY).experiments
    assert [e.title for e in found] == [
        "Qzmost overdue",
        "Qzslightly overdue",
        "Qzlater due",
        "Qzundated",
    ]
    assert [e.days_overdue for e in found] == [10, 2, 0, 0]
    assert found[0].prediction == "Qzmost overdue prediction"


def test_the_last_sessions_agreements_and_marks_only(vault: Vault, seeded: Seeded) -> None:
    brief = build_brief(vault, seeded.ada, today=TODAY)
    will = template("grow").section("will").label
    assert [(a.label, a.text) for a in brief.agreements] == [(will, "Qzagreement ask Sam to chair")]
    assert [(m.kind, m.text) for m in brief.marks] == [
        ("insight", "Qzinsight she owns Monday"),
        ("quote", "Qzquote I can let go"),
        ("action", "Qzaction send agenda"),
    ]
    shown = repr(brief)
    assert "Qzoldagreement" not in shown and "Qzoldinsight" not in shown


def test_flags_are_the_dashboards(vault: Vault, seeded: Seeded) -> None:
    assert build_brief(vault, seeded.ada, today=TODAY).flags == ("2 overdue experiments",)
    later = TODAY + timedelta(weeks=6)
    flags = build_brief(vault, seeded.ada, today=later).flags
    assert any("no session in" in flag for flag in flags)


def test_no_private_reflection_unless_asked(vault: Vault, seeded: Seeded) -> None:
    without = build_brief(vault, seeded.ada, today=TODAY)
    assert without.private_reflection is None
    assert PRIVATE_MARKER not in repr(without) and "Qzprivateinsight" not in repr(without)
    with_it = build_brief(vault, seeded.ada, today=TODAY, include_private=True)
    assert with_it.private_reflection is not None
    assert PRIVATE_MARKER in with_it.private_reflection


def test_the_reflection_column_is_not_even_read_without_asking(
    vault: Vault, seeded: Seeded
) -> None:
    statements: list[str] = []

    def note(_conn: object, _cursor: object, statement: str, *_args: object) -> None:
        statements.append(statement)

    event.listen(vault.engine, "before_cursor_execute", note)
    try:
        build_brief(vault, seeded.ada, today=TODAY)
    finally:
        event.remove(vault.engine, "before_cursor_execute", note)
    session_reads = [s for s in statements if "FROM sessions" in s]
    assert session_reads and not any("private_reflection" in s for s in session_reads)


def test_a_coachee_with_no_sessions_gets_an_empty_brief(vault: Vault, seeded: Seeded) -> None:
    brief = build_brief(vault, seeded.ben, today=TODAY, include_private=True)
    assert brief.last_session_on is None and brief.days_since is None
    assert brief.goals == brief.experiments == brief.agreements == brief.marks == ()
    assert brief.private_reflection == ""


def test_an_unknown_coachee_is_not_found(vault: Vault) -> None:
    with pytest.raises(NotFound):
        build_brief(vault, "no-such-id", today=TODAY)


def test_ids_resolve_whole_or_by_a_unique_prefix(vault: Vault, seeded: Seeded) -> None:
    assert resolve_coachee_id(vault, seeded.ada) == seeded.ada
    assert resolve_coachee_id(vault, f"  {seeded.ada[:8].upper()} ") == seeded.ada
    with pytest.raises(NotFound):
        resolve_coachee_id(vault, "zzzzzzzz")
    with pytest.raises(NotFound):
        resolve_coachee_id(vault, seeded.ada[:3])  # too short to try as a prefix
    with pytest.raises(NotFound):
        resolve_coachee_id(vault, "%%%%")  # wildcards match only themselves


def test_an_ambiguous_prefix_is_refused(vault: Vault) -> None:
    with vault.write() as s:
        s.add(Coachee(id="abcd1234-0000-4000-8000-000000000001", name="A"))
        s.add(Coachee(id="abcd1234-0000-4000-8000-000000000002", name="B"))
    with pytest.raises(ValidationError):
        resolve_coachee_id(vault, "abcd1234")
    assert resolve_coachee_id(vault, "abcd1234-0000-4000-8000-000000000002").endswith("2")


def test_coachee_entries_are_sorted_by_name_with_archived_marked(
    vault: Vault, seeded: Seeded
) -> None:
    zed = coachees.create_coachee(vault, name="zed Archived")
    coachees.archive_coachee(vault, zed.id)
    entries = list_coachee_entries(vault)
    assert [e.name for e in entries] == ["Ada Lovelace", "Ben Baker", "zed Archived"]
    assert [e.archived for e in entries] == [False, False, True]
