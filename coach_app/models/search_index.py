"""The full-text index, kept in step with the tables by ORM flush hooks.

``search_docs`` (an ordinary table) says which object each entry is about, the coachee it
belongs to (or the group, for what is no coachee's) and its date. ``search_fts`` (FTS5) indexes
a title and a body per entry, sharing rowids with ``search_docs``, but stores no text of its
own: its content is the view ``search_content`` (schema revisions 0003 and 0007), which
computes every document from the tables. That view is the one definition of a document; this
module writes ``search_docs`` rows and tells FTS5 which rowids to index or forget.

Kept in step, in the write's own transaction:

* new objects are indexed after their rows are written (:func:`bulk_index`, a few statements
  for any number of them: the flush hook for a session's new objects, and writers that insert
  rows with Core for the objects they inserted; :class:`BatchIndex` for a writer that adds
  many small batches in one transaction);
* an entry is removed *before* its row changes or goes: FTS5 forgets an entry by being given
  the text it indexed ('delete'), which only the old row still has. A 'delete' with other text
  would leave words in the index that nothing can take out. So the ``before_flush`` hook
  removes the entries of changed and deleted objects (and of rounds that a group's rename or a
  cascade changes or removes), and ``after_flush`` indexes the changed ones again. A writer
  that deletes rows with Core (an erasure) calls :func:`drop_coachee_documents` first.

Deleting from FTS5 does not remove a word from the file: it adds a delete marker (which itself
spells the word) beside the segment that holds it, until segments are merged. An erasure
therefore ends with :func:`merge_segments`; with ``secure_delete`` on, the pages the merge frees
are zeroed. The same SQL serves raw connections (backups being purged) through the ``*_SQL``
constants. Every lookup goes through ``search_docs`` and touches FTS5 by rowid only, so an
autosave stays O(log n).
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping
from datetime import date, datetime
from itertools import islice
from typing import Any

from sqlalchemy import Column, Connection, Integer, String, Table, event, select, text
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
    # No index: only an erasure looks entries up by coachee, and it rewrites the whole index
    # after that anyway (revision 0010).
    Column("coachee_id", String(36), nullable=False),
    Column("at", String(32), nullable=False, default=""),
)

#: The view FTS5 reads the documents from (revision 0003 defines it, 0007 reads it faster).
CONTENT_VIEW = "search_content"

Indexed = Coachee | CoachingSession | Experiment | Goal | Group | GroupRound | Insight
#: (kind, coachee_id, at): what ``search_docs`` holds about an object besides its id.
Meta = tuple[str, str, str]


def _iso(value: date | datetime | None) -> str:
    return value.isoformat() if value else ""


def _round_meta(conn: Connection, group_session_id: str, case_giver_id: str | None) -> Meta:
    # A round is its case-giver's story: keyed by their coachee, so erasing them drops it with
    # the rest of their entries. Without one (a name-only member, a former participant) it is
    # keyed by its group, as the group itself is.
    group_id, started = conn.execute(
        select(GroupSession.group_id, GroupSession.started_at).where(
            GroupSession.id == group_session_id
        )
    ).one()
    owner = group_id
    if case_giver_id is not None:
        coachee = conn.execute(
            text("SELECT coachee_id FROM group_members WHERE id = :m"), {"m": case_giver_id}
        ).scalar()
        owner = coachee or group_id
    return "group_round", owner, _iso(started)


#: Each indexed kind (but rounds): its name, the field its entry is keyed by (a coachee's id,
#: or a group's own), and the fields that date it, the first one set counting.
_RULES: dict[type[Any], tuple[str, str, tuple[str, ...]]] = {
    Coachee: ("coachee", "id", ("started_on",)),
    Goal: ("goal", "coachee_id", ("created_at",)),
    CoachingSession: ("session", "coachee_id", ("started_at",)),
    Group: ("group", "id", ("started_on", "created_at")),
    Insight: ("insight", "coachee_id", ("noted_on",)),
    Experiment: ("experiment", "coachee_id", ("due_on", "created_at")),
}


def _meta(model: type[Any], get: Callable[[str], Any], conn: Connection) -> Meta:
    """(kind, coachee_id, at) of an entry of ``model`` whose values ``get`` reads."""
    if model is GroupRound:
        return _round_meta(conn, get("group_session_id"), get("case_giver_id"))
    rule = _RULES.get(model)
    if rule is None:
        raise TypeError(f"{model.__name__} has no search entry")
    kind, owner, dated = rule
    at = None
    for field in dated:
        if at := get(field):
            break
    return kind, get(owner), _iso(at)


def document_meta(obj: Indexed, conn: Connection) -> Meta:
    """(kind, coachee_id, at) of the search entry for ``obj``; its text is the view's.

    ``coachee_id`` is the key erasure drops by: a coachee's id, or a group's id for what
    belongs to a group and no coachee. ``at`` dates the entry (a round's is its meeting's).
    """
    return _meta(type(obj), lambda field: getattr(obj, field), conn)


#: A search entry to write: (owner id, kind, coachee_id, at).
Entry = tuple[str, str, str, str]


def row_entries(
    model: type[Indexed], rows: Iterable[Mapping[str, Any]], conn: Connection
) -> list[Entry]:
    """The entries of rows of ``model`` given as plain values (column key -> value).

    By the same rules as :func:`document_meta`, read from the row (a bulk writer has no
    objects: making one per row cost more than the entry). Each row needs the values those
    rules read, defaults and time stamps included; one it leaves out reads as None, as on an
    object that was not given it.
    """
    return [(row["id"], *_meta(model, row.get, conn)) for row in rows]


# Entries written per round of statements: large enough that the statement overhead vanishes,
# small enough that a rebuild of a 100,000-session vault does not hold every object in memory.
_CHUNK = 2000

_INSERT_DOCS = (
    "INSERT INTO search_docs (rowid, kind, owner_id, coachee_id, at) VALUES (?, ?, ?, ?, ?)"
)
# FTS5 indexes what the view says about these rowids (the rows must be in their tables). In
# rowid order: FTS5 writes out what it holds whenever a rowid goes backwards, and the view
# gives each kind of object in turn.
_INDEX_RANGE = (
    "INSERT INTO search_fts (rowid, title, body) "
    "SELECT doc_id, title, body FROM search_content WHERE doc_id BETWEEN ? AND ? ORDER BY doc_id"
)
_INDEX_ONE = (
    "INSERT INTO search_fts (rowid, title, body) "
    "SELECT doc_id, title, body FROM search_content WHERE doc_id = ?"
)
# FTS5 forgets an entry given the text it indexed: the view's, while the row is unchanged.
_FORGET_ONE = (
    "INSERT INTO search_fts (search_fts, rowid, title, body) "
    "SELECT 'delete', doc_id, title, body FROM search_content WHERE doc_id = ?"
)


class IndexOutOfStep(RuntimeError):
    """An object was to be indexed whose row is not (yet) in its table."""


def _chunks(entries: Iterable[Entry]) -> Iterator[list[Entry]]:
    it = iter(entries)
    while chunk := list(islice(it, _CHUNK)):
        yield chunk


def _entries(conn: Connection, objects: Iterable[Indexed]) -> Iterator[Entry]:
    for obj in objects:
        yield (obj.id, *document_meta(obj, conn))


def _write_entries(conn: Connection, metas: list[Entry]) -> int:
    """Write the ``search_docs`` rows of ``metas`` after the largest rowid; returns the first."""
    top: int = conn.execute(text("SELECT coalesce(max(rowid), 0) FROM search_docs")).scalar_one()
    # Driver SQL with tuples: the columns are plain integers and texts, and Core's per-row
    # parameter handling cost more than the inserts (an import writes 100,000s of entries).
    conn.exec_driver_sql(
        _INSERT_DOCS,
        [
            (top + i, kind, owner, cid, at)
            for i, (owner, kind, cid, at) in enumerate(metas, start=1)
        ],
    )
    return top + 1


def _index_range(conn: Connection, first: int, count: int) -> None:
    """Give FTS5 the text of the ``count`` entries from rowid ``first`` (all of them written)."""
    indexed = conn.exec_driver_sql(_INDEX_RANGE, (first, first + count - 1)).rowcount
    if indexed != count:
        raise IndexOutOfStep("an object was indexed before its row was written")


def bulk_index(conn: Connection, objects: Iterable[Indexed]) -> int:
    """Index objects that have no entry yet; returns how many entries were written.

    Their rows must already be in their tables (the text is read from there): the flush hook
    calls this after the flush, and writers that insert rows with Core call it after the
    inserts, passing objects that carry the rows' values (transient ones get no column
    defaults, so they must carry every value :func:`document_meta` reads). The entries get
    rowids after the current largest, as single-row inserts would give them.

    Raises:
        IndexOutOfStep: an object's row is missing (nothing of the chunk is then usable: the
            caller's transaction must roll back).
    """
    written = 0
    for chunk in _chunks(_entries(conn, objects)):
        _index_range(conn, _write_entries(conn, chunk), len(chunk))
        written += len(chunk)
    return written


#: Entries a ``BatchIndex`` lets wait before FTS5 is given their text (see there).
_RUN = 10 * _CHUNK


class BatchIndex:
    """``bulk_index`` for a writer that adds many small batches in one transaction (an import).

    FTS5 writes what it holds to a new segment of the index at the start of every statement
    that adds to it, and merges those segments again and again as they pile up. Indexed a
    coachee at a time, an import of 100,000 sessions made hundreds of small segments, and the
    merging cost more than the tokenizing. So the entries are written with each batch, as
    ``bulk_index`` writes them, but FTS5 is given their text a run of ``_RUN`` entries at a
    time, and the rest at ``finish``. Between the two the index is behind its entries: call
    ``finish`` before the transaction commits (a failure before it rolls both back).
    """

    def __init__(self, conn: Connection, run: int = _RUN) -> None:
        self.conn = conn
        self.run = run
        self.first = 0  # the first rowid waiting to be indexed
        self.waiting = 0

    def add(self, objects: Iterable[Indexed]) -> int:
        """Write the entries of objects that have none yet (as ``bulk_index``); how many."""
        return self.add_entries(_entries(self.conn, objects))

    def add_entries(self, entries: Iterable[Entry]) -> int:
        """``add`` for entries made already (``row_entries``); how many were written."""
        written = 0
        for chunk in _chunks(entries):
            first = _write_entries(self.conn, chunk)
            if self.waiting and first != self.first + self.waiting:
                self.finish()  # another writer's entries in between: index what waits first
            if not self.waiting:
                self.first = first
            self.waiting += len(chunk)
            written += len(chunk)
            if self.waiting >= self.run:
                self.finish()
        return written

    def finish(self) -> None:
        """Index every entry still waiting (``IndexOutOfStep`` if a row is missing)."""
        if self.waiting:
            _index_range(self.conn, self.first, self.waiting)
            self.waiting = 0


#: FTS5's settings while a bulk writer fills the index (see ``bulk_settings``), with the values
#: FTS5 uses when the index stores none (its documented defaults).
BULK_SETTINGS = {"hashsize": 32 * 1024 * 1024, "automerge": 0}
_FTS_DEFAULTS = {"hashsize": 1024 * 1024, "automerge": 4}
_SET_FTS = "INSERT INTO search_fts (search_fts, rank) VALUES (?, ?)"


@contextlib.contextmanager
def bulk_settings(conn: Connection) -> Iterator[None]:
    """Let FTS5 take a large batch of text cheaply, then give the index its settings back.

    With its defaults FTS5 writes a new segment of the index whenever 1 MB of tokens is
    pending, and merges segments after every write of one: indexing an import of 100,000
    sessions spent more time merging than tokenizing. Inside this block it keeps 32 MB
    pending (a few large segments) and leaves merging to the crisis merge FTS5 always does
    (``crisismerge``: a level of 16 segments is merged at once); the usual incremental merges
    take over again with the index's next writes.

    The settings are stored in the index's config table, in the transaction: they are put back
    as they were (a setting the index did not store is removed again) when the block ends
    normally. On an error they are not touched, as the transaction must roll back and takes
    them with it (FTS5 reloads its settings when its stored ones change).
    """
    names = tuple(BULK_SETTINGS)
    stored: dict[str, object] = dict(
        conn.exec_driver_sql("SELECT k, v FROM search_fts_config WHERE k IN (?, ?)", names).all()
    )
    conn.exec_driver_sql(_SET_FTS, list(BULK_SETTINGS.items()))
    yield
    conn.exec_driver_sql(_SET_FTS, [(k, stored.get(k, _FTS_DEFAULTS[k])) for k in names])
    # What was not stored goes again (FTS5 holds the defaults it was just given).
    unset = [(k,) for k in names if k not in stored]
    if unset:
        conn.exec_driver_sql("DELETE FROM search_fts_config WHERE k = ?", unset)


def _rowid_of(conn: Connection, owner_id: str) -> int | None:
    rowid = conn.execute(
        text("SELECT rowid FROM search_docs WHERE owner_id = :o"), {"o": owner_id}
    ).scalar()
    return None if rowid is None else int(rowid)


def _forget(conn: Connection, rowids: Collection[int]) -> None:
    """Take entries out of FTS5 (their ``search_docs`` rows stay); rows must be unchanged."""
    if rowids:
        conn.exec_driver_sql(_FORGET_ONE, [(r,) for r in sorted(rowids)])


def _drop(conn: Connection, rowids: Collection[int]) -> None:
    """Remove entries altogether, before their rows go."""
    if rowids:
        _forget(conn, rowids)
        conn.exec_driver_sql(
            "DELETE FROM search_docs WHERE rowid = ?", [(r,) for r in sorted(rowids)]
        )


def delete_document(conn: Connection, owner_id: str) -> None:
    """Remove the entry of one object, if it has one; call it before the row goes."""
    rowid = _rowid_of(conn, owner_id)
    if rowid is not None:
        _drop(conn, [rowid])


# One positional parameter each (the coachee id), so DB-API connections can run them as they
# are. By rowid (the subquery scans search_docs, which has no coachee index: an erasure
# rewrites the whole index after it), never by an FTS5 column.
DROP_COACHEE_FTS_SQL = (
    "INSERT INTO search_fts (search_fts, rowid, title, body) "
    "SELECT 'delete', doc_id, title, body FROM search_content "
    "WHERE doc_id IN (SELECT rowid FROM search_docs WHERE coachee_id = ?) ORDER BY doc_id"
)
DROP_COACHEE_DOCS_SQL = "DELETE FROM search_docs WHERE coachee_id = ?"
#: Revisions 0001 and 0002 (a backup that is purged, never migrated): FTS5 held its own copy.
LEGACY_DROP_COACHEE_FTS_SQL = (
    "DELETE FROM search_fts WHERE rowid IN (SELECT rowid FROM search_docs WHERE coachee_id = ?)"
)
# FTS5's 'optimize' merges every segment into one: entries and delete markers of deleted rows
# cancel out and the words they spelled are no longer written anywhere in the index.
MERGE_SEGMENTS_SQL = "INSERT INTO search_fts (search_fts) VALUES ('optimize')"
#: FTS5 compares its index with what the view says; raises an error when they differ.
INTEGRITY_CHECK_SQL = "INSERT INTO search_fts (search_fts, rank) VALUES ('integrity-check', 1)"


def drop_coachee_documents(conn: Connection, coachee_id: str) -> int:
    """Remove every entry that belongs to a coachee (or group); returns how many.

    Call it before their rows are deleted: the index is told what to forget from the rows.
    ``search_docs`` is read once (a scan: it has no coachee index), then each entry goes by
    rowid.
    """
    rowids = (
        conn.execute(text("SELECT rowid FROM search_docs WHERE coachee_id = :c"), {"c": coachee_id})
        .scalars()
        .all()
    )
    _drop(conn, rowids)
    return len(rowids)


def merge_segments(conn: Connection) -> None:
    """Merge the index into one segment, so no deleted entry's words stay in the file.

    Costs a rewrite of the whole index (under a second for a few thousand sessions): run it
    after an erasure, not after every delete.
    """
    conn.exec_driver_sql(MERGE_SEGMENTS_SQL)


def check(conn: Connection) -> None:
    """Raise (a database error) if the index is not exactly what the view says it should be."""
    conn.exec_driver_sql(INTEGRITY_CHECK_SQL)


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


def rebuild(conn: Connection) -> None:
    """Rebuild the whole index from the tables (after an import or a restore)."""
    # 'delete-all' empties an external-content index without reading the old text.
    conn.exec_driver_sql("INSERT INTO search_fts (search_fts) VALUES ('delete-all')")
    conn.execute(text("DELETE FROM search_docs"))
    with Session(bind=conn) as session:
        for model in _INDEXED_TYPES:
            bulk_index(conn, session.scalars(select(model).execution_options(yield_per=1000)))


# ---- the flush hooks ------------------------------------------------------------------------

# Objects whose row feeds some entry's text: the indexed ones, and a round's meeting.
_TEXT_SOURCES: tuple[type, ...] = (*_INDEXED_TYPES, GroupSession)

# Entries taken out before a flush, to be indexed again after it (in ``Session.info``).
_PENDING = "search_index.reindex"

_ROUNDS_OF_GROUP = (
    "SELECT d.rowid FROM search_docs AS d JOIN group_rounds AS r ON r.id = d.owner_id "
    "JOIN group_sessions AS gs ON gs.id = r.group_session_id "
    "WHERE d.kind = 'group_round' AND gs.group_id = ?"
)
_ROUNDS_OF_SESSION = (
    "SELECT d.rowid FROM search_docs AS d JOIN group_rounds AS r ON r.id = d.owner_id "
    "WHERE d.kind = 'group_round' AND r.group_session_id = ?"
)
_OWNED_BY = "SELECT rowid FROM search_docs WHERE coachee_id = ?"


def _rowids(conn: Connection, sql: str, key: str) -> set[int]:
    return {int(r) for r in conn.exec_driver_sql(sql, (key,)).scalars()}


def _touched(conn: Connection, obj: object) -> set[int]:
    """Entries whose text comes from ``obj``'s row: its own, and its group's rounds'."""
    found: set[int] = set()
    if isinstance(obj, _INDEXED_TYPES):
        rowid = _rowid_of(conn, obj.id)
        if rowid is not None:
            found.add(rowid)
    if isinstance(obj, Group):  # a round's title is its group's name
        found |= _rowids(conn, _ROUNDS_OF_GROUP, obj.id)
    elif isinstance(obj, GroupSession):  # a round moves with its meeting
        found |= _rowids(conn, _ROUNDS_OF_SESSION, obj.id)
    return found


