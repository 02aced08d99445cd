"""Progress use cases on a real (encrypted) vault: series, dashboard, learning log, recording."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import event

from coach_app.errors import NotFound, ValidationError
from coach_app.instruments import scoring
from coach_app.services import (
    assessments,
    coachees,
    dashboard,
    experiments,
    instrument_settings,
    learning_log,
    measurements,
    progress,
    sessions,
    settings,
)
from coach_app.services.progress_series import Point
from tests.helpers.progress_fixture import (
    ADA_START,
    EMPOWERMENT_ANSWERS,
    PAUSE_AFTER,
    TODAY,
    History,
    build_history,
)

GSE_REFERENCE = {"gse": {"sd": 4.0, "reliability": 0.85, "source": "test manual, p. 1"}}


@pytest.fixture
def history(vault) -> History:
    return build_history(vault)


def count_selects(vault):
    """Count SELECT statements on the vault's engine while the returned list is live."""
    seen: list[str] = []

    def before(conn, cursor, statement, parameters, context, executemany):
        if statement.lstrip().upper().startswith("SELECT"):
            seen.append(statement)

    event.listen(vault.engine, "before_cursor_execute", before)
    return seen, lambda: event.remove(vault.engine, "before_cursor_execute", before)


# --------------------------------------------------------------------------- progress data


def test_confidence_series_per_goal_labelled_with_the_goal_title(vault, history) -> None:
    data = progress.progress_data(vault, history.ada)
    by_key = data.series_by_key()
    delegate = by_key[f"confidence:{history.goal_delegate}"]
    speak = by_key[f"confidence:{history.goal_speak}"]
    assert delegate.name == "Delegate the weekly planning"
    assert speak.name == "Speak up in leadership meetings"
    assert len(delegate.points) == 12
    assert delegate.points[0] == Point(ADA_START, 3.0)
    assert delegate.label.startswith("self-reported · 12 points · 2024-01-08 – ")
    assert delegate.label.endswith("Confidence v1")
    assert data.goal_of_series[delegate.key] == history.goal_delegate


def test_a_pause_in_the_coaching_splits_every_series(vault, history) -> None:
    data = progress.progress_data(vault, history.ada)
    delegate = data.series_by_key()[f"confidence:{history.goal_delegate}"]
    assert [len(segment) for segment in delegate.segments] == [PAUSE_AFTER, 12 - PAUSE_AFTER]
    # GSE is taken every fourth session: no pause between the first two, a pause before the third.
    assert data.gse is not None
    assert [len(segment) for segment in data.gse.segments] == [2, 1]


def test_sparse_measures_stay_joined_while_sessions_go_on(vault) -> None:
    coachee = coachees.create_coachee(vault, name="Quarterly")
    start = date(2024, 1, 1)
    for week in range(0, 40, 2):
        day = start + timedelta(weeks=week)
        sessions.create_session(vault, coachee.id, started_at=f"{day.isoformat()}T10:00")
    for week in (0, 12, 24, 36):
        day = start + timedelta(weeks=week)
        assessments.record_assessment(vault, coachee.id, "gse", [3] * 10, taken_on=day)
    data = progress.progress_data(vault, coachee.id)
    assert data.gse is not None
    assert len(data.gse.segments) == 1  # 84 days apart, but sessions every fortnight between


def test_empowerment_subscales_are_four_separate_series(vault, history) -> None:
    data = progress.progress_data(vault, history.ada)
    keys = [series.key for series in data.empowerment]
    assert keys == [
        "empowerment:meaning",
        "empowerment:competence",
        "empowerment:self_determination",
        "empowerment:impact",
    ]
    expected = scoring.score_empowerment(EMPOWERMENT_ANSWERS).scores
    for series in data.empowerment:
        assert series.subscale == series.key.split(":")[1]
        assert series.points[0].value == pytest.approx(expected[series.subscale])
        assert series.scale == (1.0, 7.0)
    assert "empowerment" not in data.series_by_key()  # never one blended average


