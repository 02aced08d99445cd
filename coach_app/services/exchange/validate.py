"""Checking a parsed import document completely, before the vault is touched.

Two kinds of rule apply. The file's own (JSON types, unknown keys, ids, references inside a
coachee, sizes of lists) live here. Every value rule (lengths, ranges, enums, dates, e-mail,
template sections, goal levels) is the one the services apply to what the coach types: the
functions of ``services/validation.py``, ``coachees.clean_gas_levels`` and
``sessions.clean_sections``, so a value the app refuses on screen is refused in a file and the
other way round. The import is stricter only about JSON types (``"2"`` for a number, ``null``
for a text), which a form cannot produce.

Every refusal is an ``ImportRejected`` whose message names the place in the file
(``coachees[2].sessions[0].notes``) and never quotes note text.

This module reads coachees and everything on their record (``read_coachee``); groups, the
coach's own record and the whole document are read by ``validate_groups``.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from math import isfinite
from typing import Any, TypeVar

from coach_app.errors import ValidationError
from coach_app.i18n import N_, _
from coach_app.models import (
    ANY_ID_PATTERN,
    COACHEE_STATUSES,
    EXPERIMENT_DECISIONS,
    EXPERIMENT_STATUSES,
    GAS_LEVELS,
    GOAL_STATUSES,
    SESSION_KINDS,
)
from coach_app.services import group_rules as rules
from coach_app.services import validation as v
from coach_app.services.coachees import clean_gas_levels
from coach_app.services.exchange.document import (
    COACHEE_KEYS,
    EXPERIMENT_KEYS,
    GOAL_KEYS,
    INSIGHT_KEYS,
    MAX_LIST_ITEMS,
    MEASUREMENT_KEYS,
    SESSION_KEYS,
    VERSION,
    ImportSummary,
    at,
    rejected,
    show,
)
from coach_app.services.experiments import TEXT_FIELDS
from coach_app.services.measurements import check_instrument_key
from coach_app.services.sessions import clean_sections
from coach_app.templates import template_keys

T = TypeVar("T")

#: An id in a file: a UUID (every id before version 3), one of the app's 19-character ids
#: (version 3) or one of its 13-character ids (version 4), in either case (all are stored in
#: lower case).
_ID = re.compile(f"(?i:{ANY_ID_PATTERN})")


#: The plan's lists of rows, in the order they are inserted (parents before children).
ROW_LISTS = (
    "coachees",
    "goals",
    "sessions",
    "groups",
    "members",
    "group_sessions",
    "attendance",
    "insights",
    "experiments",
    "measurements",
    "rounds",
    "development",
)


@dataclass
class ImportPlan:
    """Validated rows in insertion order, and where each id came from (for messages).

    A streaming import takes the rows out after each coachee or group (``take``), so the plan
    holds one coachee's rows at a time; ``where``, ``owner`` and the counts cover the file.
    """

    coachees: list[dict[str, Any]] = field(default_factory=list)
    goals: list[dict[str, Any]] = field(default_factory=list)
    sessions: list[dict[str, Any]] = field(default_factory=list)
    experiments: list[dict[str, Any]] = field(default_factory=list)
    measurements: list[dict[str, Any]] = field(default_factory=list)
    insights: list[dict[str, Any]] = field(default_factory=list)
    groups: list[dict[str, Any]] = field(default_factory=list)
    members: list[dict[str, Any]] = field(default_factory=list)
    group_sessions: list[dict[str, Any]] = field(default_factory=list)
    attendance: list[dict[str, Any]] = field(default_factory=list)
    rounds: list[dict[str, Any]] = field(default_factory=list)
    development: list[dict[str, Any]] = field(default_factory=list)
    where: dict[str, str] = field(default_factory=dict)
    #: id -> (kind of object, its coachee or None): what references are checked against.
    owner: dict[str, tuple[str, str | None]] = field(default_factory=dict)
    #: The coachees' ids, in the file's order (erased coachees are looked for among them).
    coachee_ids: list[str] = field(default_factory=list)
    #: References to group sessions, which come later in the file: (value, where). The row
    #: holds the value already; it is checked once the groups are read.
    later: list[tuple[str, str]] = field(default_factory=list)
    #: Ids read since the last ``take``, in the file's order.
    fresh: list[str] = field(default_factory=list)
    #: Rows handed out by ``take``, per list.
    taken: dict[str, int] = field(default_factory=dict)

    def take(self) -> tuple[dict[str, list[dict[str, Any]]], list[str]]:
        """The rows read since the last call (per list, in insertion order) and their ids."""
        rows: dict[str, list[dict[str, Any]]] = {}
        for name in ROW_LISTS:
            found = getattr(self, name)
            if found:
                rows[name] = found
                setattr(self, name, [])
                self.taken[name] = self.taken.get(name, 0) + len(found)
        ids, self.fresh = self.fresh, []
        return rows, ids

    def count(self, name: str) -> int:
        """Rows of list ``name`` read so far (taken or not)."""
        return self.taken.get(name, 0) + len(getattr(self, name))

    def summary(self) -> ImportSummary:
        """How many rows of each kind the plan adds."""
        return ImportSummary(
            coachees=self.count("coachees"),
            goals=self.count("goals"),
            sessions=self.count("sessions"),
            experiments=self.count("experiments"),
            measurements=self.count("measurements"),
            insights=self.count("insights"),
            groups=self.count("groups"),
            group_sessions=self.count("group_sessions"),
            rounds=self.count("rounds"),
            development=self.count("development"),
        )

    def refer_later(self, row: dict[str, Any], column: str, obj: dict[str, Any], path: str) -> None:
        """Check ``obj[key]`` once the groups are read: a group session's id, or null."""
        key = column.removesuffix("_id")
        value = obj.get(key)
        row[column] = None
        if value is not None:
            if not isinstance(value, str):
                raise rejected(
                    _("{where} is not the id of a group session in the file.").format(
                        where=at(path, key)
                    )
                )
            # Kept now, checked when the groups are read (a wrong one refuses the file); the
            # importer sets it once the groups are written.
            row[column] = value.lower()
            self.later.append((value.lower(), at(path, key)))


