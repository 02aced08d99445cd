"""The SQLCipher engine: every connection keyed, checked and tuned before anyone uses it.

Plain ``sqlite3`` accepts ``PRAGMA key`` and silently writes clear text, so every new connection
proves it is SQLCipher (``cipher_version``) and that the key opens the file, or it is refused.

SQLCipher's own log (``ERROR CORE ... hmac check failed`` on a wrong key or a damaged page) is
turned off on every connection: it goes straight to the terminal's stderr, where a coach would
read it as a crash, while the typed error raised here already says what happened.

No connection to a live vault ever ignores its ``-wal`` file (``immutable=1`` or a read-only
open on a database that has one): saved data may live only there after a killed app or a
checkpoint that a full disk interrupted, and such a connection would call the file damaged.
"""

from __future__ import annotations

import errno
import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

import sqlcipher3.dbapi2 as sqlcipher

from coach_app.errors import (
    CoachAppError,
    StorageError,
    UnsupportedDriver,
    VaultCorrupt,
    WrongPassphrase,
)
from coach_app.i18n import _
from coach_app.packing import SQL_FUNCTION, json_text, sql_unpack
from coach_app.vault.files import (
    FULL_ERRNOS,
    READ_ONLY_ERRNOS,
    free_bytes,
    make_private,
    storage_error,
)

if TYPE_CHECKING:
    # Only the type: SQLAlchemy loads when an engine is made, so a raw reader (the CLI search,
    # vault/raw.py) that opens the file through raw_connect never imports it.
    from sqlalchemy import Engine

log = logging.getLogger(__name__)

DB_NAME = "vault.db"
# Less room than this on the vault's file system counts as a full disk (see database_error).
_NEARLY_FULL_BYTES = 256 * 1024


class _KeyPragma:
    """Holds the key pragma text; its repr never shows the key."""

    __slots__ = ("_text",)

    def __init__(self, data_key: bytes) -> None:
        self._text = f"PRAGMA key = \"x'{data_key.hex()}'\""

    def __repr__(self) -> str:
        return "<key hidden>"

    def sql(self) -> str:
        return self._text


def key_connection(conn: Any, data_key: bytes | _KeyPragma, path: Path | None = None) -> None:
    """Key a raw DB-API connection and check it really is SQLCipher with the right key.

    ``path`` (the database file) only sharpens the error message when the disk is full.
    """
    pragma = data_key if isinstance(data_key, _KeyPragma) else _KeyPragma(data_key)
    cur = conn.cursor()
    try:
        # The key must be the first statement on the connection.
        cur.execute(pragma.sql())
        # Process-wide in SQLCipher, set on every connection so no path can miss it: its log
        # lines go to stderr unasked, and every failure they describe is raised typed below.
        cur.execute("PRAGMA cipher_log_level = NONE")
        cur.execute("PRAGMA cipher_compatibility = 4")
        row = cur.execute("PRAGMA cipher_version").fetchone()
        if not row or not row[0]:
            raise UnsupportedDriver(
                _(
                    "The database driver is not SQLCipher, so notes would be stored "
                    "in clear text. Reinstall Coach Companion (it needs the "
                    "sqlcipher3 package)."
                )
            )
        try:
            cur.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlcipher.Error as exc:
            raise database_error(exc, path) from exc
    finally:
        cur.close()
    # The search's content view reads a session's packed text through it, so no connection
    # to a vault may lack it (FTS5 reads the view on whichever connection writes the index).
    conn.create_function(SQL_FUNCTION, 1, sql_unpack(), deterministic=True)


def _disk_is_full(path: Path | None) -> bool:
    """Whether the file system holding ``path`` has (next to) no room left."""
    if path is None:
        return False
    folder = path if path.is_dir() else path.parent
    free = free_bytes(folder)
    # SQLite needs whole pages (and a 32 KiB WAL index) at a time: less than this is full.
    return free is not None and free < _NEARLY_FULL_BYTES


