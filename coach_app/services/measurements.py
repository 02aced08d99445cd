"""Measurements: store and list scores (scoring rules live in ``coach_app.instruments``)."""

from __future__ import annotations

import math
import re
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from coach_app.errors import ValidationError
from coach_app.i18n import _
from coach_app.instruments import scoring
from coach_app.models import Coachee as CoacheeRow
from coach_app.models import CoachingSession, Goal, Measurement
from coach_app.services import validation as v
from coach_app.services.convert import measurement_record
from coach_app.services.lookup import get_or_not_found
from coach_app.services.records import MeasurementRecord
from coach_app.vault.vault import Vault

BUILT_IN = ("confidence", "gse", "empowerment", "psych_safety", "gas", "empowerment_checkin")
_CUSTOM = re.compile(r"^custom:[a-z0-9][a-z0-9_\-]{0,62}$")


def check_instrument_key(key: object) -> str:
    """A built-in instrument key or ``custom:<slug>``."""
    if isinstance(key, str) and (key in BUILT_IN or _CUSTOM.match(key)):
        return key
    raise ValidationError(
        _("Unknown instrument {key}: use one of {keys} or custom:<name>.").format(
            key=repr(key), keys=", ".join(BUILT_IN)
        )
    )


def _number(value: object, label: str) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ValidationError(_("{label} must be a number.").format(label=label))
    number = float(value)
    if not math.isfinite(number):
        raise ValidationError(_("{label} must be a finite number.").format(label=label))
    return number


def _check_owner(row: CoachingSession | Goal | None, coachee_id: str, message: str) -> None:
    if row is None or row.coachee_id != coachee_id:
        raise ValidationError(message)


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
    with vault.write() as s:
        return insert_measurement(
            s,
            coachee_id,
            instrument=instrument,
            value=value,
            taken_on=taken_on,
            items=items,
            scores=scores,
            session_id=session_id,
            goal_id=goal_id,
        )


