"""Sealed drafts: only the same vault, unlocked, opens them (services/sealed_drafts.py)."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from coach_app.errors import VaultLocked
from coach_app.services.sealed_drafts import SealedDraftsUnreadable, seal, unseal
from coach_app.vault.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE

MARKER = "Kingfisher marker 4Z — ünïcode"


def test_seal_round_trips_and_holds_no_clear_text(vault: Vault) -> None:
    payload = MARKER.encode()
    blob = seal(vault, payload)
    for part in blob.parts():
        assert payload not in part
        assert MARKER.encode("utf-16-le") not in part
    assert vault.data_key() not in b"".join(blob.parts())
    assert MARKER not in repr(blob)
    assert unseal(vault, blob) == payload


def test_every_seal_uses_a_fresh_key(vault: Vault) -> None:
    first, second = seal(vault, b"same words"), seal(vault, b"same words")
    assert first.ciphertext != second.ciphertext
    assert first.wrapped_key != second.wrapped_key


def test_the_same_vault_unlocked_again_opens_it(vault: Vault) -> None:
    blob = seal(vault, MARKER.encode())
    vault.close()
    with pytest.raises(VaultLocked):
        unseal(vault, blob)  # a locked vault has no key to open it with
    reopened = Vault.unlock(vault.folder, PASSPHRASE)
    try:
        assert unseal(reopened, blob) == MARKER.encode()
    finally:
        reopened.close()


def test_another_vault_cannot_open_it(vault: Vault, tmp_path: Path) -> None:
    blob = seal(vault, MARKER.encode())
    other, _recovery = Vault.create(tmp_path / "other", PASSPHRASE, FAST_KDF)
    try:
        with pytest.raises(SealedDraftsUnreadable):
            unseal(other, blob)
        # Claiming the right vault id does not help: the other key cannot unwrap it.
        claimed = dataclasses.replace(blob, vault_id=other.vault_id)
        with pytest.raises(SealedDraftsUnreadable):
            unseal(other, claimed)
    finally:
        other.close()


def test_altered_bytes_are_refused(vault: Vault) -> None:
    blob = seal(vault, MARKER.encode())
    flipped = bytes([blob.ciphertext[0] ^ 1]) + blob.ciphertext[1:]
    with pytest.raises(SealedDraftsUnreadable):
        unseal(vault, dataclasses.replace(blob, ciphertext=flipped))
