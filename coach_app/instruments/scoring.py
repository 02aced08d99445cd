"""Scoring of every built-in measure, as pure functions.

Each function validates its input and either returns a :class:`Score` or raises
:class:`ScoringError` with a message a coach can act on ("GSE needs at least 7 of its 10
answers; 4 are missing."). Nothing here reads the vault or touches Qt; the entry form calls
:func:`score` and stores the result as a measurement.

Missing-answer rules (also recorded in each definition file as ``max_missing``):

* Confidence ruler, custom metric, GAS: nothing may be missing (there is only the one number,
  or one level per goal).
* GSE: up to 3 of 10 answers may be missing; the sum of the answered items is then prorated to
  ten items (sum × 10 / answered, rounded to one decimal), as the authors advise.
* Psychological empowerment: each subscale needs at least 2 of its 3 answers and is the mean of
  those it has; all four subscales must be scorable, because the overall score is the mean of
  the four and leaving one out would change what "overall" means between two occasions.
* Team psychological safety: at most 1 of 7 answers may be missing; the score is the mean of the
  answered items after reversing items 1, 3 and 5 (8 − answer).

Higher is better on every score produced here (reversed items are turned round before averaging),
which the reliable-change rule in ``coach_app.services.progress_series`` relies on.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Final

from coach_app.instruments.definitions import CUSTOM_PREFIX, Instrument, get_instrument

Answer = int | None

#: Correlation between goals assumed by Kiresuk & Sherman's T-score formula.
GAS_RHO: Final = 0.3
GAS_LEVELS: Final = (-2, 2)
GAS_WEIGHTS: Final = (1, 4)

CONFIDENCE_RANGE: Final = (0, 10)

GSE_ITEMS: Final = 10
GSE_RESPONSES: Final = (1, 4)
GSE_MAX_MISSING: Final = 3

EMPOWERMENT_RESPONSES: Final = (1, 7)
#: Subscale → item numbers (1-based), in the order the form and the chart use.
EMPOWERMENT_SUBSCALES: Final = {
    "meaning": (1, 2, 3),
    "competence": (4, 5, 6),
    "self_determination": (7, 8, 9),
    "impact": (10, 11, 12),
}
EMPOWERMENT_ITEMS: Final = 12
EMPOWERMENT_MIN_PER_SUBSCALE: Final = 2

PSYCH_SAFETY_ITEMS: Final = 7
PSYCH_SAFETY_RESPONSES: Final = (1, 7)
PSYCH_SAFETY_REVERSED: Final = (1, 3, 5)
PSYCH_SAFETY_MAX_MISSING: Final = 1


class ScoringError(ValueError):
    """Answers that cannot be scored; the message says why in words fit for the entry form."""


@dataclass(frozen=True)
class Score:
    """The result of scoring one administration of an instrument.

    Attributes:
        value: the score that is charted (sum, mean, T-score or the number itself).
        scores: named part scores, e.g. the four empowerment subscale means; empty when the
            instrument has no parts. Treat as read-only.
        answered: how many answers went into the score (for GAS: how many goals).
        prorated: True when missing answers were allowed for and the score is an estimate
            from the answered items.
    """

    value: float
    scores: dict[str, float] = field(default_factory=dict)
    answered: int = 0
    prorated: bool = False


def _is_whole(value: object) -> bool:
    # bool is an int subclass; a True answer is a bug in the caller, not a "1".
    return isinstance(value, int) and not isinstance(value, bool)


def _is_number(value: object) -> bool:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return False
    return math.isfinite(value)


def _check_answers(
    name: str, answers: Sequence[Answer], count: int, low: int, high: int
) -> list[Answer]:
    if isinstance(answers, str | bytes) or not isinstance(answers, Sequence):
        raise ScoringError(f"{name} expects a list of {count} answers.")
    if len(answers) != count:
        raise ScoringError(f"{name} has {count} items; got {len(answers)} answers.")
    checked: list[Answer] = []
    for number, answer in enumerate(answers, start=1):
        if answer is not None and (not _is_whole(answer) or not low <= answer <= high):
            raise ScoringError(
                f"{name}: answer {number} is {answer!r}; answers are whole numbers "
                f"from {low} to {high}, or left empty."
            )
        checked.append(answer)
    return checked


def gas_t_score(
    levels: Sequence[int], weights: Sequence[int] | None = None, rho: float = GAS_RHO
) -> float:
    """Combine goal attainment levels into the Kiresuk & Sherman T-score.

    T = 50 + 10·Σwᵢxᵢ / √((1−ρ)·Σwᵢ² + ρ·(Σwᵢ)²). With every goal at its expected outcome
    (level 0) T is 50; three unweighted goals all at +1 give 63.7.

    Args:
        levels: one attainment level per goal, each a whole number from −2 to +2.
        weights: one weight per goal, each a whole number from 1 to 4; None weights all goals 1.
        rho: assumed correlation between goals, at least 0 and below 1.

    Returns:
        The T-score, unrounded.

    Raises:
        ScoringError: no goals, a level or weight out of range, or mismatched lengths.
    """
    if isinstance(levels, str | bytes) or not isinstance(levels, Sequence) or not levels:
        raise ScoringError("Goal Attainment Scaling needs at least one goal with a level.")
    low, high = GAS_LEVELS
    for number, level in enumerate(levels, start=1):
        if not _is_whole(level) or not low <= level <= high:
            raise ScoringError(
                f"Goal {number} has level {level!r}; levels are whole numbers from −2 to +2."
            )
    if weights is None:
        weights = [1] * len(levels)
    if len(weights) != len(levels):
        raise ScoringError(f"{len(levels)} goals need {len(levels)} weights; got {len(weights)}.")
    w_low, w_high = GAS_WEIGHTS
    for number, weight in enumerate(weights, start=1):
        if not _is_whole(weight) or not w_low <= weight <= w_high:
            raise ScoringError(
                f"Goal {number} has weight {weight!r}; weights are whole numbers from 1 to 4."
            )
    if not _is_number(rho) or not 0 <= rho < 1:
        # ρ = 1 with a single goal would divide by zero and is meaningless anyway.
        raise ScoringError(f"rho must be at least 0 and below 1; got {rho!r}.")
    weighted = sum(w * x for w, x in zip(weights, levels, strict=True))
    sum_squares = sum(w * w for w in weights)
    total = sum(weights)
    return 50.0 + 10.0 * weighted / math.sqrt((1 - rho) * sum_squares + rho * total * total)


def score_gas(levels: Sequence[int], weights: Sequence[int] | None = None) -> Score:
    """Score a set of goals with :func:`gas_t_score` (ρ = 0.3).

    Raises:
        ScoringError: see :func:`gas_t_score`.
    """
    value = gas_t_score(levels, weights)
    return Score(value=value, scores={}, answered=len(levels), prorated=False)


def score_gse(answers: Sequence[Answer]) -> Score:
    """Score the General Self-Efficacy Scale: the sum of 10 answers (1–4), range 10–40.

    With 1–3 answers missing the sum of the answered items is prorated to ten items
    (sum × 10 / answered, rounded to one decimal) and ``prorated`` is True.

    Args:
        answers: ten answers in item order, each 1–4 or None when left empty.

    Raises:
        ScoringError: more than 3 answers missing, or an answer out of range.
    """
    checked = _check_answers("GSE", answers, GSE_ITEMS, *GSE_RESPONSES)
    given = [answer for answer in checked if answer is not None]
    missing = GSE_ITEMS - len(given)
    if missing > GSE_MAX_MISSING:
        raise ScoringError(
            f"GSE needs at least {GSE_ITEMS - GSE_MAX_MISSING} of its {GSE_ITEMS} answers; "
            f"{missing} are missing."
        )
    total = sum(given)
    if missing == 0:
        return Score(value=float(total), scores={}, answered=GSE_ITEMS, prorated=False)
    value = round(total * GSE_ITEMS / len(given), 1)
    return Score(value=value, scores={}, answered=len(given), prorated=True)


def score_empowerment(answers: Sequence[Answer]) -> Score:
    """Score psychological empowerment: four subscale means (1–7) and their mean.

    Items 1–3 are meaning, 4–6 competence, 7–9 self-determination, 10–12 impact. Each subscale
    is the mean of its answered items and needs at least 2 of its 3; the overall value is the
    mean of the four subscale means, so every subscale must be scorable.

    Args:
        answers: twelve answers in item order, each 1–7 or None when left empty.

    Returns:
        A score whose ``scores`` holds ``meaning``, ``competence``, ``self_determination`` and
        ``impact``; ``prorated`` is True when any answer was missing.

    Raises:
        ScoringError: a subscale has fewer than 2 answers, or an answer is out of range.
    """
    checked = _check_answers("Empowerment", answers, EMPOWERMENT_ITEMS, *EMPOWERMENT_RESPONSES)
    subscale_means: dict[str, float] = {}
    short: list[str] = []
    for key, numbers in EMPOWERMENT_SUBSCALES.items():
        given = [checked[n - 1] for n in numbers if checked[n - 1] is not None]
        if len(given) < EMPOWERMENT_MIN_PER_SUBSCALE:
            short.append(key.replace("_", "-"))
            continue
        subscale_means[key] = sum(given) / len(given)  # type: ignore[arg-type]
    if short:
        raise ScoringError(
            "Empowerment needs at least 2 of the 3 answers in every subscale; "
            f"too few in: {', '.join(short)}."
        )
    answered = sum(answer is not None for answer in checked)
    overall = sum(subscale_means.values()) / len(subscale_means)
    return Score(
        value=overall,
        scores=subscale_means,
        answered=answered,
        prorated=answered < EMPOWERMENT_ITEMS,
    )


def score_psych_safety(answers: Sequence[Answer]) -> Score:
    """Score team psychological safety: the mean of 7 answers (1–7), items 1, 3, 5 reversed.

    A reversed item counts as 8 − answer, so a higher score always means a safer climate.
    At most one answer may be missing; the mean is then taken over the six answered items.

    Args:
        answers: seven answers in item order, each 1–7 or None when left empty.

    Raises:
        ScoringError: more than one answer missing, or an answer out of range.
    """
    checked = _check_answers(
        "Psychological safety", answers, PSYCH_SAFETY_ITEMS, *PSYCH_SAFETY_RESPONSES
    )
    low, high = PSYCH_SAFETY_RESPONSES
    recoded = [
        (low + high - answer) if number in PSYCH_SAFETY_REVERSED else answer
        for number, answer in enumerate(checked, start=1)
        if answer is not None
    ]
    missing = PSYCH_SAFETY_ITEMS - len(recoded)
    if missing > PSYCH_SAFETY_MAX_MISSING:
        raise ScoringError(
            f"Psychological safety allows at most {PSYCH_SAFETY_MAX_MISSING} missing answer; "
            f"{missing} are missing."
        )
    return Score(
        value=sum(recoded) / len(recoded),
        scores={},
        answered=len(recoded),
        prorated=missing > 0,
    )


def _score_number(value: object, low: float, high: float, name: str) -> Score:
    if not _is_number(value) or not low <= value <= high:  # type: ignore[operator]
        raise ScoringError(f"{name} takes a number from {low:g} to {high:g}; got {value!r}.")
    return Score(value=float(value), scores={}, answered=1, prorated=False)  # type: ignore[arg-type]


def score_confidence(value: float) -> Score:
    """Score a confidence-ruler rating: the number itself, 0–10.

    Raises:
        ScoringError: not a number, or outside 0–10.
    """
    return _score_number(value, *CONFIDENCE_RANGE, "The confidence ruler")


def score_custom(value: float, instrument: Instrument) -> Score:
    """Score a coach-defined metric (or any single rating): the number, within its range.

    Raises:
        ScoringError: not a number, or outside the instrument's range.
        ValueError: ``instrument`` is not a single rating (a bug in the caller).
    """
    if instrument.kind != "single_rating":
        raise ValueError(f"{instrument.key} is not a single rating")
    scale = instrument.response_scale
    return _score_number(value, scale.min, scale.max, instrument.name)


def score_checkin(answers: Sequence[Answer], instrument: Instrument) -> Score:
    """Score a check-in: one whole-number rating per subscale, all given; value is their mean.

    The check-in is not a validated scale, so nothing is prorated: a check-in with a rating
    left out is not stored (the coach finishes it or leaves it).

    Raises:
        ScoringError: a rating is missing or outside the response scale.
    """
    scale = instrument.response_scale
    checked = _check_answers(
        instrument.name, answers, len(instrument.items), int(scale.min), int(scale.max)
    )
    missing = [n for n, answer in enumerate(checked, start=1) if answer is None]
    if missing:
        raise ScoringError(f"{instrument.name} needs all {len(checked)} ratings.")
    scores = {
        sub.key: sum(checked[n - 1] for n in sub.items) / len(sub.items)  # type: ignore[misc]
        for sub in instrument.subscales
    }
    return Score(value=sum(scores.values()) / len(scores), scores=scores, answered=len(checked))


def _split_gas(answers: object) -> tuple[list[int], list[int] | None]:
    """Accept ``[level, ...]`` or ``[(level, weight), ...]`` for GAS."""
    if isinstance(answers, str | bytes) or not isinstance(answers, Sequence):
        raise ScoringError("Goal Attainment Scaling expects a list of goal levels.")
    if answers and all(isinstance(a, tuple | list) and len(a) == 2 for a in answers):
        return [a[0] for a in answers], [a[1] for a in answers]
    return list(answers), None


def _by_number(value: object, instrument: Instrument) -> Score:
    # The confidence ruler is a single rating like any coach-defined metric; its 0–10 range
    # comes from its definition file, which a test keeps equal to CONFIDENCE_RANGE.
    return score_custom(value, instrument)  # type: ignore[arg-type]


def _by_gas(answers: object, _instrument: Instrument) -> Score:
    levels, weights = _split_gas(answers)
    return score_gas(levels, weights)


def _by_gse(answers: object, _instrument: Instrument) -> Score:
    return score_gse(answers)  # type: ignore[arg-type]


def _by_empowerment(answers: object, _instrument: Instrument) -> Score:
    return score_empowerment(answers)  # type: ignore[arg-type]


def _by_psych_safety(answers: object, _instrument: Instrument) -> Score:
    return score_psych_safety(answers)  # type: ignore[arg-type]


def _by_checkin(answers: object, instrument: Instrument) -> Score:
    return score_checkin(answers, instrument)  # type: ignore[arg-type]


_RULES: Final[dict[str, Callable[[object, Instrument], Score]]] = {
    "number": _by_number,
    "gas_t_score": _by_gas,
    "gse_sum": _by_gse,
    "empowerment_subscale_means": _by_empowerment,
    "psych_safety_mean": _by_psych_safety,
    "checkin_ratings": _by_checkin,
}

#: Scoring rules implemented here; a test keeps it equal to the rules definitions may name.
IMPLEMENTED_RULES: Final = frozenset(_RULES)


def score(
    instrument_key: str, answers_or_value: object, instrument: Instrument | None = None
) -> Score:
    """Score answers for any instrument, choosing the rule its definition names.

    Args:
        instrument_key: a built-in key (``"gse"``, ``"confidence"``, ...) or ``custom:<slug>``.
        answers_or_value: a number for single ratings; a list of answers (None = empty) for
            multi-item scales; for GAS a list of levels, or of ``(level, weight)`` pairs.
        instrument: the definition to use; required for custom metrics, whose definitions live
            in the vault. Built-ins are looked up when it is omitted.

    Raises:
        ScoringError: the answers cannot be scored (message fit for the entry form).
        KeyError: unknown built-in key (a bug in the caller).
        ValueError: a custom key without its definition, or a definition of another key.
    """
    if instrument is None:
        if instrument_key.startswith(CUSTOM_PREFIX):
            raise ValueError(f"{instrument_key} is a custom metric; pass its definition")
        instrument = get_instrument(instrument_key)
    elif instrument.key != instrument_key:
        raise ValueError(f"definition {instrument.key!r} passed for {instrument_key!r}")
    rule = _RULES.get(instrument.scoring)
    if rule is None:
        raise ValueError(f"no scoring function for rule {instrument.scoring!r}")
    return rule(answers_or_value, instrument)
