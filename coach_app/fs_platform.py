"""The file-system calls that differ between POSIX and Windows, in one place.

Private files and the process locks are the only places the app needs more than ``pathlib``:

- ``restrict_fd`` / ``restrict_path``: owner-only permission bits (0600 files, 0700 folders).
  POSIX only: Windows has no permission bits (``os.chmod`` there toggles the read-only flag,
  and ``os.fchmod`` exists only from Python 3.13). A file under the user's profile is already
  the user's alone through the ACL it inherits, so on Windows these do nothing.
- ``try_lock`` / ``lock`` / ``unlock``: an exclusive, non-blocking lock on an open file that
  the kernel drops when the process dies: ``fcntl.flock`` on POSIX, ``msvcrt.locking`` on the
  first byte on Windows.

The platform is looked up at each call (``sys.platform``), not at import, so a test can take the
Windows branch on Linux by patching ``sys.platform`` and the modules involved.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path


def is_windows() -> bool:
    """Whether this is Windows (permission bits do not apply, ``msvcrt`` locks files)."""
    return sys.platform == "win32"


def restrict_fd(fd: int, mode: int) -> None:
    """Set ``mode``'s permission bits on the open file ``fd`` where the platform has them."""
    # Windows: no permission bits; Python < 3.13 has no os.fchmod there at all.
    if is_windows() or not hasattr(os, "fchmod"):
        return
    os.fchmod(fd, mode)


def restrict_path(path: Path, mode: int) -> None:
    """Set ``mode``'s permission bits on ``path`` where the platform has them (``OSError``)."""
    if is_windows():
        # os.chmod would only flip the read-only flag; a folder made read-only that way would
        # even refuse the vault's own writes.
        return
    os.chmod(path, mode)


def try_lock(fd: int) -> bool:
    """Take an exclusive lock on the open file ``fd`` without waiting; whether it was taken."""
    try:
        lock(fd)
    except OSError:
        return False
    return True


def lock(fd: int) -> None:
    """Take an exclusive lock on the open file ``fd`` at once, or raise ``OSError``."""
    if is_windows():
        import msvcrt  # noqa: PLC0415 - Windows only

        # msvcrt locks a byte range from the current position: always the first byte.
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)  # type: ignore[attr-defined, unused-ignore]
        return
    import fcntl  # noqa: PLC0415 - POSIX only

    fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)


def unlock(fd: int) -> None:
    """Release the lock ``lock`` took on ``fd`` (closing the file releases it too)."""
    if is_windows():
        import msvcrt  # noqa: PLC0415 - Windows only

        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)  # type: ignore[attr-defined, unused-ignore]
        return
    import fcntl  # noqa: PLC0415 - POSIX only

    fcntl.flock(fd, fcntl.LOCK_UN)
