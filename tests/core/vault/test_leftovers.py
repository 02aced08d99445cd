"""Leftovers of killed backups and restores: found, cleaned on the next open, reported by verify,
and never confused with a folder a live backup or restore is still using.
"""

from __future__ import annotations

import hashlib
import io
import json
import shutil
import signal
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from coach_app import app
from coach_app.services import coachees, maintenance
from coach_app.vault import switch
from coach_app.vault.leftovers import (
    BACKUP_PREFIX,
    BUSY_NAME,
    PURGE_PREFIX,
    RESTORE_PREFIX,
    VERIFY_PREFIX,
    TempDir,
    clean_leftovers,
    clean_temp_dirs,
    find_leftovers,
)
from coach_app.vault.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.helpers.vault_files import REPO, python_env, run_python

KILLED_BACKUP = r"""
import os
import signal
import sys
from pathlib import Path

from coach_app.vault.backup import create_backup
from coach_app.vault.vault import Vault

vault = Vault.unlock(Path(sys.argv[1]), sys.argv[2])
real_replace = os.replace


def replace(src, dst, **kwargs):
    if str(dst).endswith(".ccbackup"):  # the copy is written and verified: die before it counts
        os.kill(os.getpid(), signal.SIGKILL)
    return real_replace(src, dst, **kwargs)


os.replace = replace
create_backup(vault)
"""

HOLDER = r"""
import sys
from pathlib import Path

from coach_app.vault.leftovers import TempDir

held = TempDir.create(Path(sys.argv[1]), sys.argv[2])
print(held.path, flush=True)
sys.stdin.read()
"""


@pytest.fixture
def folder(vault: Vault) -> Path:
    """A closed vault with one coachee and one real backup."""
    coachees.create_coachee(vault, name="Ingrid Sørensen")
    maintenance.backup(vault)
    vault.close()
    return vault.folder


def _dead_dir(parent: Path, prefix: str, *, marker: bool = True) -> Path:
    path = parent / f"{prefix}dead{len(list(parent.iterdir()))}"
    path.mkdir(mode=0o700)
    (path / "vault.db").write_bytes(b"ciphertext")
    if marker:
        (path / BUSY_NAME).touch(mode=0o600)  # its owner is gone: nobody holds the lock
    return path


def _plant(folder: Path) -> list[Path]:
    """One dead leftover of every kind; returns them."""
    backups = folder / "backups"
    tmp_header = folder / ".vault.json.k3j4h5g6.tmp"
    tmp_header.write_bytes(b"{}")
    tmp_safety = backups / ".vault.json.before-restore-20260101-101500.abcdefgh.tmp"
    tmp_safety.write_bytes(b"{}")
    return [
        _dead_dir(folder, RESTORE_PREFIX),
        _dead_dir(backups, BACKUP_PREFIX, marker=False),  # killed before its marker existed
        _dead_dir(backups, VERIFY_PREFIX),
        _dead_dir(backups, PURGE_PREFIX),  # an erasure's backup rewrite, killed
        tmp_header,
        tmp_safety,
    ]


def test_find_lists_every_kind_of_leftover_and_nothing_else(folder: Path, tmp_path: Path) -> None:
    planted = _plant(folder)
    live = TempDir.create(folder, RESTORE_PREFIX)
    outside = tmp_path / "not ours"
    outside.mkdir()
    (folder / f"{RESTORE_PREFIX}link").symlink_to(outside, target_is_directory=True)
    (folder / "backups" / "vault.json.before-restore-20260101-101500").write_bytes(b"{}")
    try:
        assert sorted(find_leftovers(folder)) == sorted(planted)
    finally:
        live.remove()


def test_the_next_open_cleans_them_but_not_one_in_use(folder: Path, tmp_path: Path) -> None:
    planted = _plant(folder)
    live = TempDir.create(folder / "backups", BACKUP_PREFIX)
    outside = tmp_path / "not ours"
    outside.mkdir()
    (outside / "keep").write_bytes(b"x")
    (folder / f"{RESTORE_PREFIX}link").symlink_to(outside, target_is_directory=True)
    try:
        with Vault.unlock(folder, PASSPHRASE) as opened:
            assert opened.counts()["coachees"] == 1
        assert not [p for p in planted if p.exists()]
        assert find_leftovers(folder) == []
        assert live.path.is_dir()
        assert (outside / "keep").exists()
    finally:
        live.remove()


