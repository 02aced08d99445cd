"""The pre-session brief: one coachee on one page, read in the minute before they walk in.

:func:`build_brief` gathers, in one read transaction, only what the page shows: the coachee's
name, how long ago the last session was, each active goal's latest confidence rating and GAS
level with the direction since the rating before it, the open experiments (overdue first), the
last session's agreements and marks, and the dashboard's flags. The coach's private reflection
of the last session is read only when the caller asks for it (``include_private``), so a brief
printed or shown by default can never carry it.

Reading only what is shown keeps the brief as quick for a coachee with five hundred sessions as
for one with five: the last session is one row by the ``(coachee_id, started_at)`` index, the
ratings are the newest two per goal and measure (a window over the measurements' index), and
the experiments are the open ones by the ``(coachee_id, status)`` index.

Rendering (Markdown, HTML for the screen and the printer, PDF) is in
:mod:`coach_app.services.brief_render`.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, Final, Literal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from coach_app.errors import NotFound, ValidationError
from coach_app.i18n import _
from coach_app.models import Coachee, CoachingSession, Experiment, Goal, Measurement
from coach_app.services import dashboard
from coach_app.services.marks import marks_in
from coach_app.templates import template as template_spec
from coach_app.templates import template_keys
from coach_app.vault.vault import Vault

Direction = Literal["up", "down", "same", "new"]
RatingKind = Literal["confidence", "gas"]

#: The kinds of marks (``coach_app.marks`` keys) the brief lists, in the order shown.
SHOWN_MARKS: Final = ("insight", "quote", "action")
#: Experiments still to be reviewed.
OPEN_EXPERIMENT_STATUSES: Final = ("agreed", "in_progress")
#: The weeks without a session after which the dashboard flags a coachee (its default).
DEFAULT_WEEKS_WITHOUT_SESSION: Final = 4
#: The shortest id prefix the command line resolves (shorter ones match too much by chance).
MIN_ID_PREFIX: Final = 4


@dataclass(frozen=True)
class Rating:
    """The latest rating of one goal on one measure, and how it moved since the one before.

    ``direction`` is ``new`` when there is no earlier rating; a GAS level is compared as the
    whole level it is stored as (−2..+2).
    """

    kind: RatingKind
    value: float
    taken_on: date
    previous: float | None
    direction: Direction


@dataclass(frozen=True)
class BriefGoal:
    """An active goal with its latest ratings (None where it was never rated)."""

    id: str
    title: str
    confidence: Rating | None
    gas: Rating | None
    gas_description: str


@dataclass(frozen=True)
class BriefExperiment:
    """An open experiment: what was predicted and when it is due."""

    id: str
    title: str
    prediction: str
    due_on: date | None
    days_overdue: int
    goal_title: str

    @property
    def overdue(self) -> bool:
        """Past its due date and not yet reviewed."""
        return self.days_overdue > 0


@dataclass(frozen=True)
class BriefText:
    """A labelled text of the last session: an agreements section, or a mark."""

    label: str
    text: str
    kind: str = ""


@dataclass(frozen=True)
class Brief:
    """Everything the pre-session brief shows, as plain values.

    ``private_reflection`` is None unless the brief was built with ``include_private``; it is
    then the last session's reflection (possibly empty).
    """

    coachee_id: str
    name: str
    status: str
    focus: str
    made_on: date
    sessions: int
    last_session_on: date | None
    days_since: int | None
    goals: tuple[BriefGoal, ...]
    experiments: tuple[BriefExperiment, ...]
    agreements: tuple[BriefText, ...]
    marks: tuple[BriefText, ...]
    flags: tuple[str, ...]
    private_reflection: str | None = None

    @property
    def overdue_count(self) -> int:
        """How many open experiments are past their due date."""
        return sum(1 for experiment in self.experiments if experiment.overdue)


@dataclass(frozen=True)
class CoacheeEntry:
    """One line of ``coach-app coachees``: id, name and status."""

    id: str
    name: str
    status: str

    @property
    def archived(self) -> bool:
        """Archived coachees are listed, marked, so an old id still resolves."""
        return self.status == "archived"


# --------------------------------------------------------------------------- finding coachees


def list_coachee_entries(vault: Vault) -> list[CoacheeEntry]:
    """Every coachee's id, name and status, sorted by name (then id, for equal names)."""
    with vault.session() as s:
        rows = s.execute(select(Coachee.id, Coachee.name, Coachee.status)).all()
    entries = [CoacheeEntry(cid, name, status) for cid, name, status in rows]
    entries.sort(key=lambda e: (e.name.casefold(), e.name, e.id))
    return entries


