"""What "remember on this computer" can offer for a folder, found out before any unlock."""

from __future__ import annotations

from pathlib import Path

from keyring.backends import fail

from coach_app.services import access
from coach_app.services.keyring_check import check_keyring, is_remembered, vault_id_of
from coach_app.vault.keyring_store import KeyringStore
from coach_app.vault.vault import Vault
from tests.helpers.keyrings import InMemoryKeyring


def trusted_factory(backend: InMemoryKeyring):
    def factory(folder: Path) -> KeyringStore:
        return KeyringStore(folder, backend, trusted=True)

    return factory


def test_the_vault_id_comes_from_the_header(vault: Vault, tmp_path: Path) -> None:
    assert vault_id_of(vault.folder) == vault.vault_id
    assert vault_id_of(tmp_path / "nothing here") == ""


def test_an_unreadable_header_means_no_id_rather_than_a_crash(vault: Vault) -> None:
    (vault.folder / "vault.json").write_text("{ not json", "utf-8")
    assert vault_id_of(vault.folder) == ""


def test_a_real_store_says_whether_the_key_is_remembered(vault: Vault) -> None:
    factory = trusted_factory(InMemoryKeyring())
    check = check_keyring(vault.folder, factory)
    assert check.status.available
    assert check.vault_id == vault.vault_id
    assert not check.remembered

    access.remember_key(check.store, vault)
    assert check_keyring(vault.folder, factory).remembered

    access.forget_key(check.store, vault.vault_id)
    assert not check_keyring(vault.folder, factory).remembered


def test_without_a_real_store_nothing_counts_as_remembered(vault: Vault) -> None:
    backend = InMemoryKeyring()
    access.remember_key(KeyringStore(vault.folder, backend, trusted=True), vault)
    # The record of a remembered key is there, but this keyring cannot hold one.
    check = check_keyring(vault.folder, lambda folder: KeyringStore(folder, fail.Keyring()))
    assert not check.status.available
    assert check.status.reason
    assert not check.remembered


def test_no_vault_id_is_never_remembered(vault: Vault) -> None:
    store = KeyringStore(vault.folder, InMemoryKeyring(), trusted=True)
    access.remember_key(store, vault)
    assert is_remembered(store, vault.vault_id)
    assert not is_remembered(store, "")