def database_error(
    exc: BaseException,
    path: Path | None = None,
    what: str | None = None,
    *,
    elsewhere: bool = False,
) -> CoachAppError:
    """Name what an SQLite error means for the coach: wrong key, disk trouble or damage.

    Only ``SQLITE_NOTADB`` means "this key does not open the file"; a folder that cannot be
    written must never be reported as a damaged vault (the advice would be to restore a backup).
    A full disk is ``SQLITE_FULL`` for most writes, but growing the WAL index (``-shm``) or
    opening on a full disk fails as ``SQLITE_IOERR``: with the database's ``path`` known, an I/O
    error on a file system with no room left is reported as the full disk it is.

    Args:
        exc: the DB-API error (``sqlcipher3`` sets ``sqlite_errorname``).
        path: the database file (or its folder), when the caller knows it.
        what: what could not be written, for the message; default "the vault".
        elsewhere: it is a file the coach asked for outside the vault (a backup copy), so
            "choose another folder" is advice that helps.
    """
    name = str(getattr(exc, "sqlite_errorname", "") or "")
    text = str(exc).lower()
    target = what or _("the vault")
    if name.startswith("SQLITE_NOTADB"):
        return WrongPassphrase(
            _(
                "The vault database does not open with this key. If you used a key "
                "remembered on this computer, unlock with your passphrase; otherwise "
                "restore a backup."
            )
        )
    io_error = name.startswith("SQLITE_IOERR") or "disk i/o error" in text
    if (
        name.startswith(("SQLITE_FULL", "SQLITE_IOERR_SHMSIZE"))
        or "database or disk is full" in text
        or (io_error and _disk_is_full(path))
    ):
        return storage_error(OSError(errno.ENOSPC, "disk full"), target, elsewhere=elsewhere)
    if name.startswith(("SQLITE_READONLY", "SQLITE_CANTOPEN", "SQLITE_PERM", "SQLITE_AUTH")):
        return storage_error(OSError(errno.EROFS, "read-only"), target, elsewhere=elsewhere)
    if io_error:
        return StorageError(
            _(
                "Could not write {what}: the disk refused the write (it may be "
                "full, removed or failing). Nothing that was saved before is lost."
            ).format(what=target)
        )
    if name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")):
        return StorageError(
            _(
                "The vault is busy (another program holds it); try again in a moment."
                " Nothing that was saved before is lost."
            )
        )
    return VaultCorrupt(
        _(
            "The vault database is damaged and cannot be read. Restore a backup; "
            "nothing was changed."
        )
    )


def untyped_storage_error(
    exc: BaseException, path: Path | None, what: str | None, *, elsewhere: bool = False
) -> StorageError | None:
    """The ``StorageError`` for disk trouble that escaped untyped; None for anything else.

    The last net of the command line: an ``OSError`` or an SQLite error (raw, or wrapped by
    SQLAlchemy in ``orig``) that means a full disk or a read-only folder is never reported as
    an internal error. ``path`` is where the write went (its free room tells an I/O error on a
    full disk apart); SQLCipher's online-backup errors carry no code name, only their text.
    ``what`` defaults to the file the ``OSError`` names, else "the vault".
    """
    if isinstance(exc, OSError):
        if exc.errno not in FULL_ERRNOS | READ_ONLY_ERRNOS:
            return None
        named = Path(str(exc.filename)).name if exc.filename else None
        return storage_error(exc, what or named or _("the vault"), elsewhere=elsewhere)
    orig = getattr(exc, "orig", None) or exc
    if not isinstance(orig, sqlcipher.Error):
        return None
    mapped = database_error(orig, path, what, elsewhere=elsewhere)
    return mapped if isinstance(mapped, StorageError) else None


