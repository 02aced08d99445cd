"""Backup, restore and verify use cases (docs/security.md 8, 9, 19, 20)."""

from __future__ import annotations

import hashlib
import os
import stat
from pathlib import Path

import pytest
from sqlalchemy import select

from coach_app.errors import NotFound, VaultCorrupt, WrongPassphrase
from coach_app.models import Erasure
from coach_app.services import coachees, exchange, maintenance, search
from coach_app.vault.backup import verify_backup_file
from coach_app.vault.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.core.services.exchange.test_exchange import MARKER, populate, without_date

OTHER_PASSPHRASE = "a different but long passphrase"


def hashes(folder: Path) -> dict[str, str]:
    """Every file under ``folder`` (and only those) with its SHA-256."""
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def assert_private(folder: Path) -> None:
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    for path in folder.rglob("*"):
        expected = 0o700 if path.is_dir() else 0o600
        assert stat.S_IMODE(path.stat().st_mode) == expected, path


@pytest.fixture
def backup_file(vault: Vault, tmp_path: Path) -> Path:
    """A verified backup of a populated vault, written outside the vault folder."""
    populate(vault)
    return maintenance.backup(vault, tmp_path)


def test_backup_into_a_folder_gets_a_name(backup_file: Path, tmp_path: Path) -> None:
    assert backup_file.parent == tmp_path
    assert backup_file.name.endswith(".ccbackup")
    assert stat.S_IMODE(backup_file.stat().st_mode) == 0o600


def test_backup_defaults_to_the_vaults_backup_folder(vault: Vault) -> None:
    path = maintenance.backup(vault)
    assert path.parent == vault.folder / "backups"


def test_restore_into_an_empty_folder_gives_identical_data(
    vault: Vault, backup_file: Path, tmp_path: Path
) -> None:
    expected = without_date(exchange.export_document(vault))
    fresh = tmp_path / "fresh"
    result = maintenance.restore(fresh, backup_file, PASSPHRASE)
    assert result.created
    assert result.safety_backup is None
    assert result.counts["coachees"] == 2
    assert_private(fresh)
    with Vault.unlock(fresh, PASSPHRASE) as restored:
        assert without_date(exchange.export_document(restored)) == expected
        assert [h.kind for h in search.search(restored, MARKER)] == ["session"]
    assert not list(fresh.glob(".restore-*"))
    assert maintenance.verify(fresh, PASSPHRASE).healthy


def test_restore_over_a_vault_reapplies_an_erasure_made_after_the_backup(
    vault: Vault, backup_file: Path
) -> None:
    export = exchange.export_document(vault)
    ingrid = next(c["id"] for c in export["coachees"] if c["name"] == "Ingrid Sørensen")
    bram = next(c["id"] for c in export["coachees"] if c["name"] == "Bram de Vries")
    coachees.erase_coachee(vault, ingrid)
    folder = vault.folder
    vault.close()

    result = maintenance.restore(folder, backup_file, PASSPHRASE)

    assert not result.created
    assert result.erasures_reapplied == 1
    assert result.counts["coachees"] == 1
    assert result.safety_backup is not None
    assert result.safety_backup.parent == folder / "backups"
    safety_counts = verify_backup_file(result.safety_backup, _data_key(folder))
    assert safety_counts["coachees"] == 1
    assert safety_counts["erasures"] == 1
    with Vault.unlock(folder, PASSPHRASE) as restored:
        assert [c.id for c in coachees.list_coachees(restored)] == [bram]
        assert not search.search(restored, MARKER)
        assert not search.search(restored, "Ingrid")
        with restored.session() as s:
            assert list(s.scalars(select(Erasure.coachee_id))) == [ingrid]
    assert not list(folder.glob(".restore-*"))
    assert_private(folder)


def _data_key(folder: Path) -> bytes:
    with Vault.unlock(folder, PASSPHRASE) as opened:
        return opened.data_key()


def test_wrong_passphrase_for_the_current_vault_changes_no_file(
    vault: Vault, backup_file: Path
) -> None:
    folder = vault.folder
    vault.close()
    before = hashes(folder)
    with pytest.raises(WrongPassphrase, match="Nothing was changed"):
        maintenance.restore(folder, backup_file, "not the passphrase at all")
    assert hashes(folder) == before


def test_a_backup_the_passphrase_does_not_open_changes_no_file(
    vault: Vault, tmp_path: Path
) -> None:
    populate(vault)
    stranger, _ = Vault.create(tmp_path / "stranger", OTHER_PASSPHRASE, FAST_KDF)
    foreign = maintenance.backup(stranger, tmp_path)
    stranger.close()
    folder = vault.folder
    vault.close()
    before = hashes(folder)
    with pytest.raises(WrongPassphrase, match="does not unlock the backup"):
        maintenance.restore(folder, foreign, PASSPHRASE)
    assert hashes(folder) == before
    # And into an empty folder: nothing is created.
    with pytest.raises(WrongPassphrase):
        maintenance.restore(tmp_path / "empty", foreign, PASSPHRASE)
    assert not (tmp_path / "empty").exists()


