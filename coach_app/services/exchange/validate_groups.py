"""Checking groups and the coach's own record in an import document.

Coachees are read first (``validate.read_coachee``), then groups, then the coach's own
supervision and CPD entries (``check`` keeps that order, whatever the file's). Group members
point at coachees, and rounds at what landed on a participant's record (an experiment, a
measurement, an insight), all of which come earlier in the file; experiments, measurements and
insights point at group sessions, which come later: those references are checked once the
groups are read (``ImportPlan.later``, ``resolve_later``). Every reference must point at an
object of the right kind in the same file.

The value rules are the services' own (``group_rules``, ``groups``, ``development``), as for
coachees.
"""

from __future__ import annotations

from typing import Any

from coach_app.i18n import _
from coach_app.services import development, groups
from coach_app.services import group_rules as rules
from coach_app.services import validation as v
from coach_app.services.exchange.document import (
    DEVELOPMENT_KEYS,
    GROUP_KEYS,
    GROUP_SESSION_KEYS,
    MEMBER_KEYS,
    ROUND_KEYS,
    at,
    rejected,
)
from coach_app.services.exchange.validate import (
    ImportPlan,
    _checked,
    _datetime,
    _list,
    _long,
    _new_id,
    _object,
    _string,
)

#: Which kind of object each round reference names, and the error's word for it.
_ROUND_REFS = (
    ("experiment", "experiment_id", "experiment"),
    ("measurement", "measurement_id", "measurement"),
    ("insight_id", "insight_id", "insight"),
)


def _kind_label(kind: str) -> str:
    labels = {
        "coachee": _("coachee"),
        "member": _("member of this group"),
        "group_session": _("group session"),
        "experiment": _("experiment"),
        "measurement": _("measurement"),
        "insight": _("insight"),
    }
    return labels.get(kind, kind)


def _ref_to(
    plan: ImportPlan, value: object, where: str, kind: str, ids: set[str] | None = None
) -> str | None:
    """``value`` as the id of an object of ``kind`` in the file (and in ``ids``), or None."""
    if value is None:
        return None
    ident = value.lower() if isinstance(value, str) else ""
    found = plan.owner.get(ident)
    if found is None or found[0] != kind or (ids is not None and ident not in ids):
        raise rejected(
            _("{where} is not the id of a {what} in the file.").format(
                where=where, what=_kind_label(kind)
            )
        )
    return ident


def _member(raw: object, path: str, plan: ImportPlan, group_id: str) -> str:
    obj = _object(raw, path, MEMBER_KEYS, ("id",))
    ident = _new_id(obj, path, plan)
    coachee = _ref_to(plan, obj.get("coachee"), at(path, "coachee"), "coachee")
    where_name = at(path, "name")
    name = _string(obj.get("name", ""), where_name)
    if coachee is None:
        name = _checked(where_name, rules.member_name, name)
    elif name:
        # A coachee member's name is read from the coachee, never copied (one place to erase).
        raise rejected(_("{where} must be empty for a coachee member.").format(where=where_name))
    joined, left = _checked(
        path,
        rules.date_range,
        obj.get("joined_on"),
        obj.get("left_on"),
        at(path, "joined_on"),
        at(path, "left_on"),
    )
    if coachee is not None and any(
        m["coachee_id"] == coachee and m["group_id"] == group_id for m in plan.members
    ):
        raise rejected(_("{where} is already a member of this group.").format(where=path))
    plan.owner[ident] = ("member", coachee)
    plan.members.append(
        {
            "id": ident,
            "group_id": group_id,
            "coachee_id": coachee,
            "name": name,
            "joined_on": joined,
            "left_on": left,
        }
    )
    return ident


