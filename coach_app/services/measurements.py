"""Measurements: store and list scores (scoring rules live in ``coach_app.instruments``)."""

from __future__ import annotations

import math
import re
from datetime import date
from typing import Any

from sqlalchemy import select

from coach_app.errors import ValidationError
from coach_app.models import Coachee as CoacheeRow
from coach_app.models import CoachingSession, Goal, Measurement
from coach_app.services import validation as v
from coach_app.services.convert import measurement_record
from coach_app.services.lookup import get_or_not_found
from coach_app.services.records import MeasurementRecord
from coach_app.vault.vault import Vault

BUILT_IN = ("confidence", "gse", "empowerment", "psych_safety", "gas")
_CUSTOM = re.compile(r"^custom:[a-z0-9][a-z0-9_\-]{0,62}$")


def check_instrument_key(key: object) -> str:
    """A built-in instrument key or ``custom:<slug>``."""
    if isinstance(key, str) and (key in BUILT_IN or _CUSTOM.match(key)):
        return key
    raise ValidationError(
        f"Unknown instrument {key!r}: use one of {', '.join(BUILT_IN)} or custom:<name>."
    )


def _number(value: object, label: str) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ValidationError(f"{label} must be a number.")
    number = float(value)
    if not math.isfinite(number):
        raise ValidationError(f"{label} must be a finite number.")
    return number


def add_measurement(
    vault: Vault,
    coachee_id: str,
    *,
    instrument: str,
    value: float,
    taken_on: date | str | None = None,
    items: list[Any] | None = None,
    scores: dict[str, float] | None = None,
    session_id: str | None = None,
    goal_id: str | None = None,
) -> MeasurementRecord:
    """Store one scored measurement."""
    values = {
        "instrument": check_instrument_key(instrument),
        "value": _number(value, "Value"),
        "taken_on": v.parse_date(taken_on, "Date") or date.today(),
        "items": [None if i is None else _number(i, "Item answer") for i in (items or [])],
        "scores": {
            v.short_text(k, "Score name", required=True): _number(x, "Score")
            for k, x in (scores or {}).items()
        },
    }
    with vault.write() as s:
        get_or_not_found(s, CoacheeRow, coachee_id, "coachee")
        for ref, model, label in (
            (session_id, CoachingSession, "session"),
            (goal_id, Goal, "goal"),
        ):
            if ref:
                row = s.get(model, ref)
                if row is None or row.coachee_id != coachee_id:
                    raise ValidationError(f"That {label} does not belong to this coachee.")
        row = Measurement(coachee_id=coachee_id, session_id=session_id, goal_id=goal_id, **values)
        s.add(row)
        s.flush()
        return measurement_record(row)


def list_measurements(
    vault: Vault,
    coachee_id: str,
    *,
    instrument: str | None = None,
    goal_id: str | None = None,
) -> list[MeasurementRecord]:
    """A coachee's measurements, oldest first (the order a chart needs)."""
    query = select(Measurement).where(Measurement.coachee_id == coachee_id)
    if instrument:
        query = query.where(Measurement.instrument == instrument)
    if goal_id:
        query = query.where(Measurement.goal_id == goal_id)
    query = query.order_by(Measurement.taken_on, Measurement.created_at)
    with vault.session() as s:
        return [measurement_record(m) for m in s.scalars(query)]


def delete_measurement(vault: Vault, measurement_id: str) -> None:
    """Remove one measurement."""
    with vault.write() as s:
        row = get_or_not_found(s, Measurement, measurement_id, "measurement")
        s.delete(row)
