"""How a session's text is stored: packed when smaller, and always read back as typed."""

from __future__ import annotations

import os
import zlib

import pytest
from hypothesis import given
from hypothesis import strategies as st

from coach_app.packing import PackedValueError, pack, sql_unpack, unpack

NOTE = (
    "Wants to stop answering the team chat at night. We looked at what is at stake; "
    "she will try one evening a week offline and tell the team why. " * 3
)


@given(st.text())
def test_every_text_reads_back_as_typed(value: str) -> None:
    stored = pack(value)
    assert unpack(stored) == value
    # Packed only when that is smaller than the text's UTF-8 bytes.
    if isinstance(stored, bytes):
        assert len(stored) < len(value.encode())


def test_a_typical_note_is_stored_packed_and_much_smaller() -> None:
    stored = pack(NOTE)
    assert isinstance(stored, bytes)
    assert stored[0] == 1  # the format byte
    assert len(stored) < len(NOTE.encode()) / 2


def test_short_or_incompressible_text_is_stored_as_typed() -> None:
    assert pack("") == ""
    assert pack("Good session.") == "Good session."
    noise = os.urandom(300).hex()[:200]  # hex of random bytes: DEFLATE gains little
    stored = pack(noise)
    assert unpack(stored) == noise


def test_text_and_null_read_as_they_are() -> None:
    # Rows written before packing hold TEXT (and NULL in a nullable column).
    assert unpack("as typed before") == "as typed before"
    assert unpack(None) is None


@pytest.mark.parametrize(
    "stored",
    [
        b"\x02" + zlib.compress(b"a later format"),
        b"\x01not deflate at all",
        b"\x01" + zlib.compressobj(6, zlib.DEFLATED, -15).compress(NOTE.encode()),  # cut short
        b"",
    ],
    ids=["unknown format", "not deflate", "cut short", "empty"],
)
def test_a_stored_blob_that_is_no_packed_text_is_a_typed_error(stored: bytes) -> None:
    with pytest.raises(PackedValueError):
        unpack(stored)


@given(st.lists(st.sampled_from([NOTE, NOTE + "x", "kort", "", None]), max_size=12))
def test_the_sql_function_reads_every_value_as_unpack_does(values: list[str | None]) -> None:
    # It remembers its last value: a run of values, repeated or not, must read the same.
    unpacked = sql_unpack()
    stored = [None if v is None else pack(v) for v in values]
    assert [unpacked(s) for s in stored] == values
