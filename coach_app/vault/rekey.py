"""Re-encryption under a new data key, and the switch that a crash can never leave half-done.

For a passphrase that may have leaked together with a copy of the vault: re-wrapping the same
data key (``Vault.change_passphrase``) would leave anyone who once unwrapped it able to read
every later copy of ``vault.db``. Here the whole database is written again under a fresh key.

Why ``sqlcipher_export`` into a new file and not ``PRAGMA rekey``: the bundled SQLCipher (4.x)
does not support ``rekey`` on a database in WAL mode (support arrived with SQLCipher 5), and an
in-place rewrite would leave no old file to fall back on. The export writes a complete second
database beside the first, which is checked before anything else changes.

The switch, each step durable before the next:

1. ``vault.db.rekey``: the database exported under the new key, checked (integrity, cipher
   integrity, the same row counts), journal mode DELETE so it is one self-contained file;
2. ``vault.json.rekey``: the new key header (same vault id, new salts and both wraps);
3. ``rekey.journal``: written atomically, the commit point. Without it, the old files are the
   vault and the ``.rekey`` files are debris; with it, the new ones are the vault;
4. roll forward: the new header over ``vault.json``, the old ``-wal``/``-shm`` removed (their
   frames are under the old key, and SQLite would replay them into the new file), the new
   database over ``vault.db``, the journal removed.

``settle(folder)`` finishes an interrupted switch on the next open: forward when the journal is
there (every step is idempotent), back otherwise. So a kill at any moment leaves either the old
vault (old passphrase and old recovery key work) or the new one (new passphrase and new recovery
key work), complete. Backups taken before the switch keep the old key and header.
"""

from __future__ import annotations

import contextlib
import logging
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import sqlcipher3.dbapi2 as sqlcipher

from coach_app.errors import StorageError, VaultCorrupt, VaultInUse
from coach_app.i18n import _
from coach_app.vault.engine import DB_NAME, database_error, raw_connect
from coach_app.vault.files import atomic_write_bytes, fsync_dir, storage_error
from coach_app.vault.lock import ProcessLock

log = logging.getLogger(__name__)

NEW_DB = DB_NAME + ".rekey"
NEW_HEADER = "vault.json.rekey"
JOURNAL = "rekey.journal"
HEADER = "vault.json"  # header.HEADER_NAME; not imported, header.py imports this module
_COUNTED = ("coachees", "goals", "sessions", "experiments", "measurements", "erasures")
Progress = Callable[[float], None]


def _counts(conn: Any) -> dict[str, int]:
    return {
        table: int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])  # noqa: S608
        for table in _COUNTED
    }


def export(db_path: Path, old_key: bytes, new_key: bytes, progress: Progress) -> Path:
    """Write ``vault.db.rekey`` beside ``db_path``: the same database under ``new_key``, checked.

    The caller has closed every other connection to ``db_path``; the write lock held during
    the export also keeps out any writer that was missed, so copy and original hold the same.
    """
    target = db_path.with_name(NEW_DB)
    remove_debris(db_path.parent)
    source = raw_connect(db_path, old_key)
    source.isolation_level = None  # the statements below manage their own transaction
    try:
        # The new key reaches SQLite as a bound value (SQLCipher's x'…' raw-key form), never in
        # the SQL text, so no statement log or error message can show it.
        source.execute("ATTACH DATABASE ? AS rekey KEY ?", (str(target), f"x'{new_key.hex()}'"))
        source.execute("BEGIN IMMEDIATE")
        live = _counts(source)
        progress(0.1)
        source.execute("SELECT sqlcipher_export('rekey')")
        version = int(source.execute("PRAGMA main.user_version").fetchone()[0])
        source.execute(f"PRAGMA rekey.user_version = {version}")
        source.execute("COMMIT")  # commits the copy; the original had nothing to commit
        source.execute("DETACH DATABASE rekey")
    except sqlcipher.Error as exc:
        raise database_error(exc) from exc
    finally:
        source.close()
    progress(0.6)
    copy = raw_connect(target, new_key)
    try:
        problems = [r[0] for r in copy.execute("PRAGMA integrity_check").fetchall()]
        cipher = [r[0] for r in copy.execute("PRAGMA cipher_integrity_check").fetchall()]
        if problems != ["ok"] or cipher or _counts(copy) != live:
            raise VaultCorrupt(
                _(
                    "The re-encrypted copy of the vault did not check out, so nothing was "
                    "switched: your vault and passphrase are as before."
                )
            )
        # One self-contained file: no -wal of its own when it is renamed over vault.db.
        copy.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        copy.execute("PRAGMA journal_mode = DELETE")
    except sqlcipher.Error as exc:
        raise database_error(exc) from exc
    finally:
        copy.close()
    _fsync_file(target)
    fsync_dir(db_path.parent)
    progress(0.8)
    return target


