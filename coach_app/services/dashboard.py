"""The dashboard: one row per active coachee, with the flags a coach may want to act on.

Four queries whatever the number of coachees (coachees, last sessions, open experiments,
measurements), so the dashboard opens as fast with eighty coachees as with eight.
"""

from __future__ import annotations

import statistics
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any, Final, Literal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from coach_app.i18n import _, ngettext
from coach_app.instruments.definitions import Instrument, ReferenceValues, get_instrument
from coach_app.models import Coachee, CoachingSession, Experiment, Measurement
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

_OPEN_STATUSES: Final = ("agreed", "in_progress")

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
    coachees: list[Any]  # (id, name, organisation, role, started_on, created_at)
    last_sessions: dict[str, Any]  # coachee id -> start of the latest session
    open_experiments: list[Any]  # (coachee id, due_on)
    measurements: list[Any]  # (coachee id, instrument, taken_on, value, scores)
    drop_scales: list[_DropScale]


def _load(s: Session) -> _Loaded:
    coachees = s.execute(
        select(
            Coachee.id,
            Coachee.name,
            Coachee.organisation,
            Coachee.role,
            Coachee.started_on,
            Coachee.created_at,
        ).where(Coachee.status.in_(FOLLOWED_UP_STATUSES))
    ).all()
    active = [row[0] for row in coachees]
    last_sessions = dict(
        s.execute(
            select(CoachingSession.coachee_id, func.max(CoachingSession.started_at))
            .where(CoachingSession.coachee_id.in_(active))
            .group_by(CoachingSession.coachee_id)
        ).all()
    )
    open_experiments = s.execute(
        select(Experiment.coachee_id, Experiment.due_on).where(
            Experiment.coachee_id.in_(active), Experiment.status.in_(_OPEN_STATUSES)
        )
    ).all()
    stored = read_settings(s, [REFERENCE_VALUES_KEY])
    drop_scales = _drop_scales(parse_references(stored.get(REFERENCE_VALUES_KEY)))
    wanted = ["confidence", *sorted({key for key, _sub, _definition in drop_scales})]
    measurements = s.execute(
        select(
            Measurement.coachee_id,
            Measurement.instrument,
            Measurement.taken_on,
            Measurement.value,
            Measurement.scores,
        )
        .where(Measurement.coachee_id.in_(active), Measurement.instrument.in_(wanted))
        .order_by(Measurement.taken_on, Measurement.created_at)
    ).all()
    return _Loaded(
        list(coachees), last_sessions, list(open_experiments), list(measurements), drop_scales
    )


def dashboard_rows(
    vault: Vault, *, today: date, weeks_without_session: int = 4
) -> list[DashboardRow]:
    """One row per active coachee, most recently seen first (never-seen ones last).

    Flags: no session in ``weeks_without_session`` weeks (or none yet, once the coaching began
    that long ago), overdue experiments, and a reliable drop on a multi-item scale (only where
    reference SD and reliability are stored; see ``instrument_settings.reference_values``).
    """
    with vault.session() as s:
        loaded = _load(s)

    open_count: dict[str, int] = defaultdict(int)
    overdue_count: dict[str, int] = defaultdict(int)
    for cid, due_on in loaded.open_experiments:
        open_count[cid] += 1
        if due_on is not None and due_on < today:
            overdue_count[cid] += 1

    confidence: dict[str, dict[date, list[float]]] = defaultdict(lambda: defaultdict(list))
    scale_values: dict[tuple[str, str, str | None], list[float]] = defaultdict(list)
    for cid, instrument_key, taken_on, value, scores in loaded.measurements:
        if instrument_key == "confidence":
            confidence[cid][taken_on].append(value)
            continue
        for key, sub, _definition in loaded.drop_scales:
            if key != instrument_key:
                continue
            if sub is None:
                scale_values[(cid, key, None)].append(value)
            elif sub in (scores or {}):
                scale_values[(cid, key, sub)].append(float(scores[sub]))

    limit = timedelta(weeks=weeks_without_session)
    rows: list[DashboardRow] = []
    for cid, name, organisation, role, started_on, created_at in loaded.coachees:
        last_at = loaded.last_sessions.get(cid)
        last_on: date | None = last_at.date() if last_at else None
        began: date = started_on or (created_at.date() if created_at else today)
        flags = _session_flags(last_on, began, today, limit)
        if overdue_count[cid]:
            n = overdue_count[cid]
            text = ngettext("{n} overdue experiment", "{n} overdue experiments", n).format(n=n)
            flags.append(DashboardFlag("overdue_experiments", text))
        flags.extend(_drop_flags(cid, loaded.drop_scales, scale_values))
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
    scale_values: Mapping[tuple[str, str, str | None], list[float]],
) -> list[DashboardFlag]:
    # Built-in definitions store no reference SD/reliability yet, so this flag only ever
    # appears once the coach has entered values (with their source) from a manual.
    flags: list[DashboardFlag] = []
    for key, sub, definition in drop_scales:
        values = scale_values.get((cid, key, sub))
        if not values or len(values) < 2:
            continue
        reference = definition.subscale(sub).reference if sub else definition.reference
        change = reliable_change(values[0], values[-1], reference.sd, reference.reliability)
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