def test_gas_t_score_uses_the_latest_level_of_every_goal(vault, history) -> None:
    data = progress.progress_data(vault, history.ada)
    assert data.gas_t is not None
    assert data.gas_t.reference_line == 50.0
    first = data.gas_t.points[0]
    assert first.date == ADA_START
    assert first.value == pytest.approx(scoring.gas_t_score([-1, -1], [2, 1]))
    last = data.gas_t.points[-1]
    # Session 10 (index): delegate −1 + 10 // 4 = 1, speak −1 + 10 // 6 = 0; weights 2 and 1.
    assert last.value == pytest.approx(scoring.gas_t_score([1, 0], [2, 1]))
    assert data.current_t_score == pytest.approx(last.value)
    levels = {series.key: series for series in data.gas_levels}
    assert levels[f"gas:{history.goal_delegate}"].reference_line == 0.0
    assert levels[f"gas:{history.goal_delegate}"].scale == (-2, 2)
    goals = {goal.id: goal for goal in data.goals}
    assert goals[history.goal_delegate].latest_level == 1
    assert goals[history.goal_delegate].level_description(1) == "Team runs planning; Ada reviews"


def test_gas_t_points_score_every_date_and_skip_one_out_of_range(caplog) -> None:
    days = [ADA_START + timedelta(days=7 * n) for n in range(5)]
    rows = [
        (days[0], "a", -1.0),
        (days[0], "b", 0.0),
        (days[1], "a", 0.0),
        (days[2], "a", -1.0),  # back to the first date's levels: the same score again
        (days[3], "b", 7.0),  # edited outside the app: that date (and only it) is skipped
        (days[4], "b", 1.0),
    ]
    points = progress._gas_t_points(rows, {"a": 2})
    assert [point.date for point in points] == [days[0], days[1], days[2], days[4]]
    expected = [([-1, 0], [2, 1]), ([0, 0], [2, 1]), ([-1, 0], [2, 1]), ([-1, 1], [2, 1])]
    for point, (levels, weights) in zip(points, expected, strict=True):
        assert point.value == pytest.approx(scoring.gas_t_score(levels, weights))
    assert "out-of-range" in caplog.text


def test_psych_safety_is_context_only(vault, history) -> None:
    data = progress.progress_data(vault, history.ada)
    assert data.psych_safety is not None
    assert data.psych_safety.context_only
    assert data.psych_safety.context_label == "team climate as the coachee sees it"


def test_experiment_markers_sit_on_the_agreed_session_date(vault, history) -> None:
    data = progress.progress_data(vault, history.ada)
    days = history.session_days
    assert [marker.date for marker in data.markers] == [days[1], days[10], days[11]]
    adopted = data.markers[0]
    assert adopted.title == "Let Sam run one planning meeting"
    assert adopted.prediction == "The meeting will run over and miss two items."
    assert adopted.learning == "My worry was about control, not quality."
    assert adopted.decision == "adopt"
    assert data.markers[2].prediction is None  # empty text is "none", not ""
    assert data.date_range == (days[0], days[-1])


def test_period_filters_points_and_markers(vault, history) -> None:
    days = history.session_days
    data = progress.progress_data(vault, history.ada, start=days[4], end=days[9])
    assert all(days[4] <= p.date <= days[9] for series in data.series for p in series.points)
    assert [marker.date for marker in data.markers] == []
    assert data.first_date == days[4]
    assert data.last_date == days[9]


def test_progress_data_reads_each_table_once(vault, history) -> None:
    seen, stop = count_selects(vault)
    try:
        progress.progress_data(vault, history.ada)
    finally:
        stop()
    # coachee, goals, measurements, experiments (+agreed session), settings, session days
    assert len(seen) <= 6


def test_no_band_for_built_ins_without_reference_values(vault, history) -> None:
    data = progress.progress_data(vault, history.ada)
    assert all(series.band is None for series in data.series)


def test_band_appears_with_sd_reliability_and_source(vault, history) -> None:
    instrument_settings.set_reference_values(vault, GSE_REFERENCE)
    data = progress.progress_data(vault, history.ada)
    assert data.gse is not None and data.gse.band is not None
    low, high = data.gse.band
    assert low < data.gse.baseline < high
    others = [s for s in data.series if s.key != "gse"]
    assert all(series.band is None for series in others)


