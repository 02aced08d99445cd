"""The vault's own record of what each transaction changed.

Attached to the vault's session factory (never to every SQLAlchemy session in the process):
after each flush it reads the ORM's new, changed and deleted objects and notes their kind and
coachee; bulk statements are noted by table. On commit the notes go to the ``ChangeLog`` that
is recording in this thread (``Vault.recording()``); on rollback they are dropped, so a failed
use case reports nothing. The UI's operations API records around every operation and
broadcasts the result once.

Writes that bypass the ORM session altogether (restore, a raw connection) call ``note()``;
driver SQL run in a session's transaction (the import's inserts) calls ``note_tables()``.
"""

from __future__ import annotations

import contextlib
import contextvars
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from sqlalchemy import Delete, Insert, Update, event
from sqlalchemy.orm import ORMExecuteState, Session, sessionmaker

from coach_app.changes import Changes, Kind
from coach_app.models.groups import (
    DevelopmentEntry,
    Group,
    GroupAttendance,
    GroupMember,
    GroupRound,
    GroupSession,
    Insight,
)
from coach_app.models.tables import (
    Coachee,
    CoachingSession,
    Erasure,
    Experiment,
    Goal,
    Measurement,
    Setting,
)

_INFO_KEY = "coach_app.changes"

CoacheeOf = Callable[[Any], str | None]

# model -> (kinds it stands for, how to find its coachee)
_MODELS: dict[type, tuple[frozenset[Kind], CoacheeOf]] = {}


def register(model: type, kinds: frozenset[Kind], coachee_of: CoacheeOf) -> None:
    """Say which kinds a model's rows stand for (new models register next to their table)."""
    _MODELS[model] = (kinds, coachee_of)


def _by_coachee_id(obj: Any) -> str | None:
    return getattr(obj, "coachee_id", None)


register(Coachee, frozenset({Kind.COACHEES, Kind.PROFILE}), lambda obj: obj.id)
register(Goal, frozenset({Kind.GOALS}), _by_coachee_id)
register(CoachingSession, frozenset({Kind.SESSIONS}), _by_coachee_id)
register(Experiment, frozenset({Kind.EXPERIMENTS}), _by_coachee_id)
register(Measurement, frozenset({Kind.MEASUREMENTS}), _by_coachee_id)
register(Erasure, frozenset({Kind.COACHEES}), _by_coachee_id)
register(Setting, frozenset({Kind.SETTINGS}), lambda _obj: None)
# A group's rows belong to no one coachee: views of groups refresh on Kind.GROUPS. What a round
# puts on a participant's record (experiment, measurement) is noted as that record's kind; an
# insight is part of the participant's learning log, which listens to experiments.
for _group_model in (Group, GroupSession, GroupAttendance, GroupRound):
    register(_group_model, frozenset({Kind.GROUPS}), lambda _obj: None)
register(GroupMember, frozenset({Kind.GROUPS}), _by_coachee_id)
register(Insight, frozenset({Kind.GROUPS, Kind.EXPERIMENTS}), _by_coachee_id)
# The coach's own record belongs to no coachee.
register(DevelopmentEntry, frozenset({Kind.OWN_RECORD}), lambda _obj: None)


class ChangeLog:
    """What the committed transactions of one recording changed."""

    def __init__(self) -> None:
        self.changes = Changes()

    def add(self, changes: Changes) -> None:
        """Merge ``changes`` in."""
        self.changes = self.changes | changes


_active: contextvars.ContextVar[ChangeLog | None] = contextvars.ContextVar(
    "coach_app_change_log", default=None
)


@contextlib.contextmanager
def recording() -> Iterator[ChangeLog]:
    """Collect what commits in this thread (or context) change until the block ends."""
    outer = _active.get()
    log = ChangeLog()
    token = _active.set(log)
    try:
        yield log
    finally:
        _active.reset(token)
        if outer is not None:
            outer.add(log.changes)


def note(changes: Changes) -> None:
    """Record changes made outside the ORM (a raw connection, a restored file)."""
    log = _active.get()
    if log is not None:
        log.add(changes)


def changes_of(obj: object) -> Changes:
    """The ``Changes`` one ORM object stands for (empty for a model nobody registered)."""
    entry = _MODELS.get(type(obj))
    if entry is None:
        return Changes()
    kinds, coachee_of = entry
    coachee_id = coachee_of(obj)
    return Changes(kinds, frozenset({coachee_id}) if coachee_id else frozenset())


def _pending(session: Session) -> Changes:
    found = session.info.get(_INFO_KEY)
    return found if isinstance(found, Changes) else Changes()


def _remember(session: Session, changes: Changes) -> None:
    if changes:
        session.info[_INFO_KEY] = _pending(session) | changes


def _after_flush(session: Session, _flush_context: object) -> None:
    found = Changes()
    for obj in (*session.new, *session.deleted):
        found = found | changes_of(obj)
    for obj in session.dirty:
        if session.is_modified(obj):
            found = found | changes_of(obj)
    _remember(session, found)


def _table_changes(session: Session, table_name: object) -> None:
    # Noted by table, for every coachee (a bulk statement's rows are not worth reading here).
    for model, (kinds, _coachee_of) in _MODELS.items():
        if getattr(model, "__tablename__", None) == table_name:
            _remember(session, Changes(kinds, frozenset(), True))


def _on_execute(state: ORMExecuteState) -> None:
    # Bulk UPDATE / DELETE / INSERT statements never pass through a flush; they are noted by
    # the table they touch, for every coachee (their WHERE clause is not worth parsing here).
    statement = state.statement
    if not isinstance(statement, Insert | Update | Delete):
        return
    # An ORM statement carries an annotated copy of the table: compare names, not objects.
    _table_changes(state.session, getattr(statement.table, "name", None))


def note_tables(session: Session, table_names: Iterable[str]) -> None:
    """Note writes to ``table_names`` made as driver SQL on ``session``'s connection.

    Driver SQL (``exec_driver_sql``) passes neither a flush nor the ORM's execute hook, so a
    writer that uses it for speed (the import) says which tables it wrote. The note is noted
    as a bulk ORM statement's would be: kept with the session's transaction, reported on
    commit, dropped on rollback.
    """
    for name in table_names:
        _table_changes(session, name)


def _after_commit(session: Session) -> None:
    changes = session.info.pop(_INFO_KEY, None)
    if changes:
        note(changes)


def _after_rollback(session: Session) -> None:
    session.info.pop(_INFO_KEY, None)


def attach(factory: sessionmaker[Session]) -> None:
    """Watch every session ``factory`` makes (the vault's own factory only)."""
    event.listen(factory, "after_flush", _after_flush)
    event.listen(factory, "do_orm_execute", _on_execute)
    event.listen(factory, "after_commit", _after_commit)
    event.listen(factory, "after_rollback", _after_rollback)
