"""Groups: create and edit a group, its members, who brings a case next, the set's learning log.

A member is a coachee of the vault or a person recorded by name only (someone the coach does
not coach individually). A coachee member's name is read from the coachee, never copied, so
erasing the coachee leaves no copy here. Nothing a group view returns comes from a
participant's individual coaching: only the group's own rows and the member names.

Sessions and rounds are in ``services/group_sessions.py``.
"""

from __future__ import annotations

from datetime import date
from typing import Any, cast

from sqlalchemy import CursorResult, delete, func, select
from sqlalchemy.orm import Session

from coach_app.errors import ValidationError
from coach_app.i18n import _
from coach_app.models import (
    ROUND_TEXT_FIELDS,
    Coachee,
    Group,
    GroupAttendance,
    GroupMember,
    GroupRound,
    GroupSession,
    Insight,
    Measurement,
)
from coach_app.services import group_rules as rules
from coach_app.services import validation as v
from coach_app.services.group_records import (
    GroupRecord,
    GroupSummary,
    InsightRecord,
    MemberRecord,
    RotationEntry,
    SetLearningEntry,
)
from coach_app.services.lookup import get_or_not_found
from coach_app.vault.vault import Vault

GROUP_FIELDS = (
    "kind",
    "name",
    "purpose",
    "organisation",
    "contact",
    "client_type",
    "default_paid",
    "log_consent",
    "started_on",
    "ended_on",
    "status",
)


def _clean_group(fields: dict[str, Any], row: Group | None) -> dict[str, Any]:
    unknown = set(fields) - set(GROUP_FIELDS)
    if unknown:
        raise ValidationError(
            _("Unknown group field(s): {fields}.").format(fields=", ".join(sorted(unknown)))
        )
    out: dict[str, Any] = {}
    if "name" in fields or row is None:
        out["name"] = v.short_text(fields.get("name"), _("Group name"), required=True)
    if "kind" in fields:
        out["kind"] = rules.group_kind(fields["kind"])
    if "purpose" in fields:
        out["purpose"] = v.long_text(fields["purpose"], _("Purpose"))
    if "organisation" in fields:
        out["organisation"] = v.short_text(fields["organisation"], _("Organisation"))
    if "contact" in fields:
        out["contact"] = v.short_text(fields["contact"], _("Contact"), limit=v.MAX_EMAIL)
    if "client_type" in fields:
        out["client_type"] = rules.client_type(fields["client_type"])
    for key, label in (("default_paid", _("Paid")), ("log_consent", _("May be named on logs"))):
        if key in fields:
            out[key] = rules.flag(fields[key], label)
    if "status" in fields:
        out["status"] = rules.group_status(fields["status"])
    if "started_on" in fields or "ended_on" in fields:
        start, end = rules.date_range(
            fields.get("started_on", row.started_on if row else None),
            fields.get("ended_on", row.ended_on if row else None),
            _("Start date"),
            _("End date"),
        )
        out["started_on"], out["ended_on"] = start, end
    return out


def _member_record(m: GroupMember, coachee_name: str | None) -> MemberRecord:
    return MemberRecord(
        id=m.id,
        group_id=m.group_id,
        name=(coachee_name or "") if m.coachee_id else m.name,
        coachee_id=m.coachee_id,
        joined_on=m.joined_on,
        left_on=m.left_on,
    )


def members_of(s: Session, group_id: str) -> list[MemberRecord]:
    """A group's members, in the order they joined (inside the caller's transaction)."""
    query = (
        select(GroupMember, Coachee.name)
        .outerjoin(Coachee, Coachee.id == GroupMember.coachee_id)
        .where(GroupMember.group_id == group_id)
        .order_by(GroupMember.joined_on.is_(None), GroupMember.joined_on, GroupMember.created_at)
    )
    return [_member_record(m, name) for m, name in s.execute(query)]


def _group_record(s: Session, row: Group) -> GroupRecord:
    return GroupRecord(
        id=row.id,
        kind=row.kind,
        name=row.name,
        purpose=row.purpose,
        organisation=row.organisation,
        contact=row.contact,
        client_type=row.client_type,
        default_paid=row.default_paid,
        log_consent=row.log_consent,
        started_on=row.started_on,
        ended_on=row.ended_on,
        status=row.status,
        members=tuple(members_of(s, row.id)),
    )


