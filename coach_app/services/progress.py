"""Progress use cases: chart series, the dashboard, the learning log, and recording a measure.

This module wires the pure rules of :mod:`coach_app.instruments` (scoring) and
:mod:`coach_app.services.progress_series` (what a chart may show) to the vault. Every function
opens short sessions, issues one query per table it needs (never one per coachee or goal), and
returns frozen dataclasses, so a Qt model or the PDF report can keep the result without holding
a database session.

Vault-level instrument settings (stored encrypted in the ``settings`` table):

* ``empowerment_item_wording`` / ``psych_safety_item_wording`` — the item texts the coach enters
  once per vault for the structure-only instruments (a list of 12 / 7 strings).
* ``custom_metrics`` — the coach's own scales, a list of ``{key, label, min, max}``.
* ``reference_values`` — ``{key: {sd, reliability, source}}`` copied by the coach from a published
  manual; ``key`` is ``gse``, ``psych_safety`` or ``empowerment:<subscale>``. This is the only way
  a measurement-error band appears for a built-in scale, and the source text is required.
"""

from __future__ import annotations

import bisect
import dataclasses
import logging
import math
import statistics
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from itertools import pairwise
from typing import Any, Final, Literal, NamedTuple

from sqlalchemy import case, func, null, select, type_coerce
from sqlalchemy.orm import aliased

from coach_app.errors import NotFound, ValidationError
from coach_app.instruments import scoring
from coach_app.instruments.definitions import (
    CUSTOM_PREFIX,
    Instrument,
    InstrumentDefinitionError,
    ReferenceValues,
    custom_instrument,
    custom_key,
    get_instrument,
    with_item_wording,
)
from coach_app.models import (
    EXPERIMENT_DECISIONS,
    Coachee,
    CoachingSession,
    Experiment,
    Goal,
    Measurement,
    Setting,
)
from coach_app.services import measurements as measurement_service
from coach_app.services.progress_series import (
    DEFAULT_MAX_GAP_DAYS,
    ExperimentMarker,
    Point,
    Series,
    build_series,
    reliable_change,
)
from coach_app.services.records import MeasurementRecord
from coach_app.vault.vault import Vault

log = logging.getLogger(__name__)

#: Settings keys this module owns.
EMPOWERMENT_WORDING_KEY: Final = "empowerment_item_wording"
PSYCH_SAFETY_WORDING_KEY: Final = "psych_safety_item_wording"
CUSTOM_METRICS_KEY: Final = "custom_metrics"
REFERENCE_VALUES_KEY: Final = "reference_values"

_WORDING_KEYS: Final = {
    "empowerment": EMPOWERMENT_WORDING_KEY,
    "psych_safety": PSYCH_SAFETY_WORDING_KEY,
}

#: A chart with more goal lines than this stops being readable; the rest are listed, not drawn.
MAX_CHART_GOALS: Final = 4
#: Points in a dashboard sparkline.
SPARKLINE_POINTS: Final = 10

_OPEN_STATUSES: Final = ("agreed", "in_progress")

