"""Every date-and-time value is stored as an integer of microseconds, not as text.

SQLAlchemy's SQLite ``DateTime`` stores "2026-12-02 15:16:28.123456": 26 bytes. From this
revision on every such column holds whole microseconds since 1970-01-01 00:00 of the naive
moment (``coach_app.timestamps``): 8 bytes, the same order, the same moment to the
microsecond. At 100,000 notes the text was 17 MB of the file: three moments in every session
row and a fourth in the index on (coachee, start), one in each measurement, two in each
experiment.

The columns keep their DATETIME type (numeric affinity: an integer is stored as one). Each text
value is rewritten through a Python function on the upgrading connection, as 0009 packs text;
an integer already there (an erasure a purge wrote into an older backup) stays. The rows get
shorter and stay on their pages, so the upgrade writes the file anew (``REWRITES_ROWS``).

No document of the search index reads a moment (``search_docs.at`` is its own text, written
by the app), so the index stays as it is.

Revision ID: 0011
Revises: 0010
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

#: Rows made shorter stay on their pages: the upgrade writes the file anew after it.
REWRITES_ROWS = True
#: Every date-and-time column at this revision, written out (frozen, as schema is).
COLUMNS = {
    "coachees": ("created_at", "updated_at"),
    "goals": ("created_at",),
    "sessions": ("started_at", "created_at", "updated_at"),
    "experiments": ("created_at", "updated_at"),
    "measurements": ("created_at",),
    "erasures": ("erased_on",),
    "development_entries": ("created_at", "updated_at"),
    "groups": ("created_at", "updated_at"),
    "group_members": ("created_at",),
    "group_sessions": ("started_at", "created_at", "updated_at"),
    "group_rounds": ("created_at", "updated_at"),
    "insights": ("created_at", "updated_at"),
}
_EPOCH = datetime(1970, 1, 1)
_MICROSECOND = timedelta(microseconds=1)
_CONVERT = "moment_for_0011"


def _as_integer(text: str) -> int:
    return (datetime.fromisoformat(text) - _EPOCH) // _MICROSECOND


def _as_text(value: int) -> str:
    # SQLAlchemy's SQLite DateTime text, which revisions before this one read.
    moment = _EPOCH + timedelta(microseconds=value)
    return moment.isoformat(sep=" ", timespec="microseconds")


def _rewrite(convert: Callable[[object], object], stored_as: str) -> None:
    dbapi = op.get_bind().connection.driver_connection
    if dbapi is None:  # a connection SQLAlchemy has invalidated cannot upgrade anything
        raise RuntimeError("revision 0011 needs an open connection")
    dbapi.create_function(_CONVERT, 1, convert, deterministic=True)
    try:
        for table, columns in COLUMNS.items():
            for column in columns:
                op.execute(
                    f"UPDATE {table} SET {column} = {_CONVERT}({column}) "  # noqa: S608 - fixed names
                    f"WHERE typeof({column}) = '{stored_as}'"
                )
    finally:
        dbapi.create_function(_CONVERT, 1, None)


def upgrade() -> None:
    """Every moment stored as text, as an integer of microseconds."""
    _rewrite(_as_integer, "text")  # type: ignore[arg-type]


def downgrade() -> None:
    """Every moment stored as an integer, as SQLAlchemy's text again."""
    _rewrite(_as_text, "integer")  # type: ignore[arg-type]
