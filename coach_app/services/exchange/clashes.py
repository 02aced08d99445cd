"""Which of an import's ids the vault holds already, and which are erased coachees'.

One statement per chunk of ids asks every table at once (the same numbered parameters in
each part), so checking a file coachee by coachee costs a query per coachee, not per table.
The import uses it to notice a clash early; the message names it through ``_check_new_ids``
(the package's), whose order of questions decides which clash is reported.
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


def _statement(size: int) -> str:
    # Only the models' own table names and numbered placeholders go into the text.
    marks = ",".join(f"?{n}" for n in range(1, size + 1))
    parts = [
        f"SELECT id, 0 FROM {model.__tablename__} WHERE id IN ({marks})"  # noqa: S608
        for model in MODELS
    ]
    parts.append(
        f"SELECT coachee_id, 1 FROM {Erasure.__tablename__} WHERE coachee_id IN ({marks})"  # noqa: S608
    )
    return " UNION ALL ".join(parts)


def found_ids(s: Session, ids: Sequence[str]) -> tuple[set[str], set[str]]:
    """(the ``ids`` some table holds, the ``ids`` of erased coachees)."""
    taken: set[str] = set()
    erased: set[str] = set()
    connection = s.connection()
    for start in range(0, len(ids), CHUNK):
        chunk = tuple(ids[start : start + CHUNK])
        for ident, is_erased in connection.exec_driver_sql(_statement(len(chunk)), chunk):
            (erased if is_erased else taken).add(ident)
    return taken, erased