def create_group(vault: Vault, **fields: Any) -> GroupRecord:
    """Start a group (a name is required; kind, purpose, dates, client details optional)."""
    with vault.write() as s:
        return create_group_in(s, **fields)


def create_group_in(s: Session, **fields: Any) -> GroupRecord:
    """:func:`create_group` inside the caller's transaction (``services/group_edit.py``)."""
    row = Group(**_clean_group(fields, None))
    s.add(row)
    s.flush()
    return _group_record(s, row)


def get_group_in(s: Session, group_id: str) -> GroupRecord:
    """:func:`get_group` inside the caller's transaction."""
    return _group_record(s, get_or_not_found(s, Group, group_id, "group"))


def update_group(vault: Vault, group_id: str, **fields: Any) -> GroupRecord:
    """Change fields of a group."""
    with vault.write() as s:
        return update_group_in(s, group_id, **fields)


def update_group_in(s: Session, group_id: str, **fields: Any) -> GroupRecord:
    """:func:`update_group` inside the caller's transaction."""
    row = get_or_not_found(s, Group, group_id, "group")
    for key, value in _clean_group(fields, row).items():
        setattr(row, key, value)
    s.flush()
    return _group_record(s, row)


def get_group(vault: Vault, group_id: str) -> GroupRecord:
    """One group with its members."""
    with vault.session() as s:
        return get_group_in(s, group_id)


def list_groups(vault: Vault, *, include_archived: bool = True) -> list[GroupSummary]:
    """Every group, by name, with its member and session counts and its last session."""
    members = (
        select(GroupMember.group_id, func.count().label("n"))
        .group_by(GroupMember.group_id)
        .subquery()
    )
    sessions = (
        select(
            GroupSession.group_id,
            func.count().label("n"),
            func.max(GroupSession.started_at).label("last"),
        )
        .group_by(GroupSession.group_id)
        .subquery()
    )
    query = (
        select(Group, members.c.n, sessions.c.n, sessions.c.last)
        .outerjoin(members, members.c.group_id == Group.id)
        .outerjoin(sessions, sessions.c.group_id == Group.id)
        .order_by(func.lower(Group.name))
    )
    if not include_archived:
        query = query.where(Group.status != "archived")
    with vault.session() as s:
        return [
            GroupSummary(g.id, g.kind, g.name, g.status, n_members or 0, n_sessions or 0, last)
            for g, n_members, n_sessions, last in s.execute(query)
        ]


def delete_group(vault: Vault, group_id: str) -> None:
    """Delete a group with its sessions and rounds.

    What landed on participants' records (experiments, ratings, insights) stays there: it is
    theirs; it only loses its link to the group session.
    """
    with vault.write() as s:
        s.delete(get_or_not_found(s, Group, group_id, "group"))


# ---- members --------------------------------------------------------------------------------


def add_member(
    vault: Vault,
    group_id: str,
    *,
    coachee_id: str | None = None,
    name: str | None = None,
    joined_on: date | str | None = None,
) -> MemberRecord:
    """Add a coachee of the vault, or a person by name only (exactly one of the two)."""
    with vault.write() as s:
        return add_member_in(s, group_id, coachee_id=coachee_id, name=name, joined_on=joined_on)


def add_member_in(
    s: Session,
    group_id: str,
    *,
    coachee_id: str | None = None,
    name: str | None = None,
    joined_on: date | str | None = None,
) -> MemberRecord:
    """:func:`add_member` inside the caller's transaction (``services/group_edit.py``)."""
    if (coachee_id is None) == (name is None):
        raise ValidationError(_("A member is either a coachee or a name, not both or neither."))
    clean_name = "" if name is None else rules.member_name(name)
    joined = v.parse_date(joined_on, _("Joined on"))
    get_or_not_found(s, Group, group_id, "group")
    coachee_name = None
    if coachee_id is not None:
        coachee_name = get_or_not_found(s, Coachee, coachee_id, "coachee").name
        taken = s.scalar(
            select(GroupMember.id).where(
                GroupMember.group_id == group_id, GroupMember.coachee_id == coachee_id
            )
        )
        if taken:
            raise ValidationError(_("That coachee is already a member of this group."))
    row = GroupMember(group_id=group_id, coachee_id=coachee_id, name=clean_name, joined_on=joined)
    s.add(row)
    s.flush()
    return _member_record(row, coachee_name)


