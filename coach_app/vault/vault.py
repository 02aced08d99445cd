"""The vault: a folder with an encrypted database and the key header that opens it.

Startup order of ``Vault.unlock``: read the header (never create one), derive and unwrap the
data key, take the process lock, prove key and schema before anything may write (on an
immutable connection only while no ``-wal`` exists: a left-over log must be read, never
ignored), open the engine (every connection checked to be SQLCipher with
that key), then bring the schema up to date, taking and verifying a backup first if it is behind.
Any failure leaves the vault's own files byte-identical, releases the lock and raises a typed
error (``database_error`` tells a wrong key, a damaged file and a disk that refuses writes
apart). The one thing an open may change first is debris: it settles a restore switch a killed
process left and removes dead temporary folders (``leftovers.clean_leftovers``), only when it
can take the vault's lock.
"""

from __future__ import annotations

import contextlib
import logging
import os
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import Engine, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from coach_app import passphrase_rules
from coach_app.errors import (
    CoachAppError,
    StorageError,
    VaultCorrupt,
    VaultExists,
    VaultLocked,
    WrongPassphrase,
)
from coach_app.i18n import _
from coach_app.models import search_index
from coach_app.vault import change_log, keys, rekey
from coach_app.vault.backup import COUNTED_TABLES
from coach_app.vault.engine import (
    DB_NAME,
    WRITE_TRANSACTION,
    database_error,
    make_engine,
    raw_connect,
    read_schema_revision,
)
from coach_app.vault.files import ensure_private_dir, make_private, storage_error
from coach_app.vault.header import (
    HEADER_NAME,
    KeyHeader,
    header_bytes,
    new_header,
    read_header,
    write_header,
)
from coach_app.vault.leftovers import clean_leftovers
from coach_app.vault.lock import LOCK_NAME, ProcessLock
from coach_app.vault.raw import HEAD_REVISION

if TYPE_CHECKING:
    from alembic.config import Config

log = logging.getLogger(__name__)

# The newest schema revision is pinned in vault/raw.py (which must not import SQLAlchemy), so
# that opening a current vault never imports Alembic nor reads its scripts.
# tests/core/vault/test_migrations.py fails when a new script is added without it.

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
BACKUP_DIR = "backups"
#: Told that an unlock found the schema behind and now backs up and upgrades (or None).
UpgradeNotice = Callable[[], None] | None
#: The share of free pages from which an upgraded vault is rewritten without them. 0003 frees
#: 9% of the 100k bench vault, and would free a fifth of the 524 MB vault issue 13 measured
#: (its notes were longer). Below this share, writing the whole file anew (in memory: as much
#: again as the file, once) is not worth what it gives back.
RECLAIM_SHARE = 0.05


def alembic_config(connection: object | None = None) -> Config:
    """An in-memory Alembic config pointing at our migrations."""
    from alembic.config import Config  # noqa: PLC0415 - Alembic loads only to migrate

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


def head_revision() -> str:
    """The newest schema revision this version of the app knows (pinned, see HEAD_REVISION)."""
    return HEAD_REVISION


def script_head_revision() -> str:
    """The newest revision among the migration scripts (reads them; tests compare the two)."""
    from alembic.script import ScriptDirectory  # noqa: PLC0415

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def _stored_revision(engine: Engine) -> str | None:
    """The schema revision recorded in the database, None for a database without one."""
    with engine.connect() as conn:
        has_table = conn.execute(
            text("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'")
        ).first()
        if has_table is None:
            return None
        row = conn.execute(text("SELECT version_num FROM alembic_version")).first()
        return str(row[0]) if row is not None else None


def vault_exists(folder: Path) -> bool:
    """Whether ``folder`` holds a vault (a key header)."""
    return (folder / HEADER_NAME).exists()


