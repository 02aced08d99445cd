"""Every file and folder a backup or a restore creates is private from the moment it exists.

Under umask 022 a file created without an explicit mode is readable by everyone until something
narrows it; a backup killed in between would leave that copy behind. The test records every path
created through ``os.open``, ``os.mkdir``, ``open`` and SQLite's ``connect`` while a backup or a
restore runs, and looks at its mode right after the call that created it. (SQLite creates a
database's ``-journal``, ``-wal`` and ``-shm`` with the database file's own mode.)
"""

from __future__ import annotations

import builtins
import io
import os
import stat
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import sqlcipher3.dbapi2 as sqlcipher

from coach_app.services import coachees, maintenance
from coach_app.vault.backup import create_backup, verify_backup_file
from coach_app.vault.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE


class Watch:
    """The paths created while it is armed, each with its mode just after creation."""

    def __init__(self) -> None:
        self.created: dict[str, int] = {}

    def note(self, path: object, mode: int) -> None:
        self.created.setdefault(os.fsdecode(path), stat.S_IMODE(mode))  # type: ignore[arg-type]

    def loose(self) -> list[str]:
        return [f"{p} {m:o}" for p, m in self.created.items() if m & 0o077]


def _exists(path: Any, dir_fd: int | None) -> bool:
    try:
        os.stat(path, dir_fd=dir_fd, follow_symlinks=False)
    except OSError:
        return False
    return True


@pytest.fixture
def watch(monkeypatch: pytest.MonkeyPatch) -> Iterator[Watch]:
    """Umask 022 and wrappers on every way the code creates a file or a folder."""
    seen = Watch()
    real_os_open = os.open
    real_mkdir = os.mkdir
    real_open = builtins.open
    real_connect = sqlcipher.connect

    def os_open(path: Any, flags: int, mode: int = 0o777, *, dir_fd: int | None = None) -> int:
        new = bool(flags & os.O_CREAT) and not _exists(path, dir_fd)
        fd = real_os_open(path, flags, mode, dir_fd=dir_fd)
        if new:
            seen.note(path, os.fstat(fd).st_mode)
        return fd

    def mkdir(path: Any, mode: int = 0o777, *, dir_fd: int | None = None) -> None:
        new = not _exists(path, dir_fd)
        real_mkdir(path, mode, dir_fd=dir_fd)
        if new:
            seen.note(path, os.stat(path, dir_fd=dir_fd).st_mode)

    def open_(file: Any, mode: str = "r", *args: Any, **kwargs: Any) -> Any:
        new = isinstance(file, (str, bytes, os.PathLike)) and not os.path.lexists(file)
        fh = real_open(file, mode, *args, **kwargs)
        if new and os.path.exists(file):
            seen.note(file, os.fstat(fh.fileno()).st_mode)
        return fh

    def connect(database: Any, *args: Any, **kwargs: Any) -> Any:
        new = not os.path.lexists(database)
        conn = real_connect(database, *args, **kwargs)
        if new and os.path.exists(database):
            seen.note(database, os.stat(database).st_mode)
        return conn

    old_umask = os.umask(0o022)
    try:
        monkeypatch.setattr(os, "open", os_open)
        monkeypatch.setattr(os, "mkdir", mkdir)
        monkeypatch.setattr(builtins, "open", open_)
        monkeypatch.setattr(io, "open", open_)
        monkeypatch.setattr(sqlcipher, "connect", connect)
        yield seen
    finally:
        monkeypatch.undo()
        os.umask(old_umask)


def _vault(folder: Path) -> Vault:
    vault, _ = Vault.create(folder, PASSPHRASE, FAST_KDF)
    coachees.create_coachee(vault, name="Ingrid Sørensen")
    return vault


def _armed(watch: Watch, run: Callable[[], object]) -> None:
    watch.created.clear()
    run()
    assert watch.created, "nothing was recorded: the wrappers are not in the path"
    assert watch.loose() == []


def test_a_backup_creates_nothing_others_could_read(watch: Watch, tmp_path: Path) -> None:
    vault = _vault(tmp_path / "vault")
    try:
        _armed(watch, lambda: create_backup(vault))
        # The database copy itself was seen being created (not only the folders around it).
        assert any(Path(p).name == "vault.db" and ".backup-" in p for p in watch.created)
        outside = tmp_path / "stick"
        outside.mkdir()
        _armed(watch, lambda: create_backup(vault, outside / "copy.ccbackup"))
        key = vault.data_key()
        _armed(watch, lambda: verify_backup_file(outside / "copy.ccbackup", key))
    finally:
        vault.close()


def test_restores_create_nothing_others_could_read(watch: Watch, tmp_path: Path) -> None:
    vault = _vault(tmp_path / "vault")
    backup = create_backup(vault, tmp_path / "vault.ccbackup")
    folder = vault.folder
    vault.close()

    # Over a vault: staging folder, safety backup, switch journal.
    _armed(watch, lambda: maintenance.restore(folder, backup, PASSPHRASE))
    assert any(".restore-" in p for p in watch.created)
    # Into a new folder.
    _armed(watch, lambda: maintenance.restore(tmp_path / "new", backup, PASSPHRASE))
    # Over a header whose database is gone: the old header is kept beside the backups.
    (folder / "vault.db").unlink()
    _armed(watch, lambda: maintenance.restore(folder, backup, PASSPHRASE))
    assert any("vault.json.before-restore-" in p for p in watch.created)