def insert_measurement(
    session: Session,
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
    """Check and add one measurement inside the caller's transaction ``session``.

    For use cases that store several rows together (:func:`add_measurement` for one).

    Raises:
        ValidationError: a value is not acceptable, or the session or goal belongs to another
            coachee (or does not exist).
        NotFound: the coachee does not exist (any more).
    """
    values = {
        "instrument": check_instrument_key(instrument),
        "value": _number(value, _("Value")),
        "taken_on": v.parse_date(taken_on, _("Date")) or date.today(),
        "items": [None if i is None else _number(i, _("Item answer")) for i in (items or [])],
        "scores": {
            v.short_text(k, _("Score name"), required=True): _number(x, _("Score"))
            for k, x in (scores or {}).items()
        },
    }
    get_or_not_found(session, CoacheeRow, coachee_id, "coachee")
    if session_id:
        _check_owner(
            session.get(CoachingSession, session_id),
            coachee_id,
            _("That session does not belong to this coachee."),
        )
    if goal_id:
        _check_owner(
            session.get(Goal, goal_id), coachee_id, _("That goal does not belong to this coachee.")
        )
    row = Measurement(coachee_id=coachee_id, session_id=session_id, goal_id=goal_id, **values)
    session.add(row)
    session.flush()
    return measurement_record(row)


def replace_session_rating(
    vault: Vault, session_id: str, goal_id: str, value: int | None
) -> MeasurementRecord | None:
    """Make ``value`` the one confidence rating of a goal in a coaching session.

    The session's earlier confidence ratings of ``goal_id`` are deleted and the new one added
    (dated the session's day) in one transaction, so a refused value or a failed write keeps
    the earlier rating. ``value`` None only deletes them (the coach cleared the rating).

    Returns:
        The stored rating, or None when ``value`` is None.

    Raises:
        ValidationError: the rating is outside the confidence ruler's range, or the goal
            belongs to another coachee.
        NotFound: the session does not exist (any more).
    """
    # The ruler's own rule and words, checked before anything is touched.
    rating = None if value is None else _confidence(value)
    with vault.write() as s:
        coaching = get_or_not_found(s, CoachingSession, session_id, "session")
        earlier = s.scalars(
            select(Measurement).where(
                Measurement.session_id == session_id,
                Measurement.goal_id == goal_id,
                Measurement.instrument == "confidence",
            )
        ).all()
        # Deleted one by one through the ORM so the vault's change log names the coachee.
        for row in earlier:
            s.delete(row)
        if rating is None:
            return None
        return insert_measurement(
            s,
            coaching.coachee_id,
            instrument="confidence",
            value=rating,
            taken_on=coaching.started_at.date(),
            items=[rating],
            session_id=session_id,
            goal_id=goal_id,
        )


#: The quick empowerment check-in (four 0–10 ratings in the app's own words).
CHECKIN = "empowerment_checkin"


def replace_session_checkin(
    vault: Vault, session_id: str, ratings: list[int | None] | None
) -> MeasurementRecord | None:
    """Make ``ratings`` the one empowerment check-in of a coaching session.

    As :func:`replace_session_rating`: the session's earlier check-ins are deleted and the new
    one added (dated the session's day) in one transaction. ``ratings`` None, or with every
    rating left out, only deletes (the coach cleared the row); a partly filled row is refused
    by the scoring rule and changes nothing.

    Raises:
        ValidationError: a rating is missing or out of range.
        NotFound: the session does not exist (any more).
    """
    given = None if ratings is None or all(r is None for r in ratings) else list(ratings)
    scored = None
    if given is not None:
        try:
            scored = scoring.score(CHECKIN, given)
        except scoring.ScoringError as exc:
            raise ValidationError(str(exc)) from exc
    with vault.write() as s:
        coaching = get_or_not_found(s, CoachingSession, session_id, "session")
        earlier = s.scalars(
            select(Measurement).where(
                Measurement.session_id == session_id, Measurement.instrument == CHECKIN
            )
        ).all()
        for row in earlier:  # one by one, so the change log names the coachee
            s.delete(row)
        if scored is None or given is None:
            return None
        return insert_measurement(
            s,
            coaching.coachee_id,
            instrument=CHECKIN,
            value=scored.value,
            taken_on=coaching.started_at.date(),
            items=list(given),
            scores={**scored.scores, "answered": float(scored.answered)},
            session_id=session_id,
        )


def session_checkin(vault: Vault, session_id: str) -> list[int] | None:
    """The check-in ratings stored for a session, or None when it has none."""
    with vault.session() as s:
        row = s.scalars(
            select(Measurement)
            .where(Measurement.session_id == session_id, Measurement.instrument == CHECKIN)
            .order_by(Measurement.created_at.desc())
        ).first()
        if row is None:
            return None
        return [round(float(x)) for x in row.items if x is not None]


def _confidence(value: float) -> float:
    try:
        return scoring.score_confidence(value).value
    except scoring.ScoringError as exc:
        raise ValidationError(str(exc)) from exc


def list_measurements(
    vault: Vault,
    coachee_id: str,
    *,
    instrument: str | None = None,
    goal_id: str | None = None,
    session_id: str | None = None,
) -> list[MeasurementRecord]:
    """A coachee's measurements, oldest first (the order a chart needs).

    ``session_id`` keeps those taken in one session (an index lookup, whatever the history).
    """
    query = select(Measurement).where(Measurement.coachee_id == coachee_id)
    if instrument:
        query = query.where(Measurement.instrument == instrument)
    if goal_id:
        query = query.where(Measurement.goal_id == goal_id)
    if session_id:
        query = query.where(Measurement.session_id == session_id)
    query = query.order_by(Measurement.taken_on, Measurement.created_at)
    with vault.session() as s:
        return [measurement_record(m) for m in s.scalars(query)]


def delete_measurement(vault: Vault, measurement_id: str) -> None:
    """Remove one measurement."""
    with vault.write() as s:
        row = get_or_not_found(s, Measurement, measurement_id, "measurement")
        s.delete(row)
