"""The vault's tables: coachees, goals, coaching sessions, experiments, measurements.

Groups (action-learning sets, intervision groups) and the coach's own record (supervision and
CPD) live in ``coach_app.models.groups``; the columns here that point at them (an experiment
agreed in a group session, a rating given in one) are plain foreign keys by table name.

Free-form lists and maps (tags, template sections, item answers, sub-scores) are JSON columns:
they are always read and written whole, and the search index carries their text.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from coach_app.models.base import Base, Moment, new_id, utcnow
from coach_app.models.packed import PackedJSON, PackedText

COACHEE_STATUSES = ("active", "paused", "completed", "archived")
GOAL_STATUSES = ("active", "achieved", "dropped")
SESSION_KINDS = ("one_to_one", "action_learning", "intervision", "group", "other")
EXPERIMENT_STATUSES = ("agreed", "in_progress", "done", "dropped")
EXPERIMENT_DECISIONS = ("adopt", "adapt", "abandon")
GAS_LEVELS = ("-2", "-1", "0", "1", "2")
# Who the coach works for: ICF calls coaching inside one's own employer "internal".
CLIENT_TYPES = ("third_party", "internal")


class Coachee(Base):
    """A person being coached."""

    __tablename__ = "coachees"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(200), default="")
    organisation: Mapped[str] = mapped_column(String(200), default="")
    team: Mapped[str] = mapped_column(String(200), default="")
    email: Mapped[str] = mapped_column(String(320), default="")
    programme: Mapped[str] = mapped_column(String(200), default="")
    started_on: Mapped[date | None] = mapped_column(Date, default=None)
    status: Mapped[str] = mapped_column(String(20), default="active")
    focus: Mapped[str] = mapped_column(Text, default="")
    tags: Mapped[list[str]] = mapped_column(JSON, default=list)
    consent_recorded_on: Mapped[date | None] = mapped_column(Date, default=None)
    created_at: Mapped[datetime] = mapped_column(Moment, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(Moment, default=utcnow, onupdate=utcnow)
    # The coach's own record (migration 0002): a session is paid unless it or this says not;
    # a client is named on a credentialing log only with ``log_consent``.
    default_paid: Mapped[bool] = mapped_column(Boolean, default=True, server_default=text("1"))
    client_type: Mapped[str] = mapped_column(
        String(20), default="third_party", server_default="third_party"
    )
    log_consent: Mapped[bool] = mapped_column(Boolean, default=False, server_default=text("0"))

    goals: Mapped[list[Goal]] = relationship(
        back_populates="coachee", cascade="all, delete-orphan", passive_deletes=True
    )
    sessions: Mapped[list[CoachingSession]] = relationship(
        back_populates="coachee", cascade="all, delete-orphan", passive_deletes=True
    )
    experiments: Mapped[list[Experiment]] = relationship(
        back_populates="coachee", cascade="all, delete-orphan", passive_deletes=True
    )
    measurements: Mapped[list[Measurement]] = relationship(
        back_populates="coachee", cascade="all, delete-orphan", passive_deletes=True
    )


class Goal(Base):
    """A coachee's goal, with its five Goal Attainment Scaling level descriptions."""

    __tablename__ = "goals"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    coachee_id: Mapped[str] = mapped_column(ForeignKey("coachees.id", ondelete="CASCADE"))
    title: Mapped[str] = mapped_column(String(300))
    description: Mapped[str] = mapped_column(Text, default="")
    weight: Mapped[int] = mapped_column(Integer, default=1)
    gas_levels: Mapped[dict[str, str]] = mapped_column(JSON, default=dict)
    status: Mapped[str] = mapped_column(String(20), default="active")
    created_at: Mapped[datetime] = mapped_column(Moment, default=utcnow)

    coachee: Mapped[Coachee] = relationship(back_populates="goals")

    __table_args__ = (Index("ix_goals_coachee", "coachee_id"),)


