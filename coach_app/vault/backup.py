"""Encrypted, verified backups and restores.

A backup is one file: a tar holding ``vault.json`` (the key header at backup time) and
``vault.db`` (a copy of the encrypted database, ciphertext under the same data key: the file
itself, byte for byte, when it alone holds the snapshot, else a page-by-page copy made with
SQLite's online backup API; see ``_copy_database``). A backup counts only once its copy has been
reopened, checked (``integrity_check``, ``cipher_integrity_check``) and its row counts compared
with the live vault, and the file written has been read back and found to hold exactly the
bytes that were checked.

Copied once, checked once: the copy is checked read-only on a second thread while the archive
is written from it and then compared with it byte for byte. (Unpacking the archive again to
check that, as earlier versions did, wrote the whole database a third time.) The check itself
is shared between the two threads: everything ``integrity_check`` verifies, in parts that can
run side by side (see ``_TableChecks``).
"""

from __future__ import annotations

import contextlib
import errno
import io
import itertools
import logging
import os
import shutil
import tarfile
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

import sqlcipher3.dbapi2 as sqlcipher

from coach_app.errors import BackupFailed, Cancelled, StorageError, VaultCorrupt
from coach_app.i18n import _
from coach_app.vault.engine import DB_NAME, database_error, key_connection, raw_connect
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
#: Page cache of a checking connection, in KiB: enough to keep a practice's indexes decrypted
#: while integrity_check walks them, small beside the app's own memory.
_CHECK_CACHE_KIB = 64 * 1024
#: Bytes read between two looks for a lock while the archive is written, and per comparison.
_COMPARE_CHUNK = 1 << 20


#: The checks a restored or unpacked backup gets, on one thread (see ``check_database``).
_CHECKS: Final = ("integrity_check", "cipher_integrity_check")
#: ``cipher_integrity_check``, which checks every page's HMAC, lists only what fails; every
#: other check says "ok" for a healthy database.
_LISTS_FAILURES: Final = "cipher_integrity_check"

#: The whole-file part of the split check of a backup's copy (see ``_TableChecks``).
_WHOLE_FILE_CHECK: Final = "quick_check"


def check_database(
    db_path: Path,
    data_key: bytes,
    progress: Callable[[], None] | None = None,
    *,
    read_only: bool = False,
    checks: Iterable[str] = _CHECKS,
) -> dict[str, int]:
    """Open an encrypted database file, check it, return its row counts; raise if unhealthy.

    ``progress`` is called every few thousand SQLite steps while the checks run; whatever it
    raises (``Cancelled`` when the app locks) stops the check there, so a lock never waits for
    the check of a large backup to finish. ``read_only`` opens the file without tuning it (no
    switch to WAL), so not one byte of it changes: for a copy about to be archived. ``checks``
    are the pragmas to run, in turn (both by default; a backup shares them out between two
    threads, see ``_TableChecks``).
    """
    conn = _open_read_only(db_path, data_key) if read_only else raw_connect(db_path, data_key)
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
        # integrity_check looks rows up in the tables as it walks each index: with pages kept
        # decrypted in a larger cache it reads each page once, not once per visit.
        cur.execute(f"PRAGMA cache_size = -{_CHECK_CACHE_KIB}")
        for check in checks:
            found = [r[0] for r in cur.execute(f"PRAGMA {check}").fetchall()]
            if found != ([] if check == _LISTS_FAILURES else ["ok"]):
                raise BackupFailed(_("The backup copy did not pass its integrity check."))
        cur.close()
        return _db_counts(conn)
    except sqlcipher.OperationalError:
        if stopped:
            raise stopped[0] from None
        raise
    finally:
        conn.close()


def _open_read_only(db_path: Path, data_key: bytes) -> Any:
    """A keyed connection that cannot write to ``db_path`` (a copy in rollback-journal mode)."""
    try:
        conn = sqlcipher.connect(
            f"{db_path.resolve().as_uri()}?mode=ro", uri=True, check_same_thread=False
        )
    except sqlcipher.Error as exc:
        raise BackupFailed(_("The backup copy could not be opened to check it.")) from exc
    try:
        key_connection(conn, data_key, db_path)
    except BaseException:
        conn.close()
        raise
    return conn


#: The tables whose ``integrity_check(T)`` adds to ``quick_check`` (see ``_TableChecks``): those
#: with an index (a WITHOUT ROWID table's primary key is one), and virtual tables but FTS5's.
_TABLES_TO_CHECK: Final = """
    SELECT name FROM sqlite_schema AS t WHERE type = 'table' AND CASE
        WHEN coalesce(sql, '') LIKE 'CREATE VIRTUAL TABLE %'
        THEN sql NOT LIKE 'CREATE VIRTUAL TABLE % USING fts5(%'
        ELSE EXISTS (SELECT 1 FROM pragma_index_list(t.name))
    END
"""


