"""Writing an import's checked rows: one Core ``INSERT`` per table and batch, then the index.

Going through the ORM (an object per row, the unit of work, the flush hook indexing each
flush) cost most of an import's time, so the rows the checks built (plain dicts, one list per
table) are inserted with Core ``executemany`` statements, parents before children, and their
search documents are then written in the same transaction by ``search_index.bulk_index``: the
function the ORM's flush hook uses for new objects, given transient objects that carry the
row's values. So the vault holds exactly the rows and the index an ORM save would have written
(the demo data is written the same way: ``services/demo/writer.py``).

The statements run through the ORM session (``Session.execute``), so the vault's change log
notes every table an import touched, and they belong to the import's one transaction.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from datetime import datetime
from typing import Any

from sqlalchemy import Table, insert, update
from sqlalchemy.orm import Session, class_mapper

from coach_app.models import (
    Coachee,
    CoachingSession,
    DevelopmentEntry,
    Experiment,
    Goal,
    Group,
    GroupAttendance,
    GroupMember,
    GroupRound,
    GroupSession,
    Insight,
    Measurement,
)
from coach_app.models.base import utcnow
from coach_app.models.search_index import Indexed, bulk_index
from coach_app.services.exchange.validate import ROW_LISTS

Row = dict[str, Any]

#: The model of each of the plan's lists (``ROW_LISTS``, in insertion order).
MODEL_OF: dict[str, type[Any]] = dict(
    zip(
        ROW_LISTS,
        (
            Coachee,
            Goal,
            CoachingSession,
            Group,
            GroupMember,
            GroupSession,
            GroupAttendance,
            Insight,
            Experiment,
            Measurement,
            GroupRound,
            DevelopmentEntry,
        ),
        strict=True,
    )
)
#: The lists whose objects have a search document, with their model.
_INDEXED: dict[str, type[Indexed]] = {
    "coachees": Coachee,
    "goals": Goal,
    "sessions": CoachingSession,
    "groups": Group,
    "insights": Insight,
    "experiments": Experiment,
    "rounds": GroupRound,
}
#: Columns that point at a group session, which the file holds after the coachees.
LATER_COLUMNS = {
    "experiments": "agreed_in_group_session_id",
    "measurements": "group_session_id",
    "insights": "group_session_id",
}
#: The page cache of the import's connection, in KiB. SQLite's default (2 MB) is far smaller
#: than what one import writes: its pages would be spilled to the WAL mid-transaction and read
#: (and decrypted) again for every index insert. This bounds what the import adds to memory.
CACHE_KIB = 128 * 1024
#: Columns set to the moment of the import (what the ORM's ``utcnow`` defaults would give).
_STAMPS = ("created_at", "updated_at")


def _table(name: str) -> Table:
    table: Table = MODEL_OF[name].__table__
    return table


def _scalar_defaults(table: Table) -> tuple[tuple[str, Any], ...]:
    # A key the checks leave out (a group's purpose, say) takes the column's default, as an
    # ORM object would: every row of one executemany needs the same keys.
    return tuple(
        (column.key, column.default.arg)  # type: ignore[attr-defined]
        for column in table.columns
        if column.default is not None and column.default.is_scalar
    )


_DEFAULTS = {name: _scalar_defaults(_table(name)) for name in ROW_LISTS}
_STAMPED = {name: tuple(s for s in _STAMPS if s in _table(name).columns) for name in ROW_LISTS}


def _complete(name: str, rows: list[Row], now: datetime) -> None:
    defaults = _DEFAULTS[name]
    stamps = _STAMPED[name]
    for row in rows:
        for key, value in defaults:
            if key not in row:
                row[key] = value
        for key in stamps:
            row[key] = now


def _transient(rows: dict[str, list[Row]]) -> Iterator[Indexed]:
    # Never added to a session: they carry the row's values (defaults and time stamps included)
    # to the function that turns an object into its search document, which only reads them.
    # Made as the ORM makes the objects it loads (its instance state, the values put in place)
    # rather than by the constructor, whose change tracking costs thirty times as much.
    for name, model in _INDEXED.items():
        manager = class_mapper(model).class_manager
        for row in rows.get(name, ()):
            obj: Indexed = manager.new_instance()
            obj.__dict__.update(row)
            yield obj


@contextlib.contextmanager
def roomy_cache(s: Session) -> Iterator[None]:
    """Give the import's connection a ``CACHE_KIB`` page cache, and its own back afterwards."""
    connection = s.connection()
    before = connection.exec_driver_sql("PRAGMA cache_size").scalar_one()
    connection.exec_driver_sql(f"PRAGMA cache_size = -{CACHE_KIB:d}")
    try:
        yield
    finally:
        # Still inside the transaction: the pooled connection never keeps the larger cache.
        connection.exec_driver_sql(f"PRAGMA cache_size = {int(before):d}")


def write_rows(s: Session, rows: dict[str, list[Row]], later: dict[str, list[Row]]) -> None:
    """Insert one batch of checked rows (per list, in insertion order) and index them.

    A row's reference to a group session is written empty and kept in ``later`` (``link``):
    the groups come later in the file, and the foreign keys stay checked row by row.
    """
    now = utcnow()
    for name, found in rows.items():
        column = LATER_COLUMNS.get(name)
        if column is not None:
            for row in found:
                if row[column] is not None:
                    later.setdefault(name, []).append({"id": row["id"], column: row[column]})
                    row[column] = None
        _complete(name, found, now)
        s.execute(insert(_table(name)), found)
    bulk_index(s.connection(), _transient(rows))


def link(s: Session, later: dict[str, list[Row]]) -> None:
    """Set the references to group sessions kept by ``write_rows`` (each checked in the file)."""
    for name, values in later.items():
        s.execute(update(MODEL_OF[name]), values)
    later.clear()


__all__ = ["CACHE_KIB", "LATER_COLUMNS", "MODEL_OF", "link", "roomy_cache", "write_rows"]
