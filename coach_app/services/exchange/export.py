"""Writing the export: the whole vault as one deterministic JSON document.

Coachees are sorted by id, goals and experiments by id, sessions by start and id, measurements
by date, instrument and id, and optional parts that the app always fills (template sections,
the five goal levels) are written whole. So ``exported_at`` is the only field that differs
between two exports of the same data, and export → import → export gives the same document.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable
from datetime import UTC, date, datetime
from typing import Any, TypeVar

from sqlalchemy import select

from coach_app.models import GAS_LEVELS, Coachee, CoachingSession, Experiment, Goal, Measurement
from coach_app.services.exchange.document import FORMAT, VERSION
from coach_app.templates import template, template_keys
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


def _sections_doc(row: CoachingSession) -> dict[str, str]:
    stored = dict(row.sections or {})
    known = template(row.template).section_keys() if row.template in template_keys() else ()
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


def _coachee_doc(c: Coachee) -> dict[str, Any]:
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
                **_coachee_doc(c),
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
