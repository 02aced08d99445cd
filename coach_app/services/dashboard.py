"""The dashboard: one row per active coachee, with the flags a coach may want to act on.

Three queries whatever the number of coachees (coachees with their last session, open
experiments, the sparkline ratings; one more per reliable-drop scale the coach gave reference
values for), and none of them reads a coachee's whole history: each looks up per coachee on
an index (the newest session, the latest rating days, a scale's first and last rating), so the
dashboard opens as fast with eighty coachees as with eight, and with ten years of sessions as
with one (tests/core/services/test_dashboard_plan.py checks the query plans).
"""

from __future__ import annotations

import json
import statistics
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any, Final, Literal

from sqlalchemy import ColumnElement, TextClause, bindparam, func, select, text
from sqlalchemy.orm import Session

from coach_app.changes import Changes, Kind
from coach_app.i18n import _, ngettext
from coach_app.instruments.definitions import Instrument, ReferenceValues, get_instrument
from coach_app.models import Coachee, CoachingSession
from coach_app.services import experiments
from coach_app.services.instrument_settings import (
    REFERENCE_VALUES_KEY,
    parse_references,
    read_settings,
    with_references,
)
from coach_app.services.progress_series import reliable_change
from coach_app.services.records import ExperimentRecord
from coach_app.vault.vault import Vault

#: Points in a dashboard sparkline.
SPARKLINE_POINTS: Final = 10

#: What a dashboard row is built from, and so the pre-session brief too (its flags are the
#: dashboard's; its goals, ratings, experiments and last session are of these kinds): a change
#: to any of them may change what either screen shows (``affected_by``). The settings hold the
#: reference values the "reliable drop" flag is judged by.
SHOWN_KINDS: Final = (
    Kind.COACHEES,
    Kind.PROFILE,
    Kind.GOALS,
    Kind.SESSIONS,
    Kind.EXPERIMENTS,
    Kind.MEASUREMENTS,
    Kind.SETTINGS,
)
# Of those, the kinds whose rows belong to no coachee: a change names none, yet counts for all.
_FOR_EVERY_COACHEE: Final = (Kind.SETTINGS,)


def affected_by(changes: Changes, coachee_id: str | None = None) -> bool:
    """Whether ``changes`` may change what the dashboard shows, so a view has to read it again.

    With ``coachee_id``: only that coachee's row and brief (a settings change counts for all).
    """
    if changes.touches(*_FOR_EVERY_COACHEE):
        return True
    return changes.touches(*SHOWN_KINDS, coachee_id=coachee_id)


#: The one rule for whom the dashboard and the overdue list follow up: active coachees. A
#: paused (or archived) coachee is left alone until the coach makes them active again, so
#: neither screen shows them (``is_followed_up``, ``followed_up_overdue``).
FOLLOWED_UP_STATUSES: Final = ("active",)


def is_followed_up(status: str) -> bool:
    """Whether a coachee with this status appears on the dashboard and the overdue list."""
    return status in FOLLOWED_UP_STATUSES


def followed_up_overdue(vault: Vault, *, today: date) -> list[ExperimentRecord]:
    """Overdue experiments of the coachees the dashboard follows up, most overdue first."""
    rows = experiments.overdue_experiments(vault, today=today)
    with vault.session() as s:
        followed = set(
            s.scalars(select(Coachee.id).where(Coachee.status.in_(FOLLOWED_UP_STATUSES)))
        )
    return [row for row in rows if row.coachee_id in followed]


FlagKind = Literal["no_recent_session", "overdue_experiments", "reliable_drop"]
#: (instrument key, subscale key or None, definition with the coach's reference values)
_DropScale = tuple[str, str | None, Instrument]


@dataclass(frozen=True)
class DashboardFlag:
    """Something the coach may want to act on, with a short text for the flags column."""

    kind: FlagKind
    text: str


@dataclass(frozen=True)
class DashboardRow:
    """One active coachee on the dashboard."""

    coachee_id: str
    name: str
    organisation: str
    role: str
    last_session_on: date | None
    days_since: int | None
    open_experiments: int
    overdue_experiments: int
    sparkline: tuple[float, ...]
    flags: tuple[DashboardFlag, ...]

    @property
    def flagged(self) -> bool:
        """True when any flag is raised."""
        return bool(self.flags)

    @property
    def flag_text(self) -> str:
        """The flags joined for one table cell."""
        return "; ".join(flag.text for flag in self.flags)


@dataclass(frozen=True)
class _Loaded:
    coachees: list[Any]  # (id, name, organisation, role, started_on, created_at, last session)
    open_experiments: list[Any]  # (coachee id, open, overdue), coachees with open ones only
    confidence: list[Any]  # (coachee id, taken_on, value): the sparkline days only
    # (coachee id, instrument, subscale) -> (first, last) value, where there are two or more
    ends: dict[tuple[str, str, str | None], tuple[float, float]]
    drop_scales: list[_DropScale]


