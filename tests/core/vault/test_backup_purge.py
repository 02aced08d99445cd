"""Erasing a coachee cleans the backups in the vault's own folder (docs/security.md 20).

Each test reads the bytes: the backup's database is unpacked and every page decrypted, and a
backup restored into a new, empty folder is exported to plain SQLite, as in
tests/core/services/test_erasure.py. The other coachee's words must be found by the same scans.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import tarfile
from pathlib import Path

import pytest

from coach_app.services import coachees, erasure, maintenance
from coach_app.vault.backup import extract_backup
from coach_app.vault.engine import raw_connect
from coach_app.vault.vault import Vault, file_modes_ok, head_revision
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.core.services.test_erasure import decrypted_pages, found, plaintext_export, plant

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "vaults"


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def backup_pages(archive: Path, key: bytes, work: Path) -> bytes:
    """Every decrypted page of the database inside a backup archive."""
    work.mkdir()
    _header, db = extract_backup(archive, work)
    return b"".join(decrypted_pages(db, key))


def backup_revision(archive: Path, key: bytes, work: Path) -> str:
    work.mkdir()
    _header, db = extract_backup(archive, work)
    conn = raw_connect(db, key)
    try:
        return str(conn.execute("SELECT version_num FROM alembic_version").fetchone()[0])
    finally:
        conn.close()


def test_a_backup_in_the_vault_folder_is_cleaned_and_restores_without_the_coachee(
    vault: Vault, tmp_path: Path
) -> None:
    kept_id, kept = plant(vault, "keep")
    gone_id, gone = plant(vault, "gone")
    backup = maintenance.backup(vault)
    assert backup.parent == vault.folder / "backups"
    key = vault.data_key()
    assert found(backup_pages(backup, key, tmp_path / "before"), gone.values())
    old = backup.stat()
    os.utime(backup, ns=(old.st_atime_ns, old.st_mtime_ns - 3600 * 10**9))
    mtime = backup.stat().st_mtime_ns

    result = erasure.erase_coachee(vault, gone_id)

    assert result.backups_purged == (backup,)
    assert result.backups_not_purged == ()
    # The daily backup's age check and the rotation go by these times.
    assert backup.stat().st_mtime_ns == mtime
    pages = backup_pages(backup, key, tmp_path / "after")
    assert found(pages, gone.values()) == []
    assert found(pages, kept.values()) == list(kept.values())
    assert not list(vault.folder.glob(".purge-*"))
    assert file_modes_ok(vault.folder) == []

    # Restored into a new, empty folder (no erasure record to re-apply there): still gone.
    fresh = tmp_path / "fresh"
    restored = maintenance.restore(fresh, backup, PASSPHRASE)
    assert restored.counts["coachees"] == 1
    assert restored.counts["erasures"] == 1  # the record travelled with the backup
    export = plaintext_export(fresh / "vault.db", key, tmp_path / "plain.db")
    pages = b"".join(decrypted_pages(fresh / "vault.db", key))
    assert found(export, gone.values()) == []
    assert found(pages, gone.values()) == []
    assert found(export, kept.values()) == list(kept.values())
    with Vault.unlock(fresh, PASSPHRASE) as opened:
        assert [c.id for c in coachees.list_coachees(opened)] == [kept_id]


def test_a_backup_with_another_key_is_reported_and_left_alone(vault: Vault, tmp_path: Path) -> None:
    gone_id, _gone = plant(vault, "gone")
    own = maintenance.backup(vault)
    other, _recovery = Vault.create(tmp_path / "other", PASSPHRASE, FAST_KDF)
    try:
        plant(other, "other")
        foreign = maintenance.backup(other, vault.folder / "backups" / "foreign.ccbackup")
    finally:
        other.close()
    before = sha(foreign)

    result = erasure.erase_coachee(vault, gone_id)

    assert result.backups_purged == (own,)
    assert [(n.path, "key" in n.reason) for n in result.backups_not_purged] == [(foreign, True)]
    assert sha(foreign) == before
    assert not list(vault.folder.glob(".purge-*"))


def test_a_damaged_backup_is_reported(vault: Vault) -> None:
    gone_id, _gone = plant(vault, "gone")
    folder = vault.folder / "backups"
    folder.mkdir(exist_ok=True)
    broken = folder / "broken.ccbackup"
    broken.write_bytes(b"not a tar file at all")

    result = erasure.erase_coachee(vault, gone_id)

    assert [(n.path, "damaged" in n.reason) for n in result.backups_not_purged] == [(broken, True)]
    assert broken.read_bytes() == b"not a tar file at all"


def test_a_backup_without_the_coachee_is_not_rewritten(vault: Vault) -> None:
    first = coachees.create_coachee(vault, name="First Erased").id
    erasure.erase_coachee(vault, first)
    later_backup = maintenance.backup(vault)  # made after that erasure
    before = sha(later_backup)
    second = coachees.create_coachee(vault, name="Created Afterwards").id

    result = erasure.erase_coachee(vault, second)

    assert result.backups_untouched == (later_backup,)
    assert result.backups_purged == ()
    assert sha(later_backup) == before


def test_a_backup_of_an_older_schema_is_cleaned_without_being_migrated(tmp_path: Path) -> None:
    fixture = FIXTURES / "v0001"
    expected = json.loads((fixture / "expected.json").read_text())
    if expected["revision"] == head_revision():
        pytest.skip("the oldest fixture vault is the current schema: no older backup to clean")
    folder = tmp_path / "v0001"
    shutil.copytree(fixture, folder)
    # Opening migrates it, after a verified backup at the old revision.
    vault = Vault.unlock(folder, expected["passphrase"])
    try:
        (old_backup,) = (folder / "backups").glob("*before-upgrade*")
        key = vault.data_key()
        ada = expected["coachees"]["Ada Jansen"]
        ada_words = [
            "Ada Jansen",
            expected["ada"]["email"],
            expected["ada"]["goal"],
            expected["ada"]["experiment"]["learning"],
            *(text for s in expected["ada"]["sessions"].values() for text in s.values() if text),
            # Single words as the search index holds them (lower case), found only in Ada's.
            *expected["search"],
        ]
        assert found(backup_pages(old_backup, key, tmp_path / "before"), ada_words) == ada_words

        result = erasure.erase_coachee(vault, ada)

        assert result.backups_purged == (old_backup,)
    finally:
        vault.close()
    assert backup_revision(old_backup, key, tmp_path / "revision") == expected["revision"]
    pages = backup_pages(old_backup, key, tmp_path / "after")
    assert found(pages, ada_words) == []
    assert found(pages, ["Bram de Vries"]) == ["Bram de Vries"]
    with tarfile.open(old_backup) as tar:
        assert sorted(tar.getnames()) == ["vault.db", "vault.json"]