def resolve_coachee_id(vault: Vault, text: str) -> str:
    """The id of the coachee ``text`` names: a whole id, or a unique prefix of one.

    Raises:
        NotFound: no coachee has that id (or an id starting with it).
            A prefix shorter than :data:`MIN_ID_PREFIX` characters is not tried.
        ValidationError: the prefix matches more than one coachee.
    """
    wanted = text.strip()
    with vault.session() as s:
        if wanted and s.get(Coachee, wanted) is not None:
            return wanted
        if len(wanted) < MIN_ID_PREFIX:
            raise NotFound(_("No coachee has the id {id}.").format(id=wanted))
        # LIKE ignores ASCII case, as a person reading an id aloud would; its wildcards are
        # escaped so "%" or "_" typed in an id match only themselves.
        pattern = wanted.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        matches = list(
            s.scalars(select(Coachee.id).where(Coachee.id.like(pattern, escape="\\")).limit(2))
        )
    if not matches:
        raise NotFound(_("No coachee has an id starting with {id}.").format(id=wanted))
    if len(matches) > 1:
        raise ValidationError(
            _("More than one coachee has an id starting with {id}; give more of it.").format(
                id=wanted
            )
        )
    return matches[0]


# --------------------------------------------------------------------------- building


def build_brief(
    vault: Vault,
    coachee_id: str,
    *,
    include_private: bool = False,
    today: date | None = None,
    weeks_without_session: int = DEFAULT_WEEKS_WITHOUT_SESSION,
) -> Brief:
    """The pre-session brief of one coachee (one read transaction; flags as the dashboard's).

    Raises:
        NotFound: the coachee does not exist.
    """
    today = today or date.today()
    with vault.session() as s:
        coachee = s.execute(
            select(Coachee.name, Coachee.status, Coachee.focus).where(Coachee.id == coachee_id)
        ).one_or_none()
        if coachee is None:
            raise NotFound(_("That coachee no longer exists (it may have been erased)."))
        name, status, focus = coachee
        sessions = s.scalar(select(func.count()).where(CoachingSession.coachee_id == coachee_id))
        last = _last_session(s, coachee_id, include_private)
        goals = _goals(s, coachee_id)
        experiments = _open_experiments(s, coachee_id, today)
        flags = dashboard.coachee_flags(
            s, coachee_id, today=today, weeks_without_session=weeks_without_session
        )
    last_on = last.started_at.date() if last is not None else None
    agreements, marks, reflection = _last_session_texts(last, include_private)
    return Brief(
        coachee_id=coachee_id,
        name=name,
        status=status,
        focus=focus or "",
        made_on=today,
        sessions=int(sessions or 0),
        last_session_on=last_on,
        days_since=(today - last_on).days if last_on is not None else None,
        goals=goals,
        experiments=experiments,
        agreements=agreements,
        marks=marks,
        flags=tuple(flag.text for flag in flags),
        private_reflection=reflection,
    )


@dataclass(frozen=True)
class _LastSession:
    id: str
    started_at: datetime
    template: str
    sections: dict[str, str]
    notes: str
    private_reflection: str


def _last_session(s: Session, coachee_id: str, include_private: bool) -> _LastSession | None:
    # The reflection column is not even selected unless asked for: it never enters memory.
    reflection = CoachingSession.private_reflection if include_private else None
    columns = [
        CoachingSession.id,
        CoachingSession.started_at,
        CoachingSession.template,
        CoachingSession.sections,
        CoachingSession.notes,
    ]
    query = (
        select(*columns, *([reflection] if reflection is not None else []))
        .where(CoachingSession.coachee_id == coachee_id)
        .order_by(CoachingSession.started_at.desc(), CoachingSession.id.desc())
        .limit(1)
    )
    row: Any = s.execute(query).one_or_none()
    if row is None:
        return None
    sections = {str(k): v for k, v in dict(row[3] or {}).items() if isinstance(v, str)}
    private = str(row[5] or "") if include_private else ""
    return _LastSession(row[0], row[1], row[2], sections, row[4] or "", private)


def _section_label(template_key: str, section_key: str) -> str:
    if template_key in template_keys():
        spec = template_spec(template_key)
        if section_key in spec.section_keys():
            return spec.section(section_key).label
    return section_key


def _agreement_keys(template_key: str) -> tuple[str, ...]:
    if template_key not in template_keys():
        return ()
    spec = template_spec(template_key)
    return tuple(section.key for section in spec.sections if section.holds_agreements)