# The newest session of one coachee: a min/max lookup on ix_sessions_coachee_started.
_LAST_SESSION = (
    select(func.max(CoachingSession.started_at))
    .where(CoachingSession.coachee_id == Coachee.id)
    .correlate(Coachee)
    .scalar_subquery()
)

# The confidence ratings of each followed-up coachee's latest SPARKLINE_POINTS days: the
# oldest of those days is found by walking ix_measurements_coachee_instrument backwards, so
# a coachee with years of ratings costs what one with ten days costs. CROSS JOIN keeps
# coachees the outer loop (SQLite never reorders it), so measurements is never scanned.
_SPARKLINE_SQL = text(
    """
    SELECT m.coachee_id, m.taken_on, m.value
    FROM coachees AS c CROSS JOIN measurements AS m
    WHERE c.status IN :statuses AND (:only IS NULL OR c.id = :only)
     AND m.coachee_id = c.id AND m.instrument = 'confidence'
     AND m.taken_on >= coalesce((
        SELECT d.taken_on FROM measurements AS d
        WHERE d.coachee_id = c.id AND d.instrument = 'confidence'
        GROUP BY d.taken_on ORDER BY d.taken_on DESC LIMIT 1 OFFSET :skip
     ), '')
    """
).bindparams(bindparam("statuses", expanding=True))


def _ends_sql(sub: str | None) -> TextClause:
    """First and last value of one scale per followed-up coachee (two index lookups each).

    A subscale counts only where its score is present, as ``measurements.scores`` holds it;
    ``:path`` is the JSON path of that score. ``many`` tells whether there are two or more.
    """
    value = "m.value" if sub is None else "json_extract(m.scores, :path)"
    present = "" if sub is None else " AND json_type(m.scores, :path) IS NOT NULL"
    # Only these fixed fragments are pasted in (S608): every value is a bound parameter.
    where = f"WHERE m.coachee_id = c.id AND m.instrument = :instrument{present}"
    pick = (
        f"SELECT {value} FROM measurements AS m {where}"  # noqa: S608
        " ORDER BY m.taken_on {o}, m.created_at {o} LIMIT 1"
    )
    many = f"SELECT count(*) FROM (SELECT 1 FROM measurements AS m {where} LIMIT 2)"  # noqa: S608
    first, last = pick.format(o="ASC"), pick.format(o="DESC")
    return text(
        f"SELECT c.id, ({first}), ({last}), ({many})"  # noqa: S608
        " FROM coachees AS c WHERE c.status IN :statuses AND (:only IS NULL OR c.id = :only)"
    ).bindparams(bindparam("statuses", expanding=True))


def _load(s: Session, today: date, only: str | None = None) -> _Loaded:
    """What the rows need: every followed-up coachee's, or only the coachee ``only``'s."""
    statuses = list(FOLLOWED_UP_STATUSES)
    who: list[ColumnElement[bool]] = [Coachee.status.in_(FOLLOWED_UP_STATUSES)]
    if only is not None:
        who.append(Coachee.id == only)
    coachees = s.execute(
        select(
            Coachee.id,
            Coachee.name,
            Coachee.organisation,
            Coachee.role,
            Coachee.started_on,
            Coachee.created_at,
            _LAST_SESSION,
        ).where(*who)
    ).all()
    counts = experiments.open_counts(today)
    open_experiments = s.execute(
        select(counts.c.coachee_id, counts.c.open, counts.c.overdue)
        .join(Coachee, Coachee.id == counts.c.coachee_id)
        .where(*who)
    ).all()
    stored = read_settings(s, [REFERENCE_VALUES_KEY])
    drop_scales = _drop_scales(parse_references(stored.get(REFERENCE_VALUES_KEY)))
    confidence = s.execute(
        _SPARKLINE_SQL, {"skip": SPARKLINE_POINTS - 1, "statuses": statuses, "only": only}
    ).all()
    ends: dict[tuple[str, str, str | None], tuple[float, float]] = {}
    for key, sub in dict.fromkeys((key, sub) for key, sub, _definition in drop_scales):
        params: dict[str, Any] = {"instrument": key, "statuses": statuses, "only": only}
        if sub is not None:
            params["path"] = "$." + json.dumps(sub)
        for cid, first, last, count in s.execute(_ends_sql(sub), params):
            if count >= 2:  # a change needs two ratings
                ends[(cid, key, sub)] = (float(first), float(last))
    return _Loaded(list(coachees), list(open_experiments), list(confidence), ends, drop_scales)


