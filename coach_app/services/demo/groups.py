"""Demo groups: an action-learning set and an intervision group among the demo coachees.

Run after ``generate`` (``generate_groups``): it takes the vault's coachees, recognises each
one's language by their organisation (the organisations of ``resources/demo/<lang>.json``),
and writes a few months of group sessions whose rounds are in the case-giver's language
(``resources/demo/groups.json``). What a coachee brings lands on their record as the app
lands it (``services/group_sessions.py``): the action as an experiment agreed in the group
session, the rating as a confidence measurement, the insight on their learning log.

Like the rest of the demo, everything comes from one ``random.Random(seed)``, ids and
timestamps included, so a seed and a ``today`` give the same rows every time.
"""

from __future__ import annotations

import json
import random
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import select

from coach_app.models import (
    Coachee,
    Experiment,
    Group,
    GroupAttendance,
    GroupMember,
    GroupRound,
    GroupSession,
    Insight,
    Measurement,
)
from coach_app.services.demo.builder import SeededIds
from coach_app.services.demo.texts import DEMO_DIR, DemoTextError, load_texts
from coach_app.services.records import one_line
from coach_app.services.validation import MAX_TITLE
from coach_app.vault.vault import Vault

GROUP_TEXTS = DEMO_DIR / "groups.json"
_LISTS = ("situation", "key_question", "questions", "ideas", "insight", "action", "what_helped")
_PLAN = (  # kind, template, members, sessions, cases per session
    ("action_learning", "action_learning", 4, 4, 2),
    ("intervision", "intervision", 3, 3, 1),
)


@dataclass(frozen=True)
class GroupDemoSummary:
    """What ``generate_groups`` wrote."""

    groups: int
    sessions: int
    rounds: int
    experiments: int
    measurements: int
    insights: int


@dataclass(frozen=True)
class _Person:
    coachee_id: str | None
    name: str
    language: str


