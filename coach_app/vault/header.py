"""``vault.json``: the key header. Format version, vault id, KDF, salts and two wrapped keys.

Nothing in it is secret on its own. It is written atomically so a crash during a passphrase
change leaves either the old or the new header, both of which unlock. A re-encryption replaces
it together with the database (``rekey.py``); ``read_header`` finishes or undoes one that was
interrupted before it reads anything.
"""

from __future__ import annotations

import base64
import json
import os
import re
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from coach_app.errors import VaultCorrupt, VaultNotFound
from coach_app.i18n import _
from coach_app.record import Record
from coach_app.vault import keys, rekey
from coach_app.vault.engine import DB_NAME
from coach_app.vault.files import atomic_write_bytes

HEADER_NAME = "vault.json"
FORMAT = "coach-companion-vault"
VERSION = 1
# A vault id as ``str(uuid.UUID(...))`` writes it: that text is its own canonical form, so a
# header written by this app is checked without importing ``uuid`` (which loads ``platform``).
_CANONICAL_ID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


class KeyHeader(Record):
    """The parsed key header (read-only; see ``coach_app.record``)."""

    __slots__ = (
        "created_at",
        "kdf",
        "recovery_salt",
        "salt",
        "vault_id",
        "wrapped_passphrase",
        "wrapped_recovery",
    )
    vault_id: str
    created_at: str
    kdf: keys.KdfParams
    salt: bytes
    recovery_salt: bytes
    wrapped_passphrase: dict[str, str]
    wrapped_recovery: dict[str, str]

    def __init__(  # noqa: PLR0917 - the header's fields, in order, as a dataclass takes them
        self,
        vault_id: str,
        created_at: str,
        kdf: keys.KdfParams,
        salt: bytes,
        recovery_salt: bytes,
        wrapped_passphrase: dict[str, str],
        wrapped_recovery: dict[str, str],
    ) -> None:
        self._set(
            vault_id=vault_id,
            created_at=created_at,
            kdf=kdf,
            salt=salt,
            recovery_salt=recovery_salt,
            wrapped_passphrase=wrapped_passphrase,
            wrapped_recovery=wrapped_recovery,
        )

    def passphrase_aad(self) -> bytes:
        """Associated data of the passphrase wrap: every field that protects it."""
        return _canonical(
            {
                "format": FORMAT,
                "version": VERSION,
                "vault_id": self.vault_id,
                "slot": "passphrase",
                "kdf": self.kdf.to_json(),
                "salt": _b64(self.salt),
            }
        )

    def recovery_aad(self) -> bytes:
        """Associated data of the recovery wrap."""
        return _canonical(
            {
                "format": FORMAT,
                "version": VERSION,
                "vault_id": self.vault_id,
                "slot": "recovery",
                "salt": _b64(self.recovery_salt),
            }
        )

    def to_json(self) -> dict[str, Any]:
        """The on-disk form."""
        return {
            "format": FORMAT,
            "version": VERSION,
            "vault_id": self.vault_id,
            "created_at": self.created_at,
            "kdf": self.kdf.to_json(),
            "salt": _b64(self.salt),
            "recovery_salt": _b64(self.recovery_salt),
            "wrapped_key": {
                "passphrase": self.wrapped_passphrase,
                "recovery": self.wrapped_recovery,
            },
        }

    def unlock_with_passphrase(self, passphrase: str) -> bytes:
        """Derive and unwrap; ``WrongPassphrase`` if it does not fit."""
        wrapping = keys.derive_key(passphrase, self.salt, self.kdf)
        return keys.unwrap(wrapping, self.wrapped_passphrase, self.passphrase_aad(), "passphrase")

    def unlock_with_recovery(self, recovery_key: str) -> bytes:
        """Unwrap with the recovery key; ``WrongPassphrase`` if it does not fit."""
        wrapping = keys.derive_recovery_key(recovery_key, self.recovery_salt)
        return keys.unwrap(wrapping, self.wrapped_recovery, self.recovery_aad(), "recovery key")

    def rewrapped(self, data_key: bytes, passphrase: str, kdf: keys.KdfParams) -> KeyHeader:
        """A copy whose passphrase slot wraps ``data_key`` under a new passphrase and salt."""
        draft = self.replaced(kdf=kdf, salt=os.urandom(keys.SALT_BYTES))
        wrapping = keys.derive_key(passphrase, draft.salt, kdf)
        return draft.replaced(
            wrapped_passphrase=keys.wrap(wrapping, data_key, draft.passphrase_aad())
        )

    def rekeyed(
        self, data_key: bytes, passphrase: str, recovery_key: str, kdf: keys.KdfParams
    ) -> KeyHeader:
        """The header after a re-encryption: the same vault, a new data key in both slots.

        Fresh salts for both slots; the vault id and creation time stay (the keyring entry and
        the folder are still this vault's).
        """
        return new_header(
            data_key,
            passphrase,
            recovery_key,
            kdf,
            vault_id=self.vault_id,
            created_at=self.created_at,
        )