def test_a_backup_from_before_a_passphrase_change_restores_with_todays_passphrase(
    vault: Vault, backup_file: Path
) -> None:
    vault.change_passphrase(OTHER_PASSPHRASE)
    folder = vault.folder
    vault.close()
    result = maintenance.restore(folder, backup_file, OTHER_PASSPHRASE)
    assert result.kept_current_header
    with Vault.unlock(folder, OTHER_PASSPHRASE) as restored:
        assert restored.counts()["coachees"] == 2


def test_a_damaged_backup_changes_no_file(vault: Vault, tmp_path: Path) -> None:
    junk = tmp_path / "junk.ccbackup"
    junk.write_bytes(os.urandom(4096))
    folder = vault.folder
    vault.close()
    before = hashes(folder)
    with pytest.raises(VaultCorrupt, match="not a Coach Companion backup"):
        maintenance.restore(folder, junk, PASSPHRASE)
    with pytest.raises(NotFound):
        maintenance.restore(folder, tmp_path / "missing.ccbackup", PASSPHRASE)
    assert hashes(folder) == before


def test_a_database_without_its_header_is_never_replaced(vault: Vault, backup_file: Path) -> None:
    folder = vault.folder
    vault.close()
    (folder / "vault.json").unlink()
    before = hashes(folder)
    with pytest.raises(VaultCorrupt, match="without its key header"):
        maintenance.restore(folder, backup_file, PASSPHRASE)
    assert hashes(folder) == before


def test_a_header_without_its_database_is_restored(vault: Vault, backup_file: Path) -> None:
    folder = vault.folder
    vault.close()
    (folder / "vault.db").unlink()
    result = maintenance.restore(folder, backup_file, PASSPHRASE)
    assert not result.created
    assert result.safety_backup is not None  # the old header, kept
    with Vault.unlock(folder, PASSPHRASE) as restored:
        assert restored.counts()["coachees"] == 2


# ---- verify ---------------------------------------------------------------------------------


def test_verify_reports_a_healthy_vault(vault: Vault) -> None:
    populate(vault)
    maintenance.backup(vault)
    folder = vault.folder
    vault.close()
    report = maintenance.verify(folder, PASSPHRASE)
    assert report.healthy, report.lines()
    assert report.files_scanned >= 4  # vault.db, vault.json, vault.lock, the backup
    assert report.lines()[-1] == "vault healthy"


def test_verify_finds_clear_text_without_quoting_it(vault: Vault) -> None:
    populate(vault)
    folder = vault.folder
    vault.close()
    leak = folder / "notes.txt"
    leak.write_bytes(b"...about Ingrid S\xc3\xb8rensen, unencrypted")
    leak.chmod(0o600)
    report = maintenance.verify(folder, PASSPHRASE)
    assert not report.healthy
    assert report.plaintext == ("notes.txt: a coachee's name in clear",)
    assert "Sørensen" not in "\n".join(report.lines())


def test_verify_finds_a_clear_database_and_loose_modes(vault: Vault) -> None:
    folder = vault.folder
    vault.close()
    plain = folder / "copy.db"
    plain.write_bytes(b"SQLite format 3\x00" + b"\x00" * 100 + b"CREATE TABLE coachees")
    plain.chmod(0o644)
    report = maintenance.verify(folder, PASSPHRASE)
    assert not report.healthy
    assert "copy.db: an unencrypted SQLite database" in report.plaintext
    assert "copy.db: database structure (CREATE TABLE) in clear" in report.plaintext
    assert report.modes == (str(plain),)
    assert report.modes_fixed == ()


def test_verify_reports_modes_as_found_before_opening(vault: Vault) -> None:
    folder = vault.folder
    vault.close()
    (folder / "vault.db").chmod(0o644)
    report = maintenance.verify(folder, PASSPHRASE)
    assert report.modes == (str(folder / "vault.db"),)
    assert report.modes_fixed == report.modes
    assert not report.healthy
    assert maintenance.verify(folder, PASSPHRASE).healthy


def test_verify_wrong_passphrase(vault: Vault) -> None:
    folder = vault.folder
    vault.close()
    with pytest.raises(WrongPassphrase):
        maintenance.verify(folder, "not the passphrase at all")


def test_the_plaintext_scan_finds_needles_across_chunk_borders(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(maintenance, "_SCAN_CHUNK", 8)
    (tmp_path / "f").write_bytes(b"0123456Ingrid Sorensen789")
    findings, scanned = maintenance.scan_for_plaintext(tmp_path, ["Ingrid Sorensen", "Li"])
    assert scanned == 1
    assert findings == ["f: a coachee's name in clear"]
