"""Key material: the data key, Argon2id derivation, AES-256-GCM wrapping, recovery keys.

The data key (32 random bytes) encrypts the database. It is never stored in clear: it is wrapped
under a key derived from the passphrase (Argon2id) and, separately, under a key derived from a
random recovery key. The header fields are the associated data of each wrap, so a header edited
by hand (say, weaker KDF parameters) no longer unwraps.
"""

from __future__ import annotations

import base64
import os
import time
import unicodedata

from _argon2_cffi_bindings import ffi, lib  # argon2-cffi's C bindings (untyped)
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from coach_app.errors import VaultCorrupt, WrongPassphrase
from coach_app.i18n import _
from coach_app.record import Record

DATA_KEY_BYTES = 32
NONCE_BYTES = 12
SALT_BYTES = 16
MIN_MEMORY_KIB = 64 * 1024
MIN_TIME_COST = 3
MIN_PARALLELISM = 1
# The ceilings are there for a damaged or tampered header, which must not make an unlock run for
# minutes or take gigabytes. ``calibrate`` keeps memory at the floor and caps the passes at
# MAX_TIME_COST, so the most work it ever asks for is MAX_WORK_KIB (64 MiB x 64 passes, a few
# seconds on a slow laptop). MAX_MEMORY_KIB leaves room for a future calibration that spends
# memory instead of passes, but memory x passes may never exceed what calibration can produce.
MAX_MEMORY_KIB = 1024 * 1024
MAX_TIME_COST = 64
MAX_PARALLELISM = 16
MAX_WORK_KIB = MIN_MEMORY_KIB * MAX_TIME_COST
TARGET_SECONDS = 0.5

# Crockford-style base32 without the letters people misread (I, L, O, U).
_RECOVERY_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_RECOVERY_GROUPS = 8
_RECOVERY_GROUP_LEN = 5


class KdfParams(Record):
    """Argon2id parameters, stored beside the wrapped key (read-only; see ``coach_app.record``)."""

    __slots__ = ("memory_kib", "parallelism", "time_cost")
    time_cost: int
    memory_kib: int
    parallelism: int

    def __init__(
        self, time_cost: int = MIN_TIME_COST, memory_kib: int = MIN_MEMORY_KIB, parallelism: int = 1
    ) -> None:
        self._set(time_cost=time_cost, memory_kib=memory_kib, parallelism=parallelism)

    def within_bounds(self) -> bool:
        """Whether every parameter, and their product, lies between the floor and the ceiling."""
        return (
            MIN_TIME_COST <= self.time_cost <= MAX_TIME_COST
            and MIN_MEMORY_KIB <= self.memory_kib <= MAX_MEMORY_KIB
            and MIN_PARALLELISM <= self.parallelism <= MAX_PARALLELISM
            and self.memory_kib * self.time_cost <= MAX_WORK_KIB
        )

    def check(self) -> None:
        """Refuse parameters outside the bounds, before any derivation is attempted.

        Below the floor a header is weakened; above the ceiling it would make the unlock run for
        minutes or exhaust memory. Either way the header is damaged or was edited, and the
        recovery key cannot route around it: its wrap lives in the same header.
        """
        if self.within_bounds():
            return
        raise VaultCorrupt(
            _(
                "The key header has key-derivation settings outside the safe range "
                "(memory {memory_kib} KiB, {time_cost} passes, parallelism {parallelism}), "
                "so it was refused before any slow work: it is damaged or was edited. "
                "Put back vault.json from a copy of this folder, or restore a backup into "
                "a new, empty folder (every backup carries its own key header); if this "
                "header came from a backup, use another backup. The recovery key cannot "
                "help here: it is kept in this same header."
            ).format(
                memory_kib=self.memory_kib,
                time_cost=self.time_cost,
                parallelism=self.parallelism,
            )
        )

    def to_json(self) -> dict[str, int | str]:
        """The header form."""
        return {
            "name": "argon2id",
            "time_cost": self.time_cost,
            "memory_kib": self.memory_kib,
            "parallelism": self.parallelism,
        }


def normalise_passphrase(passphrase: str) -> bytes:
    """NFC-normalise so the same passphrase typed on another keyboard layout still unlocks."""
    return unicodedata.normalize("NFC", passphrase).encode("utf-8")


def hash_secret_raw(
    *, secret: bytes, salt: bytes, time_cost: int, memory_cost: int, parallelism: int, hash_len: int
) -> bytes:
    """Argon2id, version 1.3: ``hash_len`` raw bytes.

    What ``argon2.low_level.hash_secret_raw(..., type=Type.ID)`` computes, through the same C
    bindings (argon2-cffi-bindings, which argon2-cffi is built on), called directly: importing
    the ``argon2`` package also loads its password-hashing profiles and ``platform`` (some
    5 ms of a quick command's start) for nothing that deriving a key uses (issue 13).
    tests/core/vault/test_keys.py checks that both give the same bytes.
    """
    out = ffi.new("uint8_t[]", hash_len)
    status = lib.argon2_hash(
        time_cost,
        memory_cost,
        parallelism,
        ffi.new("uint8_t[]", secret),
        len(secret),
        ffi.new("uint8_t[]", salt),
        len(salt),
        out,
        hash_len,
        ffi.NULL,  # no encoded ($argon2id$...) form wanted
        0,
        lib.Argon2_id,
        lib.ARGON2_VERSION_NUMBER,
    )
    if status != lib.ARGON2_OK:
        # argon2-cffi's own error, as before (the library's package only on this rare path).
        from argon2.exceptions import HashingError  # noqa: PLC0415

        raise HashingError(ffi.string(lib.argon2_error_message(status)).decode("ascii"))
    return bytes(ffi.buffer(out, hash_len))


