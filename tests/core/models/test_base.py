"""The ids the app makes: their form, their range and their spread."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from coach_app.models import ID_PATTERN, make_id, new_id
from coach_app.models.base import ID_BITS, ID_LENGTH


@given(st.integers(min_value=0, max_value=2**ID_BITS - 1))
def test_every_number_has_one_id_of_the_fixed_form_that_reads_back(number: int) -> None:
    made = make_id(number)
    assert re.fullmatch(ID_PATTERN, made)
    assert len(made) == ID_LENGTH
    assert int(made, 36) == number


@given(st.integers(0, 2**ID_BITS - 1), st.integers(0, 2**ID_BITS - 1))
def test_ids_sort_as_their_numbers_do(a: int, b: int) -> None:
    # Fixed width, digits in ASCII order: the text order is the number order (SQLite's BINARY).
    assert (make_id(a) < make_id(b)) == (a < b)


def test_new_ids_are_short_and_their_first_characters_tell_them_apart() -> None:
    # The command line finds a coachee by the first characters of their id (as git finds a
    # commit), so ids made one after the other must not share a prefix as time-ordered ones do.
    made = [new_id() for _ in range(200)]
    assert all(re.fullmatch(ID_PATTERN, m) for m in made)
    assert len({m[:8] for m in made}) == len(made)
