"""Agreed experiments: agree one in a session, review it in a later one, see what is overdue."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import Subquery, case, func, select

from coach_app.errors import ValidationError
from coach_app.i18n import N_, _
from coach_app.models import (
    EXPERIMENT_DECISIONS,
    EXPERIMENT_STATUSES,
    Coachee,
    CoachingSession,
    Experiment,
    Goal,
)
from coach_app.services import validation as v
from coach_app.services.convert import experiment_record
from coach_app.services.lookup import get_or_not_found
from coach_app.services.records import ExperimentRecord
from coach_app.vault.vault import Vault

OPEN_STATUSES = ("agreed", "in_progress")


def open_counts(today: date) -> Subquery:
    """Per coachee with open experiments: ``coachee_id``, ``open``, ``overdue`` (due before today).

    The one count of open and overdue experiments, for the coachee list and the dashboard. It is
    grouped in SQL over ``ix_experiments_status_due`` (status, due_on, coachee_id), which covers
    it: a row per coachee comes back, not one per open experiment, so a practice whose coachees
    keep many experiments open costs the screens a few more index entries, not more Python.
    """
    return (
        select(
            Experiment.coachee_id,
            func.count().label("open"),
            func.sum(case((Experiment.due_on < today, 1), else_=0)).label("overdue"),
        )
        .where(Experiment.status.in_(OPEN_STATUSES))
        .group_by(Experiment.coachee_id)
        .subquery("open_counts")
    )


FIELDS = (
    "title",
    "goal_id",
    "prediction",
    "action",
    "success_signal",
    "due_on",
    "status",
    "outcome",
    "learning",
    "decision",
    "agreed_in_session_id",
    "reviewed_in_session_id",
)
#: The free-text fields of an experiment and their form labels (the plan, then the review).
TEXT_FIELDS = (
    ("prediction", N_("Prediction")),
    ("action", N_("Action")),
    ("success_signal", N_("Success signal")),
    ("outcome", N_("Outcome")),
    ("learning", N_("Learning")),
)


def _clean(s: Any, coachee_id: str, fields: dict[str, Any], *, partial: bool) -> dict[str, Any]:
    unknown = set(fields) - set(FIELDS)
    if unknown:
        raise ValidationError(
            _("Unknown experiment field(s): {fields}.").format(fields=", ".join(sorted(unknown)))
        )
    out: dict[str, Any] = {}
    if "title" in fields or not partial:
        out["title"] = v.title(fields.get("title"), _("Experiment title"))
    for key, label in TEXT_FIELDS:
        if key in fields:
            out[key] = v.long_text(fields[key], _(label))
    if "due_on" in fields:
        out["due_on"] = v.parse_date(fields["due_on"], _("Due date"))
    if "status" in fields:
        out["status"] = v.choice(fields["status"], EXPERIMENT_STATUSES, _("Status"))
    if "decision" in fields:
        out["decision"] = v.optional_choice(fields["decision"], EXPERIMENT_DECISIONS, _("Decision"))
    # References must stay inside the same coachee, or an export would not round-trip.
    if fields.get("goal_id"):
        goal = s.get(Goal, fields["goal_id"])
        if goal is None or goal.coachee_id != coachee_id:
            raise ValidationError(_("That goal does not belong to this coachee."))
    if "goal_id" in fields:
        out["goal_id"] = fields["goal_id"] or None
    for key in ("agreed_in_session_id", "reviewed_in_session_id"):
        if fields.get(key):
            row = s.get(CoachingSession, fields[key])
            if row is None or row.coachee_id != coachee_id:
                raise ValidationError(_("That session does not belong to this coachee."))
        if key in fields:
            out[key] = fields[key] or None
    return out


def create_experiment(vault: Vault, coachee_id: str, **fields: Any) -> ExperimentRecord:
    """Agree an experiment (title required; prediction, action, success signal, due date)."""
    with vault.write() as s:
        coachee = get_or_not_found(s, Coachee, coachee_id, "coachee")
        row = Experiment(coachee_id=coachee_id, **_clean(s, coachee_id, fields, partial=False))
        s.add(row)
        s.flush()
        return experiment_record(row, coachee.name)


def update_experiment(vault: Vault, experiment_id: str, **fields: Any) -> ExperimentRecord:
    """Change fields of an experiment (plan or review)."""
    with vault.write() as s:
        row = get_or_not_found(s, Experiment, experiment_id, "experiment")
        for key, value in _clean(s, row.coachee_id, fields, partial=True).items():
            setattr(row, key, value)
        s.flush()
        return experiment_record(row, row.coachee.name)


def review_experiment(
    vault: Vault,
    experiment_id: str,
    *,
    outcome: str,
    learning: str,
    decision: str | None,
    status: str = "done",
    reviewed_in_session_id: str | None = None,
) -> ExperimentRecord:
    """Record what happened, what was learned, and adopt / adapt / abandon."""
    fields: dict[str, Any] = {
        "outcome": outcome,
        "learning": learning,
        "decision": decision,
        "status": status,
    }
    if reviewed_in_session_id:
        fields["reviewed_in_session_id"] = reviewed_in_session_id
    return update_experiment(vault, experiment_id, **fields)


def get_experiment(vault: Vault, experiment_id: str) -> ExperimentRecord:
    """One experiment."""
    with vault.session() as s:
        row = get_or_not_found(s, Experiment, experiment_id, "experiment")
        return experiment_record(row, row.coachee.name)


def list_experiments(
    vault: Vault, coachee_id: str, *, open_only: bool = False
) -> list[ExperimentRecord]:
    """A coachee's experiments: open ones first (by due date), then the rest, newest first."""
    query = (
        select(Experiment, Coachee.name).join(Coachee).where(Experiment.coachee_id == coachee_id)
    )
    if open_only:
        query = query.where(Experiment.status.in_(OPEN_STATUSES))
    with vault.session() as s:
        rows = [experiment_record(e, name) for e, name in s.execute(query)]
    far = date.max
    rows.sort(
        key=lambda e: (
            not e.is_open,
            (e.due_on or far) if e.is_open else far,
            -(e.created_at.timestamp() if e.created_at else 0),
        )
    )
    return rows


def overdue_experiments(vault: Vault, today: date | None = None) -> list[ExperimentRecord]:
    """Open experiments past their due date, across all coachees, most overdue first."""
    today = today or date.today()
    query = (
        select(Experiment, Coachee.name)
        .join(Coachee)
        .where(Experiment.status.in_(OPEN_STATUSES))
        .where(Experiment.due_on.is_not(None))
        .where(Experiment.due_on < today)
        .where(Coachee.status != "archived")
        .order_by(Experiment.due_on, Coachee.name)
    )
    with vault.session() as s:
        return [experiment_record(e, name) for e, name in s.execute(query)]


def delete_experiment(vault: Vault, experiment_id: str) -> None:
    """Remove an experiment."""
    with vault.write() as s:
        row = get_or_not_found(s, Experiment, experiment_id, "experiment")
        s.delete(row)
