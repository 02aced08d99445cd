"""Scoring rules, checked against hand-worked examples and properties."""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from coach_app.instruments import scoring
from coach_app.instruments.definitions import (
    SCORING_RULES,
    custom_instrument,
    get_instrument,
)
from coach_app.instruments.scoring import (
    Score,
    ScoringError,
    gas_t_score,
    score,
    score_confidence,
    score_custom,
    score_empowerment,
    score_gse,
    score_psych_safety,
)

levels = st.integers(min_value=-2, max_value=2)
weights = st.integers(min_value=1, max_value=4)
goals = st.lists(st.tuples(levels, weights), min_size=1, max_size=8)


# --------------------------------------------------------------------------- GAS


def test_gas_three_unweighted_goals_at_plus_one_is_63_7() -> None:
    # Σx = 3, Σw² = 3, (Σw)² = 9: T = 50 + 30 / √(0.7·3 + 0.3·9) = 50 + 30 / √4.8 = 63.69
    assert round(gas_t_score([1, 1, 1]), 1) == 63.7
    assert gas_t_score([1, 1, 1]) == pytest.approx(63.6931, abs=1e-4)


def test_gas_weighted_case_worked_by_hand() -> None:
    # levels (+1, 0, −1), weights (3, 2, 1):
    #   Σwx = 3·1 + 2·0 + 1·(−1) = 2
    #   Σw² = 9 + 4 + 1 = 14;  Σw = 6, (Σw)² = 36
    #   denominator = √(0.7·14 + 0.3·36) = √(9.8 + 10.8) = √20.6 = 4.53872
    #   T = 50 + 10·2 / 4.53872 = 50 + 4.4065 = 54.4065
    assert gas_t_score([1, 0, -1], [3, 2, 1]) == pytest.approx(54.4065, abs=1e-4)
    # The same levels unweighted cancel out exactly.
    assert gas_t_score([1, 0, -1]) == 50.0


def test_gas_single_goal_maps_levels_to_ten_point_steps() -> None:
    # One goal: denominator √(0.7·w² + 0.3·w²) = w, so T = 50 + 10x whatever the weight.
    assert [gas_t_score([x]) for x in (-2, -1, 0, 1, 2)] == [30.0, 40.0, 50.0, 60.0, 70.0]
    assert gas_t_score([2], [4]) == pytest.approx(70.0)


def test_gas_rho_changes_the_result() -> None:
    # ρ = 0: T = 50 + 10·3/√3 = 67.32; the default ρ = 0.3 must not be ignored.
    assert gas_t_score([1, 1, 1], rho=0.0) == pytest.approx(50 + 30 / math.sqrt(3))
    assert gas_t_score([1, 1, 1], rho=0.0) != pytest.approx(gas_t_score([1, 1, 1]))


@pytest.mark.parametrize(
    ("goal_levels", "goal_weights", "message"),
    [
        ([], None, "at least one goal"),
        ([3], None, "level 3"),
        ([-3], None, "level -3"),
        ([1.0], None, "level 1.0"),
        ([True], None, "level True"),
        ([1, 1], [1], "2 goals need 2 weights"),
        ([1], [0], "weight 0"),
        ([1], [5], "weight 5"),
    ],
)
def test_gas_rejects_bad_input(goal_levels, goal_weights, message) -> None:
    with pytest.raises(ScoringError, match=message):
        gas_t_score(goal_levels, goal_weights)


@pytest.mark.parametrize("rho", [-0.1, 1.0, float("nan")])
def test_gas_rejects_bad_rho(rho: float) -> None:
    with pytest.raises(ScoringError, match="rho"):
        gas_t_score([1], rho=rho)


@given(st.lists(weights, min_size=1, max_size=8))
def test_gas_all_goals_as_expected_is_50(goal_weights: list[int]) -> None:
    assert gas_t_score([0] * len(goal_weights), goal_weights) == 50.0


@given(goals, st.randoms(use_true_random=False))
def test_gas_order_of_goals_does_not_matter(pairs, rnd) -> None:
    shuffled = list(pairs)
    rnd.shuffle(shuffled)
    t1 = gas_t_score([x for x, _ in pairs], [w for _, w in pairs])
    t2 = gas_t_score([x for x, _ in shuffled], [w for _, w in shuffled])
    assert t1 == pytest.approx(t2)


@given(goals)
def test_gas_is_symmetric_around_50(pairs) -> None:
    up = gas_t_score([x for x, _ in pairs], [w for _, w in pairs])
    down = gas_t_score([-x for x, _ in pairs], [w for _, w in pairs])
    assert up + down == pytest.approx(100.0)


