"""One demo coachee's rows: profile, goals, a history of sessions, experiments, measurements.

The history is simulated forward, session by session: a confidence level per goal wanders
upwards with noise; experiments are agreed in a session and looked back on in a later one
(most in the next, some never), and a failed one shows as a dip in confidence, which is what
the chart's experiment markers are there to explain. Notes are written in the coachee's own
language throughout, experiment cards and the lines quoting them included.

Rows are plain dicts keyed by column name, ready for a Core ``executemany``.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from coach_app.models import GAS_LEVELS, make_id
from coach_app.models.base import ID_BITS
from coach_app.services.demo.measures import Measures
from coach_app.services.demo.notes import NoteWriter
from coach_app.services.demo.people import draw_profile, draw_status, session_dates
from coach_app.services.demo.texts import LanguageTexts, Shared

Row = dict[str, Any]

# How likely a template's session is to end with an experiment agreed (PDSA is built for it;
# an intervision case is someone else's, so never).
_AGREE_CHANCE = {"pdsa": 0.9, "intervision": 0.0, "free": 0.15, "action_learning": 0.3}
_DEFAULT_AGREE_CHANCE = 0.45
# What an experiment's result does to the confidence in its goal.
_CONFIDENCE_EFFECT = {"success": 0.9, "partial": 0.2, "fail": -2.0, "dropped": -0.6}


@dataclass
class Batch:
    """The rows of one coachee, written in one transaction."""

    coachees: list[Row] = field(default_factory=list)
    goals: list[Row] = field(default_factory=list)
    sessions: list[Row] = field(default_factory=list)
    experiments: list[Row] = field(default_factory=list)
    measurements: list[Row] = field(default_factory=list)


@dataclass
class _GoalState:
    """One goal while its sessions are generated: the wandering confidence behind the ratings."""

    row: Row
    theme: str
    confidence: float
    last_rating: int
    gas_level: int


@dataclass
class _Pending:
    """An experiment waiting for its review in session ``review_at`` (or never, if beyond)."""

    row: Row
    goal: _GoalState | None
    review_at: int
    result: str = ""


class SeededIds:
    """Ids in the app's own form (:func:`coach_app.models.make_id`), drawn from ``rng``.

    The same seed gives the same ids.
    """

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng

    def __call__(self) -> str:
        return make_id(self.rng.getrandbits(ID_BITS))


class CoacheeBuilder:
    """Builds one coachee's rows into a :class:`Batch`; one instance per coachee."""

    def __init__(
        self,
        rng: random.Random,
        texts: LanguageTexts,
        shared: Shared,
        *,
        batch: Batch,
        ids: Callable[[], str],
        repeat_text: bool = False,
    ) -> None:
        self.rng = rng
        self.texts = texts
        self.shared = shared
        self.batch = batch
        self.n = 0
        self.goals: list[_GoalState] = []
        self.pending: list[_Pending] = []
        self.notes = NoteWriter(rng, texts, repeat=repeat_text)
        self.coachee_id = ""
        self.ids = ids

    def new_id(self) -> str:
        """An id from the generation's :class:`SeededIds`, so a seed gives the same ids."""
        return self.ids()

    def build(self, sessions: int, today: date) -> None:
        """Add the coachee, their goals and ``sessions`` sessions up to ``today`` to the batch."""
        rng = self.rng
        self.n = sessions
        status = draw_status(rng)
        dates = session_dates(rng, sessions, status, today)
        profile = draw_profile(
            rng, self.texts, self.shared, status=status, dates=dates, today=today
        )
        self.coachee_id = self.new_id()
        self.batch.coachees.append({"id": self.coachee_id, **profile.row})
        for theme in profile.themes:
            self._goal(theme, status, profile.row["created_at"])
        self._sessions(dates)

    def _goal(self, theme: str, coachee_status: str, created: datetime) -> None:
        rng = self.rng
        text = self.texts.goals[theme]
        if coachee_status == "completed":
            status = rng.choices(("achieved", "active", "dropped"), weights=(70, 20, 10))[0]
        else:
            status = rng.choices(("active", "achieved", "dropped"), weights=(88, 5, 7))[0]
        row = {
            "id": self.new_id(),
            "coachee_id": self.coachee_id,
            "title": text.title,
            "description": text.description,
            "weight": rng.choices((1, 2, 3, 4), weights=(45, 35, 15, 5))[0],
            "gas_levels": dict(zip(GAS_LEVELS, text.gas_levels, strict=True)),
            "status": status,
            "created_at": created,
        }
        self.batch.goals.append(row)
        start = rng.uniform(2.5, 5.5)
        self.goals.append(
            _GoalState(row, theme, start, round(start), -2 if rng.random() < 0.2 else -1)
        )

    def _sessions(self, dates: Sequence[datetime]) -> None:
        rng = self.rng
        templates = list(self.shared.template_weights)
        weights = list(self.shared.template_weights.values())
        measures = Measures(rng, self.new_id, self.coachee_id, self.batch.measurements)
        last_gse = last_emp = last_psy = None
        climate_watch = rng.random() < 0.6
        for index, at in enumerate(dates):
            template = "grow" if index == 0 else rng.choices(templates, weights)[0]
            session_id = self.new_id()
            lead = self.goals[0]
            # The note quotes the coachee's confidence in their first goal, now and last time.
            confidence = min(10, max(1, round(lead.confidence)))
            self.notes.start_session(confidence, lead.last_rating)
            reviewed = self._review_due(index, session_id, at)
            agreed = self._maybe_agree(template, index, session_id, at)
            sections, notes = self.notes.compose(template, [p.row for p in reviewed], agreed)
            kind = {"intervision": "intervision", "action_learning": "action_learning"}.get(
                template
            ) or rng.choices(("one_to_one", "group", "other"), weights=(92, 4, 4))[0]
            duration = rng.choice((90, 120) if kind != "one_to_one" else (45, 60, 60, 60, 75, 90))
            tags = rng.sample(
                self.shared.session_tags, rng.choices((0, 1, 2), weights=(60, 30, 10))[0]
            )
            self.batch.sessions.append(
                {
                    "id": session_id,
                    "coachee_id": self.coachee_id,
                    "started_at": at,
                    "duration_minutes": duration,
                    "kind": kind,
                    "template": template,
                    "sections": sections,
                    "notes": notes,
                    "private_reflection": self.notes.reflection(),
                    "tags": tags,
                    "created_at": at,
                    "updated_at": at + timedelta(minutes=duration),
                }
            )
            day = at.date()
            if kind == "one_to_one":
                self._rate(measures, index, session_id, day, reviewed)
            if last_gse is None or (day - last_gse).days >= rng.randint(55, 70):
                measures.gse(session_id, day)
                last_gse = day
            if last_emp is None or (day - last_emp).days >= rng.randint(85, 100):
                measures.psychological_empowerment(session_id, day)
                last_emp = day
            if climate_watch and (last_psy is None or (day - last_psy).days >= 110):
                measures.psych_safety(session_id, day)
                last_psy = day
        # Whatever was never reviewed stays open: agreed, or started but not yet talked about.
        for pending in self.pending:
            pending.row["status"] = rng.choice(("agreed", "in_progress"))

    def _maybe_agree(self, template: str, index: int, session_id: str, at: datetime) -> Row | None:
        rng = self.rng
        if rng.random() >= _AGREE_CHANCE.get(template, _DEFAULT_AGREE_CHANCE):
            return None
        goal = rng.choice(self.goals) if rng.random() < 0.9 else None
        theme = goal.theme if goal else rng.choice(self.shared.themes)
        card = rng.choice(self.texts.experiments[theme])
        fill = self.notes.fill
        row = {
            "id": self.new_id(),
            "coachee_id": self.coachee_id,
            "goal_id": goal.row["id"] if goal else None,
            "title": card.title,
            "prediction": fill(card.prediction),
            "action": fill(card.action),
            "success_signal": fill(card.success_signal),
            "due_on": at.date() + timedelta(days=rng.choice((7, 10, 14, 14, 21))),
            "status": "agreed",
            "outcome": "",
            "learning": "",
            "decision": None,
            "agreed_in_session_id": session_id,
            "reviewed_in_session_id": None,
            "created_at": at,
            "updated_at": at,
        }
        self.batch.experiments.append(row)
        later = rng.random()
        review_at = index + (1 if later < 0.8 else 2 if later < 0.95 else self.n + 1)
        self.pending.append(_Pending(row, goal, review_at))
        return row

    def _review_due(self, index: int, session_id: str, at: datetime) -> list[_Pending]:
        rng = self.rng
        due = [p for p in self.pending if p.review_at == index]
        self.pending = [p for p in self.pending if p.review_at != index]
        for pending in due:
            row = pending.row
            result = rng.choices(("success", "partial", "fail", "dropped"), (45, 30, 18, 7))[0]
            if result == "dropped":
                row["status"] = "dropped"
                row["outcome"] = self.texts.links["dropped"]
                row["decision"] = rng.choice((None, "abandon"))
            else:
                row["status"] = "done"
                row["outcome"] = self.notes.fill(rng.choice(self.texts.outcomes[result]))
                row["learning"] = rng.choice(self.texts.learnings[result])
                row["decision"] = {
                    "success": rng.choice(("adopt", "adopt", "adopt", "adapt")),
                    "partial": "adapt",
                    "fail": rng.choice(("abandon", "abandon", "adapt")),
                }[result]
            row["reviewed_in_session_id"] = session_id
            row["updated_at"] = at
            pending.result = result
        return due

    def _rate(
        self, measures: Measures, index: int, session_id: str, day: date, reviewed: list[_Pending]
    ) -> None:
        """Confidence per goal in most 1:1s, and now and then the goal's GAS level."""
        rng = self.rng
        for goal in self.goals:
            # A slow upward drift with noise, pulled back from the ceiling; failed experiments
            # show as dips.
            goal.confidence += 0.12 + rng.gauss(0, 0.55) - max(0.0, goal.confidence - 8.5) * 0.3
            for pending in reviewed:
                if pending.goal is goal:
                    goal.confidence += _CONFIDENCE_EFFECT[pending.result]
            goal.confidence = min(10.0, max(0.0, goal.confidence))
            goal_id = goal.row["id"]
            if rng.random() < 0.85:
                goal.last_rating = round(goal.confidence)
                measures.confidence(session_id, day, goal_id, goal.last_rating)
            if index == 0 or rng.random() < 0.16:
                if index > 0:
                    target = round((goal.confidence - 4.5) / 1.6)
                    goal.gas_level = min(2, max(-2, target))
                measures.gas(session_id, day, goal_id, goal.gas_level, goal.row["weight"])
