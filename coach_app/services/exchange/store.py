"""Writing an import's checked rows: one ``INSERT`` per table and batch, then the index.

Going through the ORM (an object per row, the unit of work, the flush hook indexing each
flush) cost most of an import's time, so the rows the checks built (plain dicts, one list per
table) are inserted with ``executemany`` statements, parents before children, and their
search entries are then written in the same transaction through ``search_index.BatchIndex``,
made by ``search_index.row_entries`` from the row's own values: what ``document_meta`` gives
the ORM's flush hook for an object holding them (the entries once came from transient objects
made for the purpose, which cost more than the entries). So the vault holds exactly the rows
and the index an ORM save would have written (the demo data is written the same way, through
``bulk_index``: ``services/demo/writer.py``).

The inserts are driver SQL (``exec_driver_sql``) with each value converted by its column
type's own bind processor, the one SQLAlchemy would apply: a Core ``insert()`` with a list of
dicts spent more time in SQLAlchemy's per-row parameter handling than SQLite spent inserting.
Driver SQL is not seen by the change log's ORM hook, so ``write_rows`` notes the tables it
wrote (``change_log.note_tables``); the statements run on the session's connection, inside the
import's one transaction.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from itertools import chain
from operator import itemgetter
from typing import Any

from sqlalchemy import JSON, Dialect, Table, insert, update
from sqlalchemy.dialects import sqlite
from sqlalchemy.orm import Session

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
from coach_app.models.search_index import BatchIndex, Indexed, row_entries
from coach_app.packing import json_text
from coach_app.services.exchange.validate import ROW_LISTS
from coach_app.vault import change_log

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


Processor = Callable[[Any], Any]


@dataclass(frozen=True)
class _Insert:
    """One table's ``INSERT`` for rows with a given set of keys, and how to bind their values.

    ``values`` turns the rows into the tuples the driver takes: each value through its column
    type's bind processor (dates and times to SQLite's text, JSON to its text, flags to 0/1),
    as Core's ``insert()`` would convert it. The time stamps hold the same moment in every row
    of a batch, so they are converted once per batch, not once per row.
    """

    sql: str
    getter: Callable[[Row], tuple[Any, ...]]
    processed: tuple[tuple[int, Processor], ...]
    stamps: tuple[tuple[str, Processor | None], ...]

    def values(self, rows: Sequence[Row], now: datetime) -> list[tuple[Any, ...]]:
        """The parameters of one ``executemany`` (every row has the keys of the first)."""
        tail = tuple(now if process is None else process(now) for _key, process in self.stamps)
        getter, processed = self.getter, self.processed
        if not processed:
            return [getter(row) + tail for row in rows]
        out: list[tuple[Any, ...]] = []
        for row in rows:
            found = list(getter(row))
            for index, process in processed:
                found[index] = process(found[index])
            out.append((*found, *tail))
        return out


def _tuple_getter(keys: tuple[str, ...]) -> Callable[[Row], tuple[Any, ...]]:
    if len(keys) == 1:  # itemgetter of one key gives the value itself, not a 1-tuple
        only = keys[0]
        return lambda row: (row[only],)
    getter: Callable[[Row], tuple[Any, ...]] = itemgetter(*keys)
    return getter


def _json_text() -> Processor:
    """``json_text(value)`` (the vault's JSON columns), without the layers around it.

    ``JSONEncoder.encode`` makes a new C encoder for every value (for its check for cyclic
    values) and goes through two Python functions: more than the encoding itself for the
    short lists and maps an import writes hundreds of thousands of. One C encoder with the
    same settings is made once; it does not look for cycles, which values parsed from JSON
    cannot have.
    """
    default = json.JSONEncoder(ensure_ascii=False)
    make = getattr(json.encoder, "c_make_encoder", None)
    if make is None:  # a Python without the C accelerator: the encoder as json.dumps uses it
        return default.encode
    encode = make(
        None,  # no markers: no check for cycles
        default.default,
        json.encoder.encode_basestring,  # not ..._ascii: as json_text, ensure_ascii=False
        default.indent,
        default.key_separator,
        default.item_separator,
        default.sort_keys,
        default.skipkeys,
        default.allow_nan,
    )

    def text(value: Any) -> str:
        return "".join(encode(value, 0))

    return text


_JSON_TEXT = _json_text()


def _iso_date(process: Processor) -> Processor:
    # SQLite's DATE stores ``%(year)04d-%(month)02d-%(day)02d``: ``date.isoformat()`` for a
    # date, and formatting a dict per value cost more than the insert; anything else (None, a
    # datetime, a wrong type) goes to SQLAlchemy's own processor.
    def text(value: Any) -> Any:
        return value.isoformat() if value.__class__ is date else process(value)

    return text


def _processor(table: Table, key: str, dialect: Dialect) -> Processor | None:
    # The type as this dialect stores it (SQLite's DATE and JSON have their own; a moment's,
    # ``models.base.Moment``, is one call already).
    impl = table.c[key].type.dialect_impl(dialect)
    if (
        isinstance(impl, JSON)
        and not impl.none_as_null
        and getattr(dialect, "_json_serializer", None) is json_text
    ):
        # What JSON's processor does for a list, a map or None with the vault's serializer:
        # ``json_text(value)``. A third of the values an import writes are JSON; the
        # processor's wrappers cost half as much again as the text.
        return _JSON_TEXT
    found: Processor | None = impl.bind_processor(dialect)
    if found is not None:
        # Only SQLite's own types (the driver's subclasses of them included) with their
        # default storage format (a column could set another, which isoformat would not
        # follow), and only if the two agree on a few values.
        for kind, (storage, fast) in _ISO.items():
            if isinstance(impl, kind) and getattr(impl, "_storage_format", None) == storage:
                quick = fast(found)
                if all(quick(value) == found(value) for value in _SAMPLES[kind]):
                    return quick
    return found


#: SQLite's date type, whose values ``isoformat`` writes, with the storage format that holds
#: for.
_ISO: dict[type[Any], tuple[str, Callable[[Processor], Processor]]] = {
    sqlite.DATE: (sqlite.DATE._storage_format, _iso_date),
}
_SAMPLES: dict[type[Any], tuple[Any, ...]] = {
    sqlite.DATE: (date(1, 1, 1), date(2024, 2, 29), datetime(2025, 3, 4, 5, 6, 7), None),
}


_INSERTS: dict[tuple[str, tuple[str, ...], str], _Insert | None] = {}


def _insert_of(name: str, keys: tuple[str, ...], dialect: Dialect) -> _Insert | None:
    """The driver-level insert of list ``name`` for rows with ``keys``; None: use Core's.

    Core's ``insert()`` would fill a column left out with a Python-side default (an id, an
    empty list) row by row; the checks give every row each such column, but if one ever did
    not, the batch goes through Core (the same rows, only slower) rather than be written
    differently.
    """
    cache_key = (name, keys, dialect.name)
    if cache_key in _INSERTS:
        return _INSERTS[cache_key]
    table = _table(name)
    found: _Insert | None = None
    if all(c.key in keys for c in table.columns if c.default is not None):
        stamps = tuple(k for k in _STAMPED[name] if k in keys)
        plain = tuple(k for k in keys if k not in stamps)
        quote = dialect.identifier_preparer.quote
        names = ", ".join(quote(table.c[k].name) for k in (*plain, *stamps))
        marks = ", ".join("?" * len(keys))  # SQLite's driver takes qmark parameters
        processed = tuple(
            (index, process)
            for index, key in enumerate(plain)
            if (process := _processor(table, key, dialect)) is not None
        )
        found = _Insert(
            sql=f"INSERT INTO {quote(table.name)} ({names}) VALUES ({marks})",  # noqa: S608
            getter=_tuple_getter(plain),
            processed=processed,
            stamps=tuple((k, _processor(table, k, dialect)) for k in stamps),
        )
    _INSERTS[cache_key] = found
    return found


def write_rows(
    s: Session, rows: dict[str, list[Row]], later: dict[str, list[Row]], index: BatchIndex
) -> None:
    """Insert one batch of checked rows (per list, in insertion order) and add them to ``index``.

    A row's reference to a group session is written empty and kept in ``later`` (``link``):
    the groups come later in the file, and the foreign keys stay checked row by row. The
    rows' search entries are written now; their text is indexed by runs (``BatchIndex``), and
    the last of it by ``link``, which the import calls before it commits.
    """
    now = utcnow()
    conn = s.connection()
    for name, found in rows.items():
        column = LATER_COLUMNS.get(name)
        if column is not None:
            for row in found:
                if row[column] is not None:
                    later.setdefault(name, []).append({"id": row["id"], column: row[column]})
                    row[column] = None
        _complete(name, found, now)
        statement = _insert_of(name, tuple(found[0]), conn.dialect)
        if statement is None:
            s.execute(insert(_table(name)), found)
        else:
            conn.exec_driver_sql(statement.sql, statement.values(found, now))
    change_log.note_tables(s, [_table(name).name for name in rows])
    # The entries from the rows' own values (defaults and time stamps included), per list in
    # the order the ORM's flush hook would index them: the same entries a save writes. One
    # stream for the batch, so its entries are written by the fewest statements.
    index.add_entries(
        chain.from_iterable(
            row_entries(model, rows[name], conn) for name, model in _INDEXED.items() if name in rows
        )
    )


def link(s: Session, later: dict[str, list[Row]], index: BatchIndex) -> None:
    """The import's last writes: what waits in ``index``, then the group-session references.

    The references were kept by ``write_rows``; each was checked against the file.
    """
    index.finish()
    for name, values in later.items():
        s.execute(update(MODEL_OF[name]), values)
    later.clear()


__all__ = [
    "CACHE_KIB",
    "LATER_COLUMNS",
    "MODEL_OF",
    "BatchIndex",
    "link",
    "roomy_cache",
    "write_rows",
]
