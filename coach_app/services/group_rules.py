"""Rules for groups and their rounds: allowed values, labels, and how a template lays a round out.

The shared field rules (texts, dates, choices) are those of ``services/validation.py``; this
module adds only what is particular to groups. A round stores a fixed set of texts
(``ROUND_TEXT_FIELDS``) so that what lands on a participant's record (the insight, the action)
has one column whatever the template; each group template's sections map onto those fields, so
the editor lays a round out in the template's order, with the template's labels and hints.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from coach_app.errors import ValidationError
from coach_app.i18n import N_, _
from coach_app.instruments import scoring
from coach_app.models import CLIENT_TYPES, GROUP_KINDS, GROUP_STATUSES, ROUND_TEXT_FIELDS
from coach_app.services import validation as v
from coach_app.templates import template as template_spec
from coach_app.templates import templates

GROUP_KIND_LABELS = {
    "action_learning": N_("Action-learning set"),
    "intervision": N_("Intervision group"),
    "team": N_("Team"),
    "other": N_("Other group"),
}
CLIENT_TYPE_LABELS = {"third_party": N_("Third-party client"), "internal": N_("Internal client")}
#: The template a new session of each kind of group starts with.
DEFAULT_TEMPLATE = {
    "action_learning": "action_learning",
    "intervision": "intervision",
    "team": "action_learning",
    "other": "intervision",
}
#: Which round field each group-template section writes into (its stored key never changes).
SECTION_FIELDS = {
    "problem_owner": "situation",
    "case_giver": "situation",
    "key_question": "key_question",
    "questions": "questions",
    "clarifying_questions": "questions",
    "ideas": "ideas",
    "insights": "insight",
    "actions": "action",
    "what_helped": "what_helped",
}
#: Labels of the fields a template has no section for (shown after the template's own).
FIELD_LABELS = {
    "situation": (N_("Case"), N_("Who brings the case, and what is the situation?")),
    "key_question": (N_("Key question"), N_("The one question the case-giver wants help with.")),
    "questions": (N_("Questions asked"), N_("The questions the group asked.")),
    "ideas": (N_("Ideas"), N_("Perspectives and suggestions from the group.")),
    "insight": (N_("Insight"), N_("What does the case-giver now see differently?")),
    "action": (N_("Action until next time"), N_("What will the case-giver do before next time?")),
    "what_helped": (N_("What helped"), N_("What helped the case-giver, in their own words.")),
}
MAX_ROUNDS = 50  # a session with more cases than this is a typing accident


@dataclass(frozen=True)
class RoundField:
    """One text of a round as the editor shows it: field, label, hint, from the template?"""

    field: str
    label: str
    hint: str
    from_template: bool


def group_templates() -> tuple[str, ...]:
    """Keys of the templates a group session can use (``kind`` ``group`` in the catalogue)."""
    return tuple(t.key for t in templates() if t.kind == "group")


def group_template(value: object) -> str:
    """A group template's key."""
    return v.choice(value, group_templates(), _("Template"))


def round_layout(template: str) -> tuple[RoundField, ...]:
    """The round's texts in the template's order, then the fields it has no section for."""
    spec = template_spec(template)
    shown: list[RoundField] = []
    for section in spec.sections:
        field = SECTION_FIELDS.get(section.key)
        if field is not None and all(f.field != field for f in shown):
            shown.append(RoundField(field, section.label, section.hint, True))
    for field in ROUND_TEXT_FIELDS:
        if all(f.field != field for f in shown):
            label, hint = FIELD_LABELS[field]
            shown.append(RoundField(field, _(label), _(hint), False))
    return tuple(shown)


def group_kind(value: object) -> str:
    """One of ``GROUP_KINDS``."""
    return v.choice(value, GROUP_KINDS, _("Kind of group"))


def group_status(value: object) -> str:
    """One of ``GROUP_STATUSES``."""
    return v.choice(value, GROUP_STATUSES, _("Status"))


def client_type(value: object) -> str:
    """Internal or third-party client."""
    return v.choice(value, CLIENT_TYPES, _("Client"))


def flag(value: object, label: str) -> bool:
    """A yes/no value (a real bool; ``1`` or ``"yes"`` are a caller's bug, not a choice)."""
    if not isinstance(value, bool):
        raise ValidationError(_("{label} must be yes or no.").format(label=label))
    return value


def optional_flag(value: object, label: str) -> bool | None:
    """Yes, no, or nothing (the default decides)."""
    return None if value is None else flag(value, label)


def date_range(
    started: object, ended: object, start_label: str, end_label: str
) -> tuple[date | None, date | None]:
    """A start and an end date, the end not before the start (either may be empty)."""
    start = v.parse_date(started, start_label)
    end = v.parse_date(ended, end_label)
    if start and end and end < start:
        raise ValidationError(
            _("{end} must not be before {start}.").format(end=end_label, start=start_label)
        )
    return start, end


def rating(value: object) -> float | None:
    """A case-giver's confidence in their action (the confidence ruler, 0–10), or nothing."""
    if value is None or value == "":
        return None
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ValidationError(_("{label} must be a number.").format(label=_("Rating")))
    try:
        return scoring.score_confidence(value).value
    except scoring.ScoringError as exc:
        raise ValidationError(str(exc)) from exc


def round_texts(fields: dict[str, object]) -> dict[str, str]:
    """The round texts given in ``fields``, each checked as a note field."""
    labels = {f: _(FIELD_LABELS[f][0]) for f in ROUND_TEXT_FIELDS}
    return {k: v.long_text(fields[k], labels[k]) for k in ROUND_TEXT_FIELDS if k in fields}


def member_name(value: object) -> str:
    """The name of a participant recorded by name only."""
    return v.short_text(value, _("Name"), required=True)


def kind_label(kind: str) -> str:
    """A group kind, in the current language."""
    return _(GROUP_KIND_LABELS.get(kind, GROUP_KIND_LABELS["other"]))


def former_participant() -> str:
    """How an erased case-giver is shown: their round stays, their name and words go."""
    return _("a former participant")