class Vault:
    """An unlocked vault. ``session()`` hands out short ORM sessions; ``close()`` locks it."""

    def __init__(self, folder: Path, header: KeyHeader, data_key: bytes, lock: ProcessLock):
        self.folder = folder
        self.header = header
        self._key: bytearray | None = bytearray(data_key)
        self._lock = lock
        self._engine: Engine | None = None
        self._sessions: sessionmaker[Session] | None = None
        self.must_change_passphrase = False

    def __repr__(self) -> str:
        state = "open" if self.is_open else "locked"
        return f"<Vault {self.header.vault_id} {state}>"

    # ---- creating and unlocking -------------------------------------------------------------

    @classmethod
    def create(
        cls, folder: Path, passphrase: str, kdf: keys.KdfParams | None = None
    ) -> tuple[Vault, str]:
        """Create a vault in an empty (or missing) folder; returns it and the recovery key.

        The recovery key is returned once and never stored; the caller shows it to the coach.
        """
        folder = Path(folder)
        if vault_exists(folder) or (folder / DB_NAME).exists():
            raise VaultExists(
                _(
                    "There is already a vault in {folder}. Unlock it, or choose an empty folder."
                ).format(
                    folder=folder,
                )
            )
        check_passphrase_strength(passphrase)
        try:
            ensure_private_dir(folder)
        except OSError as exc:
            raise storage_error(exc, _("the folder {folder}").format(folder=folder)) from exc
        lock = ProcessLock(folder)
        lock.acquire()
        vault: Vault | None = None
        try:
            data_key = keys.new_data_key()
            recovery = keys.new_recovery_key()
            header = new_header(data_key, passphrase, recovery, kdf or keys.calibrate())
            vault = cls(folder, header, data_key, lock)
            # The database first, then the header: a crash in between leaves no header, and a
            # folder without a header is "no vault here" rather than a vault nobody can open.
            vault._open_engine()
            vault._migrate(fresh=True)
            # The schema goes into vault.db itself before the header makes this folder a vault,
            # so the file an unlock checks first is never an empty shell with its tables in -wal.
            vault.checkpoint()
            ensure_private_dir(folder / BACKUP_DIR)
            # Last step: from here on the folder is a vault and the caller must show the key.
            write_header(folder, header)
        except BaseException as exc:
            _abandon_creation(folder, vault, lock)
            if isinstance(exc, DBAPIError) and exc.orig is not None:
                raise database_error(exc.orig) from exc
            if isinstance(exc, OSError):
                raise storage_error(
                    exc, _("the new vault in {folder}").format(folder=folder)
                ) from exc
            raise
        return vault, recovery

    @classmethod
    def unlock(cls, folder: Path, passphrase: str, *, on_upgrade: UpgradeNotice = None) -> Vault:
        """Unlock with the passphrase.

        ``on_upgrade`` is called (on this thread) once the key is proven and the schema is
        found behind, before the backup and the upgrade begin: they can take a minute.
        """
        folder = Path(folder)
        header = read_header(folder)
        data_key = header.unlock_with_passphrase(passphrase)
        return cls._open(folder, header, data_key, source="passphrase", on_upgrade=on_upgrade)

    @classmethod
    def unlock_with_recovery_key(
        cls, folder: Path, recovery_key: str, *, on_upgrade: UpgradeNotice = None
    ) -> Vault:
        """Unlock with the recovery key; the caller must then set a new passphrase."""
        folder = Path(folder)
        header = read_header(folder)
        data_key = header.unlock_with_recovery(recovery_key)
        vault = cls._open(folder, header, data_key, source="recovery key", on_upgrade=on_upgrade)
        vault.must_change_passphrase = True
        return vault

    @classmethod
    def unlock_with_data_key(
        cls, folder: Path, data_key: bytes, *, on_upgrade: UpgradeNotice = None
    ) -> Vault:
        """Unlock with a data key remembered in the OS keyring."""
        folder = Path(folder)
        header = read_header(folder)
        if len(data_key) != keys.DATA_KEY_BYTES:
            raise WrongPassphrase(
                _(
                    "The key remembered on this computer is not a vault key. Unlock "
                    "with your passphrase (and choose 'forget on this computer' to "
                    "clear it)."
                )
            )
        return cls._open(folder, header, data_key, source="remembered key", on_upgrade=on_upgrade)

    @classmethod
    def _open(
        cls,
        folder: Path,
        header: KeyHeader,
        data_key: bytes,
        source: str,
        on_upgrade: UpgradeNotice,
    ) -> Vault:
        clean_leftovers(folder)  # first: a restore killed mid-switch is settled before any check
        db_path = folder / DB_NAME
        if not db_path.exists():
            raise VaultCorrupt(
                _(
                    "The vault database ({DB_NAME}) is missing from {folder}. Restore"
                    " a backup; nothing was changed."
                ).format(
                    DB_NAME=DB_NAME,
                    folder=folder,
                )
            )
        lock = ProcessLock(folder)
        lock.acquire()
        vault = cls(folder, header, data_key, lock)
        try:
            # Key and schema proven before any connection may write (immutable only without a
            # -wal: see engine.read_schema_revision).
            read_schema_revision(db_path, data_key)
            vault._open_engine()
            vault._migrate(fresh=False, on_upgrade=on_upgrade)
        except BaseException as exc:
            vault.close()
            if isinstance(exc, WrongPassphrase) and source != "remembered key":
                raise VaultCorrupt(
                    _(
                        "The key header opened, but the database does not: it is "
                        "damaged or from another vault. Restore a backup; nothing was"
                        " changed."
                    )
                ) from exc
            if isinstance(exc, DBAPIError) and exc.orig is not None:
                raise database_error(exc.orig) from exc
            raise
        # A folder copied or restored with lax permissions is made private again, once it has
        # proved to be this vault (a failed unlock leaves even the modes as they were).
        for path in (folder, folder / BACKUP_DIR, db_path, folder / HEADER_NAME):
            make_private(path)
        return vault

    def _open_engine(self) -> None:
        self._engine = make_engine(self.folder / DB_NAME, bytes(self._require_key()))
        self._sessions = sessionmaker(bind=self._engine, expire_on_commit=False)
        # Both listeners watch this vault's sessions only, never every Session in the process.
        change_log.attach(self._sessions)
        search_index.attach(self._sessions)

    def _migrate(self, fresh: bool, on_upgrade: UpgradeNotice = None) -> None:
        engine = self.engine
        current = _stored_revision(engine)
        head = head_revision()
        if current == head:
            return
        from alembic import command  # noqa: PLC0415 - only a vault that is behind pays for it
        from alembic.script import ScriptDirectory  # noqa: PLC0415

        rewrites_rows = False
        if not fresh:
            if current is None:
                raise VaultCorrupt(_("The vault database has no schema version; restore a backup."))
            scripts = ScriptDirectory.from_config(alembic_config())
            known = {s.revision for s in scripts.walk_revisions()}
            if current not in known:
                raise VaultCorrupt(
                    _(
                        "This vault was written by a newer Coach Companion. Update "
                        "the app to open it."
                    )
                )
            from coach_app.vault.backup import create_backup  # noqa: PLC0415 - avoids a cycle

            if on_upgrade is not None:
                on_upgrade()

            path = create_backup(self, label=f"before-upgrade-{current}")
            log.info("schema %s -> %s; verified backup %s", current, head, path.name)
            # The revisions this upgrade runs (``current`` itself excluded).
            rewrites_rows = any(
                getattr(script.module, "REWRITES_ROWS", False)
                for script in scripts.iterate_revisions(head, current)
            )
        with engine.begin() as conn:
            command.upgrade(alembic_config(conn), "head")
        self._give_back_freed_pages(rows_rewritten=rewrites_rows)

    def _give_back_freed_pages(self, *, rows_rewritten: bool = False) -> None:
        """After an upgrade, rewrite the file without the pages it freed, if they are many.

        ``rows_rewritten``: a revision that ran made many rows shorter (its ``REWRITES_ROWS``,
        0009's packing). A row made shorter stays on its page, so the pages are left part-filled
        rather than freed and the free share says nothing: the file is written anew anyway.

        SQLite keeps freed pages inside the file for later writes, so an upgrade that drops a
        copy of the text (0003 drops the search index's own copy; see ``RECLAIM_SHARE``) would
        leave the file as large as before. ``VACUUM`` writes it anew, all or nothing (through
        the WAL, which is then truncated, so no earlier page stays in it), with its scratch
        copy in memory (``temp_store``), never in a clear-text file; idle pooled connections
        hold no lock and do not stand in its way. It needs room on disk for a second copy:
        when it fails, the vault is exactly as the upgrade left it, and only keeps its size.
        """
        with self.engine.connect() as conn:
            pages = conn.exec_driver_sql("PRAGMA page_count").scalar_one()
            free = conn.exec_driver_sql("PRAGMA freelist_count").scalar_one()
        if not pages or (free / pages < RECLAIM_SHARE and not rows_rewritten):
            return
        conn = raw_connect(self.db_path, bytes(self._require_key()))
        try:
            conn.execute("VACUUM")
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        except sqlcipher.Error as exc:
            log.warning(
                "the upgraded vault keeps its freed pages (%s)",
                getattr(exc, "sqlite_errorname", type(exc).__name__),
            )
        else:
            log.info("upgrade: %d of %d pages were free and are given back", free, pages)
        finally:
            conn.close()

    # ---- using ------------------------------------------------------------------------------

    @property
    def is_open(self) -> bool:
        """False once locked."""
        return self._engine is not None

    @property
    def engine(self) -> Engine:
        """The engine; ``VaultLocked`` after ``close()``."""
        if self._engine is None:
            raise VaultLocked(_("The vault is locked. Unlock it to go on."))
        return self._engine

    @property
    def vault_id(self) -> str:
        """The vault's id (also the keyring entry name)."""
        return self.header.vault_id

    @property
    def db_path(self) -> Path:
        """Path of ``vault.db``."""
        return self.folder / DB_NAME

    def data_key(self) -> bytes:
        """The data key (for the keyring cache and backups); never log it."""
        return bytes(self._require_key())

    def _require_key(self) -> bytearray:
        if self._key is None:
            raise VaultLocked(_("The vault is locked. Unlock it to go on."))
        return self._key

    def session(self) -> Session:
        """A new ORM session; use as ``with vault.session() as s, s.begin(): ...``."""
        if self._sessions is None:
            raise VaultLocked(_("The vault is locked. Unlock it to go on."))
        return self._sessions()

    @contextlib.contextmanager
    def write(self) -> Iterator[Session]:
        """A session in a transaction that commits on success; disk errors become StorageError."""
        with self.session() as s:
            try:
                with s.begin():
                    # Begun IMMEDIATE (engine.WRITE_TRANSACTION): it waits for another writer
                    # instead of failing when that one commits first.
                    s.connection(execution_options={WRITE_TRANSACTION: True})
                    yield s
            except DBAPIError as exc:
                mapped = _write_error(exc)
                if mapped is None:
                    raise
                raise mapped from exc

    def checkpoint(self) -> None:
        """Fold the WAL into the database file (before copying or scanning files).

        Raises:
            StorageError: the disk is full or refuses the write. Nothing is lost: SQLite
                leaves the WAL as it was, and the next open (or checkpoint) folds it in.
        """
        try:
            with self.engine.connect() as conn:
                conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        except DBAPIError as exc:
            mapped = _write_error(exc, self.db_path)
            if mapped is None:
                raise
            raise mapped from exc

    def integrity_problems(self) -> list[str]:
        """``integrity_check`` and ``cipher_integrity_check`` findings; empty means healthy.

        A check that cannot even run (a page too damaged to read) is itself a finding: this is
        the function that must still answer when the file is hurt.
        """
        problems: list[str] = []
        for label, pragma in (
            ("cipher", "PRAGMA cipher_integrity_check"),
            ("integrity", "PRAGMA integrity_check"),
        ):
            try:
                with self.engine.connect() as conn:
                    rows = [str(r[0]) for r in conn.exec_driver_sql(pragma).fetchall()]
            except DBAPIError as exc:
                problems.append(f"{label}: {exc.orig if exc.orig is not None else exc}")
                continue
            if label == "integrity" and rows == ["ok"]:
                continue
            problems.extend(f"{label}: {r}" for r in rows)
        return problems

    def counts(self) -> dict[str, int]:
        """Row counts per table (backup verification compares them)."""
        with self.engine.connect() as conn:
            return {
                t: conn.execute(text(f"SELECT count(*) FROM {t}")).scalar_one()  # noqa: S608
                for t in COUNTED_TABLES
            }

    # ---- passphrase -------------------------------------------------------------------------

    def change_passphrase(self, new_passphrase: str, kdf: keys.KdfParams | None = None) -> None:
        """Re-wrap the data key under a new passphrase; the database is not touched."""
        check_passphrase_strength(new_passphrase)
        header = self.header.rewrapped(
            bytes(self._require_key()), new_passphrase, kdf or self.header.kdf
        )
        write_header(self.folder, header)
        self.header = header
        self.must_change_passphrase = False

    def re_encrypt(
        self,
        new_passphrase: str,
        kdf: keys.KdfParams | None = None,
        progress: rekey.Progress | None = None,
    ) -> str:
        """Rewrite the database under a new data key and passphrase; returns the new recovery key.

        For a passphrase that may have leaked: the old passphrase, the old recovery key and the
        old data key open nothing written from now on (backups made before keep the old key).
        Crash-safe (``vault/rekey.py``). Meanwhile the database is closed: ``session()`` raises
        ``VaultLocked``. A failure before the switch leaves the vault open as it was; one after
        it locks the vault, and the next unlock (new passphrase) finishes the switch.
        """
        check_passphrase_strength(new_passphrase)
        report = progress or (lambda _fraction: None)
        new_key, recovery = keys.new_data_key(), keys.new_recovery_key()
        header = self.header.rekeyed(new_key, new_passphrase, recovery, kdf or self.header.kdf)
        report(0.05)
        old_key = self._require_key()
        with contextlib.suppress(DBAPIError, CoachAppError):
            self.checkpoint()
        self.engine.dispose()
        self._engine, self._sessions = None, None
        try:
            rekey.re_encrypt(self.folder, bytes(old_key), new_key, header_bytes(header), report)
        except BaseException as exc:
            if not rekey.committed(self.folder):
                self._open_engine()
                raise
            self.close()
            if not isinstance(exc, CoachAppError):
                raise
            raise StorageError(
                _(
                    "The vault was re-encrypted, but its last step could not be written: {why} "
                    "Unlock with the new passphrase to finish it, then change the passphrase "
                    "again with a new key to get a new recovery key."
                ).format(why=exc.message)
            ) from exc
        for i in range(len(old_key)):
            old_key[i] = 0
        self._key, self.header = bytearray(new_key), header
        self.must_change_passphrase = False
        self._open_engine()
        return recovery

    # ---- locking ----------------------------------------------------------------------------

    def close(self) -> None:
        """Lock: dispose the engine (checkpointing the WAL), forget the key, release the lock."""
        if self._engine is not None:
            # A checkpoint that cannot run (disk full, read-only) leaves the data safe in -wal;
            # locking must still dispose the engine, forget the key and release the lock.
            with contextlib.suppress(DBAPIError, CoachAppError):
                self.checkpoint()
            self._engine.dispose()
        self._engine = None
        self._sessions = None
        if self._key is not None:
            # Best effort: Python may hold other copies, but this one is gone.
            for i in range(len(self._key)):
                self._key[i] = 0
            self._key = None
        self._lock.release()
        for name in (DB_NAME, HEADER_NAME, LOCK_NAME):
            make_private(self.folder / name)

    def __enter__(self) -> Vault:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