@given(goals, st.data())
def test_gas_raising_one_level_raises_t(pairs, data) -> None:
    index = data.draw(st.integers(min_value=0, max_value=len(pairs) - 1))
    if pairs[index][0] == 2:
        return
    raised = list(pairs)
    raised[index] = (pairs[index][0] + 1, pairs[index][1])
    before = gas_t_score([x for x, _ in pairs], [w for _, w in pairs])
    after = gas_t_score([x for x, _ in raised], [w for _, w in raised])
    assert after > before


# --------------------------------------------------------------------------- GSE


def test_gse_full_answers_are_summed() -> None:
    result = score_gse([4, 3, 3, 2, 3, 3, 2, 4, 1, 4])
    assert result == Score(value=29.0, scores={}, answered=10, prorated=False)


def test_gse_extremes() -> None:
    assert score_gse([1] * 10).value == 10.0
    assert score_gse([4] * 10).value == 40.0


def test_gse_prorates_with_exactly_three_missing() -> None:
    # Answered: 4+3+3+2+3+3+2 = 20 over 7 items → 20 × 10 / 7 = 28.571… → 28.6
    result = score_gse([4, 3, 3, 2, 3, 3, 2, None, None, None])
    assert result.value == 28.6
    assert result.answered == 7
    assert result.prorated


def test_gse_prorates_with_one_missing() -> None:
    # 9 answered, sum 27 → 27 × 10 / 9 = 30.0
    result = score_gse([3, 3, 3, 3, 3, 3, 3, 3, None, 3])
    assert result == Score(value=30.0, scores={}, answered=9, prorated=True)


def test_gse_refuses_four_missing() -> None:
    with pytest.raises(ScoringError, match="at least 7 of its 10 answers; 4 are missing"):
        score_gse([4, 3, 3, 2, 3, 3, None, None, None, None])


@pytest.mark.parametrize(
    ("answers", "message"),
    [
        ([3] * 9, "10 items; got 9"),
        ([3] * 11, "10 items; got 11"),
        ([3] * 9 + [5], "answer 10 is 5"),
        ([0] + [3] * 9, "answer 1 is 0"),
        ([2.5] + [3] * 9, "answer 1 is 2.5"),
        ([True] + [3] * 9, "answer 1 is True"),
        ("3333333333", "list of 10 answers"),
        (None, "list of 10 answers"),
    ],
)
def test_gse_rejects_bad_answers(answers, message) -> None:
    with pytest.raises(ScoringError, match=message):
        score_gse(answers)


# Up to three blanks at any positions; built rather than filtered so Hypothesis wastes nothing.
gse_answers = st.builds(
    lambda answers, blanks: [None if i in blanks else a for i, a in enumerate(answers)],
    st.lists(st.integers(min_value=1, max_value=4), min_size=10, max_size=10),
    st.sets(st.integers(min_value=0, max_value=9), max_size=3),
)


@given(gse_answers)
def test_gse_score_stays_within_10_and_40(answers) -> None:
    result = score_gse(answers)
    assert 10.0 <= result.value <= 40.0
    assert result.answered == 10 - answers.count(None)
    assert result.prorated == (None in answers)


@given(st.lists(st.integers(min_value=1, max_value=4), min_size=10, max_size=10))
def test_gse_complete_score_is_the_plain_sum(answers) -> None:
    assert score_gse(answers).value == sum(answers)


@given(st.integers(min_value=1, max_value=4), st.sets(st.integers(0, 9), max_size=3))
def test_gse_prorating_a_constant_answer_gives_ten_times_it(answer, blanks) -> None:
    answers = [None if i in blanks else answer for i in range(10)]
    assert score_gse(answers).value == 10 * answer


# --------------------------------------------------------------------------- empowerment


def test_empowerment_subscale_means_and_overall() -> None:
    # meaning (7,6,6) → 19/3 = 6.333; competence (5,5,6) → 16/3 = 5.333;
    # self-determination (4,3,5) → 4.0; impact (2,3,–) → 2.5 (one missing allowed)
    # overall = (6.333 + 5.333 + 4.0 + 2.5) / 4 = 4.5417, not the item mean 52/11 = 4.727
    result = score_empowerment([7, 6, 6, 5, 5, 6, 4, 3, 5, 2, 3, None])
    assert result.scores == pytest.approx(
        {"meaning": 19 / 3, "competence": 16 / 3, "self_determination": 4.0, "impact": 2.5}
    )
    assert list(result.scores) == ["meaning", "competence", "self_determination", "impact"]
    assert result.value == pytest.approx(4.541667, abs=1e-6)
    assert result.answered == 11
    assert result.prorated


