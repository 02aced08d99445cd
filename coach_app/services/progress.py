"""Progress chart data: every series of one coachee's chart, computed once per load.

This module wires the pure rules of :mod:`coach_app.instruments` (scoring) and
:mod:`coach_app.services.progress_series` (what a chart may show) to the vault. It issues one
query per table it needs (never one per goal) and returns frozen dataclasses, so a Qt model or
the PDF report can keep the result without holding a database session.

The instrument settings the chart applies (reference values, custom metrics) live in
:mod:`coach_app.services.instrument_settings`; the dashboard and the learning log have modules
of their own.
"""

from __future__ import annotations

import dataclasses
import json
import logging
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Final, NamedTuple

from sqlalchemy import text

from coach_app.errors import NotFound
from coach_app.i18n import _
from coach_app.instruments import scoring
from coach_app.instruments.definitions import (
    CUSTOM_PREFIX,
    Instrument,
    custom_instrument,
    get_instrument,
)
from coach_app.models import (
    EXPERIMENT_DECISIONS,
)
from coach_app.services.instrument_settings import (
    CUSTOM_METRICS_KEY,
    REFERENCE_VALUES_KEY,
    custom_metric_instrument,
    parse_references,
    read_settings,
    with_references,
)
from coach_app.services.measurements import CHECKIN
from coach_app.services.progress_series import (
    DEFAULT_MAX_GAP_DAYS,
    ExperimentMarker,
    Point,
    Series,
    build_series,
)
from coach_app.timestamps import day_sql
from coach_app.vault.vault import Vault

log = logging.getLogger(__name__)

#: A chart with more goal lines than this stops being readable; the rest are listed, not drawn.
MAX_CHART_GOALS: Final = 4


# --------------------------------------------------------------------------- records


@dataclass(frozen=True)
class GoalProgress:
    """A goal as the chart and the report show it.

    Attributes:
        latest_level: the most recent GAS level (−2..+2) in the period, or None.
        has_data: True when the goal has a confidence rating or GAS level in the period.
        charted: True when the goal has lines on the chart (at most :data:`MAX_CHART_GOALS`).
    """

    id: str
    title: str
    weight: int
    status: str
    gas_levels: dict[str, str]
    latest_level: int | None
    latest_level_on: date | None
    latest_confidence: float | None
    has_data: bool
    charted: bool

    def level_description(self, level: int | None) -> str:
        """The coach's description of ``level`` for this goal ("" when not written)."""
        if level is None:
            return ""
        return self.gas_levels.get(str(level), "")


@dataclass(frozen=True)
class ProgressData:
    """Everything the progress chart of one coachee draws, computed once and then cached.

    Series are present only when they have points. ``goal_of_series`` maps a per-goal series
    key (``confidence:<goal id>``, ``gas:<goal id>``) to its goal id, so the drawer can give a
    goal the same colour in every panel.
    """

    coachee_id: str
    coachee_name: str
    goals: tuple[GoalProgress, ...]
    confidence: tuple[Series, ...]
    gas_levels: tuple[Series, ...]
    gas_t: Series | None
    gse: Series | None
    empowerment: tuple[Series, ...]
    psych_safety: Series | None
    custom: tuple[Series, ...]
    markers: tuple[ExperimentMarker, ...]
    first_date: date | None
    last_date: date | None
    start: date | None = None
    end: date | None = None
    max_gap_days: int = DEFAULT_MAX_GAP_DAYS
    goal_of_series: Mapping[str, str] = field(default_factory=dict)
    # The empowerment check-in: one series per dimension (0–10), charted with no setup.
    checkin: tuple[Series, ...] = ()

    @property
    def series(self) -> tuple[Series, ...]:
        """Every series, in panel order."""
        optional = (self.gas_t, self.gse)
        return (
            *self.confidence,
            *self.gas_levels,
            *(series for series in optional if series is not None),
            *self.empowerment,
            *self.checkin,
            *self.custom,
            *((self.psych_safety,) if self.psych_safety is not None else ()),
        )

    def series_by_key(self) -> dict[str, Series]:
        """The series keyed by ``Series.key``."""
        return {series.key: series for series in self.series}

    @property
    def is_empty(self) -> bool:
        """True when there is not a single measurement to draw."""
        return not any(series.points for series in self.series)

    @property
    def date_range(self) -> tuple[date, date] | None:
        """First and last date of any point or experiment marker, or None."""
        if self.first_date is None or self.last_date is None:
            return None
        return (self.first_date, self.last_date)

    @property
    def current_t_score(self) -> float | None:
        """The latest GAS T-score in the period, or None."""
        if self.gas_t is None or not self.gas_t.points:
            return None
        return self.gas_t.points[-1].value

    @property
    def omitted_goals(self) -> tuple[GoalProgress, ...]:
        """Goals with data that are not drawn (too many goals for one chart)."""
        return tuple(goal for goal in self.goals if goal.has_data and not goal.charted)