class _TableChecks:
    """``integrity_check(T)`` for each table of a copy, taken by whichever thread is free.

    ``PRAGMA integrity_check`` does three things. (1) It walks every b-tree (tables and
    indexes) and accounts for every page of the file: each used once, none never used, the
    freelist, the pointer maps. (2) Per table, it checks NOT NULL, datatypes and CHECK
    constraints, and that each index holds exactly the table's rows (entry counts, every row
    found, UNIQUE). (3) It calls each virtual table's own check.

    ``quick_check`` does (1) exactly as ``integrity_check`` does, (2) without the index parts,
    and (3) asking for a quick check, which FTS5 ignores: it runs its whole check.
    ``integrity_check(T)`` does (2) and (3) in full for table T, and (1) for T's own b-trees
    only, with no page accounting and no freelist (a "partial" check). So ``quick_check`` and
    ``integrity_check(T)`` for every table verify together all that ``integrity_check`` does,
    and the per-table checks (nearly half of its time) run on one thread while ``quick_check``
    runs on the other. An FTS5 table is left to ``quick_check``, whose check of it is the whole
    one (and its longest part); any other virtual table gets its own ``integrity_check(T)`` as
    well, since its module may do less when asked for a quick check. A rowid table without an
    index is left to ``quick_check`` too: for it the two run the same code. Both threads read
    the copy through their own read-only connection, so each has its own page cache.
    """

    def __init__(self, db_path: Path, data_key: bytes) -> None:
        conn = _open_read_only(db_path, data_key)
        try:
            # Read from the copy, not a list kept here, which a new table (or an FTS5 shadow
            # table) would outgrow unseen.
            tables = [name for (name,) in conn.execute(_TABLES_TO_CHECK)]
        except sqlcipher.Error as exc:
            raise BackupFailed(_("The backup copy did not pass its integrity check.")) from exc
        finally:
            conn.close()
        quoted = ('"{}"'.format(name.replace('"', '""')) for name in tables)
        self._left = deque(f"integrity_check({name})" for name in quoted)

    def __iter__(self) -> Iterator[str]:
        """The checks no thread has taken yet, one at a time (each thread its own iterator)."""
        while (check := self._take()) is not None:
            yield check

    def _take(self) -> str | None:
        try:
            return self._left.popleft()  # atomic: no two threads take the same check
        except IndexError:
            return None


class _CopyCheck:
    """``check_database`` of a copy on its own thread, stopped by the thread that started it.

    The thread runs the whole-file check, then takes per-table checks from ``tables`` until
    none are left (see ``_TableChecks``); the starting thread takes its share meanwhile. Only
    the starting thread calls the backup's progress callback (which is where a lock or a
    cancel arrives, as ``Cancelled``); the check itself just looks at a flag between steps.
    """

    def __init__(self, db_path: Path, data_key: bytes, tables: _TableChecks) -> None:
        self._stop = threading.Event()
        self._outcome: list[dict[str, int] | BaseException] = []
        self._thread = threading.Thread(
            target=self._run, args=(db_path, data_key, tables), name="backup-check", daemon=True
        )
        self._thread.start()

    def _run(self, db_path: Path, data_key: bytes, tables: _TableChecks) -> None:
        try:
            counts = check_database(
                db_path,
                data_key,
                self._poll,
                read_only=True,
                checks=itertools.chain((_WHOLE_FILE_CHECK,), tables),
            )
            self._outcome.append(counts)
        except BaseException as exc:  # handed to the starting thread by result()
            self._outcome.append(exc)

    def _poll(self) -> None:
        if self._stop.is_set():
            raise Cancelled(_("The backup was stopped."))

    def raise_failure(self) -> None:
        """Raise what stopped the check, if it has failed: the other thread need not go on."""
        if self._outcome and isinstance(self._outcome[0], BaseException):
            raise self._outcome[0]

    def result(self, report: Callable[[], None]) -> dict[str, int]:
        """The copy's row counts once checked.

        ``report`` is called at least once, and while waiting: a lock raised from it stops
        the backup even if the check is done.
        """
        report()
        while self._thread.is_alive():
            self._thread.join(0.05)
            report()
        outcome = self._outcome[0]
        if isinstance(outcome, BaseException):
            raise outcome
        return outcome

    def stop(self) -> None:
        """Stop the check if it still runs, and wait for its thread to end."""
        self._stop.set()
        self._thread.join()


