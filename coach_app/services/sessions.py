"""Coaching sessions: create, autosave, list the timeline, delete and undo a delete.

Templates and their sections come from the catalogue (``coach_app.templates``); a session
stores its template's key and one text per section key.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime
from types import MappingProxyType
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from coach_app.errors import ValidationError
from coach_app.i18n import N_, _
from coach_app.models import SESSION_KINDS, Coachee, CoachingSession, Experiment, Measurement
from coach_app.services import group_rules
from coach_app.services import validation as v
from coach_app.services.convert import session_record, session_summary
from coach_app.services.lookup import get_or_not_found
from coach_app.services.records import SessionRecord, SessionSummary
from coach_app.templates import template as template_spec
from coach_app.templates import template_keys
from coach_app.vault.vault import Vault

# Marked for extraction; pass a value through ``_`` when showing it.
KIND_LABELS = {
    "one_to_one": N_("1:1"),
    "action_learning": N_("Action-learning set"),
    "intervision": N_("Intervision"),
    "group": N_("Group"),
    "other": N_("Other"),
}


def clean_sections(
    template: str,
    sections: object,
    *,
    label_for: Callable[[str], str] | None = None,
    template_name: str | None = None,
) -> dict[str, str]:
    """Every section of ``template``, in order, each a checked note text (missing ones empty).

    ``label_for`` names a section in a message (default: its label; an unknown key is quoted)
    and ``template_name`` names the template (default: its label). The import passes the
    place in the file and the template's key, so one rule gives both kinds of message.
    """
    spec = template_spec(template)
    if sections is None:
        sections = {}
    if not isinstance(sections, dict):
        raise ValidationError(_("Sections must map a section name to its text."))
    allowed = spec.section_keys()
    for key in sections:
        if key not in allowed:
            name = label_for(key) if label_for else json.dumps(str(key)[:40], ensure_ascii=False)
            raise ValidationError(
                _(
                    "{section} is not a section of the {template} template (its sections: {keys})."
                ).format(
                    section=name,
                    template=template_name or spec.label,
                    keys=", ".join(allowed) or _("none"),
                )
            )
    name_of = label_for or (lambda key: spec.section(key).label)
    return {k: v.long_text(sections.get(k, ""), name_of(k)) for k in allowed}


def create_session(
    vault: Vault,
    coachee_id: str,
    *,
    template: str = "free",
    kind: str = "one_to_one",
    started_at: datetime | str | None = None,
    duration_minutes: int = 60,
    sections: dict[str, str] | None = None,
    notes: str = "",
    private_reflection: str = "",
    tags: list[str] | None = None,
) -> SessionRecord:
    """Start a session for a coachee (now, unless ``started_at`` says otherwise)."""
    template = v.choice(template, template_keys(), _("Template"))
    values = {
        "template": template,
        "kind": v.choice(kind, SESSION_KINDS, _("Kind")),
        "started_at": v.parse_datetime(started_at or datetime.now(), _("Start")),
        "duration_minutes": v.session_minutes(duration_minutes, _("Duration (minutes)")),
        "sections": clean_sections(template, sections),
        "notes": v.long_text(notes, _("Notes")),
        "private_reflection": v.long_text(private_reflection, _("Private reflection")),
        "tags": v.tags(tags),
    }
    with vault.write() as s:
        get_or_not_found(s, Coachee, coachee_id, "coachee")
        row = CoachingSession(coachee_id=coachee_id, **values)
        s.add(row)
        s.flush()
        return session_record(row)


def save_session(vault: Vault, session_id: str, **changes: Any) -> SessionRecord:
    """Autosave: write the fields given (sections are merged, not replaced).

    Called about once a second while the coach types, so it touches one row and its index entry.
    """
    allowed = {
        "sections",
        "notes",
        "private_reflection",
        "tags",
        "started_at",
        "duration_minutes",
        "kind",
        "template",
        "paid",
    }
    unknown = set(changes) - allowed
    if unknown:
        raise ValidationError(
            _("Unknown session field(s): {fields}.").format(fields=", ".join(sorted(unknown)))
        )
    with vault.write() as s:
        row = get_or_not_found(s, CoachingSession, session_id, "session")
        if "template" in changes:
            row.template = v.choice(changes["template"], template_keys(), _("Template"))
            keys = template_spec(row.template).section_keys()
            # Only text under a section key the new template also has carries over: a stored
            # key outside the template could not be shown, exported or imported again.
            row.sections = clean_sections(
                row.template, {k: t for k, t in (row.sections or {}).items() if k in keys}
            )
        if "sections" in changes:
            given = changes["sections"] or {}
            if not isinstance(given, dict):
                raise ValidationError(_("Sections must map a section name to its text."))
            merged = dict(row.sections or {})
            keys = template_spec(row.template).section_keys()
            merged.update(
                clean_sections(row.template, {**{k: merged.get(k, "") for k in keys}, **given})
            )
            row.sections = merged
        if "notes" in changes:
            row.notes = v.long_text(changes["notes"], _("Notes"))
        if "paid" in changes:  # the hours log's paid / pro bono; None: the coachee's default
            row.paid = group_rules.optional_flag(changes["paid"], _("Paid"))
        if "private_reflection" in changes:
            row.private_reflection = v.long_text(
                changes["private_reflection"], _("Private reflection")
            )
        if "tags" in changes:
            row.tags = v.tags(changes["tags"])
        if "started_at" in changes:
            row.started_at = v.parse_datetime(changes["started_at"], _("Start"))
        if "duration_minutes" in changes:
            row.duration_minutes = v.session_minutes(
                changes["duration_minutes"], _("Duration (minutes)")
            )
        if "kind" in changes:
            row.kind = v.choice(changes["kind"], SESSION_KINDS, _("Kind"))
        s.flush()
        return session_record(row)


def get_session(vault: Vault, session_id: str) -> SessionRecord:
    """One whole session."""
    with vault.session() as s:
        row = get_or_not_found(s, CoachingSession, session_id, "session")
        return session_record(row)


def previous_session(vault: Vault, record: SessionRecord) -> SessionRecord | None:
    """The coachee's session before ``record`` (the newest one not later than it), or None.

    One step down ix_sessions_coachee_started: the cost does not grow with the history.
    """
    query = (
        select(CoachingSession)
        .where(
            CoachingSession.coachee_id == record.coachee_id,
            CoachingSession.started_at <= record.started_at,
            CoachingSession.id != record.id,
        )
        .order_by(CoachingSession.started_at.desc())
        .limit(1)
    )
    with vault.session() as s:
        row = s.scalars(query).first()
        return session_record(row) if row is not None else None


def list_sessions(vault: Vault, coachee_id: str, limit: int | None = None) -> list[SessionSummary]:
    """A coachee's sessions, newest first."""
    query = (
        select(CoachingSession)
        .where(CoachingSession.coachee_id == coachee_id)
        .order_by(CoachingSession.started_at.desc())
    )
    if limit:
        query = query.limit(limit)
    with vault.session() as s:
        return [session_summary(row) for row in s.scalars(query)]