def test_reference_values_need_a_source_and_a_multi_item_scale(vault) -> None:
    with pytest.raises(ValidationError, match="source"):
        instrument_settings.set_reference_values(vault, {"gse": {"sd": 4.0, "reliability": 0.85}})
    with pytest.raises(ValidationError, match="source"):
        instrument_settings.set_reference_values(
            vault, {"gse": {"sd": 4.0, "reliability": 0.85, "source": "  "}}
        )
    with pytest.raises(ValidationError, match="multi-item"):
        instrument_settings.set_reference_values(
            vault, {"confidence": {"sd": 2.0, "reliability": 0.8, "source": "x"}}
        )
    with pytest.raises(ValidationError, match="reliability"):
        instrument_settings.set_reference_values(
            vault, {"gse": {"sd": 4.0, "reliability": 1.0, "source": "x"}}
        )
    assert instrument_settings.reference_values(vault) == {}


def test_incomplete_stored_reference_values_draw_no_band(vault, history) -> None:
    # Written around the validation, as an old version or a hand edit might have done.
    settings.set_setting(vault, "reference_values", {"gse": {"sd": 4.0, "reliability": 0.85}})
    data = progress.progress_data(vault, history.ada)
    assert data.gse is not None and data.gse.band is None


def test_subscale_reference_values_band_only_that_subscale(vault, history) -> None:
    instrument_settings.set_reference_values(
        vault, {"empowerment:meaning": {"sd": 1.0, "reliability": 0.8, "source": "manual"}}
    )
    bands = {s.key: s.band for s in progress.progress_data(vault, history.ada).empowerment}
    assert bands["empowerment:meaning"] is not None
    assert bands["empowerment:impact"] is None


def test_too_many_goals_are_listed_not_drawn(vault) -> None:
    coachee = coachees.create_coachee(vault, name="Many goals")
    goal_ids = []
    for number in range(progress.MAX_CHART_GOALS + 2):
        goal = coachees.create_goal(vault, coachee.id, title=f"Goal {number}")
        goal_ids.append(goal.id)
        assessments.record_assessment(
            vault, coachee.id, "confidence", 5, taken_on=date(2024, 1, 1), goal_id=goal.id
        )
    data = progress.progress_data(vault, coachee.id)
    assert len(data.confidence) == progress.MAX_CHART_GOALS
    assert len(data.omitted_goals) == 2


def test_unknown_coachee_is_not_found(vault) -> None:
    with pytest.raises(NotFound):
        progress.progress_data(vault, "nope")


# --------------------------------------------------------------------------- dashboard


def test_dashboard_lists_active_coachees_with_their_numbers(vault, history) -> None:
    rows = dashboard.dashboard_rows(vault, today=TODAY, weeks_without_session=8)
    assert [row.name for row in rows] == ["Ada Lovelace", "Ben Okri"]  # Cas is archived
    ada, ben = rows
    assert ada.last_session_on == history.session_days[-1]
    assert ada.days_since == (TODAY - history.session_days[-1]).days
    assert ada.open_experiments == 2
    assert ada.overdue_experiments == 1
    assert [flag.kind for flag in ada.flags] == ["overdue_experiments"]
    assert ada.flag_text == "1 overdue experiment"
    assert ben.days_since == 70
    assert [flag.kind for flag in ben.flags] == ["no_recent_session"]
    assert ben.flags[0].text == "no session in 10 weeks"
    assert ben.sparkline == ()


def test_dashboard_sparkline_is_the_mean_of_the_goals_per_day(vault, history) -> None:
    (ada, _ben) = dashboard.dashboard_rows(vault, today=TODAY)
    assert len(ada.sparkline) == dashboard.SPARKLINE_POINTS
    # Last session (number 11): delegate min(10, 3 + 5.5) = 8.5, speak 5 + 11 % 3 = 7.
    assert ada.sparkline[-1] == pytest.approx((8.5 + 7) / 2)


def test_dashboard_flags_a_reliable_drop_only_with_reference_values(vault, history) -> None:
    assessments.record_assessment(vault, history.ada, "gse", [1] * 10, taken_on=TODAY)
    rows = dashboard.dashboard_rows(vault, today=TODAY, weeks_without_session=8)
    assert "reliable_drop" not in [flag.kind for flag in rows[0].flags]
    instrument_settings.set_reference_values(vault, GSE_REFERENCE)
    rows = dashboard.dashboard_rows(vault, today=TODAY, weeks_without_session=8)
    drop = [flag for flag in rows[0].flags if flag.kind == "reliable_drop"]
    assert [flag.text for flag in drop] == ["reliable drop: GSE"]


