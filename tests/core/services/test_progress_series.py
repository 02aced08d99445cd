"""Chart rules: what a progress series may show, checked on constructed series."""

from __future__ import annotations

import dataclasses
import math
from datetime import date, datetime, timedelta
from itertools import pairwise

import pytest
from hypothesis import given
from hypothesis import strategies as st

from coach_app.instruments.definitions import (
    ReferenceValues,
    custom_instrument,
    get_instrument,
)
from coach_app.services.progress_series import (
    DEFAULT_MAX_GAP_DAYS,
    GAS_REFERENCE_LINE,
    ExperimentMarker,
    Point,
    build_series,
    caption,
    descriptive_slope,
    find_shifts,
    find_trends,
    gas_reference_line,
    measurement_error_band,
    reliable_change,
    s_diff,
    split_segments,
)

START = date(2025, 1, 4)
KNOWN = ReferenceValues(sd=4.0, reliability=0.8, source="test fixture, not a published value")
# S_diff = √2 · 4 · √0.2 = 4·√0.4 = 2.52982; 1.96 · S_diff = 4.95845
HALF_WIDTH = 4.95845


def pts(values, step_days: int = 14, start: date = START) -> list[Point]:
    return [Point(start + timedelta(days=i * step_days), float(v)) for i, v in enumerate(values)]


def with_reference(key: str, reference: ReferenceValues = KNOWN):
    return dataclasses.replace(get_instrument(key), reference=reference)


# --------------------------------------------------------------------------- band


def test_band_is_baseline_plus_minus_1_96_s_diff_when_sd_and_r_are_stored() -> None:
    series = build_series("gse", with_reference("gse"), pts([20, 22, 25]))
    assert series.baseline == 20.0
    assert series.band is not None
    low, high = series.band
    assert low == pytest.approx(20 - HALF_WIDTH, abs=1e-4)
    assert high == pytest.approx(20 + HALF_WIDTH, abs=1e-4)


def test_band_is_around_the_first_value_by_date_not_the_first_given() -> None:
    given_order = [Point(START + timedelta(days=30), 30.0), Point(START, 20.0)]
    series = build_series("gse", with_reference("gse"), given_order)
    assert series.baseline == 20.0
    assert series.band is not None
    assert sum(series.band) / 2 == pytest.approx(20.0)


def test_no_band_without_stored_reference_values() -> None:
    # The shipped definitions store no SD/reliability, so the shipped chart draws no band.
    assert build_series("gse", get_instrument("gse"), pts([20, 22])).band is None


@pytest.mark.parametrize(
    "reference",
    [
        ReferenceValues(sd=4.0, reliability=None, source="x"),
        ReferenceValues(sd=None, reliability=0.8, source="x"),
    ],
)
def test_no_band_with_only_one_of_sd_and_reliability(reference) -> None:
    series = build_series("gse", with_reference("gse", reference), pts([20, 22]))
    assert series.band is None


@pytest.mark.parametrize("key", ["confidence", "gas"])
def test_never_a_band_for_single_ratings_or_gas_even_with_reference_values(key: str) -> None:
    series = build_series(key, with_reference(key), pts([5, 6, 7]))
    assert series.band is None


def test_never_a_band_for_a_custom_metric() -> None:
    sleep = dataclasses.replace(custom_instrument("custom:sleep", "Sleep", 0, 12), reference=KNOWN)
    assert build_series("sleep", sleep, pts([6, 7])).band is None


def test_no_band_without_points() -> None:
    series = build_series("gse", with_reference("gse"), [])
    assert series.baseline is None
    assert series.band is None
    assert series.segments == ()


def test_subscale_series_uses_the_subscale_reference() -> None:
    empowerment = get_instrument("empowerment")
    meaning = dataclasses.replace(empowerment.subscales[0], reference=KNOWN)
    instrument = dataclasses.replace(
        empowerment,
        subscales=(meaning, *empowerment.subscales[1:]),
        reference=ReferenceValues(),
    )
    with_band = build_series("e:m", instrument, pts([4, 5]), subscale="meaning")
    assert with_band.band == pytest.approx((4 - HALF_WIDTH, 4 + HALF_WIDTH), abs=1e-4)
    assert with_band.name == "Empowerment: Meaning"
    assert with_band.subscale == "meaning"
    assert with_band.scale == (1, 7)
    assert build_series("e:c", instrument, pts([4, 5]), subscale="competence").band is None


