"""coach_app.fs_platform: the POSIX calls, and the Windows branch taken on Linux by simulation.

The Windows simulation: ``sys.platform`` says ``win32``, ``os.fchmod`` is gone (as on Windows
with Python 3.11/3.12), ``os.chmod`` may not be called (it would only flip the read-only flag),
``fcntl`` cannot be imported, and a fake ``msvcrt`` keeps byte locks per file the way Windows
does: a second handle on a locked file is refused until the first unlocks or closes.
"""

from __future__ import annotations

import os
import stat
import sys
import types
from pathlib import Path

import pytest

from coach_app import fs_platform, logfile
from coach_app.errors import VaultInUse
from coach_app.vault import leftovers
from coach_app.vault.files import atomic_write_bytes, ensure_private_dir, make_private
from coach_app.vault.lock import ProcessLock


class FakeMsvcrt(types.ModuleType):
    """``msvcrt.locking`` with Windows' semantics, keyed by file (device, inode)."""

    LK_NBLCK = 2
    LK_UNLCK = 0

    def __init__(self) -> None:
        super().__init__("msvcrt")
        self.held: dict[tuple[int, int], int] = {}  # file -> fd holding it
        self.calls: list[tuple[int, int]] = []

    def locking(self, fd: int, mode: int, nbytes: int) -> None:
        assert nbytes == 1
        assert os.lseek(fd, 0, os.SEEK_CUR) == 0  # the first byte, every time
        info = os.fstat(fd)
        key = (info.st_dev, info.st_ino)
        self.calls.append((fd, mode))
        if mode == self.LK_NBLCK:
            holder = self.held.get(key)
            # A closed handle drops its lock; its number may be reused by the next open.
            if holder is not None and holder != fd and _holds(holder, key):
                raise PermissionError(13, "Permission denied")
            self.held[key] = fd
        elif mode == self.LK_UNLCK:
            self.held.pop(key, None)


def _holds(fd: int, key: tuple[int, int]) -> bool:
    try:
        info = os.fstat(fd)
    except OSError:
        return False
    return (info.st_dev, info.st_ino) == key


@pytest.fixture
def windows(monkeypatch: pytest.MonkeyPatch) -> FakeMsvcrt:
    """Take every Windows branch: no fchmod, no chmod, no fcntl, a fake msvcrt."""
    fake = FakeMsvcrt()
    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.delattr(os, "fchmod")

    def no_chmod(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("os.chmod on Windows only flips the read-only flag")

    monkeypatch.setattr(os, "chmod", no_chmod)
    monkeypatch.setitem(sys.modules, "fcntl", None)  # `import fcntl` raises ImportError
    monkeypatch.setitem(sys.modules, "msvcrt", fake)
    return fake


# ---- POSIX ------------------------------------------------------------------------------------


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permission bits")
def test_restrict_fd_and_path_set_the_bits(tmp_path: Path) -> None:
    path = tmp_path / "f"
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        os.chmod(path, 0o644)
        fs_platform.restrict_fd(fd, 0o600)
        assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    finally:
        os.close(fd)
    folder = tmp_path / "d"
    folder.mkdir(mode=0o755)
    os.chmod(folder, 0o755)
    fs_platform.restrict_path(folder, 0o700)
    assert stat.S_IMODE(os.stat(folder).st_mode) == 0o700


@pytest.mark.skipif(sys.platform == "win32", reason="flock")
def test_a_second_descriptor_cannot_take_the_lock_until_it_is_released(tmp_path: Path) -> None:
    path = tmp_path / "lock"
    first = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    second = os.open(path, os.O_RDWR)
    try:
        assert fs_platform.try_lock(first)
        assert not fs_platform.try_lock(second)
        fs_platform.unlock(first)
        assert fs_platform.try_lock(second)
    finally:
        os.close(first)
        os.close(second)


# ---- Windows, simulated -----------------------------------------------------------------------


def test_windows_private_files_need_neither_fchmod_nor_chmod(
    windows: FakeMsvcrt, tmp_path: Path
) -> None:
    assert not hasattr(os, "fchmod")
    folder = tmp_path / "vault"
    ensure_private_dir(folder)
    atomic_write_bytes(folder / "vault.json", b"{}")
    assert (folder / "vault.json").read_bytes() == b"{}"
    make_private(folder / "vault.json")  # its 0644-looking mode would call chmod on POSIX


def test_windows_log_files_open_without_fchmod(windows: FakeMsvcrt, tmp_path: Path) -> None:
    with logfile.open_private(tmp_path / "coach-app.log") as fh:
        fh.write("started\n")
    assert (tmp_path / "coach-app.log").read_text("utf-8") == "started\n"


def test_windows_process_lock_uses_msvcrt(windows: FakeMsvcrt, tmp_path: Path) -> None:
    first = ProcessLock(tmp_path)
    first.acquire()
    assert [mode for _fd, mode in windows.calls] == [FakeMsvcrt.LK_NBLCK]
    with pytest.raises(VaultInUse):
        ProcessLock(tmp_path).acquire()
    first.release()
    assert windows.calls[-1][1] == FakeMsvcrt.LK_UNLCK
    with ProcessLock(tmp_path) as again:
        assert again.held


def test_windows_temp_dirs_are_marked_busy_and_found_once_released(
    windows: FakeMsvcrt, tmp_path: Path
) -> None:
    temp = leftovers.TempDir.create(tmp_path, leftovers.BACKUP_PREFIX)
    assert leftovers.find_leftovers(tmp_path) == []  # held: a backup at work
    temp.release()
    assert leftovers.find_leftovers(tmp_path) == [temp.path]
    temp.remove()