def read_schema_revision(db_path: Path, data_key: bytes | _KeyPragma) -> str:
    """Prove key and file before anything may write: the schema revision, read without writing.

    Without a ``-wal`` file the connection is read-only and ``immutable`` (no lock, no
    ``-wal``/``-shm`` created), so an unlock that fails here leaves the folder byte-identical.
    With one (the app was killed, or a checkpoint was interrupted by a full disk), saved data may
    still live only in the WAL: an immutable connection would ignore it and see a "malformed"
    file, and a read-only one may not recover it. Then the connection is an ordinary one, so
    SQLite recovers the WAL as it is made to; the key is still its first statement, and a wrong
    key fails before any page could be written. A file that is empty, truncated to nothing,
    from another vault or without a schema version is refused with a typed error.
    """
    wal = db_path.with_name(db_path.name + "-wal")
    has_wal = wal.exists() and wal.stat().st_size > 0
    mode = "mode=rw" if has_wal else "mode=ro&immutable=1"
    uri = f"{db_path.resolve().as_uri()}?{mode}"
    try:
        conn = sqlcipher.connect(uri, uri=True, check_same_thread=False)
    except sqlcipher.Error as exc:
        raise database_error(exc, db_path) from exc
    try:
        key_connection(conn, data_key, db_path)
        try:
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        except sqlcipher.Error as exc:
            if "no such table" not in str(exc):
                raise database_error(exc, db_path) from exc
            row = None
        if not row or not row[0]:
            raise VaultCorrupt(
                _(
                    "The vault database has no schema version (it is empty or "
                    "damaged). Restore a backup; nothing was changed."
                )
            )
        return str(row[0])
    finally:
        conn.close()


def tune_connection(conn: Any) -> None:
    """WAL, full sync, secure delete, foreign keys; temp data in memory, never a clear file."""
    cur = conn.cursor()
    try:
        cur.execute("PRAGMA journal_mode = WAL")
        cur.execute("PRAGMA synchronous = FULL")
        cur.execute("PRAGMA secure_delete = ON")
        cur.execute("PRAGMA foreign_keys = ON")
        cur.execute("PRAGMA temp_store = MEMORY")
        cur.execute("PRAGMA busy_timeout = 5000")
    finally:
        cur.close()


def raw_connect(
    db_path: Path, data_key: bytes | _KeyPragma, *, what: str | None = None, elsewhere: bool = False
) -> Any:
    """A keyed, checked, tuned DB-API connection (used by the engine, backups and checks).

    ``what`` and ``elsewhere`` word a disk error for a file that is not the vault itself (a
    backup's copy: ``what=_("the backup"), elsewhere=True``); see ``database_error``.
    """
    try:
        conn = sqlcipher.connect(str(db_path), check_same_thread=False)
    except sqlcipher.Error as exc:
        raise database_error(exc, db_path, what, elsewhere=elsewhere) from exc
    try:
        key_connection(conn, data_key, db_path)
        try:
            tune_connection(conn)
        except sqlcipher.Error as exc:
            raise database_error(exc, db_path, what, elsewhere=elsewhere) from exc
    except BaseException:
        conn.close()
        raise
    make_private(db_path)
    for suffix in ("-wal", "-shm"):
        make_private(db_path.with_name(db_path.name + suffix))
    return conn


#: The execution option that makes a connection's transaction a write transaction.
WRITE_TRANSACTION: Final = "coach_write_transaction"


def make_engine(db_path: Path, data_key: bytes) -> Engine:
    """An SQLAlchemy engine over the encrypted file (``hide_parameters``: no values in errors)."""
    from sqlalchemy import create_engine, event  # noqa: PLC0415 - see the TYPE_CHECKING import
    from sqlalchemy.pool import QueuePool  # noqa: PLC0415

    pragma = _KeyPragma(data_key)
    creator: Callable[[], Any] = lambda: raw_connect(db_path, pragma)  # noqa: E731
    engine = create_engine(
        f"sqlite:///{db_path}",
        creator=creator,
        module=sqlcipher,
        poolclass=QueuePool,
        pool_size=4,
        max_overflow=4,
        hide_parameters=True,
        json_serializer=json_text,
    )

    # pysqlite's own transaction handling skips BEGIN for SELECTs; emitting it ourselves makes
    # every ORM transaction real (and lets SAVEPOINT work for all-or-nothing imports).
    @event.listens_for(engine, "connect")
    def _no_autobegin(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.isolation_level = None

    # A write transaction (``Vault.write``) takes the write lock as it begins. Begun deferred,
    # it would read a snapshot first and ask for the lock at its first write; if another
    # connection committed in between, SQLite refuses that write at once (SQLITE_BUSY, no
    # waiting can help a stale snapshot): two threads saving at the same time failed half
    # their saves as "the vault is busy". Begun IMMEDIATE, it waits its turn (busy_timeout).
    @event.listens_for(engine, "begin")
    def _begin(conn: Any) -> None:
        immediate = conn.get_execution_options().get(WRITE_TRANSACTION, False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    return engine
