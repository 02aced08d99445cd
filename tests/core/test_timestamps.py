"""A moment stored as an integer: the same moment back, the same order, the same day in SQL."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime, timedelta, timezone

from hypothesis import given
from hypothesis import strategies as st

from coach_app.timestamps import day_sql, moment, stored

MOMENTS = st.datetimes(min_value=datetime(1900, 1, 1), max_value=datetime(2200, 12, 31))
AFTER_1970 = st.datetimes(min_value=datetime(1970, 1, 1), max_value=datetime(2200, 12, 31))


@given(MOMENTS)
def test_a_moment_comes_back_to_the_microsecond(when: datetime) -> None:
    value = stored(when)
    assert isinstance(value, int)
    assert moment(value) == when


@given(MOMENTS, MOMENTS)
def test_stored_moments_sort_as_the_moments_do(a: datetime, b: datetime) -> None:
    assert (stored(a) < stored(b)) == (a < b)
    assert (stored(a) == stored(b)) == (a == b)


@given(AFTER_1970)
def test_sql_gives_the_day_of_a_stored_moment(when: datetime) -> None:
    with sqlite3.connect(":memory:") as conn:
        (day,) = conn.execute(f"SELECT {day_sql('?')}", (stored(when),)).fetchone()
    assert day == when.date().isoformat()


def test_a_date_is_its_midnight_and_an_aware_moment_its_wall_clock() -> None:
    # As SQLAlchemy's text stored them, so the hours log's "before the day after" still holds.
    assert stored(date(2026, 12, 2)) == stored(datetime(2026, 12, 2))
    aware = datetime(2026, 12, 2, 15, 16, tzinfo=timezone(timedelta(hours=1)))
    assert stored(aware) == stored(datetime(2026, 12, 2, 15, 16))


def test_the_text_of_an_older_vault_reads_as_the_same_moment() -> None:
    assert moment("2026-12-02 15:16:28.123456") == datetime(2026, 12, 2, 15, 16, 28, 123456)
    assert moment("2026-12-02 15:16:28") == datetime(2026, 12, 2, 15, 16, 28)
