"""The coach's own development: supervision sessions and CPD, with a private reflection each.

These are the coach's, not any coachee's: no coachee id, never in a coachee's views or export.
Credentialing bodies ask for hours of supervision and of continuing professional development
per year, so ``yearly_totals`` adds them up.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select

from coach_app.errors import ValidationError
from coach_app.i18n import N_, _
from coach_app.models import DEVELOPMENT_KINDS, DevelopmentEntry
from coach_app.services import validation as v
from coach_app.services.lookup import get_or_not_found
from coach_app.vault.vault import Vault

KIND_LABELS = {"supervision": N_("Supervision"), "cpd": N_("CPD")}
MAX_HOURS = 24 * 31  # a month-long programme entered as one line is the most a line can hold
FIELDS = ("kind", "held_on", "hours", "provider", "topic", "reflection")


@dataclass(frozen=True)
class DevelopmentRecord:
    """One supervision session or CPD activity."""

    id: str
    kind: str
    held_on: date
    hours: float
    provider: str
    topic: str
    reflection: str


@dataclass(frozen=True)
class YearTotal:
    """Supervision and CPD hours in one year."""

    year: int
    supervision_hours: float
    cpd_hours: float
    entries: int

    @property
    def hours(self) -> float:
        """Both together."""
        return self.supervision_hours + self.cpd_hours


def _hours(value: object) -> float:
    label = _("Hours")
    number = v.finite_number(value, label)
    if not 0 < number <= MAX_HOURS:
        raise ValidationError(
            _("{label} must be more than 0 and at most {high}.").format(label=label, high=MAX_HOURS)
        )
    return round(number, 2)


def _clean(fields: dict[str, Any], *, partial: bool) -> dict[str, Any]:
    unknown = set(fields) - set(FIELDS)
    if unknown:
        raise ValidationError(
            _("Unknown field(s): {fields}.").format(fields=", ".join(sorted(unknown)))
        )
    out: dict[str, Any] = {}
    if "kind" in fields or not partial:
        out["kind"] = v.choice(fields.get("kind"), DEVELOPMENT_KINDS, _("Kind"))
    if "held_on" in fields or not partial:
        out["held_on"] = v.parse_date(fields.get("held_on"), _("Date"), required=True)
    if "hours" in fields or not partial:
        out["hours"] = _hours(fields.get("hours"))
    if "provider" in fields:
        out["provider"] = v.short_text(fields["provider"], _("Supervisor or provider"))
    if "topic" in fields:
        out["topic"] = v.short_text(fields["topic"], _("Topic"), limit=v.MAX_TITLE)
    if "reflection" in fields:
        out["reflection"] = v.long_text(fields["reflection"], _("Private reflection"))
    return out


def _record(row: DevelopmentEntry) -> DevelopmentRecord:
    return DevelopmentRecord(
        row.id, row.kind, row.held_on, row.hours, row.provider, row.topic, row.reflection
    )


def add_entry(vault: Vault, **fields: Any) -> DevelopmentRecord:
    """Record a supervision session or CPD activity (kind, date and hours required)."""
    values = _clean(fields, partial=False)
    with vault.write() as s:
        row = DevelopmentEntry(**values)
        s.add(row)
        s.flush()
        return _record(row)


def update_entry(vault: Vault, entry_id: str, **fields: Any) -> DevelopmentRecord:
    """Change fields of an entry."""
    values = _clean(fields, partial=True)
    with vault.write() as s:
        row = get_or_not_found(s, DevelopmentEntry, entry_id, "entry")
        for key, value in values.items():
            setattr(row, key, value)
        s.flush()
        return _record(row)


def delete_entry(vault: Vault, entry_id: str) -> None:
    """Remove an entry."""
    with vault.write() as s:
        s.delete(get_or_not_found(s, DevelopmentEntry, entry_id, "entry"))


def list_entries(
    vault: Vault, *, year: int | None = None, kind: str | None = None
) -> list[DevelopmentRecord]:
    """Entries, newest first; one ``year`` or ``kind`` if given."""
    query = select(DevelopmentEntry).order_by(
        DevelopmentEntry.held_on.desc(), DevelopmentEntry.created_at.desc()
    )
    if year is not None:
        query = query.where(
            DevelopmentEntry.held_on >= date(year, 1, 1),
            DevelopmentEntry.held_on <= date(year, 12, 31),
        )
    if kind is not None:
        query = query.where(DevelopmentEntry.kind == v.choice(kind, DEVELOPMENT_KINDS, _("Kind")))
    with vault.session() as s:
        return [_record(row) for row in s.scalars(query)]


def yearly_totals(vault: Vault) -> list[YearTotal]:
    """Supervision and CPD hours per year, newest year first."""
    sums: dict[int, dict[str, float]] = defaultdict(lambda: {"supervision": 0.0, "cpd": 0.0})
    counts: dict[int, int] = defaultdict(int)
    with vault.session() as s:
        for kind, held_on, hours in s.execute(
            select(DevelopmentEntry.kind, DevelopmentEntry.held_on, DevelopmentEntry.hours)
        ):
            sums[held_on.year][kind] += hours
            counts[held_on.year] += 1
    return [
        YearTotal(
            year,
            round(sums[year]["supervision"], 2),
            round(sums[year]["cpd"], 2),
            counts[year],
        )
        for year in sorted(sums, reverse=True)
    ]