def test_unknown_subscale_is_an_error() -> None:
    with pytest.raises(KeyError):
        build_series("x", get_instrument("empowerment"), pts([4]), subscale="autonomy")


def test_s_diff_and_band_by_hand() -> None:
    # √2 · 5 · √(1 − 0.84) = √2 · 5 · 0.4 = 2.828427
    assert s_diff(5.0, 0.84) == pytest.approx(2.828427, abs=1e-6)
    assert measurement_error_band(10.0, 5.0, 0.84) == pytest.approx(
        (10 - 1.96 * 2.828427, 10 + 1.96 * 2.828427), abs=1e-5
    )


@pytest.mark.parametrize(("sd", "r"), [(0.0, 0.8), (-1.0, 0.8), (4.0, 1.0), (4.0, -0.1)])
def test_s_diff_rejects_impossible_reference_values(sd: float, r: float) -> None:
    with pytest.raises(ValueError):
        s_diff(sd, r)


# --------------------------------------------------------------------------- reliable change


def test_reliable_change_is_none_without_reference_values() -> None:
    assert reliable_change(20, 35, None, 0.8) is None
    assert reliable_change(20, 35, 4.0, None) is None


@pytest.mark.parametrize(
    ("latest", "flag"),
    [
        (25.0, "improved"),
        (24.9, "within_error"),
        (20.0, "within_error"),
        (15.1, "within_error"),
        (15.0, "declined"),
    ],
)
def test_reliable_change_flags(latest: float, flag: str) -> None:
    # baseline 20, half width 4.958: band 15.04 … 24.96
    assert reliable_change(20.0, latest, 4.0, 0.8) == flag


@given(
    st.floats(min_value=10, max_value=40),
    st.floats(min_value=10, max_value=40),
    st.floats(min_value=0.5, max_value=10),
    st.floats(min_value=0, max_value=0.99),
)
def test_reliable_change_agrees_with_the_band(baseline, latest, sd, r) -> None:
    low, high = measurement_error_band(baseline, sd, r)
    flag = reliable_change(baseline, latest, sd, r)
    assert (flag == "within_error") == (low <= latest <= high)
    assert (flag == "improved") == (latest > high)


# --------------------------------------------------------------------------- under five points


@pytest.mark.parametrize("count", [0, 1, 2, 3, 4])
def test_no_median_signals_or_slope_under_five_points(count: int) -> None:
    rising = list(range(10, 10 + count))  # steadily rising: would be tempting to call a trend
    series = build_series("c", get_instrument("confidence"), pts(rising, 7))
    assert series.median is None
    assert series.signals == ()
    assert series.slope is None


def test_five_points_get_a_median_and_a_descriptive_slope() -> None:
    series = build_series("c", get_instrument("confidence"), pts([3, 7, 4, 6, 5], 7))
    assert series.median == 5.0
    assert series.slope is not None
    assert series.slope.descriptive is True
    assert series.signals == ()


# --------------------------------------------------------------------------- shifts


def test_shift_of_six_above_the_median_is_detected() -> None:
    # sorted: 3 3 3 4 4 5 7 7 7 8 8 8 → median (5 + 7) / 2 = 6
    # points 5..10 (7 8 7 8 7 8) are six in a row above 6; points 0..4 are only five below.
    values = [3, 4, 3, 4, 3, 7, 8, 7, 8, 7, 8, 5]
    series = build_series("c", get_instrument("confidence"), pts(values))
    assert series.median == 6.0
    shifts = [s for s in series.signals if s.kind == "shift"]
    assert len(shifts) == 1
    shift = shifts[0]
    assert (shift.direction, shift.start_index, shift.end_index, shift.length) == (
        "above",
        5,
        10,
        6,
    )
    assert shift.start_date == START + timedelta(days=5 * 14)
    assert shift.end_date == START + timedelta(days=10 * 14)


