"""Back up now and the daily backup: where they go, once a day, rotation, and stopping midway."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from coach_app.errors import BackupFailed, Cancelled
from coach_app.services import backups, coachees
from coach_app.services import settings as settings_service
from coach_app.vault import backup as vault_backup
from coach_app.vault.vault import Vault


def _autos(folder: Path) -> list[Path]:
    return sorted((folder / "backups").glob("coach-backup-*-auto-*.ccbackup"))


def _stop_at_first_step(fraction: float) -> None:
    raise Cancelled("stopped")


def test_back_up_now_writes_a_verified_copy_in_the_vault_folder(vault: Vault) -> None:
    coachees.create_coachee(vault, name="Ada Lovelace")
    seen: list[float] = []
    path = backups.back_up_now(vault, progress=seen.append)
    assert path.parent == vault.folder / "backups"
    assert vault_backup.verify_backup_file(path, vault.data_key())["coachees"] == 1
    assert seen and seen[-1] == 1.0


def test_back_up_now_uses_the_folder_chosen_in_the_settings(vault: Vault, tmp_path: Path) -> None:
    chosen = tmp_path / "usb stick"
    chosen.mkdir()
    settings_service.set_setting(vault, "backup_folder", str(chosen))
    path = backups.back_up_now(vault)
    assert path.parent == chosen
    assert list((vault.folder / "backups").glob("*.ccbackup")) == []


def test_a_missing_backup_folder_fails_instead_of_becoming_a_file(
    vault: Vault, tmp_path: Path
) -> None:
    unplugged = tmp_path / "unplugged drive"
    settings_service.set_setting(vault, "backup_folder", str(unplugged))
    with pytest.raises(BackupFailed):
        backups.back_up_now(vault)
    assert not unplugged.exists()


def test_an_explicit_target_wins_over_the_settings(vault: Vault, tmp_path: Path) -> None:
    settings_service.set_setting(vault, "backup_folder", str(tmp_path / "elsewhere"))
    out = tmp_path / "mine.ccbackup"
    assert backups.back_up_now(vault, out) == out
    assert out.is_file()


def test_a_stopped_backup_leaves_nothing_behind(vault: Vault) -> None:
    with pytest.raises(Cancelled):
        backups.back_up_now(vault, progress=_stop_at_first_step)
    assert list((vault.folder / "backups").iterdir()) == []


def test_one_daily_backup_a_day(vault: Vault) -> None:
    first = backups.daily_backup(vault)
    assert first is not None and first.name.endswith("-auto-daily.ccbackup")
    assert backups.daily_backup(vault) is None
    assert _autos(vault.folder) == [first]


def test_daily_backups_rotate_by_the_setting(vault: Vault) -> None:
    folder = vault.folder / "backups"
    folder.mkdir(mode=0o700, exist_ok=True)
    old = []
    for day in range(1, 6):
        path = folder / f"coach-backup-2020010{day}-000000-000000-auto-daily.ccbackup"
        path.write_bytes(b"stale")
        stamp = time.time() - 86400 * (30 - day)
        os.utime(path, (stamp, stamp))
        old.append(path)
    settings_service.set_setting(vault, "auto_backups_kept", 3)
    made = backups.daily_backup(vault)
    assert _autos(vault.folder) == [*old[-2:], made]


def test_a_stopped_daily_backup_deletes_no_older_one(vault: Vault) -> None:
    folder = vault.folder / "backups"
    folder.mkdir(mode=0o700, exist_ok=True)
    old = []
    for day in (1, 2):
        path = folder / f"coach-backup-2020010{day}-000000-000000-auto-daily.ccbackup"
        path.write_bytes(b"stale")
        stamp = time.time() - 86400 * (5 - day)
        os.utime(path, (stamp, stamp))
        old.append(path)
    with pytest.raises(Cancelled):
        backups.daily_backup(vault, keep=1, progress=_stop_at_first_step)
    assert sorted(folder.iterdir()) == old