def test_empowerment_complete_is_not_prorated() -> None:
    result = score_empowerment([1, 1, 1, 7, 7, 7, 4, 4, 4, 2, 3, 4])
    assert result.scores == {
        "meaning": 1.0,
        "competence": 7.0,
        "self_determination": 4.0,
        "impact": 3.0,
    }
    assert result.value == 3.75
    assert result.answered == 12
    assert not result.prorated


def test_empowerment_allows_one_missing_in_every_subscale() -> None:
    result = score_empowerment([None, 6, 6, 5, None, 5, 4, 4, None, 2, 2, None])
    assert result.scores == {
        "meaning": 6.0,
        "competence": 5.0,
        "self_determination": 4.0,
        "impact": 2.0,
    }
    assert result.answered == 8


def test_empowerment_refuses_a_subscale_with_two_missing() -> None:
    answers = [7, 6, 6, 5, None, None, 4, 3, 5, 2, 3, 4]
    with pytest.raises(ScoringError, match="too few in: competence"):
        score_empowerment(answers)


def test_empowerment_names_every_short_subscale() -> None:
    answers = [7, 6, 6, 5, 5, 5, None, None, 5, None, None, None]
    with pytest.raises(ScoringError, match="self-determination, impact"):
        score_empowerment(answers)


@pytest.mark.parametrize(
    ("answers", "message"),
    [([4] * 11, "12 items; got 11"), ([4] * 11 + [8], "answer 12 is 8")],
)
def test_empowerment_rejects_bad_answers(answers, message) -> None:
    with pytest.raises(ScoringError, match=message):
        score_empowerment(answers)


@given(st.lists(st.integers(min_value=1, max_value=7), min_size=12, max_size=12))
def test_empowerment_overall_is_the_mean_of_subscales_within_1_and_7(answers) -> None:
    result = score_empowerment(answers)
    assert 1.0 <= result.value <= 7.0
    assert result.value == pytest.approx(sum(result.scores.values()) / 4)
    assert result.scores["impact"] == pytest.approx(sum(answers[9:12]) / 3)


# --------------------------------------------------------------------------- psychological safety


def test_psych_safety_reverses_items_1_3_5() -> None:
    # answers 2, 6, 1, 5, 3, 7, 6 → items 1, 3, 5 become 8−2 = 6, 8−1 = 7, 8−3 = 5
    # recoded 6, 6, 7, 5, 5, 7, 6 → 42 / 7 = 6.0 (the raw mean would be 30/7 = 4.29)
    result = score_psych_safety([2, 6, 1, 5, 3, 7, 6])
    assert result == Score(value=6.0, scores={}, answered=7, prorated=False)


def test_psych_safety_does_not_reverse_other_items() -> None:
    # Only item 2 low: if item 2 were reversed the score would be 7, not 43/7.
    assert score_psych_safety([1, 1, 1, 7, 1, 7, 7]).value == pytest.approx(43 / 7)


def test_psych_safety_allows_one_missing() -> None:
    # item 3 missing: recoded 6, 6, –, 5, 5, 7, 6 → 35 / 6
    result = score_psych_safety([2, 6, None, 5, 3, 7, 6])
    assert result.value == pytest.approx(35 / 6)
    assert result.answered == 6
    assert result.prorated


def test_psych_safety_refuses_two_missing() -> None:
    with pytest.raises(ScoringError, match="at most 1 missing answer; 2 are missing"):
        score_psych_safety([2, None, 1, 5, None, 7, 6])


def test_psych_safety_rejects_out_of_range() -> None:
    with pytest.raises(ScoringError, match="answer 5 is 0"):
        score_psych_safety([4, 4, 4, 4, 0, 4, 4])


@given(st.lists(st.integers(min_value=1, max_value=7), min_size=7, max_size=7))
def test_psych_safety_mirrored_answers_mirror_the_score(answers) -> None:
    # Answering 8 − a everywhere turns every recoded value v into 8 − v.
    mirrored = [8 - a for a in answers]
    assert score_psych_safety(answers).value + score_psych_safety(mirrored).value == (
        pytest.approx(8.0)
    )
    assert 1.0 <= score_psych_safety(answers).value <= 7.0


# --------------------------------------------------------------------------- single ratings


@pytest.mark.parametrize("value", [0, 10, 7, 6.5])
def test_confidence_takes_0_to_10(value) -> None:
    assert score_confidence(value) == Score(
        value=float(value), scores={}, answered=1, prorated=False
    )


@pytest.mark.parametrize("value", [-1, 10.5, 11, float("nan"), float("inf"), "7", None, True])
def test_confidence_rejects_values_off_the_ruler(value) -> None:
    with pytest.raises(ScoringError, match="from 0 to 10"):
        score_confidence(value)