# ---- the file's own rules -------------------------------------------------------------------


@functools.cache
def _key_set(allowed: tuple[str, ...]) -> frozenset[str]:
    return frozenset(allowed)


def _object(
    value: object, path: str, allowed: Sequence[str], required: Sequence[str] = ()
) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise rejected(_("{where} must be a JSON object.").format(where=path or _("the file")))
    # One set comparison in C for the usual object; only one with a key the format does not
    # have is gone through key by key, to name the first such key in the file's order.
    if not value.keys() <= _key_set(tuple(allowed)):
        for key in value:
            if key not in allowed:
                raise rejected(
                    _("{where} is not part of the export format (version {version}).").format(
                        where=at(path, key), version=VERSION
                    )
                )
    for key in required:
        if key not in value:
            raise rejected(_("{where} is missing.").format(where=at(path, key)))
    return value


def _list(obj: dict[str, Any], key: str, path: str) -> list[Any]:
    value = obj.get(key, [])
    if not isinstance(value, list):
        raise rejected(_("{where} must be a list.").format(where=at(path, key)))
    return value


def _string(value: object, where: str) -> str:
    # A text field holds a string: null, a number or a list is a wrong file, not "nothing".
    if not isinstance(value, str):
        raise rejected(v.not_text(where).message)
    return value


