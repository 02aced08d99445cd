"""One running app per vault folder: the folder made ready and the single-instance lock.

The instance lock is a sibling of the vault's own lock file: ``flock`` locks belong to an open
file, so holding ``vault.lock`` for the whole run would make this very process's unlock fail.
The vault's lock is held while the vault is open; the instance lock for as long as the app
runs, so a locked window still keeps a second window away.
"""

from __future__ import annotations

from pathlib import Path

from coach_app.vault.files import ensure_private_dir
from coach_app.vault.lock import ProcessLock

INSTANCE_LOCK_NAME = "app.lock"

# The lock object the app holds: ``acquire()`` (``VaultInUse`` when another app has the
# folder), ``release()``, ``held``.
InstanceLock = ProcessLock


def prepare_vault_folder(folder: Path) -> None:
    """Create the vault folder if needed, readable by its owner only (``OSError`` if not)."""
    ensure_private_dir(folder)


def instance_lock(folder: Path) -> InstanceLock:
    """The single-instance lock for ``folder``, not taken yet."""
    lock = ProcessLock(folder)
    lock.path = folder / INSTANCE_LOCK_NAME
    return lock
