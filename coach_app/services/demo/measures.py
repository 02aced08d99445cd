"""Measurements for the demo: plausible answers, scored by the app's own scoring rules.

A coachee carries slowly moving latent levels (self-efficacy, the four empowerment subscales,
the team's climate); each administration draws answers around them. The answers then go
through :mod:`coach_app.instruments.scoring` and are stored in the shape
``services.assessments.record_assessment`` stores them (charted ``value``, raw ``items`` as
numbers, subscale ``scores`` plus ``answered`` for multi-item scales), so demo data is exactly
what a coach entering the same answers would have produced.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from datetime import date, datetime
from datetime import time as clock
from typing import Any

from coach_app.instruments import scoring
from coach_app.instruments.definitions import Instrument, get_instrument

GSE_ITEMS = scoring.GSE_ITEMS
PSYCH_SAFETY_ITEMS = scoring.PSYCH_SAFETY_ITEMS


def scored(
    instrument: Instrument, answers: int | Sequence[int], *, weight: int = 1
) -> tuple[float, list[float], dict[str, float]]:
    """(value, items, scores) as the app stores them for ``answers`` to ``instrument``.

    Raises:
        ScoringError: the answers break the instrument's rule (a bug in the generator).
    """
    if instrument.kind == "gas":
        if not isinstance(answers, int):
            raise TypeError("a GAS answer is one level")
        # As when recorded: the single goal's level is validated, the level itself is stored.
        scoring.score_gas([answers], [weight])
        return float(answers), [float(answers)], {}
    if instrument.kind == "single_rating":
        result = scoring.score(instrument.key, answers, instrument)
        return result.value, [result.value], {}
    if isinstance(answers, int):
        raise TypeError(f"{instrument.key} takes a list of answers")
    result = scoring.score(instrument.key, list(answers), instrument)
    scores = {**result.scores, "answered": float(result.answered)}
    return result.value, [float(a) for a in answers], scores


class Measures:
    """One coachee's measurement rows, appended to ``rows`` as they are taken."""

    def __init__(
        self,
        rng: random.Random,
        new_id: Callable[[], str],
        coachee_id: str,
        rows: list[dict[str, Any]],
    ) -> None:
        self.rng = rng
        self.new_id = new_id
        self.coachee_id = coachee_id
        self.rows = rows
        # Latent levels on each scale's own range; they drift up a little between occasions.
        self.self_efficacy = rng.uniform(21, 29)
        self.empowerment = {
            "meaning": rng.uniform(4.5, 6.2),
            "competence": rng.uniform(3.5, 5.2),
            "self_determination": rng.uniform(3.0, 5.0),
            "impact": rng.uniform(2.8, 4.6),
        }
        self.climate = rng.uniform(3.2, 6.0)
        # Looked up once per coachee rather than once per measurement (thousands of them).
        self._definitions: dict[str, Instrument] = {}

    def confidence(self, session_id: str, day: date, goal_id: str, rating: int) -> None:
        """A confidence-ruler rating (0–10) about one goal."""
        self._add("confidence", session_id, day, rating, goal_id=goal_id)

    def gas(self, session_id: str, day: date, goal_id: str, level: int, weight: int) -> None:
        """A goal's attainment level (−2 … +2)."""
        self._add("gas", session_id, day, level, goal_id=goal_id, weight=weight)

    def gse(self, session_id: str, day: date) -> None:
        """The General Self-Efficacy Scale: ten answers of 1–4 around the latent level."""
        rng = self.rng
        self.self_efficacy = min(38.0, self.self_efficacy + rng.gauss(0.9, 1.2))
        mean = self.self_efficacy / GSE_ITEMS
        answers = [min(4, max(1, round(mean + rng.gauss(0, 0.45)))) for _ in range(GSE_ITEMS)]
        self._add("gse", session_id, day, answers)

    def psychological_empowerment(self, session_id: str, day: date) -> None:
        """Spreitzer's twelve items, three per subscale, in the scale's item order."""
        rng = self.rng
        answers: list[int] = []
        for name, previous in self.empowerment.items():
            level = min(6.8, previous + rng.gauss(0.15, 0.3))
            self.empowerment[name] = level
            answers.extend(min(7, max(1, round(level + rng.gauss(0, 0.6)))) for _ in range(3))
        self._add("empowerment", session_id, day, answers)

    def psych_safety(self, session_id: str, day: date) -> None:
        """Edmondson's seven items; a safe team disagrees with the negatively worded ones."""
        rng = self.rng
        self.climate = min(6.8, max(1.5, self.climate + rng.gauss(0.05, 0.4)))
        answers = []
        for number in range(1, PSYCH_SAFETY_ITEMS + 1):
            agreement = min(7, max(1, round(self.climate + rng.gauss(0, 0.7))))
            reversed_item = number in scoring.PSYCH_SAFETY_REVERSED
            answers.append(8 - agreement if reversed_item else agreement)
        self._add("psych_safety", session_id, day, answers)

    def _add(
        self,
        instrument: str,
        session_id: str,
        day: date,
        answers: int | list[int],
        *,
        goal_id: str | None = None,
        weight: int = 1,
    ) -> None:
        definition = self._definitions.get(instrument)
        if definition is None:
            definition = self._definitions[instrument] = get_instrument(instrument)
        value, items, scores = scored(definition, answers, weight=weight)
        self.rows.append(
            {
                "id": self.new_id(),
                "coachee_id": self.coachee_id,
                "session_id": session_id,
                "goal_id": goal_id,
                "instrument": instrument,
                "taken_on": day,
                "items": items,
                "value": value,
                "scores": scores,
                "created_at": datetime.combine(day, clock(12, 0)),
            }
        )