def _new_id(obj: dict[str, Any], path: str, plan: ImportPlan) -> str:
    where = at(path, "id")
    value = obj.get("id")
    if not isinstance(value, str) or not _ID.fullmatch(value):
        raise rejected(
            _(
                "{where} must be an id like 3n1pq0ta7x2kf or a UUID like "
                "0f8fad5b-d9cb-469f-a165-70867728950e."
            ).format(where=where)
        )
    # Lower case: the same id in upper case is the same id. (A UUID is admitted only in the
    # hyphenated hex form, which is what ``str(uuid.UUID(value))`` gives in lower case.)
    ident = value.lower()
    if ident in plan.where:
        raise rejected(
            _("{where} repeats the id of {other}; every id must be unique.").format(
                where=where, other=plan.where[ident]
            )
        )
    plan.where[ident] = where
    plan.fresh.append(ident)
    return ident


#: What a reference of an experiment or a measurement points at, for ``_ref``'s message
#: (translated when one is refused: an import checks hundreds of thousands of references).
_GOALS = N_("goals")
_SESSIONS = N_("sessions")


def _ref(obj: dict[str, Any], key: str, path: str, ids: set[str], what: str) -> str | None:
    """``obj[key]`` as the id of one of ``ids`` (``what``: ``_GOALS`` or ``_SESSIONS``), or None."""
    value = obj.get(key)
    if value is None:
        return None
    if not isinstance(value, str) or value.lower() not in ids:
        raise rejected(
            _("{where} is not the id of one of this coachee's {what} in the file.").format(
                where=at(path, key), what=_(what)
            )
        )
    return value.lower()


# ---- the services' rules, applied to what the file holds ------------------------------------


def _checked(where: str, check: Callable[..., T], *args: Any, **kwargs: Any) -> T:
    """``check(*args)``, a refusal naming ``where`` when the shared rule refuses the value."""
    try:
        return check(*args, **kwargs)
    except ValidationError as exc:
        # Rules given ``where`` as their label name the place already; the others get it first.
        message = exc.message if exc.message.startswith(where) else f"{where}: {exc.message}"
        raise rejected(message) from None


def _text(obj: dict[str, Any], key: str, path: str, rule: Callable[..., str], **kw: Any) -> str:
    """The shared ``rule`` applied to the text ``obj[key]``, a refusal naming its place.

    A file holds hundreds of thousands of texts and nearly all pass: the rule runs first on
    its own, and only a value it refuses (or one that is not text) is taken again with its
    place and label worked out, for the message. The rules depend on the value alone, so the
    second run refuses it the same way.
    """
    value = obj.get(key, "")
    if isinstance(value, str):
        # try/except rather than contextlib.suppress: no context manager made per text.
        try:
            return rule(value, "", **kw)
        except ValidationError:
            pass
    where = at(path, key)
    return _checked(where, rule, _string(value, where), _("the text"), **kw)


def _placed(path: str, key: str, check: Callable[..., T], *args: Any, **kwargs: Any) -> T:
    """``check(*args, where)``, ``where`` being the place of ``key``, refused as ``_checked``.

    The place is worked out only for a value the rule refuses (see ``_text``): the rule runs
    first with an empty label, which changes nothing but the words of a refusal.
    """
    try:
        return check(*args, "", **kwargs)
    except ValidationError:
        where = at(path, key)
        return _checked(where, check, *args, where, **kwargs)


def _named(path: str, key: str, check: Callable[..., T], *args: Any, **kwargs: Any) -> T:
    """``_checked(at(path, key), check, *args)``, the place worked out only on a refusal."""
    try:
        return check(*args, **kwargs)
    except ValidationError:
        return _checked(at(path, key), check, *args, **kwargs)


def _no_label(_key: str) -> str:
    return ""


def _short(obj: dict[str, Any], key: str, path: str, *, required: bool = False) -> str:
    return _text(obj, key, path, v.short_text, required=required)


def _title(obj: dict[str, Any], key: str, path: str) -> str:
    return _text(obj, key, path, v.title)


def _long(obj: dict[str, Any], key: str, path: str) -> str:
    return _text(obj, key, path, v.long_text)


