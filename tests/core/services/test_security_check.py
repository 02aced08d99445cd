"""The security self-check (coach_app/services/security_check.py): each item good and bad."""

from __future__ import annotations

import os
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from keyring.backends import fail

from coach_app.errors import Cancelled
from coach_app.services import access, backups, coachees, maintenance, security_check
from coach_app.services import settings as settings_service
from coach_app.services.security_check import CipherSettings, SecurityReport, Status
from coach_app.vault.keyring_store import DEVICE_NAME, KeyringStore
from coach_app.vault.vault import Vault
from tests.helpers.keyrings import InMemoryKeyring

NAME = "Philippa Marlowe-Quist"  # long and unusual: a hit in the scan cannot be chance


def check(vault: Vault, **kwargs: object) -> SecurityReport:
    kwargs.setdefault("screen_lock_watching", True)
    return security_check.check_vault(vault, **kwargs)  # type: ignore[arg-type]


@pytest.fixture
def backed_up(vault: Vault) -> Vault:
    """The test vault with one coachee and a fresh backup."""
    coachees.create_coachee(vault, name=NAME)
    backups.back_up_now(vault)
    return vault


def test_a_vault_with_a_fresh_backup_is_all_ok(backed_up: Vault) -> None:
    store = KeyringStore(backed_up.folder, fail.Keyring())
    report = check(backed_up, keyring=store)
    assert [item.key for item in report.items] == [
        "cipher",
        "file_modes",
        "keyring",
        "auto_lock",
        "screen_lock",
        "leftovers",
        "backup",
        "plaintext",
    ]
    assert report.all_ok, report.lines()
    assert all(line.startswith("OK: ") for line in report.lines())
    assert "SQLCipher 4" in report.item("cipher").text
    assert "made today" in report.item("backup").text
    assert "not available here" in report.item("keyring").text


def test_no_item_quotes_a_coachees_name(backed_up: Vault) -> None:
    (backed_up.folder / "notes.txt").write_text(f"about {NAME}", "utf-8")
    text = "\n".join(check(backed_up).lines())
    assert "a coachee's name in clear" in text
    assert NAME not in text and NAME.split(maxsplit=1)[0] not in text


# ---- encryption -------------------------------------------------------------------------------


def test_the_open_vaults_cipher_is_read_from_sqlcipher(vault: Vault) -> None:
    settings = security_check.cipher_settings(vault)
    assert settings.version.startswith(("4.", "5."))
    assert settings.cipher.startswith("AES-256")
    assert settings.hmac.startswith("HMAC_SHA")
    assert settings.plaintext_header == 0


@pytest.mark.parametrize(
    ("settings", "problem"),
    [
        (CipherSettings("3.4.2", "openssl", "AES-256-CBC", "HMAC_SHA1", 0), "SQLCipher 4"),
        (CipherSettings("", "", "", "", 0), "SQLCipher 4"),
        (CipherSettings("4.6.1", "openssl", "AES-256-CBC", "", 0), "not authenticated"),
        (CipherSettings("4.6.1", "openssl", "AES-128-CBC", "HMAC_SHA512", 0), "not AES-256"),
        (CipherSettings("4.6.1", "openssl", "AES-256-CBC", "HMAC_SHA512", 32), "in clear"),
    ],
)
def test_a_weak_cipher_needs_attention(settings: CipherSettings, problem: str) -> None:
    item = security_check.cipher_item(settings)
    assert item.status is Status.ATTENTION
    assert problem in item.text and "Reinstall" in item.text


# ---- files ------------------------------------------------------------------------------------


@pytest.mark.skipif(os.name != "posix", reason="file modes are checked on POSIX only")
@pytest.mark.parametrize(("name", "mode"), [("vault.db", 0o644), ("", 0o755)])
def test_a_file_others_can_read_needs_attention(vault: Vault, name: str, mode: int) -> None:
    target = vault.folder / name if name else vault.folder
    target.chmod(mode)
    item = check(vault).item("file_modes")
    assert item.status is Status.ATTENTION
    assert str(target) in item.text and "chmod -R go=" in item.text


def test_a_leftover_of_a_killed_backup_needs_attention(vault: Vault) -> None:
    leftover = vault.folder / "backups" / ".backup-killed"
    leftover.mkdir(parents=True)
    item = check(vault).item("leftovers")
    assert item.status is Status.ATTENTION
    assert str(leftover) in item.text and "lock and unlock" in item.text


def test_clear_text_in_the_folder_needs_attention(vault: Vault) -> None:
    coachees.create_coachee(vault, name=NAME)
    assert check(vault).item("plaintext").ok
    (vault.folder / "backups").mkdir(exist_ok=True)
    (vault.folder / "backups" / "copy.sql").write_text("CREATE TABLE coachees (name)", "utf-8")
    item = check(vault).item("plaintext")
    assert item.status is Status.ATTENTION
    assert "copy.sql" in item.text and "CREATE TABLE" in item.text