# The rule itself lives in the neutral passphrase_rules module so that the strength meter
# (services) and this refusal use one threshold; re-exported here for services.access.
MIN_PASSPHRASE_CHARS = passphrase_rules.MIN_PASSPHRASE_CHARS


def check_passphrase_strength(passphrase: str, user_inputs: Iterable[str] = ()) -> None:
    """Refuse a passphrase that is too short or too easy to guess, with a message saying why.

    The one gate for a new vault and a passphrase change, whichever front end asks:
    ``passphrase_rules.MIN_SCORE`` or better on zxcvbn's scale, so well-known passwords such as
    ``Password123!`` are refused however long they are.
    """
    from coach_app.errors import ValidationError  # noqa: PLC0415

    rating = passphrase_rules.rate(passphrase, user_inputs)
    if rating.too_short:
        raise ValidationError(
            _(
                "Choose a passphrase of at least {MIN_PASSPHRASE_CHARS} characters; a"
                " few unusual words in a row are easy to remember and hard to guess."
            ).format(
                MIN_PASSPHRASE_CHARS=MIN_PASSPHRASE_CHARS,
            )
        )
    if not rating.strong_enough:
        raise ValidationError(
            _(
                "This passphrase is too easy to guess. Choose a few unusual words in a row"
                " (four words that have nothing to do with each other work well) and leave"
                " out well-known passwords, names and years."
            )
        )