def _last_session_texts(
    last: _LastSession | None, include_private: bool
) -> tuple[tuple[BriefText, ...], tuple[BriefText, ...], str | None]:
    """The agreements, the marks and (when asked for) the reflection of the last session."""
    reflection = (last.private_reflection if last else "") if include_private else None
    if last is None:
        return (), (), reflection
    agreements = tuple(
        BriefText(_section_label(last.template, key), last.sections[key].strip())
        for key in _agreement_keys(last.template)
        if last.sections.get(key, "").strip()
    )
    # Marks in the reflection are the coach's own; the reflection shows whole when included.
    found = marks_in(last.id, last.started_at, last.sections, last.notes, include_private=False)
    order = {kind: index for index, kind in enumerate(SHOWN_MARKS)}
    marks = sorted(
        (record for record in found if record.kind in order), key=lambda r: order[r.kind]
    )
    return (
        agreements,
        tuple(
            BriefText(
                _section_label(last.template, r.section_key) if r.section_key else _("Notes"),
                r.text,
                r.kind,
            )
            for r in marks
        ),
        reflection,
    )


def _direction(value: float, previous: float | None) -> Direction:
    if previous is None:
        return "new"
    if abs(value - previous) < 1e-9:
        return "same"
    return "up" if value > previous else "down"


def _goals(s: Session, coachee_id: str) -> tuple[BriefGoal, ...]:
    goals = s.execute(
        select(Goal.id, Goal.title, Goal.gas_levels)
        .where(Goal.coachee_id == coachee_id, Goal.status == "active")
        .order_by(Goal.created_at, Goal.id)
    ).all()
    if not goals:
        return ()
    # The newest two ratings per goal and measure: the latest and the one it is compared with.
    newest_first = func.row_number().over(
        partition_by=(Measurement.goal_id, Measurement.instrument),
        order_by=(Measurement.taken_on.desc(), Measurement.created_at.desc()),
    )
    ranked = (
        select(
            Measurement.goal_id,
            Measurement.instrument,
            Measurement.taken_on,
            Measurement.value,
            newest_first.label("rank"),
        )
        .where(
            Measurement.coachee_id == coachee_id,
            Measurement.instrument.in_(("confidence", "gas")),
            Measurement.goal_id.in_([row[0] for row in goals]),
        )
        .subquery()
    )
    newest: dict[tuple[str, str], list[tuple[date, float]]] = defaultdict(list)
    for goal_id, instrument, taken_on, value, _rank in s.execute(
        select(ranked).where(ranked.c.rank <= 2).order_by(ranked.c.rank)
    ):
        # A GAS level is a whole level (progress.py rounds it the same way).
        newest[(goal_id, instrument)].append(
            (taken_on, float(round(value)) if instrument == "gas" else float(value))
        )
    out: list[BriefGoal] = []
    for goal_id, title, levels in goals:
        confidence = _rating("confidence", newest.get((goal_id, "confidence")))
        gas = _rating("gas", newest.get((goal_id, "gas")))
        description = dict(levels or {}).get(str(int(gas.value)), "") if gas else ""
        out.append(BriefGoal(goal_id, title, confidence, gas, description))
    return tuple(out)


def _rating(kind: RatingKind, rows: list[tuple[date, float]] | None) -> Rating | None:
    if not rows:
        return None
    taken_on, value = rows[0]
    previous = rows[1][1] if len(rows) > 1 else None
    return Rating(kind, value, taken_on, previous, _direction(value, previous))


def _open_experiments(s: Session, coachee_id: str, today: date) -> tuple[BriefExperiment, ...]:
    rows = s.execute(
        select(
            Experiment.id,
            Experiment.title,
            Experiment.prediction,
            Experiment.due_on,
            Goal.title,
        )
        .outerjoin(Goal, Goal.id == Experiment.goal_id)
        .where(
            Experiment.coachee_id == coachee_id,
            Experiment.status.in_(OPEN_EXPERIMENT_STATUSES),
        )
    ).all()
    items = [
        BriefExperiment(
            id=eid,
            title=title,
            prediction=prediction or "",
            due_on=due_on,
            days_overdue=max(0, (today - due_on).days) if due_on is not None else 0,
            goal_title=goal_title or "",
        )
        for eid, title, prediction, due_on, goal_title in rows
    ]
    # Overdue first (most overdue first), then by due date, undated last.
    items.sort(
        key=lambda e: (
            not e.overdue,
            -e.days_overdue,
            e.due_on is None,
            e.due_on or date.max,
            e.title.casefold(),
        )
    )
    return tuple(items)