def test_a_verify_report_is_reused_rather_than_scanning_again(
    vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_second_scan(*_args: object) -> None:
        raise AssertionError("scanned twice")

    monkeypatch.setattr(maintenance, "scan_for_plaintext", no_second_scan)
    verified = maintenance.VerifyReport(
        folder=vault.folder,
        integrity=(),
        plaintext=("stray.db: an unencrypted SQLite database",),
        modes=(),
        files_scanned=4,
    )
    item = check(vault, verified=verified).item("plaintext")
    assert item.status is Status.ATTENTION and "stray.db" in item.text


# ---- keyring ----------------------------------------------------------------------------------


def test_the_keyring_items(vault: Vault) -> None:
    assert check(vault).item("keyring").ok  # no store known: not checked
    assert "not checked" in check(vault).item("keyring").text

    backend = InMemoryKeyring()
    store = KeyringStore(vault.folder, backend, trusted=True)
    item = check(vault, keyring=store).item("keyring")
    assert item.ok and "not remembered" in item.text

    access.remember_key(store, vault)
    item = check(vault, keyring=store).item("keyring")
    assert item.ok and "Whoever can log in as you" in item.text

    # The record says another backend holds the key: it is ignored, and the coach is told.
    record = (vault.folder / DEVICE_NAME).read_text("utf-8")
    (vault.folder / DEVICE_NAME).write_text(record.replace("InMemory", "Elsewhere"), "utf-8")
    item = check(vault, keyring=store).item("keyring")
    assert item.status is Status.ATTENTION and "is ignored" in item.text

    # A record left behind on a computer without a keyring now.
    unavailable = KeyringStore(vault.folder, fail.Keyring())
    item = check(vault, keyring=unavailable).item("keyring")
    assert item.status is Status.ATTENTION and "no longer used" in item.text


# ---- backups ----------------------------------------------------------------------------------


def test_no_backup_says_so(vault: Vault) -> None:
    item = check(vault).item("backup")
    assert item.status is Status.ATTENTION
    assert "there is none yet" in item.text


def test_an_old_backup_gives_its_age(backed_up: Vault) -> None:
    (newest,) = (backed_up.folder / "backups").glob("*.ccbackup")
    ten_days_ago = (datetime.now() - timedelta(days=10, hours=2)).timestamp()
    os.utime(newest, (ten_days_ago, ten_days_ago))
    item = check(backed_up).item("backup")
    assert item.status is Status.ATTENTION
    assert "10 days old" in item.text and str(newest) in item.text


def test_a_backup_a_few_days_old_is_fine(backed_up: Vault) -> None:
    later = datetime.now() + timedelta(days=3, hours=1)
    item = check(backed_up, now=lambda: later).item("backup")
    assert item.ok and "3 days old" in item.text


def test_a_damaged_newest_backup_needs_attention(backed_up: Vault) -> None:
    (newest,) = (backed_up.folder / "backups").glob("*.ccbackup")
    data = bytearray(newest.read_bytes())
    middle = len(data) // 2
    data[middle : middle + 4096] = bytes(4096)
    newest.write_bytes(bytes(data))
    item = check(backed_up).item("backup")
    assert item.status is Status.ATTENTION
    assert "did not pass its check" in item.text


def test_the_newest_backup_in_the_settings_folder_counts(vault: Vault, tmp_path: Path) -> None:
    chosen = tmp_path / "usb stick"
    chosen.mkdir()
    settings_service.update_settings(vault, backup_folder=str(chosen))
    path = backups.back_up_now(vault)
    assert path.parent == chosen
    item = check(vault).item("backup")
    assert item.ok and str(path) in item.text


# ---- locking ----------------------------------------------------------------------------------


def test_auto_lock_off_needs_attention(vault: Vault) -> None:
    assert check(vault).item("auto_lock").ok
    settings_service.update_settings(vault, auto_lock_minutes=0)
    item = check(vault).item("auto_lock")
    assert item.status is Status.ATTENTION and "Lock after idle" in item.text


def test_screen_lock_items(vault: Vault) -> None:
    assert check(vault, screen_lock_watching=True).item("screen_lock").ok
    assert check(vault, screen_lock_watching=None).item("screen_lock").ok
    unheard = check(vault, screen_lock_watching=False).item("screen_lock")
    assert unheard.status is Status.ATTENTION and "Ctrl+L" in unheard.text
    settings_service.update_settings(vault, lock_on_screen_lock=False)
    off = check(vault).item("screen_lock")
    assert off.status is Status.ATTENTION and "Turn it on in Settings" in off.text


# ---- running ----------------------------------------------------------------------------------


def test_progress_is_reported_and_can_stop_the_check(vault: Vault) -> None:
    seen: list[float] = []
    check(vault, progress=seen.append)
    assert seen[0] == 0.0 and seen[-1] == 1.0 and seen == sorted(seen)

    def stop(fraction: float) -> None:
        if fraction > 0.5:
            raise Cancelled("stopped")

    with pytest.raises(Cancelled):
        check(vault, progress=stop)


def test_a_backup_that_cannot_be_reached_is_not_called_damaged(
    backed_up: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    def unreachable(*_args: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(security_check.vault_backup, "verify_backup_file", unreachable)
    item = check(backed_up).item("backup")
    assert item.status is Status.ATTENTION
    assert "could not be checked just now (Permission denied)" in item.text
    assert "did not pass" not in item.text
