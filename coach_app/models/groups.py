"""Tables of groups and of the coach's own record (schema revision 0002).

A group (an action-learning set, an intervision group, a team) has members: coachees of the
vault, or people recorded by name only. Its sessions hold rounds, one case each. What belongs to
a participant is copied onto their own record (an experiment, a measurement, an insight) and the
round keeps a link to it, so a later edit of the round can follow. The coach's supervision and
CPD entries sit beside them: they are the coach's, not any coachee's.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    Date,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from coach_app.models.base import Base, Moment, new_id, utcnow

GROUP_KINDS = ("action_learning", "intervision", "team", "other")
GROUP_STATUSES = ("active", "paused", "completed", "archived")
DEVELOPMENT_KINDS = ("supervision", "cpd")
#: The texts of a round, in the order the issue lists them; templates map their sections here.
ROUND_TEXT_FIELDS = (
    "situation",
    "key_question",
    "questions",
    "ideas",
    "insight",
    "action",
    "what_helped",
)


class Group(Base):
    """An action-learning set, an intervision group, a team coached together."""

    __tablename__ = "groups"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    kind: Mapped[str] = mapped_column(String(30), default="action_learning")
    name: Mapped[str] = mapped_column(String(200))
    purpose: Mapped[str] = mapped_column(Text, default="")
    organisation: Mapped[str] = mapped_column(String(200), default="")
    # The sponsor's contact, for the credentialing log's "contact" column.
    contact: Mapped[str] = mapped_column(String(320), default="")
    client_type: Mapped[str] = mapped_column(String(20), default="third_party")
    default_paid: Mapped[bool] = mapped_column(Boolean, default=True)
    log_consent: Mapped[bool] = mapped_column(Boolean, default=False)
    started_on: Mapped[date | None] = mapped_column(Date, default=None)
    ended_on: Mapped[date | None] = mapped_column(Date, default=None)
    status: Mapped[str] = mapped_column(String(20), default="active")
    created_at: Mapped[datetime] = mapped_column(Moment, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(Moment, default=utcnow, onupdate=utcnow)

    members: Mapped[list[GroupMember]] = relationship(
        back_populates="group", cascade="all, delete-orphan", passive_deletes=True
    )
    sessions: Mapped[list[GroupSession]] = relationship(
        back_populates="group", cascade="all, delete-orphan", passive_deletes=True
    )


class GroupMember(Base):
    """A member of a group: a coachee (``coachee_id``) or a person known by ``name`` only."""

    __tablename__ = "group_members"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    group_id: Mapped[str] = mapped_column(ForeignKey("groups.id", ondelete="CASCADE"))
    # A coachee member's name is read from the coachee, never copied: one place to erase.
    coachee_id: Mapped[str | None] = mapped_column(
        ForeignKey("coachees.id", ondelete="CASCADE"), default=None
    )
    name: Mapped[str] = mapped_column(String(200), default="")
    joined_on: Mapped[date | None] = mapped_column(Date, default=None)
    left_on: Mapped[date | None] = mapped_column(Date, default=None)
    created_at: Mapped[datetime] = mapped_column(Moment, default=utcnow)

    group: Mapped[Group] = relationship(back_populates="members")

    __table_args__ = (
        UniqueConstraint("group_id", "coachee_id"),
        Index("ix_group_members_coachee", "coachee_id"),
    )


class GroupSession(Base):
    """One meeting of a group; its rounds follow the sections of a group template."""

    __tablename__ = "group_sessions"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    group_id: Mapped[str] = mapped_column(ForeignKey("groups.id", ondelete="CASCADE"))
    started_at: Mapped[datetime] = mapped_column(Moment)
    duration_minutes: Mapped[int] = mapped_column(Integer, default=90)
    template: Mapped[str] = mapped_column(String(30), default="action_learning")
    # None: the group's ``default_paid`` decides.
    paid: Mapped[bool | None] = mapped_column(Boolean, default=None)
    created_at: Mapped[datetime] = mapped_column(Moment, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(Moment, default=utcnow, onupdate=utcnow)

    group: Mapped[Group] = relationship(back_populates="sessions")
    rounds: Mapped[list[GroupRound]] = relationship(
        back_populates="session",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="GroupRound.position",
    )

    __table_args__ = (Index("ix_group_sessions_group_started", "group_id", "started_at"),)


class GroupAttendance(Base):
    """That a member attended a group session."""

    __tablename__ = "group_attendance"

    group_session_id: Mapped[str] = mapped_column(
        ForeignKey("group_sessions.id", ondelete="CASCADE"), primary_key=True
    )
    member_id: Mapped[str] = mapped_column(
        ForeignKey("group_members.id", ondelete="CASCADE"), primary_key=True
    )

    __table_args__ = (Index("ix_group_attendance_member", "member_id"),)


class Insight(Base):
    """An insight on a coachee's own learning log, and the group session it came from."""

    __tablename__ = "insights"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    coachee_id: Mapped[str] = mapped_column(ForeignKey("coachees.id", ondelete="CASCADE"))
    text: Mapped[str] = mapped_column(Text, default="")
    noted_on: Mapped[date] = mapped_column(Date)
    group_session_id: Mapped[str | None] = mapped_column(
        ForeignKey("group_sessions.id", ondelete="SET NULL"), default=None
    )
    created_at: Mapped[datetime] = mapped_column(Moment, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(Moment, default=utcnow, onupdate=utcnow)

    __table_args__ = (Index("ix_insights_coachee", "coachee_id", "noted_on"),)


class GroupRound(Base):
    """One case in a group session: whose it was, the texts, and what landed on their record.

    ``former_participant`` is set when the case-giver was erased: the round stays, their words
    go (``services.groups.forget_participant``).
    """

    __tablename__ = "group_rounds"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    group_session_id: Mapped[str] = mapped_column(
        ForeignKey("group_sessions.id", ondelete="CASCADE")
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    case_giver_id: Mapped[str | None] = mapped_column(
        ForeignKey("group_members.id", ondelete="SET NULL"), default=None
    )
    former_participant: Mapped[bool] = mapped_column(Boolean, default=False)
    situation: Mapped[str] = mapped_column(Text, default="")
    key_question: Mapped[str] = mapped_column(Text, default="")
    questions: Mapped[str] = mapped_column(Text, default="")
    ideas: Mapped[str] = mapped_column(Text, default="")
    insight: Mapped[str] = mapped_column(Text, default="")
    action: Mapped[str] = mapped_column(Text, default="")
    what_helped: Mapped[str] = mapped_column(Text, default="")
    rating: Mapped[float | None] = mapped_column(Float, default=None)
    experiment_id: Mapped[str | None] = mapped_column(
        ForeignKey("experiments.id", ondelete="SET NULL"), default=None
    )
    measurement_id: Mapped[str | None] = mapped_column(
        ForeignKey("measurements.id", ondelete="SET NULL"), default=None
    )
    insight_id: Mapped[str | None] = mapped_column(
        ForeignKey("insights.id", ondelete="SET NULL"), default=None
    )
    created_at: Mapped[datetime] = mapped_column(Moment, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(Moment, default=utcnow, onupdate=utcnow)

    session: Mapped[GroupSession] = relationship(back_populates="rounds")

    __table_args__ = (
        Index("ix_group_rounds_session", "group_session_id", "position"),
        Index("ix_group_rounds_case_giver", "case_giver_id"),
    )


class DevelopmentEntry(Base):
    """The coach's own supervision session or CPD activity, with a private reflection."""

    __tablename__ = "development_entries"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    kind: Mapped[str] = mapped_column(String(20), default="supervision")
    held_on: Mapped[date] = mapped_column(Date)
    hours: Mapped[float] = mapped_column(Float, default=1.0)
    provider: Mapped[str] = mapped_column(String(200), default="")
    topic: Mapped[str] = mapped_column(String(300), default="")
    reflection: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(Moment, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(Moment, default=utcnow, onupdate=utcnow)

    __table_args__ = (Index("ix_development_entries_held", "held_on"),)


__all__ = [
    "DEVELOPMENT_KINDS",
    "GROUP_KINDS",
    "GROUP_STATUSES",
    "ROUND_TEXT_FIELDS",
    "DevelopmentEntry",
    "Group",
    "GroupAttendance",
    "GroupMember",
    "GroupRound",
    "GroupSession",
    "Insight",
]