class CoachingSession(Base):
    """One coaching conversation (called a session in the app; not a database session)."""

    __tablename__ = "sessions"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    coachee_id: Mapped[str] = mapped_column(ForeignKey("coachees.id", ondelete="CASCADE"))
    started_at: Mapped[datetime] = mapped_column(Moment)
    duration_minutes: Mapped[int] = mapped_column(Integer, default=60)
    kind: Mapped[str] = mapped_column(String(30), default="one_to_one")
    template: Mapped[str] = mapped_column(String(30), default="free")
    # Most of a vault's text: stored packed when that is smaller (coach_app.packing, 0008).
    sections: Mapped[dict[str, str]] = mapped_column(PackedJSON, default=dict)
    notes: Mapped[str] = mapped_column(PackedText, default="")
    private_reflection: Mapped[str] = mapped_column(PackedText, default="")
    tags: Mapped[list[str]] = mapped_column(JSON, default=list)
    created_at: Mapped[datetime] = mapped_column(Moment, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(Moment, default=utcnow, onupdate=utcnow)
    # None: the coachee's ``default_paid`` decides (migration 0002).
    paid: Mapped[bool | None] = mapped_column(Boolean, default=None)

    coachee: Mapped[Coachee] = relationship(back_populates="sessions")

    __table_args__ = (Index("ix_sessions_coachee_started", "coachee_id", "started_at"),)


class Experiment(Base):
    """A small experiment agreed in one session and reviewed in a later one (PDSA)."""

    __tablename__ = "experiments"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    coachee_id: Mapped[str] = mapped_column(ForeignKey("coachees.id", ondelete="CASCADE"))
    goal_id: Mapped[str | None] = mapped_column(
        ForeignKey("goals.id", ondelete="SET NULL"), default=None
    )
    title: Mapped[str] = mapped_column(String(300))
    prediction: Mapped[str] = mapped_column(Text, default="")
    action: Mapped[str] = mapped_column(Text, default="")
    success_signal: Mapped[str] = mapped_column(Text, default="")
    due_on: Mapped[date | None] = mapped_column(Date, default=None)
    status: Mapped[str] = mapped_column(String(20), default="agreed")
    outcome: Mapped[str] = mapped_column(Text, default="")
    learning: Mapped[str] = mapped_column(Text, default="")
    decision: Mapped[str | None] = mapped_column(String(20), default=None)
    agreed_in_session_id: Mapped[str | None] = mapped_column(
        ForeignKey("sessions.id", ondelete="SET NULL"), default=None
    )
    reviewed_in_session_id: Mapped[str | None] = mapped_column(
        ForeignKey("sessions.id", ondelete="SET NULL"), default=None
    )
    created_at: Mapped[datetime] = mapped_column(Moment, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(Moment, default=utcnow, onupdate=utcnow)
    # An action agreed in a group session lands here, with that session as where (0002).
    agreed_in_group_session_id: Mapped[str | None] = mapped_column(
        ForeignKey("group_sessions.id", ondelete="SET NULL"), default=None
    )

    coachee: Mapped[Coachee] = relationship(back_populates="experiments")

    __table_args__ = (
        Index("ix_experiments_coachee_status", "coachee_id", "status"),
        # coachee_id too: the dashboard and the coachee list count open experiments per
        # coachee from the index alone (migration 0004).
        Index("ix_experiments_status_due", "status", "due_on", "coachee_id"),
        # Deleting a session (an erasure) looks up the rows that point at it (0002).
        Index("ix_experiments_agreed_in", "agreed_in_session_id"),
        Index("ix_experiments_reviewed_in", "reviewed_in_session_id"),
    )


class Measurement(Base):
    """One score on one instrument, on one day (a rating, a total or a mean)."""

    __tablename__ = "measurements"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    coachee_id: Mapped[str] = mapped_column(ForeignKey("coachees.id", ondelete="CASCADE"))
    session_id: Mapped[str | None] = mapped_column(
        ForeignKey("sessions.id", ondelete="SET NULL"), default=None
    )
    goal_id: Mapped[str | None] = mapped_column(
        ForeignKey("goals.id", ondelete="SET NULL"), default=None
    )
    instrument: Mapped[str] = mapped_column(String(80))
    taken_on: Mapped[date] = mapped_column(Date)
    items: Mapped[list[Any]] = mapped_column(JSON, default=list)
    value: Mapped[float] = mapped_column(Float)
    scores: Mapped[dict[str, float]] = mapped_column(JSON, default=dict)
    created_at: Mapped[datetime] = mapped_column(Moment, default=utcnow)
    # A rating given in a group session (0002); ``session_id`` stays for 1:1 sessions.
    group_session_id: Mapped[str | None] = mapped_column(
        ForeignKey("group_sessions.id", ondelete="SET NULL"), default=None
    )

    coachee: Mapped[Coachee] = relationship(back_populates="measurements")

    __table_args__ = (
        Index("ix_measurements_coachee_instrument", "coachee_id", "instrument", "taken_on"),
        Index("ix_measurements_session", "session_id"),  # see ix_experiments_agreed_in
    )


class Erasure(Base):
    """That a coachee was erased, and when: nothing else, so it can be re-applied on restore."""

    __tablename__ = "erasures"

    coachee_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    erased_on: Mapped[datetime] = mapped_column(Moment, default=utcnow)


class Setting(Base):
    """A vault-wide setting that must stay encrypted (e.g. the coach's instrument wording)."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    # Nullable, as in migration 0001 (released schema); JSON null is stored as the text "null".
    value: Mapped[Any] = mapped_column(JSON, nullable=True)