def test_dashboard_flags_a_coachee_never_seen_since_starting(vault) -> None:
    coachees.create_coachee(vault, name="New", started_on=TODAY - timedelta(weeks=10))
    coachees.create_coachee(vault, name="Newer", started_on=TODAY - timedelta(weeks=1))
    rows = {row.name: row for row in dashboard.dashboard_rows(vault, today=TODAY)}
    assert rows["New"].flag_text == "no session yet"
    assert rows["Newer"].flags == ()
    assert rows["New"].days_since is None


def test_dashboard_query_count_does_not_grow_with_coachees(vault, history) -> None:
    seen, stop = count_selects(vault)
    try:
        dashboard.dashboard_rows(vault, today=TODAY)
        few = len(seen)
        for number in range(5):
            coachee = coachees.create_coachee(vault, name=f"Extra {number}")
            sessions.create_session(vault, coachee.id, started_at="2024-10-01T09:00")
        seen.clear()
        dashboard.dashboard_rows(vault, today=TODAY)
    finally:
        stop()
    assert len(seen) == few


# --------------------------------------------------------------------------- learning log


def test_learning_log_newest_first_and_filters(vault, history) -> None:
    later = experiments.create_experiment(vault, history.ada, title="Cancel one meeting")
    experiments.review_experiment(
        vault, later.id, outcome="Nobody minded.", learning="Meetings can go.", decision="abandon"
    )
    other = experiments.create_experiment(vault, history.ben, title="Ben's try")
    experiments.review_experiment(vault, other.id, outcome="ok", learning="fine", decision=None)

    everyone = learning_log.learning_log(vault)
    assert {entry.title for entry in everyone} == {
        "Let Sam run one planning meeting",
        "Cancel one meeting",
        "Ben's try",
    }
    assert [e.logged_on for e in everyone] == sorted((e.logged_on for e in everyone), reverse=True)

    ada = learning_log.learning_log(vault, coachee_id=history.ada)
    assert [entry.title for entry in ada][-1] == "Let Sam run one planning meeting"
    adopted = learning_log.learning_log(vault, coachee_id=history.ada, decision="adopt")
    assert [entry.title for entry in adopted] == ["Let Sam run one planning meeting"]
    assert adopted[0].goal_title == "Delegate the weekly planning"
    assert adopted[0].logged_on == history.session_days[2]  # the reviewing session's day
    assert adopted[0].agreed_on == history.session_days[1]
    by_goal = learning_log.learning_log(vault, goal_id=history.goal_delegate)
    assert [entry.title for entry in by_goal] == ["Let Sam run one planning meeting"]
    undecided = learning_log.learning_log(vault, decision="undecided")
    assert [entry.title for entry in undecided] == ["Ben's try"]
    with pytest.raises(ValidationError):
        learning_log.learning_log(vault, decision="maybe")


def test_open_experiments_are_not_in_the_learning_log(vault, history) -> None:
    titles = {entry.title for entry in learning_log.learning_log(vault, coachee_id=history.ada)}
    assert "Raise one point in the leadership meeting" not in titles


# --------------------------------------------------------------------------- recording


def test_record_a_prorated_gse(vault, history) -> None:
    answers = [3, 3, None, 4, 2, None, 3, 3, None, 4]  # 7 answered, sum 22
    record = assessments.record_assessment(vault, history.ada, "gse", answers, taken_on=TODAY)
    assert record.value == pytest.approx(round(22 * 10 / 7, 1))
    assert record.scores == {"answered": 7.0}
    assert record.items == tuple(answers)
    stored = measurements.list_measurements(vault, history.ada, instrument="gse")
    assert stored[-1].value == record.value


def test_a_gse_with_four_missing_answers_is_rejected_with_the_rule_message(vault, history) -> None:
    answers = [3, None, None, None, None, 3, 3, 3, 3, 3]
    with pytest.raises(scoring.ScoringError) as rule:
        scoring.score_gse(answers)
    with pytest.raises(ValidationError) as rejected:
        assessments.record_assessment(vault, history.ada, "gse", answers, taken_on=TODAY)
    assert rejected.value.message == str(rule.value)
    assert len(measurements.list_measurements(vault, history.ada, instrument="gse")) == 3


