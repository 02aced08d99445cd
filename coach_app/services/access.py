"""Opening and closing the vault: the one door the UI (and the CLI) use for it.

Create, unlock (passphrase, recovery key, a key remembered in the OS keyring), change the
passphrase, remember or forget the key on this computer, lock. The UI never handles the raw
data key and imports nothing from ``coach_app.vault``: it holds an ``OpenVault`` (an opaque
handle it passes to services) and a ``KeyStore`` (the OS keyring wrapper, injectable in tests).
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import AbstractContextManager
from pathlib import Path

from coach_app.vault import change_log
from coach_app.vault.change_log import ChangeLog
from coach_app.vault.keyring_store import KeyringStatus, KeyringStore
from coach_app.vault.keys import KdfParams
from coach_app.vault.vault import MIN_PASSPHRASE_CHARS, UpgradeNotice, Vault, vault_exists

# The names the UI uses for the vault's own types: an open vault to hand to services, the
# keyring wrapper, the KDF parameters (tests and the demo pass cheap ones).
OpenVault = Vault
KeyStore = KeyringStore
KeyStoreStatus = KeyringStatus
KeyDerivation = KdfParams
KeyStoreFactory = Callable[[Path], KeyringStore]

__all__ = [
    "MIN_PASSPHRASE_CHARS",
    "ChangeLog",
    "KeyDerivation",
    "KeyStore",
    "KeyStoreFactory",
    "KeyStoreStatus",
    "OpenVault",
    "change_passphrase",
    "check_passphrase",
    "create_vault",
    "fast_key_derivation",
    "forget_key",
    "has_vault",
    "lock",
    "recording",
    "remember_key",
    "unlock",
    "unlock_remembered",
    "unlock_with_recovery_key",
]


def has_vault(folder: Path) -> bool:
    """Whether ``folder`` holds a vault."""
    return vault_exists(folder)


def fast_key_derivation() -> KdfParams:
    """The cheapest allowed key derivation (tests, the throwaway demo vault)."""
    return KdfParams()


def create_vault(
    folder: Path, passphrase: str, kdf: KdfParams | None = None
) -> tuple[OpenVault, str]:
    """A new vault in ``folder``, unlocked, and its recovery key (shown once, never stored)."""
    return Vault.create(folder, passphrase, kdf)


def unlock(folder: Path, passphrase: str, *, on_upgrade: UpgradeNotice = None) -> OpenVault:
    """Unlock with the passphrase (``WrongPassphrase``, ``VaultInUse``, ... on failure).

    ``on_upgrade`` is called, on the calling thread, when the vault turns out to need its
    schema upgraded (a verified backup first): the unlock then takes longer, once.
    """
    return Vault.unlock(folder, passphrase, on_upgrade=on_upgrade)


def unlock_with_recovery_key(
    folder: Path, recovery_key: str, *, on_upgrade: UpgradeNotice = None
) -> OpenVault:
    """Unlock with the recovery key; ``must_change_passphrase`` is then set."""
    return Vault.unlock_with_recovery_key(folder, recovery_key, on_upgrade=on_upgrade)


def unlock_remembered(
    folder: Path, store: KeyringStore, vault_id: str, *, on_upgrade: UpgradeNotice = None
) -> OpenVault | None:
    """Unlock with the key remembered on this computer, or None when none is remembered."""
    key = store.recall(vault_id)
    return Vault.unlock_with_data_key(folder, key, on_upgrade=on_upgrade) if key else None


def change_passphrase(
    vault: OpenVault,
    new_passphrase: str,
    *,
    current: str | None = None,
    re_encrypt: bool = False,
    progress: Callable[[float], None] | None = None,
    kdf: KdfParams | None = None,
) -> str | None:
    """Set a new passphrase; with ``re_encrypt``, also a new data key. Returns the new recovery key.

    The fast default re-wraps the data key (the database is not rewritten) and returns None:
    the recovery key stays the same. ``re_encrypt`` (for a passphrase that may have leaked)
    rewrites the whole database under a fresh key, crash-safely, reporting ``progress`` (0..1),
    and returns the new recovery key, to be shown once: the old one no longer opens the vault.
    Backups made before keep the old key, passphrase and recovery key.

    ``current``: the passphrase the coach typed to confirm it is them (an unlocked app may have
    been left alone); ``WrongPassphrase`` and nothing changed when it does not open the header.
    """
    if current is not None:
        check_passphrase(vault, current)
    if not re_encrypt:
        vault.change_passphrase(new_passphrase, kdf)
        return None
    return vault.re_encrypt(new_passphrase, kdf, progress)


def check_passphrase(vault: OpenVault, passphrase: str) -> None:
    """``WrongPassphrase`` unless ``passphrase`` unwraps this vault's key (slow: Argon2id)."""
    vault.header.unlock_with_passphrase(passphrase)


def remember_key(store: KeyringStore, vault: OpenVault) -> None:
    """Keep this vault's key in the OS secret store ("remember on this computer")."""
    store.remember(vault.vault_id, vault.data_key())


def forget_key(store: KeyringStore, vault_id: str) -> None:
    """Remove this vault's key from the OS secret store."""
    store.forget(vault_id)


def lock(vault: OpenVault) -> None:
    """Close the vault: checkpoint, dispose the engine, forget the key, release the lock."""
    vault.close()


def recording() -> AbstractContextManager[ChangeLog]:
    """Collect what the transactions committed in this thread change (see ``ui/ops.py``)."""
    return change_log.recording()
