"""The portable JSON export and its all-or-nothing import (format: ``docs/export-format.md``).

Export is deterministic: coachees are sorted by id, goals and experiments by id, sessions by
start and id, measurements by date, instrument and id, and optional parts that the app always
fills (template sections, the five goal levels) are written whole. So ``exported_at`` is the only
field that differs between two exports of the same data, and export → import → export gives the
same document.

Import first validates the whole document without touching the vault (unknown keys, types,
dates, enums, section keys, references, duplicate ids, sizes), then checks the ids against the
vault and inserts everything through the ORM in one transaction, so the search index is kept by
the flush hook and a failure at any point leaves the vault as it was. Every rejection is an
``ImportRejected`` whose message names the place in the file (``coachees[2].sessions[0].notes``)
and never quotes note text.
"""

from __future__ import annotations

import json
import math
import re
import uuid
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from coach_app.errors import ImportRejected, ValidationError
from coach_app.models import (
    COACHEE_STATUSES,
    EXPERIMENT_DECISIONS,
    EXPERIMENT_STATUSES,
    GAS_LEVELS,
    GOAL_STATUSES,
    SESSION_KINDS,
    TEMPLATE_SECTIONS,
    Coachee,
    CoachingSession,
    Erasure,
    Experiment,
    Goal,
    Measurement,
)
from coach_app.services import validation as v
from coach_app.services.coachees import PROFILE_FIELDS
from coach_app.services.measurements import check_instrument_key
from coach_app.vault.vault import Vault

FORMAT = "coach-companion-export"
VERSION = 1
# A year of notes for a large practice is a few tens of megabytes; 200 MB is a wrong file.
MAX_IMPORT_BYTES = 200 * 1024 * 1024
MAX_LIST_ITEMS = 1000  # item answers and sub-scores of one measurement

TOP_KEYS = ("format", "version", "exported_at", "coachees")
COACHEE_KEYS = ("id", *PROFILE_FIELDS, "goals", "sessions", "experiments", "measurements")
GOAL_KEYS = ("id", "title", "description", "weight", "gas_levels", "status")
SESSION_KEYS = (
    "id",
    "started_at",
    "duration_minutes",
    "kind",
    "template",
    "sections",
    "notes",
    "private_reflection",
    "tags",
)
EXPERIMENT_KEYS = (
    "id",
    "goal",
    "title",
    "prediction",
    "action",
    "success_signal",
    "due_on",
    "status",
    "outcome",
    "learning",
    "decision",
    "agreed_in_session",
    "reviewed_in_session",
)
MEASUREMENT_KEYS = ("id", "instrument", "taken_on", "session", "goal", "value", "items", "scores")

_SIMPLE_KEY = re.compile(r"^[A-Za-z_][A-Za-z0-9_\-]{0,59}$")
_UUID = re.compile(r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_DATETIME = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:\d{2})?$")
_IN_CHUNK = 500  # SQLite's variable limit is far above this; it keeps statements small

T = TypeVar("T")


@dataclass(frozen=True)
class ImportSummary:
    """How many rows of each kind an import added."""

    coachees: int = 0
    goals: int = 0
    sessions: int = 0
    experiments: int = 0
    measurements: int = 0

    @property
    def total(self) -> int:
        """All rows added."""
        return self.coachees + self.goals + self.sessions + self.experiments + self.measurements

    def describe(self) -> str:
        """``3 coachees, 2 goals, 40 sessions, 5 experiments, 12 measurements``."""
        return (
            f"{self.coachees} coachees, {self.goals} goals, {self.sessions} sessions, "
            f"{self.experiments} experiments, {self.measurements} measurements"
        )


# ---- export ---------------------------------------------------------------------------------


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


def _sections_doc(row: CoachingSession) -> dict[str, str]:
    stored = dict(row.sections or {})
    known = TEMPLATE_SECTIONS.get(row.template, ())
    out = {k: stored.get(k, "") for k in known}
    # Keys outside the template should not exist; write them rather than lose text silently
    # (an import of such a file is rejected and says where).
    out.update({k: stored[k] for k in sorted(stored) if k not in out})
    return out


