"""Private files: 0600 files in a 0700 folder, written atomically; disk errors in plain words.

``storage_error`` is the one place an ``OSError`` becomes advice for the coach: a full disk says
so (with how much more room is needed when the size of the write is known), a read-only folder
says so, and both say that what was saved before is intact.
"""

from __future__ import annotations

import contextlib
import errno
import io
import math
import os
import shutil
import stat
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO, cast

from coach_app.errors import StorageError
from coach_app.fs_platform import restrict_fd, restrict_path
from coach_app.i18n import _

FILE_MODE = 0o600
DIR_MODE = 0o700


def ensure_private_dir(folder: Path) -> None:
    """Create ``folder`` if needed and make it readable by its owner only."""
    folder.mkdir(parents=True, exist_ok=True, mode=DIR_MODE)
    restrict_path(folder, DIR_MODE)


# Errors that mean "no room": a full disk, a quota, a file-size limit (RLIMIT_FSIZE).
FULL_ERRNOS = frozenset({errno.ENOSPC, errno.EDQUOT, errno.EFBIG})
READ_ONLY_ERRNOS = frozenset({errno.EACCES, errno.EPERM, errno.EROFS})
# Names a vault folder's own files carry (header.HEADER_NAME, engine.DB_NAME; importing those
# modules here would be circular). A write into such a folder is the vault's own: "choose
# another folder" is advice only for files the coach asked for elsewhere.
_VAULT_FILE_NAMES = ("vault.json", "vault.db")
_MB = 1024 * 1024


def free_bytes(folder: Path) -> int | None:
    """Bytes an ordinary user may still write in ``folder``'s file system; None if unknown."""
    try:
        return shutil.disk_usage(folder).free
    except OSError:
        return None


def shortfall(folder: Path, size: int) -> int | None:
    """How many more bytes ``folder`` needs to hold ``size`` bytes; None if unknown or none."""
    free = free_bytes(folder)
    if free is None or size <= free:
        return None
    return size - free


def _in_vault_folder(folder: Path) -> bool:
    return any((folder / name).exists() for name in _VAULT_FILE_NAMES)


def storage_error(
    exc: OSError, what: str, *, needed: int | None = None, elsewhere: bool = False
) -> StorageError:
    """Turn an OS error into one line a coach can act on: what failed and what to do.

    Args:
        exc: the error (its ``errno`` decides the wording; its text is shown only when the
            error is neither "full" nor "read-only").
        what: the thing that could not be written ("the vault", "report.pdf", ...).
        needed: for a full disk, how many more bytes the write needed, when known.
        elsewhere: the file is one the coach asked for outside the vault, so writing it to
            another folder is a way out.
    """
    if exc.errno in FULL_ERRNOS:
        if needed is not None and needed > 0:
            hint = _("the disk is full: about {mb} MB more is needed").format(
                mb=max(1, math.ceil(needed / _MB))
            )
        else:
            hint = _("the disk is full")
        advice = (
            _("Free some space or choose another folder.")
            if elsewhere
            else _("Free some space and try again.")
        )
    elif exc.errno in READ_ONLY_ERRNOS:
        hint = _("the folder is read-only or not yours")
        advice = (
            _("Choose another folder, or check the folder's permissions.")
            if elsewhere
            else _("Check the folder's permissions (or whether the drive is write-protected).")
        )
    else:
        hint = exc.strerror or str(exc)
        advice = ""
    return StorageError(
        " ".join(
            part
            for part in (
                _("Could not write {what}: {hint}.").format(what=what, hint=hint),
                advice,
                _("Nothing that was saved before is lost."),
            )
            if part
        )
    )


def fsync_dir(folder: Path) -> None:
    """Make a rename durable: fsync the folder that holds it (a no-op where unsupported)."""
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def atomic_write_bytes(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` so a crash leaves either the old or the new file, never half.

    Temp file in the same folder, fsync, rename, fsync the folder. On failure the temp file is
    gone and an existing file at ``path`` is as it was; a full disk is reported with how much
    more room the file needs, and a file outside the vault folder with "choose another folder".

    Raises:
        StorageError: the file could not be written.
    """
    atomic_write_stream(path, lambda fh: fh.write(data), size=len(data))


class _Counter(io.RawIOBase):
    """A writable stream that keeps nothing and counts the bytes written to it."""

    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def writable(self) -> bool:
        return True

    def write(self, data: bytes | bytearray | memoryview) -> int:  # type: ignore[override]
        size = memoryview(data).nbytes
        self.count += size
        return size


def _measured(write: Callable[[BinaryIO], object]) -> int:
    counter = _Counter()
    # Only an estimate for the message: whatever stops it, the real error is the one reported.
    with contextlib.suppress(Exception):
        write(cast(BinaryIO, counter))
    return counter.count


def atomic_write_stream(
    path: Path, write: Callable[[BinaryIO], object], *, size: int | None = None
) -> None:
    """:func:`atomic_write_bytes` for a file written piece by piece by ``write(file)``.

    For a file too large to hold in memory first (a whole-vault export). Without ``size``, a
    full disk is reported with the room the part already written needed (at least that much).

    Raises:
        StorageError: the file could not be written.
    """
    written = 0
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        try:
            restrict_fd(fd, FILE_MODE)  # not on Windows: no modes, no fchmod before 3.13
            with os.fdopen(fd, "wb") as fh:
                try:
                    write(fh)
                    fh.flush()
                    os.fsync(fh.fileno())
                finally:
                    written = fh.tell()
            os.replace(tmp, path)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            raise
    except OSError as exc:
        needed = None
        if exc.errno in FULL_ERRNOS:
            # How big the file would have been: written again into a counter (only on this
            # error path), so the coach is told how much room to make, not just "full".
            wanted = size if size is not None else max(written, _measured(write))
            # Measured after the temp file is gone, so the shortfall counts the whole file.
            needed = shortfall(path.parent, wanted)
        raise storage_error(
            exc, path.name, needed=needed, elsewhere=not _in_vault_folder(path.parent)
        ) from exc
    fsync_dir(path.parent)


def make_private(path: Path) -> None:
    """Take every permission away from group and others (0644 -> 0600, 0755 -> 0700), if present.

    The owner's own bits are kept: a vault file the coach made read-only stays read-only, so
    writing fails loudly instead of being silently re-enabled. A file that is not ours cannot be
    changed (EPERM); the folder's 0700 already keeps others out, and the open that follows
    reports what is wrong.
    """
    try:
        mode = stat.S_IMODE(os.stat(path).st_mode)
        if mode & 0o077:
            restrict_path(path, mode & 0o700)
    except (FileNotFoundError, PermissionError):
        pass
