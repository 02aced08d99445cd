"""A backup is one snapshot, checked once, and the file written is the copy checked.

The counts compared with the copy are read in the same read transaction as the copy is made,
so a session saved by the app in the middle of the daily backup cannot make the check fail.
When that snapshot is the database file alone (the log was empty), the file is copied byte
for byte, and a save or a checkpoint meanwhile must not reach the copy; otherwise the backup
API copies the snapshot.
The copy is checked read-only while the archive is written from it; the archive is then read
back and compared with it, and a lock stops both.
"""

from __future__ import annotations

import hashlib
import threading
from pathlib import Path

import pytest

from coach_app.errors import BackupFailed, Cancelled
from coach_app.services import coachees, sessions
from coach_app.vault import backup
from coach_app.vault.backup import (
    check_database,
    create_backup,
    extract_backup,
    verify_backup_file,
)
from coach_app.vault.engine import raw_connect
from coach_app.vault.vault import Vault


def test_a_write_during_the_copy_does_not_fail_the_backup(vault: Vault) -> None:
    coachees.create_coachee(vault, name="Before")
    written: list[str] = []

    def progress(fraction: float) -> None:
        # The copy has just finished its last step: the app saves something right then.
        if fraction >= 0.6 and not written:  # the end of the copy phase
            written.append(coachees.create_coachee(vault, name="During").id)

    made = create_backup(vault, progress=progress)
    assert written, "the write happened during the backup"
    assert verify_backup_file(made, vault.data_key())["coachees"] == 1
    assert len(coachees.list_coachees(vault)) == 2


