"""Frozen records of groups, their sessions and rounds, and what landed on a participant's record.

Views keep these, never ORM rows. A group's records carry member names and what was said in
the group, and nothing from any participant's individual coaching.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime


@dataclass(frozen=True)
class MemberRecord:
    """A member: a coachee of the vault (``coachee_id``) or a person known by name only."""

    id: str
    group_id: str
    name: str
    coachee_id: str | None
    joined_on: date | None
    left_on: date | None

    @property
    def is_coachee(self) -> bool:
        """Whether what this member brings lands on a record of their own."""
        return self.coachee_id is not None

    def active_on(self, day: date) -> bool:
        """Still a member on ``day`` (joined by then, not left before)."""
        joined = self.joined_on is None or self.joined_on <= day
        return joined and (self.left_on is None or self.left_on >= day)


@dataclass(frozen=True)
class GroupRecord:
    """A group with its members (in the order they joined)."""

    id: str
    kind: str
    name: str
    purpose: str
    organisation: str
    contact: str
    client_type: str
    default_paid: bool
    log_consent: bool
    started_on: date | None
    ended_on: date | None
    status: str
    members: tuple[MemberRecord, ...] = ()


@dataclass(frozen=True)
class GroupSummary:
    """One row of the list of groups."""

    id: str
    kind: str
    name: str
    status: str
    members: int
    sessions: int
    last_session_at: datetime | None


@dataclass(frozen=True)
class RoundRecord:
    """One case of a group session; ``case_giver`` is a name, or "a former participant"."""

    id: str
    position: int
    case_giver_id: str | None
    case_giver: str
    former_participant: bool
    situation: str
    key_question: str
    questions: str
    ideas: str
    insight: str
    action: str
    what_helped: str
    rating: float | None
    experiment_id: str | None
    measurement_id: str | None
    insight_id: str | None


@dataclass(frozen=True)
class GroupSessionRecord:
    """A whole group session: when, how long, which template, who came, and its rounds."""

    id: str
    group_id: str
    started_at: datetime
    duration_minutes: int
    template: str
    paid: bool | None
    attendee_ids: tuple[str, ...]
    rounds: tuple[RoundRecord, ...]


@dataclass(frozen=True)
class GroupSessionSummary:
    """One row of a group's sessions."""

    id: str
    group_id: str
    started_at: datetime
    duration_minutes: int
    template: str
    attendees: int
    rounds: int
    case_givers: tuple[str, ...]


@dataclass(frozen=True)
class SetLearningEntry:
    """One round's insight and action in the set's learning log."""

    group_session_id: str
    round_id: str
    held_on: date
    case_giver: str
    insight: str
    action: str


@dataclass(frozen=True)
class RotationEntry:
    """A member's turn as case-giver: how often, and when last."""

    member_id: str
    name: str
    cases: int
    last_case_on: date | None


@dataclass(frozen=True)
class InsightRecord:
    """An insight on a coachee's learning log, and where it came from."""

    id: str
    coachee_id: str
    text: str
    noted_on: date
    group_session_id: str | None
    group_id: str | None
    group_name: str
    source: str
