"""Declarative base and the small column helpers every table shares."""

from __future__ import annotations

import os
from datetime import UTC, datetime

from sqlalchemy import MetaData
from sqlalchemy.orm import DeclarativeBase

# Named constraints keep Alembic batch migrations predictable on SQLite.
NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    """Base of every table in the vault."""

    metadata = MetaData(naming_convention=NAMING)


#: Every id the app makes: 19 characters of 0-9 and a-z, a random 96-bit number in base 36
#: (36**19 is just over 2**96). Ids made before December 2026 are UUIDs (36 characters); both
#: kinds are opaque text to every query, so old rows keep theirs and new rows take the short kind.
ID_LENGTH = 19
#: The text of an id the app makes (an export may also hold UUIDs, see the export format).
ID_PATTERN = "[0-9a-z]{19}"
ID_BITS = 96
_DIGITS = "0123456789abcdefghijklmnopqrstuvwxyz"


def make_id(number: int) -> str:
    """The id of ``number`` (0 <= number < 2**96), in fixed width.

    Why this form: an id is stored up to five times per row (the row's own, each reference to
    it, each index holding one), so at 100,000 notes a UUID's 36 characters cost some 55 MB of
    a vault's size; these 19 characters half of that. Random, not time-ordered: the command
    line finds a coachee by the first few characters of their id, which must differ from one
    coachee to the next. Two of 10 million ids are the same with a chance of about 6 in 10**16,
    in one vault or across the vaults an export is carried between. One alphabet case, as
    UUIDs: an export's ids are compared in lower case.
    """
    digits = []
    for _ in range(ID_LENGTH):
        number, digit = divmod(number, 36)
        digits.append(_DIGITS[digit])
    return "".join(reversed(digits))


def new_id() -> str:
    """A new primary key: 96 random bits (see :func:`make_id`)."""
    return make_id(int.from_bytes(os.urandom(ID_BITS // 8)))


def utcnow() -> datetime:
    """Naive UTC timestamp: SQLite has no time zones, so we store one convention."""
    return datetime.now(UTC).replace(tzinfo=None)