def _round(raw: object, path: str, plan: ImportPlan, session_id: str, members: set[str]) -> None:
    obj = _object(raw, path, ROUND_KEYS, ("id",))
    ident = _new_id(obj, path, plan)
    case_giver = _ref_to(plan, obj.get("case_giver"), at(path, "case_giver"), "member", members)
    where_position = at(path, "position")
    former = obj.get("former_participant", False)
    if not isinstance(former, bool):
        raise rejected(
            _("{where} must be true or false.").format(where=at(path, "former_participant"))
        )
    row: dict[str, Any] = {
        "id": ident,
        "group_session_id": session_id,
        "position": _checked(
            where_position, v.int_in, obj.get("position", 0), 0, 10_000, where_position, strict=True
        ),
        "case_giver_id": case_giver,
        "former_participant": former,
        "rating": _checked(at(path, "rating"), rules.rating, obj.get("rating")),
    }
    for key in ("situation", "key_question", "questions", "ideas", "insight", "action"):
        row[key] = _long(obj, key, path)
    row["what_helped"] = _long(obj, "what_helped", path)
    # What landed on a record lands on the case-giver's record only.
    giver_coachee = plan.owner[case_giver][1] if case_giver else None
    for key, column, kind in _ROUND_REFS:
        target = _ref_to(plan, obj.get(key), at(path, key), kind)
        if target is not None and plan.owner[target][1] != giver_coachee:
            raise rejected(
                _("{where} points at the record of someone other than the case-giver.").format(
                    where=at(path, key)
                )
            )
        row[column] = target
    plan.rounds.append(row)


def _group_session(
    raw: object, path: str, plan: ImportPlan, group_id: str, members: set[str]
) -> None:
    obj = _object(raw, path, GROUP_SESSION_KEYS, ("id", "started_at"))
    ident = _new_id(obj, path, plan)
    where_minutes = at(path, "duration_minutes")
    where_template = at(path, "template")
    plan.owner[ident] = ("group_session", None)
    plan.group_sessions.append(
        {
            "id": ident,
            "group_id": group_id,
            "started_at": _datetime(obj.get("started_at"), at(path, "started_at")),
            "duration_minutes": _checked(
                where_minutes,
                v.session_minutes,
                obj.get("duration_minutes", 90),
                where_minutes,
                strict=True,
            ),
            "template": _checked(
                where_template, rules.group_template, obj.get("template", "action_learning")
            ),
            "paid": _checked(at(path, "paid"), rules.optional_flag, obj.get("paid"), "paid"),
        }
    )
    seen: set[str] = set()
    for i, member in enumerate(_list(obj, "attendees", path)):
        member_id = _ref_to(plan, member, f"{at(path, 'attendees')}[{i}]", "member", members)
        if member_id is not None and member_id not in seen:
            seen.add(member_id)
            plan.attendance.append({"group_session_id": ident, "member_id": member_id})
    for i, r in enumerate(_list(obj, "rounds", path)):
        _round(r, f"{at(path, 'rounds')}[{i}]", plan, ident, members)


def read_group(raw: object, path: str, plan: ImportPlan) -> None:
    """Check one group, its members, sessions and rounds; add the rows to ``plan``."""
    obj = _object(raw, path, GROUP_KEYS, ("id", "name"))
    ident = _new_id(obj, path, plan)
    fields = {k: obj[k] for k in GROUP_KEYS[1:-2] if k in obj}
    for key in ("name", "purpose", "organisation", "contact"):
        if key in fields:
            _string(fields[key], at(path, key))
    row = _checked(path, groups._clean_group, fields, None)
    row.setdefault("kind", "action_learning")
    plan.owner[ident] = ("group", None)
    plan.groups.append({"id": ident, **row})
    members = {
        _member(m, f"{at(path, 'members')}[{i}]", plan, ident)
        for i, m in enumerate(_list(obj, "members", path))
    }
    for i, x in enumerate(_list(obj, "sessions", path)):
        _group_session(x, f"{at(path, 'sessions')}[{i}]", plan, ident, members)


def read_development_entry(raw: object, path: str, plan: ImportPlan) -> None:
    """Check one supervision or development entry; add its row to ``plan``."""
    obj = _object(raw, path, DEVELOPMENT_KEYS, ("id", "held_on", "hours"))
    ident = _new_id(obj, path, plan)
    fields = {k: obj[k] for k in DEVELOPMENT_KEYS[1:] if k in obj}
    fields.setdefault("kind", "supervision")
    for key in ("provider", "topic", "reflection"):
        if key in fields:
            _string(fields[key], at(path, key))
    row = _checked(path, development._clean, fields, partial=False)
    plan.development.append({"id": ident, **row})


def resolve_later(plan: ImportPlan) -> None:
    """Check the references to group sessions made before the groups were read."""
    for value, where in plan.later:
        _ref_to(plan, value, where, "group_session")
    plan.later.clear()


__all__ = ["read_development_entry", "read_group", "resolve_later"]
