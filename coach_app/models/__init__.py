"""SQLAlchemy ORM tables: the shape of what the vault stores."""

from coach_app.models.base import Base, new_id, utcnow
from coach_app.models.search_index import search_docs
from coach_app.models.tables import (
    COACHEE_STATUSES,
    EXPERIMENT_DECISIONS,
    EXPERIMENT_STATUSES,
    GAS_LEVELS,
    GOAL_STATUSES,
    SESSION_KINDS,
    Coachee,
    CoachingSession,
    Erasure,
    Experiment,
    Goal,
    Measurement,
    Setting,
)

__all__ = [
    "COACHEE_STATUSES",
    "EXPERIMENT_DECISIONS",
    "EXPERIMENT_STATUSES",
    "GAS_LEVELS",
    "GOAL_STATUSES",
    "SESSION_KINDS",
    "Base",
    "Coachee",
    "CoachingSession",
    "Erasure",
    "Experiment",
    "Goal",
    "Measurement",
    "Setting",
    "new_id",
    "search_docs",
    "utcnow",
]
