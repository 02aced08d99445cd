"""The coach's hours log: every session held, per client and per period, and credential progress.

Built from the session records, never typed twice: each individual session and each group
session held in the period is one entry (its date, real duration, individual or group, group
size, paid or pro bono, internal or third-party client, organisation). Paid comes from the
session's own field when set, else from its client's default.

Credentialing logs name a client only with their consent (``log_consent`` on the coachee or the
group): the others appear as "Confidential client 1", "Confidential client 2", ... numbered by
their first session, without contact, and the log says how many hours that covers.
Requirements are data (``services/credentials.py``).
"""

from __future__ import annotations

import calendar
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import func, select

from coach_app.errors import ValidationError
from coach_app.i18n import _
from coach_app.models import (
    Coachee,
    CoachingSession,
    Group,
    GroupAttendance,
    GroupMember,
    GroupSession,
)
from coach_app.services import group_rules as rules
from coach_app.services import validation as v
from coach_app.services.credentials import CredentialBody, CredentialLevel, credential_bodies
from coach_app.services.lookup import get_or_not_found
from coach_app.vault.vault import Vault

GROUP_KINDS_OF_1TO1 = ("action_learning", "intervision", "group")  # group work on one record


@dataclass(frozen=True)
class HoursEntry:
    """One session held: what a credentialing body asks about it."""

    session_id: str
    held_on: date
    hours: float
    mode: str  # "individual" or "group"
    group_size: int | None  # who attended; None for an individual session or when unknown
    paid: bool
    client_type: str
    organisation: str
    client_key: str  # "coachee:<id>" or "group:<id>"


@dataclass(frozen=True)
class ClientHours:
    """One line of the credentialing log: a client and their hours in the period."""

    client_key: str
    name: str  # the name, or "Confidential client n" without consent
    contact: str  # empty without consent
    named: bool
    mode: str
    group_size: int | None
    first_on: date
    last_on: date
    paid_hours: float
    pro_bono_hours: float
    sessions: int

    @property
    def hours(self) -> float:
        """Paid and pro bono together."""
        return self.paid_hours + self.pro_bono_hours


@dataclass(frozen=True)
class PeriodTotal:
    """Hours in one year ("2025") or month ("2025-03")."""

    period: str
    hours: float
    paid_hours: float
    pro_bono_hours: float
    sessions: int


@dataclass(frozen=True)
class CredentialProgress:
    """How far the log is from one credential's requirement."""

    level: CredentialLevel
    body: CredentialBody
    hours: float
    paid_hours: float
    clients: int
    recent_hours: float | None  # within the level's recent window before the log's end

    @property
    def met(self) -> bool:
        """Every figure reached (the coach must still check the current requirements)."""
        recent_ok = self.level.recent_hours is None or (self.recent_hours or 0) >= (
            self.level.recent_hours
        )
        return (
            self.hours >= self.level.hours
            and self.paid_hours >= self.level.paid_hours
            and self.clients >= self.level.clients
            and recent_ok
        )


@dataclass(frozen=True)
class HoursLog:
    """The whole log of a period."""

    start: date | None
    end: date
    entries: tuple[HoursEntry, ...]
    clients: tuple[ClientHours, ...]
    hours: float
    paid_hours: float
    pro_bono_hours: float
    internal_hours: float
    group_hours: float
    unnamed_hours: float  # hours with clients who did not consent to be named
    unnamed_clients: int
    per_year: tuple[PeriodTotal, ...]
    per_month: tuple[PeriodTotal, ...]
    progress: tuple[CredentialProgress, ...]


@dataclass(frozen=True)
class _Client:
    key: str
    name: str
    contact: str
    consent: bool
    mode: str


