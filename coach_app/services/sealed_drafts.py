"""Sealing text the coach typed but could not save, while the app is locked.

When the app locks, an editor or dialog may hold words that are not in the vault yet (a save
that failed, a half-filled form). They must neither be dropped nor stay readable in memory
while the vault is closed. ``seal`` encrypts them under a fresh random key, and wraps that key
with a key derived from the vault's data key; once the vault is locked (its key wiped) only
unlocking the same vault again can ``unseal`` them.

- The payload key ``K`` is 32 random bytes, new for every seal; the payload is AES-256-GCM
  encrypted under ``K``.
- ``K`` is wrapped (AES-256-GCM) under a key-encryption key derived with HKDF-SHA256 from the
  data key, a random salt, and the info ``b"coach-app sealed drafts"`` plus the vault id, so
  the wrap is bound to this purpose and to this vault.
- The vault id is the associated data of both encryptions: a blob handed to another vault is
  refused (``SealedDraftsUnreadable``), and so is a blob whose bytes were changed.

A ``SealedBlob`` holds only ciphertext, salts and nonces; it never holds ``K`` or the payload.
Python cannot wipe the ``bytes`` objects the key derivation returns; they are dropped at once
(best effort, like the rest of the app's key handling: docs/security.md, threat model).
"""

from __future__ import annotations

import os
from dataclasses import dataclass

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from coach_app.errors import CoachAppError
from coach_app.i18n import _
from coach_app.services.access import OpenVault

INFO = b"coach-app sealed drafts"
KEY_BYTES = 32
NONCE_BYTES = 12
SALT_BYTES = 16


class SealedDraftsUnreadable(CoachAppError):
    """The sealed text belongs to another vault, or its bytes were changed."""


@dataclass(frozen=True, repr=False)
class SealedBlob:
    """Sealed text: only ciphertext and the public values needed to open it with the vault.

    ``repr`` says nothing but the size, so a log line or a traceback shows no bytes of it.
    """

    vault_id: str
    salt: bytes
    wrap_nonce: bytes
    wrapped_key: bytes
    nonce: bytes
    ciphertext: bytes

    def __repr__(self) -> str:
        return f"<SealedBlob {len(self.ciphertext)} bytes>"

    def parts(self) -> tuple[bytes, ...]:
        """Every byte string the blob holds (tests look for clear text in them)."""
        return (
            self.vault_id.encode(),
            self.salt,
            self.wrap_nonce,
            self.wrapped_key,
            self.nonce,
            self.ciphertext,
        )


def _aad(vault_id: str) -> bytes:
    return INFO + b"\x00" + vault_id.encode()


def _key_encryption_key(vault: OpenVault, salt: bytes) -> bytes:
    hkdf = HKDF(algorithm=hashes.SHA256(), length=KEY_BYTES, salt=salt, info=_aad(vault.vault_id))
    return hkdf.derive(vault.data_key())


def seal(vault: OpenVault, payload: bytes) -> SealedBlob:
    """Encrypt ``payload`` so that only this vault, unlocked, can read it again.

    Raises ``VaultLocked`` when the vault is closed already (its key is gone).
    """
    aad = _aad(vault.vault_id)
    payload_key = AESGCM.generate_key(bit_length=KEY_BYTES * 8)
    nonce = os.urandom(NONCE_BYTES)
    ciphertext = AESGCM(payload_key).encrypt(nonce, payload, aad)
    salt = os.urandom(SALT_BYTES)
    wrap_nonce = os.urandom(NONCE_BYTES)
    wrapped = AESGCM(_key_encryption_key(vault, salt)).encrypt(wrap_nonce, payload_key, aad)
    return SealedBlob(vault.vault_id, salt, wrap_nonce, wrapped, nonce, ciphertext)


def unseal(vault: OpenVault, blob: SealedBlob) -> bytes:
    """The payload ``seal`` was given, read with the (unlocked) vault it was sealed with.

    Raises:
        SealedDraftsUnreadable: the blob belongs to another vault or was altered.
        VaultLocked: the vault is closed.
    """
    if blob.vault_id != vault.vault_id:
        raise SealedDraftsUnreadable(
            _("The text kept during the lock belongs to another vault and cannot be read here.")
        )
    aad = _aad(vault.vault_id)
    try:
        payload_key = AESGCM(_key_encryption_key(vault, blob.salt)).decrypt(
            blob.wrap_nonce, blob.wrapped_key, aad
        )
        return AESGCM(payload_key).decrypt(blob.nonce, blob.ciphertext, aad)
    except InvalidTag as exc:
        raise SealedDraftsUnreadable(
            _("The text kept during the lock could not be read back: it was altered.")
        ) from exc