def dashboard_rows(
    vault: Vault, *, today: date, weeks_without_session: int = 4
) -> list[DashboardRow]:
    """One row per active coachee, most recently seen first (never-seen ones last).

    Flags: no session in ``weeks_without_session`` weeks (or none yet, once the coaching began
    that long ago), overdue experiments, and a reliable drop on a multi-item scale (only where
    reference SD and reliability are stored; see ``instrument_settings.reference_values``).
    """
    with vault.session() as s:
        loaded = _load(s, today)
    return _rows(loaded, today, weeks_without_session)


def coachee_flags(
    s: Session, coachee_id: str, *, today: date, weeks_without_session: int = 4
) -> tuple[DashboardFlag, ...]:
    """The dashboard's flags for one coachee, read in the caller's transaction (the brief).

    Same rules as :func:`dashboard_rows`; none for a coachee the dashboard does not follow.
    """
    rows = _rows(_load(s, today, only=coachee_id), today, weeks_without_session)
    return rows[0].flags if rows else ()


def _rows(loaded: _Loaded, today: date, weeks_without_session: int) -> list[DashboardRow]:
    open_count: dict[str, int] = defaultdict(int)
    overdue_count: dict[str, int] = defaultdict(int)
    for cid, n_open, n_overdue in loaded.open_experiments:
        open_count[cid] = int(n_open)
        overdue_count[cid] = int(n_overdue or 0)

    confidence: dict[str, dict[Any, list[float]]] = defaultdict(lambda: defaultdict(list))
    for cid, taken_on, value in loaded.confidence:
        confidence[cid][taken_on].append(value)

    limit = timedelta(weeks=weeks_without_session)
    rows: list[DashboardRow] = []
    for cid, name, organisation, role, started_on, created_at, last_at in loaded.coachees:
        last_on: date | None = last_at.date() if last_at else None
        began: date = started_on or (created_at.date() if created_at else today)
        flags = _session_flags(last_on, began, today, limit)
        if overdue_count[cid]:
            n = overdue_count[cid]
            text = ngettext("{n} overdue experiment", "{n} overdue experiments", n).format(n=n)
            flags.append(DashboardFlag("overdue_experiments", text))
        flags.extend(_drop_flags(cid, loaded.drop_scales, loaded.ends))
        per_day = confidence.get(cid, {})
        sparkline = tuple(
            statistics.fmean(per_day[day]) for day in sorted(per_day)[-SPARKLINE_POINTS:]
        )
        rows.append(
            DashboardRow(
                coachee_id=cid,
                name=name,
                organisation=organisation,
                role=role,
                last_session_on=last_on,
                days_since=(today - last_on).days if last_on else None,
                open_experiments=open_count[cid],
                overdue_experiments=overdue_count[cid],
                sparkline=sparkline,
                flags=tuple(flags),
            )
        )
    rows.sort(key=lambda r: (r.days_since is None, r.days_since or 0, r.name.casefold()))
    return rows


def _session_flags(
    last_on: date | None, began: date, today: date, limit: timedelta
) -> list[DashboardFlag]:
    """The "no session" flag: none for too long, or none yet once the coaching began long ago."""
    if last_on is not None:
        if today - last_on <= limit:
            return []
        weeks = (today - last_on).days // 7
        text = ngettext("no session in {n} week", "no session in {n} weeks", weeks).format(n=weeks)
        return [DashboardFlag("no_recent_session", text)]
    if today - began > limit:
        return [DashboardFlag("no_recent_session", _("no session yet"))]
    return []


def _drop_flags(
    cid: str,
    drop_scales: list[_DropScale],
    ends: Mapping[tuple[str, str, str | None], tuple[float, float]],
) -> list[DashboardFlag]:
    # Built-in definitions store no reference SD/reliability yet, so this flag only ever
    # appears once the coach has entered values (with their source) from a manual.
    flags: list[DashboardFlag] = []
    for key, sub, definition in drop_scales:
        pair = ends.get((cid, key, sub))
        if pair is None:
            continue
        reference = definition.subscale(sub).reference if sub else definition.reference
        change = reliable_change(pair[0], pair[1], reference.sd, reference.reliability)
        if change == "declined":
            label = definition.subscale(sub).label if sub else definition.short_name
            text = _("reliable drop: {scale}").format(scale=label)
            flags.append(DashboardFlag("reliable_drop", text))
    return flags


def _drop_scales(refs: Mapping[str, ReferenceValues]) -> list[_DropScale]:
    """(instrument key, subscale, definition) of each own-progress scale with complete references.

    Psychological safety is left out: it describes the team, not the coachee's progress.
    """
    scales: list[_DropScale] = []
    for key in ("gse", "empowerment"):
        definition = with_references(get_instrument(key), refs)
        if definition.subscales:
            scales.extend(
                (key, sub.key, definition) for sub in definition.subscales if sub.reference.complete
            )
        elif definition.reference.complete:
            scales.append((key, None, definition))
    return scales