def hours_log(
    vault: Vault,
    *,
    start: date | str | None = None,
    end: date | str | None = None,
    today: date | None = None,
) -> HoursLog:
    """The hours log from ``start`` (or the first session) to ``end`` (default: today).

    Sessions after ``end`` are left out: a planned session is not an hour of experience.
    """
    first = v.parse_date(start, _("From"))
    last = v.parse_date(end, _("To")) or today or date.today()
    if first and first > last:
        raise ValidationError(
            _("{end} must not be before {start}.").format(end=_("To"), start=_("From"))
        )
    with vault.session() as s:
        entries, clients = _read(s, first, last)
    entries.sort(key=lambda e: (e.held_on, e.client_key, e.session_id))
    lines = _client_lines(entries, clients)
    unnamed = [c for c in lines if not c.named]
    return HoursLog(
        start=first,
        end=last,
        entries=tuple(entries),
        clients=tuple(lines),
        hours=_sum(e.hours for e in entries),
        paid_hours=_sum(e.hours for e in entries if e.paid),
        pro_bono_hours=_sum(e.hours for e in entries if not e.paid),
        internal_hours=_sum(e.hours for e in entries if e.client_type == "internal"),
        group_hours=_sum(e.hours for e in entries if e.mode == "group"),
        unnamed_hours=_sum(c.hours for c in unnamed),
        unnamed_clients=len(unnamed),
        per_year=_totals(entries, lambda d: f"{d.year:04d}"),
        per_month=_totals(entries, lambda d: f"{d.year:04d}-{d.month:02d}"),
        progress=tuple(_progress(entries, len(lines), last)),
    )


def _sum(values: Any) -> float:
    return round(sum(values, 0.0), 2)


def _read(s: Any, first: date | None, last: date) -> tuple[list[HoursEntry], dict[str, _Client]]:
    entries: list[HoursEntry] = []
    clients: dict[str, _Client] = {}
    stop = last + timedelta(days=1)
    query = (
        select(CoachingSession, Coachee)
        .join(Coachee, Coachee.id == CoachingSession.coachee_id)
        .where(CoachingSession.started_at < stop)
    )
    if first:
        query = query.where(CoachingSession.started_at >= first)
    for row, coachee in s.execute(query):
        key = f"coachee:{coachee.id}"
        mode = "group" if row.kind in GROUP_KINDS_OF_1TO1 else "individual"
        clients.setdefault(
            key, _Client(key, coachee.name, coachee.email, coachee.log_consent, mode)
        )
        entries.append(
            HoursEntry(
                session_id=row.id,
                held_on=row.started_at.date(),
                hours=row.duration_minutes / 60,
                mode=mode,
                group_size=None,
                paid=coachee.default_paid if row.paid is None else row.paid,
                client_type=coachee.client_type,
                organisation=coachee.organisation,
                client_key=key,
            )
        )
    attended: dict[str, int] = {
        sid: n
        for sid, n in s.execute(
            select(GroupAttendance.group_session_id, func.count()).group_by(
                GroupAttendance.group_session_id
            )
        )
    }
    members: dict[str, list[GroupMember]] = defaultdict(list)
    for m in s.scalars(select(GroupMember)):
        members[m.group_id].append(m)
    group_query = (
        select(GroupSession, Group)
        .join(Group, Group.id == GroupSession.group_id)
        .where(GroupSession.started_at < stop)
    )
    if first:
        group_query = group_query.where(GroupSession.started_at >= first)
    for row, group in s.execute(group_query):
        key = f"group:{group.id}"
        clients.setdefault(key, _Client(key, group.name, group.contact, group.log_consent, "group"))
        day = row.started_at.date()
        size = attended.get(row.id) or _members_on(members[group.id], day) or None
        entries.append(
            HoursEntry(
                session_id=row.id,
                held_on=day,
                hours=row.duration_minutes / 60,
                mode="group",
                group_size=size,
                paid=group.default_paid if row.paid is None else row.paid,
                client_type=group.client_type,
                organisation=group.organisation,
                client_key=key,
            )
        )
    return entries, clients


def _members_on(members: list[GroupMember], day: date) -> int:
    return sum(
        1
        for m in members
        if (m.joined_on is None or m.joined_on <= day) and (m.left_on is None or m.left_on >= day)
    )


