"""Erasing a coachee for good: their rows, every trace of their words, and their backups.

``erase_coachee`` is one use case in three steps (docs/security.md 20):

1. one write transaction deletes every row about the coachee (:data:`ERASE_STEPS`, then the
   tables of :data:`ERASE_TARGETS`, children first) and their search entries, merges the
   search index (FTS5 keeps a deleted entry's words in its segments until they are merged) and
   records the erasure (coachee id and date only);
2. right after the commit the write-ahead log is folded into the database and truncated to
   nothing, so no earlier version of a page survives in ``vault.db-wal``. ``secure_delete``
   (``vault.engine.tune_connection``) zeroes every freed page and cell, so no ``VACUUM`` is
   needed: tests/core/services/test_erasure.py decrypts every page of the file to prove it;
3. every backup in the vault's ``backups/`` folder that holds an erased coachee is rewritten
   without them (``vault.backup_purge``, which erases a backup of the current schema with
   :func:`reapply_erasures`); one that cannot be (another key, damaged) is named.

``reapply_erasures`` (a restore) repeats steps 1 and 2 for every recorded erasure.
:func:`unreachable_copies` says, in plain words, what no erasure can reach.

A table that holds a coachee's rows must be covered by a target or a step;
tests/core/services/test_erasure.py fails for any table with a ``coachee_id`` column (or a
foreign key to ``coachees``) that is not.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import column, delete, select, table
from sqlalchemy.orm import Session

from coach_app.errors import NotFound
from coach_app.i18n import _, ngettext
from coach_app.models import Coachee, Erasure
from coach_app.models.search_index import drop_coachee_documents, merge_segments
from coach_app.services import groups
from coach_app.services import settings as settings_service
from coach_app.vault.backup_purge import NotPurged, purge_backups
from coach_app.vault.vault import BACKUP_DIR, Vault

log = logging.getLogger(__name__)

Progress = Callable[[float], None]

__all__ = [
    "ERASE_STEPS",
    "ERASE_TARGETS",
    "EraseStep",
    "EraseTarget",
    "ErasureResult",
    "NotPurged",
    "erase_coachee",
    "reapply_erasures",
    "rows_summary",
    "unreachable_copies",
]


@dataclass(frozen=True)
class EraseTarget:
    """Rows about one coachee: those of ``table`` whose ``column`` holds the coachee's id."""

    label: str  # the key in ``ErasureResult.rows``
    table: str
    column: str


@dataclass(frozen=True)
class EraseStep:
    """Erasing that is more than deleting by one column (anonymising a shared record, say).

    ``run(session, coachee_id)`` works inside the erasure's transaction, before the row
    targets, and returns how many rows of each kind it changed or deleted. ``tables`` names
    the tables it takes care of (the test that every table holding a coachee's rows is covered
    reads it).
    """

    run: Callable[[Session, str], dict[str, int]]
    tables: tuple[str, ...]


#: Every table that holds rows about a coachee, children before parents, the coachee last.
#: A new table with such rows adds its line here, before "coachees"; a backup of an older
#: schema without that table or column simply skips it.
ERASE_TARGETS: tuple[EraseTarget, ...] = (
    EraseTarget("measurements", "measurements", "coachee_id"),
    EraseTarget("experiments", "experiments", "coachee_id"),
    EraseTarget("sessions", "sessions", "coachee_id"),
    EraseTarget("goals", "goals", "coachee_id"),
    EraseTarget("coachees", "coachees", "id"),
)

#: Steps run first, in this order, in the live vault, after a restore and in every backup of
#: the current schema. A module with rows about a coachee that a target cannot express adds
#: its step here.
ERASE_STEPS: tuple[EraseStep, ...] = (
    # Out of every group: their membership, attendance, insights and group ratings go, and
    # the rounds they gave become a former participant's, every text emptied.
    EraseStep(
        groups.forget_participant,
        ("group_members", "group_attendance", "group_rounds", "insights", "measurements"),
    ),
)


@dataclass(frozen=True)
class ErasureResult:
    """What erasing one coachee did."""

    coachee_id: str
    rows: dict[str, int]  # rows deleted per kind ("search_entries", then the targets' labels)
    log_truncated: bool  # the write-ahead log was folded in and emptied
    backups_purged: tuple[Path, ...] = ()
    backups_not_purged: tuple[NotPurged, ...] = ()
    backups_untouched: tuple[Path, ...] = ()  # held none of the erased coachees' rows
    notice: tuple[str, ...] = ()  # unreachable_copies(), translated


