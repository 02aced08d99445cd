"""One app per vault folder: a private folder, and an instance lock beside the vault's own."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from coach_app.errors import VaultInUse
from coach_app.services import app_instance
from coach_app.vault.vault import Vault
from tests.conftest import PASSPHRASE


def test_the_folder_is_made_private(tmp_path: Path) -> None:
    folder = tmp_path / "deep" / "vault"
    app_instance.prepare_vault_folder(folder)
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700


def test_a_second_app_is_refused_while_the_vault_still_opens(vault: Vault) -> None:
    folder = vault.folder
    vault.close()
    first = app_instance.instance_lock(folder)
    first.acquire()
    try:
        with pytest.raises(VaultInUse):
            app_instance.instance_lock(folder).acquire()
        reopened = Vault.unlock(folder, PASSPHRASE)  # the vault's own lock is another file
        reopened.close()
    finally:
        first.release()
    second = app_instance.instance_lock(folder)
    second.acquire()
    second.release()
