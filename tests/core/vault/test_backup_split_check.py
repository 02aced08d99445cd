"""docs/security.md 19: the check of a backup's copy, split over two threads, refuses all that one
check refuses.

``quick_check`` (the whole file: every b-tree walked, every page accounted for, the freelist,
the FTS5 index's own check) runs on one thread; ``integrity_check(T)`` for each table with an
index (its indexes against its rows) on whichever thread is free. Each test damages the copy
in a way only one of the two parts sees, right after it is made and before it is checked.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest

from coach_app.errors import BackupFailed, Cancelled
from coach_app.services import coachees, sessions
from coach_app.vault import backup
from coach_app.vault.backup import create_backup
from coach_app.vault.vault import Vault

_REFUSED = "did not pass its integrity check"


def _damage_the_copy(monkeypatch: pytest.MonkeyPatch, *statements: str) -> None:
    """Run ``statements`` on each backup's copy once it is made (the schema writable)."""
    real = backup._copy_database

    def copy_then_damage(source: Path, copy: Path, key: bytes, report: backup.Progress) -> object:
        counts = real(source, copy, key, report)
        conn = backup._keyed_copy(copy, key, "writable_schema = ON")
        try:
            for statement in statements:
                conn.execute(statement)
            conn.commit()
        finally:
            conn.close()
        return counts

    monkeypatch.setattr(backup, "_copy_database", copy_then_damage)


def _some_sessions(vault: Vault) -> None:
    c = coachees.create_coachee(vault, name="Noor")
    for n in range(5):
        sessions.create_session(vault, c.id, notes=f"Session {n}: what we spoke about.")


def _nothing_left(vault: Vault) -> None:
    assert list((vault.folder / "backups").iterdir()) == []
    assert not [t for t in threading.enumerate() if t.name == "backup-check"]


def test_pages_no_table_uses_are_refused(vault: Vault, monkeypatch: pytest.MonkeyPatch) -> None:
    # The index's pages stay in the file, but no schema entry points at them any more: every
    # table and index left is consistent, so no per-table check can see it. Only the walk of
    # the whole file, which accounts for every page, finds pages that nothing uses.
    _some_sessions(vault)
    _damage_the_copy(
        monkeypatch, "DELETE FROM sqlite_schema WHERE name = 'ix_sessions_coachee_started'"
    )
    with pytest.raises(BackupFailed, match=_REFUSED):
        create_backup(vault)
    _nothing_left(vault)


def test_an_index_that_does_not_hold_its_tables_rows_is_refused(
    vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The index now claims to hold other columns than the ones written into it: its pages and
    # its entry count are sound, so the whole-file check passes it; only the per-table check,
    # which looks up every row in every index, sees that the rows are not there.
    _some_sessions(vault)
    _damage_the_copy(
        monkeypatch,
        "UPDATE sqlite_schema SET sql = 'CREATE INDEX ix_sessions_coachee_started"
        " ON sessions (notes, started_at)' WHERE name = 'ix_sessions_coachee_started'",
    )
    with pytest.raises(BackupFailed, match=_REFUSED):
        create_backup(vault)
    _nothing_left(vault)


def test_a_damaged_full_text_index_is_refused(
    vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A block of the search index gone: its table is a sound b-tree with no index of its own,
    # so only FTS5's own check finds it, and that runs within the whole-file check.
    _some_sessions(vault)
    _damage_the_copy(
        monkeypatch,
        "DELETE FROM search_fts_data WHERE id = (SELECT max(id) FROM search_fts_data)",
    )
    with pytest.raises(BackupFailed, match=_REFUSED):
        create_backup(vault)
    _nothing_left(vault)


def test_every_table_with_an_index_is_checked_on_its_own(vault: Vault, tmp_path: Path) -> None:
    _some_sessions(vault)
    made = create_backup(vault)
    _header, db = backup.extract_backup(made, tmp_path)
    checks = set(backup._TableChecks(db, vault.data_key()))
    conn = backup._open_read_only(db, vault.data_key())
    try:
        # A WITHOUT ROWID table is its primary key's index (one with no schema entry).
        indexed = {
            name
            for (name,) in conn.execute(
                "SELECT tbl_name FROM sqlite_schema WHERE type = 'index' UNION"
                " SELECT name FROM sqlite_schema WHERE sql LIKE '%WITHOUT ROWID'"
            )
        }
    finally:
        conn.close()
    assert {"sessions", "search_fts_idx", "search_fts_config"} <= indexed
    assert checks == {f'integrity_check("{name}")' for name in indexed}
    # The FTS5 table's check is the whole one within quick_check: not run twice.
    assert 'integrity_check("search_fts")' not in checks


def test_a_lock_while_tables_are_checked_stops_both_threads(
    vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    # This thread takes per-table checks while the other walks the whole file; a lock then
    # must stop both and leave nothing behind.
    monkeypatch.setattr(backup, "_CHECK_STEPS", 1)  # a test vault is small
    _some_sessions(vault)
    taken_here = threading.Event()
    real_take = backup._TableChecks._take
    real_check = backup.check_database

    def take(self: backup._TableChecks) -> str | None:
        if threading.current_thread() is threading.main_thread():
            taken_here.set()
        return real_take(self)

    def check(*args: Any, **kwargs: Any) -> dict[str, int]:
        # The other thread holds back until this one has a table to check: in so small a
        # vault it would otherwise have checked them all.
        if threading.current_thread() is not threading.main_thread():
            taken_here.wait(10)
        return real_check(*args, **kwargs)

    def progress(fraction: float) -> None:
        if fraction == 0.75 and taken_here.is_set():
            raise Cancelled("locked")

    monkeypatch.setattr(backup._TableChecks, "_take", take)
    monkeypatch.setattr(backup, "check_database", check)
    with pytest.raises(Cancelled):
        create_backup(vault, progress=progress)
    assert taken_here.is_set()
    _nothing_left(vault)