def erase_coachee(vault: Vault, coachee_id: str, progress: Progress | None = None) -> ErasureResult:
    """Delete every row about a coachee and every trace of their words, here and in backups.

    Args:
        progress: called with fractions from 0 to 1 between steps (the erase itself is one
            transaction; each backup is rewritten whole or not at all).

    Raises:
        NotFound: there is no such coachee (nothing is recorded) or they were already erased.
    """
    report = progress or (lambda _f: None)
    with vault.write() as s:
        if s.get(Coachee, coachee_id) is None:
            if s.get(Erasure, coachee_id) is not None:
                raise NotFound(_("That coachee was already erased."))
            # Recording an erasure for an id that never existed would only confuse restores.
            raise NotFound(_("There is no coachee with the id {id}.").format(id=coachee_id))
        rows = _erase_rows(s, coachee_id)
        if s.get(Erasure, coachee_id) is None:
            s.add(Erasure(coachee_id=coachee_id))
        s.flush()
        merge_segments(s.connection())
    report(0.2)
    # A checkpoint cannot run inside the transaction: the log is emptied right after the commit.
    truncated = _truncate_log(vault)
    report(0.3)
    with vault.session() as s:
        erasures = [(e.coachee_id, e.erased_on) for e in s.scalars(select(Erasure))]
    notice = tuple(unreachable_copies(vault))
    # From here on nothing touches the live vault: a lock may close it while the backups are
    # rewritten (with their own connections and this copy of the key) without stopping them.
    purge = purge_backups(
        vault.folder / BACKUP_DIR,
        vault.data_key(),
        erasures,
        erase=reapply_erasures,
        targets=[(t.table, t.column) for t in ERASE_TARGETS],
        work_root=vault.folder,
        progress=lambda f: report(0.3 + 0.7 * f),
    )
    log.info(
        "coachee erased; %d backup(s) purged, %d could not be",
        len(purge.purged),
        len(purge.not_purged),
    )
    return ErasureResult(
        coachee_id=coachee_id,
        rows=rows,
        log_truncated=truncated,
        backups_purged=purge.purged,
        backups_not_purged=purge.not_purged,
        backups_untouched=purge.clean,
        notice=notice,
    )


def reapply_erasures(vault: Vault) -> list[str]:
    """Erase again every coachee named in the erasure records (after a restore).

    Returns the ids of the coachees that were back and are gone again. The index is merged
    and the log emptied whenever erasures are recorded: a backup made by an older version may
    still carry an erased coachee's words in its index even when their rows are long gone.
    """
    with vault.write() as s:
        ids = list(s.scalars(select(Erasure.coachee_id)))
        erased = [cid for cid in ids if s.get(Coachee, cid) is not None]
        for cid in ids:
            _erase_rows(s, cid)
        if ids:
            merge_segments(s.connection())
    if ids:
        _truncate_log(vault)
    return erased


def _erase_rows(s: Session, coachee_id: str) -> dict[str, int]:
    gone = {"search_entries": drop_coachee_documents(s.connection(), coachee_id)}
    for step in ERASE_STEPS:
        for label, n in step.run(s, coachee_id).items():
            gone[label] = gone.get(label, 0) + n
    # Children first: do not rely on ON DELETE CASCADE alone (a counted, explicit erase).
    # Core statements on the table's name: the change log notes them by that name.
    for target in ERASE_TARGETS:
        rows = table(target.table, column(target.column))
        result = s.execute(delete(rows).where(rows.c[target.column] == coachee_id))
        deleted = result.rowcount or 0  # type: ignore[attr-defined]
        gone[target.label] = gone.get(target.label, 0) + deleted
    return gone


def _truncate_log(vault: Vault) -> bool:
    """Fold the write-ahead log into the database and empty it; False if a reader held it."""
    raw = vault.engine.raw_connection()
    try:
        cur = raw.cursor()
        try:
            row = cur.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        finally:
            cur.close()
    finally:
        raw.close()
    busy = bool(row and row[0])
    if busy:
        # Another connection was reading: the log is emptied at the next checkpoint (at the
        # latest when the vault locks); its pages are ciphertext like the rest.
        log.warning("write-ahead log not truncated after an erasure (a reader held it)")
    return not busy


def rows_summary(rows: dict[str, int]) -> str:
    """``3 sessions, 1 goal, …``: the rows an erasure deleted, for a message."""
    words: dict[str, Callable[[int], str]] = {
        "search_entries": lambda n: ngettext("{n} search entry", "{n} search entries", n),
        "measurements": lambda n: ngettext("{n} measurement", "{n} measurements", n),
        "experiments": lambda n: ngettext("{n} experiment", "{n} experiments", n),
        "sessions": lambda n: ngettext("{n} session", "{n} sessions", n),
        "goals": lambda n: ngettext("{n} goal", "{n} goals", n),
        "coachees": lambda n: ngettext("{n} profile", "{n} profiles", n),
    }
    parts = []
    for label, n in rows.items():
        if not n:
            continue
        word = words.get(label)
        parts.append(word(n).format(n=n) if word else f"{n} {label.replace('_', ' ')}")
    return ", ".join(parts)


def unreachable_copies(vault: Vault) -> list[str]:
    """What an erasure cannot reach, and what a restore does, in plain sentences."""
    out = [
        _(
            "Copies outside this vault's folder are out of the app's reach: files you "
            "exported (JSON exports, PDF reports, chart images), backups you saved or "
            "copied elsewhere, and copies of the vault folder. Delete those yourself."
        )
    ]
    configured = settings_service.load_settings(vault).backup_folder.strip()
    if configured:
        folder = Path(configured).expanduser()
        if not _same_folder(folder, vault.folder / BACKUP_DIR):
            out.append(
                _(
                    "Backups in your backup folder ({folder}) were not cleaned: delete the "
                    "ones made before today."
                ).format(folder=folder)
            )
    out.append(
        _(
            "Restoring an older backup into this vault erases the coachee again. A backup "
            "that was not cleaned, restored anywhere else, would bring them back."
        )
    )
    return out


def _same_folder(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve()
    except OSError:
        return False