def _abandon_creation(folder: Path, vault: Vault | None, lock: ProcessLock) -> None:
    """Undo a creation that failed before its header was written (still holding the lock).

    Without a header nobody can ever open that database (its key is gone), and leaving it would
    make the next attempt say "there is already a vault here".
    """
    if vault is not None and vault._engine is not None:
        vault._engine.dispose()
        vault._engine = None
    if not vault_exists(folder):
        for name in (DB_NAME, DB_NAME + "-wal", DB_NAME + "-shm"):
            with contextlib.suppress(OSError):
                (folder / name).unlink(missing_ok=True)
    if vault is not None:
        vault.close()
    else:
        lock.release()


def _write_error(exc: DBAPIError, db_path: Path | None = None) -> CoachAppError | None:
    """The typed error for a failed write, or None when it is a bug (let the excepthook have it).

    Disk full (``SQLITE_FULL``, or an I/O error on a file system with no room left when
    ``db_path`` is known), read-only or failing storage becomes ``StorageError`` and never
    ``VaultCorrupt``: SQLite recovers from all of them once there is room again. Only
    ``SQLITE_CORRUPT`` becomes ``VaultCorrupt``. A constraint or SQL error is a programming
    error and stays as it is.
    """
    if exc.orig is None:
        return None
    mapped = database_error(exc.orig, db_path)
    if isinstance(mapped, StorageError):
        return mapped
    if str(getattr(exc.orig, "sqlite_errorname", "")).startswith("SQLITE_CORRUPT"):
        return mapped
    return None


def file_modes_ok(folder: Path) -> list[str]:
    """Files in the vault folder that are readable by others (should be none)."""
    bad: list[str] = []
    if os.name != "posix":
        return bad
    if folder.stat().st_mode & 0o077:
        bad.append(str(folder))
    for path in folder.rglob("*"):
        if path.stat().st_mode & 0o077:
            bad.append(str(path))
    return bad
