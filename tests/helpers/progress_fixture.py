"""A small, fully known coaching history for progress tests (no Qt, no randomness).

``build_history(vault)`` creates:

* Ada (active, started 2024-01-08): two goals, 12 fortnightly sessions with a 100-day pause
  after the 8th, a confidence rating per goal each session, a GAS level per goal every other
  session, GSE and empowerment every 4th session, psych safety twice, and three experiments
  (one reviewed and adopted, one open and overdue on TODAY, one open and not due yet).
* Ben (active): one session long before TODAY, nothing else.
* Cas (archived): one session; never on the dashboard.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from coach_app.services import assessments, coachees, experiments, sessions
from coach_app.vault.vault import Vault

TODAY = date(2024, 11, 1)
ADA_START = date(2024, 1, 8)
PAUSE_AFTER = 8  # sessions before the long pause
PAUSE_DAYS = 100

GSE_ANSWERS = [2, 3, 3, 2, 3, 3, 2, 3, 3, 2]  # sum 26
EMPOWERMENT_ANSWERS = [6, 6, 5, 5, 4, 5, 3, 4, 3, 2, 3, 2]
PSYCH_SAFETY_ANSWERS = [2, 5, 3, 6, 2, 5, 6]


@dataclass(frozen=True)
class History:
    """Ids of what ``build_history`` made."""

    ada: str
    ben: str
    cas: str
    goal_delegate: str
    goal_speak: str
    session_days: tuple[date, ...]
    adopted_experiment: str
    overdue_experiment: str
    open_experiment: str


def ada_session_days() -> tuple[date, ...]:
    days = []
    for number in range(12):
        day = ADA_START + timedelta(days=14 * number)
        if number >= PAUSE_AFTER:
            day += timedelta(days=PAUSE_DAYS)
        days.append(day)
    return tuple(days)


def _at(day: date) -> datetime:
    return datetime.combine(day, time(9, 30))


def build_history(vault: Vault) -> History:
    ada = coachees.create_coachee(
        vault,
        name="Ada Lovelace",
        role="Engineering lead",
        organisation="Analytical Engines",
        programme="Leadership 2024",
        started_on=ADA_START,
        focus="Delegating and speaking up in leadership meetings.",
    )
    delegate = coachees.create_goal(
        vault,
        ada.id,
        title="Delegate the weekly planning",
        weight=2,
        gas_levels={
            "-2": "Does all planning alone",
            "-1": "Asks for input, still decides alone",
            "0": "A team member runs planning with Ada's support",
            "1": "Team runs planning; Ada reviews",
            "2": "Team runs planning without Ada",
        },
    )
    speak = coachees.create_goal(
        vault,
        ada.id,
        title="Speak up in leadership meetings",
        gas_levels={"-1": "Silent", "0": "One point per meeting", "1": "Leads one topic"},
    )
    days = ada_session_days()
    session_ids = []
    for number, day in enumerate(days):
        session = sessions.create_session(
            vault, ada.id, template="grow", started_at=_at(day), notes=f"Session {number + 1}"
        )
        session_ids.append(session.id)
        assessments.record_assessment(
            vault,
            ada.id,
            "confidence",
            min(10, 3 + number * 0.5),
            taken_on=day,
            goal_id=delegate.id,
            session_id=session.id,
        )
        assessments.record_assessment(
            vault, ada.id, "confidence", 5 + (number % 3), taken_on=day, goal_id=speak.id
        )
        if number % 2 == 0:
            assessments.record_assessment(
                vault, ada.id, "gas", -1 + number // 4, taken_on=day, goal_id=delegate.id
            )
            assessments.record_assessment(
                vault, ada.id, "gas", -1 + number // 6, taken_on=day, goal_id=speak.id
            )
        if number % 4 == 0:
            assessments.record_assessment(vault, ada.id, "gse", GSE_ANSWERS, taken_on=day)
            assessments.record_assessment(
                vault, ada.id, "empowerment", EMPOWERMENT_ANSWERS, taken_on=day
            )
    for day in (days[1], days[9]):
        assessments.record_assessment(
            vault, ada.id, "psych_safety", PSYCH_SAFETY_ANSWERS, taken_on=day
        )

    adopted = experiments.create_experiment(
        vault,
        ada.id,
        title="Let Sam run one planning meeting",
        prediction="The meeting will run over and miss two items.",
        due_on=days[2],
        goal_id=delegate.id,
        agreed_in_session_id=session_ids[1],
    )
    experiments.review_experiment(
        vault,
        adopted.id,
        outcome="It ran on time; Sam asked good questions.",
        learning="My worry was about control, not quality.",
        decision="adopt",
        reviewed_in_session_id=session_ids[2],
    )
    overdue = experiments.create_experiment(
        vault,
        ada.id,
        title="Raise one point in the leadership meeting",
        prediction="Nobody will pick it up.",
        due_on=TODAY - timedelta(days=5),
        goal_id=speak.id,
        agreed_in_session_id=session_ids[10],
    )
    still_open = experiments.create_experiment(
        vault,
        ada.id,
        title="Ask for feedback on the roadmap",
        due_on=TODAY + timedelta(days=10),
        agreed_in_session_id=session_ids[11],
    )

    ben = coachees.create_coachee(vault, name="Ben Okri", started_on=date(2024, 3, 1))
    sessions.create_session(vault, ben.id, started_at=_at(TODAY - timedelta(days=70)))
    cas = coachees.create_coachee(vault, name="Cas Archived", status="archived")
    sessions.create_session(vault, cas.id, started_at=_at(TODAY - timedelta(days=300)))
    return History(
        ada=ada.id,
        ben=ben.id,
        cas=cas.id,
        goal_delegate=delegate.id,
        goal_speak=speak.id,
        session_days=days,
        adopted_experiment=adopted.id,
        overdue_experiment=overdue.id,
        open_experiment=still_open.id,
    )
