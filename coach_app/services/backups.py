"""Backing up an open vault: "Back up now" and the daily automatic backup.

The one backup use case the GUI and the CLI share. Both take a ``progress(fraction)`` callback;
the GUI passes its task's ``job.progress``, which raises ``Cancelled`` once the app locks or
quits, so a backup stops in the middle of its copy and leaves nothing half-written behind (the
copy is made in a private temporary folder and only moved into place once verified).

- ``back_up_now``: a verified backup to a file or folder the coach names, else to the backup
  folder chosen in the settings, else to the vault's own ``backups/`` folder.
- ``daily_backup``: at most one automatic backup a day in ``backups/``, the newest few kept
  (docs/security.md 19).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from coach_app.errors import BackupFailed
from coach_app.i18n import _
from coach_app.services import maintenance
from coach_app.services import settings as settings_service
from coach_app.vault import backup as vault_backup
from coach_app.vault.files import ensure_private_dir
from coach_app.vault.vault import BACKUP_DIR, Vault

Progress = Callable[[float], None]

DAILY_LABEL = f"{vault_backup.AUTO_PREFIX}daily"
# An automatic backup younger than this counts as today's: unlocking twice a day (or just
# after midnight following a late session) does not make two.
DAILY_MIN_AGE_HOURS = 20.0


def configured_folder(vault: Vault) -> Path | None:
    """The backup folder chosen in the settings, or None for the vault's own ``backups/``."""
    folder = settings_service.load_settings(vault).backup_folder.strip()
    return Path(folder).expanduser() if folder else None


def back_up_now(vault: Vault, out: Path | None = None, progress: Progress | None = None) -> Path:
    """Write a verified, encrypted backup; returns the file written.

    Args:
        out: a file, or an existing folder to put a new backup file in. None: the backup folder
            chosen in the settings (which must exist), else the vault's ``backups/`` folder.
        progress: called with fractions from 0 to 1; may raise to stop the backup.

    Raises:
        BackupFailed: the copy could not be written or verified (nothing is left behind).
    """
    if out is None:
        folder = configured_folder(vault)
        # Named here rather than passed as a folder: a configured folder that does not exist
        # (an unplugged drive) must fail, not become a file of that name.
        out = folder / vault_backup.default_backup_name() if folder is not None else None
    return maintenance.backup(vault, out, progress=progress)


def _newest_daily(folder: Path) -> Path | None:
    autos = sorted(
        folder.glob(f"coach-backup-*-{vault_backup.AUTO_PREFIX}*{vault_backup.BACKUP_SUFFIX}")
    )
    return autos[-1] if autos else None


def daily_backup(
    vault: Vault,
    keep: int | None = None,
    progress: Progress | None = None,
    *,
    min_age_hours: float = DAILY_MIN_AGE_HOURS,
) -> Path | None:
    """Today's automatic backup, unless one was made recently; the newest ``keep`` are kept.

    Args:
        keep: how many automatic backups to keep; None: the ``auto_backups_kept`` setting.
        progress: called with fractions from 0 to 1; may raise to stop the backup (then no
            older backup is deleted).
        min_age_hours: an automatic backup younger than this makes this call do nothing.

    Returns:
        The backup written, or None when a recent one exists.
    """
    if keep is None:
        keep = settings_service.load_settings(vault).auto_backups_kept
    folder = vault.folder / BACKUP_DIR
    try:
        ensure_private_dir(folder)
        newest = _newest_daily(folder)
        if newest is not None:
            age_h = (datetime.now(UTC).timestamp() - newest.stat().st_mtime) / 3600
            if age_h < min_age_hours:
                return None
    except OSError as exc:
        raise BackupFailed(
            _("Could not use the backups folder {folder}: {reason}.").format(
                folder=folder, reason=exc.strerror or exc
            )
        ) from exc
    path = vault_backup.create_backup(vault, label=DAILY_LABEL, progress=progress)
    # Only once today's copy is verified do the oldest go.
    vault_backup.rotate_backups(folder, keep)
    return path