def derive_key(passphrase: str, salt: bytes, params: KdfParams) -> bytes:
    """Argon2id(passphrase) -> 32-byte wrapping key. Slow on purpose (~0.5 s)."""
    params.check()
    return hash_secret_raw(
        secret=normalise_passphrase(passphrase),
        salt=salt,
        time_cost=params.time_cost,
        memory_cost=params.memory_kib,
        parallelism=params.parallelism,
        hash_len=32,
    )


def calibrate(target_seconds: float = TARGET_SECONDS) -> KdfParams:
    """Pick Argon2id parameters that take about ``target_seconds`` on this machine.

    Memory stays at the 64 MiB floor (low-end laptops must still unlock); iterations grow until
    one derivation takes roughly the target.
    """
    base = KdfParams()
    salt = os.urandom(SALT_BYTES)
    start = time.perf_counter()
    derive_key("calibration", salt, base)
    elapsed = max(time.perf_counter() - start, 1e-3)
    per_iteration = elapsed / base.time_cost
    time_cost = int(target_seconds / per_iteration)
    return KdfParams(time_cost=max(MIN_TIME_COST, min(MAX_TIME_COST, time_cost)))


def new_data_key() -> bytes:
    """32 random bytes from the OS CSPRNG."""
    import secrets  # noqa: PLC0415 - new keys only: an unlock does without it (and hmac)

    return secrets.token_bytes(DATA_KEY_BYTES)


def wrap(wrapping_key: bytes, data_key: bytes, associated: bytes) -> dict[str, str]:
    """AES-256-GCM encrypt the data key; a fresh 96-bit nonce every time."""
    nonce = os.urandom(NONCE_BYTES)
    sealed = AESGCM(wrapping_key).encrypt(nonce, data_key, associated)
    return {"nonce": _b64(nonce), "ciphertext": _b64(sealed)}


def unwrap(wrapping_key: bytes, wrapped: dict[str, str], associated: bytes, what: str) -> bytes:
    """Open a wrap; a wrong key (or an edited header) raises ``WrongPassphrase``."""
    try:
        nonce = _unb64(wrapped["nonce"])
        sealed = _unb64(wrapped["ciphertext"])
    except (KeyError, TypeError, ValueError) as exc:
        raise VaultCorrupt(_("The key header is damaged: a wrapped key cannot be read.")) from exc
    try:
        key = AESGCM(wrapping_key).decrypt(nonce, sealed, associated)
    except InvalidTag as exc:
        # A whole sentence per kind of secret, so each language can word it its own way.
        if what == "recovery key":
            message = _("That recovery key does not unlock this vault. Please try again.")
        else:
            message = _("That passphrase does not unlock this vault. Please try again.")
        raise WrongPassphrase(message) from exc
    if len(key) != DATA_KEY_BYTES:
        raise VaultCorrupt(_("The key header is damaged: the data key has the wrong length."))
    return key


def new_recovery_key() -> str:
    """A printable recovery key: 40 characters of base32 (200 bits) in groups of five."""
    import secrets  # noqa: PLC0415 - see new_data_key

    chars = [
        secrets.choice(_RECOVERY_ALPHABET) for _ in range(_RECOVERY_GROUPS * _RECOVERY_GROUP_LEN)
    ]
    groups = [
        "".join(chars[i : i + _RECOVERY_GROUP_LEN])
        for i in range(0, len(chars), _RECOVERY_GROUP_LEN)
    ]
    return "-".join(groups)


def canonical_recovery_key(text: str) -> str:
    """Forgive spaces, dashes, lower case and the usual look-alikes (O→0, I/L→1)."""
    cleaned = text.upper().replace("O", "0").replace("I", "1").replace("L", "1")
    cleaned = "".join(ch for ch in cleaned if ch.isalnum())
    if len(cleaned) != _RECOVERY_GROUPS * _RECOVERY_GROUP_LEN or any(
        ch not in _RECOVERY_ALPHABET for ch in cleaned
    ):
        raise WrongPassphrase(
            _(
                "That is not a recovery key: it has 8 groups of 5 letters and digits,"
                " like ABCDE-12345-…"
            )
        )
    return cleaned


def derive_recovery_key(recovery_key: str, salt: bytes) -> bytes:
    """Recovery key -> wrapping key. It has 200 random bits, so a fast KDF (HKDF-like) suffices."""
    # hashlib loads OpenSSL's libcrypto (milliseconds): an unlock by passphrase does without it.
    import hashlib  # noqa: PLC0415

    material = canonical_recovery_key(recovery_key).encode("ascii")
    return hashlib.blake2b(material, key=salt, digest_size=32, person=b"cc-recovery").digest()


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)
