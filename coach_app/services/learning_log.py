"""The learning log: what the coachees learned from their reviewed experiments and groups.

An experiment enters the log once it has an outcome, a learning or a decision; it is dated by
the session that reviewed it (or its last change when it was reviewed outside a session). An
insight a coachee noted in a group session (``groups.insights_of``) enters it on the day it
was noted. Each entry says where it came from (``source``): the group session for an insight
or an action agreed in one, nothing for what came from one-to-one sessions.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import aliased

from coach_app.errors import ValidationError
from coach_app.i18n import _
from coach_app.models import (
    EXPERIMENT_DECISIONS,
    Coachee,
    CoachingSession,
    Experiment,
    Goal,
    Group,
    GroupSession,
    Insight,
)
from coach_app.services import group_rules as rules
from coach_app.services import groups
from coach_app.services.records import one_line
from coach_app.vault.vault import Vault


@dataclass(frozen=True)
class LearningEntry:
    """One experiment's learning, as the learning log lists it."""

    experiment_id: str
    coachee_id: str
    coachee_name: str
    goal_id: str | None
    goal_title: str
    title: str
    prediction: str
    outcome: str
    learning: str
    decision: str | None
    status: str
    agreed_on: date | None
    due_on: date | None
    logged_on: date
    # "experiment", or "insight" (then ``experiment_id`` is "" and ``insight_id`` is set).
    kind: str = "experiment"
    source: str = ""  # where it came from: a group session, or "" for one-to-one sessions
    group_session_id: str | None = None
    insight_id: str | None = None


def learning_log(
    vault: Vault,
    *,
    coachee_id: str | None = None,
    decision: str | None = None,
    goal_id: str | None = None,
    include_insights: bool = True,
) -> list[LearningEntry]:
    """Reviewed experiments (an outcome, a learning or a decision) and insights, newest first.

    Args:
        coachee_id: one coachee, or None for everyone.
        decision: ``adopt``, ``adapt``, ``abandon``, ``undecided`` (no decision yet), or None.
            Insights have no decision: any decision filter leaves them out.
        goal_id: only experiments linked to this goal (insights have no goal: left out).
        include_insights: whether insights from group sessions are listed.

    Raises:
        ValidationError: an unknown decision.
    """
    if decision is not None and decision not in (*EXPERIMENT_DECISIONS, "undecided"):
        raise ValidationError(
            _("Decision must be one of: {decisions}, undecided.").format(
                decisions=", ".join(EXPERIMENT_DECISIONS)
            )
        )
    agreed = aliased(CoachingSession)
    reviewed = aliased(CoachingSession)
    query = (
        select(
            Experiment,
            Coachee.name,
            Goal.title,
            agreed.started_at,
            reviewed.started_at,
            GroupSession.started_at,
            Group.name,
            Group.kind,
        )
        .join(Coachee, Coachee.id == Experiment.coachee_id)
        .outerjoin(Goal, Goal.id == Experiment.goal_id)
        .outerjoin(agreed, agreed.id == Experiment.agreed_in_session_id)
        .outerjoin(reviewed, reviewed.id == Experiment.reviewed_in_session_id)
        .outerjoin(GroupSession, GroupSession.id == Experiment.agreed_in_group_session_id)
        .outerjoin(Group, Group.id == GroupSession.group_id)
        .where(
            (Experiment.learning != "")
            | (Experiment.outcome != "")
            | Experiment.decision.is_not(None)
        )
    )
    if coachee_id is not None:
        query = query.where(Experiment.coachee_id == coachee_id)
    if goal_id is not None:
        query = query.where(Experiment.goal_id == goal_id)
    if decision == "undecided":
        query = query.where(Experiment.decision.is_(None))
    elif decision is not None:
        query = query.where(Experiment.decision == decision)
    entries: list[LearningEntry] = []
    with vault.session() as s:
        for row in s.execute(query):
            experiment, coachee_name, goal_title, agreed_at, reviewed_at = row[:5]
            group_at, group_name, group_kind = row[5:]
            logged = reviewed_at or experiment.updated_at or experiment.created_at
            if agreed_at is None and group_at is not None:
                agreed_at = group_at
            entries.append(
                LearningEntry(
                    experiment_id=experiment.id,
                    coachee_id=experiment.coachee_id,
                    coachee_name=coachee_name,
                    goal_id=experiment.goal_id,
                    goal_title=goal_title or "",
                    title=experiment.title,
                    prediction=experiment.prediction,
                    outcome=experiment.outcome,
                    learning=experiment.learning,
                    decision=experiment.decision,
                    status=experiment.status,
                    agreed_on=agreed_at.date() if agreed_at else None,
                    due_on=experiment.due_on,
                    logged_on=logged.date(),
                    source=_group_source(group_kind, group_name, group_at),
                    group_session_id=experiment.agreed_in_group_session_id,
                )
            )
    if include_insights and decision is None and goal_id is None:
        entries.extend(_insight_entries(vault, coachee_id))
    entries.sort(key=lambda e: (e.logged_on, e.title), reverse=True)
    return entries


def _group_source(kind: str | None, name: str | None, at: datetime | None) -> str:
    if kind is None or name is None or at is None:
        return ""
    return _("{kind} “{name}”, {date}").format(
        kind=rules.kind_label(kind), name=name, date=at.date().isoformat()
    )


def _insight_entries(vault: Vault, coachee_id: str | None) -> list[LearningEntry]:
    """The insights of one coachee (or of everyone who has any), as log entries."""
    with vault.session() as s:
        query = select(Coachee.id, Coachee.name).where(
            Coachee.id.in_(select(Insight.coachee_id).distinct())
        )
        if coachee_id is not None:
            query = query.where(Coachee.id == coachee_id)
        people: dict[str, str] = {cid: name for cid, name in s.execute(query)}
    entries: list[LearningEntry] = []
    for person, name in sorted(people.items()):
        for insight in groups.insights_of(vault, person):
            entries.append(
                LearningEntry(
                    experiment_id="",
                    coachee_id=person,
                    coachee_name=name,
                    goal_id=None,
                    goal_title="",
                    title=one_line(insight.text, width=80),
                    prediction="",
                    outcome="",
                    learning=insight.text,
                    decision=None,
                    status="",
                    agreed_on=None,
                    due_on=None,
                    logged_on=insight.noted_on,
                    kind="insight",
                    source=insight.source,
                    group_session_id=insight.group_session_id,
                    insight_id=insight.id,
                )
            )
    return entries