def _texts(raw: dict[str, Any], where: str) -> dict[str, str]:
    """An object of texts (sections, goal levels), each value checked to be a string."""
    return {
        key: value if isinstance(value, str) else _string(value, at(where, key))
        for key, value in raw.items()
    }


def _tags(obj: dict[str, Any], key: str, path: str) -> list[str]:
    where = at(path, key)
    values = _list(obj, key, path)
    for i, tag in enumerate(values):
        _string(tag, f"{where}[{i}]")
    return _checked(where, v.tags, values, _("the tags"))


def _enum(obj: dict[str, Any], key: str, path: str, allowed: Sequence[str], default: str) -> str:
    return _placed(path, key, v.choice, obj.get(key, default), allowed)


def _optional_enum(obj: dict[str, Any], key: str, path: str, allowed: Sequence[str]) -> str | None:
    return _placed(path, key, v.optional_choice, obj.get(key), allowed)


def _date(obj: dict[str, Any], key: str, path: str, *, required: bool = False) -> date | None:
    # parse_date applies coach_app.dates' range: year 1 or 9999 refuses the file, naming where,
    # instead of reaching a chart or report that cannot draw it.
    return _placed(path, key, v.parse_date, obj.get(key), required=required)


def _datetime(value: object, where: str) -> datetime:
    # The same range for a date with a time (parse_datetime checks its day).
    return _checked(where, v.parse_datetime, value, where)


def _finite(value: object, where: str) -> float:
    return _checked(where, v.finite_number, value, where)


# ---- one object of each kind ----------------------------------------------------------------


@dataclass(frozen=True)
class _Owner:
    """The coachee being read, and the ids its experiments and measurements may point at."""

    coachee_id: str
    goals: set[str]
    sessions: set[str]


def _goal(raw: object, path: str, plan: ImportPlan, coachee_id: str) -> str:
    obj = _object(raw, path, GOAL_KEYS, ("id", "title"))
    ident = _new_id(obj, path, plan)
    where_levels = at(path, "gas_levels")
    levels = _texts(_object(obj.get("gas_levels", {}), where_levels, GAS_LEVELS), where_levels)
    where_weight = at(path, "weight")
    plan.goals.append(
        {
            "id": ident,
            "coachee_id": coachee_id,
            "title": _title(obj, "title", path),
            "description": _long(obj, "description", path),
            "weight": _checked(
                where_weight, v.goal_weight, obj.get("weight", 1), where_weight, strict=True
            ),
            "gas_levels": _checked(
                where_levels,
                clean_gas_levels,
                levels,
                label_for=lambda level: at(where_levels, level),
            ),
            "status": _enum(obj, "status", path, GOAL_STATUSES, "active"),
        }
    )
    return ident


def _sections(obj: dict[str, Any], path: str, template: str) -> dict[str, str]:
    where = at(path, "sections")
    raw = obj.get("sections", {})
    if not isinstance(raw, dict):
        raise rejected(_("{where} must be a JSON object.").format(where=where))
    texts = _texts(raw, where)
    # As ``_placed``: each section's place is worked out only if the rule refuses one.
    try:
        return clean_sections(template, texts, label_for=_no_label, template_name=template)
    except ValidationError:
        pass
    return _checked(
        where,
        clean_sections,
        template,
        texts,
        label_for=lambda key: at(where, key),
        template_name=template,  # the file names templates by key
    )


