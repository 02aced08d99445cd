"""Encrypted, verified backups and restores.

A backup is one file: a tar holding ``vault.json`` (the key header at backup time) and
``vault.db`` (a page-by-page copy of the encrypted database, made with SQLite's online backup
API, so it is ciphertext under the same data key). A backup counts only once it has been
reopened, checked (``integrity_check``, ``cipher_integrity_check``) and its row counts compared
with the live vault.
"""

from __future__ import annotations

import contextlib
import errno
import io
import logging
import os
import shutil
import tarfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

import sqlcipher3.dbapi2 as sqlcipher

from coach_app.errors import BackupFailed, StorageError, VaultCorrupt
from coach_app.i18n import _
from coach_app.vault.engine import DB_NAME, raw_connect
from coach_app.vault.files import (
    FILE_MODE,
    FULL_ERRNOS,
    ensure_private_dir,
    fsync_dir,
    shortfall,
    storage_error,
)
from coach_app.vault.header import HEADER_NAME, KeyHeader, header_bytes, parse_header
from coach_app.vault.leftovers import BACKUP_PREFIX, VERIFY_PREFIX, TempDir, clean_temp_dirs

if TYPE_CHECKING:
    from coach_app.vault.vault import Vault

log = logging.getLogger(__name__)

BACKUP_SUFFIX = ".ccbackup"
AUTO_PREFIX = "auto-"
Progress = Callable[[float], None]
# The tables whose row counts must match between a vault and its backup: the same list as
# ``Vault.counts`` (which reads it from here). A backup of an older schema lacks the newer
# tables; those are left out of its counts rather than counted as empty.
COUNTED_TABLES = (
    "coachees",
    "goals",
    "sessions",
    "experiments",
    "measurements",
    "erasures",
    "groups",
    "group_members",
    "group_sessions",
    "group_attendance",
    "group_rounds",
    "insights",
    "development_entries",
)


@dataclass(frozen=True)
class BackupInfo:
    """What a verified backup holds."""

    path: Path
    vault_id: str
    counts: dict[str, int]


def _db_counts(conn: object) -> dict[str, int]:
    cur = conn.cursor()  # type: ignore[attr-defined]
    try:
        present = {row[0] for row in cur.execute("SELECT name FROM sqlite_master")}
        return {
            t: cur.execute(f"SELECT count(*) FROM {t}").fetchone()[0]  # noqa: S608
            for t in COUNTED_TABLES
            if t in present
        }
    finally:
        cur.close()


#: SQLite virtual-machine steps between two progress calls while a copy is checked (a Python
#: call per 5,000 steps costs about a percent; the b-tree walk itself is one step and cannot be
#: interrupted, the index and row-count checks that follow can).
_CHECK_STEPS = 5_000


def check_database(
    db_path: Path, data_key: bytes, progress: Callable[[], None] | None = None
) -> dict[str, int]:
    """Open an encrypted database file, check it, return its row counts; raise if unhealthy.

    ``progress`` is called every few thousand SQLite steps while the checks run; whatever it
    raises (``Cancelled`` when the app locks) stops the check there, so a lock never waits for
    the check of a large backup to finish.
    """
    conn = raw_connect(db_path, data_key)
    stopped: list[Exception] = []

    def handler() -> int:
        try:
            if progress is not None:
                progress()
        except Exception as exc:  # handed back to the caller below
            stopped.append(exc)
            return 1  # non-zero: SQLite interrupts the statement
        return 0

    try:
        if progress is not None:
            conn.set_progress_handler(handler, _CHECK_STEPS)
        cur = conn.cursor()
        rows = [r[0] for r in cur.execute("PRAGMA integrity_check").fetchall()]
        cipher = [r[0] for r in cur.execute("PRAGMA cipher_integrity_check").fetchall()]
        cur.close()
        if rows != ["ok"] or cipher:
            raise BackupFailed(_("The backup copy did not pass its integrity check."))
        return _db_counts(conn)
    except sqlcipher.OperationalError:
        if stopped:
            raise stopped[0] from None
        raise
    finally:
        conn.close()


