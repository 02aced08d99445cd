"""The empowerment check-in: four 0–10 ratings in the app's own words, not a validated scale."""

from __future__ import annotations

from datetime import date

import pytest

from coach_app.instruments import definitions, handover_texts, scoring
from coach_app.services.progress_series import Point, build_series

CHECKIN = "empowerment_checkin"


def test_the_checkin_is_a_builtin_with_its_own_shipped_words() -> None:
    checkin = definitions.get_instrument(CHECKIN)
    assert CHECKIN in definitions.BUILTIN_KEYS
    assert [sub.key for sub in checkin.subscales] == [
        "meaning",
        "competence",
        "self_determination",
        "impact",
    ]
    assert all(item.text for item in checkin.items)
    assert checkin.own_wording
    assert checkin.attribution is None
    assert not checkin.reference.complete  # no reference SD, no band
    assert "not a validated scale" in checkin.description
    assert (checkin.response_scale.min, checkin.response_scale.max) == (0, 10)


def test_scoring_needs_all_four_and_keeps_each_dimension() -> None:
    result = scoring.score(CHECKIN, [7, 8, 5, 6])
    assert result.scores == {
        "meaning": 7.0,
        "competence": 8.0,
        "self_determination": 5.0,
        "impact": 6.0,
    }
    assert result.value == 6.5
    assert not result.prorated
    with pytest.raises(scoring.ScoringError, match="all 4"):
        scoring.score(CHECKIN, [7, None, 5, 6])
    with pytest.raises(scoring.ScoringError):
        scoring.score(CHECKIN, [7, 11, 5, 6])


def test_own_words_are_in_the_catalogue_and_validated_wording_is_not() -> None:
    strings = definitions.catalogue_strings()
    checkin = definitions.get_instrument(CHECKIN)
    for item in checkin.items:
        assert item.text in strings
    assert "Self-determination" in strings
    for item in definitions.get_instrument("gse").items:
        assert item.text not in strings  # the authors' wording stays out


def test_in_language_translates_own_words_only() -> None:
    shout = str.upper
    checkin = definitions.in_language(definitions.get_instrument(CHECKIN), shout)
    assert checkin.items[0].text == definitions.get_instrument(CHECKIN).items[0].text.upper()
    gse = definitions.get_instrument("gse")
    translated = definitions.in_language(gse, shout)
    assert translated.name == gse.name.upper()
    assert [i.text for i in translated.items] == [i.text for i in gse.items]


def test_each_dimension_charts_as_its_own_series() -> None:
    checkin = definitions.get_instrument(CHECKIN)
    series = build_series(
        "empowerment_checkin:impact",
        checkin,
        [Point(date(2025, 3, 4), 6.0)],
        subscale="impact",
    )
    assert series.subscale == "impact"
    assert series.band is None
    assert "Impact" in series.name


def test_handover_texts_come_in_each_language() -> None:
    assert handover_texts.languages()[0] == "en"
    english = handover_texts.form_texts(handover_texts.translator("en"))
    assert english.done == "Done"
    assert "{numbers}" in english.unanswered
