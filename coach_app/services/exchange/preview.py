"""What an import would do, read without writing: for the import dialog's "Import…" step.

``preview_import`` reads and checks the file exactly as ``import_document`` would (the same
reading, the same document checks, the same id checks against the vault), in a read-only
session, and says what would be added or why the import would be refused. It never writes.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select

from coach_app.errors import ImportRejected
from coach_app.models import (
    Coachee,
    CoachingSession,
    DevelopmentEntry,
    Erasure,
    Experiment,
    Goal,
    Group,
    GroupMember,
    GroupRound,
    GroupSession,
    Insight,
    Measurement,
)
from coach_app.services import exchange
from coach_app.services.exchange.validate import ImportPlan
from coach_app.vault.vault import Vault

_MODELS: tuple[type[Any], ...] = (
    Coachee,
    Goal,
    CoachingSession,
    Experiment,
    Measurement,
    Insight,
    Group,
    GroupMember,
    GroupSession,
    GroupRound,
    DevelopmentEntry,
)
_CHUNK = 500


@dataclass(frozen=True)
class ImportPreview:
    """What importing a file would add, or why it would be refused.

    ``conflicts`` are ids the vault already holds; ``erased`` the ids of erased coachees in
    the file. ``rejection`` is the message the import would fail with (None: it would succeed).
    """

    coachees: int = 0
    sessions: int = 0
    experiments: int = 0
    measurements: int = 0
    groups: int = 0
    goals: int = 0
    insights: int = 0
    group_sessions: int = 0
    development: int = 0
    coachee_names: tuple[str, ...] = ()
    conflicts: tuple[str, ...] = ()
    erased: tuple[str, ...] = ()
    rejection: str | None = None

    @property
    def would_import(self) -> bool:
        """Whether importing the file would succeed (as the vault is now)."""
        return self.rejection is None


def _chunks(items: list[str]) -> Iterable[list[str]]:
    for start in range(0, len(items), _CHUNK):
        yield items[start : start + _CHUNK]


def _found(vault: Vault, plan: ImportPlan) -> tuple[list[str], list[str]]:
    """(ids already in the vault, ids of erased coachees), each in the file's order."""
    ids = list(plan.where)
    taken: set[str] = set()
    erased: set[str] = set()
    with vault.session() as s:
        for chunk in _chunks(ids):
            for model in _MODELS:
                taken.update(s.scalars(select(model.id).where(model.id.in_(chunk))))
            erased.update(
                s.scalars(select(Erasure.coachee_id).where(Erasure.coachee_id.in_(chunk)))
            )
    return [i for i in ids if i in taken], [i for i in ids if i in erased]


def preview_import(vault: Vault, path: Path) -> ImportPreview:
    """Read and check ``path`` against ``vault`` without writing anything."""
    try:
        plan = exchange.validate_document(exchange.read_import_file(Path(path)))
    except ImportRejected as exc:
        return ImportPreview(rejection=str(exc))
    conflicts, erased = _found(vault, plan)
    rejection = None
    try:
        with vault.session() as s:
            exchange.check_new_ids(s, plan)
    except ImportRejected as exc:
        rejection = str(exc)
    return ImportPreview(
        coachees=len(plan.coachees),
        sessions=len(plan.sessions),
        experiments=len(plan.experiments),
        measurements=len(plan.measurements),
        groups=len(plan.groups),
        goals=len(plan.goals),
        insights=len(plan.insights),
        group_sessions=len(plan.group_sessions),
        development=len(plan.development),
        coachee_names=tuple(str(row["name"]) for row in plan.coachees),
        conflicts=tuple(conflicts),
        erased=tuple(erased),
        rejection=rejection,
    )
