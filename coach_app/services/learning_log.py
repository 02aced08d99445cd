"""The learning log: what the coachees learned from their reviewed experiments.

An experiment enters the log once it has an outcome, a learning or a decision; it is dated by
the session that reviewed it (or its last change when it was reviewed outside a session).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import aliased

from coach_app.errors import ValidationError
from coach_app.i18n import _
from coach_app.models import EXPERIMENT_DECISIONS, Coachee, CoachingSession, Experiment, Goal
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


def learning_log(
    vault: Vault,
    *,
    coachee_id: str | None = None,
    decision: str | None = None,
    goal_id: str | None = None,
) -> list[LearningEntry]:
    """Experiments that have been reviewed (an outcome, a learning or a decision), newest first.

    Args:
        coachee_id: one coachee, or None for everyone.
        decision: ``adopt``, ``adapt``, ``abandon``, ``undecided`` (no decision yet), or None.
        goal_id: only experiments linked to this goal.

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
        select(Experiment, Coachee.name, Goal.title, agreed.started_at, reviewed.started_at)
        .join(Coachee, Coachee.id == Experiment.coachee_id)
        .outerjoin(Goal, Goal.id == Experiment.goal_id)
        .outerjoin(agreed, agreed.id == Experiment.agreed_in_session_id)
        .outerjoin(reviewed, reviewed.id == Experiment.reviewed_in_session_id)
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
        for experiment, coachee_name, goal_title, agreed_at, reviewed_at in s.execute(query):
            logged = reviewed_at or experiment.updated_at or experiment.created_at
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
                )
            )
    entries.sort(key=lambda e: (e.logged_on, e.title), reverse=True)
    return entries
