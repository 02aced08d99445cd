"""The passphrase-strength estimate shared by the unlock screen and the CLI."""

from __future__ import annotations

import dataclasses

import pytest

from coach_app.services.access import MIN_PASSPHRASE_CHARS
from coach_app.services.passphrase import MAX_SCORE, PassphraseStrength, estimate_strength

# Passwords every guesser tries first: mixed case, digits and a symbol do not save them.
COMMON_PASSWORDS = ("Password123!", "qwerty123456", "iloveyou2024")
EASY_TO_GUESS = "Easy to guess: a few unusual words in a row work well."
OUR_HINTS = {
    EASY_TO_GUESS,
    "Years and dates are easy to guess; leave them out.",
    "Leave out names a guesser could know, such as the folder name.",
    "Add another word or two.",
    "One more unusual word would make it much harder to guess.",
}


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
    assert estimate_strength("kettle9x").verdict == "fair"
    assert estimate_strength("kettle ferry").verdict == "good"
    assert estimate_strength("Seven tulips, one kettle & a Tuesday").verdict == "strong"
    assert MAX_SCORE == 4


def test_a_short_passphrase_says_how_much_is_missing() -> None:
    assert estimate_strength("abcde").hints == ("Type at least 3 more characters.",)
    one_short = "x" * (MIN_PASSPHRASE_CHARS - 1)
    assert estimate_strength(one_short).hints == ("Type at least 1 more character.",)


def test_spaces_around_do_not_count_towards_the_minimum() -> None:
    padded = "  abcdefg  "  # seven characters between the spaces
    assert not estimate_strength(padded).acceptable
    assert estimate_strength(padded).verdict == "too short"
    # Eight characters are long enough to be rated at all (this one is then rated weak).
    assert estimate_strength("abcdefgh").verdict != "too short"


def test_well_known_passwords_and_repeats_are_weak_whatever_their_length() -> None:
    for text in ("Password", "coachcoach", "abababababababab"):
        result = estimate_strength(text)
        assert result.score == 1, text
        assert result.hints == (EASY_TO_GUESS,)


@pytest.mark.parametrize("text", COMMON_PASSWORDS)
def test_common_passwords_are_weak_and_not_acceptable(text: str) -> None:
    result = estimate_strength(text)
    assert (result.score, result.verdict) == (1, "weak")
    assert not result.acceptable
    assert EASY_TO_GUESS in result.hints


def test_a_long_unusual_passphrase_is_acceptable() -> None:
    result = estimate_strength("Seven tulips, one kettle & a Tuesday")
    assert result.acceptable
    assert result.hints == ()
    # Longer than zxcvbn rates at once: estimated, not an error.
    assert estimate_strength("Seven tulips, one kettle & a Tuesday. " * 5).acceptable


def test_good_is_the_lowest_acceptable_score() -> None:
    assert not estimate_strength("kettle9x").acceptable  # fair
    assert estimate_strength("kettle ferry").acceptable  # good


def test_hints_ask_for_more_until_the_passphrase_is_good() -> None:
    assert estimate_strength("kettleab").hints == ("Add another word or two.",)
    fair = estimate_strength("kettle9x")
    assert fair.score == 2
    assert fair.hints == ("One more unusual word would make it much harder to guess.",)
    good = estimate_strength("kettle ferry")
    assert (good.score, good.verdict, good.hints) == (3, "good", ())
    assert estimate_strength("Seven tulips, one kettle & a Tuesday").hints == ()


def test_years_get_their_own_hint() -> None:
    assert estimate_strength("ferry1987").hints == (
        "Years and dates are easy to guess; leave them out.",
    )


def test_context_words_make_a_passphrase_weaker() -> None:
    assert estimate_strength("maudsvault").acceptable
    known = estimate_strength("maudsvault", user_inputs=["maudsvault"])
    assert not known.acceptable
    assert known.hints == ("Leave out names a guesser could know, such as the folder name.",)


@pytest.mark.parametrize(
    "text",
    [*COMMON_PASSWORDS, "password", "qwertyuiop", "aaaaaaaaaaaa", "abcdefgh", "kettle9x",
     "ferry1987", "maryjones", "12345678910"],
)  # fmt: skip
def test_hints_are_our_own_words_never_zxcvbn_feedback(text: str) -> None:
    result = estimate_strength(text)
    assert result.hints, text
    assert set(result.hints) <= OUR_HINTS


def test_the_estimate_is_a_frozen_value() -> None:
    result = estimate_strength("tulips in march")
    assert isinstance(result, PassphraseStrength)
    with pytest.raises(dataclasses.FrozenInstanceError):
        result.score = 4  # type: ignore[misc]
