"""The export document's shape (format name, version, keys in writing order) and import messages.

Shared by the writer (``export``), the checker (``validate``) and the importer (the package's
``__init__``); nothing here touches a vault.
"""

from __future__ import annotations

import functools
import json
import re
from dataclasses import dataclass

from coach_app.errors import ImportRejected
from coach_app.i18n import _, ngettext
from coach_app.services.coachees import PROFILE_FIELDS

FORMAT = "coach-companion-export"
VERSION = 4
#: Versions this app reads. Version 1 is version 2 without groups, insights, the coach's own
#: record and the "paid"/"client" fields: every key it has means the same in version 2, so
#: both are read by the same rules (a version-1 file holding a newer key is read as it says).
#: Version 3 is version 2 whose ids may also be the app's short ones (19 characters, 0-9 and
#: a-z), which an app reading version 2 would refuse. Version 4 is version 3 whose ids may also
#: be 13 characters (see ``coach_app.models.make_id``), which an app reading version 3 would
#: refuse as damaged; it says "made by a newer version" instead.
SUPPORTED_VERSIONS = (1, 2, 3, 4)
MAX_LIST_ITEMS = 1000  # item answers and sub-scores of one measurement

TOP_KEYS = ("format", "version", "exported_at", "coachees", "groups", "development")
COACHEE_KEYS = (
    "id",
    *PROFILE_FIELDS,
    "default_paid",
    "client_type",
    "log_consent",
    "goals",
    "sessions",
    "experiments",
    "measurements",
    "insights",
)
GOAL_KEYS = ("id", "title", "description", "weight", "gas_levels", "status")
SESSION_KEYS = (
    "id",
    "started_at",
    "duration_minutes",
    "kind",
    "template",
    "sections",
    "notes",
    "private_reflection",
    "tags",
    "paid",
)
EXPERIMENT_KEYS = (
    "id",
    "goal",
    "title",
    "prediction",
    "action",
    "success_signal",
    "due_on",
    "status",
    "outcome",
    "learning",
    "decision",
    "agreed_in_session",
    "reviewed_in_session",
    "agreed_in_group_session",
)
MEASUREMENT_KEYS = (
    "id",
    "instrument",
    "taken_on",
    "session",
    "goal",
    "value",
    "items",
    "scores",
    "group_session",
)
INSIGHT_KEYS = ("id", "text", "noted_on", "group_session")
GROUP_KEYS = (
    "id",
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
    "members",
    "sessions",
)
MEMBER_KEYS = ("id", "coachee", "name", "joined_on", "left_on")
GROUP_SESSION_KEYS = (
    "id",
    "started_at",
    "duration_minutes",
    "template",
    "paid",
    "attendees",
    "rounds",
)
ROUND_KEYS = (
    "id",
    "position",
    "case_giver",
    "former_participant",
    "situation",
    "key_question",
    "questions",
    "ideas",
    "insight",
    "action",
    "what_helped",
    "rating",
    "experiment",
    "measurement",
    "insight_id",
)
DEVELOPMENT_KEYS = ("id", "kind", "held_on", "hours", "provider", "topic", "reflection")

_SIMPLE_KEY = re.compile(r"^[A-Za-z_][A-Za-z0-9_\-]{0,59}$")


@functools.lru_cache(maxsize=1024)
def _is_simple(key: str) -> bool:
    # An import names a place for every field it checks: the format's few keys, over and over.
    return _SIMPLE_KEY.match(key) is not None


@dataclass(frozen=True)
class ImportSummary:
    """How many rows of each kind an import added."""

    coachees: int = 0
    goals: int = 0
    sessions: int = 0
    experiments: int = 0
    measurements: int = 0
    insights: int = 0
    groups: int = 0
    group_sessions: int = 0
    rounds: int = 0
    development: int = 0

    @property
    def total(self) -> int:
        """All rows added (group members and attendance not counted)."""
        return (
            self.coachees
            + self.goals
            + self.sessions
            + self.experiments
            + self.measurements
            + self.insights
            + self.groups
            + self.group_sessions
            + self.rounds
            + self.development
        )

    def describe(self) -> str:
        """``3 coachees, 2 goals, 40 sessions, 5 experiments, 12 measurements`` (and groups).

        Each count takes the language's plural form ("1 coachee", "2 coachees").
        """
        parts = [
            ngettext("{n} coachee", "{n} coachees", self.coachees),
            ngettext("{n} goal", "{n} goals", self.goals),
            ngettext("{n} session", "{n} sessions", self.sessions),
            ngettext("{n} experiment", "{n} experiments", self.experiments),
            ngettext("{n} measurement", "{n} measurements", self.measurements),
        ]
        counts = [
            self.coachees,
            self.goals,
            self.sessions,
            self.experiments,
            self.measurements,
        ]
        if self.groups or self.group_sessions or self.insights:
            parts += [
                ngettext("{n} group", "{n} groups", self.groups),
                ngettext("{n} group session", "{n} group sessions", self.group_sessions),
                ngettext("{n} insight", "{n} insights", self.insights),
            ]
            counts += [self.groups, self.group_sessions, self.insights]
        if self.development:
            parts.append(
                ngettext(
                    "{n} supervision or development entry",
                    "{n} supervision and development entries",
                    self.development,
                )
            )
            counts.append(self.development)
        return ", ".join(part.format(n=n) for part, n in zip(parts, counts, strict=True))


def rejected(problem: str) -> ImportRejected:
    """The one-line refusal: ``problem`` is a sentence naming the place in the file."""
    return ImportRejected(
        _("Import rejected: {problem} Nothing was imported.").format(problem=problem)
    )


def show(value: object) -> str:
    """A value quoted for a message, cut short (it may be anything, even note text)."""
    text = str(value)
    return json.dumps(text[:40] + ("…" if len(text) > 40 else ""), ensure_ascii=False)


def at(path: str, key: object) -> str:
    """The place of ``key`` inside ``path``: ``coachees[2].name`` or ``gas_levels["-2"]``."""
    if isinstance(key, str) and _is_simple(key):
        return f"{path}.{key}" if path else key
    return f"{path}[{show(key)}]"
