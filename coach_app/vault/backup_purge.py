"""Purging erased coachees from the backups in the vault's own ``backups/`` folder.

A backup holding an erased coachee is rewritten, never patched in place:

1. its database (ciphertext) is unpacked into a private (``0700``) folder inside the vault
   folder, on the same file system as the backups, so the final rename is atomic;
2. it is opened with the vault's data key. A backup that does not open with it (made before
   the key changed, from another vault, or damaged), or that a newer version of the app wrote,
   is left as it is and reported;
3. a backup of the app's own schema revision is opened as a vault and erased by the caller's
   ``erase`` (the very code that erases in the live vault and after a restore: every table,
   the search index merged, the log emptied). A backup of an OLDER revision is never migrated
   (a ``before-upgrade`` backup must stay restorable by the version that wrote it): the
   coachees' rows are deleted from the ``targets`` tables and columns it has, their search
   entries dropped first (an index that reads its text from the tables, revision 0003 on, is
   told what to forget while the rows are there; an older one held its own copy) and the
   index merged; foreign keys cascade as in the vault. Either way the
   erasure records are added, so a restore of the backup anywhere erases them again, and
   ``secure_delete`` zeroes every freed page;
4. the copy is checked, archived with the same key header, the archive verified, given the old
   file's times (the daily backup's age check goes by them) and only then renamed over the old
   archive. The private folder is removed whatever happens.

A backup that holds no row of an erased coachee is not touched.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

import sqlcipher3.dbapi2 as sqlcipher

from coach_app import timestamps
from coach_app.errors import CoachAppError, VaultCorrupt, WrongPassphrase
from coach_app.i18n import _
from coach_app.models.search_index import (
    CONTENT_VIEW,
    DROP_COACHEE_DOCS_SQL,
    DROP_COACHEE_FTS_SQL,
    LEGACY_DROP_COACHEE_FTS_SQL,
    MERGE_SEGMENTS_SQL,
)
from coach_app.vault.backup import (
    BACKUP_SUFFIX,
    _db_counts,
    _write_archive,
    extract_backup,
    verify_backup_file,
)
from coach_app.vault.engine import DB_NAME, raw_connect
from coach_app.vault.files import fsync_dir
from coach_app.vault.header import KeyHeader, header_bytes, write_header
from coach_app.vault.leftovers import PURGE_PREFIX, TempDir
from coach_app.vault.vault import Vault, alembic_config, head_revision

log = logging.getLogger(__name__)

Progress = Callable[[float], None]
#: (table, column): the rows of a coachee are those whose ``column`` holds their id.
Target = tuple[str, str]
#: Erases the recorded coachees from a backup opened as a vault (its erasure rows included).
Erase = Callable[[Vault], object]


@dataclass(frozen=True)
class NotPurged:
    """A backup that may still hold an erased coachee, and why it could not be cleaned."""

    path: Path
    reason: str


@dataclass(frozen=True)
class PurgeReport:
    """What purging a backup folder did."""

    purged: tuple[Path, ...] = ()  # rewritten without the erased coachees
    clean: tuple[Path, ...] = ()  # held none of their rows: not touched
    not_purged: tuple[NotPurged, ...] = ()


class _Refused(Exception):
    """This backup cannot be purged; ``reason`` says why, for the coach."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def backup_files(folder: Path) -> list[Path]:
    """The backup archives directly in ``folder`` (none when it does not exist)."""
    if not folder.is_dir():
        return []
    # A link points somewhere else (a drive, another folder): not this folder's to rewrite.
    return sorted(
        p
        for p in folder.iterdir()
        if p.name.endswith(BACKUP_SUFFIX) and p.is_file() and not p.is_symlink()
    )