def test_custom_metric_uses_its_own_range() -> None:
    sleep = custom_instrument("custom:sleep", "Sleep", 3, 12)
    assert score_custom(7.5, sleep).value == 7.5
    assert score_custom(3, sleep).value == 3.0
    with pytest.raises(ScoringError, match="Sleep takes a number from 3 to 12; got 2"):
        score_custom(2, sleep)
    with pytest.raises(ScoringError):
        score_custom(12.5, sleep)


def test_custom_scoring_needs_a_single_rating() -> None:
    with pytest.raises(ValueError, match="not a single rating"):
        score_custom(5, get_instrument("gse"))


# --------------------------------------------------------------------------- dispatcher


def test_dispatcher_scores_every_builtin() -> None:
    assert score("confidence", 7).value == 7.0
    assert round(score("gas", [1, 1, 1]).value, 1) == 63.7
    assert score("gas", [(1, 3), (0, 2), (-1, 1)]).value == pytest.approx(54.4065, abs=1e-4)
    assert score("gas", [[1, 3], [0, 2], [-1, 1]]).answered == 3
    assert score("gse", [4, 3, 3, 2, 3, 3, 2, None, None, None]).value == 28.6
    assert score("empowerment", [7, 6, 6, 5, 5, 6, 4, 3, 5, 2, 3, None]).scores["impact"] == 2.5
    assert score("psych_safety", [2, 6, 1, 5, 3, 7, 6]).value == 6.0


def test_dispatcher_confidence_range_comes_through() -> None:
    with pytest.raises(ScoringError, match="from 0 to 10"):
        score("confidence", 11)


def test_dispatcher_custom_metric_needs_its_definition() -> None:
    energy = custom_instrument("custom:energy", "Energy", 1, 5)
    assert score("custom:energy", 4, energy).value == 4.0
    with pytest.raises(ScoringError, match="Energy takes a number from 1 to 5"):
        score("custom:energy", 6, energy)
    with pytest.raises(ValueError, match="pass its definition"):
        score("custom:energy", 4)
    with pytest.raises(ValueError, match="passed for"):
        score("custom:sleep", 4, energy)


def test_dispatcher_unknown_key_is_a_bug() -> None:
    with pytest.raises(KeyError):
        score("wai_sr", [1, 2, 3])


def test_dispatcher_gas_rejects_non_lists() -> None:
    with pytest.raises(ScoringError, match="list of goal levels"):
        score("gas", 1)


def test_scoring_error_is_a_value_error() -> None:
    assert issubclass(ScoringError, ValueError)


# --------------------------------------------------------------------------- data and code agree


def test_every_rule_a_definition_may_name_is_implemented() -> None:
    assert scoring.IMPLEMENTED_RULES == SCORING_RULES


def test_definition_files_agree_with_the_scoring_code() -> None:
    gse = get_instrument("gse")
    assert len(gse.items) == scoring.GSE_ITEMS
    assert (gse.response_scale.min, gse.response_scale.max) == scoring.GSE_RESPONSES
    assert gse.max_missing == scoring.GSE_MAX_MISSING

    empowerment = get_instrument("empowerment")
    assert {s.key: s.items for s in empowerment.subscales} == scoring.EMPOWERMENT_SUBSCALES
    assert [s.key for s in empowerment.subscales] == list(scoring.EMPOWERMENT_SUBSCALES)
    assert (
        empowerment.response_scale.min,
        empowerment.response_scale.max,
    ) == scoring.EMPOWERMENT_RESPONSES
    assert empowerment.max_missing_per_subscale == 3 - scoring.EMPOWERMENT_MIN_PER_SUBSCALE
    assert empowerment.max_missing == 4 * empowerment.max_missing_per_subscale

    safety = get_instrument("psych_safety")
    assert safety.reversed_items == scoring.PSYCH_SAFETY_REVERSED
    assert safety.max_missing == scoring.PSYCH_SAFETY_MAX_MISSING
    assert len(safety.items) == scoring.PSYCH_SAFETY_ITEMS

    gas = get_instrument("gas")
    assert gas.gas is not None
    assert gas.gas.rho == scoring.GAS_RHO
    assert (gas.gas.weight_min, gas.gas.weight_max) == scoring.GAS_WEIGHTS
    assert (gas.response_scale.min, gas.response_scale.max) == scoring.GAS_LEVELS

    ruler = get_instrument("confidence")
    assert (ruler.response_scale.min, ruler.response_scale.max) == scoring.CONFIDENCE_RANGE