def test_shift_below_the_median() -> None:
    shifts = find_shifts(pts([9, 2, 3, 2, 1, 2, 3, 9]), median=5.0)
    assert [(s.direction, s.start_index, s.end_index) for s in shifts] == [("below", 1, 6)]


def test_five_on_one_side_is_no_shift() -> None:
    assert find_shifts(pts([6, 6, 6, 6, 6, 4, 6]), median=5.0) == ()


def test_points_on_the_median_neither_break_nor_count() -> None:
    # six above with one on the median in between → still a shift, of length 6
    shifts = find_shifts(pts([6, 7, 6, 5, 7, 6, 8]), median=5.0)
    assert [(s.start_index, s.end_index, s.length) for s in shifts] == [(0, 6, 6)]
    # five above with one on the median → the median point does not make it six
    assert find_shifts(pts([6, 7, 5, 6, 7, 6]), median=5.0) == ()


def test_a_point_on_the_other_side_breaks_a_shift() -> None:
    assert find_shifts(pts([6, 6, 6, 4, 6, 6, 6]), median=5.0) == ()


def test_two_shifts_in_one_series() -> None:
    values = [1] * 6 + [9] * 7
    shifts = find_shifts(pts(values), median=5.0)
    assert [(s.direction, s.start_index, s.end_index) for s in shifts] == [
        ("below", 0, 5),
        ("above", 6, 12),
    ]


# --------------------------------------------------------------------------- trends


def test_five_rising_is_a_trend() -> None:
    series = build_series("c", get_instrument("confidence"), pts([2, 3, 5, 6, 8]))
    trends = [s for s in series.signals if s.kind == "trend"]
    assert [(t.direction, t.start_index, t.end_index, t.length) for t in trends] == [
        ("rising", 0, 4, 5)
    ]


def test_four_rising_is_no_trend() -> None:
    assert find_trends(pts([2, 3, 5, 6])) == ()
    series = build_series("c", get_instrument("confidence"), pts([5, 2, 3, 5, 6, 4]))
    assert [s for s in series.signals if s.kind == "trend"] == []


def test_five_falling_is_a_trend() -> None:
    trends = find_trends(pts([9, 8, 6, 5, 1]))
    assert [(t.direction, t.start_index, t.end_index) for t in trends] == [("falling", 0, 4)]


def test_a_tie_breaks_a_trend() -> None:
    # 1 2 3 3 4 5: runs 1-2-3 and 3-4-5, three points each
    assert find_trends(pts([1, 2, 3, 3, 4, 5])) == ()
    # after a tie a fresh run of five still counts: 3 3 4 5 6 7 → 3..7 rising from index 1
    trends = find_trends(pts([3, 3, 4, 5, 6, 7]))
    assert [(t.start_index, t.end_index) for t in trends] == [(1, 5)]


def test_a_peak_ends_one_trend_and_starts_the_next() -> None:
    trends = find_trends(pts([1, 2, 3, 4, 5, 4, 3, 2, 1]))
    assert [(t.direction, t.start_index, t.end_index) for t in trends] == [
        ("rising", 0, 4),
        ("falling", 4, 8),
    ]


def test_shift_and_trend_together_ordered_by_start() -> None:
    # 16 values, median (3 + 4) / 2 = 3.5: indices 0..7 (1×6, 2, 3) are eight below,
    # indices 8..15 (4, 5, 6×6) eight above, and 1-2-3-4-5-6 (indices 5..10) rise six in a row.
    values = [1, 1, 1, 1, 1, 1, 2, 3, 4, 5, 6, 6, 6, 6, 6, 6]
    series = build_series("c", get_instrument("confidence"), pts(values))
    assert series.median == 3.5
    assert [(s.kind, s.direction, s.start_index, s.end_index) for s in series.signals] == [
        ("shift", "below", 0, 7),
        ("trend", "rising", 5, 10),
        ("shift", "above", 8, 15),
    ]


