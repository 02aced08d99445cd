"""The read-only value class of the search command's way (coach_app.record)."""

from __future__ import annotations

import pytest

from coach_app.record import Record


class Pair(Record):
    __slots__ = ("left", "right")
    left: int
    right: list[int] | int

    def __init__(self, left: int, right: list[int] | int) -> None:
        self._set(left=left, right=right)


class Other(Record):
    __slots__ = ("left", "right")

    def __init__(self, left: int, right: int) -> None:
        self._set(left=left, right=right)


def test_fields_are_read_only_once_set() -> None:
    pair = Pair(1, 2)
    with pytest.raises(AttributeError, match="read-only"):
        pair.left = 3  # type: ignore[misc]
    with pytest.raises(AttributeError, match="read-only"):
        del pair.right
    with pytest.raises(AttributeError):
        pair.extra = 1  # type: ignore[attr-defined]
    assert (pair.left, pair.right) == (1, 2)


def test_equal_and_hashed_by_fields_and_type() -> None:
    assert Pair(1, 2) == Pair(1, 2)
    assert hash(Pair(1, 2)) == hash(Pair(1, 2))
    assert Pair(1, 2) != Pair(2, 1)
    assert Pair(1, 2) != Other(1, 2)  # another class with the same fields is another value
    assert len({Pair(1, 2), Pair(1, 2), Pair(1, 3)}) == 2
    with pytest.raises(TypeError):
        hash(Pair(1, [2]))  # an unhashable field, as in a frozen dataclass


def test_repr_shows_every_field() -> None:
    assert repr(Pair(1, 2)) == "Pair(left=1, right=2)"


def test_replaced_changes_only_what_is_named() -> None:
    pair = Pair(1, 2)
    changed = pair.replaced(right=5)
    assert changed == Pair(1, 5)
    assert pair == Pair(1, 2)
    assert type(changed) is Pair
    with pytest.raises(TypeError, match="no field 'middle'"):
        pair.replaced(middle=3)
