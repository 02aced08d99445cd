"""Temporary files and folders of backups and restores: created private, found, cleaned.

Every temporary path a backup or a restore creates is named here, so that the cleaning on the
next open, ``verify`` and the security check agree on what a leftover is:

- ``.restore-*/`` in the vault folder: a restore's staging folder (``services.maintenance``),
  possibly holding the journal of a switch cut off by a kill (``vault.switch``);
- ``.backup-*/`` beside a backup being written (``backup.create_backup``);
- ``.verify-*/`` beside a backup being checked (``backup.verify_backup_file``);
- ``.purge-*/`` beside a backup being rewritten without an erased coachee
  (``backup_purge.purge_backups``);
- ``.<name>.<random>.tmp`` beside a file being replaced (``files.atomic_write_bytes``).

A temporary folder is private from its creation (``mkdtemp`` makes it 0700) and holds
``.busy``, a 0600 file its creator keeps locked; the kernel drops that lock when the creator
dies, even by SIGKILL. A folder whose ``.busy`` nobody holds is a leftover; one still held
belongs to a backup or restore at work and is never touched.
"""

from __future__ import annotations

import contextlib
import logging
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

from coach_app.errors import CoachAppError
from coach_app.fs_platform import restrict_path
from coach_app.fs_platform import try_lock as _try_lock
from coach_app.i18n import _
from coach_app.vault import switch
from coach_app.vault.files import DIR_MODE, FILE_MODE, storage_error
from coach_app.vault.lock import ProcessLock

log = logging.getLogger(__name__)

RESTORE_PREFIX = ".restore-"
BACKUP_PREFIX = ".backup-"
VERIFY_PREFIX = ".verify-"
PURGE_PREFIX = ".purge-"
TEMP_DIR_PREFIXES = (RESTORE_PREFIX, BACKUP_PREFIX, VERIFY_PREFIX, PURGE_PREFIX)
TEMP_FILE_PREFIX = "."  # files.atomic_write_bytes: mkstemp(prefix=".<name>.", suffix=".tmp")
TEMP_FILE_SUFFIX = ".tmp"
BUSY_NAME = ".busy"
# vault.BACKUP_DIR; not imported, because vault.py imports this module.
BACKUP_DIR = "backups"


class TempDir:
    """A private temporary folder, marked in use until ``remove()`` or ``release()``."""

    def __init__(self, path: Path, busy_fd: int) -> None:
        self.path = path
        self._fd: int | None = busy_fd

    @classmethod
    def create(cls, parent: Path, prefix: str) -> TempDir:
        """Create it in ``parent`` (0700 from the start); raises OSError."""
        if not prefix.startswith(TEMP_DIR_PREFIXES):
            raise ValueError(prefix)  # an unlisted name would never be cleaned
        path = Path(tempfile.mkdtemp(prefix=prefix, dir=parent))
        try:
            restrict_path(path, DIR_MODE)  # the owner needs every bit whatever the umask took
            fd = os.open(path / BUSY_NAME, os.O_RDWR | os.O_CREAT | os.O_EXCL, FILE_MODE)
        except BaseException:
            shutil.rmtree(path, ignore_errors=True)
            raise
        if not _try_lock(fd):  # pragma: no cover - a fresh file nobody else knows yet
            os.close(fd)
            raise BlockingIOError(str(path))
        return cls(path, fd)

    def release(self) -> None:
        """Stop marking it in use (it stays on disk: the next cleaning may take it)."""
        if self._fd is not None:
            os.close(self._fd)  # closing drops the lock
            self._fd = None

    def remove(self) -> None:
        """Delete it (best effort: what cannot be deleted is a leftover for the next open)."""
        self.release()  # first: Windows deletes no file that is open
        shutil.rmtree(self.path, ignore_errors=True)

    def __enter__(self) -> TempDir:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.remove()