def test_a_lock_during_the_check_stops_it_and_leaves_nothing(
    vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The check of the written copy is the long tail of a large backup: a lock must not wait
    # for it. Its progress calls are where a lock stops it.
    monkeypatch.setattr(backup, "_CHECK_STEPS", 100)  # a test vault is small
    for n in range(30):
        coachees.create_coachee(vault, name=f"Coachee {n}")
    seen: list[float] = []

    def progress(fraction: float) -> None:
        seen.append(fraction)
        if fraction == 0.8:
            raise Cancelled("locked")

    with pytest.raises(Cancelled):
        create_backup(vault, progress=progress)
    assert 0.8 in seen
    assert list((vault.folder / "backups").iterdir()) == []


def _leftovers(vault: Vault) -> list[str]:
    return sorted(p.name for p in (vault.folder / "backups").iterdir())


def test_an_archive_that_does_not_hold_the_checked_copy_is_refused(
    vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The copy is checked, the archive is written from it: what reaches the disk must be read
    # back and be the same bytes, or the backup does not count.
    coachees.create_coachee(vault, name="Noor")
    real = backup._write_archive

    def damaging(path: Path, header: bytes, db_file: Path, *args: object) -> None:
        real(path, header, db_file, *args)  # type: ignore[arg-type]
        with path.open("r+b") as fh:
            fh.seek(path.stat().st_size // 2)
            byte = fh.read(1)
            fh.seek(-1, 1)
            fh.write(bytes([byte[0] ^ 0xFF]))

    monkeypatch.setattr(backup, "_write_archive", damaging)
    with pytest.raises(BackupFailed, match="does not hold the copy that was checked"):
        create_backup(vault)
    assert _leftovers(vault) == []


def test_the_check_does_not_change_the_copy_it_checks(vault: Vault, tmp_path: Path) -> None:
    # Checked read-only: a connection that tuned the copy (WAL) would change the very bytes
    # that are then archived and compared.
    coachees.create_coachee(vault, name="Noor")
    made = create_backup(vault)
    unpacked = tmp_path / "unpacked"
    unpacked.mkdir()
    _header, db = extract_backup(made, unpacked)
    before = hashlib.sha256(db.read_bytes()).hexdigest()
    assert check_database(db, vault.data_key(), read_only=True)["coachees"] == 1
    assert hashlib.sha256(db.read_bytes()).hexdigest() == before
    assert sorted(p.name for p in unpacked.iterdir()) == [db.name]  # no -wal, no -shm


def test_a_lock_while_the_archive_is_written_stops_the_check(
    vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(backup, "_COMPARE_CHUNK", 4096)  # a test vault is small
    for n in range(30):
        coachees.create_coachee(vault, name=f"Coachee {n}")

    def progress(fraction: float) -> None:
        if fraction == 0.7:
            raise Cancelled("locked")

    with pytest.raises(Cancelled):
        create_backup(vault, progress=progress)
    assert _leftovers(vault) == []
    assert not [t for t in threading.enumerate() if t.name == "backup-check"]


def _notes_in_backup(made: Path, key: bytes, session_id: str, folder: Path) -> str:
    folder.mkdir()
    _header, db = extract_backup(made, folder)
    conn = raw_connect(db, key)
    try:
        (notes,) = conn.execute("SELECT notes FROM sessions WHERE id = ?", (session_id,)).fetchone()
        return str(notes)
    finally:
        conn.close()


def _not_called(what: str) -> object:
    def fail(*_args: object, **_kwargs: object) -> None:
        raise AssertionError(f"this backup was to be made {what}")

    return fail


def test_a_byte_copy_is_the_snapshot_though_a_save_and_a_checkpoint_come_meanwhile(
    vault: Vault, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(backup, "_COPY_CHUNK", 4096)
    monkeypatch.setattr(backup, "_copy_pages", _not_called("by bytes"))
    c = coachees.create_coachee(vault, name="Noor")
    for n in range(40):  # pages enough that the session below sits near the end of the file
        sessions.create_session(vault, c.id, notes=f"Earlier session {n}. " * 200)
    last = sessions.create_session(vault, c.id, notes="As it was when the backup began.")
    checkpoints: list[tuple[int, int]] = []

    def progress(fraction: float) -> None:
        if fraction < 0.6 and not checkpoints:  # while the file is being copied
            sessions.save_session(vault, last.id, notes="Saved while the backup copied.")
            with vault.engine.connect() as conn:
                _busy, frames, in_file = conn.exec_driver_sql(
                    "PRAGMA wal_checkpoint(PASSIVE)"
                ).one()
            checkpoints.append((frames, in_file))

    made = create_backup(vault, progress=progress)
    ((frames, in_file),) = checkpoints
    assert in_file < frames, "the save stays in the log: no checkpoint writes into the file"
    key = vault.data_key()
    notes = _notes_in_backup(made, key, last.id, tmp_path / "unpacked")
    assert notes == "As it was when the backup began."
    assert sessions.get_session(vault, last.id).notes == "Saved while the backup copied."


def test_with_frames_in_the_log_the_backup_api_copies_the_snapshot(
    vault: Vault, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(backup, "_copy_file", _not_called("through the backup API"))
    c = coachees.create_coachee(vault, name="Noor")
    # A reader on an older snapshot keeps what is saved after it in the log: no checkpoint
    # may fold it into the file while that reader lasts.
    reader = raw_connect(vault.db_path, vault.data_key())
    try:
        reader.execute("BEGIN")
        reader.execute("SELECT count(*) FROM sessions").fetchone()
        s = sessions.create_session(vault, c.id, notes="In the log when the backup began.")
        made = create_backup(vault)
    finally:
        reader.close()
    notes = _notes_in_backup(made, vault.data_key(), s.id, tmp_path / "unpacked")
    assert notes == "In the log when the backup began."
    assert verify_backup_file(made, vault.data_key())["sessions"] == 1


def test_a_save_that_began_before_a_backup_is_not_refused_as_busy(vault: Vault) -> None:
    # A save reads (its transaction's snapshot begins), the daily backup starts, then the
    # save writes. A backup that started the log anew (a truncating checkpoint) made that
    # write fail at once as "database is locked", whatever the busy timeout.
    c = coachees.create_coachee(vault, name="Noor")
    s = sessions.create_session(vault, c.id, notes="Typed before the backup.")
    vault.checkpoint()
    with vault.engine.connect() as conn:
        conn.exec_driver_sql("SELECT count(*) FROM sessions").one()
        create_backup(vault)
        conn.exec_driver_sql(
            "UPDATE sessions SET notes = 'Typed during the backup.' WHERE id = ?", (s.id,)
        )
        conn.commit()
    assert sessions.get_session(vault, s.id).notes == "Typed during the backup."
