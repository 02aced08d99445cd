"""Core tests: no Qt may be imported here (a test checks the core stays headless).

Also the real-fault fixtures shared by the core tests: a size-limited tmpfs to fill for real
(``small_fs``, ``mount_small_fs``), a way to make it read-only (``remount_small_fs``) and a
ballast file that takes its free space (``fill_disk``). Mounting needs root (as on the
development machine and CI); elsewhere the tests that use them skip and say why.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

MB = 1024 * 1024
SMALL_FS_BYTES = 8 * MB  # the default size of ``small_fs``

MountSmallFs = Callable[..., Path]
RemountSmallFs = Callable[..., None]
FillDisk = Callable[..., Path]


def _run(*argv: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(argv, capture_output=True, text=True, timeout=30, check=False)


def _unmount(point: Path) -> None:
    """Unmount ``point``; lazily if something still holds a file there (never leave a mount)."""
    if _run("umount", str(point)).returncode != 0:
        _run("umount", "-l", str(point))


@pytest.fixture
def mount_small_fs(tmp_path_factory: pytest.TempPathFactory) -> Iterator[MountSmallFs]:
    """``mount_small_fs(size_bytes, *, read_only=False) -> Path``: a fresh tmpfs of that size.

    Every file system mounted through it is unmounted when the test ends, whatever happened
    (close vaults first: a file still open there makes the unmount lazy). Skips, with the
    reason, when not root or when the kernel refuses the mount.
    """
    if shutil.which("mount") is None or not hasattr(os, "geteuid"):
        pytest.skip("small_fs needs the 'mount' command (a Linux machine)")
    if os.geteuid() != 0:
        pytest.skip("small_fs mounts a size-limited tmpfs, which needs root")
    mounted: list[Path] = []

    def mount(size_bytes: int, *, read_only: bool = False) -> Path:
        point = tmp_path_factory.mktemp("small-fs")
        options = f"size={int(size_bytes)},mode=0700" + (",ro" if read_only else "")
        done = _run("mount", "-t", "tmpfs", "-o", options, "small-fs", str(point))
        if done.returncode != 0:
            pytest.skip(f"cannot mount a tmpfs here: {done.stderr.strip()}")
        mounted.append(point)
        return point

    try:
        yield mount
    finally:
        for point in reversed(mounted):
            _unmount(point)


@pytest.fixture
def small_fs(request: pytest.FixtureRequest, mount_small_fs: MountSmallFs) -> Path:
    """A tmpfs of ``SMALL_FS_BYTES`` (or ``indirect`` parametrize with a size in bytes)."""
    size = getattr(request, "param", SMALL_FS_BYTES)
    return mount_small_fs(size)


@pytest.fixture
def remount_small_fs() -> RemountSmallFs:
    """``remount_small_fs(point, *, read_only=True)``: switch a small_fs to read-only and back."""

    def remount(point: Path, *, read_only: bool = True) -> None:
        option = "remount,ro" if read_only else "remount,rw"
        done = _run("mount", "-o", option, str(point))
        assert done.returncode == 0, done.stderr

    return remount


@pytest.fixture
def fill_disk() -> FillDisk:
    """``fill_disk(folder, leave_bytes=0) -> Path``: a ballast file taking the free space.

    Written in shrinking chunks until the file system refuses even one byte (or only
    ``leave_bytes`` would be left); deleting the returned file gives the room back.
    """

    def fill(folder: Path, leave_bytes: int = 0) -> Path:
        ballast = folder / "ballast.bin"
        fd = os.open(ballast, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        try:
            for chunk in (MB, 64 * 1024, 4096, 512, 1):
                while shutil.disk_usage(folder).free - chunk >= leave_bytes:
                    try:
                        os.write(fd, b"\0" * chunk)
                    except OSError:
                        break
        finally:
            os.close(fd)
        return ballast

    return fill
