"""Declarative base and the small column helpers every table shares."""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import DateTime, Dialect, MetaData
from sqlalchemy.orm import DeclarativeBase
from sqlalchemy.types import TypeDecorator

from coach_app import timestamps

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


#: Every id the app makes: 13 characters of 0-9 and a-z, a random 64-bit number in base 36
#: (36**13 is just over 2**64). Older rows keep the ids they were given: UUIDs (36 characters,
#: before December 2026) and 19-character ids of 96 bits (early December 2026). All are opaque
#: text to every query, so no row is rewritten; new rows take the short kind.
ID_LENGTH = 13
#: The text of an id the app makes now.
ID_PATTERN = "[0-9a-z]{13}"
#: The text of any id a vault or an export may hold (see the export format): a UUID, one of
#: the 19-character ids, or one of today's. Case-sensitive as written: an export's ids are
#: matched without regard to case and stored in lower case.
ANY_ID_PATTERN = (
    "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|[0-9a-z]{19}|" + ID_PATTERN
)
ID_BITS = 64
_DIGITS = "0123456789abcdefghijklmnopqrstuvwxyz"


def make_id(number: int) -> str:
    """The id of ``number`` (0 <= number < 2**64), in fixed width.

    Why this form: an id is stored many times per row (the row's own, each reference to it,
    each index holding one: eleven times for an experiment), some 2.5 million times in a
    vault of 100,000 notes. A UUID's 36 characters made ids a sixth of such a vault; 19
    characters (96 bits) saved 51 MB of 341; 13 characters (64 bits) saved 19 MB of the 253
    left (``make bench``, issue 13).
    Random, not time-ordered: the command line finds a coachee by the first few characters of
    their id, which must differ from one coachee to the next. Two of a million ids (far more
    than a practice makes: 100,000 notes take about 500,000) are the same with a chance of
    about 3 in 10**8, in one vault or across the vaults an export is carried between; and a
    taken id is refused by its table's primary key, never written over. One alphabet case, as
    UUIDs: an export's ids are compared in lower case.
    """
    digits = []
    for _ in range(ID_LENGTH):
        number, digit = divmod(number, 36)
        digits.append(_DIGITS[digit])
    return "".join(reversed(digits))


def new_id() -> str:
    """A new primary key: 64 random bits (see :func:`make_id`)."""
    return make_id(int.from_bytes(os.urandom(ID_BITS // 8)))


def utcnow() -> datetime:
    """Naive UTC timestamp: SQLite has no time zones, so we store one convention."""
    return datetime.now(UTC).replace(tzinfo=None)


class Moment(TypeDecorator[datetime]):
    """A moment stored as an integer (``coach_app.timestamps``): every date-and-time column.

    The processors replace DateTime's own (which would write its text); DateTime stays the
    impl, so the schema keeps the columns' DATETIME type (numeric affinity: an integer stays
    one).
    """

    impl = DateTime
    cache_ok = True

    def bind_processor(self, dialect: Dialect) -> Callable[[Any], Any]:
        stored = timestamps.stored

        def process(value: date | None) -> int | None:
            return None if value is None else stored(value)

        return process

    def result_processor(self, dialect: Dialect, coltype: object) -> Callable[[Any], Any]:
        moment = timestamps.moment

        def process(value: int | str | None) -> datetime | None:
            return None if value is None else moment(value)

        return process