# --------------------------------------------------------------------------- slope


def test_descriptive_slope_by_hand() -> None:
    # y = 10 + 0.5 · day on days 0, 7, 14, 21, 28
    points = [Point(START + timedelta(days=d), 10 + 0.5 * d) for d in (0, 7, 14, 21, 28)]
    slope = descriptive_slope(points)
    assert slope is not None
    assert slope.per_day == pytest.approx(0.5)
    assert slope.start_value == pytest.approx(10.0)
    assert slope.end_value == pytest.approx(24.0)
    assert (slope.start_date, slope.end_date) == (START, START + timedelta(days=28))
    assert slope.descriptive


def test_no_slope_when_all_points_share_a_day() -> None:
    assert descriptive_slope(pts([1, 2, 3, 4, 5], step_days=0)) is None


def test_no_slope_under_five_points() -> None:
    assert descriptive_slope(pts([1, 2, 3, 4])) is None


# --------------------------------------------------------------------------- gaps


def test_gaps_longer_than_the_threshold_split_segments() -> None:
    days = [0, 30, 90, 151, 160, 221]  # gaps: 30, 60, 61, 9, 61
    points = [Point(START + timedelta(days=d), float(i)) for i, d in enumerate(days)]
    segments = split_segments(points, DEFAULT_MAX_GAP_DAYS)
    assert [[p.value for p in seg] for seg in segments] == [[0, 1, 2], [3, 4], [5]]


def test_gap_threshold_is_configurable() -> None:
    points = pts([1, 2, 3], step_days=20)
    series = build_series("c", get_instrument("confidence"), points, max_gap_days=19)
    assert len(series.segments) == 3
    assert len(build_series("c", get_instrument("confidence"), points).segments) == 1


def test_max_gap_days_must_be_positive() -> None:
    with pytest.raises(ValueError):
        build_series("c", get_instrument("confidence"), pts([1]), max_gap_days=0)


@given(
    st.lists(st.tuples(st.integers(min_value=0, max_value=2000), st.integers(0, 10)), max_size=40),
    st.integers(min_value=1, max_value=120),
)
def test_segments_cover_every_point_and_never_span_a_gap(raw, max_gap) -> None:
    points = [Point(START + timedelta(days=d), float(v)) for d, v in raw]
    series = build_series("c", get_instrument("confidence"), points, max_gap_days=max_gap)
    flattened = [p for segment in series.segments for p in segment]
    assert flattened == list(series.points)
    assert [p.date for p in series.points] == sorted(p.date for p in points)
    for segment in series.segments:
        for before, after in pairwise(segment):
            assert (after.date - before.date).days <= max_gap
    for first, second in pairwise(series.segments):
        assert (second[0].date - first[-1].date).days > max_gap


@given(st.lists(st.integers(0, 10), max_size=30))
def test_signals_are_true_to_their_definitions(values) -> None:
    series = build_series("c", get_instrument("confidence"), pts(values))
    if len(values) < 5:
        assert series.signals == ()
        assert series.median is None
        return
    for signal in series.signals:
        run = [p.value for p in series.points[signal.start_index : signal.end_index + 1]]
        if signal.kind == "trend":
            assert len(run) >= 5
            steps = list(pairwise(run))
            if signal.direction == "rising":
                assert all(b > a for a, b in steps)
            else:
                assert all(b < a for a, b in steps)
        else:
            counted = [v for v in run if v != series.median]
            assert len(counted) == signal.length >= 6
            if signal.direction == "above":
                assert all(v > series.median for v in counted)
            else:
                assert all(v < series.median for v in counted)


# --------------------------------------------------------------------------- labels and extras


def test_label_names_source_points_range_instrument_and_version() -> None:
    days = [0, 30, 60, 100, 150, 200, 320]
    points = [Point(START + timedelta(days=d), 25.0) for d in days]
    series = build_series("gse", get_instrument("gse"), points)
    assert series.label == "self-reported · 7 points · 2025-01-04 – 2025-11-20 · GSE v1"


