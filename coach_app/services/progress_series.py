"""Chart rules for the progress chart: plain series the chart widget only has to draw.

A progress chart must not claim more than the data can say (see ``docs/instruments.md``). Every rule
that decides what may be drawn lives here, as pure functions over ``(date, value)`` points and an
instrument definition, so it is tested without a database, Qt or matplotlib:

* **Gaps.** Points further apart than ``max_gap_days`` start a new segment; the drawer draws each
  segment as its own line and never connects across a gap.
  With the coachee's session days at hand (:func:`split_at_pauses`), only a pause in the coaching
  itself splits a line.
* **Baseline.** The first value. For a multi-item scale whose definition stores a reference SD
  *and* reliability (with their source), a band baseline ± 1.96·S_diff, where
  S_diff = √2·SD·√(1 − r) (Jacobson & Truax). Never a band for single ratings, GAS or custom
  metrics, and none when either value is unknown.
* **Run-chart signals** only from 5 points on, with the median of all points:
  a *shift* is 6 or more consecutive points strictly on one side of the median (points exactly
  on the median neither break nor count toward a run); a *trend* is 5 or more consecutive points
  each strictly higher (or each strictly lower) than the one before. A tie between neighbours
  breaks a trend: the quality-improvement literature sometimes skips ties instead, but breaking
  the run is the more conservative reading and so claims less. Signals look at the order of the
  measurements; gaps in time do not break them.
* **Slope.** A least-squares slope per day, again only from 5 points, always flagged descriptive.
* **Label.** "self-reported · 7 points · 2025-01-04 – 2025-11-20 · GSE v1".

Every score the app produces is higher-is-better, which :func:`reliable_change` relies on.
"""

from __future__ import annotations

import bisect
import functools
import math
import statistics
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from itertools import pairwise
from typing import Final, Literal

from coach_app.i18n import _, ngettext
from coach_app.instruments.definitions import Instrument, ReferenceValues

#: Points further apart than this many days are drawn as separate segments.
DEFAULT_MAX_GAP_DAYS: Final = 60
#: No median, signals or slope below this many points.
MIN_POINTS_FOR_TREND: Final = 5
#: Consecutive points on one side of the median that make a shift.
SHIFT_RUN: Final = 6
#: Consecutive points each rising (or each falling) that make a trend.
TREND_RUN: Final = 5
#: Two-sided 95 % criterion of the reliable change index.
RELIABLE_CHANGE_Z: Final = 1.96

#: GAS T-score drawn as the "as expected" line.
GAS_REFERENCE_LINE: Final = 50.0
gas_reference_line: Final = GAS_REFERENCE_LINE  # the name the issue uses

ChangeFlag = Literal["improved", "declined", "within_error"]
Decision = Literal["adopt", "adapt", "abandon"]

_UNITS: Final = {
    "number": "rating",
    "gas_t_score": "T-score",
    "gse_sum": "sum",
    "empowerment_subscale_means": "mean",
    "psych_safety_mean": "mean",
    "checkin_ratings": "rating",
}


@dataclass(frozen=True)
class Point:
    """One measurement on the calendar axis."""

    date: date
    value: float


@dataclass(frozen=True)
class Signal:
    """A run-chart signal over ``points[start_index..end_index]`` (both ends included).

    Attributes:
        kind: "shift" (run on one side of the median) or "trend" (run rising or falling).
        direction: "above"/"below" for a shift, "rising"/"falling" for a trend.
        start_index: index of the first point of the run in ``Series.points``.
        end_index: index of the last point of the run in ``Series.points``.
        start_date: date of the first point.
        end_date: date of the last point.
        length: points that count toward the run (for a shift, points on the median inside
            the range are not counted).
    """

    kind: Literal["shift", "trend"]
    direction: Literal["above", "below", "rising", "falling"]
    start_index: int
    end_index: int
    start_date: date
    end_date: date
    length: int


@dataclass(frozen=True)
class Slope:
    """A least-squares line through a series; descriptive only, never a forecast.

    The drawer draws it dashed from (start_date, start_value) to (end_date, end_value).
    """

    per_day: float
    start_date: date
    start_value: float
    end_date: date
    end_value: float
    descriptive: bool = True


