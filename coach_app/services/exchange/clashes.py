"""Which of an import's ids the vault holds already, and which are erased coachees'.

One statement per chunk of ids asks every table at once (the same numbered parameters in
each part), so checking a file coachee by coachee costs a query per coachee, not per table.
The import uses it to notice a clash early; the message names it through ``_check_new_ids``
(the package's), whose order of questions decides which clash is reported.

Only the tables that held rows before the import are asked (``occupied``): the file's ids are
unique within the file, so the rows the import itself wrote cannot clash, and an import into
a new, empty vault asks nothing at all.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy.orm import Session

from coach_app.models import (
    Coachee,
    CoachingSession,
    DevelopmentEntry,
    Erasure,
    Experiment,
    Goal,
    Group,
    GroupMember,
    GroupRound,
    GroupSession,
    Insight,
    Measurement,
)

#: Every table whose rows an import adds with the file's ids.
MODELS: tuple[type[Any], ...] = (
    Coachee,
    Goal,
    CoachingSession,
    Experiment,
    Measurement,
    Insight,
    Group,
    GroupMember,
    GroupSession,
    GroupRound,
    DevelopmentEntry,
)
CHUNK = 500  # far below SQLite's limit on parameters; keeps each statement small


#: The tables asked, with the column holding the ids and whether a hit means "erased".
_WHERE: tuple[tuple[str, str, int], ...] = (
    *((model.__tablename__, "id", 0) for model in MODELS),
    (Erasure.__tablename__, "coachee_id", 1),
)


def occupied(s: Session) -> tuple[str, ...]:
    """The tables (of ``MODELS`` and the erasures) that hold at least one row now."""
    connection = s.connection()
    return tuple(
        table
        for table, _column, _erased in _WHERE
        # Only the models' own table names go into the text.
        if connection.exec_driver_sql(f"SELECT 1 FROM {table} LIMIT 1").first()  # noqa: S608
    )


def _statement(size: int, tables: Sequence[str]) -> str:
    # Only the models' own table names and numbered placeholders go into the text.
    marks = ",".join(f"?{n}" for n in range(1, size + 1))
    return " UNION ALL ".join(
        f"SELECT {column}, {erased} FROM {table} WHERE {column} IN ({marks})"  # noqa: S608
        for table, column, erased in _WHERE
        if table in tables
    )


def found_ids(
    s: Session, ids: Sequence[str], tables: Sequence[str] | None = None
) -> tuple[set[str], set[str]]:
    """(the ``ids`` some table holds, the ``ids`` of erased coachees).

    ``tables``: ask only these (``occupied`` before the import wrote anything); all by default.
    """
    taken: set[str] = set()
    erased: set[str] = set()
    names = tuple(t for t, _c, _e in _WHERE) if tables is None else tuple(tables)
    if not names or not ids:
        return taken, erased
    connection = s.connection()
    for start in range(0, len(ids), CHUNK):
        chunk = tuple(ids[start : start + CHUNK])
        for ident, is_erased in connection.exec_driver_sql(_statement(len(chunk), names), chunk):
            (erased if is_erased else taken).add(ident)
    return taken, erased
