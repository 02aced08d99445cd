"""Writing the export: the whole vault as one deterministic JSON document.

Coachees are sorted by id, goals and experiments by id, sessions by start and id, measurements
by date, instrument and id, insights by date and id, groups and members by id, group sessions
by start and id, rounds by position and id, the coach's own entries by date and id; optional
parts that the app always fills (template sections, the five goal levels) are written whole.
So ``exported_at`` is the only field that differs between two exports of the same data, and
export → import → export gives the same document. A coachee's record (``coachee_doc``) is read
with Core in the document's form, each row zipped with its keys; it and the group pieces
(``member_doc``, ``round_doc``) are shared with the one-coachee export (``one_coachee``).
"""

from __future__ import annotations

import functools
import io
import json
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any, Final, TextIO, TypeVar

from sqlalchemy import (
    JSON,
    Connection,
    Date,
    Dialect,
    String,
    TypeDecorator,
    bindparam,
    select,
    type_coerce,
)
from sqlalchemy.orm import Session

from coach_app.models import (
    GAS_LEVELS,
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
from coach_app.models.base import Moment
from coach_app.models.packed import PackedJSON
from coach_app.packing import unpack
from coach_app.services.exchange.document import (
    COACHEE_KEYS,
    EXPERIMENT_KEYS,
    FORMAT,
    GOAL_KEYS,
    INSIGHT_KEYS,
    MEASUREMENT_KEYS,
    SESSION_KEYS,
    VERSION,
)
from coach_app.services.files_out import write_text_atomically
from coach_app.templates import template, template_keys
from coach_app.timestamps import moment
from coach_app.vault.vault import Vault

T = TypeVar("T")


def _iso(value: date | datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def _number(value: Any) -> Any:
    # Stored numbers may be ints or floats; one JSON shape (3.0) keeps re-exports identical.
    if isinstance(value, int | float) and not isinstance(value, bool):
        return float(value)
    return value


def _grouped(rows: Iterable[T], key: str) -> dict[str, list[T]]:
    out: dict[str, list[T]] = defaultdict(list)
    for row in rows:
        out[getattr(row, key)].append(row)
    return out


@functools.cache
def _section_keys(key: str) -> tuple[str, ...]:
    """The section keys of template ``key`` in order (none for a key that is no template's).

    Cached: the template catalogue is read once per process (``templates._catalogue``), and an
    export asks this for every session (building the list of templates for each of them, then
    the template's keys, took a tenth of an export's time).
    """
    return template(key).section_keys() if key in template_keys() else ()


def _sections_doc(template_key: str, sections: Any) -> dict[str, str]:
    """A session's sections as the document writes them: the template's keys in order."""
    known = _section_keys(template_key)
    if sections.__class__ is dict and tuple(sections) == known:
        # What the app stores (``clean_sections``: every section, in order) is already the
        # document's form, and the value was decoded for this read alone: written as it is.
        return sections
    stored = dict(sections or {})
    out = {k: stored.get(k, "") for k in known}
    # Keys outside the template should not exist; write them rather than lose text silently
    # (an import of such a file is rejected and says where).
    out.update({k: stored[k] for k in sorted(stored) if k not in out})
    return out


def _gas_levels(stored: dict[str, str]) -> dict[str, str]:
    """A goal's five attainment levels in order (each written, empty if unset), then any other."""
    levels = {lvl: stored.get(lvl, "") for lvl in GAS_LEVELS}
    levels.update({k: stored[k] for k in sorted(stored) if k not in levels})
    return levels


def member_doc(m: GroupMember) -> dict[str, Any]:
    """One group member (a coachee's name is never copied: ``name`` is then ``""``)."""
    return {
        "id": m.id,
        "coachee": m.coachee_id,
        "name": m.name,
        "joined_on": _iso(m.joined_on),
        "left_on": _iso(m.left_on),
    }


def round_doc(r: GroupRound) -> dict[str, Any]:
    """One round of a group session."""
    return {
        "id": r.id,
        "position": r.position,
        "case_giver": r.case_giver_id,
        "former_participant": r.former_participant,
        "situation": r.situation,
        "key_question": r.key_question,
        "questions": r.questions,
        "ideas": r.ideas,
        "insight": r.insight,
        "action": r.action,
        "what_helped": r.what_helped,
        "rating": _number(r.rating),
        "experiment": r.experiment_id,
        "measurement": r.measurement_id,
        "insight_id": r.insight_id,
    }


def group_session_doc(
    row: GroupSession, attendees: list[str], rounds: list[GroupRound]
) -> dict[str, Any]:
    """One group session with its attendees (member ids, sorted) and rounds."""
    return {
        "id": row.id,
        "started_at": _iso(row.started_at),
        "duration_minutes": row.duration_minutes,
        "template": row.template,
        "paid": row.paid,
        "attendees": sorted(attendees),
        "rounds": [round_doc(r) for r in sorted(rounds, key=lambda r: (r.position, r.id))],
    }


def group_doc(g: Group) -> dict[str, Any]:
    """A group's own fields (members and sessions are added by the caller)."""
    return {
        "id": g.id,
        "kind": g.kind,
        "name": g.name,
        "purpose": g.purpose,
        "organisation": g.organisation,
        "contact": g.contact,
        "client_type": g.client_type,
        "default_paid": g.default_paid,
        "log_consent": g.log_consent,
        "started_on": _iso(g.started_on),
        "ended_on": _iso(g.ended_on),
        "status": g.status,
    }


def _development_doc(d: DevelopmentEntry) -> dict[str, Any]:
    return {
        "id": d.id,
        "kind": d.kind,
        "held_on": _iso(d.held_on),
        "hours": _number(d.hours),
        "provider": d.provider,
        "topic": d.topic,
        "reflection": d.reflection,
    }


def _groups(s: Session) -> list[dict[str, Any]]:
    members = _grouped(s.scalars(select(GroupMember).order_by(GroupMember.id)), "group_id")
    sessions = _grouped(
        s.scalars(select(GroupSession).order_by(GroupSession.started_at, GroupSession.id)),
        "group_id",
    )
    rounds = _grouped(s.scalars(select(GroupRound)), "group_session_id")
    attendance: dict[str, list[str]] = defaultdict(list)
    for session_id, member_id in s.execute(
        select(GroupAttendance.group_session_id, GroupAttendance.member_id)
    ):
        attendance[session_id].append(member_id)
    return [
        {
            **group_doc(g),
            "members": [member_doc(m) for m in members.get(g.id, [])],
            "sessions": [
                group_session_doc(x, attendance.get(x.id, []), rounds.get(x.id, []))
                for x in sessions.get(g.id, [])
            ],
        }
        for g in s.scalars(select(Group).order_by(Group.id))
    ]


def export_document(vault: Vault, *, now: datetime | None = None) -> dict[str, Any]:
    """The whole vault as an export document (a plain dict, ready for ``json.dumps``)."""
    exported_at = (now or datetime.now(UTC)).isoformat(timespec="seconds")
    with vault.session() as s, s.begin():
        # One read transaction: a consistent snapshot even if the GUI writes meanwhile.
        conn = s.connection()
        people = [coachee_doc(conn, cid) for cid in _coachee_ids(conn)]
        groups = _groups(s)
        development = [_development_doc(d) for d in s.scalars(_DEVELOPMENT)]
    return {
        "format": FORMAT,
        "version": VERSION,
        "exported_at": exported_at,
        "coachees": people,
        "groups": groups,
        "development": development,
    }


class _StoredJSON(TypeDecorator[Any]):
    """A JSON list or map as the export reads it: the stored text decoded by json's C scanner.

    The vault's JSON columns hold what ``json.dumps`` wrote, so each value is one call to the
    scanner rather than SQLAlchemy's JSON processing and ``json.loads`` around the same scan
    (a fifth of an export's time went to those layers, for some 60,000 small values at 10k).
    A JSON null reads as ``empty()``, as the document writes it. ``floats`` reads whole
    numbers as floats: the document writes every number of a measurement in one shape (3.0),
    and the scanner makes that shape as it reads (a pass over the answers of 165,000
    measurements after the read took a tenth of the export of 100k notes).
    """

    impl = String
    cache_ok = True

    def __init__(self, empty: type[list[Any]] | type[dict[str, Any]], floats: bool = False):
        super().__init__()
        self.empty = empty
        self.floats = floats

    def result_processor(self, dialect: Dialect, coltype: object) -> Callable[[Any], Any]:
        scan, empty = (_FLOAT_SCAN if self.floats else _SCAN), self.empty

        def process(value: str | None) -> Any:
            return (None if value is None else scan(value, 0)[0]) or empty()

        return process


class _StoredSections(TypeDecorator[Any]):
    """A session's packed sections, decoded by the scanner (``coach_app.packing``'s text)."""

    impl = String
    cache_ok = True

    def result_processor(self, dialect: Dialect, coltype: object) -> Callable[[Any], Any]:
        scan = _SCAN

        def process(value: str | bytes | None) -> Any:
            text = unpack(value)
            return None if text is None else scan(text, 0)[0]

        return process


class _MomentText(TypeDecorator[str]):
    """A stored moment as the document writes it (ISO 8601, ``datetime.isoformat``)."""

    impl = String
    cache_ok = True

    def result_processor(self, dialect: Dialect, coltype: object) -> Callable[[Any], Any]:
        def process(value: int | str | None) -> str | None:
            return None if value is None else moment(value).isoformat()

        return process


#: json's C scanner: (value, end) of the JSON text at an offset (not in typeshed's stubs).
_SCAN: Final[Callable[[str, int], tuple[Any, int]]] = json.JSONDecoder().scan_once  # type: ignore[attr-defined]
#: The same scanner reading whole numbers as floats (``_number`` for each of them).
_FLOAT_SCAN: Final[Callable[[str, int], tuple[Any, int]]] = json.JSONDecoder(  # type: ignore[attr-defined]
    parse_int=float
).scan_once
#: The JSON lists and maps of the coachee's records: what a JSON null reads as, and whether
#: whole numbers are read as floats (a measurement's answers and sub-scores).
_JSON_READS: Final[dict[str, tuple[type[list[Any]] | type[dict[str, Any]], bool]]] = {
    "tags": (list, False),
    "gas_levels": (dict, False),
    "items": (list, True),
    "scores": (dict, True),
}


def _read_as_written(column: Any) -> Any:
    """``column`` read in the document's form: a day or moment as its ISO text, JSON decoded.

    So a row of these reads is the document's entry as it is (``dict(zip(keys, row))``): no
    builder reads it value by value. Booleans, numbers and texts read as the ORM reads them.
    """
    kind = column.type
    if isinstance(kind, JSON):
        empty, floats = _JSON_READS[column.name]
        read: Any = _StoredJSON(empty, floats)
    elif isinstance(kind, PackedJSON):
        read = _StoredSections()
    elif isinstance(kind, Moment):
        read = _MomentText()
    elif isinstance(kind, Date):
        read = String()  # SQLite stores a day as its ISO text, which is what the document writes
    else:
        return column
    return type_coerce(column, read).label(column.name)


class _Read:
    """A statement reading one coachee's rows of a table and the document keys of its columns.

    A key is its column's name, or a reference's name without ``_id`` (``goal`` is
    ``goal_id``); a key with no column (a coachee's nested lists) is read elsewhere. So the
    stream selects what the document writes, from the document's own key lists.
    """

    def __init__(self, model: Any, keys: Sequence[str], *order: str, by: str = "coachee_id"):
        table = model.__table__
        found = [(k, table.c.get(k, table.c.get(f"{k}_id"))) for k in keys]
        self.keys = tuple(k for k, column in found if column is not None)
        self.statement = (
            select(*(_read_as_written(column) for _k, column in found if column is not None))
            .where(table.c[by] == bindparam("coachee"))
            .order_by(*(table.c[name] for name in order))
        )

    def entries(self, conn: Connection, params: dict[str, str]) -> list[dict[str, Any]]:
        """The rows as the document's entries, in the statement's order."""
        keys = self.keys
        return [dict(zip(keys, row, strict=True)) for row in conn.execute(self.statement, params)]


# Core statements, compiled once (their cache key does not change), read on the coachee's own
# indexes in the document's order.
_PROFILE = _Read(Coachee, COACHEE_KEYS, by="id")
_GOALS = _Read(Goal, GOAL_KEYS, "id")
_SESSIONS = _Read(CoachingSession, SESSION_KEYS, "started_at", "id")
_EXPERIMENTS = _Read(Experiment, EXPERIMENT_KEYS, "id")
_MEASUREMENTS = _Read(Measurement, MEASUREMENT_KEYS, "taken_on", "instrument", "id")
_INSIGHTS = _Read(Insight, INSIGHT_KEYS, "noted_on", "id")
_DEVELOPMENT = select(DevelopmentEntry).order_by(DevelopmentEntry.held_on, DevelopmentEntry.id)


def _coachee_ids(conn: Connection) -> list[str]:
    return list(conn.execute(select(Coachee.__table__.c.id).order_by("id")).scalars())


def coachee_doc(conn: Connection, coachee_id: str) -> dict[str, Any]:
    """One coachee with everything on their record, in the document's order and form.

    Read with Core on the coachee's own indexes; the one-coachee export writes the same.
    The coachee must exist (callers read the ids, or check).
    """
    params = {"coachee": coachee_id}
    (doc,) = _PROFILE.entries(conn, params)
    goals = _GOALS.entries(conn, params)
    for goal in goals:
        goal["gas_levels"] = _gas_levels(goal["gas_levels"])
    doc["goals"] = goals
    sessions = _SESSIONS.entries(conn, params)
    for session in sessions:
        session["sections"] = _sections_doc(session["template"], session["sections"])
    doc["sessions"] = sessions
    doc["experiments"] = _EXPERIMENTS.entries(conn, params)
    doc["measurements"] = _MEASUREMENTS.entries(conn, params)
    doc["insights"] = _INSIGHTS.entries(conn, params)
    return doc


def _compact(value: Any) -> str:
    # No indent: json's C encoder does the work (an indent would use the Python one).
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False)


def _write_list(out: TextIO, key: str, items: Iterable[Any], *, last: bool = False) -> None:
    out.write(f'  "{key}": [')
    first = True
    for item in items:
        out.write("\n    " if first else ",\n    ")
        out.write(_compact(item))
        first = False
    out.write("]" if first else "\n  ]")
    out.write("\n" if last else ",\n")


def write_export(
    vault: Vault,
    out: TextIO,
    *,
    now: datetime | None = None,
    progress: Callable[[float], None] | None = None,
) -> None:
    """Write the export to ``out`` one coachee at a time (the document of ``export_document``).

    The top level is indented by two spaces, one key per line; each coachee, group and entry
    is one compact line. Memory holds one coachee's record at a time, whatever the vault's
    size; the read transaction of the session keeps the document one snapshot. ``progress``
    hears the fraction done after each coachee (and may raise to stop the export: the app's
    progress callback raises ``Cancelled`` at a lock or a Cancel).
    """
    exported_at = (now or datetime.now(UTC)).isoformat(timespec="seconds")
    out.write("{\n")
    for key, value in (("format", FORMAT), ("version", VERSION), ("exported_at", exported_at)):
        out.write(f'  "{key}": {_compact(value)},\n')
    with vault.session() as s, s.begin():
        conn = s.connection()
        ids = _coachee_ids(conn)

        def people() -> Iterator[dict[str, Any]]:
            for done, cid in enumerate(ids, 1):
                yield coachee_doc(conn, cid)
                if progress is not None:
                    # Coachees are nearly all of an export; groups and entries the last bit.
                    progress(0.95 * done / len(ids))

        _write_list(out, "coachees", people())
        _write_list(out, "groups", _groups(s))
        development = (_development_doc(d) for d in s.scalars(_DEVELOPMENT))
        _write_list(out, "development", development, last=True)
    out.write("}\n")


def export_to_file(
    vault: Vault,
    path: Path,
    *,
    now: datetime | None = None,
    progress: Callable[[float], None] | None = None,
) -> None:
    """Write the whole-vault export to ``path`` (UTF-8, 0600, atomically), streamed.

    What the CLI's ``export --out`` and the app's File → Export write: memory holds one
    coachee at a time, and a failure or a cancel leaves no part-written file behind.

    Raises:
        StorageError: the file could not be written (an existing file is left as it was).
    """
    write_text_atomically(path, lambda out: write_export(vault, out, now=now, progress=progress))
    if progress is not None:
        progress(1.0)


def export_json(vault: Vault, *, now: datetime | None = None) -> str:
    """The export as text: UTF-8 friendly (no escapes), ending in a newline (``write_export``).

    Writing to a file, ``write_export`` keeps memory flat; this holds the whole text.
    """
    buffer = io.StringIO()
    write_export(vault, buffer, now=now)
    return buffer.getvalue()
