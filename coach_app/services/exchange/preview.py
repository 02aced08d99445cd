"""What an import would do, read without writing: for the import dialog's "Import…" step.

``preview_import`` reads and checks the file exactly as ``import_document`` would (the same
streaming reader, the same checks in the same order, the same id checks against the vault), in
a read-only session, and says what would be added or why the import would be refused. It never
writes, and like the import it holds one coachee of the file at a time.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from coach_app.errors import ImportRejected
from coach_app.services import exchange
from coach_app.services.exchange.check import DocumentCheck
from coach_app.services.exchange.clashes import found_ids
from coach_app.services.exchange.validate import ImportPlan
from coach_app.vault.vault import Vault


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


class _Look:
    """After each checked batch: the coachees' names, and which ids the vault holds."""

    def __init__(self, vault: Vault) -> None:
        self.vault = vault
        self.names: list[str] = []
        self.conflicts: list[str] = []
        self.erased: list[str] = []

    def __call__(self, plan: ImportPlan) -> None:
        rows, ids = plan.take()
        self.names += [str(row["name"]) for row in rows.get("coachees", [])]
        with self.vault.session() as s:
            taken, erased = found_ids(s, ids)
        # In the file's order, as the ids were read.
        self.conflicts += [i for i in ids if i in taken]
        self.erased += [i for i in ids if i in erased]


def preview_import(vault: Vault, path: Path) -> ImportPreview:
    """Read and check ``path`` against ``vault`` without writing anything."""
    plan = ImportPlan()
    look = _Look(vault)
    try:
        check = DocumentCheck(plan, look)
        exchange.read_import_file(Path(path)).read_into(check)
        check.finish()
    except ImportRejected as exc:
        return ImportPreview(rejection=str(exc))
    rejection = None
    if look.conflicts or look.erased:
        try:
            with vault.session() as s:
                exchange.check_new_ids(s, plan)
        except ImportRejected as exc:
            rejection = str(exc)
    summary = plan.summary()
    return ImportPreview(
        coachees=summary.coachees,
        sessions=summary.sessions,
        experiments=summary.experiments,
        measurements=summary.measurements,
        groups=summary.groups,
        goals=summary.goals,
        insights=summary.insights,
        group_sessions=summary.group_sessions,
        development=summary.development,
        coachee_names=tuple(look.names),
        conflicts=tuple(look.conflicts),
        erased=tuple(look.erased),
        rejection=rejection,
    )
