"""Groups: members, sessions with rounds, what lands on each participant's record, rotation,
the set's learning log, and forgetting an erased participant."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from sqlalchemy import select

from coach_app.changes import Kind
from coach_app.errors import ValidationError
from coach_app.models import ROUND_TEXT_FIELDS, Experiment, GroupRound, Measurement
from coach_app.services import (
    coachees,
    experiments,
    group_sessions,
    groups,
    measurements,
    sessions,
)
from coach_app.services.group_rules import group_templates, round_layout
from coach_app.templates import template
from coach_app.vault import change_log
from coach_app.vault.vault import Vault

PRIVATE = "PRIVATEMARKER individual note"


def _set(vault: Vault) -> tuple[str, dict[str, str]]:
    """An action-learning set of three coachees and one person known by name only."""
    group = groups.create_group(
        vault,
        name="Leading change",
        kind="action_learning",
        purpose="Learn from each other's real problems.",
        started_on="2025-01-10",
    )
    members: dict[str, str] = {}
    for i, name in enumerate(("Ada", "Bram", "Chloé")):
        c = coachees.create_coachee(vault, name=name)
        # Each has individual coaching too, whose words must never reach the group's views.
        sessions.create_session(
            vault, c.id, template="grow", sections={"goal": PRIVATE}, notes=PRIVATE
        )
        members[name] = groups.add_member(
            vault, group.id, coachee_id=c.id, joined_on=date(2025, 1, 10 + i)
        ).id
    members["Dirk"] = groups.add_member(vault, group.id, name="Dirk", joined_on="2025-01-20").id
    return group.id, members


def _coachee_of(vault: Vault, group_id: str, member_id: str) -> str:
    found = [m for m in groups.get_group(vault, group_id).members if m.id == member_id]
    assert found[0].coachee_id
    return found[0].coachee_id


def test_three_participants_each_get_their_action_rating_and_insight(vault: Vault) -> None:
    group_id, members = _set(vault)
    gs = group_sessions.create_group_session(
        vault, group_id, started_at="2025-02-03T14:00", duration_minutes=120
    )
    assert gs.template == "action_learning"
    for i, name in enumerate(("Ada", "Bram", "Chloé")):
        group_sessions.add_round(
            vault,
            gs.id,
            case_giver_id=members[name],
            situation=f"{name}'s problem",
            questions=f"Questions for {name}",
            insight=f"{name} sees it differently",
            action=f"{name} talks to the director\nwith a proposal",
            rating=5 + i,
        )
    for i, name in enumerate(("Ada", "Bram", "Chloé")):
        cid = _coachee_of(vault, group_id, members[name])
        (exp,) = experiments.list_experiments(vault, cid)
        assert exp.title == f"{name} talks to the director with a proposal"
        assert exp.action == f"{name} talks to the director\nwith a proposal"
        with vault.session() as s:
            row = s.get(Experiment, exp.id)
            assert row is not None and row.agreed_in_group_session_id == gs.id
            (m,) = s.scalars(select(Measurement).where(Measurement.coachee_id == cid)).all()
            assert (m.instrument, m.value, m.taken_on) == ("confidence", 5 + i, date(2025, 2, 3))
            assert m.group_session_id == gs.id
        (insight,) = groups.insights_of(vault, cid)
        assert insight.text == f"{name} sees it differently"
        assert insight.noted_on == date(2025, 2, 3)
        assert insight.group_name == "Leading change"
        assert "Leading change" in insight.source and "2025-02-03" in insight.source
        assert "Leading change" in group_sessions.where_agreed(vault, gs.id)
    # Attendance follows the case-givers; nothing landed anywhere else.
    record = group_sessions.get_group_session(vault, gs.id)
    assert set(record.attendee_ids) == {members["Ada"], members["Bram"], members["Chloé"]}
    assert [r.case_giver for r in record.rounds] == ["Ada", "Bram", "Chloé"]


def test_editing_a_round_keeps_the_record_in_step(vault: Vault) -> None:
    group_id, members = _set(vault)
    gs = group_sessions.create_group_session(vault, group_id, started_at="2025-02-03T14:00")
    r = group_sessions.add_round(vault, gs.id, case_giver_id=members["Ada"], action="Call Eva")
    ada = _coachee_of(vault, group_id, members["Ada"])
    group_sessions.save_round(vault, r.id, action="Call Eva and Finn", insight="Ask first")
    (exp,) = experiments.list_experiments(vault, ada)
    assert exp.title == "Call Eva and Finn"
    # The case was Bram's after all: Ada's record loses what was not hers.
    group_sessions.save_round(vault, r.id, case_giver_id=members["Bram"])
    assert experiments.list_experiments(vault, ada) == []
    assert groups.insights_of(vault, ada) == []
    bram = _coachee_of(vault, group_id, members["Bram"])
    assert [e.title for e in experiments.list_experiments(vault, bram)] == ["Call Eva and Finn"]
    # Once Bram has reviewed it, it is his: the round no longer rewrites it.
    (exp,) = experiments.list_experiments(vault, bram)
    experiments.review_experiment(vault, exp.id, outcome="Done", learning="", decision="adopt")
    group_sessions.save_round(vault, r.id, action="Something else")
    assert [e.title for e in experiments.list_experiments(vault, bram)] == ["Call Eva and Finn"]
    # Moving the session moves the insight's date.
    group_sessions.update_group_session(vault, gs.id, started_at="2025-02-10T09:00")
    assert groups.insights_of(vault, bram)[0].noted_on == date(2025, 2, 10)


def test_a_name_only_case_giver_lands_nowhere(vault: Vault) -> None:
    group_id, members = _set(vault)
    gs = group_sessions.create_group_session(vault, group_id, started_at="2025-02-03T14:00")
    r = group_sessions.add_round(
        vault, gs.id, case_giver_id=members["Dirk"], action="Write it down", rating=7
    )
    assert (r.case_giver, r.experiment_id, r.measurement_id) == ("Dirk", None, None)
    for c in coachees.list_coachees(vault):
        assert experiments.list_experiments(vault, c.id) == []


def test_the_rotation_suggests_who_has_waited_longest(vault: Vault) -> None:
    group_id, members = _set(vault)
    first = group_sessions.create_group_session(vault, group_id, started_at="2025-02-03T14:00")
    group_sessions.add_round(vault, first.id, case_giver_id=members["Bram"])
    group_sessions.add_round(vault, first.id, case_giver_id=members["Ada"])
    second = group_sessions.create_group_session(vault, group_id, started_at="2025-03-03T14:00")
    group_sessions.add_round(vault, second.id, case_giver_id=members["Ada"])
    on = date(2025, 3, 10)
    order = [e.name for e in groups.rotation(vault, group_id, on=on)]
    # Never brought a case (in the order they joined), then the oldest last case.
    assert order == ["Chloé", "Dirk", "Bram", "Ada"]
    assert groups.next_case_giver(vault, group_id, on=on) == members["Chloé"]
    by_name = {e.name: e for e in groups.rotation(vault, group_id, on=on)}
    assert (by_name["Ada"].cases, by_name["Ada"].last_case_on) == (2, date(2025, 3, 3))
    # Chloé and Dirk take their turns; Bram (last case in February) is next.
    third = group_sessions.create_group_session(vault, group_id, started_at="2025-04-07T14:00")
    group_sessions.add_round(vault, third.id, case_giver_id=members["Chloé"])
    group_sessions.add_round(vault, third.id, case_giver_id=members["Dirk"])
    assert groups.next_case_giver(vault, group_id, on=date(2025, 4, 8)) == members["Bram"]
    # Someone who has left is no longer suggested.
    groups.update_member(vault, members["Bram"], left_on="2025-04-07")
    assert groups.next_case_giver(vault, group_id, on=date(2025, 4, 8)) == members["Ada"]


def test_group_views_show_nothing_of_individual_coaching(vault: Vault) -> None:
    group_id, members = _set(vault)
    gs = group_sessions.create_group_session(vault, group_id, started_at="2025-02-03T14:00")
    group_sessions.add_round(vault, gs.id, case_giver_id=members["Ada"], insight="Group words")
    views = [
        groups.get_group(vault, group_id),
        groups.list_groups(vault),
        groups.rotation(vault, group_id),
        groups.set_learning_log(vault, group_id),
        group_sessions.get_group_session(vault, gs.id),
        group_sessions.list_group_sessions(vault, group_id),
    ]
    assert "PRIVATEMARKER" not in repr(views)
    assert "Group words" in repr(views)


def test_the_sets_learning_log_lists_insights_and_actions(vault: Vault) -> None:
    group_id, members = _set(vault)
    old = group_sessions.create_group_session(vault, group_id, started_at="2025-02-03T14:00")
    new = group_sessions.create_group_session(vault, group_id, started_at="2025-03-03T14:00")
    group_sessions.add_round(vault, old.id, case_giver_id=members["Ada"], insight="Old insight")
    group_sessions.add_round(vault, new.id, case_giver_id=members["Dirk"], action="New action")
    group_sessions.add_round(vault, new.id, case_giver_id=members["Bram"], questions="Only asked")
    log = groups.set_learning_log(vault, group_id)
    assert [(e.held_on, e.case_giver, e.insight, e.action) for e in log] == [
        (date(2025, 3, 3), "Dirk", "", "New action"),
        (date(2025, 2, 3), "Ada", "Old insight", ""),
    ]


def test_forget_participant_keeps_the_group_and_none_of_their_words(vault: Vault) -> None:
    group_id, members = _set(vault)
    gs = group_sessions.create_group_session(
        vault, group_id, started_at="2025-02-03T14:00", attendee_ids=list(members.values())
    )
    words = "ERASEDWORDS"
    group_sessions.add_round(
        vault,
        gs.id,
        case_giver_id=members["Ada"],
        situation=f"{words} situation",
        key_question=f"{words} question",
        questions=f"{words} asked",
        ideas=f"{words} ideas",
        insight=f"{words} insight",
        action=f"{words} action",
        what_helped=f"{words} helped",
        rating=6,
    )
    kept = group_sessions.add_round(
        vault, gs.id, case_giver_id=members["Bram"], insight="Bram's insight", action="Bram acts"
    )
    ada = _coachee_of(vault, group_id, members["Ada"])
    bram = _coachee_of(vault, group_id, members["Bram"])
    with vault.write() as s:
        gone = groups.forget_participant(s, ada)
    assert gone["group_rounds_anonymised"] == 1
    assert gone["group_members"] == gone["group_attendance"] == gone["insights"] == 1
    assert gone["group_ratings"] == 1
    record = group_sessions.get_group_session(vault, gs.id)
    assert len(record.rounds) == 2, "the round stays"
    former, other = record.rounds
    assert former.case_giver == "a former participant" and former.former_participant
    assert (former.case_giver_id, former.rating, former.experiment_id) == (None, None, None)
    assert other == group_sessions.get_group_session(vault, gs.id).rounds[1]
    assert other.id == kept.id and other.insight == "Bram's insight"
    assert members["Ada"] not in record.attendee_ids
    assert len(record.attendee_ids) == 3
    assert [m.name for m in groups.get_group(vault, group_id).members] == ["Bram", "Chloé", "Dirk"]
    with vault.session() as s:
        texts = [[getattr(r, f) for f in ROUND_TEXT_FIELDS] for r in s.scalars(select(GroupRound))]
    assert words not in repr(texts)
    everything = [
        groups.get_group(vault, group_id),
        groups.set_learning_log(vault, group_id),
        groups.rotation(vault, group_id),
        record,
        group_sessions.list_group_sessions(vault, group_id),
    ]
    assert words not in repr(everything) and "Ada" not in repr(everything)
    # Bram's record is untouched.
    assert [e.title for e in experiments.list_experiments(vault, bram)] == ["Bram acts"]
    assert [i.text for i in groups.insights_of(vault, bram)] == ["Bram's insight"]


def test_erasing_a_coachee_through_the_service_leaves_the_group(vault: Vault) -> None:
    # Until the erasure service calls forget_participant, the foreign keys alone must still
    # drop the membership (ON DELETE CASCADE) rather than fail.
    group_id, members = _set(vault)
    ada = _coachee_of(vault, group_id, members["Ada"])
    coachees.erase_coachee(vault, ada)
    assert [m.name for m in groups.get_group(vault, group_id).members] == ["Bram", "Chloé", "Dirk"]


def test_rules_refuse_what_does_not_fit(vault: Vault) -> None:
    group_id, members = _set(vault)
    other = groups.create_group(vault, name="Other", kind="intervision")
    stranger = groups.add_member(vault, other.id, name="Eve").id
    gs = group_sessions.create_group_session(vault, group_id, started_at="2025-02-03T14:00")
    with pytest.raises(ValidationError, match="not a member"):
        group_sessions.add_round(vault, gs.id, case_giver_id=stranger)
    with pytest.raises(ValidationError, match="Template"):
        group_sessions.create_group_session(vault, group_id, template="grow")
    with pytest.raises(ValidationError, match="confidence ruler"):
        group_sessions.add_round(vault, gs.id, case_giver_id=members["Ada"], rating=11)
    with pytest.raises(ValidationError, match="not be before"):
        groups.create_group(vault, name="X", started_on="2025-02-01", ended_on="2025-01-01")
    with pytest.raises(ValidationError, match="already a member"):
        groups.add_member(vault, group_id, coachee_id=_coachee_of(vault, group_id, members["Ada"]))
    with pytest.raises(ValidationError, match="either a coachee or a name"):
        groups.add_member(vault, group_id)
    group_sessions.add_round(vault, gs.id, case_giver_id=members["Dirk"])
    with pytest.raises(ValidationError, match="leaving date"):
        groups.remove_member(vault, members["Dirk"])
    assert len(group_sessions.get_group_session(vault, gs.id).rounds) == 1


def test_rounds_follow_the_group_templates_sections() -> None:
    assert set(group_templates()) == {"action_learning", "intervision"}
    for key in group_templates():
        layout = round_layout(key)
        spec = template(key)
        # Every section of the template is a field of the round, in the template's order.
        assert [f.label for f in layout if f.from_template] == [s.label for s in spec.sections]
        assert len({f.field for f in layout}) == len(layout) == 7
    assert [f.field for f in round_layout("intervision")][:5] == [
        "situation",
        "key_question",
        "questions",
        "ideas",
        "what_helped",
    ]


def test_group_commits_broadcast_groups(vault: Vault) -> None:
    with change_log.recording() as log:
        group = groups.create_group(vault, name="Peers", kind="intervision")
    assert log.changes.touches(Kind.GROUPS)
    c = coachees.create_coachee(vault, name="Noor")
    member = groups.add_member(vault, group.id, coachee_id=c.id)
    gs = group_sessions.create_group_session(vault, group.id, started_at=datetime(2025, 5, 5, 9))
    with change_log.recording() as log:
        group_sessions.add_round(vault, gs.id, case_giver_id=member.id, insight="Seen", rating=4)
    assert log.changes.touches(Kind.GROUPS)
    assert log.changes.touches(Kind.MEASUREMENTS, coachee_id=c.id)
    assert log.changes.touches(Kind.EXPERIMENTS, coachee_id=c.id)
    assert measurements.list_measurements(vault, c.id)[0].value == 4