# --------------------------------------------------------------------------- loading


def _in_period(day: date, start: date | None, end: date | None) -> bool:
    return (start is None or day >= start) and (end is None or day <= end)


def _gas_t_points(
    gas_rows: Sequence[tuple[date, str, float]], weights: Mapping[str, int]
) -> list[Point]:
    """T-score at each date with a GAS measurement, from the latest level of every goal so far.

    Goals without a level yet are left out of that date's score (they have not been rated).
    """
    latest: dict[str, int] = {}
    by_date: dict[date, list[tuple[str, float]]] = defaultdict(list)
    for day, goal_id, level in gas_rows:
        by_date[day].append((goal_id, level))
    points: list[Point] = []
    # A few goals at five levels each make few combinations: years of ratings repeat them, and
    # each score is checked and computed once (None: out of range).
    known: dict[tuple[tuple[int, ...], tuple[int, ...]], float | None] = {}
    for day in sorted(by_date):
        for goal_id, level in by_date[day]:
            latest[goal_id] = round(level)
        goal_ids = sorted(latest)
        key = (tuple(latest[g] for g in goal_ids), tuple(weights.get(g, 1) for g in goal_ids))
        if key not in known:
            try:
                known[key] = scoring.gas_t_score(*key)
            except scoring.ScoringError:
                known[key] = None
        t = known[key]
        if t is None:
            # A level edited outside the app (out of range) must not break the whole chart.
            log.warning("skipping a GAS date with an out-of-range level")
            continue
        points.append(Point(day, t))
    return points


class _GoalRow(NamedTuple):
    id: str
    title: str
    weight: int
    status: str
    levels: dict[str, str]
    created_at: int  # as stored (coach_app.timestamps): sorts as the moment does


def _choose_chart_goals(goals: Sequence[_GoalRow], counts: Mapping[str, int]) -> list[str]:
    """Pick at most MAX_CHART_GOALS goals with data: active ones first, then the most measured."""
    with_data = [goal for goal in goals if counts.get(goal.id)]
    with_data.sort(key=lambda g: (g.status != "active", -counts[g.id], g.created_at, g.id))
    return [goal.id for goal in with_data[:MAX_CHART_GOALS]]


