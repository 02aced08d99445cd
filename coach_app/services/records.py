"""Plain, frozen records the services hand out. Views keep these, never ORM objects."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any


@dataclass(frozen=True)
class CoacheeSummary:
    """One row of the coachee list."""

    id: str
    name: str
    role: str
    organisation: str
    status: str
    tags: tuple[str, ...]
    last_session_at: datetime | None
    open_experiments: int
    overdue_experiments: int


@dataclass(frozen=True)
class CoacheeProfile:
    """Everything on a coachee's profile."""

    id: str
    name: str
    role: str = ""
    organisation: str = ""
    team: str = ""
    email: str = ""
    programme: str = ""
    started_on: date | None = None
    status: str = "active"
    focus: str = ""
    tags: tuple[str, ...] = ()
    consent_recorded_on: date | None = None
    created_at: datetime | None = None
    updated_at: datetime | None = None


@dataclass(frozen=True)
class GoalRecord:
    """A goal with its Goal Attainment Scaling level descriptions (keys "-2".."2")."""

    id: str
    coachee_id: str
    title: str
    description: str
    weight: int
    gas_levels: dict[str, str]
    status: str


@dataclass(frozen=True)
class SessionRecord:
    """A whole coaching session, as the editor needs it."""

    id: str
    coachee_id: str
    started_at: datetime
    duration_minutes: int
    kind: str
    template: str
    sections: dict[str, str]
    notes: str
    private_reflection: str
    tags: tuple[str, ...]
    updated_at: datetime | None = None
    #: Paid or pro bono for the hours log; None: as the coachee's default says.
    paid: bool | None = None

    @property
    def summary(self) -> str:
        """A one-line summary: the first non-empty section or note."""
        return one_line(*self.sections.values(), self.notes)


@dataclass(frozen=True)
class SessionSummary:
    """One row of a coachee's session timeline."""

    id: str
    coachee_id: str
    started_at: datetime
    duration_minutes: int
    kind: str
    template: str
    summary: str


@dataclass(frozen=True)
class ExperimentRecord:
    """An agreed experiment, with its review once it has one."""

    id: str
    coachee_id: str
    title: str
    goal_id: str | None = None
    prediction: str = ""
    action: str = ""
    success_signal: str = ""
    due_on: date | None = None
    status: str = "agreed"
    outcome: str = ""
    learning: str = ""
    decision: str | None = None
    agreed_in_session_id: str | None = None
    reviewed_in_session_id: str | None = None
    created_at: datetime | None = None
    coachee_name: str = ""
    # An action agreed in a group session (the round's action, landed on this record).
    agreed_in_group_session_id: str | None = None

    @property
    def is_open(self) -> bool:
        """Agreed or in progress: still to be reviewed."""
        return self.status in ("agreed", "in_progress")

    def is_overdue(self, today: date) -> bool:
        """Open and past its due date."""
        return self.is_open and self.due_on is not None and self.due_on < today


@dataclass(frozen=True)
class MeasurementRecord:
    """One score on one instrument."""

    id: str
    coachee_id: str
    instrument: str
    taken_on: date
    value: float
    items: tuple[Any, ...] = ()
    scores: dict[str, float] = field(default_factory=dict)
    session_id: str | None = None
    goal_id: str | None = None
    # A rating given in a group session (``session_id`` is for one-to-one sessions).
    group_session_id: str | None = None


@dataclass(frozen=True)
class SearchHit:
    """One search result: what it is, whose it is, when, and a snippet with [marked] terms.

    A group, or a round with no coachee as case-giver, belongs to no coachee: ``coachee_id`` is
    then the group's id and ``coachee`` its name. ``group_id``/``group`` name the group of a
    ``group`` or ``group_round`` hit (empty otherwise).
    """

    kind: str
    owner_id: str
    coachee_id: str
    coachee: str
    date: str
    title: str
    snippet: str
    rank: float
    group_id: str = ""
    group: str = ""


def one_line(*texts: str, width: int = 120) -> str:
    """The first non-empty text, on one line, cut at ``width`` characters."""
    for text in texts:
        flat = " ".join((text or "").split())
        if flat:
            return flat if len(flat) <= width else flat[: width - 1].rstrip() + "…"
    return ""
