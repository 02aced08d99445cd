"""Everything about one coachee, in the export format: for a coachee's access request.

The document is an ordinary export (``docs/export-format.md``, "One coachee") that holds one
coachee with their whole record (profile, goals, sessions, experiments, measurements,
insights). Groups appear only as far as they are about this coachee: each group they belong to
with its name and kind only, their own membership, and the group sessions they attended or
gave a case in (date, length, template), with their own attendance and only the rounds in
which they were the case-giver. Other members, their names and rounds, the group's purpose
and sponsor, and the coach's own record are left out, so nothing another participant said is
handed over. The document imports like any export (every reference points inside it).
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select

from coach_app.errors import NotFound
from coach_app.i18n import _
from coach_app.models import (
    Coachee,
    Group,
    GroupAttendance,
    GroupMember,
    GroupRound,
    GroupSession,
)
from coach_app.services.exchange.document import FORMAT, VERSION
from coach_app.services.exchange.export import coachee_doc, member_doc, round_doc
from coach_app.vault.vault import Vault


def _group_sessions(
    s: Any, members: dict[str, GroupMember], referenced: set[str]
) -> dict[str, list[dict[str, Any]]]:
    """Per group id: the sessions this coachee attended, gave a case in or is pointed at by.

    Each holds this coachee's attendance and the rounds they gave, nothing of anyone else.
    """
    member_ids = list(members)
    attended = {
        (gs, m)
        for gs, m in s.execute(
            select(GroupAttendance.group_session_id, GroupAttendance.member_id).where(
                GroupAttendance.member_id.in_(member_ids)
            )
        )
    }
    rounds = list(s.scalars(select(GroupRound).where(GroupRound.case_giver_id.in_(member_ids))))
    wanted = referenced | {gs for gs, _m in attended} | {r.group_session_id for r in rounds}
    out: dict[str, list[dict[str, Any]]] = {}
    rows = s.scalars(
        select(GroupSession)
        .where(GroupSession.id.in_(wanted))
        .order_by(GroupSession.started_at, GroupSession.id)
    )
    for row in rows:
        mine = sorted(
            (r for r in rounds if r.group_session_id == row.id), key=lambda r: (r.position, r.id)
        )
        out.setdefault(row.group_id, []).append(
            {
                "id": row.id,
                "started_at": row.started_at.isoformat(),
                "duration_minutes": row.duration_minutes,
                "template": row.template,
                "attendees": sorted(m for gs, m in attended if gs == row.id),
                "rounds": [round_doc(r) for r in mine],
            }
        )
    return out


def export_coachee(vault: Vault, coachee_id: str, *, now: datetime | None = None) -> dict[str, Any]:
    """Everything about one coachee as an export document (see the module's docstring).

    Raises:
        NotFound: there is no such coachee.
    """
    exported_at = (now or datetime.now(UTC)).isoformat(timespec="seconds")
    with vault.session() as s:
        if s.get(Coachee, coachee_id) is None:
            raise NotFound(_("There is no coachee with the id {id}.").format(id=coachee_id))
        person = coachee_doc(s.connection(), coachee_id)
        referenced = {e["agreed_in_group_session"] for e in person["experiments"]}
        referenced |= {m["group_session"] for m in person["measurements"]}
        referenced |= {i["group_session"] for i in person["insights"]}
        referenced.discard(None)
        members = {
            m.id: m
            for m in s.scalars(select(GroupMember).where(GroupMember.coachee_id == coachee_id))
        }
        by_group = _group_sessions(s, members, {r for r in referenced if r})
        group_ids = {m.group_id for m in members.values()} | set(by_group)
        groups = [
            {
                "id": g.id,
                "kind": g.kind,
                "name": g.name,
                "members": [
                    member_doc(m)
                    for m in sorted(members.values(), key=lambda m: m.id)
                    if m.group_id == g.id
                ],
                "sessions": by_group.get(g.id, []),
            }
            for g in s.scalars(select(Group).where(Group.id.in_(group_ids)).order_by(Group.id))
        ]
    return {
        "format": FORMAT,
        "version": VERSION,
        "exported_at": exported_at,
        "coachees": [person],
        "groups": groups,
        "development": [],
    }