def update_member(vault: Vault, member_id: str, **fields: Any) -> MemberRecord:
    """Change a member's dates (``joined_on``, ``left_on``) or a name-only member's name."""
    with vault.write() as s:
        return update_member_in(s, member_id, **fields)


def update_member_in(s: Session, member_id: str, **fields: Any) -> MemberRecord:
    """:func:`update_member` inside the caller's transaction."""
    unknown = set(fields) - {"name", "joined_on", "left_on"}
    if unknown:
        raise ValidationError(
            _("Unknown member field(s): {fields}.").format(fields=", ".join(sorted(unknown)))
        )
    row = get_or_not_found(s, GroupMember, member_id, "member")
    if "name" in fields:
        if row.coachee_id:
            raise ValidationError(_("A coachee's name is changed on their profile."))
        row.name = rules.member_name(fields["name"])
    if "joined_on" in fields or "left_on" in fields:
        row.joined_on, row.left_on = rules.date_range(
            fields.get("joined_on", row.joined_on),
            fields.get("left_on", row.left_on),
            _("Joined on"),
            _("Left on"),
        )
    s.flush()
    coachee = s.get(Coachee, row.coachee_id) if row.coachee_id else None
    return _member_record(row, coachee.name if coachee else None)


def took_part(s: Session, member_id: str) -> bool:
    """Whether a member attended a session or brought a case."""
    attended = s.scalar(select(func.count()).where(GroupAttendance.member_id == member_id))
    cases = s.scalar(select(func.count()).where(GroupRound.case_giver_id == member_id))
    return bool(attended or cases)


def remove_member(vault: Vault, member_id: str) -> None:
    """Remove a member who never attended nor brought a case (else give a leaving date)."""
    with vault.write() as s:
        remove_member_in(s, member_id)


def remove_member_in(s: Session, member_id: str) -> None:
    """:func:`remove_member` inside the caller's transaction."""
    row = get_or_not_found(s, GroupMember, member_id, "member")
    if took_part(s, member_id):
        raise ValidationError(
            _(
                "This member took part in sessions: give a leaving date instead, so the "
                "group's record stays whole."
            )
        )
    s.delete(row)


# ---- the group page -------------------------------------------------------------------------


def rotation(vault: Vault, group_id: str, *, on: date | None = None) -> list[RotationEntry]:
    """The current members, whoever should bring a case next first.

    Those who never brought one come first (in the order they joined), then the one whose last
    case is longest ago; fewer cases break a tie. Members who left before ``on`` (today by
    default) are not listed.
    """
    day = on or date.today()
    with vault.session() as s:
        get_or_not_found(s, Group, group_id, "group")
        members = [m for m in members_of(s, group_id) if m.active_on(day)]
        turns = s.execute(
            select(GroupRound.case_giver_id, func.count(), func.max(GroupSession.started_at))
            .join(GroupSession, GroupSession.id == GroupRound.group_session_id)
            .where(GroupSession.group_id == group_id, GroupRound.case_giver_id.is_not(None))
            .group_by(GroupRound.case_giver_id)
        ).all()
    by_member: dict[str, tuple[int, date | None]] = {
        member_id: (n, last.date()) for member_id, n, last in turns if member_id
    }
    entries = [RotationEntry(m.id, m.name, *by_member.get(m.id, (0, None))) for m in members]
    order = {m.id: i for i, m in enumerate(members)}
    entries.sort(
        key=lambda e: (
            e.last_case_on is not None,
            e.last_case_on or date.min,
            e.cases,
            order[e.member_id],
        )
    )
    return entries


def next_case_giver(vault: Vault, group_id: str, *, on: date | None = None) -> str | None:
    """The member id the rotation suggests for the next case, or None without members."""
    entries = rotation(vault, group_id, on=on)
    return entries[0].member_id if entries else None


