"""Coaching sessions: create, autosave, list the timeline."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import select

from coach_app.errors import ValidationError
from coach_app.models import SESSION_KINDS, TEMPLATE_SECTIONS, Coachee, CoachingSession
from coach_app.services import validation as v
from coach_app.services.convert import session_record, session_summary
from coach_app.services.lookup import get_or_not_found
from coach_app.services.records import SessionRecord, SessionSummary
from coach_app.vault.vault import Vault

TEMPLATE_LABELS = {
    "grow": "GROW",
    "oskar": "OSKAR",
    "clear": "CLEAR",
    "pdsa": "Experiment card (PDSA)",
    "intervision": "Intervision case",
    "action_learning": "Action-learning set",
    "free": "Free notes",
}

SECTION_LABELS = {
    "goal": "Goal",
    "reality": "Reality",
    "options": "Options",
    "will": "Will (way forward)",
    "outcome": "Outcome",
    "scaling": "Scaling (0–10)",
    "know_how": "Know-how",
    "affirm_action": "Affirm + Action",
    "review": "Review",
    "contracting": "Contracting",
    "listening": "Listening",
    "exploring": "Exploring",
    "action": "Action",
    "plan": "Plan (what, and the prediction)",
    "do": "Do (what happened, surprises)",
    "study": "Study (result vs prediction)",
    "act": "Act (adopt / adapt / abandon)",
    "case_giver": "Case-giver",
    "key_question": "Key question",
    "clarifying_questions": "Clarifying questions",
    "ideas": "Ideas from the group",
    "what_helped": "What helped the case-giver",
    "problem_owner": "Problem owner",
    "questions": "Questions asked",
    "insights": "Insight",
    "actions": "Action until next meeting",
}

KIND_LABELS = {
    "one_to_one": "1:1",
    "action_learning": "Action-learning set",
    "intervision": "Intervision",
    "group": "Group",
    "other": "Other",
}


def clean_sections(template: str, sections: object) -> dict[str, str]:
    """Validate a sections map against the template's section keys."""
    if sections is None:
        sections = {}
    if not isinstance(sections, dict):
        raise ValidationError("Sections must map a section name to its text.")
    allowed = TEMPLATE_SECTIONS[template]
    unknown = [k for k in sections if k not in allowed]
    if unknown:
        label = TEMPLATE_LABELS.get(template, template)
        raise ValidationError(
            f"{label} has no section {unknown[0]!r}; its sections are: "
            f"{', '.join(allowed) or 'none'}."
        )
    return {k: v.long_text(sections.get(k, ""), SECTION_LABELS.get(k, k)) for k in allowed}


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
    template = v.choice(template, TEMPLATE_SECTIONS, "Template")
    values = {
        "template": template,
        "kind": v.choice(kind, SESSION_KINDS, "Kind"),
        "started_at": v.parse_datetime(started_at or datetime.now(), "Start"),
        "duration_minutes": v.int_in(duration_minutes, 0, 24 * 60, "Duration (minutes)"),
        "sections": clean_sections(template, sections),
        "notes": v.long_text(notes, "Notes"),
        "private_reflection": v.long_text(private_reflection, "Private reflection"),
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
    }
    unknown = set(changes) - allowed
    if unknown:
        raise ValidationError(f"Unknown session field(s): {', '.join(sorted(unknown))}.")
    with vault.write() as s:
        row = get_or_not_found(s, CoachingSession, session_id, "session")
        if "template" in changes:
            row.template = v.choice(changes["template"], TEMPLATE_SECTIONS, "Template")
            row.sections = clean_sections(
                row.template,
                {
                    k: t
                    for k, t in (row.sections or {}).items()
                    if k in TEMPLATE_SECTIONS[row.template]
                },
            )
        if "sections" in changes:
            merged = dict(row.sections or {})
            merged.update(
                clean_sections(
                    row.template,
                    {
                        **{k: merged.get(k, "") for k in TEMPLATE_SECTIONS[row.template]},
                        **(changes["sections"] or {}),
                    },
                )
            )
            row.sections = merged
        if "notes" in changes:
            row.notes = v.long_text(changes["notes"], "Notes")
        if "private_reflection" in changes:
            row.private_reflection = v.long_text(
                changes["private_reflection"], "Private reflection"
            )
        if "tags" in changes:
            row.tags = v.tags(changes["tags"])
        if "started_at" in changes:
            row.started_at = v.parse_datetime(changes["started_at"], "Start")
        if "duration_minutes" in changes:
            row.duration_minutes = v.int_in(
                changes["duration_minutes"], 0, 24 * 60, "Duration (minutes)"
            )
        if "kind" in changes:
            row.kind = v.choice(changes["kind"], SESSION_KINDS, "Kind")
        s.flush()
        return session_record(row)


def get_session(vault: Vault, session_id: str) -> SessionRecord:
    """One whole session."""
    with vault.session() as s:
        row = get_or_not_found(s, CoachingSession, session_id, "session")
        return session_record(row)


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


def delete_session(vault: Vault, session_id: str) -> None:
    """Delete a session (its experiments stay, unlinked)."""
    with vault.write() as s:
        row = get_or_not_found(s, CoachingSession, session_id, "session")
        s.delete(row)