FlagKind = Literal["no_recent_session", "overdue_experiments", "reliable_drop"]


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

    @property
    def series(self) -> tuple[Series, ...]:
        """Every series, in panel order."""
        optional = (self.gas_t, self.gse)
        return (
            *self.confidence,
            *self.gas_levels,
            *(series for series in optional if series is not None),
            *self.empowerment,
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
class LearningEntry:
    """One experiment's learning, as the learning log lists it."""

    experiment_id: str
    coachee_id: str
    coachee_name: str
    goal_id: str | None
    goal_title: str
    title: str
    prediction: str
    outcome: str
    learning: str
    decision: str | None
    status: str
    agreed_on: date | None
    due_on: date | None
    logged_on: date


@dataclass(frozen=True)
class CustomMetric:
    """A coach-defined metric as stored in the ``custom_metrics`` setting."""

    key: str
    label: str
    min: float
    max: float

    def instrument(self) -> Instrument:
        """The metric as an instrument definition."""
        return custom_instrument(self.key, self.label, self.min, self.max)


# --------------------------------------------------------------------------- settings


def _read_settings(vault: Vault, keys: Iterable[str]) -> dict[str, Any]:
    # One query for every setting a use case needs, rather than one get_setting() each.
    wanted = list(keys)
    with vault.session() as s:
        rows = s.execute(select(Setting.key, Setting.value).where(Setting.key.in_(wanted)))
        return {key: value for key, value in rows}


def _write_setting(vault: Vault, key: str, value: Any) -> None:
    with vault.write() as s:
        row = s.get(Setting, key)
        if row is None:
            s.add(Setting(key=key, value=value))
        else:
            row.value = value


def _check_wording(instrument: Instrument, texts: object) -> list[str]:
    count = len(instrument.items)
    if not isinstance(texts, list | tuple) or len(texts) != count:
        raise ValidationError(f"{instrument.name} needs the wording of all {count} items.")
    cleaned: list[str] = []
    for number, text in enumerate(texts, start=1):
        if not isinstance(text, str) or not text.strip():
            raise ValidationError(f"Item {number} of {instrument.name} needs wording.")
        flat = " ".join(text.split())
        if len(flat) > 500:
            raise ValidationError(f"Item {number} of {instrument.name} is too long (max 500).")
        cleaned.append(flat)
    return cleaned


def item_wording(vault: Vault, instrument_key: str) -> list[str] | None:
    """The coach's item wording of a structure-only instrument, or None while not entered."""
    if instrument_key not in _WORDING_KEYS:
        raise ValidationError(f"{instrument_key} ships its own wording.")
    value = _read_settings(vault, [_WORDING_KEYS[instrument_key]]).get(
        _WORDING_KEYS[instrument_key]
    )
    try:
        return _check_wording(get_instrument(instrument_key), value)
    except ValidationError:
        return None


def set_item_wording(vault: Vault, instrument_key: str, texts: Sequence[str]) -> list[str]:
    """Store the wording of every item of ``empowerment`` or ``psych_safety`` (once per vault).

    Raises:
        ValidationError: not one non-empty text per item.
    """
    if instrument_key not in _WORDING_KEYS:
        raise ValidationError(f"{instrument_key} ships its own wording.")
    cleaned = _check_wording(get_instrument(instrument_key), list(texts))
    _write_setting(vault, _WORDING_KEYS[instrument_key], cleaned)
    return cleaned


def _parse_custom_metrics(raw: object) -> list[CustomMetric]:
    if raw is None:
        return []
    if not isinstance(raw, list):
        raise ValidationError("Custom metrics must be a list of {key, label, min, max}.")
    metrics: list[CustomMetric] = []
    for entry in raw:
        if not isinstance(entry, dict):
            raise ValidationError("Each custom metric needs a label, a minimum and a maximum.")
        label = entry.get("label")
        try:
            key = entry.get("key") or custom_key(str(label or ""))
            definition = custom_instrument(key, label, entry.get("min"), entry.get("max"))  # type: ignore[arg-type]
        except InstrumentDefinitionError as exc:
            raise ValidationError(str(exc)) from exc
        if any(metric.key == key for metric in metrics):
            raise ValidationError(f"Two custom metrics share the key {key!r}.")
        low, high = definition.response_scale.min, definition.response_scale.max
        metrics.append(CustomMetric(key=key, label=definition.name, min=low, max=high))
    return metrics


def custom_metrics(vault: Vault) -> list[CustomMetric]:
    """The coach's custom metrics (an invalid stored list reads as none, and is logged)."""
    raw = _read_settings(vault, [CUSTOM_METRICS_KEY]).get(CUSTOM_METRICS_KEY)
    try:
        return _parse_custom_metrics(raw)
    except ValidationError:
        log.warning("ignoring an invalid custom_metrics setting")
        return []


def set_custom_metrics(vault: Vault, metrics: Sequence[Mapping[str, Any]]) -> list[CustomMetric]:
    """Replace the custom metrics; each is ``{label, min, max}`` and optionally ``key``.

    Raises:
        ValidationError: a label, range or key is not acceptable, or two keys clash.
    """
    parsed = _parse_custom_metrics([dict(m) for m in metrics])
    _write_setting(vault, CUSTOM_METRICS_KEY, [dataclasses.asdict(m) for m in parsed])
    return parsed


def _reference_targets() -> set[str]:
    # Only multi-item scales may have a band; a single rating has no internal consistency.
    targets: set[str] = set()
    for key in ("gse", "psych_safety", "empowerment"):
        instrument = get_instrument(key)
        if instrument.subscales:
            targets.update(f"{key}:{sub.key}" for sub in instrument.subscales)
        else:
            targets.add(key)
    return targets


def _check_reference(key: str, entry: object) -> ReferenceValues:
    if key not in _reference_targets():
        raise ValidationError(
            f"Reference values apply to multi-item scales only "
            f"({', '.join(sorted(_reference_targets()))}); not to {key!r}."
        )
    if not isinstance(entry, Mapping):
        raise ValidationError(f"Reference values for {key} need sd, reliability and source.")
    sd, reliability, source = entry.get("sd"), entry.get("reliability"), entry.get("source")
    number = (int, float)
    if isinstance(sd, bool) or not isinstance(sd, number) or not math.isfinite(sd) or sd <= 0:
        raise ValidationError(f"The SD for {key} must be a number above 0.")
    if (
        isinstance(reliability, bool)
        or not isinstance(reliability, number)
        or not 0 <= reliability < 1
    ):
        raise ValidationError(f"The reliability for {key} must be at least 0 and below 1.")
    if not isinstance(source, str) or not source.strip():
        # A value nobody can trace back to a manual would make the band look authoritative.
        raise ValidationError(f"Name the published source of the reference values for {key}.")
    return ReferenceValues(sd=float(sd), reliability=float(reliability), source=source.strip())


def _parse_references(raw: object) -> dict[str, ReferenceValues]:
    if not isinstance(raw, Mapping):
        return {}
    out: dict[str, ReferenceValues] = {}
    for key, entry in raw.items():
        try:
            out[str(key)] = _check_reference(str(key), entry)
        except ValidationError:
            log.warning("ignoring incomplete reference values for %s", key)
    return out


def reference_values(vault: Vault) -> dict[str, ReferenceValues]:
    """The reference values the coach entered, keyed ``gse`` / ``empowerment:meaning`` / ...

    Incomplete entries (no SD, no reliability or no source) are left out, so they draw no band.
    """
    return _parse_references(
        _read_settings(vault, [REFERENCE_VALUES_KEY]).get(REFERENCE_VALUES_KEY)
    )


def set_reference_values(
    vault: Vault, values: Mapping[str, Mapping[str, Any]]
) -> dict[str, ReferenceValues]:
    """Replace the stored reference values; every entry needs ``sd``, ``reliability``, ``source``.

    Raises:
        ValidationError: an entry is for a single rating, or lacks a valid SD, reliability or
            source.
    """
    checked = {key: _check_reference(key, entry) for key, entry in values.items()}
    stored = {
        key: {"sd": ref.sd, "reliability": ref.reliability, "source": ref.source}
        for key, ref in checked.items()
    }
    _write_setting(vault, REFERENCE_VALUES_KEY, stored)
    return checked


def _with_references(instrument: Instrument, refs: Mapping[str, ReferenceValues]) -> Instrument:
    """Overlay the coach's reference values on a built-in definition."""
    if instrument.subscales:
        subscales = tuple(
            dataclasses.replace(sub, reference=refs[f"{instrument.key}:{sub.key}"])
            if f"{instrument.key}:{sub.key}" in refs
            else sub
            for sub in instrument.subscales
        )
        return dataclasses.replace(instrument, subscales=subscales)
    if instrument.key in refs:
        return dataclasses.replace(instrument, reference=refs[instrument.key])
    return instrument


def instrument_for(vault: Vault, instrument_key: str) -> Instrument:
    """The definition the entry form and the chart use: wording, custom range and references.

    Raises:
        ValidationError: unknown instrument or custom metric.
    """
    keys = [REFERENCE_VALUES_KEY, CUSTOM_METRICS_KEY, *_WORDING_KEYS.values()]
    stored = _read_settings(vault, keys)
    return _resolve(instrument_key, stored)


def _resolve(instrument_key: str, stored: Mapping[str, Any]) -> Instrument:
    if instrument_key.startswith(CUSTOM_PREFIX):
        try:
            metrics = _parse_custom_metrics(stored.get(CUSTOM_METRICS_KEY))
        except ValidationError:
            metrics = []
        for metric in metrics:
            if metric.key == instrument_key:
                return metric.instrument()
        raise ValidationError(f"There is no custom metric {instrument_key!r} in this vault.")
    try:
        instrument = get_instrument(instrument_key)
    except KeyError as exc:
        raise ValidationError(f"Unknown instrument {instrument_key!r}.") from exc
    wording_key = _WORDING_KEYS.get(instrument_key)
    if wording_key is not None:
        try:
            texts = _check_wording(instrument, stored.get(wording_key))
        except ValidationError:
            texts = None
        if texts is not None:
            instrument = with_item_wording(instrument, dict(enumerate(texts, start=1)))
    return _with_references(instrument, _parse_references(stored.get(REFERENCE_VALUES_KEY)))


# --------------------------------------------------------------------------- recording


def record_assessment(
    vault: Vault,
    coachee_id: str,
    instrument_key: str,
    answers: object,
    *,
    taken_on: date | str,
    session_id: str | None = None,
    goal_id: str | None = None,
) -> MeasurementRecord:
    """Score one administration of an instrument and store it as a measurement.

    Args:
        answers: a number for the confidence ruler and custom metrics; the level (−2..+2) for
            GAS, with ``goal_id``; a list of answers (None for a skipped item) for GSE,
            empowerment and psychological safety.
        taken_on: the day the coachee answered.
        session_id: the session it was taken in, if any.
        goal_id: the goal a confidence rating or GAS level is about.

    Returns:
        The stored measurement: ``value`` is the charted score, ``scores`` the subscale means
        (plus ``answered`` for multi-item scales), ``items`` the raw answers.

    Raises:
        ValidationError: the answers cannot be scored (same message as the scoring rule), or
            the goal/session does not belong to the coachee.
    """
    instrument = instrument_for(vault, instrument_key)
    items: list[Any]
    scores: dict[str, float] = {}
    try:
        if instrument.kind == "gas":
            if not goal_id:
                raise ValidationError("Choose the goal this attainment level is about.")
            weight = _goal_weight(vault, coachee_id, goal_id)
            # Scoring a single goal validates the level and weight with the rule's own words;
            # the stored value is the level, the T-score is combined across goals when charted.
            scoring.score_gas([answers], [weight])  # type: ignore[list-item]
            value = float(answers)  # type: ignore[arg-type]
            items = [answers]
        elif instrument.kind == "single_rating":
            result = scoring.score(instrument.key, answers, instrument)
            value = result.value
            items = [result.value]
        else:
            if isinstance(answers, str | bytes) or not isinstance(answers, Sequence):
                raise ValidationError(f"{instrument.name} expects a list of answers.")
            result = scoring.score(instrument.key, list(answers), instrument)
            value = result.value
            scores = {**result.scores, "answered": float(result.answered)}
            items = list(answers)
    except scoring.ScoringError as exc:
        raise ValidationError(str(exc)) from exc
    return measurement_service.add_measurement(
        vault,
        coachee_id,
        instrument=instrument.key,
        value=value,
        taken_on=taken_on,
        items=items,
        scores=scores,
        session_id=session_id,
        goal_id=goal_id,
    )


def _goal_weight(vault: Vault, coachee_id: str, goal_id: str) -> int:
    with vault.session() as s:
        goal = s.get(Goal, goal_id)
        if goal is None or goal.coachee_id != coachee_id:
            raise ValidationError("That goal does not belong to this coachee.")
        return goal.weight


# --------------------------------------------------------------------------- progress data


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
    for day in sorted(by_date):
        for goal_id, level in by_date[day]:
            latest[goal_id] = round(level)
        goal_ids = sorted(latest)
        try:
            t = scoring.gas_t_score(
                [latest[g] for g in goal_ids], [weights.get(g, 1) for g in goal_ids]
            )
        except scoring.ScoringError:
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
    created_at: datetime


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


def split_at_pauses(
    points: Sequence[Point], activity: Sequence[date], max_gap_days: int = DEFAULT_MAX_GAP_DAYS
) -> tuple[tuple[Point, ...], ...]:
    """Split date-sorted points where the coaching paused for more than ``max_gap_days``.

    INSTRUMENTS.md asks for gaps "where there were no sessions": a GSE taken every quarter
    while sessions run every fortnight is one line, but two ratings either side of a
    three-month break in the coaching are not joined. ``activity`` holds the sorted days with
    a session or a measurement; without activity between two points, their own distance
    decides, exactly as ``progress_series.split_segments`` does.
    """
    segments: list[tuple[Point, ...]] = []
    current: list[Point] = []
    for point in points:
        if current and _paused(current[-1].date, point.date, activity, max_gap_days):
            segments.append(tuple(current))
            current = []
        current.append(point)
    if current:
        segments.append(tuple(current))
    return tuple(segments)


def _paused(first: date, last: date, activity: Sequence[date], max_gap_days: int) -> bool:
    if (last - first).days <= max_gap_days:
        return False
    inside = activity[bisect.bisect_right(activity, first) : bisect.bisect_left(activity, last)]
    days = [first, *inside, last]
    return any((later - earlier).days > max_gap_days for earlier, later in pairwise(days))


def _load(vault: Vault, coachee_id: str, start: date | None, end: date | None) -> _Loaded:
    """Read what a progress chart needs: one query per table, each on a coachee index.

    Columns rather than ORM objects: a coachee with years of sessions has thousands of
    measurements and hundreds of experiments, and building (and tracking) an object for each
    costs more than the query. Only empowerment rows need their subscale scores decoded.
    """
    agreed = aliased(CoachingSession)
    scores = case((Measurement.instrument == "empowerment", Measurement.scores), else_=null())
    measurement_query = select(
        Measurement.instrument,
        Measurement.goal_id,
        Measurement.taken_on,
        Measurement.value,
        type_coerce(scores, Measurement.scores.type),
    ).where(Measurement.coachee_id == coachee_id)
    if start is not None:
        measurement_query = measurement_query.where(Measurement.taken_on >= start)
    if end is not None:
        measurement_query = measurement_query.where(Measurement.taken_on <= end)
    measurement_query = measurement_query.order_by(Measurement.taken_on, Measurement.created_at)
    with vault.session() as s:
        name = s.execute(select(Coachee.name).where(Coachee.id == coachee_id)).scalar()
        if name is None:
            raise NotFound("That coachee no longer exists (it may have been erased).")
        goals = [
            _GoalRow(gid, title, weight, status, dict(levels or {}), created_at)
            for gid, title, weight, status, levels, created_at in s.execute(
                select(
                    Goal.id, Goal.title, Goal.weight, Goal.status, Goal.gas_levels, Goal.created_at
                )
                .where(Goal.coachee_id == coachee_id)
                .order_by(Goal.created_at, Goal.id)
            )
        ]
        rows = list(s.execute(measurement_query).all())
        experiments = s.execute(
            select(
                Experiment.title,
                Experiment.prediction,
                Experiment.learning,
                Experiment.decision,
                Experiment.created_at,
                agreed.started_at,
            )
            .outerjoin(agreed, agreed.id == Experiment.agreed_in_session_id)
            .where(Experiment.coachee_id == coachee_id)
        ).all()
        markers = _markers(experiments, start, end)
        settings = dict(
            s.execute(
                select(Setting.key, Setting.value).where(
                    Setting.key.in_([REFERENCE_VALUES_KEY, CUSTOM_METRICS_KEY])
                )
            ).all()
        )
        session_query = select(CoachingSession.started_at).where(
            CoachingSession.coachee_id == coachee_id
        )
        activity = {when.date() for when in s.scalars(session_query)}
        activity.update(row[2] for row in rows)
        return _Loaded(name, goals, rows, markers, settings, tuple(sorted(activity)))


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
    refs = _parse_references(settings.get(REFERENCE_VALUES_KEY))
    instruments = {
        key: _with_references(get_instrument(key), refs)
        for key in ("confidence", "gas", "gse", "empowerment", "psych_safety")
    }
    buckets = _Buckets.collect(rows, [sub.key for sub in instruments["empowerment"].subscales])
    counts = buckets.goal_counts()
    charted = _choose_chart_goals(goals, counts)
    titles = {goal.id: goal.title for goal in goals}

    def series(key: str, instrument: Instrument, points: list[Point], **kw: Any) -> Series:
        built = build_series(key, instrument, points, max_gap_days=max_gap_days, **kw)
        return dataclasses.replace(
            built, segments=split_at_pauses(built.points, activity, max_gap_days)
        )

    goal_of_series: dict[str, str] = {}
    confidence: list[Series] = []
    if buckets.confidence.get(None):
        confidence.append(
            series(
                "confidence",
                instruments["confidence"],
                buckets.confidence[None],
                name="Confidence (overall)",
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
    days = [row[2] for row in rows] + [marker.date for marker in markers]
    return ProgressData(
        coachee_id=coachee_id,
        coachee_name=name,
        goals=_goal_progress(goals, buckets, counts, charted),
        confidence=tuple(confidence),
        gas_levels=tuple(gas_levels),
        gas_t=series("gas:t", instruments["gas"], t_points, name="GAS T-score (all goals)")
        if t_points
        else None,
        gse=series("gse", instruments["gse"], buckets.gse) if buckets.gse else None,
        empowerment=tuple(
            series(f"empowerment:{sub.key}", empowerment, points, subscale=sub.key)
            for sub in empowerment.subscales
            if (points := buckets.empowerment.get(sub.key))
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
    try:
        metrics = _parse_custom_metrics(raw)
    except ValidationError:
        metrics = []
    for metric in metrics:
        if metric.key == key:
            return metric.instrument()
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
    for title, prediction, learning, decision, created_at, agreed_at in experiments:
        when = agreed_at or created_at
        day = when.date() if isinstance(when, datetime) else when
        if day is None or not _in_period(day, start, end):
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


# --------------------------------------------------------------------------- dashboard


def dashboard_rows(
    vault: Vault, *, today: date, weeks_without_session: int = 4
) -> list[DashboardRow]:
    """One row per active coachee, most recently seen first (never-seen ones last).

    Flags: no session in ``weeks_without_session`` weeks (or none yet, once the coaching began
    that long ago), overdue experiments, and a reliable drop on a multi-item scale (only where
    reference SD and reliability are stored; see :func:`reference_values`).
    """
    with vault.session() as s:
        coachees = s.execute(
            select(
                Coachee.id,
                Coachee.name,
                Coachee.organisation,
                Coachee.role,
                Coachee.started_on,
                Coachee.created_at,
            ).where(Coachee.status == "active")
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
        stored = {
            key: value
            for key, value in s.execute(
                select(Setting.key, Setting.value).where(Setting.key == REFERENCE_VALUES_KEY)
            )
        }
        refs = _parse_references(stored.get(REFERENCE_VALUES_KEY))
        drop_scales = _drop_scales(refs)
        wanted = ["confidence", *sorted({key for key, _sub, _i in drop_scales})]
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

    open_count: dict[str, int] = defaultdict(int)
    overdue_count: dict[str, int] = defaultdict(int)
    for cid, due_on in open_experiments:
        open_count[cid] += 1
        if due_on is not None and due_on < today:
            overdue_count[cid] += 1

    confidence: dict[str, dict[date, list[float]]] = defaultdict(lambda: defaultdict(list))
    scale_values: dict[tuple[str, str, str | None], list[float]] = defaultdict(list)
    for cid, instrument, taken_on, value, scores in measurements:
        if instrument == "confidence":
            confidence[cid][taken_on].append(value)
            continue
        for key, sub, _instr in drop_scales:
            if key != instrument:
                continue
            if sub is None:
                scale_values[(cid, key, None)].append(value)
            elif sub in (scores or {}):
                scale_values[(cid, key, sub)].append(float(scores[sub]))

    limit = timedelta(weeks=weeks_without_session)
    rows: list[DashboardRow] = []
    for cid, name, organisation, role, started_on, created_at in coachees:
        last_at = last_sessions.get(cid)
        last_on = last_at.date() if last_at else None
        days_since = (today - last_on).days if last_on else None
        flags: list[DashboardFlag] = []
        if last_on is not None and today - last_on > limit:
            flags.append(
                DashboardFlag("no_recent_session", f"no session in {days_since // 7} weeks")
            )
        elif last_on is None:
            began = started_on or (created_at.date() if created_at else today)
            if today - began > limit:
                flags.append(DashboardFlag("no_recent_session", "no session yet"))
        if overdue_count[cid]:
            n = overdue_count[cid]
            flags.append(
                DashboardFlag(
                    "overdue_experiments", f"{n} overdue experiment{'s' if n != 1 else ''}"
                )
            )
        # Built-in definitions store no reference SD/reliability yet, so this flag only ever
        # appears once the coach has entered values (with their source) from a manual.
        for key, sub, instrument in drop_scales:
            values = scale_values.get((cid, key, sub))
            if not values or len(values) < 2:
                continue
            reference = instrument.subscale(sub).reference if sub else instrument.reference
            change = reliable_change(values[0], values[-1], reference.sd, reference.reliability)
            if change == "declined":
                label = instrument.subscale(sub).label if sub else instrument.short_name
                flags.append(DashboardFlag("reliable_drop", f"reliable drop: {label}"))
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
                days_since=days_since,
                open_experiments=open_count[cid],
                overdue_experiments=overdue_count[cid],
                sparkline=sparkline,
                flags=tuple(flags),
            )
        )
    rows.sort(key=lambda r: (r.days_since is None, r.days_since or 0, r.name.casefold()))
    return rows


def _drop_scales(
    refs: Mapping[str, ReferenceValues],
) -> list[tuple[str, str | None, Instrument]]:
    """(instrument key, subscale, definition) of each own-progress scale with complete references.

    Psychological safety is left out: it describes the team, not the coachee's progress.
    """
    scales: list[tuple[str, str | None, Instrument]] = []
    for key in ("gse", "empowerment"):
        instrument = _with_references(get_instrument(key), refs)
        if instrument.subscales:
            scales.extend(
                (key, sub.key, instrument) for sub in instrument.subscales if sub.reference.complete
            )
        elif instrument.reference.complete:
            scales.append((key, None, instrument))
    return scales


# --------------------------------------------------------------------------- learning log


def learning_log(
    vault: Vault,
    *,
    coachee_id: str | None = None,
    decision: str | None = None,
    goal_id: str | None = None,
) -> list[LearningEntry]:
    """Experiments that have been reviewed (an outcome, a learning or a decision), newest first.

    Args:
        coachee_id: one coachee, or None for everyone.
        decision: ``adopt``, ``adapt``, ``abandon``, ``undecided`` (no decision yet), or None.
        goal_id: only experiments linked to this goal.

    Raises:
        ValidationError: an unknown decision.
    """
    if decision is not None and decision not in (*EXPERIMENT_DECISIONS, "undecided"):
        raise ValidationError(
            f"Decision must be one of: {', '.join(EXPERIMENT_DECISIONS)}, undecided."
        )
    agreed = aliased(CoachingSession)
    reviewed = aliased(CoachingSession)
    query = (
        select(Experiment, Coachee.name, Goal.title, agreed.started_at, reviewed.started_at)
        .join(Coachee, Coachee.id == Experiment.coachee_id)
        .outerjoin(Goal, Goal.id == Experiment.goal_id)
        .outerjoin(agreed, agreed.id == Experiment.agreed_in_session_id)
        .outerjoin(reviewed, reviewed.id == Experiment.reviewed_in_session_id)
        .where(
            (Experiment.learning != "")
            | (Experiment.outcome != "")
            | Experiment.decision.is_not(None)
        )
    )
    if coachee_id is not None:
        query = query.where(Experiment.coachee_id == coachee_id)
    if goal_id is not None:
        query = query.where(Experiment.goal_id == goal_id)
    if decision == "undecided":
        query = query.where(Experiment.decision.is_(None))
    elif decision is not None:
        query = query.where(Experiment.decision == decision)
    entries: list[LearningEntry] = []
    with vault.session() as s:
        for experiment, coachee_name, goal_title, agreed_at, reviewed_at in s.execute(query):
            logged = reviewed_at or experiment.updated_at or experiment.created_at
            entries.append(
                LearningEntry(
                    experiment_id=experiment.id,
                    coachee_id=experiment.coachee_id,
                    coachee_name=coachee_name,
                    goal_id=experiment.goal_id,
                    goal_title=goal_title or "",
                    title=experiment.title,
                    prediction=experiment.prediction,
                    outcome=experiment.outcome,
                    learning=experiment.learning,
                    decision=experiment.decision,
                    status=experiment.status,
                    agreed_on=agreed_at.date() if agreed_at else None,
                    due_on=experiment.due_on,
                    logged_on=logged.date(),
                )
            )
    entries.sort(key=lambda e: (e.logged_on, e.title), reverse=True)
    return entries
