"""A vault opened for a read on a plain SQLCipher connection: no SQLAlchemy, models or Alembic.

For the command line's quick reads (``coach-app search``), whose whole process should cost
little more than the key derivation. It follows ``Vault.unlock`` step by step where safety is
at stake: the header is read through ``read_header`` (an interrupted re-encryption is settled
first), the passphrase unwraps the data key (a wrong one raises the same ``WrongPassphrase``),
leftovers of a killed restore are settled, the process lock is taken (a vault open elsewhere
raises the same ``VaultInUse``), key and schema are proven before anything may write
(``read_schema_revision``), and the connection used is keyed and tuned exactly as the engine's
(``raw_connect``: temporary data in memory, never a clear file). Closing makes the files
private again, as ``Vault.close`` does.

Anything out of the ordinary is left to the full path: :func:`open_for_reading` returns None
when the database is missing, does not open with the key, is damaged, or has a schema that is
not at ``HEAD_REVISION`` (the full unlock then migrates, after a verified backup, or refuses
with its own typed error). Only the common case, a healthy current vault, is served here.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from coach_app.errors import CoachAppError
from coach_app.vault.engine import DB_NAME, raw_connect, read_schema_revision
from coach_app.vault.files import make_private
from coach_app.vault.header import HEADER_NAME, read_header
from coach_app.vault.leftovers import BACKUP_DIR, clean_leftovers
from coach_app.vault.lock import LOCK_NAME, ProcessLock

# The newest schema revision, pinned here (the one place; vault.py imports it) so that opening
# a current vault never imports Alembic nor reads its scripts, and this raw reader, which must
# not import SQLAlchemy, knows it too. tests/core/vault/test_migrations.py fails when a new
# migration script is added without it.
HEAD_REVISION = "0012"


class RawVault:
    """An open, locked vault with one keyed connection, used for reading; ``close()`` locks it."""

    def __init__(self, folder: Path, connection: Any, lock: ProcessLock) -> None:
        self.folder = folder
        self._conn: Any = connection
        self._lock = lock

    def fetch(self, sql: str, params: Mapping[str, Any]) -> Sequence[Sequence[Any]]:
        """Run one statement with named ``:parameters``; all its rows."""
        if self._conn is None:
            raise RuntimeError("the vault is closed")
        rows: list[Sequence[Any]] = self._conn.execute(sql, dict(params)).fetchall()
        return rows

    def close(self) -> None:
        """Close the connection, release the lock, make the files private again."""
        conn, self._conn = self._conn, None
        if conn is not None:
            # The last connection to close checkpoints the WAL and removes it (SQLite does so
            # by itself), which is what Vault.close asks for explicitly for its pool.
            conn.close()
        self._lock.release()
        for name in (DB_NAME, HEADER_NAME, LOCK_NAME):
            make_private(self.folder / name)

    def __enter__(self) -> RawVault:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


def open_for_reading(folder: Path, passphrase: str) -> RawVault | None:
    """The vault in ``folder`` open for reading, or None when only the full unlock may open it.

    Raises what ``Vault.unlock`` raises before it touches the database (``VaultNotFound``,
    ``VaultCorrupt`` for a damaged header, ``WrongPassphrase``, ``VaultInUse``, ``StorageError``
    from settling leftovers); every later refusal returns None so that the full path, run next,
    decides and words it.
    """
    folder = Path(folder)
    header = read_header(folder)
    data_key = header.unlock_with_passphrase(passphrase)
    clean_leftovers(folder)  # as Vault._open: a restore killed mid-switch is settled first
    db_path = folder / DB_NAME
    if not db_path.exists():
        return None  # before the lock, as Vault._open: not even vault.lock is created
    lock = ProcessLock(folder)
    lock.acquire()
    try:
        if read_schema_revision(db_path, data_key) != HEAD_REVISION:
            lock.release()
            return None
        conn = raw_connect(db_path, data_key)
    except CoachAppError:
        lock.release()
        return None
    except BaseException:
        lock.release()
        raise
    # As Vault._open: a folder copied with lax permissions is made private again, once it has
    # proved to be this vault.
    for path in (folder, folder / BACKUP_DIR, db_path, folder / HEADER_NAME):
        make_private(path)
    return RawVault(folder, conn, lock)
