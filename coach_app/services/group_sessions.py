"""Group sessions and their rounds, and what a round puts on the case-giver's own record.

A round is one case. When its case-giver is a coachee of the vault, their action becomes an
experiment on their record (agreed in this group session), their rating a confidence
measurement, and their insight an entry of their learning log; the round keeps a link to each,
so editing the round keeps them in step. Once the coachee has reviewed or changed that
experiment it is theirs, and the round no longer rewrites or removes it. A case-giver known by
name only has no record: their round keeps its texts and nothing lands anywhere.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from coach_app.errors import ValidationError
from coach_app.i18n import _
from coach_app.models import (
    ROUND_TEXT_FIELDS,
    Experiment,
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
from coach_app.services.group_records import GroupSessionRecord, GroupSessionSummary, RoundRecord
from coach_app.services.groups import case_giver_name, members_of
from coach_app.services.lookup import get_or_not_found
from coach_app.services.measurements import insert_measurement
from coach_app.services.records import one_line
from coach_app.vault.vault import Vault

ROUND_FIELDS = frozenset({*ROUND_TEXT_FIELDS, "case_giver_id", "rating"})


# ---- sessions -------------------------------------------------------------------------------


def create_group_session(
    vault: Vault,
    group_id: str,
    *,
    started_at: datetime | str | None = None,
    duration_minutes: int = 90,
    template: str | None = None,
    paid: bool | None = None,
    attendee_ids: list[str] | tuple[str, ...] = (),
) -> GroupSessionRecord:
    """Record a meeting of a group (its template defaults to the one for the group's kind)."""
    values: dict[str, Any] = {
        "started_at": v.parse_datetime(started_at or datetime.now(), _("Start")),
        "duration_minutes": v.session_minutes(duration_minutes, _("Duration (minutes)")),
        "paid": rules.optional_flag(paid, _("Paid")),
    }
    with vault.write() as s:
        group = get_or_not_found(s, Group, group_id, "group")
        chosen = template or rules.DEFAULT_TEMPLATE.get(group.kind, "intervision")
        row = GroupSession(group_id=group_id, template=rules.group_template(chosen), **values)
        s.add(row)
        s.flush()
        _set_attendance(s, row, attendee_ids)
        return _session_record(s, row)


def update_group_session(vault: Vault, group_session_id: str, **changes: Any) -> GroupSessionRecord:
    """Change when, how long, the template, paid, or who attended (``attendee_ids``)."""
    allowed = {"started_at", "duration_minutes", "template", "paid", "attendee_ids"}
    unknown = set(changes) - allowed
    if unknown:
        raise ValidationError(
            _("Unknown group session field(s): {fields}.").format(fields=", ".join(sorted(unknown)))
        )
    with vault.write() as s:
        row = get_or_not_found(s, GroupSession, group_session_id, "group session")
        if "started_at" in changes:
            row.started_at = v.parse_datetime(changes["started_at"], _("Start"))
            _redate(s, row)
        if "duration_minutes" in changes:
            row.duration_minutes = v.session_minutes(
                changes["duration_minutes"], _("Duration (minutes)")
            )
        if "template" in changes:
            row.template = rules.group_template(changes["template"])
        if "paid" in changes:
            row.paid = rules.optional_flag(changes["paid"], _("Paid"))
        if "attendee_ids" in changes:
            _set_attendance(s, row, changes["attendee_ids"] or ())
        s.flush()
        return _session_record(s, row)


def get_group_session(vault: Vault, group_session_id: str) -> GroupSessionRecord:
    """One whole group session with its rounds."""
    with vault.session() as s:
        return _session_record(s, get_or_not_found(s, GroupSession, group_session_id, "session"))


def list_group_sessions(vault: Vault, group_id: str) -> list[GroupSessionSummary]:
    """A group's sessions, newest first, with who brought a case in each."""
    with vault.session() as s:
        get_or_not_found(s, Group, group_id, "group")
        names = {m.id: m.name for m in members_of(s, group_id)}
        attendance: dict[str, int] = {
            sid: n
            for sid, n in s.execute(
                select(GroupAttendance.group_session_id, func.count())
                .join(GroupSession, GroupSession.id == GroupAttendance.group_session_id)
                .where(GroupSession.group_id == group_id)
                .group_by(GroupAttendance.group_session_id)
            )
        }
        rows = s.scalars(
            select(GroupSession)
            .where(GroupSession.group_id == group_id)
            .order_by(GroupSession.started_at.desc())
        ).all()
        return [
            GroupSessionSummary(
                id=row.id,
                group_id=row.group_id,
                started_at=row.started_at,
                duration_minutes=row.duration_minutes,
                template=row.template,
                attendees=attendance.get(row.id, 0),
                rounds=len(row.rounds),
                case_givers=tuple(name for r in row.rounds if (name := case_giver_name(r, names))),
            )
            for row in rows
        ]


def delete_group_session(vault: Vault, group_session_id: str) -> None:
    """Delete a group session and its rounds; what reached participants' records stays there."""
    with vault.write() as s:
        s.delete(get_or_not_found(s, GroupSession, group_session_id, "group session"))


# ---- rounds ---------------------------------------------------------------------------------


def add_round(vault: Vault, group_session_id: str, **fields: Any) -> RoundRecord:
    """Add a round at the end of the session (fields as for :func:`save_round`)."""
    with vault.write() as s:
        session_row = get_or_not_found(s, GroupSession, group_session_id, "group session")
        if len(session_row.rounds) >= rules.MAX_ROUNDS:
            raise ValidationError(
                _("A session holds at most {n} rounds.").format(n=rules.MAX_ROUNDS)
            )
        position = max((r.position for r in session_row.rounds), default=-1) + 1
        row = GroupRound(group_session_id=group_session_id, position=position)
        s.add(row)
        session_row.rounds.append(row)
        _apply(s, row, session_row, fields)
        return _round_record(s, row, session_row.group_id)


def save_round(vault: Vault, round_id: str, **fields: Any) -> RoundRecord:
    """Write the fields given (the autosave): texts, ``case_giver_id`` (a member), ``rating``.

    The case-giver's record follows in the same transaction: see the module docstring.
    """
    with vault.write() as s:
        row = get_or_not_found(s, GroupRound, round_id, "round")
        _apply(s, row, row.session, fields)
        return _round_record(s, row, row.session.group_id)


def delete_round(vault: Vault, round_id: str) -> None:
    """Delete a round; what it put on a record goes too unless the coachee made it theirs."""
    with vault.write() as s:
        row = get_or_not_found(s, GroupRound, round_id, "round")
        _retract_all(s, row)
        s.delete(row)


# ---- inside the transaction -----------------------------------------------------------------


def _apply(s: Session, row: GroupRound, session_row: GroupSession, fields: dict[str, Any]) -> None:
    unknown = set(fields) - ROUND_FIELDS
    if unknown:
        raise ValidationError(
            _("Unknown round field(s): {fields}.").format(fields=", ".join(sorted(unknown)))
        )
    texts = rules.round_texts(fields)
    rating = rules.rating(fields["rating"]) if "rating" in fields else row.rating
    if "case_giver_id" in fields and fields["case_giver_id"] != row.case_giver_id:
        member_id = fields["case_giver_id"] or None
        if member_id is not None:
            member = s.get(GroupMember, member_id)
            if member is None or member.group_id != session_row.group_id:
                raise ValidationError(_("That person is not a member of this group."))
            _attend(s, session_row.id, member_id)
        # Someone else's case now: what landed on the previous case-giver's record goes.
        _retract_all(s, row)
        row.case_giver_id = member_id
        row.former_participant = False
        changed = {"action", "insight", "rating"}
    else:
        changed = set(texts) | ({"rating"} if "rating" in fields else set())
    for key, value in texts.items():
        setattr(row, key, value)
    row.rating = rating
    s.flush()
    _land(s, row, session_row, changed)


def _case_giver_coachee(s: Session, row: GroupRound) -> str | None:
    member = s.get(GroupMember, row.case_giver_id) if row.case_giver_id else None
    return member.coachee_id if member else None


def _land(s: Session, row: GroupRound, session_row: GroupSession, changed: set[str]) -> None:
    """Put the round's action, insight and rating on the case-giver's record (or update them)."""
    coachee_id = _case_giver_coachee(s, row)
    day = session_row.started_at.date()
    if "action" in changed:
        _land_action(s, row, session_row, coachee_id)
    if "insight" in changed:
        insight = s.get(Insight, row.insight_id) if row.insight_id else None
        if coachee_id is None or not row.insight.strip():
            _delete(s, insight)
            row.insight_id = None
        elif insight is None:
            insight = Insight(
                coachee_id=coachee_id,
                text=row.insight,
                noted_on=day,
                group_session_id=session_row.id,
            )
            s.add(insight)
            s.flush()
            row.insight_id = insight.id
        else:
            insight.text = row.insight
    if "rating" in changed:
        _delete(s, s.get(Measurement, row.measurement_id) if row.measurement_id else None)
        row.measurement_id = None
        if coachee_id is not None and row.rating is not None:
            record = insert_measurement(
                s,
                coachee_id,
                instrument="confidence",
                value=row.rating,
                taken_on=day,
                items=[row.rating],
            )
            measurement = s.get(Measurement, record.id)
            if measurement is not None:
                measurement.group_session_id = session_row.id
            row.measurement_id = record.id
    s.flush()


def _land_action(
    s: Session, row: GroupRound, session_row: GroupSession, coachee_id: str | None
) -> None:
    experiment = s.get(Experiment, row.experiment_id) if row.experiment_id else None
    action = row.action.strip()
    if experiment is not None and not _untouched(experiment):
        return  # the coachee has made it theirs (reviewed, started, changed its status)
    if coachee_id is None or not action:
        _delete(s, experiment)
        row.experiment_id = None
        return
    title = one_line(action, width=v.MAX_TITLE)
    if experiment is None:
        experiment = Experiment(
            coachee_id=coachee_id,
            title=title,
            action=row.action,
            agreed_in_group_session_id=session_row.id,
        )
        s.add(experiment)
        s.flush()
        row.experiment_id = experiment.id
    else:
        experiment.title = title
        experiment.action = row.action


def _untouched(e: Experiment) -> bool:
    return (
        e.status == "agreed"
        and not e.outcome
        and not e.learning
        and e.decision is None
        and e.reviewed_in_session_id is None
    )


def _delete(s: Session, row: object | None) -> None:
    if row is not None:
        s.delete(row)
        s.flush()


def _retract_all(s: Session, row: GroupRound) -> None:
    experiment = s.get(Experiment, row.experiment_id) if row.experiment_id else None
    if experiment is not None and _untouched(experiment):
        _delete(s, experiment)
    _delete(s, s.get(Insight, row.insight_id) if row.insight_id else None)
    _delete(s, s.get(Measurement, row.measurement_id) if row.measurement_id else None)
    row.experiment_id = row.insight_id = row.measurement_id = None


def _redate(s: Session, row: GroupSession) -> None:
    """A session moved to another day: its ratings and insights move with it."""
    day = row.started_at.date()
    for r in row.rounds:
        if r.insight_id and (insight := s.get(Insight, r.insight_id)) is not None:
            insight.noted_on = day
        if r.measurement_id and (m := s.get(Measurement, r.measurement_id)) is not None:
            m.taken_on = day


def _attend(s: Session, group_session_id: str, member_id: str) -> None:
    if s.get(GroupAttendance, (group_session_id, member_id)) is None:
        s.add(GroupAttendance(group_session_id=group_session_id, member_id=member_id))
        s.flush()


def _set_attendance(s: Session, row: GroupSession, member_ids: Any) -> None:
    if isinstance(member_ids, str) or not isinstance(member_ids, list | tuple | set | frozenset):
        raise ValidationError(_("Attendance must be a list of members."))
    wanted = set(member_ids)
    known = set(s.scalars(select(GroupMember.id).where(GroupMember.group_id == row.group_id)))
    if wanted - known:
        raise ValidationError(_("That person is not a member of this group."))
    # A case-giver was there: their attendance cannot be taken away while the round names them.
    wanted |= {r.case_giver_id for r in row.rounds if r.case_giver_id}
    s.execute(
        delete(GroupAttendance)
        .where(GroupAttendance.group_session_id == row.id)
        .where(GroupAttendance.member_id.not_in(wanted))
        .execution_options(synchronize_session=False)
    )
    for member_id in sorted(wanted):
        _attend(s, row.id, member_id)


def _round_record(s: Session, r: GroupRound, group_id: str) -> RoundRecord:
    names = {m.id: m.name for m in members_of(s, group_id)}
    return _round_from(r, names)


def _round_from(r: GroupRound, names: dict[str, str]) -> RoundRecord:
    return RoundRecord(
        id=r.id,
        position=r.position,
        case_giver_id=r.case_giver_id,
        case_giver=case_giver_name(r, names),
        former_participant=r.former_participant,
        situation=r.situation,
        key_question=r.key_question,
        questions=r.questions,
        ideas=r.ideas,
        insight=r.insight,
        action=r.action,
        what_helped=r.what_helped,
        rating=r.rating,
        experiment_id=r.experiment_id,
        measurement_id=r.measurement_id,
        insight_id=r.insight_id,
    )


def _session_record(s: Session, row: GroupSession) -> GroupSessionRecord:
    names = {m.id: m.name for m in members_of(s, row.group_id)}
    attendees = s.scalars(
        select(GroupAttendance.member_id).where(GroupAttendance.group_session_id == row.id)
    ).all()
    order = list(names)
    return GroupSessionRecord(
        id=row.id,
        group_id=row.group_id,
        started_at=row.started_at,
        duration_minutes=row.duration_minutes,
        template=row.template,
        paid=row.paid,
        attendee_ids=tuple(sorted(attendees, key=lambda m: order.index(m) if m in order else 0)),
        rounds=tuple(_round_from(r, names) for r in sorted(row.rounds, key=lambda r: r.position)),
    )


def where_agreed(vault: Vault, group_session_id: str) -> str:
    """Where an experiment agreed in a group session came from, for the coachee's record."""
    with vault.session() as s:
        row = s.get(GroupSession, group_session_id)
        if row is None:
            return _("a group session since deleted")
        return _("{kind} “{name}”, {date}").format(
            kind=rules.kind_label(row.group.kind),
            name=row.group.name,
            date=row.started_at.date().isoformat(),
        )