def purge_backups(
    folder: Path,
    data_key: bytes,
    erasures: Sequence[tuple[str, datetime]],
    *,
    erase: Erase,
    targets: Sequence[Target],
    work_root: Path,
    progress: Progress | None = None,
) -> PurgeReport:
    """Rewrite every backup in ``folder`` that holds a row of an erased coachee.

    Args:
        erasures: (coachee id, erased on) of every erasure the vault records.
        erase: erases the coachees recorded in a backup of the current schema, opened as a
            vault (after this function has added the erasure rows).
        targets: the tables holding a coachee's rows, children before parents, for backups of
            an older schema (the search index is handled here and needs no entry).
        work_root: where the private working folders go (the vault folder: the same file
            system as ``folder``, so replacing an archive is one atomic rename).
        progress: called with fractions from 0 to 1 between backups.
    """
    report = progress or (lambda _f: None)
    purged: list[Path] = []
    clean: list[Path] = []
    failed: list[NotPurged] = []
    files = backup_files(folder) if erasures else []
    job = _Job(data_key, erasures, erase, targets)
    for done, path in enumerate(files):
        report(done / len(files))
        try:
            if job.purge(path, work_root):
                purged.append(path)
            else:
                clean.append(path)
        except _Refused as exc:
            failed.append(NotPurged(path, exc.reason))
        except Exception as exc:  # one backup's bug must not hide the others
            log.error("purging a backup failed: %s", type(exc).__name__)
            reason = _("an unexpected error ({name})").format(name=type(exc).__name__)
            failed.append(NotPurged(path, reason))
        log.info("backup %d of %d checked for erased coachees", done + 1, len(files))
    report(1.0)
    return PurgeReport(tuple(purged), tuple(clean), tuple(failed))


@dataclass(frozen=True)
class _Job:
    key: bytes
    erasures: Sequence[tuple[str, datetime]]
    erase: Erase
    targets: Sequence[Target]

    def purge(self, path: Path, work_root: Path) -> bool:
        """Rewrite one backup without the erased coachees; False when it held none of them."""
        try:
            # Private from creation and marked in use, so a purge killed midway leaves a
            # folder the next open removes (vault/leftovers.py) and a live one is never taken.
            temp = TempDir.create(work_root, PURGE_PREFIX)
        except OSError as exc:
            raise _Refused(_not_written(exc)) from exc
        work = temp.path
        try:
            try:
                header, db = extract_backup(path, work)
            except VaultCorrupt as exc:
                raise _Refused(_damaged()) from exc
            if not self._erase(work, header, db):
                return False
            counts = _counts(db, self.key)
            partial = work / "backup.tar"
            _write_archive(partial, header_bytes(header), db)
            # The one full check (integrity, cipher HMACs, rows) runs on what was written, not
            # on what was meant to be written: a check of the copy before would double the cost.
            if verify_backup_file(partial, self.key) != counts:
                raise _Refused(_("the cleaned copy did not verify"))
            before = path.stat()
            os.utime(partial, ns=(before.st_atime_ns, before.st_mtime_ns))
            os.replace(partial, path)
            fsync_dir(path.parent)
            return True
        except CoachAppError as exc:  # BackupFailed, or the copy no longer opening
            raise _Refused(_("the cleaned copy did not verify")) from exc
        except OSError as exc:
            raise _Refused(_not_written(exc)) from exc
        finally:
            temp.remove()

    def _erase(self, work: Path, header: KeyHeader, db: Path) -> bool:
        """Erase the coachees from the unpacked database; False if it held none of them."""
        conn = _open(db, self.key)
        try:
            columns = _columns(conn)
            present = [(t, c) for t, c in self.targets if c in columns.get(t, set())]
            ids = [cid for cid, _when in self.erasures]
            if not any(_holds(conn, table, column, ids) for table, column in present):
                return False
            revision = _revision(conn)
            current = revision == head_revision()
            if not current and revision not in _known_revisions():
                raise _Refused(_("a newer version of Coach Companion wrote it"))
            self._add_erasures(conn, columns, revision)
            if not current:
                _delete_rows(
                    conn, ids, present, has_index={"search_docs", "search_fts"} <= set(columns)
                )
        except sqlcipher.Error as exc:
            reason = type(exc).__name__
            raise _Refused(_("it could not be cleaned ({reason})").format(reason=reason)) from exc
        finally:
            conn.close()
        if current:
            # The vault's own erase, the same as after a restore; closing empties the log.
            write_header(work, header)
            opened = Vault.unlock_with_data_key(work, self.key)
            try:
                self.erase(opened)
            finally:
                opened.close()
        wal = db.with_name(DB_NAME + "-wal")
        if wal.exists() and wal.stat().st_size:
            raise _Refused(_("the cleaned copy did not verify"))
        return True

    def _add_erasures(self, conn: Any, columns: dict[str, set[str]], revision: str | None) -> None:
        if not {"coachee_id", "erased_on"} <= columns.get("erasures", set()):
            return
        conn.execute("BEGIN IMMEDIATE")
        conn.executemany(
            "INSERT OR IGNORE INTO erasures (coachee_id, erased_on) VALUES (?, ?)",
            [(cid, _stored(when, revision)) for cid, when in self.erasures],
        )
        conn.execute("COMMIT")


