"""The full-text index, kept in step with the tables by an ORM flush hook.

Two tables: ``search_docs`` (an ordinary table: which object a row of the index is about, the
coachee it belongs to, its date) and ``search_fts`` (FTS5, title and body, sharing rowids with
``search_docs``). Deleting from FTS5 by an unindexed column would scan the whole index, so every
lookup goes through ``search_docs`` and touches FTS5 by rowid only: an autosave stays O(log n).

New objects are indexed by :func:`bulk_index`, a few ``executemany`` statements for any number
of them: the flush hook calls it for a session's new objects, and writers that insert rows with
Core (demo data) call it for the objects they inserted, so both put exactly the same rows in the
index. Writes that bypass the ORM (bulk deletes, cascades) must call ``drop_coachee_documents``.

Deleting from FTS5 does not remove a word from the file: it adds a delete marker (which itself
spells the word) beside the segment that holds it, until segments are merged. An erasure
therefore ends with :func:`merge_segments` in its own transaction; with ``secure_delete`` on,
the pages the merge frees are zeroed. The same SQL serves raw connections (backups being
purged) through the ``*_SQL`` constants.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import date, datetime
from itertools import islice

from sqlalchemy import Column, Connection, Integer, String, Table, event, insert, select, text
from sqlalchemy.orm import Session, sessionmaker

from coach_app.models.base import Base
from coach_app.models.groups import Group, GroupRound, GroupSession, Insight
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

Indexed = Coachee | CoachingSession | Experiment | Goal | Group | GroupRound | Insight


def _join(parts: Iterable[str | None]) -> str:
    return "\n".join(p for p in parts if p)


def _iso(value: date | datetime | None) -> str:
    return value.isoformat() if value else ""


def _round_document(conn: Connection, obj: GroupRound) -> tuple[str, str, str, str, str]:
    # A round is its case-giver's story: keyed by their coachee, so erasing them drops it with
    # the rest of their entries. Without one (a name-only member, a former participant) it is
    # keyed by its group, as the group itself is; search shows the group's name either way.
    group_id, name, started = conn.execute(
        select(Group.id, Group.name, GroupSession.started_at)
        .join(GroupSession, GroupSession.group_id == Group.id)
        .where(GroupSession.id == obj.group_session_id)
    ).one()
    owner = group_id
    if obj.case_giver_id is not None:
        coachee = conn.execute(
            text("SELECT coachee_id FROM group_members WHERE id = :m"), {"m": obj.case_giver_id}
        ).scalar()
        owner = coachee or group_id
    body = _join([obj.situation, obj.key_question, obj.questions, obj.ideas, obj.insight])
    body = _join([body, obj.action, obj.what_helped])
    return "group_round", owner, _iso(started), name, body


def document_for(  # noqa: PLR0911 (one return per kind of object)
    obj: Indexed, conn: Connection | None = None
) -> tuple[str, str, str, str, str]:
    """(kind, coachee_id, at, title, body) of the search document for ``obj``.

    ``coachee_id`` is the key erasure drops by: a coachee's id, or a group's id for what
    belongs to a group and no coachee. A round needs ``conn`` to find its group and case-giver.
    """
    if isinstance(obj, GroupRound):
        if conn is None:
            raise ValueError("a group round is indexed with a connection")
        return _round_document(conn, obj)
    if isinstance(obj, Group):
        body = _join([obj.purpose, obj.organisation])
        return "group", obj.id, _iso(obj.started_on or obj.created_at), obj.name, body
    if isinstance(obj, Insight):
        return "insight", obj.coachee_id, _iso(obj.noted_on), "", obj.text
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
        documents = [(obj.id, *document_for(obj, conn)) for obj in chunk]
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
    _kind, coachee_id, at, title, body = document_for(obj, conn)
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


# One positional parameter each (the coachee id), so DB-API connections can run them as they are.
DROP_COACHEE_FTS_SQL = (
    "DELETE FROM search_fts WHERE rowid IN (SELECT rowid FROM search_docs WHERE coachee_id = ?)"
)
DROP_COACHEE_DOCS_SQL = "DELETE FROM search_docs WHERE coachee_id = ?"
# FTS5's 'optimize' merges every segment into one: entries and delete markers of deleted rows
# cancel out and the words they spelled are no longer written anywhere in the index.
MERGE_SEGMENTS_SQL = "INSERT INTO search_fts (search_fts) VALUES ('optimize')"


def drop_coachee_documents(conn: Connection, coachee_id: str) -> int:
    """Remove every index entry that belongs to a coachee; returns how many."""
    count = conn.execute(
        text("SELECT count(*) FROM search_docs WHERE coachee_id = :c"), {"c": coachee_id}
    ).scalar_one()
    if count:
        # By rowid (the subquery uses search_docs' coachee index), never by an FTS5 column.
        conn.exec_driver_sql(DROP_COACHEE_FTS_SQL, (coachee_id,))
        conn.exec_driver_sql(DROP_COACHEE_DOCS_SQL, (coachee_id,))
    return int(count)


def merge_segments(conn: Connection) -> None:
    """Merge the index into one segment, so no deleted entry's words stay in the file.

    Costs a rewrite of the whole index (under a second for a few thousand sessions): run it
    after an erasure, not after every delete.
    """
    conn.exec_driver_sql(MERGE_SEGMENTS_SQL)


# Parents first, as a fresh save would index them.
_INDEXED_TYPES: tuple[type[Indexed], ...] = (
    Coachee,
    Goal,
    CoachingSession,
    Experiment,
    Group,
    GroupRound,
    Insight,
)

# Deleting a group or a group session removes its rounds by ON DELETE CASCADE, which no flush
# sees: their entries are found as those whose round is gone (groups are deleted rarely).
_ORPHAN_ROUNDS = (
    "SELECT rowid FROM search_docs WHERE kind = 'group_round' "
    "AND owner_id NOT IN (SELECT id FROM group_rounds)"
)


def drop_orphan_rounds(conn: Connection) -> int:
    """Remove the entries of rounds deleted by a cascade; returns how many."""
    rowids = list(conn.exec_driver_sql(_ORPHAN_ROUNDS).scalars())
    for rowid in rowids:
        conn.execute(text("DELETE FROM search_fts WHERE rowid = :r"), {"r": rowid})
        conn.execute(text("DELETE FROM search_docs WHERE rowid = :r"), {"r": rowid})
    return len(rowids)


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
    cascaded = False
    for obj in session.deleted:
        cascaded = cascaded or isinstance(obj, Group | GroupSession)
        if isinstance(obj, _INDEXED_TYPES):
            if isinstance(obj, Coachee | Group):
                drop_coachee_documents(conn, obj.id)
            else:
                delete_document(conn, obj.id)
    if cascaded:
        drop_orphan_rounds(conn)


def attach(factory: sessionmaker[Session]) -> None:
    """Keep the index in step for every session ``factory`` makes (the vault's own factory)."""
    event.listen(factory, "after_flush", _keep_index_in_step)