def default_backup_name(label: str = "") -> str:
    """``coach-backup-20260101-101500[-label].ccbackup``."""
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S-%f")
    suffix = f"-{label}" if label else ""
    return f"coach-backup-{stamp}{suffix}{BACKUP_SUFFIX}"


def create_backup(
    vault: Vault,
    out: Path | None = None,
    *,
    label: str = "",
    progress: Progress | None = None,
) -> Path:
    """Write a verified backup of ``vault``; returns its path.

    Raises ``BackupFailed`` (nothing left behind) if the copy cannot be written or verified.
    """
    report = progress or (lambda _f: None)
    backups_dir = vault.folder / "backups"
    target = Path(out) if out else backups_dir / default_backup_name(label)
    try:
        if target.parent == backups_dir:
            ensure_private_dir(backups_dir)
        clean_temp_dirs(target.parent)  # what a killed backup left there
        work_dir = TempDir.create(target.parent, BACKUP_PREFIX)
    except OSError as exc:
        raise _backup_storage_failure(exc, vault, target) from exc
    work = work_dir.path
    try:
        copy = work / DB_NAME
        # Left to SQLite, the copy would be created with the umask's mode (often 0644) and stay
        # so until raw_connect narrows it; made here 0600, its journal files inherit that mode.
        os.close(os.open(copy, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE))
        key = vault.data_key()
        source = raw_connect(vault.db_path, key)
        dest = raw_connect(copy, key, what=_("the backup"), elsewhere=True)
        try:

            def step(_status: int, remaining: int, total: int) -> None:
                report(0.6 * (1 - remaining / total) if total else 0.6)

            # One read transaction around the counts and the copy: both see the same snapshot
            # (WAL), so a session saved meanwhile neither blocks on the backup nor makes the
            # counts differ from the copy.
            source.execute("BEGIN")
            live_counts = _db_counts(source)
            source.backup(dest, pages=256, progress=step)
            source.rollback()
            dest.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            dest.execute("PRAGMA journal_mode = DELETE")
        finally:
            dest.close()
            source.close()
        report(0.65)
        partial = work / "backup.tar"
        _write_archive(partial, header_bytes(vault.header), copy)
        copy.unlink()
        report(0.75)
        # Checked once, and what was written, not what we meant to write: the archive is
        # unpacked again and its database fully checked (integrity, cipher HMACs, row counts).
        if verify_backup_file(partial, key, lambda: report(0.8)) != live_counts:
            raise BackupFailed(_("The backup copy does not hold the same rows as the vault."))
        os.replace(partial, target)
        fsync_dir(target.parent)
        report(1.0)
    except BackupFailed:
        raise
    except OSError as exc:
        raise _backup_storage_failure(exc, vault, target) from exc
    except sqlcipher.Error as exc:
        # The copy's own writes (the backup API, its checkpoint) on a disk that filled up.
        if not _disk_trouble(exc):
            raise
        raise _backup_storage_failure(OSError(errno.ENOSPC, "disk full"), vault, target) from exc
    except StorageError as exc:  # raw_connect on the copy, worded already
        if shortfall(target.parent, 3 * _database_size(vault)) is None:
            raise BackupFailed(str(exc)) from exc
        raise _backup_storage_failure(OSError(errno.ENOSPC, "disk full"), vault, target) from exc
    finally:
        work_dir.remove()
    log.info("backup written and verified")
    return target


def _backup_storage_failure(exc: OSError, vault: Vault, target: Path) -> BackupFailed:
    """One plain line for a backup the disk refused: what failed, what to do, how much room.

    At its peak a backup holds the copy, the archive and the copy its check unpacks: about
    three times the database (with its WAL) in the target's file system.
    """
    needed = (
        shortfall(target.parent, 3 * _database_size(vault)) if exc.errno in FULL_ERRNOS else None
    )
    failure = storage_error(exc, _("the backup"), needed=needed, elsewhere=True)
    return BackupFailed(str(failure))