def _session(raw: object, path: str, plan: ImportPlan, coachee_id: str) -> str:
    obj = _object(raw, path, SESSION_KEYS, ("id", "started_at"))
    ident = _new_id(obj, path, plan)
    template = _enum(obj, "template", path, template_keys(), "free")
    plan.sessions.append(
        {
            "id": ident,
            "coachee_id": coachee_id,
            "started_at": _placed(path, "started_at", v.parse_datetime, obj.get("started_at")),
            "duration_minutes": _placed(
                path,
                "duration_minutes",
                v.session_minutes,
                obj.get("duration_minutes", 60),
                strict=True,
            ),
            "kind": _enum(obj, "kind", path, SESSION_KINDS, "one_to_one"),
            "template": template,
            "sections": _sections(obj, path, template),
            "notes": _long(obj, "notes", path),
            "private_reflection": _long(obj, "private_reflection", path),
            "tags": _tags(obj, "tags", path),
            "paid": _named(path, "paid", rules.optional_flag, obj.get("paid"), "paid"),
        }
    )
    return ident


def _experiment(raw: object, path: str, plan: ImportPlan, owner: _Owner) -> None:
    obj = _object(raw, path, EXPERIMENT_KEYS, ("id", "title"))
    ident = _new_id(obj, path, plan)
    row: dict[str, Any] = {
        "id": ident,
        "coachee_id": owner.coachee_id,
        "goal_id": _ref(obj, "goal", path, owner.goals, _GOALS),
        "title": _title(obj, "title", path),
        "due_on": _date(obj, "due_on", path),
        "status": _enum(obj, "status", path, EXPERIMENT_STATUSES, "agreed"),
        "decision": _optional_enum(obj, "decision", path, EXPERIMENT_DECISIONS),
        "agreed_in_session_id": _ref(obj, "agreed_in_session", path, owner.sessions, _SESSIONS),
        "reviewed_in_session_id": _ref(obj, "reviewed_in_session", path, owner.sessions, _SESSIONS),
    }
    for key, _label in TEXT_FIELDS:
        row[key] = _long(obj, key, path)
    plan.refer_later(row, "agreed_in_group_session_id", obj, path)
    plan.owner[ident] = ("experiment", owner.coachee_id)
    plan.experiments.append(row)


def _measurement(raw: object, path: str, plan: ImportPlan, owner: _Owner) -> None:
    obj = _object(raw, path, MEASUREMENT_KEYS, ("id", "instrument", "taken_on", "value"))
    ident = _new_id(obj, path, plan)
    instrument = obj.get("instrument")
    try:
        check_instrument_key(instrument)
    except ValidationError:
        # The service's message quotes the key; a file's value may be anything, so not here.
        raise rejected(
            _(
                "{where} must be confidence, gse, empowerment, psych_safety, gas or "
                "custom:<name> (lower-case letters, digits, _ and -)."
            ).format(where=at(path, "instrument"))
        ) from None
    items = _list(obj, "items", path)
    where_items = at(path, "items")
    where_scores = at(path, "scores")
    scores = obj.get("scores", {})
    if not isinstance(scores, dict):
        raise rejected(_("{where} must be a JSON object.").format(where=where_scores))
    if len(items) > MAX_LIST_ITEMS or len(scores) > MAX_LIST_ITEMS:
        raise rejected(
            _("{where} has more than {n} item answers or scores.").format(
                where=path, n=MAX_LIST_ITEMS
            )
        )
    row: dict[str, Any] = {
        "id": ident,
        "coachee_id": owner.coachee_id,
        "instrument": instrument,
        "taken_on": _date(obj, "taken_on", path, required=True),
        "session_id": _ref(obj, "session", path, owner.sessions, _SESSIONS),
        "goal_id": _ref(obj, "goal", path, owner.goals, _GOALS),
        "value": _placed(path, "value", v.finite_number, obj.get("value")),
        "items": _items(items, where_items),
        "scores": _scores(scores, where_scores),
    }
    plan.refer_later(row, "group_session_id", obj, path)
    plan.owner[ident] = ("measurement", owner.coachee_id)
    plan.measurements.append(row)


def _items(items: list[Any], where: str) -> list[float | None]:
    # A measurement's item answers are most of the numbers in a file: a float that is finite
    # is what ``finite_number`` returns it as, so only the other values go through the rule
    # (and get their place named).
    return [
        x
        if x.__class__ is float and isfinite(x)
        else None
        if x is None
        else _finite(x, f"{where}[{i}]")
        for i, x in enumerate(items)
    ]