def test_record_empowerment_stores_the_subscale_means(vault, history) -> None:
    record = assessments.record_assessment(
        vault, history.ada, "empowerment", EMPOWERMENT_ANSWERS, taken_on=TODAY
    )
    expected = scoring.score_empowerment(EMPOWERMENT_ANSWERS)
    assert record.value == pytest.approx(expected.value)
    for key, value in expected.scores.items():
        assert record.scores[key] == pytest.approx(value)


def test_record_psych_safety_reverses_items(vault, history) -> None:
    record = assessments.record_assessment(
        vault, history.ada, "psych_safety", [1, 7, 1, 7, 1, 7, 7], taken_on=TODAY
    )
    assert record.value == 7.0


def test_record_gas_needs_a_goal_and_a_level_in_range(vault, history) -> None:
    with pytest.raises(ValidationError, match="goal"):
        assessments.record_assessment(vault, history.ada, "gas", 1, taken_on=TODAY)
    with pytest.raises(ValidationError, match="−2 to \\+2"):
        assessments.record_assessment(
            vault, history.ada, "gas", 3, taken_on=TODAY, goal_id=history.goal_delegate
        )
    with pytest.raises(ValidationError, match="belong"):
        assessments.record_assessment(
            vault, history.ben, "gas", 1, taken_on=TODAY, goal_id=history.goal_delegate
        )
    record = assessments.record_assessment(
        vault, history.ada, "gas", 2, taken_on=TODAY, goal_id=history.goal_delegate
    )
    assert record.value == 2.0
    assert record.goal_id == history.goal_delegate


def test_record_confidence_out_of_range_is_rejected(vault, history) -> None:
    with pytest.raises(ValidationError, match="0 to 10"):
        assessments.record_assessment(vault, history.ada, "confidence", 11, taken_on=TODAY)


def test_custom_metrics_are_defined_once_and_recorded(vault, history) -> None:
    with pytest.raises(ValidationError):
        assessments.record_assessment(vault, history.ada, "custom:sleep", 7, taken_on=TODAY)
    metrics = instrument_settings.set_custom_metrics(
        vault, [{"label": "Sleep (hours)", "min": 0, "max": 12}]
    )
    assert metrics[0].key == "custom:sleep-hours"
    assert instrument_settings.custom_metrics(vault) == metrics
    record = assessments.record_assessment(
        vault, history.ada, "custom:sleep-hours", 7.5, taken_on=TODAY
    )
    assert record.value == 7.5
    with pytest.raises(ValidationError, match="0 to 12"):
        assessments.record_assessment(vault, history.ada, "custom:sleep-hours", 13, taken_on=TODAY)
    data = progress.progress_data(vault, history.ada)
    assert [(s.key, s.name, s.scale) for s in data.custom] == [
        ("custom:sleep-hours", "Sleep (hours)", (0.0, 12.0))
    ]
    with pytest.raises(ValidationError, match="minimum below"):
        instrument_settings.set_custom_metrics(vault, [{"label": "Bad", "min": 5, "max": 5}])


def test_item_wording_is_entered_once_per_vault(vault) -> None:
    assert instrument_settings.item_wording(vault, "empowerment") is None
    assert instrument_settings.instrument_for(vault, "empowerment").needs_item_wording
    with pytest.raises(ValidationError, match="all 12"):
        instrument_settings.set_item_wording(vault, "empowerment", ["x"] * 11)
    with pytest.raises(ValidationError, match="Item 3"):
        instrument_settings.set_item_wording(vault, "empowerment", ["x", "y", " ", *["z"] * 9])
    texts = [f"Statement {n}" for n in range(1, 13)]
    assert instrument_settings.set_item_wording(vault, "empowerment", texts) == texts
    assert instrument_settings.item_wording(vault, "empowerment") == texts
    instrument = instrument_settings.instrument_for(vault, "empowerment")
    assert not instrument.needs_item_wording
    assert instrument.items[0].text == "Statement 1"
    with pytest.raises(ValidationError):
        instrument_settings.set_item_wording(vault, "gse", texts)
