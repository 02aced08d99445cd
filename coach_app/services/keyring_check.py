"""What "remember on this computer" can offer for a vault folder, found out in one call.

The unlock screen asks this before any vault is open: it needs the vault's id (from the key
header, which is not secret) to know whether a key was remembered, and the keyring wrapper to
say whether a real OS secret store exists. Building that wrapper may touch D-Bus, which can
hang, so callers run ``check_keyring`` off the UI thread. Nothing here reads or writes a key.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from pathlib import Path

from coach_app.errors import CoachAppError
from coach_app.services.access import KeyStore, KeyStoreFactory, KeyStoreStatus, has_vault
from coach_app.vault.header import read_header


@dataclass(frozen=True)
class KeyringCheck:
    """The keyring wrapper for a folder, whether it can remember, and whether it did."""

    store: KeyStore
    status: KeyStoreStatus
    vault_id: str  # "" when the folder holds no readable vault header
    remembered: bool


def vault_id_of(folder: Path) -> str:
    """The id of the vault in ``folder`` from its key header, or "" if there is none to read."""
    if not has_vault(folder):
        return ""
    # A damaged header is reported by the unlock itself; here it only means "nothing to recall".
    with contextlib.suppress(CoachAppError, OSError, ValueError):
        return read_header(folder).vault_id
    return ""


def is_remembered(store: KeyStore, vault_id: str) -> bool:
    """Whether this computer remembers the key of ``vault_id`` (False for an empty id)."""
    return bool(vault_id) and store.is_remembered(vault_id)


def check_keyring(folder: Path, factory: KeyStoreFactory) -> KeyringCheck:
    """Build the keyring wrapper for ``folder`` and see what it can do (may block: not on UI)."""
    store = factory(folder)
    status = store.status()
    vault_id = vault_id_of(folder)
    remembered = status.available and is_remembered(store, vault_id)
    return KeyringCheck(store, status, vault_id, remembered)