def _archived_as_checked(archive: Path, header: bytes, db_file: Path) -> bool:
    """Whether ``archive`` holds exactly ``header`` and the bytes of ``db_file``."""
    with tarfile.open(archive, mode="r:") as tar:
        stored_header = tar.extractfile(HEADER_NAME)
        stored_db = tar.extractfile(DB_NAME)
        if stored_header is None or stored_db is None or stored_header.read() != header:
            return False
        with db_file.open("rb") as checked:
            while True:
                block = checked.read(_COMPARE_CHUNK)
                if stored_db.read(len(block) or 1) != block:
                    return False
                if not block:
                    return True


def default_backup_name(label: str = "") -> str:
    """``coach-backup-20260101-101500[-label].ccbackup``."""
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S-%f")
    suffix = f"-{label}" if label else ""
    return f"coach-backup-{stamp}{suffix}{BACKUP_SUFFIX}"


def _scratch_connection(copy: Path, key: bytes) -> Any:
    """A keyed connection to write the copy with: no journal and no syncs of its own.

    The copy is scratch until archived: a crash leaves it in a temp folder that the next
    backup removes, and the archive made from it is synced and compared with it. So it needs
    neither the vault's WAL (which would write every page twice) nor its fsyncs. Without a
    journal it also stands alone (no -wal beside it) and opens read-only for the check.
    """
    return _keyed_copy(copy, key, "journal_mode = OFF", "synchronous = OFF")


def _keyed_copy(copy: Path, key: bytes, *pragmas: str) -> Any:
    """A connection to the backup's copy, keyed, with ``pragmas`` run; errors worded."""
    try:
        conn = sqlcipher.connect(str(copy), check_same_thread=False)
    except sqlcipher.Error as exc:
        raise database_error(exc, copy, _("the backup"), elsewhere=True) from exc
    try:
        key_connection(conn, key, copy)
        for pragma in pragmas:
            conn.execute(f"PRAGMA {pragma}")
    except sqlcipher.Error as exc:
        conn.close()
        raise database_error(exc, copy, _("the backup"), elsewhere=True) from exc
    except BaseException:
        conn.close()
        raise
    return conn


#: Bytes copied between two progress calls while the database file is copied as it is.
_COPY_CHUNK = 1 << 20
#: From this size on the file holds SQLite's lock-byte page, which Windows refuses to read
#: while the database is open: such a vault is copied through the backup API instead.
_BYTE_COPY_LIMIT = 1 << 30


def _copy_database(source_path: Path, copy: Path, key: bytes, report: Progress) -> dict[str, int]:
    """Copy the live database to ``copy``; the row counts of the snapshot it holds.

    One read transaction is held around the counts and the copy: both see the same snapshot
    (WAL), so a session saved meanwhile neither waits for the backup nor makes the counts
    differ from the copy. When the database file alone holds that snapshot, the file is
    copied as it is, ciphertext byte for byte: no page is decrypted and encrypted again,
    which made the copy the larger part of a backup's time before its check. Otherwise the
    backup API copies the snapshot page by page.
    """
    # Left to SQLite, the copy would be created with the umask's mode (often 0644) and stay
    # so until raw_connect narrows it; made here 0600, its journal files inherit that mode.
    os.close(os.open(copy, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE))
    source = raw_connect(source_path, key)
    try:
        source.execute("BEGIN")
        live_counts = _db_counts(source)  # the read transaction's snapshot starts here
        if _file_is_the_snapshot(source_path, key) and _byte_copy_allowed(source_path):
            _copy_file(source_path, copy, report)
        else:
            _copy_pages(source, copy, key, report)
        source.rollback()
    finally:
        source.close()
    _stand_alone(copy, key)
    return live_counts


def _file_is_the_snapshot(source_path: Path, key: bytes) -> bool:
    """Whether the database file holds the open read transaction's snapshot, and will go on.

    A passive checkpoint from another connection folds the log into the file up to the
    snapshot, never past it (no checkpoint goes past a reader's end mark), and says how many
    of the log's frames are now in the file. All of them means that the file is the
    snapshot, and that no checkpoint may write into it while the transaction lasts. A
    passive checkpoint takes no lock a save waits for and never starts the log anew, so a
    save in the middle of a backup goes through (a truncating one made saves fail as busy).
    """
    probe = raw_connect(source_path, key)
    try:
        _busy, frames, in_file = probe.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
    finally:
        probe.close()
    return bool(frames >= 0 and frames == in_file)