def _scores(scores: dict[Any, Any], where: str) -> dict[str, float]:
    out: dict[str, float] = {}
    label = _("the score name") if scores else ""  # translated once, not once per score
    for key, value in scores.items():
        name = _named(where, key, v.short_text, key, label, required=True)
        if name in out:
            raise rejected(
                _("{where} repeats the score name {name}.").format(
                    where=at(where, key), name=show(name)
                )
            )
        out[name] = _placed(where, key, v.finite_number, value)
    return out


def read_coachee(raw: object, path: str, plan: ImportPlan) -> None:
    """Check one coachee and everything on their record; add the rows to ``plan``."""
    obj = _object(raw, path, COACHEE_KEYS, ("id", "name"))
    ident = _new_id(obj, path, plan)
    where_email = at(path, "email")
    plan.coachees.append(
        {
            "id": ident,
            "name": _short(obj, "name", path, required=True),
            "role": _short(obj, "role", path),
            "organisation": _short(obj, "organisation", path),
            "team": _short(obj, "team", path),
            "email": _checked(
                where_email, v.email, _string(obj.get("email", ""), where_email), where_email
            ),
            "programme": _short(obj, "programme", path),
            "started_on": _date(obj, "started_on", path),
            "status": _enum(obj, "status", path, COACHEE_STATUSES, "active"),
            "focus": _long(obj, "focus", path),
            "tags": _tags(obj, "tags", path),
            "consent_recorded_on": _date(obj, "consent_recorded_on", path),
            "default_paid": _flag(obj, "default_paid", path, default=True),
            "client_type": _checked(
                at(path, "client_type"),
                rules.client_type,
                obj.get("client_type", "third_party"),
            ),
            "log_consent": _flag(obj, "log_consent", path, default=False),
        }
    )
    plan.owner[ident] = ("coachee", ident)
    plan.coachee_ids.append(ident)
    # Each list's place is worked out once, not once per item (a coachee has hundreds).
    at_goals, at_sessions = at(path, "goals"), at(path, "sessions")
    goals = {
        _goal(g, f"{at_goals}[{i}]", plan, ident) for i, g in enumerate(_list(obj, "goals", path))
    }
    sessions = {
        _session(x, f"{at_sessions}[{i}]", plan, ident)
        for i, x in enumerate(_list(obj, "sessions", path))
    }
    owner = _Owner(ident, goals, sessions)
    at_experiments = at(path, "experiments")
    for i, e in enumerate(_list(obj, "experiments", path)):
        _experiment(e, f"{at_experiments}[{i}]", plan, owner)
    at_measurements = at(path, "measurements")
    for i, m in enumerate(_list(obj, "measurements", path)):
        _measurement(m, f"{at_measurements}[{i}]", plan, owner)
    at_insights = at(path, "insights")
    for i, raw_insight in enumerate(_list(obj, "insights", path)):
        _insight(raw_insight, f"{at_insights}[{i}]", plan, ident)


def _flag(obj: dict[str, Any], key: str, path: str, *, default: bool) -> bool:
    where = at(path, key)
    return _checked(where, rules.flag, obj.get(key, default), where)


def _insight(raw: object, path: str, plan: ImportPlan, coachee_id: str) -> None:
    obj = _object(raw, path, INSIGHT_KEYS, ("id", "noted_on"))
    ident = _new_id(obj, path, plan)
    row: dict[str, Any] = {
        "id": ident,
        "coachee_id": coachee_id,
        "text": _long(obj, "text", path),
        "noted_on": _date(obj, "noted_on", path, required=True),
    }
    plan.refer_later(row, "group_session_id", obj, path)
    plan.owner[ident] = ("insight", coachee_id)
    plan.insights.append(row)