@contextlib.contextmanager
def _held(folder: Path) -> Iterator[bool]:
    """Hold ``folder``'s ``.busy`` lock if nobody else does; yields whether it is free."""
    try:
        fd = os.open(folder / BUSY_NAME, os.O_RDWR)
    except FileNotFoundError:
        # Killed before the marker existed (or made by an older version): nobody uses it.
        yield True
        return
    except OSError:
        yield False  # cannot tell: leave it alone
        return
    try:
        yield _try_lock(fd)
    finally:
        os.close(fd)  # drops the lock, if it was taken


def _is_temp_dir(path: Path, prefixes: tuple[str, ...] = TEMP_DIR_PREFIXES) -> bool:
    return path.name.startswith(prefixes) and path.is_dir() and not path.is_symlink()


def _is_temp_file(path: Path) -> bool:
    name = path.name
    return (
        name.startswith(TEMP_FILE_PREFIX)
        and name.endswith(TEMP_FILE_SUFFIX)
        and path.is_file()
        and not path.is_symlink()
    )


def find_leftovers(folder: Path) -> list[Path]:
    """Temporary paths of killed backups and restores in a vault folder and its backups folder.

    Reads only; folders a live backup or restore still holds are not listed.
    """
    found: list[Path] = []
    for base in (Path(folder), Path(folder) / BACKUP_DIR):
        try:
            entries = sorted(base.iterdir())
        except OSError:
            continue
        for entry in entries:
            if _is_temp_dir(entry):
                with _held(entry) as free:
                    if free:
                        found.append(entry)
            elif _is_temp_file(entry):
                found.append(entry)
    return found


def clean_leftovers(folder: Path) -> list[Path]:
    """Delete the leftovers of a vault folder, settling a cut-off restore first; what went.

    Runs only when it can take the vault's process lock (a vault open elsewhere owns its
    folder). Raises ``StorageError`` when a cut-off restore cannot be settled, because opening
    the vault then could show a half-switched folder.
    """
    folder = Path(folder)
    if not find_leftovers(folder):
        return []  # the common case touches nothing, not even the lock file
    lock = ProcessLock(folder)
    try:
        lock.acquire()
    except CoachAppError:
        return []  # in use or unwritable: the open that follows says which
    removed: list[Path] = []
    try:
        for path in find_leftovers(folder):
            if path.is_dir():
                _remove_dir(folder, path)
            else:
                with contextlib.suppress(OSError):
                    path.unlink()
            if not path.exists():
                removed.append(path)
    finally:
        lock.release()
    if removed:
        log.info("removed %d leftover(s) of interrupted backups or restores", len(removed))
    return removed


def _remove_dir(folder: Path, path: Path) -> None:
    with _held(path) as free:
        if not free:
            return  # taken up meanwhile
        restore = path.parent == folder and path.name.startswith(RESTORE_PREFIX)
        if restore and switch.read_journal(path) is not None:
            try:
                committed = switch.settle(folder, path)
            except OSError as exc:
                raise storage_error(exc, _("the vault in {folder}").format(folder=folder)) from exc
            log.info("an interrupted restore was %s", "completed" if committed else "undone")
            return
        shutil.rmtree(path, ignore_errors=True)


def clean_temp_dirs(folder: Path) -> list[Path]:
    """Delete dead backup and verify folders in any folder (a backup folder outside a vault)."""
    removed: list[Path] = []
    try:
        entries = sorted(Path(folder).iterdir())
    except OSError:
        return removed
    for entry in entries:
        # Outside the vault folder only what carries our marker: a folder of the coach's own
        # that happens to be called ".backup-something" is not ours to delete.
        temp = _is_temp_dir(entry, (BACKUP_PREFIX, VERIFY_PREFIX))
        if temp and (entry / BUSY_NAME).is_file():
            with _held(entry) as free:
                if free:
                    shutil.rmtree(entry, ignore_errors=True)
            if free and not entry.exists():
                removed.append(entry)
    return removed