def _byte_copy_allowed(source_path: Path) -> bool:
    return os.name != "nt" or source_path.stat().st_size < _BYTE_COPY_LIMIT


def _copy_file(source_path: Path, copy: Path, report: Progress) -> None:
    """The database file, byte for byte, into ``copy`` (a lock stops it between chunks)."""
    total = source_path.stat().st_size
    done = 0
    with source_path.open("rb") as src, copy.open("r+b") as dest:
        while block := src.read(_COPY_CHUNK):
            dest.write(block)
            done += len(block)
            report(0.6 * done / total)


def _copy_pages(source: Any, copy: Path, key: bytes, report: Progress) -> None:
    """The snapshot of ``source``'s open read transaction, page by page (the backup API)."""
    dest = _scratch_connection(copy, key)
    try:

        def step(_status: int, remaining: int, total: int) -> None:
            report(0.6 * (1 - remaining / total) if total else 0.6)

        source.backup(dest, pages=256, progress=step)
    finally:
        dest.close()


def _stand_alone(copy: Path, key: bytes) -> None:
    """Make the copy a rollback-journal file that opens read-only with nothing beside it.

    Its pages say "WAL" as the vault's do; a read-only open of a WAL file would make -wal and
    -shm files beside it.
    """
    _keyed_copy(copy, key, "journal_mode = DELETE").close()


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
        key = vault.data_key()
        live_counts = _copy_database(vault.db_path, copy, key, report)
        report(0.65)
        partial = work / "backup.tar"
        header = header_bytes(vault.header)
        # The copy is checked (integrity, cipher HMACs, row counts) while the archive is
        # written from it; the check opens it read-only, so the bytes checked are the bytes
        # archived, and the archive is then read back and compared with them.
        tables = _TableChecks(copy, key)
        check = _CopyCheck(copy, key, tables)
        try:
            _write_archive(partial, header, copy, lambda: report(0.7))
            report(0.75)

            def between() -> None:
                report(0.75)
                check.raise_failure()

            # Every page's HMAC, then the per-table checks the other thread has not taken,
            # here while the whole file is checked there.
            check_database(
                copy,
                key,
                between,
                read_only=True,
                checks=itertools.chain(("cipher_integrity_check",), tables),
            )
            # The archive read back too while the b-trees are walked: the check opens the copy
            # read-only, so the bytes compared are the bytes it checks.
            archived_as_checked = _archived_as_checked(partial, header, copy)
            counts = check.result(lambda: report(0.8))
        finally:
            check.stop()
        if counts != live_counts:
            raise BackupFailed(_("The backup copy does not hold the same rows as the vault."))
        if not archived_as_checked:
            raise BackupFailed(_("The backup file does not hold the copy that was checked."))
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

    At its peak a backup holds the copy and the archive written from it (the archive is
    compared with the copy, not unpacked again): about twice the database (with its WAL) in
    the target's file system.
    """
    needed = (
        shortfall(target.parent, 2 * _database_size(vault)) if exc.errno in FULL_ERRNOS else None
    )
    failure = storage_error(exc, _("the backup"), needed=needed, elsewhere=True)
    return BackupFailed(str(failure))


def _database_size(vault: Vault) -> int:
    db = vault.db_path
    return sum(p.stat().st_size for p in (db, db.with_name(db.name + "-wal")) if p.exists())


def _disk_trouble(exc: BaseException) -> bool:
    text = str(exc).lower()
    return "disk is full" in text or "disk i/o error" in text


class _Paced(io.RawIOBase):
    """A file being read, calling ``between`` after each megabyte (where a lock can stop it)."""

    def __init__(self, fh: io.BufferedReader, between: Callable[[], None]) -> None:
        super().__init__()
        self._fh = fh
        self._between = between
        self._since = 0

    def readable(self) -> bool:
        return True

    def read(self, size: int = -1) -> bytes:
        data = self._fh.read(size)
        self._since += len(data)
        if self._since >= _COMPARE_CHUNK:
            self._since = 0
            self._between()
        return data


def _write_archive(
    path: Path, header: bytes, db_file: Path, between: Callable[[], None] = lambda: None
) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
    with os.fdopen(fd, "wb") as fh, tarfile.open(fileobj=fh, mode="w") as tar:
        info = tarfile.TarInfo(HEADER_NAME)
        info.size = len(header)
        info.mode = FILE_MODE
        tar.addfile(info, io.BytesIO(header))
        with db_file.open("rb") as db:
            tar.addfile(tar.gettarinfo(db_file, arcname=DB_NAME), _Paced(db, between))
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