def set_learning_log(vault: Vault, group_id: str) -> list[SetLearningEntry]:
    """The insights and actions of every round of the group, newest session first."""
    with vault.session() as s:
        get_or_not_found(s, Group, group_id, "group")
        names = {m.id: m.name for m in members_of(s, group_id)}
        rows = s.execute(
            select(GroupRound, GroupSession.started_at)
            .join(GroupSession, GroupSession.id == GroupRound.group_session_id)
            .where(GroupSession.group_id == group_id)
            .where((GroupRound.insight != "") | (GroupRound.action != ""))
            .order_by(GroupSession.started_at.desc(), GroupRound.position)
        ).all()
        return [
            SetLearningEntry(
                group_session_id=r.group_session_id,
                round_id=r.id,
                held_on=started.date(),
                case_giver=case_giver_name(r, names),
                insight=r.insight,
                action=r.action,
            )
            for r, started in rows
        ]


def case_giver_name(row: GroupRound, names: dict[str, str]) -> str:
    """The case-giver's name, "a former participant" once erased, else empty."""
    if row.case_giver_id and row.case_giver_id in names:
        return names[row.case_giver_id]
    return rules.former_participant() if row.former_participant else ""


def insights_of(vault: Vault, coachee_id: str) -> list[InsightRecord]:
    """A coachee's insights from group sessions, newest first, each saying where it came from."""
    with vault.session() as s:
        get_or_not_found(s, Coachee, coachee_id, "coachee")
        rows = s.execute(
            select(Insight, Group.id, Group.name, Group.kind)
            .outerjoin(GroupSession, GroupSession.id == Insight.group_session_id)
            .outerjoin(Group, Group.id == GroupSession.group_id)
            .where(Insight.coachee_id == coachee_id)
            .order_by(Insight.noted_on.desc(), Insight.created_at.desc())
        ).all()
    return [
        InsightRecord(
            id=i.id,
            coachee_id=i.coachee_id,
            text=i.text,
            noted_on=i.noted_on,
            group_session_id=i.group_session_id,
            group_id=gid,
            group_name=name or "",
            source=(
                _("{kind} “{name}”, {date}").format(
                    kind=rules.kind_label(kind), name=name, date=i.noted_on.isoformat()
                )
                if gid
                else _("a group session since deleted")
            ),
        )
        for i, gid, name, kind in rows
    ]


# ---- erasure --------------------------------------------------------------------------------


def forget_participant(s: Session, coachee_id: str) -> dict[str, int]:
    """Take an erased coachee out of every group, inside the erasure's transaction ``s``.

    Their rounds stay (the group's record keeps its shape and the others' turns) but become "a
    former participant"'s, with every text of the round emptied: a case is the case-giver's
    story, so the questions and ideas about it are theirs too. Their attendance, membership,
    insights and group ratings go; the experiments on their record go with the coachee.

    Returns how many rows of each kind were changed or deleted.
    """
    member_ids = list(s.scalars(select(GroupMember.id).where(GroupMember.coachee_id == coachee_id)))
    blank = dict.fromkeys(ROUND_TEXT_FIELDS, "")
    rounds = list(s.scalars(select(GroupRound).where(GroupRound.case_giver_id.in_(member_ids))))
    for r in rounds:
        for key, value in blank.items():
            setattr(r, key, value)
        r.rating = None
        r.case_giver_id = None
        r.former_participant = True
        r.experiment_id = r.measurement_id = r.insight_id = None
    s.flush()
    gone = {"group_rounds_anonymised": len(rounds)}
    # ORM deletes one by one, so the change log names the coachee for each.
    gone["insights"] = _delete_each(s, select(Insight).where(Insight.coachee_id == coachee_id))
    gone["group_ratings"] = _delete_each(
        s,
        select(Measurement).where(
            Measurement.coachee_id == coachee_id, Measurement.group_session_id.is_not(None)
        ),
    )
    result = s.execute(  # a bulk DELETE gives a CursorResult, which has rowcount
        delete(GroupAttendance)
        .where(GroupAttendance.member_id.in_(member_ids))
        .execution_options(synchronize_session=False)
    )
    gone["group_attendance"] = cast("CursorResult[Any]", result).rowcount or 0
    gone["group_members"] = _delete_each(
        s, select(GroupMember).where(GroupMember.id.in_(member_ids))
    )
    return gone


def _delete_each(s: Session, query: Any) -> int:
    rows = list(s.scalars(query))
    for row in rows:
        s.delete(row)
    s.flush()
    return len(rows)