def _goal_doc(g: Goal) -> dict[str, Any]:
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


def _session_doc(row: CoachingSession) -> dict[str, Any]:
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
    }


def _experiment_doc(e: Experiment) -> dict[str, Any]:
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
    }


def _measurement_doc(m: Measurement) -> dict[str, Any]:
    return {
        "id": m.id,
        "instrument": m.instrument,
        "taken_on": _iso(m.taken_on),
        "session": m.session_id,
        "goal": m.goal_id,
        "value": _number(m.value),
        "items": [_number(i) for i in (m.items or [])],
        "scores": {str(k): _number(x) for k, x in (m.scores or {}).items()},
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
        people = [
            {
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
                "goals": [_goal_doc(g) for g in goals.get(c.id, [])],
                "sessions": [_session_doc(x) for x in sessions.get(c.id, [])],
                "experiments": [_experiment_doc(e) for e in experiments.get(c.id, [])],
                "measurements": [_measurement_doc(m) for m in measurements.get(c.id, [])],
            }
            for c in coachees
        ]
    return {"format": FORMAT, "version": VERSION, "exported_at": exported_at, "coachees": people}


def export_json(vault: Vault, *, now: datetime | None = None) -> str:
    """The export as text: UTF-8 friendly (no escapes), indented, ending in a newline."""
    doc = export_document(vault, now=now)
    return json.dumps(doc, ensure_ascii=False, indent=2, allow_nan=False) + "\n"


# ---- reading an import file -----------------------------------------------------------------


def _rejected(problem: str) -> ImportRejected:
    return ImportRejected(f"Import rejected: {problem} Nothing was imported.")


def _no_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in pairs:
        if key in out:
            raise _rejected(f"a JSON object has the key {_show(key)} twice.")
        out[key] = value
    return out


def _no_constants(name: str) -> Any:
    raise _rejected(f"the file contains {name}, which is not a number JSON allows.")


def parse_import_text(raw: str | bytes) -> Any:
    """Decode and parse an import file's content (size-capped, strict JSON)."""
    if len(raw) > MAX_IMPORT_BYTES:
        raise _rejected(f"the file is larger than {MAX_IMPORT_BYTES // (1024 * 1024)} MB.")
    if isinstance(raw, bytes):
        try:
            raw = raw.decode("utf-8-sig")
        except UnicodeDecodeError:
            raise _rejected("the file is not UTF-8 text.") from None
    try:
        return json.loads(raw, object_pairs_hook=_no_duplicate_keys, parse_constant=_no_constants)
    except ImportRejected:
        raise
    except json.JSONDecodeError as exc:
        raise _rejected(
            f"the file is not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})."
        ) from None
    except (RecursionError, ValueError):
        raise _rejected("the file is nested too deeply or holds a number too large.") from None


def read_import_file(path: Path) -> Any:
    """Read and parse an import file, refusing anything larger than the cap before reading."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if not path.is_file():
            raise _rejected(f"{path} is not a file.")
        if size > MAX_IMPORT_BYTES:
            raise _rejected(f"{path.name} is larger than {MAX_IMPORT_BYTES // (1024 * 1024)} MB.")
        raw = path.read_bytes()
    except OSError as exc:
        raise _rejected(f"cannot read {path}: {exc.strerror or exc}.") from None
    return parse_import_text(raw)


# ---- validating -----------------------------------------------------------------------------


def _show(value: object) -> str:
    """A value quoted for a message, cut short (it may be anything, even note text)."""
    text = str(value)
    return json.dumps(text[:40] + ("…" if len(text) > 40 else ""), ensure_ascii=False)


def _at(path: str, key: object) -> str:
    if isinstance(key, str) and _SIMPLE_KEY.match(key):
        return f"{path}.{key}" if path else key
    return f"{path}[{_show(key)}]"


@dataclass
class _Plan:
    """Validated rows in insertion order, and where each id came from (for messages)."""

    coachees: list[dict[str, Any]] = field(default_factory=list)
    goals: list[dict[str, Any]] = field(default_factory=list)
    sessions: list[dict[str, Any]] = field(default_factory=list)
    experiments: list[dict[str, Any]] = field(default_factory=list)
    measurements: list[dict[str, Any]] = field(default_factory=list)
    where: dict[str, str] = field(default_factory=dict)

    def summary(self) -> ImportSummary:
        return ImportSummary(
            coachees=len(self.coachees),
            goals=len(self.goals),
            sessions=len(self.sessions),
            experiments=len(self.experiments),
            measurements=len(self.measurements),
        )


def _object(
    value: object, path: str, allowed: Sequence[str], required: Sequence[str] = ()
) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise _rejected(f"{path or 'the file'} must be a JSON object.")
    for key in value:
        if key not in allowed:
            raise _rejected(f"{_at(path, key)} is not part of the export format (version 1).")
    for key in required:
        if key not in value:
            raise _rejected(f"{_at(path, key)} is missing.")
    return value


def _list(obj: dict[str, Any], key: str, path: str) -> list[Any]:
    value = obj.get(key, [])
    if not isinstance(value, list):
        raise _rejected(f"{_at(path, key)} must be a list.")
    return value


def _checked(path: str, check: Any, *args: Any, **kwargs: Any) -> Any:
    try:
        return check(*args, **kwargs)
    except ValidationError as exc:
        raise _rejected(f"{path}: {exc.message}") from None


def _string(obj: dict[str, Any], key: str, path: str) -> str:
    value = obj.get(key, "")
    if not isinstance(value, str):
        raise _rejected(f"{_at(path, key)} must be text.")
    return value


def _short(
    obj: dict[str, Any], key: str, path: str, *, required: bool = False, limit: int = v.MAX_SHORT
) -> str:
    where = _at(path, key)
    return _checked(
        where, v.short_text, _string(obj, key, path), "the text", required=required, limit=limit
    )


def _long(obj: dict[str, Any], key: str, path: str) -> str:
    where = _at(path, key)
    return _checked(where, v.long_text, _string(obj, key, path), "the text")


def _tags(obj: dict[str, Any], key: str, path: str) -> list[str]:
    values = _list(obj, key, path)
    for i, tag in enumerate(values):
        if not isinstance(tag, str):
            raise _rejected(f"{_at(path, key)}[{i}] must be text.")
    return _checked(_at(path, key), v.tags, values, "the tags")


def _enum(
    obj: dict[str, Any],
    key: str,
    path: str,
    allowed: Sequence[str],
    default: str | None,
    *,
    nullable: bool = False,
) -> str | None:
    value = obj.get(key, default)
    if value is None and nullable:
        return None
    if not isinstance(value, str) or value not in allowed:
        extra = " or null" if nullable else ""
        raise _rejected(f"{_at(path, key)} must be one of: {', '.join(allowed)}{extra}.")
    return value


def _whole(obj: dict[str, Any], key: str, path: str, *, low: int, high: int, default: int) -> int:
    value = obj.get(key, default)
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise _rejected(f"{_at(path, key)} must be a whole number from {low} to {high}.")
    return value


def _finite(value: object, where: str) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise _rejected(f"{where} must be a number.")
    try:
        number = float(value)
    except OverflowError:
        number = math.inf
    if not math.isfinite(number):
        raise _rejected(f"{where} must be a finite number.")
    return number


def _date(obj: dict[str, Any], key: str, path: str, *, required: bool = False) -> date | None:
    value = obj.get(key)
    if value is None and not required:
        return None
    if isinstance(value, str) and _DATE.match(value):
        try:
            return date.fromisoformat(value)
        except ValueError:
            pass
    raise _rejected(f"{_at(path, key)} must be a date like 2025-03-31.")


def _datetime(value: object, where: str) -> datetime:
    if isinstance(value, str) and _DATETIME.match(value):
        try:
            parsed = datetime.fromisoformat(value)
        except ValueError:
            pass
        else:
            # The app keeps wall-clock times without a zone (see docs/export-format.md).
            return parsed.replace(tzinfo=None)
    raise _rejected(f"{where} must be a date and time like 2025-03-31T14:00:00.")


def _new_id(obj: dict[str, Any], path: str, plan: _Plan) -> str:
    where = _at(path, "id")
    value = obj.get("id")
    if not isinstance(value, str) or not _UUID.match(value):
        raise _rejected(f"{where} must be a UUID like 0f8fad5b-d9cb-469f-a165-70867728950e.")
    ident = str(uuid.UUID(value))
    if ident in plan.where:
        raise _rejected(f"{where} repeats the id of {plan.where[ident]}; every id must be unique.")
    plan.where[ident] = where
    return ident


def _ref(obj: dict[str, Any], key: str, path: str, ids: set[str], what: str) -> str | None:
    value = obj.get(key)
    if value is None:
        return None
    if not isinstance(value, str) or value.lower() not in ids:
        raise _rejected(
            f"{_at(path, key)} is not the id of one of this coachee's {what} in the file."
        )
    return value.lower()


@dataclass(frozen=True)
class _Owner:
    """The coachee being read, and the ids its experiments and measurements may point at."""

    coachee_id: str
    goals: set[str]
    sessions: set[str]


def _goal(raw: object, path: str, plan: _Plan, coachee_id: str) -> str:
    obj = _object(raw, path, GOAL_KEYS, ("id", "title"))
    ident = _new_id(obj, path, plan)
    levels_raw = _object(obj.get("gas_levels", {}), _at(path, "gas_levels"), GAS_LEVELS)
    levels: dict[str, str] = {}
    for lvl in GAS_LEVELS:
        levels[lvl] = _long(levels_raw, lvl, _at(path, "gas_levels"))
    plan.goals.append(
        {
            "id": ident,
            "coachee_id": coachee_id,
            "title": _short(obj, "title", path, required=True, limit=300),
            "description": _long(obj, "description", path),
            "weight": _whole(obj, "weight", path, low=1, high=4, default=1),
            "gas_levels": levels,
            "status": _enum(obj, "status", path, GOAL_STATUSES, "active"),
        }
    )
    return ident


def _sections(obj: dict[str, Any], path: str, template: str) -> dict[str, str]:
    where = _at(path, "sections")
    raw = obj.get("sections", {})
    if not isinstance(raw, dict):
        raise _rejected(f"{where} must be a JSON object.")
    allowed = TEMPLATE_SECTIONS[template]
    for key in raw:
        if key not in allowed:
            raise _rejected(
                f"{_at(where, key)} is not a section of the {template} template "
                f"(its sections: {', '.join(allowed) or 'none'})."
            )
    return {k: _long(raw, k, where) for k in allowed}


def _session(raw: object, path: str, plan: _Plan, coachee_id: str) -> str:
    obj = _object(raw, path, SESSION_KEYS, ("id", "started_at"))
    ident = _new_id(obj, path, plan)
    template = _enum(obj, "template", path, tuple(TEMPLATE_SECTIONS), "free")
    assert template is not None
    plan.sessions.append(
        {
            "id": ident,
            "coachee_id": coachee_id,
            "started_at": _datetime(obj.get("started_at"), _at(path, "started_at")),
            "duration_minutes": _whole(
                obj, "duration_minutes", path, low=0, high=24 * 60, default=60
            ),
            "kind": _enum(obj, "kind", path, SESSION_KINDS, "one_to_one"),
            "template": template,
            "sections": _sections(obj, path, template),
            "notes": _long(obj, "notes", path),
            "private_reflection": _long(obj, "private_reflection", path),
            "tags": _tags(obj, "tags", path),
        }
    )
    return ident


def _experiment(raw: object, path: str, plan: _Plan, owner: _Owner) -> None:
    obj = _object(raw, path, EXPERIMENT_KEYS, ("id", "title"))
    ident = _new_id(obj, path, plan)
    row: dict[str, Any] = {
        "id": ident,
        "coachee_id": owner.coachee_id,
        "goal_id": _ref(obj, "goal", path, owner.goals, "goals"),
        "title": _short(obj, "title", path, required=True, limit=300),
        "due_on": _date(obj, "due_on", path),
        "status": _enum(obj, "status", path, EXPERIMENT_STATUSES, "agreed"),
        "decision": _enum(obj, "decision", path, EXPERIMENT_DECISIONS, None, nullable=True),
        "agreed_in_session_id": _ref(obj, "agreed_in_session", path, owner.sessions, "sessions"),
        "reviewed_in_session_id": _ref(
            obj, "reviewed_in_session", path, owner.sessions, "sessions"
        ),
    }
    for key in ("prediction", "action", "success_signal", "outcome", "learning"):
        row[key] = _long(obj, key, path)
    plan.experiments.append(row)


def _measurement(raw: object, path: str, plan: _Plan, owner: _Owner) -> None:
    obj = _object(raw, path, MEASUREMENT_KEYS, ("id", "instrument", "taken_on", "value"))
    ident = _new_id(obj, path, plan)
    instrument = obj.get("instrument")
    try:
        check_instrument_key(instrument)
    except ValidationError:
        raise _rejected(
            f"{_at(path, 'instrument')} must be confidence, gse, empowerment, psych_safety, gas "
            "or custom:<name> (lower-case letters, digits, _ and -)."
        ) from None
    items = _list(obj, "items", path)
    where_items = _at(path, "items")
    where_scores = _at(path, "scores")
    scores = obj.get("scores", {})
    if not isinstance(scores, dict):
        raise _rejected(f"{where_scores} must be a JSON object.")
    if len(items) > MAX_LIST_ITEMS or len(scores) > MAX_LIST_ITEMS:
        raise _rejected(f"{path} has more than {MAX_LIST_ITEMS} item answers or scores.")
    plan.measurements.append(
        {
            "id": ident,
            "coachee_id": owner.coachee_id,
            "instrument": instrument,
            "taken_on": _date(obj, "taken_on", path, required=True),
            "session_id": _ref(obj, "session", path, owner.sessions, "sessions"),
            "goal_id": _ref(obj, "goal", path, owner.goals, "goals"),
            "value": _finite(obj.get("value"), _at(path, "value")),
            "items": [
                None if x is None else _finite(x, f"{where_items}[{i}]")
                for i, x in enumerate(items)
            ],
            "scores": _scores(scores, where_scores),
        }
    )


def _scores(scores: dict[Any, Any], where: str) -> dict[str, float]:
    out: dict[str, float] = {}
    for key, value in scores.items():
        name = _checked(_at(where, key), v.short_text, key, "the score name", required=True)
        if name in out:
            raise _rejected(f"{_at(where, key)} repeats the score name {_show(name)}.")
        out[name] = _finite(value, _at(where, key))
    return out


def _coachee(raw: object, path: str, plan: _Plan) -> None:
    obj = _object(raw, path, COACHEE_KEYS, ("id", "name"))
    ident = _new_id(obj, path, plan)
    plan.coachees.append(
        {
            "id": ident,
            "name": _short(obj, "name", path, required=True),
            "role": _short(obj, "role", path),
            "organisation": _short(obj, "organisation", path),
            "team": _short(obj, "team", path),
            "email": _checked(_at(path, "email"), v.email, _string(obj, "email", path)),
            "programme": _short(obj, "programme", path),
            "started_on": _date(obj, "started_on", path),
            "status": _enum(obj, "status", path, COACHEE_STATUSES, "active"),
            "focus": _long(obj, "focus", path),
            "tags": _tags(obj, "tags", path),
            "consent_recorded_on": _date(obj, "consent_recorded_on", path),
        }
    )
    goals = {
        _goal(g, f"{_at(path, 'goals')}[{i}]", plan, ident)
        for i, g in enumerate(_list(obj, "goals", path))
    }
    sessions = {
        _session(x, f"{_at(path, 'sessions')}[{i}]", plan, ident)
        for i, x in enumerate(_list(obj, "sessions", path))
    }
    owner = _Owner(ident, goals, sessions)
    for i, e in enumerate(_list(obj, "experiments", path)):
        _experiment(e, f"{_at(path, 'experiments')}[{i}]", plan, owner)
    for i, m in enumerate(_list(obj, "measurements", path)):
        _measurement(m, f"{_at(path, 'measurements')}[{i}]", plan, owner)


def validate_document(doc: object) -> _Plan:
    """Check a parsed document completely; return the rows to insert. Touches no vault."""
    top = _object(doc, "", TOP_KEYS, ("format", "version", "coachees"))
    if top.get("format") != FORMAT:
        raise _rejected(f'format must be "{FORMAT}": this is not a Coach Companion export.')
    version = top.get("version")
    if isinstance(version, bool) or not isinstance(version, int):
        raise _rejected("version must be a whole number.")
    if version != VERSION:
        newer = " It was written by a newer Coach Companion; update the app." if version > 1 else ""
        raise _rejected(f"version {version} is not supported (this app reads {VERSION}).{newer}")
    if "exported_at" in top:
        _datetime(top["exported_at"], "exported_at")
    plan = _Plan()
    for i, raw in enumerate(_list(top, "coachees", "")):
        _coachee(raw, f"coachees[{i}]", plan)
    return plan


# ---- importing ------------------------------------------------------------------------------


def _chunks(items: Sequence[str]) -> Iterator[Sequence[str]]:
    for start in range(0, len(items), _IN_CHUNK):
        yield items[start : start + _IN_CHUNK]


def _check_new_ids(s: Session, plan: _Plan) -> None:
    coachee_ids = [row["id"] for row in plan.coachees]
    for chunk in _chunks(coachee_ids):
        erased = s.scalars(select(Erasure.coachee_id).where(Erasure.coachee_id.in_(chunk))).first()
        if erased is not None:
            raise _rejected(
                f"{plan.where[erased]}: the coachee {erased} was erased from this vault, and an "
                "erased coachee is never brought back."
            )
    all_ids = list(plan.where)
    models: tuple[tuple[type[Any], str], ...] = (
        (Coachee, "coachee"),
        (Goal, "goal"),
        (CoachingSession, "session"),
        (Experiment, "experiment"),
        (Measurement, "measurement"),
    )
    for model, label in models:
        for chunk in _chunks(all_ids):
            hit = s.scalars(select(model.id).where(model.id.in_(chunk))).first()
            if hit is not None:
                raise _rejected(
                    f"{plan.where[hit]}: this vault already holds a {label} with the id {hit} "
                    "(was the file exported from this vault?). Import into a new, empty vault."
                )


def import_document(vault: Vault, doc_or_text: object) -> ImportSummary:
    """Import an export document (parsed, or its text/bytes) in one transaction.

    Raises ``ImportRejected`` (nothing imported) for anything the format does not allow.
    """
    if isinstance(doc_or_text, bytearray | memoryview):
        doc_or_text = bytes(doc_or_text)
    doc = parse_import_text(doc_or_text) if isinstance(doc_or_text, str | bytes) else doc_or_text
    plan = validate_document(doc)
    try:
        with vault.write() as s:
            _check_new_ids(s, plan)
            # Parents before children: experiments and measurements point at goals and
            # sessions through foreign keys that no ORM relationship orders for us.
            s.add_all(Coachee(**row) for row in plan.coachees)
            s.flush()
            s.add_all(Goal(**row) for row in plan.goals)
            s.add_all(CoachingSession(**row) for row in plan.sessions)
            s.flush()
            s.add_all(Experiment(**row) for row in plan.experiments)
            s.add_all(Measurement(**row) for row in plan.measurements)
            s.flush()
    except IntegrityError:
        raise _rejected("the file conflicts with data already in the vault.") from None
    return plan.summary()
