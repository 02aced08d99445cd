"""The quick read path: the same refusals as an unlock, the lock held, anything unusual declined.

``open_for_reading`` serves only a healthy vault whose schema is current; every other case
returns None so that the full unlock (run next by the caller) migrates or refuses as it does.
"""

from __future__ import annotations

import json
import os
import shutil
import stat
from pathlib import Path

import pytest

from coach_app.errors import VaultCorrupt, VaultInUse, VaultNotFound, WrongPassphrase
from coach_app.vault import raw
from coach_app.vault.vault import HEAD_REVISION, Vault, script_head_revision
from tests.conftest import PASSPHRASE

V0001 = Path(__file__).resolve().parents[2] / "fixtures" / "vaults" / "v0001"
PAGE_SIZE = 4096


def _files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


@pytest.fixture
def closed(vault: Vault) -> Path:
    folder = vault.folder
    vault.close()
    return folder


def test_the_pinned_revision_is_the_vaults() -> None:
    assert raw.HEAD_REVISION == HEAD_REVISION == script_head_revision()


def test_a_current_vault_opens_and_reads(closed: Path) -> None:
    opened = raw.open_for_reading(closed, PASSPHRASE)
    assert opened is not None
    with opened:
        rows = opened.fetch("SELECT version_num FROM alembic_version WHERE 1 = :one", {"one": 1})
        assert [tuple(r) for r in rows] == [(HEAD_REVISION,)]
    with pytest.raises(RuntimeError):
        opened.fetch("SELECT 1", {})


def test_a_wrong_passphrase_is_refused_as_an_unlock_refuses_it(closed: Path) -> None:
    with pytest.raises(WrongPassphrase) as full:
        Vault.unlock(closed, "not the passphrase at all")
    with pytest.raises(WrongPassphrase) as quick:
        raw.open_for_reading(closed, "not the passphrase at all")
    assert quick.value.message == full.value.message


def test_no_vault_here(tmp_path: Path) -> None:
    with pytest.raises(VaultNotFound):
        raw.open_for_reading(tmp_path, PASSPHRASE)


def test_the_lock_is_respected_and_held_while_open(closed: Path) -> None:
    with Vault.unlock(closed, PASSPHRASE), pytest.raises(VaultInUse):
        raw.open_for_reading(closed, PASSPHRASE)
    opened = raw.open_for_reading(closed, PASSPHRASE)
    assert opened is not None
    with opened, pytest.raises(VaultInUse):
        Vault.unlock(closed, PASSPHRASE)
    Vault.unlock(closed, PASSPHRASE).close()  # let go on close


def test_a_vault_behind_the_schema_is_left_to_the_full_unlock(tmp_path: Path) -> None:
    expected = json.loads((V0001 / "expected.json").read_text())
    folder = tmp_path / "v0001"
    shutil.copytree(V0001, folder)
    before = _files(folder)
    assert raw.open_for_reading(folder, str(expected["passphrase"])) is None
    after = _files(folder)
    after.pop("vault.lock", None)  # the lock file is taken and let go, as by any open
    assert after == before  # nothing migrated, nothing written
    with Vault.unlock(folder, str(expected["passphrase"])):  # the lock was let go
        pass


def test_a_missing_database_is_left_to_the_full_unlock_untouched(closed: Path) -> None:
    (closed / "vault.db").unlink()
    for leftover in ("vault.lock", "vault.db-wal", "vault.db-shm"):
        (closed / leftover).unlink(missing_ok=True)
    before = sorted(p.name for p in closed.iterdir())
    assert raw.open_for_reading(closed, PASSPHRASE) is None
    assert sorted(p.name for p in closed.iterdir()) == before
    with pytest.raises(VaultCorrupt):
        Vault.unlock(closed, PASSPHRASE)


def test_a_damaged_database_is_left_to_the_full_unlock(closed: Path) -> None:
    db = closed / "vault.db"
    data = bytearray(db.read_bytes())
    for start in range(PAGE_SIZE, len(data), PAGE_SIZE):
        data[start + 200] ^= 0xFF
    db.write_bytes(bytes(data))
    assert raw.open_for_reading(closed, PASSPHRASE) is None
    with pytest.raises(VaultCorrupt):
        Vault.unlock(closed, PASSPHRASE)


def test_leftovers_are_cleaned_as_an_unlock_cleans_them(closed: Path) -> None:
    debris = closed / ".vault.json.abc123.tmp"  # an atomic write killed before its rename
    debris.write_bytes(b"half a header")
    opened = raw.open_for_reading(closed, PASSPHRASE)
    assert opened is not None
    opened.close()
    assert not debris.exists()


@pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
def test_lax_modes_are_made_private_again(closed: Path) -> None:
    for name in ("vault.db", "vault.json"):
        (closed / name).chmod(0o644)
    closed.chmod(0o755)
    opened = raw.open_for_reading(closed, PASSPHRASE)
    assert opened is not None
    with opened:
        for path in (closed, closed / "vault.db", closed / "vault.json"):
            assert stat.S_IMODE(path.stat().st_mode) & 0o077 == 0, path
        (closed / "vault.db").chmod(0o644)  # loosened while open: closing tightens it again
    assert stat.S_IMODE((closed / "vault.db").stat().st_mode) & 0o077 == 0
