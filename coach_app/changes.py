"""What a change to the vault touched: the value every view reads after an operation.

The vault records it by itself (``coach_app.vault.change_log`` watches every flush of its own
sessions), so no service and no view has to remember to say what it changed. The UI's
operations API (``ui/ops.py``) hands one ``Changes`` per operation to one broadcast, and each
view asks ``changes.touches(...)`` whether it has to refresh.

Pure values: no SQLAlchemy, no Qt.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum


class Kind(StrEnum):
    """Kinds of things a view can show."""

    COACHEES = "coachees"  # the list of coachees: added, renamed, archived, erased
    PROFILE = "profile"  # one coachee's profile fields
    GOALS = "goals"
    SESSIONS = "sessions"
    EXPERIMENTS = "experiments"
    MEASUREMENTS = "measurements"
    SETTINGS = "settings"
    GROUPS = "groups"
    OWN_RECORD = "own_record"  # the coach's own supervision and CPD entries


@dataclass(frozen=True)
class Changes:
    """Kinds of things changed, and for which coachees.

    ``all_coachees`` is set where a change cannot name its coachees (a bulk statement, an
    import, a restore): every view of those kinds refreshes.
    """

    kinds: frozenset[Kind] = field(default_factory=frozenset)
    coachee_ids: frozenset[str] = field(default_factory=frozenset)
    all_coachees: bool = False

    @classmethod
    def of(
        cls, *kinds: Kind, coachee_ids: Iterable[str] = (), all_coachees: bool = False
    ) -> Changes:
        """A value naming ``kinds`` for ``coachee_ids``."""
        return cls(frozenset(kinds), frozenset(coachee_ids), all_coachees)

    @classmethod
    def everything(cls) -> Changes:
        """Every kind for every coachee (after an import, a restore or an unlock)."""
        return cls(frozenset(Kind), frozenset(), True)

    def __bool__(self) -> bool:
        return bool(self.kinds)

    def __or__(self, other: Changes) -> Changes:
        return Changes(
            self.kinds | other.kinds,
            self.coachee_ids | other.coachee_ids,
            self.all_coachees or other.all_coachees,
        )

    def touches(self, *kinds: Kind, coachee_id: str | None = None) -> bool:
        """Whether any of ``kinds`` changed (for ``coachee_id``, when one is given)."""
        if not self.kinds.intersection(kinds):
            return False
        if coachee_id is None or self.all_coachees:
            return True
        return coachee_id in self.coachee_ids
