"""Writing the export: the whole vault as one deterministic JSON document.

Coachees are sorted by id, goals and experiments by id, sessions by start and id, measurements
by date, instrument and id, insights by date and id, groups and members by id, group sessions
by start and id, rounds by position and id, the coach's own entries by date and id; optional
parts that the app always fills (template sections, the five goal levels) are written whole.
So ``exported_at`` is the only field that differs between two exports of the same data, and
export → import → export gives the same document. The pieces (``coachee_doc``, ``group_doc``
...) are shared with the one-coachee export (``one_coachee``).
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
    Dialect,
    Select,
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
from coach_app.vault.vault import Vault

T = TypeVar("T")
#: An ORM object, or a Core row of the columns the document writes (same attribute names):
#: the whole-vault stream reads rows, ``export_document`` and the one-coachee export objects.
Record = Any


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


def _sections_doc(row: Record) -> dict[str, str]:
    sections = row.sections or {}
    known = _section_keys(row.template)
    if isinstance(sections, dict) and tuple(sections) == known:
        # What the app stores (``clean_sections``: every section, in order) is already the
        # document's form: the general case below would build the same dict key by key.
        return dict(sections)
    stored = dict(sections)
    out = {k: stored.get(k, "") for k in known}
    # Keys outside the template should not exist; write them rather than lose text silently
    # (an import of such a file is rejected and says where).
    out.update({k: stored[k] for k in sorted(stored) if k not in out})
    return out


def _goal_doc(g: Record) -> dict[str, Any]:
    stored = dict(g.gas_levels or {})
    levels = {lvl: stored.get(lvl, "") for lvl in GAS_LEVELS}
    levels.update({k: stored[k] for k in sorted(stored) if k not in levels})
    return {
        "id": g.id,
        "title": g.title,
        "description": g.description,
        "weight": g.weight,
        "gas_levels": levels,
        "status": g.status,
    }


def _session_doc(row: Record) -> dict[str, Any]:
    return {
        "id": row.id,
        "started_at": _iso(row.started_at),
        "duration_minutes": row.duration_minutes,
        "kind": row.kind,
        "template": row.template,
        "sections": _sections_doc(row),
        "notes": row.notes,
        "private_reflection": row.private_reflection,
        "tags": list(row.tags or []),
        "paid": row.paid,
    }


def _experiment_doc(e: Record) -> dict[str, Any]:
    return {
        "id": e.id,
        "goal": e.goal_id,
        "title": e.title,
        "prediction": e.prediction,
        "action": e.action,
        "success_signal": e.success_signal,
        "due_on": _iso(e.due_on),
        "status": e.status,
        "outcome": e.outcome,
        "learning": e.learning,
        "decision": e.decision,
        "agreed_in_session": e.agreed_in_session_id,
        "reviewed_in_session": e.reviewed_in_session_id,
        "agreed_in_group_session": e.agreed_in_group_session_id,
    }


def _measurement_doc(m: Record) -> dict[str, Any]:
    return {
        "id": m.id,
        "instrument": m.instrument,
        "taken_on": _iso(m.taken_on),
        "session": m.session_id,
        "goal": m.goal_id,
        "value": _number(m.value),
        # Most stored item answers are floats already: only the others go through _number.
        "items": [i if i.__class__ is float else _number(i) for i in (m.items or [])],
        "scores": {str(k): _number(x) for k, x in (m.scores or {}).items()},
        "group_session": m.group_session_id,
    }


def _insight_doc(i: Record) -> dict[str, Any]:
    return {
        "id": i.id,
        "text": i.text,
        "noted_on": _iso(i.noted_on),
        "group_session": i.group_session_id,
    }


def _coachee_doc(c: Record) -> dict[str, Any]:
    return {
        "id": c.id,
        "name": c.name,
        "role": c.role,
        "organisation": c.organisation,
        "team": c.team,
        "email": c.email,
        "programme": c.programme,
        "started_on": _iso(c.started_on),
        "status": c.status,
        "focus": c.focus,
        "tags": list(c.tags or []),
        "consent_recorded_on": _iso(c.consent_recorded_on),
        "default_paid": c.default_paid,
        "client_type": c.client_type,
        "log_consent": c.log_consent,
    }


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


def coachee_doc(
    c: Record,
    *,
    goals: Sequence[Record],
    sessions: Sequence[Record],
    experiments: Sequence[Record],
    measurements: Sequence[Record],
    insights: Sequence[Record],
) -> dict[str, Any]:
    """One coachee with everything on their record, in the document's order."""
    return {
        **_coachee_doc(c),
        "goals": [_goal_doc(g) for g in goals],
        "sessions": [_session_doc(x) for x in sessions],
        "experiments": [_experiment_doc(e) for e in experiments],
        "measurements": [_measurement_doc(m) for m in measurements],
        "insights": [_insight_doc(i) for i in insights],
    }