@dataclass(frozen=True)
class Series:
    """Everything the chart draws for one line.

    Attributes:
        key: stable identifier chosen by the caller, e.g. ``"empowerment:meaning"``.
        name: legend text, e.g. "Empowerment: Meaning".
        label: the honesty caption: source, number of points, date range, instrument and version.
        instrument_key: key of the instrument the values come from.
        instrument_version: version of that instrument's definition.
        subscale: subscale key when the series is one subscale of the instrument.
        unit: what a value is ("sum", "mean", "rating", "T-score").
        scale: lowest and highest possible value, or None when unbounded (GAS T-scores).
        points: the measurements, sorted by date.
        segments: ``points`` split at gaps longer than the threshold; draw each separately.
        baseline: the first value, or None without points.
        band: (low, high) measurement-error band around the baseline, or None.
        median: median of all values from 5 points on, else None.
        reference_line: a fixed horizontal line (T = 50 "as expected" for GAS), or None.
        context_only: True when the series is context (team climate), not the coachee's progress.
        context_label: how to label context, e.g. "team climate as the coachee sees it".
    """

    key: str
    name: str
    label: str
    instrument_key: str
    instrument_version: int
    subscale: str | None
    unit: str
    scale: tuple[float, float] | None
    points: tuple[Point, ...]
    segments: tuple[tuple[Point, ...], ...]
    baseline: float | None
    band: tuple[float, float] | None
    median: float | None
    reference_line: float | None
    context_only: bool
    context_label: str | None

    # Worked out when first asked for, then kept on the (frozen) series: a chart shows them
    # for the series in focus only, and a coachee's first chart has a dozen series, none in
    # focus (finding them all up front was an eighth of loading the chart).
    @functools.cached_property
    def signals(self) -> tuple[Signal, ...]:
        """Run-chart shifts and trends from 5 points on (with ``median``), else empty."""
        if self.median is None:
            return ()
        return tuple(
            sorted(
                find_shifts(self.points, self.median) + find_trends(self.points),
                key=lambda signal: (signal.start_index, signal.kind),
            )
        )

    @functools.cached_property
    def slope(self) -> Slope | None:
        """The descriptive least-squares slope from 5 points on, else None."""
        return descriptive_slope(self.points)


@dataclass(frozen=True)
class ExperimentMarker:
    """An agreed experiment placed on the time axis; hover shows prediction and learning."""

    date: date
    title: str
    prediction: str | None
    learning: str | None
    decision: Decision | None


# --------------------------------------------------------------------------- measurement error


def s_diff(sd: float, reliability: float) -> float:
    """Standard error of the difference between two scores: √2 · SD · √(1 − r).

    Raises:
        ValueError: SD not positive, or reliability outside [0, 1).
    """
    if not math.isfinite(sd) or sd <= 0:
        raise ValueError(f"sd must be a positive number; got {sd!r}")
    if not math.isfinite(reliability) or not 0 <= reliability < 1:
        # r = 1 would make every change "reliable"; no published scale is that precise.
        raise ValueError(f"reliability must be at least 0 and below 1; got {reliability!r}")
    return math.sqrt(2) * sd * math.sqrt(1 - reliability)


def measurement_error_band(baseline: float, sd: float, reliability: float) -> tuple[float, float]:
    """Return baseline ± 1.96·S_diff, the band labelled "within measurement error"."""
    half_width = RELIABLE_CHANGE_Z * s_diff(sd, reliability)
    return (baseline - half_width, baseline + half_width)


def reliable_change(
    baseline: float, latest: float, sd: float | None, r: float | None
) -> ChangeFlag | None:
    """Classify the change from baseline to latest with the Jacobson & Truax index.

    The change counts as reliable when it leaves the band baseline ± 1.96·S_diff; a value on the
    edge of the band is still within error.

    Args:
        baseline: first score.
        latest: most recent score.
        sd: reference standard deviation of the scale, or None when not known.
        r: reference reliability of the scale, or None when not known.

    Returns:
        "improved" or "declined" for a reliable change (higher is better), "within_error"
        otherwise, or None when SD or reliability is unknown, so no flag may be shown.
    """
    if sd is None or r is None:
        return None
    low, high = measurement_error_band(baseline, sd, r)
    if latest > high:
        return "improved"
    if latest < low:
        return "declined"
    return "within_error"


# --------------------------------------------------------------------------- run-chart rules


def _same(a: float, b: float) -> bool:
    # Scores are means and prorated sums; compare with a tolerance so 4.1 stored as
    # 4.0999999 still counts as a tie or as "on the median".
    return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-9)


