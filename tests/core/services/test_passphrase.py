"""The passphrase-strength estimate shared by the unlock screen and the CLI."""

from __future__ import annotations

import dataclasses

import pytest

from coach_app.services.access import MIN_PASSPHRASE_CHARS
from coach_app.services.passphrase import MAX_SCORE, PassphraseStrength, estimate_strength


def score(text: str) -> int:
    return estimate_strength(text).score


def test_strength_hint_grows_with_length_and_variety() -> None:
    assert score("short") == 0
    assert score("password") == 1
    assert score("aaaaaaaaaaaa") == 1
    weak, fair = score("tulips12"), score("tulips in march")
    assert weak < fair
    assert score("Seven tulips, one kettle & a Tuesday") == 4


def test_every_score_has_its_verdict() -> None:
    assert estimate_strength("abc").verdict == "too short"
    assert estimate_strength("password").verdict == "weak"
    assert estimate_strength("Seven tulips, one kettle & a Tuesday").verdict == "strong"
    assert MAX_SCORE == 4


def test_a_short_passphrase_says_how_much_is_missing() -> None:
    assert estimate_strength("abcde").hints == ("Type at least 3 more characters.",)
    one_short = "x" * (MIN_PASSPHRASE_CHARS - 1)
    assert estimate_strength(one_short).hints == ("Type at least 1 more character.",)


def test_spaces_around_do_not_count_towards_the_minimum() -> None:
    padded = "  abcdefg  "  # seven characters between the spaces
    assert not estimate_strength(padded).acceptable
    assert estimate_strength("abcdefgh").acceptable


def test_well_known_passwords_and_repeats_are_weak_whatever_their_length() -> None:
    for text in ("Password", "coachcoach", "abababababababab"):
        result = estimate_strength(text)
        assert result.score == 1, text
        assert result.hints == ("Easy to guess: a few unusual words in a row work well.",)


def test_hints_ask_for_more_until_the_passphrase_is_good() -> None:
    assert estimate_strength("tulips12").hints == ("Add another word or two.",)
    fair = estimate_strength("tulipsmarch")
    assert fair.score == 2
    assert fair.hints == ("One more unusual word would make it much harder to guess.",)
    good = estimate_strength("tulips in march")
    assert (good.score, good.verdict, good.hints) == (3, "good", ())
    assert estimate_strength("Seven tulips, one kettle & a Tuesday").hints == ()


def test_the_estimate_is_a_frozen_value() -> None:
    result = estimate_strength("tulips in march")
    assert isinstance(result, PassphraseStrength)
    with pytest.raises(dataclasses.FrozenInstanceError):
        result.score = 4  # type: ignore[misc]