def _open(db: Path, key: bytes) -> Any:
    try:
        return raw_connect(db, key)
    except WrongPassphrase as exc:
        raise _Refused(
            _(
                "it does not open with this vault's key (it was made before the key changed,"
                " or belongs to another vault)"
            )
        ) from exc
    except CoachAppError as exc:
        raise _Refused(_damaged()) from exc


def _delete_rows(
    conn: Any, ids: Sequence[str], present: Sequence[Target], *, has_index: bool
) -> None:
    """An older schema's rows of the coachees, by table and column, in one transaction."""
    # From revision 0003 the index keeps no copy of the text: it must be given the text of an
    # entry to forget it, read from the rows, so entries go before their rows.
    views = conn.execute("SELECT name FROM sqlite_master WHERE type = 'view'").fetchall()
    drop_fts = DROP_COACHEE_FTS_SQL if (CONTENT_VIEW,) in views else LEGACY_DROP_COACHEE_FTS_SQL
    conn.execute("BEGIN IMMEDIATE")
    try:
        for cid in ids:
            if has_index:
                conn.execute(drop_fts, (cid,))
                conn.execute(DROP_COACHEE_DOCS_SQL, (cid,))
            for table, column in present:
                conn.execute(f'DELETE FROM "{table}" WHERE "{column}" = ?', (cid,))  # noqa: S608
        if has_index:
            conn.execute(MERGE_SEGMENTS_SQL)
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    # Fold the log in, so the file that is archived is complete.
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def _counts(db: Path, key: bytes) -> dict[str, int]:
    """The rows a backup's verification counts, in the cleaned copy."""
    conn = raw_connect(db, key)
    try:
        return _db_counts(conn)
    finally:
        conn.close()


def _damaged() -> str:
    return _("it is damaged or not a Coach Companion backup")


def _not_written(exc: OSError) -> str:
    return _("it could not be rewritten ({reason})").format(reason=exc.strerror or exc)


def _columns(conn: Any) -> dict[str, set[str]]:
    """Every table of this database (whatever its schema revision) with its column names."""
    tables = [
        str(r[0])
        for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()
    ]
    return {
        t: {str(r[1]) for r in conn.execute(f'PRAGMA table_info("{t}")').fetchall()} for t in tables
    }


def _holds(conn: Any, table: str, column: str, ids: Sequence[str]) -> bool:
    marks = ", ".join("?" for _ in ids)
    row = conn.execute(
        f'SELECT 1 FROM "{table}" WHERE "{column}" IN ({marks}) LIMIT 1',  # noqa: S608
        tuple(ids),
    ).fetchone()
    return row is not None


def _revision(conn: Any) -> str | None:
    try:
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlcipher.Error:
        return None
    return str(row[0]) if row else None


def _known_revisions() -> set[str]:
    """Every schema revision this app can migrate from (reads the migration scripts)."""
    from alembic.script import ScriptDirectory  # noqa: PLC0415 - only an old backup pays

    return {s.revision for s in ScriptDirectory.from_config(alembic_config()).walk_revisions()}


#: The first schema revision that stores moments as integers (``coach_app.timestamps``).
_MOMENTS_AS_INTEGERS = "0011"


def _stored(when: datetime, revision: str | None) -> int | str:
    """``when`` as a backup of ``revision`` stores a moment, so it reads back as its own do."""
    if revision is not None and revision >= _MOMENTS_AS_INTEGERS:
        return timestamps.stored(when)
    # Before: SQLAlchemy's SQLite DateTime text (revision 0011 turns it into an integer).
    return when.isoformat(sep=" ", timespec="microseconds")