def test_nothing_is_cleaned_while_the_vault_is_open_elsewhere(folder: Path) -> None:
    planted = _plant(folder)
    with Vault.unlock(folder, PASSPHRASE):
        # This open took them; plant again while it holds the vault.
        planted = _plant(folder)
        assert clean_leftovers(folder) == []
        assert all(p.exists() for p in planted)


def test_an_untouched_folder_is_not_even_locked(folder: Path) -> None:
    (folder / "vault.lock").unlink()
    assert clean_leftovers(folder) == []
    assert not (folder / "vault.lock").exists()


def test_a_killed_backup_leaves_a_private_folder_the_next_open_removes(folder: Path) -> None:
    proc = run_python(KILLED_BACKUP, str(folder), PASSPHRASE)
    assert proc.returncode == -signal.SIGKILL, proc.stderr[-3000:]
    [left] = find_leftovers(folder)
    assert left.parent == folder / "backups"
    assert left.name.startswith(BACKUP_PREFIX)
    # What the backup had written when it died (the archive about to be put in place; the
    # working copy is deleted before the check): private, and gone at the next open.
    assert [p for p in left.rglob("*") if p.is_file()], "the killed backup left its files"
    for path in (left, *left.rglob("*")):
        assert stat.S_IMODE(path.stat().st_mode) & 0o077 == 0, path
    with Vault.unlock(folder, PASSPHRASE):
        pass
    assert not left.exists()
    assert find_leftovers(folder) == []


def test_a_folder_held_by_a_live_process_is_left_alone_until_it_dies(folder: Path) -> None:
    with subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(folder), RESTORE_PREFIX],
        cwd=REPO,
        env=python_env(),
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    ) as child:
        try:
            assert child.stdout is not None
            held = Path(child.stdout.readline().strip())
            assert held.is_dir()
            assert find_leftovers(folder) == []
            with Vault.unlock(folder, PASSPHRASE):
                pass
            assert held.is_dir()
        finally:
            child.kill()
            child.wait(timeout=30)
    assert find_leftovers(folder) == [held]
    assert clean_leftovers(folder) == [held]
    assert not held.exists()


def test_verify_reports_the_leftovers_it_found_and_the_open_removed(folder: Path) -> None:
    planted = _plant(folder)
    report = maintenance.verify(folder, PASSPHRASE)
    assert not report.healthy
    assert sorted(report.leftovers) == sorted(str(p) for p in planted)
    assert report.leftovers_removed == report.leftovers
    lines = report.lines()
    assert f"leftovers of interrupted backups and restores: {len(planted)} paths" in lines
    assert f"  {planted[0]} (removed)" in lines
    again = maintenance.verify(folder, PASSPHRASE)
    assert again.healthy, again.lines()
    assert "leftovers of interrupted backups and restores: none" in again.lines()


def test_outside_a_vault_only_dead_folders_with_our_marker_are_removed(tmp_path: Path) -> None:
    stick = tmp_path / "usb stick"
    stick.mkdir()
    dead = _dead_dir(stick, BACKUP_PREFIX)
    mine = _dead_dir(stick, BACKUP_PREFIX, marker=False)  # the coach's own ".backup-" folder
    other = _dead_dir(stick, RESTORE_PREFIX)
    with TempDir.create(stick, VERIFY_PREFIX) as live:
        assert clean_temp_dirs(stick) == [dead]
        assert live.path.is_dir()
    assert mine.is_dir()
    assert other.is_dir()


def test_a_stale_journal_never_rolls_another_vault_forward(folder: Path, tmp_path: Path) -> None:
    """A fresh restore killed before its commit point, then a new vault made in that folder:
    the staged vault must not replace it."""
    other, _ = Vault.create(tmp_path / "other", PASSPHRASE, FAST_KDF)
    other.close()
    stage = folder / f"{RESTORE_PREFIX}stale"
    stage.mkdir(mode=0o700)
    for name in ("vault.db", "vault.json"):
        shutil.copy2(other.folder / name, stage / name)
    digest = hashlib.sha256((stage / "vault.json").read_bytes()).hexdigest()
    (stage / switch.JOURNAL_NAME).write_text(json.dumps({"old": None, "new": digest}))
    with Vault.unlock(folder, PASSPHRASE) as opened:
        assert opened.counts()["coachees"] == 1
    assert not stage.exists()


def test_the_cli_verify_prints_them(
    folder: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("COACH_APP_PASSPHRASE", PASSPHRASE)
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    [restore_left, *_] = _plant(folder)
    assert app.main(["--vault", str(folder), "verify"]) == 1
    out = capsys.readouterr().out
    assert f"  {restore_left} (removed)" in out
    assert app.main(["--vault", str(folder), "verify"]) == 0
