"""Recording assessments: score an instrument's answers and store them as measurements.

The scoring rules live in :mod:`coach_app.instruments.scoring`; this module resolves the
vault's definition of the instrument (custom ranges, item wording, reference values), turns a
refused answer into a :class:`ValidationError` with the rule's own words, and stores the result.
One form can hold answers for several goals (a confidence rating or GAS level per goal): they
are stored together or not at all.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy.orm import Session

from coach_app.errors import ValidationError
from coach_app.i18n import _
from coach_app.instruments import scoring
from coach_app.instruments.definitions import Instrument
from coach_app.models import Goal
from coach_app.services import measurements as measurement_service
from coach_app.services.instrument_settings import instrument_in
from coach_app.services.records import MeasurementRecord
from coach_app.vault.vault import Vault

#: The score name that says the coachee answered on their own (the hand-over form). The
#: measurements table has no "source" column yet; a score entry keeps it without a migration.
SELF_REPORT = "self_report"


@dataclass(frozen=True)
class _Scored:
    value: float
    items: list[Any]
    scores: dict[str, float]


def record_assessment(
    vault: Vault,
    coachee_id: str,
    instrument_key: str,
    answers: object,
    *,
    taken_on: date | str,
    session_id: str | None = None,
    goal_id: str | None = None,
    self_report: bool = False,
) -> MeasurementRecord:
    """Score one administration of an instrument and store it as a measurement.

    Args:
        answers: a number for the confidence ruler and custom metrics; the level (−2..+2) for
            GAS, with ``goal_id``; a list of answers (None for a skipped item) for GSE,
            empowerment and psychological safety.
        taken_on: the day the coachee answered.
        session_id: the session it was taken in, if any.
        goal_id: the goal a confidence rating or GAS level is about.
        self_report: the coachee filled the form in themselves (the hand-over); kept as
            ``scores["self_report"] = 1.0`` until measurements have a column for it.

    Returns:
        The stored measurement: ``value`` is the charted score, ``scores`` the subscale means
        (plus ``answered`` for multi-item scales), ``items`` the raw answers.

    Raises:
        ValidationError: the answers cannot be scored (same message as the scoring rule), or
            the goal/session does not belong to the coachee.
    """
    (record,) = record_assessments(
        vault,
        coachee_id,
        instrument_key,
        {goal_id: answers},
        taken_on=taken_on,
        session_id=session_id,
        self_report=self_report,
    )
    return record


def record_assessments(
    vault: Vault,
    coachee_id: str,
    instrument_key: str,
    answers_by_goal: Mapping[str | None, object],
    *,
    taken_on: date | str,
    session_id: str | None = None,
    self_report: bool = False,
) -> list[MeasurementRecord]:
    """Score and store the answers of one form for several goals, all or nothing.

    Args:
        answers_by_goal: goal id (None: not about a goal) → the answers for that goal, as
            :func:`record_assessment` takes them. A GAS level needs a goal id.
        taken_on: the day the coachee answered.
        session_id: the session the form was filled in, if any.
        self_report: see :func:`record_assessment`.

    Returns:
        The stored measurements, in the order of ``answers_by_goal``.

    Raises:
        ValidationError: one set of answers cannot be scored, or a goal or the session does not
            belong to the coachee; nothing is stored then, not even the sets before it.
        NotFound: the coachee does not exist (any more).
    """
    if not answers_by_goal:
        return []
    # One transaction for the whole form: a refused second goal must not leave the first one
    # saved, or the coach would see half a form on the chart and re-enter it twice.
    with vault.write() as s:
        instrument = instrument_in(s, instrument_key)
        records: list[MeasurementRecord] = []
        for goal_id, answers in answers_by_goal.items():
            scored = _score(s, instrument, coachee_id, goal_id, answers)
            scores = {**scored.scores, SELF_REPORT: 1.0} if self_report else scored.scores
            records.append(
                measurement_service.insert_measurement(
                    s,
                    coachee_id,
                    instrument=instrument.key,
                    value=scored.value,
                    taken_on=taken_on,
                    items=scored.items,
                    scores=scores,
                    session_id=session_id,
                    goal_id=goal_id,
                )
            )
        return records


def _score(
    session: Session, instrument: Instrument, coachee_id: str, goal_id: str | None, answers: object
) -> _Scored:
    try:
        if instrument.kind == "gas":
            if not goal_id:
                raise ValidationError(_("Choose the goal this attainment level is about."))
            weight = _goal_weight(session, coachee_id, goal_id)
            # Scoring a single goal validates the level and weight with the rule's own words;
            # the stored value is the level, the T-score is combined across goals when charted.
            scoring.score_gas([answers], [weight])  # type: ignore[list-item]
            return _Scored(float(answers), [answers], {})  # type: ignore[arg-type]
        if instrument.kind == "single_rating":
            result = scoring.score(instrument.key, answers, instrument)
            return _Scored(result.value, [result.value], {})
        if isinstance(answers, str | bytes) or not isinstance(answers, Sequence):
            raise ValidationError(
                _("{name} expects a list of answers.").format(name=instrument.name)
            )
        result = scoring.score(instrument.key, list(answers), instrument)
        scores = {**result.scores, "answered": float(result.answered)}
        return _Scored(result.value, list(answers), scores)
    except scoring.ScoringError as exc:
        raise ValidationError(str(exc)) from exc


def _goal_weight(session: Session, coachee_id: str, goal_id: str) -> int:
    goal = session.get(Goal, goal_id)
    if goal is None or goal.coachee_id != coachee_id:
        raise ValidationError(_("That goal does not belong to this coachee."))
    return goal.weight
