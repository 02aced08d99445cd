"""ORM row -> frozen record. The only place that knows both shapes."""

from __future__ import annotations

from coach_app.models import Coachee, CoachingSession, Experiment, Goal, Measurement
from coach_app.services.records import (
    CoacheeProfile,
    ExperimentRecord,
    GoalRecord,
    MeasurementRecord,
    SessionRecord,
    SessionSummary,
    one_line,
)


def coachee_profile(c: Coachee) -> CoacheeProfile:
    """A coachee's profile record."""
    return CoacheeProfile(
        id=c.id,
        name=c.name,
        role=c.role,
        organisation=c.organisation,
        team=c.team,
        email=c.email,
        programme=c.programme,
        started_on=c.started_on,
        status=c.status,
        focus=c.focus,
        tags=tuple(c.tags or ()),
        consent_recorded_on=c.consent_recorded_on,
        created_at=c.created_at,
        updated_at=c.updated_at,
    )


def goal_record(g: Goal) -> GoalRecord:
    """A goal record."""
    return GoalRecord(
        id=g.id,
        coachee_id=g.coachee_id,
        title=g.title,
        description=g.description,
        weight=g.weight,
        gas_levels=dict(g.gas_levels or {}),
        status=g.status,
    )


def session_record(s: CoachingSession) -> SessionRecord:
    """A whole session record."""
    return SessionRecord(
        id=s.id,
        coachee_id=s.coachee_id,
        started_at=s.started_at,
        duration_minutes=s.duration_minutes,
        kind=s.kind,
        template=s.template,
        sections=dict(s.sections or {}),
        notes=s.notes,
        private_reflection=s.private_reflection,
        tags=tuple(s.tags or ()),
        updated_at=s.updated_at,
    )


def session_summary(s: CoachingSession) -> SessionSummary:
    """A timeline row."""
    return SessionSummary(
        id=s.id,
        coachee_id=s.coachee_id,
        started_at=s.started_at,
        duration_minutes=s.duration_minutes,
        kind=s.kind,
        template=s.template,
        summary=one_line(*(s.sections or {}).values(), s.notes),
    )


def experiment_record(e: Experiment, coachee_name: str = "") -> ExperimentRecord:
    """An experiment record."""
    return ExperimentRecord(
        id=e.id,
        coachee_id=e.coachee_id,
        title=e.title,
        goal_id=e.goal_id,
        prediction=e.prediction,
        action=e.action,
        success_signal=e.success_signal,
        due_on=e.due_on,
        status=e.status,
        outcome=e.outcome,
        learning=e.learning,
        decision=e.decision,
        agreed_in_session_id=e.agreed_in_session_id,
        reviewed_in_session_id=e.reviewed_in_session_id,
        created_at=e.created_at,
        coachee_name=coachee_name,
    )


def measurement_record(m: Measurement) -> MeasurementRecord:
    """A measurement record."""
    return MeasurementRecord(
        id=m.id,
        coachee_id=m.coachee_id,
        instrument=m.instrument,
        taken_on=m.taken_on,
        value=m.value,
        items=tuple(m.items or ()),
        scores=dict(m.scores or {}),
        session_id=m.session_id,
        goal_id=m.goal_id,
    )
