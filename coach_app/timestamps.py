"""How the vault stores a moment: whole microseconds since 1970-01-01 00:00, an integer.

The app's moments are naive (UTC for the stamps it makes, ``models.base.utcnow``; the coach's
wall clock for when a session started), and the integer encodes the naive value as it is, with
no zone arithmetic. Before schema revision 0011 a moment was SQLAlchemy's SQLite text,
"2026-12-02 15:16:28.123456": 26 bytes, against 8 for the integer. A session row holds three
moments and the index on (coachee, start) a fourth, every measurement and experiment one or two:
at 100,000 notes the text was 17 MB of the file (issue 13's size target). Integers sort as the
moments do, as the text did, so every ``ORDER BY`` and ``max()`` is unchanged; SQL that wants
the day of a moment asks :func:`day_sql` for it.

No SQLAlchemy here: the raw reader (``coach-app search``) reads moments too.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

EPOCH = datetime(1970, 1, 1)
_MICROSECOND = timedelta(microseconds=1)


def stored(moment: date) -> int:
    """What the vault stores for ``moment``; a date is its midnight.

    As SQLAlchemy's text did: a date compared with a moment column (the hours log's "before the
    day after") stands for its midnight, and an aware moment is stored by its wall clock (the
    app makes none).
    """
    if not isinstance(moment, datetime):
        moment = datetime.combine(moment, time())
    return (moment.replace(tzinfo=None) - EPOCH) // _MICROSECOND


def moment(value: int | str) -> datetime:
    """The moment a stored integer stands for.

    Text is a moment as revisions before 0011 stored it: the app reads a vault only at the head
    revision, but the migration tests hold one at an older revision and read it.
    """
    if isinstance(value, str):
        return datetime.fromisoformat(value)
    return EPOCH + timedelta(microseconds=value)


def day_sql(column: str) -> str:
    """SQL for the day of a stored moment, as "YYYY-MM-DD" text (``column``: SQL, trusted)."""
    # Whole seconds are enough for the day; integer division keeps SQLite in integers.
    return f"date({column} / 1000000, 'unixepoch')"