@dataclass
class _Buckets:
    """A coachee's measurement rows sorted into the points of each future series."""

    confidence: dict[str | None, list[Point]] = field(default_factory=lambda: defaultdict(list))
    gas: list[tuple[date, str, float]] = field(default_factory=list)
    gse: list[Point] = field(default_factory=list)
    empowerment: dict[str, list[Point]] = field(default_factory=lambda: defaultdict(list))
    checkin: dict[str, list[Point]] = field(default_factory=lambda: defaultdict(list))
    psych_safety: list[Point] = field(default_factory=list)
    custom: dict[str, list[Point]] = field(default_factory=lambda: defaultdict(list))

    @classmethod
    def collect(cls, rows: Iterable[Any], subscales: Sequence[str]) -> _Buckets:
        buckets = cls()
        for instrument, goal_id, taken_on, value, scores in rows:
            if instrument == "confidence":
                buckets.confidence[goal_id].append(Point(taken_on, value))
            elif instrument == "gas" and goal_id:
                buckets.gas.append((taken_on, goal_id, value))
            elif instrument == "gse":
                buckets.gse.append(Point(taken_on, value))
            elif instrument == "empowerment":
                # Each subscale is its own line: a blended mean would hide which one moved.
                for sub in subscales:
                    if sub in (scores or {}):
                        buckets.empowerment[sub].append(Point(taken_on, float(scores[sub])))
            elif instrument == CHECKIN:
                # The same four dimensions, as 0–10 ratings (its own panel, never blended).
                for sub in subscales:
                    if sub in (scores or {}):
                        buckets.checkin[sub].append(Point(taken_on, float(scores[sub])))
            elif instrument == "psych_safety":
                buckets.psych_safety.append(Point(taken_on, value))
            elif instrument.startswith(CUSTOM_PREFIX):
                buckets.custom[instrument].append(Point(taken_on, value))
        return buckets

    def goal_counts(self) -> dict[str, int]:
        counts: dict[str, int] = defaultdict(int)
        for goal_id, points in self.confidence.items():
            if goal_id:
                counts[goal_id] += len(points)
        for _day, goal_id, _level in self.gas:
            counts[goal_id] += 1
        return counts


class _Loaded(NamedTuple):
    name: str
    goals: list[_GoalRow]
    rows: list[Any]
    markers: tuple[ExperimentMarker, ...]
    settings: dict[str, Any]
    activity: tuple[date, ...]  # days with a session or a measurement, sorted


# The statements of a chart's load, as SQL text made once: for a coachee with years of
# sessions, building the ORM statements anew for every chart and converting each value through
# its column type cost a quarter of the load (CPU 12.7 → 9.5 ms for 1,263 measurements). Days
# are compared and sorted as the ISO text they are stored as, moments as their integers
# (``coach_app.timestamps``), and a moment's day is asked of SQL.
_NAME_SQL = text("SELECT name FROM coachees WHERE id = :coachee")
_GOALS_SQL = text(
    "SELECT id, title, weight, status, gas_levels, created_at FROM goals"
    " WHERE coachee_id = :coachee ORDER BY created_at, id"
)
# Only empowerment and check-in rows need their subscale scores (each has its own lines).
_MEASUREMENTS_SQL = text(
    "SELECT instrument, goal_id, taken_on, value,"
    " CASE WHEN instrument IN ('empowerment', :checkin) THEN scores END"
    " FROM measurements WHERE coachee_id = :coachee"
    " AND (:start IS NULL OR taken_on >= :start) AND (:end IS NULL OR taken_on <= :end)"
    " ORDER BY taken_on, created_at"
)
# An experiment is placed on the day of the session it was agreed in, else the day it was made.
_EXPERIMENTS_SQL = text(
    "SELECT e.title, e.prediction, e.learning, e.decision,"  # noqa: S608 - fixed SQL
    f" {day_sql('coalesce(s.started_at, e.created_at)')}"
    " FROM experiments AS e LEFT JOIN sessions AS s ON s.id = e.agreed_in_session_id"
    " WHERE e.coachee_id = :coachee"
)
# The days only, distinct, from the (coachee, started_at) index.
_SESSION_DAYS_SQL = text(
    f"SELECT DISTINCT {day_sql('started_at')} FROM sessions WHERE coachee_id = :coachee"  # noqa: S608 - fixed SQL
)


