"""The marks a coach made while listening, collected from sessions' texts.

A mark lives in the text itself (``coach_app.marks``: a sign at the start of a line), so this
module only reads sessions and parses them; nothing is stored apart. The side panel shows the
previous session's marks, the pre-session brief shows a coachee's recent ones, and the search
dialog lists marks of one kind.

Marks come from a session's sections (in the template's order as stored) and its notes. The
private reflection is the coach's own and is read only when the caller asks for it.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from coach_app import marks
from coach_app.i18n import _
from coach_app.models import CoachingSession
from coach_app.services.lookup import get_or_not_found
from coach_app.vault.vault import Vault

#: ``section_key`` of marks found in the private reflection (only with ``include_private``).
PRIVATE_KEY = marks.PRIVATE_KEY


@dataclass(frozen=True)
class MarkRecord:
    """One marked line of one session.

    ``section_key`` is the template section the line is in, ``None`` for the session's notes
    and ``PRIVATE_KEY`` for the private reflection. ``kind`` is a ``coach_app.marks`` key.
    """

    session_id: str
    session_started_at: datetime
    section_key: str | None
    kind: str
    text: str


def marks_in(
    session_id: str,
    started_at: datetime,
    sections: dict[str, str] | None,
    notes: str,
    private_reflection: str = "",
    *,
    include_private: bool = False,
) -> list[MarkRecord]:
    """The marks of one session's texts, in text order (sections, then notes, then private)."""
    private = (private_reflection or "") if include_private else None
    return [
        MarkRecord(session_id, started_at, key, found.kind.key, found.text)
        for key, text in marks.session_parts(sections, notes, private)
        for found in marks.find(text)
    ]


def _records(rows: Iterable[CoachingSession], include_private: bool) -> Iterator[MarkRecord]:
    for row in rows:
        yield from marks_in(
            row.id,
            row.started_at,
            row.sections,
            row.notes,
            row.private_reflection,
            include_private=include_private,
        )


def session_marks(
    vault: Vault, session_id: str, *, include_private: bool = False
) -> list[MarkRecord]:
    """The marks of one session, in text order (``NotFoundError`` for an unknown session)."""
    with vault.session() as s:
        row = get_or_not_found(s, CoachingSession, session_id, _("session"))
        return list(_records([row], include_private))


def coachee_marks(
    vault: Vault,
    coachee_id: str,
    *,
    limit_sessions: int | None = None,
    include_private: bool = False,
    before: datetime | None = None,
) -> list[MarkRecord]:
    """A coachee's marks, newest session first, in text order within a session.

    ``limit_sessions`` reads only that many of the newest sessions (the index on
    ``(coachee_id, started_at)`` serves the order); ``before`` keeps sessions that started
    strictly earlier (the side panel's "marked last time").
    """
    query = select(CoachingSession).where(CoachingSession.coachee_id == coachee_id)
    if before is not None:
        query = query.where(CoachingSession.started_at < before)
    query = query.order_by(CoachingSession.started_at.desc(), CoachingSession.id.desc())
    if limit_sessions is not None:
        query = query.limit(max(0, int(limit_sessions)))
    with vault.session() as s:
        return list(_records(s.scalars(query), include_private))