def re_encrypt(
    folder: Path, old_key: bytes, new_key: bytes, header_bytes: bytes, progress: Progress
) -> None:
    """Steps 1 to 4 on a vault whose connections are all closed.

    A failure before the commit point (a full disk, a ``Cancelled`` from ``progress``) removes
    the new files and leaves the old vault as it was; a failure after it (``committed`` is then
    true) leaves the switch for the next open.
    """
    try:
        export(folder / DB_NAME, old_key, new_key, progress)
        atomic_write_bytes(folder / NEW_HEADER, header_bytes)
        # The commit point: from here on the next open finishes the switch, whatever happens.
        atomic_write_bytes(folder / JOURNAL, b"re-encryption committed\n")
    except BaseException:
        if not committed(folder):
            remove_debris(folder)
        raise
    # No progress call from here on: a progress callback may raise (the app is locking), and
    # the switch is decided; the caller must get to show the new recovery key.
    roll_forward(folder)


def committed(folder: Path) -> bool:
    """Whether a re-encryption passed its commit point and is not finished yet."""
    return (folder / JOURNAL).exists()


def roll_forward(folder: Path) -> None:
    """Finish a committed switch; every step may be repeated after a crash."""
    try:
        if (folder / NEW_HEADER).exists():
            os.replace(folder / NEW_HEADER, folder / HEADER)
            fsync_dir(folder)
        if (folder / NEW_DB).exists():
            for suffix in ("-wal", "-shm"):
                (folder / (DB_NAME + suffix)).unlink(missing_ok=True)
            os.replace(folder / NEW_DB, folder / DB_NAME)
            fsync_dir(folder)
        (folder / JOURNAL).unlink(missing_ok=True)
        fsync_dir(folder)
    except OSError as exc:
        raise storage_error(exc, _("the re-encrypted vault")) from exc
    log.info("re-encryption switched to the new key")


def remove_debris(folder: Path) -> None:
    """Remove what an uncommitted re-encryption left (the old vault is untouched)."""
    names = [NEW_HEADER, NEW_DB, *(NEW_DB + s for s in ("-journal", "-wal", "-shm"))]
    for name in names:
        with contextlib.suppress(FileNotFoundError):
            (folder / name).unlink()
    for name in (NEW_HEADER, JOURNAL):
        for tmp in folder.glob(f".{name}.*.tmp"):  # atomic_write_bytes' temp files
            with contextlib.suppress(OSError):
                tmp.unlink()


def pending(folder: Path) -> bool:
    """Whether an interrupted re-encryption left anything behind."""
    return any((folder / name).exists() for name in (JOURNAL, NEW_HEADER, NEW_DB))


def settle(folder: Path) -> None:
    """Finish (journal present) or undo (absent) an interrupted re-encryption, if any.

    Runs only with the vault's process lock: a re-encryption still running in another process
    holds it, and then nothing here is touched (that open fails with ``VaultInUse`` anyway).
    """
    if not pending(folder):
        return
    lock = ProcessLock(folder)
    try:
        lock.acquire()
    except (VaultInUse, StorageError):
        return
    try:
        if (folder / JOURNAL).exists():
            roll_forward(folder)
        else:
            remove_debris(folder)
            fsync_dir(folder)
            log.info("an unfinished re-encryption was undone; the vault keeps its old key")
    finally:
        lock.release()


def _fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
