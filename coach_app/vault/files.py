"""Private files: 0600 files in a 0700 folder, written atomically."""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import tempfile
from pathlib import Path

from coach_app.errors import StorageError
from coach_app.i18n import _

FILE_MODE = 0o600
DIR_MODE = 0o700


def ensure_private_dir(folder: Path) -> None:
    """Create ``folder`` if needed and make it readable by its owner only."""
    folder.mkdir(parents=True, exist_ok=True, mode=DIR_MODE)
    os.chmod(folder, DIR_MODE)


def storage_error(exc: OSError, what: str) -> StorageError:
    """Turn an OS error into a message a coach can act on."""
    if exc.errno == errno.ENOSPC:
        hint = _("the disk is full; free some space and try again")
    elif exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        hint = _("the folder is read-only or not yours; check its permissions")
    else:
        hint = exc.strerror or str(exc)
    return StorageError(
        _("Could not write {what}: {hint}. Nothing that was saved before is lost.").format(
            what=what,
            hint=hint,
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

    Temp file in the same folder, fsync, rename, fsync the folder.
    """
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        try:
            os.fchmod(fd, FILE_MODE)
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, path)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            raise
    except OSError as exc:
        raise storage_error(exc, path.name) from exc
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
            os.chmod(path, mode & 0o700)
    except (FileNotFoundError, PermissionError):
        pass