def new_header(
    data_key: bytes,
    passphrase: str,
    recovery_key: str,
    kdf: keys.KdfParams,
    *,
    vault_id: str | None = None,
    created_at: str | None = None,
) -> KeyHeader:
    """A header with both slots filled: a new vault's, or (id and time given) a re-encrypted one."""
    import uuid  # noqa: PLC0415 - see _CANONICAL_ID

    draft = KeyHeader(
        vault_id=vault_id or str(uuid.uuid4()),
        created_at=created_at or datetime.now(UTC).isoformat(timespec="seconds"),
        kdf=kdf,
        salt=os.urandom(keys.SALT_BYTES),
        recovery_salt=os.urandom(keys.SALT_BYTES),
        wrapped_passphrase={},
        wrapped_recovery={},
    )
    pass_key = keys.derive_key(passphrase, draft.salt, kdf)
    rec_key = keys.derive_recovery_key(recovery_key, draft.recovery_salt)
    return draft.replaced(
        wrapped_passphrase=keys.wrap(pass_key, data_key, draft.passphrase_aad()),
        wrapped_recovery=keys.wrap(rec_key, data_key, draft.recovery_aad()),
    )


def parse_header(raw: bytes) -> KeyHeader:
    """Parse header bytes; anything odd is ``VaultCorrupt`` with a hint."""
    hint = " " + _("Restore a backup (its header travels with it) to get back in.")
    try:
        doc = json.loads(raw.decode("utf-8"))
        if doc.get("format") != FORMAT:
            raise VaultCorrupt(_("This folder's vault.json is not a Coach Companion key header."))
        if doc.get("version") != VERSION:
            raise VaultCorrupt(
                _(
                    "This vault's key header is version {value}; this app reads "
                    "version {VERSION}. Update Coach Companion."
                ).format(value=doc.get("version"), VERSION=VERSION)
            )
        kdf_doc = doc["kdf"]
        if kdf_doc.get("name") != "argon2id":
            raise VaultCorrupt(_("The key header names an unknown key-derivation function.") + hint)
        kdf = keys.KdfParams(
            time_cost=int(kdf_doc["time_cost"]),
            memory_kib=int(kdf_doc["memory_kib"]),
            parallelism=int(kdf_doc["parallelism"]),
        )
        # Bounds first, here at parse time: every path (passphrase, recovery key, passphrase
        # change, restore of a backup) reads its header through this function before any
        # derivation, so a tampered header can neither weaken the KDF nor make it run for minutes.
        kdf.check()
        wrapped = doc["wrapped_key"]
        header = KeyHeader(
            vault_id=_vault_id(doc["vault_id"]),
            created_at=str(doc["created_at"]),
            kdf=kdf,
            salt=_unb64(doc["salt"]),
            recovery_salt=_unb64(doc["recovery_salt"]),
            wrapped_passphrase={k: str(v) for k, v in wrapped["passphrase"].items()},
            wrapped_recovery={k: str(v) for k, v in wrapped["recovery"].items()},
        )
    except VaultCorrupt:
        raise
    except (ValueError, KeyError, TypeError, AttributeError, UnicodeDecodeError) as exc:
        raise VaultCorrupt(_("The key header (vault.json) is damaged.") + hint) from exc
    return header


def read_header(folder: Path) -> KeyHeader:
    """Read the header of the vault in ``folder``.

    First, a re-encryption that was interrupted (the app killed, the power gone) is finished or
    undone (``rekey.settle``): every way into a vault reads its header here, so none of them can
    pair the old header with the new database or the other way round.
    """
    rekey.settle(folder)
    path = folder / HEADER_NAME
    try:
        raw = path.read_bytes()
    except FileNotFoundError as exc:
        if (folder / DB_NAME).exists():
            # A database without its header is a vault that lost its key file, not an empty
            # folder: "create one here" would be the wrong advice.
            raise VaultCorrupt(
                _(
                    "The key header ({HEADER_NAME}) is missing from {folder}, so the "
                    "vault database there cannot be opened. Put back vault.json from "
                    "a copy of this folder, or restore a backup (its header travels "
                    "with it); nothing was changed."
                ).format(
                    HEADER_NAME=HEADER_NAME,
                    folder=folder,
                )
            ) from exc
        raise VaultNotFound(
            _(
                "There is no vault in {folder} (no {HEADER_NAME}). Create one with "
                "'init', or choose the folder that holds your vault."
            ).format(
                folder=folder,
                HEADER_NAME=HEADER_NAME,
            )
        ) from exc
    return parse_header(raw)


def header_bytes(header: KeyHeader) -> bytes:
    """Serialised header, stable key order."""
    return (json.dumps(header.to_json(), indent=2, sort_keys=True) + "\n").encode("utf-8")


def write_header(folder: Path, header: KeyHeader) -> None:
    """Atomically (re)write the header."""
    atomic_write_bytes(folder / HEADER_NAME, header_bytes(header))


def _vault_id(value: Any) -> str:
    """The vault id in its canonical form; ValueError, TypeError or AttributeError if none."""
    if isinstance(value, str) and _CANONICAL_ID.fullmatch(value):
        return value  # what str(uuid.UUID(value)) would return, without importing uuid
    import uuid  # noqa: PLC0415 - any other spelling: uuid decides, as it always did

    return str(uuid.UUID(value))


def _canonical(doc: dict[str, Any]) -> bytes:
    return json.dumps(doc, sort_keys=True, separators=(",", ":")).encode("utf-8")


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(str(text).encode("ascii"), validate=True)
