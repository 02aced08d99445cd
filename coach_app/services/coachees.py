"""Coachees and their goals: list, create, edit, archive.

Erasing lives in ``services.erasure`` (rows, search index, log and backups); its two use cases
are re-exported here for the callers that know them by this module.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from sqlalchemy import func, select

from coach_app.errors import ValidationError
from coach_app.i18n import N_, _
from coach_app.models import (
    COACHEE_STATUSES,
    GAS_LEVELS,
    GOAL_STATUSES,
    Coachee,
    CoachingSession,
    Goal,
)
from coach_app.services import validation as v
from coach_app.services.convert import coachee_profile, goal_record
from coach_app.services.erasure import erase_coachee, reapply_erasures
from coach_app.services.experiments import open_counts
from coach_app.services.lookup import get_or_not_found
from coach_app.services.records import CoacheeProfile, CoacheeSummary, GoalRecord
from coach_app.vault.vault import Vault

__all__ = [
    "PROFILE_FIELDS",
    "archive_coachee",
    "clean_gas_levels",
    "create_coachee",
    "create_goal",
    "delete_goal",
    "erase_coachee",
    "get_coachee",
    "list_coachees",
    "list_goals",
    "reapply_erasures",
    "update_coachee",
    "update_goal",
]

PROFILE_FIELDS = (
    "name",
    "role",
    "organisation",
    "team",
    "email",
    "programme",
    "started_on",
    "status",
    "focus",
    "tags",
    "consent_recorded_on",
)


def _clean_profile(fields: dict[str, Any], *, partial: bool) -> dict[str, Any]:
    unknown = set(fields) - set(PROFILE_FIELDS)
    if unknown:
        raise ValidationError(
            _("Unknown profile field(s): {fields}.").format(fields=", ".join(sorted(unknown)))
        )
    out: dict[str, Any] = {}
    if "name" in fields or not partial:
        out["name"] = v.short_text(fields.get("name"), _("Name"), required=True)
    for key, label in (
        ("role", N_("Role")),
        ("organisation", N_("Organisation")),
        ("team", N_("Team")),
        ("programme", N_("Programme")),
    ):
        if key in fields:
            out[key] = v.short_text(fields[key], _(label))
    if "email" in fields:
        out["email"] = v.email(fields["email"])
    if "status" in fields:
        out["status"] = v.choice(fields["status"], COACHEE_STATUSES, _("Status"))
    if "focus" in fields:
        out["focus"] = v.long_text(fields["focus"], _("Focus"))
    if "tags" in fields:
        out["tags"] = v.tags(fields["tags"])
    if "started_on" in fields:
        out["started_on"] = v.parse_date(fields["started_on"], _("Started on"))
    if "consent_recorded_on" in fields:
        out["consent_recorded_on"] = v.parse_date(fields["consent_recorded_on"], _("Consent date"))
    return out


def create_coachee(vault: Vault, **fields: Any) -> CoacheeProfile:
    """Add a coachee; ``name`` is required, everything else optional."""
    values = _clean_profile(fields, partial=False)
    with vault.write() as s:
        coachee = Coachee(**values)
        s.add(coachee)
        s.flush()
        return coachee_profile(coachee)


def update_coachee(vault: Vault, coachee_id: str, **fields: Any) -> CoacheeProfile:
    """Change some profile fields."""
    values = _clean_profile(fields, partial=True)
    with vault.write() as s:
        coachee = get_or_not_found(s, Coachee, coachee_id, "coachee")
        for key, value in values.items():
            setattr(coachee, key, value)
        s.flush()
        return coachee_profile(coachee)


def archive_coachee(vault: Vault, coachee_id: str) -> CoacheeProfile:
    """Move a coachee out of the active list (nothing is deleted)."""
    return update_coachee(vault, coachee_id, status="archived")


def get_coachee(vault: Vault, coachee_id: str) -> CoacheeProfile:
    """One coachee's profile."""
    with vault.session() as s:
        return coachee_profile(get_or_not_found(s, Coachee, coachee_id, "coachee"))