def _before_flush(session: Session, _flush_context: object, _instances: object) -> None:
    # The rows still hold what the index was given: the last moment to tell FTS5 what to
    # forget. Deleting a group or a meeting removes its rounds by ON DELETE CASCADE, and a
    # coachee or a group takes every entry keyed by them: none of that is seen by a flush.
    conn = session.connection()
    changed: set[int] = set()
    gone: set[int] = set()
    for obj in session.dirty:
        if isinstance(obj, _TEXT_SOURCES) and session.is_modified(obj):
            changed |= _touched(conn, obj)
    for obj in session.deleted:
        if isinstance(obj, _TEXT_SOURCES):
            gone |= _touched(conn, obj)
        if isinstance(obj, Coachee | Group):
            gone |= _rowids(conn, _OWNED_BY, obj.id)
    changed -= gone
    _drop(conn, gone)
    _forget(conn, changed)
    session.info.setdefault(_PENDING, set()).update(changed)


def _after_flush(session: Session, _flush_context: object) -> None:
    # Runs inside the flush's transaction, so the index commits or rolls back with the data.
    conn = session.connection()
    pending: set[int] = session.info.pop(_PENDING, set())
    bulk_index(conn, [obj for obj in session.new if isinstance(obj, _INDEXED_TYPES)])
    unindexed: list[Indexed] = []
    for obj in session.dirty:
        if not isinstance(obj, _INDEXED_TYPES):
            continue
        rowid = _rowid_of(conn, obj.id)
        if rowid is None:
            if session.is_modified(obj):
                unindexed.append(obj)  # its entry was dropped (a round whose coachee went)
        elif rowid in pending:
            _kind, coachee_id, at = document_meta(obj, conn)
            conn.execute(
                text("UPDATE search_docs SET at = :a, coachee_id = :c WHERE rowid = :r"),
                {"a": at, "c": coachee_id, "r": rowid},
            )
    bulk_index(conn, unindexed)
    if pending:
        conn.exec_driver_sql(_INDEX_ONE, [(r,) for r in sorted(pending)])


def attach(factory: sessionmaker[Session]) -> None:
    """Keep the index in step for every session ``factory`` makes (the vault's own factory)."""
    event.listen(factory, "before_flush", _before_flush)
    event.listen(factory, "after_flush", _after_flush)
    event.listen(factory, "after_soft_rollback", _after_soft_rollback)


def _after_soft_rollback(session: Session, _previous_transaction: object) -> None:
    # A flush that failed between the hooks leaves entries pending that were never taken out
    # for the next flush: the rollback undid the 'delete's as well.
    session.info.pop(_PENDING, None)
