"""The full-text index, kept in step with the tables by an ORM flush hook.

Two tables: ``search_docs`` (an ordinary table: which object a row of the index is about, the
coachee it belongs to, its date) and ``search_fts`` (FTS5, title and body, sharing rowids with
``search_docs``). Deleting from FTS5 by an unindexed column would scan the whole index, so every
lookup goes through ``search_docs`` and touches FTS5 by rowid only: an autosave stays O(log n).

New objects are indexed by :func:`bulk_index`, a few ``executemany`` statements for any number
of them: the flush hook calls it for a session's new objects, and writers that insert rows with
Core (demo data) call it for the objects they inserted, so both put exactly the same rows in the
index. Writes that bypass the ORM (bulk deletes, cascades) must call ``drop_coachee_documents``.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import date, datetime
from itertools import islice

from sqlalchemy import Column, Connection, Integer, String, Table, event, insert, select, text
from sqlalchemy.orm import Session, sessionmaker

from coach_app.models.base import Base
from coach_app.models.tables import Coachee, CoachingSession, Experiment, Goal

search_docs = Table(
    "search_docs",
    Base.metadata,
    Column("rowid", Integer, primary_key=True),
    Column("kind", String(20), nullable=False),
    Column("owner_id", String(36), nullable=False, unique=True),
    Column("coachee_id", String(36), nullable=False, index=True),
    Column("at", String(32), nullable=False, default=""),
)

# unicode61 with remove_diacritics 2 folds "sécurité" to "securite" for every script it knows;
# the prefix indexes make "conf*" as cheap as a whole word.
FTS_DDL = (
    "CREATE VIRTUAL TABLE IF NOT EXISTS search_fts USING fts5("
    "title, body, tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3')"
)

Indexed = Coachee | CoachingSession | Experiment | Goal


def _join(parts: Iterable[str | None]) -> str:
    return "\n".join(p for p in parts if p)


def _iso(value: date | datetime | None) -> str:
    return value.isoformat() if value else ""


def document_for(obj: Indexed) -> tuple[str, str, str, str, str]:
    """(kind, coachee_id, at, title, body) of the search document for ``obj``."""
    if isinstance(obj, Coachee):
        body = _join(
            [
                obj.role,
                obj.organisation,
                obj.team,
                obj.email,
                obj.programme,
                obj.focus,
                *list(obj.tags or []),
            ]
        )
        return "coachee", obj.id, _iso(obj.started_on), obj.name, body
    if isinstance(obj, CoachingSession):
        sections = obj.sections or {}
        body = _join([*sections.values(), obj.notes, obj.private_reflection, *(obj.tags or [])])
        return "session", obj.coachee_id, _iso(obj.started_at), obj.template.upper(), body
    if isinstance(obj, Experiment):
        body = _join([obj.prediction, obj.action, obj.success_signal, obj.outcome, obj.learning])
        return "experiment", obj.coachee_id, _iso(obj.due_on or obj.created_at), obj.title, body
    body = _join([obj.description, *(obj.gas_levels or {}).values()])
    return "goal", obj.coachee_id, _iso(obj.created_at), obj.title, body


# Documents written per pair of statements: large enough that the statement overhead vanishes,
# small enough that a rebuild of a 100,000-session vault does not hold every body in memory.
_CHUNK = 2000


def _chunks(objects: Iterable[Indexed]) -> Iterator[list[Indexed]]:
    it = iter(objects)
    while chunk := list(islice(it, _CHUNK)):
        yield chunk


def bulk_index(conn: Connection, objects: Iterable[Indexed]) -> int:
    """Add the index entries of objects that have none yet; returns how many were written.

    Used for every new object: by the flush hook for a session's new objects, and by writers
    that insert rows with Core, passing transient objects built from the same values (which get
    no column defaults, so they must carry every value the index reads). The entries get rowids
    after the current largest, as single-row inserts would give them.
    """
    written = 0
    for chunk in _chunks(objects):
        documents = [(obj.id, *document_for(obj)) for obj in chunk]
        top = conn.execute(text("SELECT coalesce(max(rowid), 0) FROM search_docs")).scalar_one()
        conn.execute(
            insert(search_docs),
            [
                {"rowid": top + i, "kind": kind, "owner_id": owner, "coachee_id": cid, "at": at}
                for i, (owner, kind, cid, at, _title, _body) in enumerate(documents, start=1)
            ],
        )
        # The driver's executemany straight away: FTS5 rows need no SQLAlchemy typing.
        conn.exec_driver_sql(
            "INSERT INTO search_fts (rowid, title, body) VALUES (?, ?, ?)",
            [
                (top + i, title, body)
                for i, (_owner, _kind, _cid, _at, title, body) in enumerate(documents, start=1)
            ],
        )
        written += len(documents)
    return written


def upsert_document(conn: Connection, obj: Indexed) -> None:
    """Rewrite the index entry of one changed object (or add it, if it has none)."""
    rowid = conn.execute(
        text("SELECT rowid FROM search_docs WHERE owner_id = :o"), {"o": obj.id}
    ).scalar()
    if rowid is None:
        bulk_index(conn, [obj])
        return
    _kind, coachee_id, at, title, body = document_for(obj)
    conn.execute(text("DELETE FROM search_fts WHERE rowid = :r"), {"r": rowid})
    conn.execute(
        text("UPDATE search_docs SET at = :a, coachee_id = :c WHERE rowid = :r"),
        {"a": at, "c": coachee_id, "r": rowid},
    )
    conn.execute(
        text("INSERT INTO search_fts (rowid, title, body) VALUES (:r, :t, :b)"),
        {"r": rowid, "t": title, "b": body},
    )


def delete_document(conn: Connection, owner_id: str) -> None:
    """Remove the index entry of one object, if it has one."""
    rowid = conn.execute(
        text("SELECT rowid FROM search_docs WHERE owner_id = :o"), {"o": owner_id}
    ).scalar()
    if rowid is not None:
        conn.execute(text("DELETE FROM search_fts WHERE rowid = :r"), {"r": rowid})
        conn.execute(text("DELETE FROM search_docs WHERE rowid = :r"), {"r": rowid})


def drop_coachee_documents(conn: Connection, coachee_id: str) -> int:
    """Remove every index entry that belongs to a coachee; returns how many."""
    rowids = list(
        conn.execute(
            text("SELECT rowid FROM search_docs WHERE coachee_id = :c"), {"c": coachee_id}
        ).scalars()
    )
    for rowid in rowids:
        conn.execute(text("DELETE FROM search_fts WHERE rowid = :r"), {"r": rowid})
    conn.execute(text("DELETE FROM search_docs WHERE coachee_id = :c"), {"c": coachee_id})
    return len(rowids)


# Parents first, as a fresh save would index them.
_INDEXED_TYPES: tuple[type[Indexed], ...] = (Coachee, Goal, CoachingSession, Experiment)


def rebuild(conn: Connection) -> None:
    """Rebuild the whole index from the tables (after an import or a restore)."""
    conn.execute(text("DELETE FROM search_fts"))
    conn.execute(text("DELETE FROM search_docs"))
    with Session(bind=conn) as session:
        for model in _INDEXED_TYPES:
            bulk_index(conn, session.scalars(select(model).execution_options(yield_per=1000)))


def _keep_index_in_step(session: Session, _flush_context: object) -> None:
    # Runs inside the flush's transaction, so the index commits or rolls back with the data.
    conn = session.connection()
    bulk_index(conn, [obj for obj in session.new if isinstance(obj, _INDEXED_TYPES)])
    for obj in session.dirty:
        if isinstance(obj, _INDEXED_TYPES) and session.is_modified(obj):
            upsert_document(conn, obj)
    for obj in session.deleted:
        if isinstance(obj, _INDEXED_TYPES):
            if isinstance(obj, Coachee):
                drop_coachee_documents(conn, obj.id)
            else:
                delete_document(conn, obj.id)


def attach(factory: sessionmaker[Session]) -> None:
    """Keep the index in step for every session ``factory`` makes (the vault's own factory)."""
    event.listen(factory, "after_flush", _keep_index_in_step)