def latest_session(vault: Vault, coachee_id: str) -> SessionRecord | None:
    """The most recent session of a coachee, if any."""
    with vault.session() as s:
        row = s.scalars(
            select(CoachingSession)
            .where(CoachingSession.coachee_id == coachee_id)
            .order_by(CoachingSession.started_at.desc())
            .limit(1)
        ).first()
        return session_record(row) if row else None


@dataclass(frozen=True)
class DeletedSession:
    """What :func:`restore_deleted` needs to bring a deleted session back, with its links.

    It holds the session's note text in memory: the UI keeps it only while the app runs
    unlocked and drops it at a lock.
    """

    columns: Mapping[str, Any]
    agreed_experiment_ids: tuple[str, ...]
    reviewed_experiment_ids: tuple[str, ...]
    measurement_ids: tuple[str, ...]

    @property
    def session_id(self) -> str:
        """The id the session had (and gets back)."""
        return str(self.columns["id"])

    @property
    def coachee_id(self) -> str:
        """Whose session it was."""
        return str(self.columns["coachee_id"])


def _ids(s: Session, column: Any, session_id: str) -> tuple[str, ...]:
    table = column.class_
    return tuple(s.scalars(select(table.id).where(column == session_id).order_by(table.id)))


def delete_session(vault: Vault, session_id: str) -> DeletedSession:
    """Delete a session; its experiments and measurements stay, unlinked.

    Returns a snapshot of the row and of its links, for :func:`restore_deleted` (undo).
    """
    with vault.write() as s:
        row = get_or_not_found(s, CoachingSession, session_id, "session")
        columns = {c.key: getattr(row, c.key) for c in CoachingSession.__table__.columns}
        # JSON columns are copied: the snapshot must not share lists or dicts with the row.
        columns["sections"] = dict(row.sections or {})
        columns["tags"] = list(row.tags or [])
        snapshot = DeletedSession(
            columns=MappingProxyType(columns),
            agreed_experiment_ids=_ids(s, Experiment.agreed_in_session_id, session_id),
            reviewed_experiment_ids=_ids(s, Experiment.reviewed_in_session_id, session_id),
            measurement_ids=_ids(s, Measurement.session_id, session_id),
        )
        s.delete(row)
        return snapshot


def restore_deleted(vault: Vault, snapshot: DeletedSession) -> SessionRecord:
    """Bring back a session :func:`delete_session` deleted: the same id, text and links.

    One transaction. Links are restored to the experiments and measurements that still
    exist (one deleted meanwhile stays deleted). Raises ``NotFound`` if the coachee is gone.
    """
    columns = dict(snapshot.columns)
    columns["sections"] = dict(columns.get("sections") or {})
    columns["tags"] = list(columns.get("tags") or [])
    with vault.write() as s:
        get_or_not_found(s, Coachee, snapshot.coachee_id, "coachee")
        row = CoachingSession(**columns)
        s.add(row)
        s.flush()
        links = (
            (Experiment, snapshot.agreed_experiment_ids, "agreed_in_session_id"),
            (Experiment, snapshot.reviewed_experiment_ids, "reviewed_in_session_id"),
            (Measurement, snapshot.measurement_ids, "session_id"),
        )
        for table, ids, attribute in links:
            for linked in s.scalars(select(table).where(table.id.in_(ids))):
                if getattr(linked, attribute) is None:  # not linked elsewhere meanwhile
                    setattr(linked, attribute, row.id)
        s.flush()
        return session_record(row)
