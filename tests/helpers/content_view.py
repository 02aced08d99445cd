"""The search's content view, read whole: to compare a revision's documents with another's."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection

from coach_app.models import CoachingSession
from coach_app.models.packed import PackedJSON, PackedText


def documents(conn: Connection, view: str = "search_content") -> list[tuple[Any, ...]]:
    """Every (doc_id, title, body) of ``view``, in doc_id order."""
    return [tuple(row) for row in conn.exec_driver_sql(f"SELECT * FROM {view} ORDER BY doc_id")]


def documents_of(conn: Connection, view_ddl: str) -> list[tuple[Any, ...]]:
    """The documents a released revision's view (its ``CONTENT_VIEW_DDL``) gives on these rows.

    The view is made as a temporary one beside the vault's own, so the vault is not changed.
    """
    conn.exec_driver_sql("DROP VIEW IF EXISTS temp.released_content")
    conn.exec_driver_sql(
        view_ddl.replace("CREATE VIEW search_content", "CREATE TEMP VIEW released_content", 1)
    )
    return documents(conn, "released_content")


#: The session columns stored packed from revision 0008 on (``coach_app.packing``): read from
#: the model's column types, so a column packed later is covered without a second list.
PACKED_COLUMNS = tuple(
    column.name
    for column in CoachingSession.__table__.c
    if isinstance(column.type, PackedText | PackedJSON)
)


def documents_as_typed(conn: Connection, view_ddl: str) -> list[tuple[Any, ...]]:
    """:func:`documents_of` a view from before revision 0008, which reads TEXT alone.

    Every packed value is unpacked first, inside a savepoint rolled back after, so the old
    view reads the rows as they were typed and the vault is not changed.
    """
    savepoint = conn.begin_nested()
    try:
        for column in PACKED_COLUMNS:
            conn.exec_driver_sql(
                f"UPDATE sessions SET {column} = unpacked({column}) WHERE typeof({column}) = 'blob'"
            )
        return documents_of(conn, view_ddl)
    finally:
        savepoint.rollback()
