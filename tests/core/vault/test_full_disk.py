"""A really full disk (a size-limited tmpfs) under the vault: nothing acknowledged is lost.

``vault.db`` and its WAL share one small file system. It fills up during a checkpoint, while
locking, or before opening; each time the vault must open again once room is freed, with every
save that returned, and the coach is told "the disk is full", never "the vault is damaged".
The writes-until-full scenario, where a service is the subject, is in
tests/core/services/test_sessions_full_disk.py.
"""

from __future__ import annotations

import errno
import random
from pathlib import Path

import pytest
import sqlcipher3.dbapi2 as sqlcipher

from coach_app.errors import StorageError, VaultCorrupt
from coach_app.services import coachees, sessions
from coach_app.vault import engine
from coach_app.vault.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.core.conftest import FillDisk

KB = 1024


def note(i: int, size: int = 50 * KB) -> str:
    """About ``size`` characters of words that differ for every ``i`` (a torn page shows)."""
    rng = random.Random(i)
    words = [rng.randbytes(6).hex() for _ in range(size // 13)]
    return f"note{i} " + " ".join(words) + f" end{i}"


def new_vault(folder: Path) -> tuple[Vault, str]:
    """A vault in ``folder`` with one coachee; returns it open and the coachee's id."""
    vault, _recovery = Vault.create(folder, PASSPHRASE, FAST_KDF)
    return vault, coachees.create_coachee(vault, name="Femke").id


def assert_disk_full_message(error: BaseException) -> None:
    """A plain "the disk is full" line: no SQL, no "damaged", no "restore a backup"."""
    assert isinstance(error, StorageError), repr(error)
    message = error.message
    assert "disk is full" in message, message
    assert "Free some space" in message, message
    assert "Nothing that was saved before is lost" in message, message
    for alarming in ("damaged", "restore", "Restore", "SQL", "sqlite", "malformed"):
        assert alarming not in message, message


def assert_all_there(folder: Path, coachee_id: str, expected: dict[str, str]) -> None:
    """Unlock normally: healthy, and exactly the acknowledged sessions with their text."""
    opened = Vault.unlock(folder, PASSPHRASE)
    try:
        assert opened.integrity_problems() == []
        stored = {s.id for s in sessions.list_sessions(opened, coachee_id)}
        assert stored == set(expected), "an acknowledged save is missing, or a failed one is there"
        for sid, text in expected.items():
            assert sessions.get_session(opened, sid).notes == text
    finally:
        opened.close()


def write_notes(vault: Vault, coachee_id: str, count: int) -> dict[str, str]:
    """``count`` acknowledged sessions: id -> notes."""
    saved: dict[str, str] = {}
    for i in range(count):
        text = note(i)
        saved[sessions.create_session(vault, coachee_id, notes=text).id] = text
    return saved


def wal_size(folder: Path) -> int:
    wal = folder / "vault.db-wal"
    return wal.stat().st_size if wal.exists() else 0


@pytest.mark.parametrize("leave_kb", [0, 200], ids=["no-room", "some-room"])
def test_a_checkpoint_interrupted_by_a_full_disk_loses_nothing(
    small_fs: Path, fill_disk: FillDisk, leave_kb: int
) -> None:
    folder = small_fs / "vault"
    vault, coachee_id = new_vault(folder)
    try:
        saved = write_notes(vault, coachee_id, 4)
        assert wal_size(folder) > 500 * KB, "the notes must still sit in the WAL"
        ballast = fill_disk(small_fs, leave_bytes=leave_kb * KB)
        # Folding ~1 MB of WAL into vault.db needs the file to grow: it stops part-way.
        with pytest.raises(StorageError) as failed:
            vault.checkpoint()
        assert_disk_full_message(failed.value)
        assert wal_size(folder) > 500 * KB, "the WAL must keep what the checkpoint did not fold"
    finally:
        vault.close()  # locking on a full disk must not raise either
    ballast.unlink()
    assert_all_there(folder, coachee_id, saved)


def test_locking_on_a_full_disk_keeps_the_wal_and_loses_nothing(
    small_fs: Path, fill_disk: FillDisk
) -> None:
    folder = small_fs / "vault"
    vault, coachee_id = new_vault(folder)
    saved = write_notes(vault, coachee_id, 4)
    ballast = fill_disk(small_fs)
    vault.close()  # its checkpoint fails on the full disk; the lock must still be let go
    assert not vault.is_open
    assert wal_size(folder) > 500 * KB, "what the checkpoint could not fold stays in the WAL"
    # Still full: the vault opens (the WAL index is there) and reads everything back.
    reopened = Vault.unlock(folder, PASSPHRASE)
    try:
        assert {s.id for s in sessions.list_sessions(reopened, coachee_id)} == set(saved)
    finally:
        reopened.close()
    ballast.unlink()
    assert_all_there(folder, coachee_id, saved)
    assert wal_size(folder) == 0, "with room again, locking folds the WAL in"


def test_opening_on_a_full_disk_says_so_and_opens_once_there_is_room(
    small_fs: Path, fill_disk: FillDisk
) -> None:
    folder = small_fs / "vault"
    vault, coachee_id = new_vault(folder)
    saved = write_notes(vault, coachee_id, 3)
    vault.close()
    assert wal_size(folder) == 0
    ballast = fill_disk(small_fs)
    # Opening a WAL database creates its WAL index (-shm), which needs room that is not there.
    for _attempt in range(2):  # a failed attempt lets go of the lock: the second says the same
        with pytest.raises(StorageError) as failed:
            Vault.unlock(folder, PASSPHRASE)
        assert_disk_full_message(failed.value)
        assert not isinstance(failed.value, VaultCorrupt)
    ballast.unlink()
    assert_all_there(folder, coachee_id, saved)


def test_an_io_error_on_a_full_disk_is_a_full_disk_and_never_damage(
    small_fs: Path, fill_disk: FillDisk
) -> None:
    """SQLite reports a WAL index it cannot grow as SQLITE_IOERR: the path tells it is full."""

    class IoError(Exception):
        sqlite_errorname = "SQLITE_IOERR"

        def __str__(self) -> str:
            return "disk I/O error"

    db = small_fs / "vault.db"
    db.write_bytes(b"")
    # With room left an I/O error is not called "full" (the disk may be failing); with none,
    # it is; and without a path it is still disk trouble, never damage.
    roomy = engine.database_error(IoError(), db)
    assert isinstance(roomy, StorageError)
    assert "disk is full" not in roomy.message
    fill_disk(small_fs)
    assert_disk_full_message(engine.database_error(IoError(), db))
    assert isinstance(engine.database_error(IoError()), StorageError)


def test_disk_trouble_that_escaped_untyped_is_still_one_plain_line(tmp_path: Path) -> None:
    """The command line's last net: a full or read-only disk, never an internal error."""
    named = OSError(errno.ENOSPC, "No space left on device", str(tmp_path / "hours.csv"))
    full = engine.untyped_storage_error(named, None, None, elsewhere=True)
    assert full is not None
    assert full.message.startswith("Could not write hours.csv: the disk is full")
    assert "choose another folder" in full.message
    read_only = engine.untyped_storage_error(OSError(errno.EROFS, "Read-only"), None, "the report")
    assert read_only is not None
    assert "Could not write the report: the folder is read-only" in read_only.message
    # SQLCipher's online backup raises without a code name: its text is enough.
    raw = sqlcipher.OperationalError("database or disk is full")
    backup = engine.untyped_storage_error(raw, None, "the backup", elsewhere=True)
    assert backup is not None
    assert backup.message.startswith("Could not write the backup: the disk is full")
    # Anything else stays a bug for the log: no disguise as disk trouble, no "damaged" advice.
    assert engine.untyped_storage_error(OSError(errno.ENOENT, "gone"), None, None) is None
    assert engine.untyped_storage_error(RuntimeError("bug"), None, None) is None
    malformed = sqlcipher.DatabaseError("database disk image is malformed")
    assert engine.untyped_storage_error(malformed, None, None) is None