def _load(vault: Vault, coachee_id: str, start: date | None, end: date | None) -> _Loaded:
    """Read what a progress chart needs: one query per table, each on a coachee index.

    Columns rather than ORM objects: a coachee with years of sessions has thousands of
    measurements and hundreds of experiments, and building (and tracking) an object for each
    costs more than the query. Only empowerment and check-in rows have their scores decoded.
    """
    day = date.fromisoformat
    params = {
        "coachee": coachee_id,
        "checkin": CHECKIN,
        "start": start.isoformat() if start else None,
        "end": end.isoformat() if end else None,
    }
    with vault.session() as session:
        conn = session.connection()
        name = conn.execute(_NAME_SQL, params).scalar()
        if name is None:
            raise NotFound(_("That coachee no longer exists (it may have been erased)."))
        goals = [
            _GoalRow(gid, title, weight, status, dict(_json(levels) or {}), created_at)
            for gid, title, weight, status, levels, created_at in conn.execute(_GOALS_SQL, params)
        ]
        rows = [
            (instrument, goal_id, day(taken_on), value, _json(scores))
            # all(): iterating the result itself fetches one row per driver call.
            for instrument, goal_id, taken_on, value, scores in conn.execute(
                _MEASUREMENTS_SQL, params
            ).all()
        ]
        markers = _markers(conn.execute(_EXPERIMENTS_SQL, params).all(), start, end)
        settings = read_settings(session, [REFERENCE_VALUES_KEY, CUSTOM_METRICS_KEY])
        activity = {day(when) for (when,) in conn.execute(_SESSION_DAYS_SQL, params).all()}
        activity.update(row[2] for row in rows)
        return _Loaded(name, goals, rows, markers, settings, tuple(sorted(activity)))


def _json(value: str | None) -> Any:
    return None if value is None else json.loads(value)


def progress_data(
    vault: Vault,
    coachee_id: str,
    *,
    start: date | None = None,
    end: date | None = None,
    max_gap_days: int = DEFAULT_MAX_GAP_DAYS,
) -> ProgressData:
    """Compute every series of a coachee's progress chart (one query per table).

    Args:
        start: first day to include, or None for the beginning.
        end: last day to include, or None for no limit.
        max_gap_days: neighbours further apart start a new segment (never connected).

    Raises:
        NotFound: the coachee does not exist.
    """
    name, goals, rows, markers, settings, activity = _load(vault, coachee_id, start, end)
    refs = parse_references(settings.get(REFERENCE_VALUES_KEY))
    instruments = {
        key: with_references(get_instrument(key), refs)
        for key in ("confidence", "gas", "gse", "empowerment", "psych_safety", CHECKIN)
    }
    buckets = _Buckets.collect(rows, [sub.key for sub in instruments["empowerment"].subscales])
    counts = buckets.goal_counts()
    charted = _choose_chart_goals(goals, counts)
    titles = {goal.id: goal.title for goal in goals}

    def series(key: str, instrument: Instrument, points: list[Point], **kw: Any) -> Series:
        return build_series(
            key, instrument, points, max_gap_days=max_gap_days, activity=activity, **kw
        )

    goal_of_series: dict[str, str] = {}
    confidence: list[Series] = []
    if buckets.confidence.get(None):
        confidence.append(
            series(
                "confidence",
                instruments["confidence"],
                buckets.confidence[None],
                name=_("Confidence (overall)"),
            )
        )
    gas_levels: list[Series] = []
    gas_by_goal: dict[str, list[Point]] = defaultdict(list)
    for day, goal_id, level in buckets.gas:
        gas_by_goal[goal_id].append(Point(day, level))
    for goal_id in charted:
        if buckets.confidence.get(goal_id):
            key = f"confidence:{goal_id}"
            goal_of_series[key] = goal_id
            confidence.append(
                series(
                    key,
                    instruments["confidence"],
                    buckets.confidence[goal_id],
                    name=titles[goal_id],
                )
            )
        if gas_by_goal.get(goal_id):
            key = f"gas:{goal_id}"
            goal_of_series[key] = goal_id
            level_series = series(
                key, instruments["gas"], gas_by_goal[goal_id], name=titles[goal_id], scale=(-2, 2)
            )
            # The "as expected" line belongs to the T-score; for a level it is level 0.
            gas_levels.append(dataclasses.replace(level_series, reference_line=0.0))

    t_points = _gas_t_points(buckets.gas, {goal.id: goal.weight for goal in goals})
    empowerment = instruments["empowerment"]
    checkin = instruments[CHECKIN]
    days = [row[2] for row in rows] + [marker.date for marker in markers]
    return ProgressData(
        coachee_id=coachee_id,
        coachee_name=name,
        goals=_goal_progress(goals, buckets, counts, charted),
        confidence=tuple(confidence),
        gas_levels=tuple(gas_levels),
        gas_t=series("gas:t", instruments["gas"], t_points, name=_("GAS T-score (all goals)"))
        if t_points
        else None,
        gse=series("gse", instruments["gse"], buckets.gse) if buckets.gse else None,
        empowerment=tuple(
            series(f"empowerment:{sub.key}", empowerment, points, subscale=sub.key)
            for sub in empowerment.subscales
            if (points := buckets.empowerment.get(sub.key))
        ),
        checkin=tuple(
            series(f"{CHECKIN}:{sub.key}", checkin, points, subscale=sub.key)
            for sub in checkin.subscales
            if (points := buckets.checkin.get(sub.key))
        ),
        psych_safety=series("psych_safety", instruments["psych_safety"], buckets.psych_safety)
        if buckets.psych_safety
        else None,
        custom=tuple(
            series(key, _custom_definition(key, settings.get(CUSTOM_METRICS_KEY), points), points)
            for key, points in sorted(buckets.custom.items())
        ),
        markers=markers,
        first_date=min(days) if days else None,
        last_date=max(days) if days else None,
        start=start,
        end=end,
        max_gap_days=max_gap_days,
        goal_of_series=goal_of_series,
    )