def list_coachees(
    vault: Vault,
    *,
    text: str = "",
    statuses: tuple[str, ...] | None = None,
    today: date | None = None,
) -> list[CoacheeSummary]:
    """Coachees, most recent session first (never-seen ones last, by name).

    ``text`` filters on name, organisation, role and tags (case-insensitive substring).
    """
    today = today or date.today()
    # Per coachee, the newest session is one lookup on ix_sessions_coachee_started; grouping
    # the sessions table instead would read every session of the vault.
    last = (
        select(func.max(CoachingSession.started_at))
        .where(CoachingSession.coachee_id == Coachee.id)
        .correlate(Coachee)
        .scalar_subquery()
    )
    open_exp = open_counts(today)
    query = select(Coachee, last, open_exp.c.open, open_exp.c.overdue).outerjoin(
        open_exp, open_exp.c.coachee_id == Coachee.id
    )
    if statuses:
        query = query.where(Coachee.status.in_(statuses))
    with vault.session() as s:
        rows = s.execute(query).all()
    needle = text.strip().casefold()
    out: list[CoacheeSummary] = []
    for coachee, last_at, n_open, n_overdue in rows:
        if needle:
            hay = " ".join(
                [coachee.name, coachee.organisation, coachee.role, coachee.team, *coachee.tags]
            ).casefold()
            if needle not in hay:
                continue
        out.append(
            CoacheeSummary(
                id=coachee.id,
                name=coachee.name,
                role=coachee.role,
                organisation=coachee.organisation,
                status=coachee.status,
                tags=tuple(coachee.tags or ()),
                last_session_at=last_at,
                open_experiments=int(n_open or 0),
                overdue_experiments=int(n_overdue or 0),
            )
        )
    out.sort(key=lambda c: (c.last_session_at is None, _neg_ts(c), c.name.casefold()))
    return out


def _neg_ts(c: CoacheeSummary) -> float:
    return -c.last_session_at.timestamp() if c.last_session_at else 0.0


# ---- goals ----------------------------------------------------------------------------------


def clean_gas_levels(
    levels: object, *, label_for: Callable[[str], str] | None = None
) -> dict[str, str]:
    """A goal's five GAS level descriptions, keyed ``"-2"`` .. ``"2"`` (missing ones empty).

    ``label_for`` names a level in a message (default: "Level -2"); the import passes the
    place in the file. Keys may be the numbers themselves (-2 .. 2) as well as their text.
    """
    if not levels:  # None, or an empty form
        levels = {}
    if not isinstance(levels, dict):
        raise ValidationError(_("Goal levels must map -2..2 to a description."))
    extra = {str(k) for k in levels} - set(GAS_LEVELS)
    if extra:
        raise ValidationError(
            _("Goal levels are -2, -1, 0, 1 and 2 (got {keys}).").format(
                keys=", ".join(sorted(extra))
            )
        )

    def default_label(level: str) -> str:
        return _("Level {level}").format(level=level)

    name_of = label_for or default_label
    return {
        lvl: v.long_text(levels.get(lvl, levels.get(int(lvl), "")), name_of(lvl))
        for lvl in GAS_LEVELS
    }


def _clean_goal(fields: dict[str, Any], *, partial: bool) -> dict[str, Any]:
    allowed = {"title", "description", "weight", "gas_levels", "status"}
    unknown = set(fields) - allowed
    if unknown:
        raise ValidationError(
            _("Unknown goal field(s): {fields}.").format(fields=", ".join(sorted(unknown)))
        )
    out: dict[str, Any] = {}
    if "title" in fields or not partial:
        out["title"] = v.title(fields.get("title"), _("Goal title"))
    if "description" in fields:
        out["description"] = v.long_text(fields["description"], _("Goal description"))
    if "weight" in fields:
        out["weight"] = v.goal_weight(fields["weight"], _("Goal weight"))
    if "status" in fields:
        out["status"] = v.choice(fields["status"], GOAL_STATUSES, _("Goal status"))
    if "gas_levels" in fields or not partial:
        out["gas_levels"] = clean_gas_levels(fields.get("gas_levels"))
    return out


def list_goals(vault: Vault, coachee_id: str) -> list[GoalRecord]:
    """A coachee's goals, oldest first."""
    with vault.session() as s:
        rows = s.scalars(
            select(Goal).where(Goal.coachee_id == coachee_id).order_by(Goal.created_at, Goal.id)
        )
        return [goal_record(g) for g in rows]


def create_goal(vault: Vault, coachee_id: str, **fields: Any) -> GoalRecord:
    """Add a goal (title required; five GAS level descriptions, weight 1–4)."""
    values = _clean_goal(fields, partial=False)
    with vault.write() as s:
        get_or_not_found(s, Coachee, coachee_id, "coachee")
        goal = Goal(coachee_id=coachee_id, **values)
        s.add(goal)
        s.flush()
        return goal_record(goal)


def update_goal(vault: Vault, goal_id: str, **fields: Any) -> GoalRecord:
    """Change some goal fields."""
    values = _clean_goal(fields, partial=True)
    with vault.write() as s:
        goal = get_or_not_found(s, Goal, goal_id, "goal")
        for key, value in values.items():
            setattr(goal, key, value)
        s.flush()
        return goal_record(goal)


def delete_goal(vault: Vault, goal_id: str) -> None:
    """Remove a goal (its experiments and measurements stay, unlinked)."""
    with vault.write() as s:
        s.delete(get_or_not_found(s, Goal, goal_id, "goal"))
