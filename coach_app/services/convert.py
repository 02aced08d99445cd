"""ORM row -> frozen record. The only place that knows both shapes.

Records name their fields after the ORM attributes, so one helper copies them; only JSON
columns need converting, into fresh tuples and dicts, so a record never shares state with a
session's object.
"""

from __future__ import annotations

from dataclasses import fields
from typing import Any, TypeVar

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

R = TypeVar("R")


def _record(cls: type[R], row: Any, **converted: Any) -> R:
    """``cls`` filled from the same-named attributes of ``row``, then ``converted``."""
    values = {
        f.name: getattr(row, f.name)
        for f in fields(cls)  # type: ignore[arg-type]
        if f.name not in converted and hasattr(row, f.name)
    }
    return cls(**values, **converted)


def coachee_profile(c: Coachee) -> CoacheeProfile:
    """A coachee's profile record."""
    return _record(CoacheeProfile, c, tags=tuple(c.tags or ()))


def goal_record(g: Goal) -> GoalRecord:
    """A goal record."""
    return _record(GoalRecord, g, gas_levels=dict(g.gas_levels or {}))


def session_record(s: CoachingSession) -> SessionRecord:
    """A whole session record."""
    return _record(SessionRecord, s, sections=dict(s.sections or {}), tags=tuple(s.tags or ()))


def session_summary(s: CoachingSession) -> SessionSummary:
    """A timeline row."""
    return _record(SessionSummary, s, summary=one_line(*(s.sections or {}).values(), s.notes))


def experiment_record(e: Experiment, coachee_name: str = "") -> ExperimentRecord:
    """An experiment record."""
    return _record(ExperimentRecord, e, coachee_name=coachee_name)


def measurement_record(m: Measurement) -> MeasurementRecord:
    """A measurement record."""
    return _record(MeasurementRecord, m, items=tuple(m.items or ()), scores=dict(m.scores or {}))