def _goal_progress(
    goals: Sequence[_GoalRow], buckets: _Buckets, counts: Mapping[str, int], charted: list[str]
) -> tuple[GoalProgress, ...]:
    latest_levels: dict[str, tuple[date, int]] = {}
    for day, goal_id, level in buckets.gas:
        latest_levels[goal_id] = (day, round(level))
    latest_conf = {gid: pts[-1].value for gid, pts in buckets.confidence.items() if gid and pts}
    return tuple(
        GoalProgress(
            id=goal.id,
            title=goal.title,
            weight=goal.weight,
            status=goal.status,
            gas_levels=goal.levels,
            latest_level=latest_levels[goal.id][1] if goal.id in latest_levels else None,
            latest_level_on=latest_levels[goal.id][0] if goal.id in latest_levels else None,
            latest_confidence=latest_conf.get(goal.id),
            has_data=bool(counts.get(goal.id)),
            charted=goal.id in charted,
        )
        for goal in goals
    )


def _custom_definition(key: str, raw: object, points: Sequence[Point]) -> Instrument:
    metric = custom_metric_instrument(key, raw)
    if metric is not None:
        return metric
    # The metric was removed from the settings but its measurements remain: chart them on
    # the range the data spans rather than hiding what the coach recorded.
    low = min(p.value for p in points)
    high = max(p.value for p in points)
    return custom_instrument(
        key, key.removeprefix(CUSTOM_PREFIX), low, high if high > low else low + 1
    )


def _text_or_none(text: str | None) -> str | None:
    return text if text and text.strip() else None


def _markers(
    experiments: Sequence[Any], start: date | None, end: date | None
) -> tuple[ExperimentMarker, ...]:
    markers: list[ExperimentMarker] = []
    for title, prediction, learning, decision, placed_on in experiments:
        if placed_on is None:  # no agreeing session and no creation time: nowhere to place it
            continue
        day = date.fromisoformat(placed_on)
        if not _in_period(day, start, end):
            continue
        markers.append(
            ExperimentMarker(
                date=day,
                title=title,
                prediction=_text_or_none(prediction),
                learning=_text_or_none(learning),
                decision=decision if decision in EXPERIMENT_DECISIONS else None,
            )
        )
    markers.sort(key=lambda m: (m.date, m.title))
    return tuple(markers)