def _database_size(vault: Vault) -> int:
    db = vault.db_path
    return sum(p.stat().st_size for p in (db, db.with_name(db.name + "-wal")) if p.exists())


def _disk_trouble(exc: BaseException) -> bool:
    text = str(exc).lower()
    return "disk is full" in text or "disk i/o error" in text


def _write_archive(path: Path, header: bytes, db_file: Path) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
    with os.fdopen(fd, "wb") as fh, tarfile.open(fileobj=fh, mode="w") as tar:
        info = tarfile.TarInfo(HEADER_NAME)
        info.size = len(header)
        info.mode = FILE_MODE
        tar.addfile(info, io.BytesIO(header))
        tar.add(db_file, arcname=DB_NAME, recursive=False)
        fh.flush()
        os.fsync(fh.fileno())


def read_backup_header(path: Path) -> KeyHeader:
    """The key header stored in a backup file."""
    try:
        with tarfile.open(path, mode="r:") as tar:
            member = tar.getmember(HEADER_NAME)
            fh = tar.extractfile(member)
            if fh is None:
                raise KeyError(HEADER_NAME)
            return parse_header(fh.read())
    except (OSError, tarfile.TarError, KeyError) as exc:
        raise VaultCorrupt(
            _("{name} is not a Coach Companion backup (or it is damaged).").format(
                name=path.name,
            )
        ) from exc


def extract_backup(path: Path, dest_dir: Path) -> tuple[KeyHeader, Path]:
    """Unpack a backup's database (ciphertext) into ``dest_dir``; return header and db path."""
    header = read_backup_header(path)
    try:
        with tarfile.open(path, mode="r:") as tar:
            member = tar.getmember(DB_NAME)
            if not member.isfile():
                raise KeyError(DB_NAME)
            src = tar.extractfile(member)
            if src is None:
                raise KeyError(DB_NAME)
            target = dest_dir / DB_NAME
            fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, FILE_MODE)
            with os.fdopen(fd, "wb") as out:
                shutil.copyfileobj(src, out)
                out.flush()
                os.fsync(out.fileno())
    except (OSError, tarfile.TarError, KeyError) as exc:
        raise VaultCorrupt(
            _("{name} is not a Coach Companion backup (or it is damaged).").format(
                name=path.name,
            )
        ) from exc
    return header, target


def verify_backup_file(
    path: Path, data_key: bytes, progress: Callable[[], None] | None = None
) -> dict[str, int]:
    """Unpack a backup to a private temp folder, check it, return its row counts.

    ``progress``: see ``check_database`` (called while the copy is checked; may raise to stop).
    """
    with TempDir.create(path.parent, VERIFY_PREFIX) as work:
        _header, db = extract_backup(path, work.path)
        return check_database(db, data_key, progress)


def rotate_backups(folder: Path, keep: int) -> list[Path]:
    """Delete the oldest automatic backups beyond ``keep``; returns what was deleted."""
    autos = sorted(folder.glob(f"coach-backup-*-{AUTO_PREFIX}*{BACKUP_SUFFIX}"))
    doomed = autos[:-keep] if keep > 0 else autos
    for path in doomed:
        with contextlib.suppress(OSError):
            path.unlink()
    return doomed


def auto_backup(vault: Vault, keep: int = 7, min_age_hours: float = 20.0) -> Path | None:
    """At most one automatic backup a day, the newest ``keep`` kept; None if one is recent."""
    backups = vault.folder / "backups"
    ensure_private_dir(backups)
    autos = sorted(backups.glob(f"coach-backup-*-{AUTO_PREFIX}*{BACKUP_SUFFIX}"))
    if autos:
        age_h = (datetime.now(UTC).timestamp() - autos[-1].stat().st_mtime) / 3600
        if age_h < min_age_hours:
            return None
    path = create_backup(vault, label=f"{AUTO_PREFIX}daily")
    rotate_backups(backups, keep)
    return path
