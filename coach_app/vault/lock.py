"""One process per vault: an OS lock on ``vault.lock`` that dies with its process.

``flock`` (``msvcrt.locking`` on Windows; both in ``coach_app.fs_platform``) is released by the
kernel when a process dies, even by SIGKILL, so a stale lock never blocks the next start. The
file's content is irrelevant.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from coach_app.errors import VaultInUse
from coach_app.fs_platform import lock as _lock
from coach_app.fs_platform import unlock as _unlock
from coach_app.i18n import _
from coach_app.vault.files import FILE_MODE, storage_error

LOCK_NAME = "vault.lock"


class ProcessLock:
    """An exclusive, non-blocking lock on a vault folder."""

    def __init__(self, folder: Path) -> None:
        self.path = folder / LOCK_NAME
        self._fd: int | None = None

    @property
    def held(self) -> bool:
        """Whether this object holds the lock."""
        return self._fd is not None

    def acquire(self) -> None:
        """Take the lock or raise ``VaultInUse`` at once."""
        if self._fd is not None:
            return
        try:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, FILE_MODE)
        except OSError as exc:
            raise storage_error(exc, _("the lock file ({name})").format(name=LOCK_NAME)) from exc
        try:
            _lock(fd)
        except OSError as exc:
            os.close(fd)
            raise VaultInUse(
                _(
                    "This vault is already open in another Coach Companion window or "
                    "command. Close that one first (or wait for the command to "
                    "finish)."
                )
            ) from exc
        self._fd = fd

    def release(self) -> None:
        """Let go of the lock (closing the descriptor releases it)."""
        if self._fd is None:
            return
        with contextlib.suppress(OSError):
            _unlock(self._fd)
        os.close(self._fd)
        self._fd = None

    def __enter__(self) -> ProcessLock:
        self.acquire()
        return self

    def __exit__(self, *_exc: object) -> None:
        self.release()