def export_document(vault: Vault, *, now: datetime | None = None) -> dict[str, Any]:
    """The whole vault as an export document (a plain dict, ready for ``json.dumps``)."""
    exported_at = (now or datetime.now(UTC)).isoformat(timespec="seconds")
    with vault.session() as s:
        # One read transaction: a consistent snapshot even if the GUI writes meanwhile.
        coachees = list(s.scalars(select(Coachee).order_by(Coachee.id)))
        goals = _grouped(s.scalars(select(Goal).order_by(Goal.id)), "coachee_id")
        sessions = _grouped(
            s.scalars(
                select(CoachingSession).order_by(CoachingSession.started_at, CoachingSession.id)
            ),
            "coachee_id",
        )
        experiments = _grouped(s.scalars(select(Experiment).order_by(Experiment.id)), "coachee_id")
        measurements = _grouped(
            s.scalars(
                select(Measurement).order_by(
                    Measurement.taken_on, Measurement.instrument, Measurement.id
                )
            ),
            "coachee_id",
        )
        insights = _grouped(
            s.scalars(select(Insight).order_by(Insight.noted_on, Insight.id)), "coachee_id"
        )
        people = [
            coachee_doc(
                c,
                goals=goals.get(c.id, []),
                sessions=sessions.get(c.id, []),
                experiments=experiments.get(c.id, []),
                measurements=measurements.get(c.id, []),
                insights=insights.get(c.id, []),
            )
            for c in coachees
        ]
        groups = _groups(s)
        development = [
            _development_doc(d)
            for d in s.scalars(
                select(DevelopmentEntry).order_by(DevelopmentEntry.held_on, DevelopmentEntry.id)
            )
        ]
    return {
        "format": FORMAT,
        "version": VERSION,
        "exported_at": exported_at,
        "coachees": people,
        "groups": groups,
        "development": development,
    }


class _StoredJSON(TypeDecorator[Any]):
    """A JSON column as the export reads it: the stored text decoded by json's C scanner.

    The vault's JSON columns hold what ``json.dumps`` wrote, so each value is one call to the
    scanner rather than SQLAlchemy's JSON processing and ``json.loads`` around the same scan
    (a fifth of an export's time went to those layers, for some 60,000 small values at 10k).
    """

    impl = String
    cache_ok = True

    def process_result_value(self, value: Any, dialect: Dialect) -> Any:
        return None if value is None else _SCAN(value, 0)[0]


#: json's C scanner: (value, end) of the JSON text at an offset (not in typeshed's stubs).
_SCAN: Final[Callable[[str, int], tuple[Any, int]]] = json.JSONDecoder().scan_once  # type: ignore[attr-defined]


def _columns(model: Any, keys: Sequence[str]) -> list[Any]:
    """The columns behind the document's ``keys`` of ``model``, in the document's order.

    A key is its column's name, or a reference's name without ``_id`` (``goal`` is
    ``goal_id``); a key with no column (a coachee's nested lists) is read elsewhere. So the
    stream selects what the builders above write, from the document's own key lists.
    """
    table = model.__table__
    found = [table.c.get(key, table.c.get(f"{key}_id")) for key in keys]
    return [
        type_coerce(column, _StoredJSON()).label(column.name)
        if isinstance(column.type, JSON)
        else column
        for column in found
        if column is not None
    ]


def _of_coachee(model: Any, keys: Sequence[str], *order: str) -> Select[Any]:
    """One coachee's rows of ``model``: only the columns written, in the document's order."""
    table = model.__table__
    return (
        select(*_columns(model, keys))
        .where(table.c.coachee_id == bindparam("coachee"))
        .order_by(*(table.c[name] for name in order))
    )


# Core statements, compiled once (their cache key does not change), read on the coachee's own
# indexes; the rows carry the columns by the ORM's attribute names, so the document builders
# above take them as they take the ORM's objects.
_COACHEE = select(*_columns(Coachee, COACHEE_KEYS)).where(
    Coachee.__table__.c.id == bindparam("coachee")
)
_RECORDS = (
    _of_coachee(Goal, GOAL_KEYS, "id"),
    _of_coachee(CoachingSession, SESSION_KEYS, "started_at", "id"),
    _of_coachee(Experiment, EXPERIMENT_KEYS, "id"),
    _of_coachee(Measurement, MEASUREMENT_KEYS, "taken_on", "instrument", "id"),
    _of_coachee(Insight, INSIGHT_KEYS, "noted_on", "id"),
)


def _coachee_records(conn: Connection, coachee_id: str) -> dict[str, Any]:
    """One coachee's document, read with Core on its own indexes in the document's order."""
    params = {"coachee": coachee_id}
    profile = conn.execute(_COACHEE, params).one()
    goals, sessions, experiments, measurements, insights = (
        conn.execute(statement, params).all() for statement in _RECORDS
    )
    return coachee_doc(
        profile,
        goals=goals,
        sessions=sessions,
        experiments=experiments,
        measurements=measurements,
        insights=insights,
    )


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
        ids = list(conn.execute(select(Coachee.__table__.c.id).order_by("id")).scalars())

        def people() -> Iterator[dict[str, Any]]:
            for done, cid in enumerate(ids, 1):
                yield _coachee_records(conn, cid)
                if progress is not None:
                    # Coachees are nearly all of an export; groups and entries the last bit.
                    progress(0.95 * done / len(ids))

        _write_list(out, "coachees", people())
        _write_list(out, "groups", _groups(s))
        development = (
            _development_doc(d)
            for d in s.scalars(
                select(DevelopmentEntry).order_by(DevelopmentEntry.held_on, DevelopmentEntry.id)
            )
        )
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