def test_label_for_one_and_no_points() -> None:
    gse = get_instrument("gse")
    assert caption(pts([25]), gse) == "self-reported · 1 point · 2025-01-04 · GSE v1"
    assert caption([], gse) == "self-reported · no points · GSE v1"
    assert caption(pts([25]), gse, "coach-rated").startswith("coach-rated · ")


def test_series_carries_instrument_identity_and_scale() -> None:
    series = build_series("gse", get_instrument("gse"), pts([20, 22]))
    assert (series.instrument_key, series.instrument_version) == ("gse", 1)
    assert series.scale == (10.0, 40.0)
    assert series.unit == "sum"
    assert series.name == "GSE"
    assert series.reference_line is None
    assert not series.context_only


def test_gas_series_has_the_as_expected_line_and_no_fixed_scale() -> None:
    series = build_series("goal:1", get_instrument("gas"), pts([40, 50, 60]))
    assert gas_reference_line == GAS_REFERENCE_LINE == 50.0
    assert series.reference_line == 50.0
    assert series.scale is None
    assert series.unit == "T-score"


def test_psych_safety_series_is_marked_as_context() -> None:
    series = build_series("ps", get_instrument("psych_safety"), pts([5, 6]))
    assert series.context_only
    assert series.context_label == "team climate as the coachee sees it"


def test_points_accept_tuples_and_datetimes() -> None:
    series = build_series(
        "c",
        get_instrument("confidence"),
        [(datetime(2025, 3, 1, 15, 30), 6), (date(2025, 2, 1), 5)],
    )
    assert series.points == (Point(date(2025, 2, 1), 5.0), Point(date(2025, 3, 1), 6.0))


@pytest.mark.parametrize("bad", [math.nan, math.inf, "5", None, True])
def test_points_need_finite_numbers(bad) -> None:
    with pytest.raises(ValueError):
        build_series("c", get_instrument("confidence"), [(START, bad)])


def test_explicit_scale_and_name_override_the_defaults() -> None:
    series = build_series(
        "goal:1", get_instrument("gas"), pts([50]), name="Goal: delegate", scale=(20.0, 80.0)
    )
    assert series.name == "Goal: delegate"
    assert series.scale == (20.0, 80.0)


def test_experiment_marker_is_a_frozen_value() -> None:
    marker = ExperimentMarker(
        date=START,
        title="Say no to one meeting a week",
        prediction="I will feel guilty",
        learning="Nobody minded",
        decision="adopt",
    )
    assert marker.decision == "adopt"
    with pytest.raises(dataclasses.FrozenInstanceError):
        marker.title = "changed"  # type: ignore[misc]


@pytest.mark.parametrize("bad", [math.nan, math.inf, -math.inf])
def test_given_points_need_finite_numbers_too(bad) -> None:
    # Points are passed on as given when they are already a day and a finite number.
    with pytest.raises(ValueError):
        build_series("c", get_instrument("confidence"), [Point(START, bad)])


def test_given_points_are_made_days_and_floats() -> None:
    given = [
        Point(datetime(2025, 3, 1, 15, 30), 6.0),  # type: ignore[arg-type]
        Point(date(2025, 2, 1), 5),  # type: ignore[arg-type]
        Point(date(2025, 4, 1), 7.0),
    ]
    series = build_series("c", get_instrument("confidence"), given)
    assert series.points == (Point(date(2025, 2, 1), 5.0), Point(date(2025, 3, 1), 6.0), given[2])
    assert all(type(point.date) is date and type(point.value) is float for point in series.points)


def test_segments_break_at_pauses_when_the_activity_is_given() -> None:
    points = pts([5, 6, 7, 8], step_days=120)
    # Sessions every fortnight between the first three points; none before the last.
    activity = sorted(
        {point.date for point in points}
        | {START + timedelta(days=day) for day in range(0, 240, 14)}
    )
    apart = build_series("c", get_instrument("confidence"), points)
    assert [len(segment) for segment in apart.segments] == [1, 1, 1, 1]
    joined = build_series("c", get_instrument("confidence"), points, activity=activity)
    assert [len(segment) for segment in joined.segments] == [3, 1]
