"""The app takes a verified, rotating backup after unlock, at most once a day."""

from __future__ import annotations

import os
import time
from pathlib import Path

from coach_app.services import coachees
from coach_app.vault import backup
from coach_app.vault.vault import Vault
from tests.conftest import PASSPHRASE
from tests.ui.shell_helpers import make_window, wait_for_workers


def _autos(folder: Path) -> list[Path]:
    return sorted((folder / "backups").glob("coach-backup-*-auto-*.ccbackup"))


def test_unlock_takes_one_verified_backup_a_day(qtbot, vault: Vault, vault_dir: Path) -> None:
    coachees.create_coachee(vault, name="Ada Lovelace")
    window = make_window(qtbot, vault_dir, vault, auto_backup=True)
    # The success callback runs on the UI thread once the worker hands the result back.
    qtbot.waitUntil(lambda: "verified" in window.statusBar().currentMessage(), timeout=20_000)
    made = _autos(vault_dir)[0]
    assert made.name in window.statusBar().currentMessage()
    assert backup.verify_backup_file(made, vault.data_key())["coachees"] == 1

    # A second unlock the same day adds nothing.
    window.lock_now()
    window.open_vault(Vault.unlock(vault_dir, PASSPHRASE))
    wait_for_workers()
    assert _autos(vault_dir) == [made]
    window.lock_now()


def test_older_backups_rotate_out(qtbot, vault: Vault, vault_dir: Path) -> None:
    backups = vault_dir / "backups"
    old = []
    for day in range(1, 10):
        path = backups / f"coach-backup-2020010{day}-000000-000000-auto-daily.ccbackup"
        path.write_bytes(b"stale")
        stamp = time.time() - 86400 * (30 - day)
        os.utime(path, (stamp, stamp))
        old.append(path)
    make_window(qtbot, vault_dir, vault, auto_backup=True)
    qtbot.waitUntil(lambda: len(_autos(vault_dir)) == 7, timeout=20_000)
    wait_for_workers()
    kept = _autos(vault_dir)
    assert old[-6:] == kept[:6]  # the newest six old ones stay beside today's
    assert not any(p.exists() for p in old[:3])