def split_segments(
    points: Sequence[Point], max_gap_days: int = DEFAULT_MAX_GAP_DAYS
) -> tuple[tuple[Point, ...], ...]:
    """Split date-sorted points where two neighbours are more than ``max_gap_days`` apart."""
    segments: list[tuple[Point, ...]] = []
    current: list[Point] = []
    for point in points:
        if current and (point.date - current[-1].date).days > max_gap_days:
            segments.append(tuple(current))
            current = []
        current.append(point)
    if current:
        segments.append(tuple(current))
    return tuple(segments)


def split_at_pauses(
    points: Sequence[Point], activity: Sequence[date], max_gap_days: int = DEFAULT_MAX_GAP_DAYS
) -> tuple[tuple[Point, ...], ...]:
    """Split date-sorted points where the coaching paused for more than ``max_gap_days``.

    docs/instruments.md asks for gaps "where there were no sessions": a GSE taken every quarter
    while sessions run every fortnight is one line, but two ratings either side of a
    three-month break in the coaching are not joined. ``activity`` holds the sorted days with
    a session or a measurement; without activity between two points, their own distance
    decides, exactly as :func:`split_segments` does.
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


def find_shifts(
    points: Sequence[Point], median: float, min_run: int = SHIFT_RUN
) -> tuple[Signal, ...]:
    """Find runs of at least ``min_run`` points strictly on one side of ``median``.

    Points on the median are skipped: they neither end a run nor count toward it.
    """
    signals: list[Signal] = []
    side: str | None = None
    start = last = count = 0

    def close() -> None:
        if side is not None and count >= min_run:
            signals.append(
                Signal(
                    kind="shift",
                    direction=side,  # type: ignore[arg-type]
                    start_index=start,
                    end_index=last,
                    start_date=points[start].date,
                    end_date=points[last].date,
                    length=count,
                )
            )

    for index, point in enumerate(points):
        if _same(point.value, median):
            continue
        point_side = "above" if point.value > median else "below"
        if point_side == side:
            count += 1
            last = index
            continue
        close()
        side, start, last, count = point_side, index, index, 1
    close()
    return tuple(signals)


def find_trends(points: Sequence[Point], min_run: int = TREND_RUN) -> tuple[Signal, ...]:
    """Find runs of at least ``min_run`` points each rising, or each falling.

    Equal neighbours break a run. One point can end a rising run and start a falling one.
    """
    signals: list[Signal] = []
    direction: str | None = None
    start = 0

    def close(end: int) -> None:
        if direction is not None and end - start + 1 >= min_run:
            signals.append(
                Signal(
                    kind="trend",
                    direction=direction,  # type: ignore[arg-type]
                    start_index=start,
                    end_index=end,
                    start_date=points[start].date,
                    end_date=points[end].date,
                    length=end - start + 1,
                )
            )

    for index in range(1, len(points)):
        before, now = points[index - 1].value, points[index].value
        step = None if _same(before, now) else ("rising" if now > before else "falling")
        if step is not None and step == direction:
            continue
        close(index - 1)
        direction, start = step, index - 1
    close(len(points) - 1)
    return tuple(signals)


def descriptive_slope(points: Sequence[Point]) -> Slope | None:
    """Least-squares slope per day through the points, or None below 5 points or on one day."""
    if len(points) < MIN_POINTS_FOR_TREND:
        return None
    origin = points[0].date
    xs = [(point.date - origin).days for point in points]
    ys = [point.value for point in points]
    mean_x = sum(xs) / len(xs)
    mean_y = sum(ys) / len(ys)
    spread = sum((x - mean_x) ** 2 for x in xs)
    if spread == 0:
        return None
    per_day = sum((x - mean_x) * (y - mean_y) for x, y in zip(xs, ys, strict=True)) / spread
    intercept = mean_y - per_day * mean_x
    return Slope(
        per_day=per_day,
        start_date=points[0].date,
        start_value=intercept + per_day * xs[0],
        end_date=points[-1].date,
        end_value=intercept + per_day * xs[-1],
        descriptive=True,
    )


# --------------------------------------------------------------------------- building a series


def _as_point(raw: Point | tuple[date, float]) -> Point:
    if (
        type(raw) is Point
        and type(raw.date) is date
        and type(raw.value) is float
        and math.isfinite(raw.value)
    ):
        return raw  # already a day and a finite number (and frozen): no copy needed
    if isinstance(raw, Point):
        when, value = raw.date, raw.value
    else:
        when, value = raw
    # The axis is calendar days; a measurement's time of day does not matter for the chart.
    if isinstance(when, datetime):
        when = when.date()
    if not isinstance(when, date):
        raise TypeError(f"a point needs a date; got {when!r}")
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise ValueError(f"a point needs a finite number; got {value!r}")
    return Point(date=when, value=float(value))


def caption(
    points: Sequence[Point], instrument: Instrument, source_label: str | None = None
) -> str:
    """Return the honesty caption of a series (``source_label`` None: "self-reported").

    Example: "self-reported · 7 points · 2025-01-04 – 2025-11-20 · GSE v1". The parts are
    joined by " · " and the last one is always "<short name> v<version>": the chart's panel
    captions rely on that to name the instruments of several series.
    """
    parts = [_("self-reported") if source_label is None else source_label]
    if not points:
        parts.append(_("no points"))
    else:
        parts.append(ngettext("{n} point", "{n} points", len(points)).format(n=len(points)))
        first, last = points[0].date.isoformat(), points[-1].date.isoformat()
        parts.append(first if len(points) == 1 else f"{first} – {last}")
    parts.append(f"{instrument.short_name} v{instrument.version}")
    return " · ".join(parts)


def _band_for(
    instrument: Instrument, reference: ReferenceValues, baseline: float | None
) -> tuple[float, float] | None:
    # Single ratings have no internal-consistency reliability: a band would pretend to a
    # precision the number does not have, so only multi-item scales ever get one.
    if baseline is None or instrument.kind != "multi_item" or not reference.complete:
        return None
    assert reference.sd is not None and reference.reliability is not None
    return measurement_error_band(baseline, reference.sd, reference.reliability)


def build_series(
    key: str,
    instrument: Instrument,
    points: Iterable[Point | tuple[date, float]],
    *,
    name: str | None = None,
    subscale: str | None = None,
    max_gap_days: int = DEFAULT_MAX_GAP_DAYS,
    source_label: str | None = None,
    scale: tuple[float, float] | None = None,
    activity: Sequence[date] | None = None,
) -> Series:
    """Apply the chart rules to one series of measurements.

    Args:
        key: identifier for the series, chosen by the caller.
        instrument: the definition the values come from (its reference values decide the band).
        points: ``(date, value)`` pairs or :class:`Point` values in any order. For GAS the values
            are T-scores; for a subscale series, the subscale means.
        name: legend text; defaults to the instrument's short name (and subscale label).
        subscale: key of the subscale the values belong to; its own reference values are used.
        max_gap_days: neighbours further apart than this start a new segment.
        source_label: who gave the values, first part of the caption (None: "self-reported").
        scale: value range for the axis; defaults to the subscale's response scale or the
            instrument's score range.
        activity: the sorted days with a session or a measurement: the segments then break
            only where the coaching paused (:func:`split_at_pauses`), not at every long gap.

    Raises:
        KeyError: ``subscale`` is not a subscale of the instrument.
        ValueError: a value is not a finite number, or ``max_gap_days`` is below 1.
    """
    if max_gap_days < 1:
        raise ValueError(f"max_gap_days must be at least 1; got {max_gap_days!r}")
    # sorted() is stable, so two measurements on one day keep the order they were given in.
    ordered = tuple(sorted((_as_point(raw) for raw in points), key=lambda point: point.date))

    reference = instrument.reference
    legend = instrument.short_name
    default_scale = instrument.score_range
    if subscale is not None:
        part = instrument.subscale(subscale)
        reference = part.reference
        legend = f"{instrument.short_name}: {part.label}"
        default_scale = (float(instrument.response_scale.min), float(instrument.response_scale.max))

    baseline = ordered[0].value if ordered else None
    enough = len(ordered) >= MIN_POINTS_FOR_TREND
    median = statistics.median(point.value for point in ordered) if enough else None

    return Series(
        key=key,
        name=name if name is not None else legend,
        label=caption(ordered, instrument, source_label),
        instrument_key=instrument.key,
        instrument_version=instrument.version,
        subscale=subscale,
        unit=_UNITS.get(instrument.scoring, "value"),
        scale=scale if scale is not None else default_scale,
        points=ordered,
        segments=split_segments(ordered, max_gap_days)
        if activity is None
        else split_at_pauses(ordered, activity, max_gap_days),
        baseline=baseline,
        band=_band_for(instrument, reference, baseline),
        median=median,
        reference_line=GAS_REFERENCE_LINE if instrument.kind == "gas" else None,
        context_only=instrument.context_only,
        context_label=instrument.context_label,
    )