def read_group_texts() -> dict[str, dict[str, Any]]:
    """``groups.json``: per language, the group names and every round text list, checked."""
    try:
        data = json.loads(GROUP_TEXTS.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise DemoTextError(f"groups.json: not readable JSON ({exc})") from None
    if not isinstance(data, dict):
        raise DemoTextError("groups.json: expected an object of languages")
    for language, texts in data.items():
        for key in ("action_learning", "intervision"):
            entry = texts.get(key) if isinstance(texts, dict) else None
            if not isinstance(entry, dict) or not {"name", "purpose"} <= set(entry):
                raise DemoTextError(f"groups.json: {language}.{key}: name and purpose needed")
        for key in _LISTS:
            values = texts.get(key)
            if (
                not isinstance(values, list)
                or not values
                or not all(isinstance(v, str) and v for v in values)
            ):
                raise DemoTextError(f"groups.json: {language}.{key}: a list of texts needed")
    return data


def generate_groups(
    vault: Vault, *, seed: int | None = None, today: date | None = None
) -> GroupDemoSummary:
    """Add the two demo groups among the vault's coachees (nothing without three of them)."""
    # A stream of its own: with the seed ``generate`` used, the same stream would draw the
    # same ids again, and a group would share its id with a coachee (one search entry each).
    rng = random.Random(None if seed is None else f"groups:{seed}")  # noqa: S311 - sample data
    today = today or date.today()
    texts = read_group_texts()
    by_org = {
        org.name: language
        for language, lang_texts in load_texts().languages.items()
        for org in lang_texts.people.organisations
    }
    counts = dict.fromkeys(("sessions", "rounds", "experiments", "measurements", "insights"), 0)
    ids = SeededIds(rng)
    with vault.write() as s:
        people = [
            _Person(c.id, c.name, by_org.get(c.organisation, "en"))
            for c in s.scalars(select(Coachee).where(Coachee.status != "archived"))
        ]
        people.sort(key=lambda p: (p.name, p.coachee_id or ""))
        if len(people) < 3:
            return GroupDemoSummary(0, 0, 0, 0, 0, 0)
        for n, (plan, (language, chosen)) in enumerate(
            zip(_PLAN, _choose_members(people, [p[2] for p in _PLAN]), strict=True), start=1
        ):
            _Writer(s, rng, texts, counts, ids).group(n, plan, chosen, today, language)
    return GroupDemoSummary(len(_PLAN), **counts)


def _choose_members(people: list[_Person], sizes: list[int]) -> list[tuple[str, list[_Person]]]:
    """For each group size, its working language and members.

    A real group meets in one language, so each group is made of coachees who share one, the
    largest language first; where no language has enough people left, the group works in
    English with whoever is left (as an international set would), never a mix of languages
    inside one round list.
    """
    by_language: dict[str, list[_Person]] = {}
    for person in people:
        by_language.setdefault(person.language, []).append(person)
    used: set[str | None] = set()
    out: list[tuple[str, list[_Person]]] = []
    for size in sizes:
        wanted = min(size, len(people))
        ranked = sorted(by_language.items(), key=lambda item: (-len(item[1]), item[0]))
        choice: tuple[str, list[_Person]] | None = None
        for tongue, members in ranked:
            free = [p for p in members if p.coachee_id not in used]
            if len(free) >= wanted:
                choice = (tongue, free[:wanted])
                break
        if choice is None:
            left = [p for p in people if p.coachee_id not in used]
            choice = ("en", (left + [p for p in people if p not in left])[:wanted])
        used.update(p.coachee_id for p in choice[1])
        out.append(choice)
    return out


class _Writer:
    """Writes one group and its sessions inside the caller's transaction."""

    def __init__(
        self,
        s: Any,
        rng: random.Random,
        texts: dict[str, Any],
        counts: dict[str, int],
        ids: SeededIds,
    ) -> None:
        self.s, self.rng, self.texts, self.counts, self.ids = s, rng, texts, counts, ids

    def new_id(self) -> str:
        return self.ids()

    def lang(self, language: str) -> dict[str, Any]:
        found: dict[str, Any] = self.texts.get(language) or self.texts["en"]
        return found

    def group(
        self,
        n: int,
        plan: tuple[str, str, int, int, int],
        people: list[_Person],
        today: date,
        language: str,
    ) -> None:
        kind, template, _size, sessions, cases = plan
        self.language = language  # every round of the group is written in its language
        words = self.lang(language)[kind]
        first_day = today - timedelta(days=28 * sessions)
        stamp = datetime.combine(first_day - timedelta(days=7), time(9, 0))
        group = Group(
            id=self.new_id(),
            kind=kind,
            name=words["name"].format(n=n),
            purpose=words["purpose"],
            organisation="",
            contact="",
            client_type="third_party",
            default_paid=True,
            log_consent=False,
            started_on=first_day,
            status="active",
            created_at=stamp,
            updated_at=stamp,
        )
        self.s.add(group)
        guest = _Person(None, self.rng.choice(("Alex", "Sam", "Robin", "Kim")) + " B.", language)
        members: list[tuple[GroupMember, _Person]] = []
        for person in (*people, guest):
            member = GroupMember(
                id=self.new_id(),
                group_id=group.id,
                coachee_id=person.coachee_id,
                name="" if person.coachee_id else person.name,
                joined_on=first_day,
                created_at=stamp,
            )
            self.s.add(member)
            members.append((member, person))
        self.s.flush()
        turn = 0
        for k in range(sessions):
            day = first_day + timedelta(days=28 * k)
            started = datetime.combine(day, time(13, 30))
            gs = GroupSession(
                id=self.new_id(),
                group_id=group.id,
                started_at=started,
                duration_minutes=120 if kind == "action_learning" else 90,
                template=template,
                created_at=started,
                updated_at=started,
            )
            self.s.add(gs)
            self.s.flush()
            self.counts["sessions"] += 1
            present = [m for m in members if self.rng.random() > 0.15]
            givers = [members[(turn + i) % len(members)] for i in range(cases)]
            turn += cases
            for member, _person in {m[0].id: m for m in (*present, *givers)}.values():
                self.s.add(GroupAttendance(group_session_id=gs.id, member_id=member.id))
            for position, (member, person) in enumerate(givers):
                self.round(gs, position, member, person, started)

    def round(
        self, gs: GroupSession, position: int, member: GroupMember, person: _Person, at: datetime
    ) -> None:
        words = self.lang(self.language)
        pick = {key: self.rng.choice(words[key]) for key in _LISTS}
        rating = float(self.rng.randint(4, 9))
        row = GroupRound(
            id=self.new_id(),
            group_session_id=gs.id,
            position=position,
            case_giver_id=member.id,
            former_participant=False,
            rating=rating,
            created_at=at,
            updated_at=at,
            **pick,
        )
        self.counts["rounds"] += 1
        if person.coachee_id is not None:
            # As services/group_sessions.py lands a round (one_line title, confidence rating).
            cid, day = person.coachee_id, at.date()
            experiment = Experiment(
                id=self.new_id(),
                coachee_id=cid,
                title=one_line(pick["action"], width=MAX_TITLE),
                action=pick["action"],
                agreed_in_group_session_id=gs.id,
                created_at=at,
                updated_at=at,
            )
            measurement = Measurement(
                id=self.new_id(),
                coachee_id=cid,
                instrument="confidence",
                taken_on=day,
                items=[rating],
                value=rating,
                scores={},
                group_session_id=gs.id,
                created_at=at,
            )
            insight = Insight(
                id=self.new_id(),
                coachee_id=cid,
                text=pick["insight"],
                noted_on=day,
                group_session_id=gs.id,
                created_at=at,
                updated_at=at,
            )
            self.s.add_all([experiment, measurement, insight])
            self.s.flush()
            row.experiment_id, row.measurement_id, row.insight_id = (
                experiment.id,
                measurement.id,
                insight.id,
            )
            for key in ("experiments", "measurements", "insights"):
                self.counts[key] += 1
        self.s.add(row)
        self.s.flush()