def _client_lines(entries: list[HoursEntry], clients: dict[str, _Client]) -> list[ClientHours]:
    by_client: dict[str, list[HoursEntry]] = defaultdict(list)
    for e in entries:  # already in date order, so the first is the first session
        by_client[e.client_key].append(e)
    lines: list[ClientHours] = []
    anonymous = 0
    for key, held in sorted(by_client.items(), key=lambda kv: (kv[1][0].held_on, kv[0])):
        client = clients[key]
        if client.consent:
            name, contact = client.name, client.contact
        else:
            anonymous += 1
            name, contact = _("Confidential client {n}").format(n=anonymous), ""
        sizes = [e.group_size for e in held if e.group_size]
        lines.append(
            ClientHours(
                client_key=key,
                name=name,
                contact=contact,
                named=client.consent,
                mode=client.mode,
                group_size=max(sizes) if sizes else None,
                first_on=held[0].held_on,
                last_on=held[-1].held_on,
                paid_hours=_sum(e.hours for e in held if e.paid),
                pro_bono_hours=_sum(e.hours for e in held if not e.paid),
                sessions=len(held),
            )
        )
    return lines


def _totals(entries: list[HoursEntry], period_of: Any) -> tuple[PeriodTotal, ...]:
    grouped: dict[str, list[HoursEntry]] = defaultdict(list)
    for e in entries:
        grouped[period_of(e.held_on)].append(e)
    return tuple(
        PeriodTotal(
            period=period,
            hours=_sum(e.hours for e in held),
            paid_hours=_sum(e.hours for e in held if e.paid),
            pro_bono_hours=_sum(e.hours for e in held if not e.paid),
            sessions=len(held),
        )
        for period, held in sorted(grouped.items())
    )


def _months_before(day: date, months: int) -> date:
    """The same day ``months`` earlier (or that month's last day: 31 March - 1 = 28/29 Feb)."""
    year, month0 = divmod(day.year * 12 + day.month - 1 - months, 12)
    return date(year, month0 + 1, min(day.day, calendar.monthrange(year, month0 + 1)[1]))


def _progress(entries: list[HoursEntry], clients: int, end: date) -> list[CredentialProgress]:
    hours = _sum(e.hours for e in entries)
    paid = _sum(e.hours for e in entries if e.paid)
    found = []
    for body in credential_bodies():
        for level in body.levels:
            recent = None
            if level.recent_months is not None:
                since = _months_before(end, level.recent_months)
                recent = _sum(e.hours for e in entries if e.held_on > since)
            found.append(CredentialProgress(level, body, hours, paid, clients, recent))
    return found


# ---- the fields the log reads ---------------------------------------------------------------


@dataclass(frozen=True)
class ClientDetails:
    """A coachee's fields for the hours log."""

    coachee_id: str
    default_paid: bool
    client_type: str
    log_consent: bool


def client_details(vault: Vault, coachee_id: str) -> ClientDetails:
    """A coachee's paid default, internal or third-party, and consent to be named on logs."""
    with vault.session() as s:
        c = get_or_not_found(s, Coachee, coachee_id, "coachee")
        return ClientDetails(c.id, c.default_paid, c.client_type, c.log_consent)


def set_client_details(vault: Vault, coachee_id: str, **fields: Any) -> ClientDetails:
    """Set ``default_paid``, ``client_type`` or ``log_consent`` of a coachee."""
    unknown = set(fields) - {"default_paid", "client_type", "log_consent"}
    if unknown:
        raise ValidationError(
            _("Unknown client field(s): {fields}.").format(fields=", ".join(sorted(unknown)))
        )
    checked: dict[str, Any] = {}
    if "default_paid" in fields:
        checked["default_paid"] = rules.flag(fields["default_paid"], _("Paid"))
    if "client_type" in fields:
        checked["client_type"] = rules.client_type(fields["client_type"])
    if "log_consent" in fields:
        checked["log_consent"] = rules.flag(fields["log_consent"], _("May be named on logs"))
    with vault.write() as s:
        c = get_or_not_found(s, Coachee, coachee_id, "coachee")
        for key, value in checked.items():
            setattr(c, key, value)
        s.flush()
        return ClientDetails(c.id, c.default_paid, c.client_type, c.log_consent)


def set_session_paid(vault: Vault, session_id: str, paid: bool | None) -> None:
    """Mark one individual session paid, pro bono, or (None) as its coachee's default says."""
    value = rules.optional_flag(paid, _("Paid"))
    with vault.write() as s:
        get_or_not_found(s, CoachingSession, session_id, "session").paid = value
