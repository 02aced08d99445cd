"""Remember the data key in the OS secret store, opt-in per vault, real stores only.

Only the real stores count (macOS Keychain, Windows Credential Locker, Secret Service, KWallet).
``fail``, ``null`` and every plaintext or file-based backend mean "not available": we say so and
fall back to the passphrase; nothing is ever written in clear. Keyring calls can hang (a locked
keyring, D-Bus without a server), so each runs in a worker thread with a timeout.

Which backend stored the key is recorded in ``device.json`` (no secret in it). If the backend
changes, the remembered key is ignored and the passphrase asked for; nothing is touched.
"""

from __future__ import annotations

import base64
import json
import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from coach_app.errors import KeyringUnavailable
from coach_app.i18n import _
from coach_app.vault.files import atomic_write_bytes

log = logging.getLogger(__name__)

SERVICE = "coach-companion"
DEVICE_NAME = "device.json"
DEFAULT_TIMEOUT = 5.0

# Backends that are real OS secret stores, by module (class names vary across keyring versions).
_REAL_MODULES = (
    "keyring.backends.macOS",
    "keyring.backends.Windows",
    "keyring.backends.SecretService",
    "keyring.backends.libsecret",
    "keyring.backends.kwallet",
)

T = TypeVar("T")


def backend_name(backend: Any) -> str:
    """A stable name for a backend: ``module.Class``."""
    cls = type(backend)
    return f"{cls.__module__}.{cls.__qualname__}"


def _is_real(backend: Any) -> bool:
    module = type(backend).__module__
    return any(module == m or module.startswith(m + ".") for m in _REAL_MODULES)


def real_backends(backend: Any) -> list[Any]:
    """The real OS stores inside ``backend`` (a chainer may hold several), best first."""
    inner = getattr(backend, "backends", None)
    if isinstance(inner, list | tuple):
        return [b for b in inner if _is_real(b)]
    return [backend] if _is_real(backend) else []


@dataclass(frozen=True)
class KeyringStatus:
    """Whether remembering is possible here, and why not if it is not."""

    available: bool
    backend: str
    reason: str


def _call_with_timeout(fn: Callable[[], T], timeout: float, what: str) -> T:
    result: list[T] = []
    error: list[BaseException] = []

    def run() -> None:
        try:
            result.append(fn())
        except BaseException as exc:
            error.append(exc)

    worker = threading.Thread(target=run, name=f"keyring-{what}", daemon=True)
    worker.start()
    worker.join(timeout)
    if worker.is_alive():
        raise KeyringUnavailable(
            _(
                "The system keyring did not answer within {timeout:g} s (is it "
                "locked?). Unlock with your passphrase."
            ).format(
                timeout=timeout,
            )
        )
    if error:
        exc = error[0]
        log.warning("keyring %s failed: %s", what, type(exc).__name__)
        raise KeyringUnavailable(
            _("The system keyring refused the request; unlock with your passphrase.")
        ) from exc
    return result[0]


class KeyringStore:
    """A three-method wrapper around one keyring backend: remember, recall, forget.

    Args:
        folder: the vault folder (``device.json`` records the backend used).
        backend: a keyring backend; default ``keyring.get_keyring()``.
        trusted: force the "is this a real store" verdict (tests pass an in-memory double);
            ``None`` decides by the backend's module.
        timeout: seconds each call may take.
    """

    def __init__(
        self,
        folder: Path,
        backend: Any | None = None,
        *,
        trusted: bool | None = None,
        timeout: float = DEFAULT_TIMEOUT,
    ) -> None:
        if backend is None:
            import keyring  # noqa: PLC0415 - importing keyring probes D-Bus; only when needed

            backend = keyring.get_keyring()
        self.folder = folder
        self.backend = backend
        self.timeout = timeout
        self._trusted = trusted

    def _store(self) -> Any | None:
        """The backend that would hold the key: a real OS store, never a plaintext one.

        A chainer is not asked to store anything itself, since it hands the secret to its
        highest-priority member, which may be a file in clear; its best real member is used.
        """
        if self._trusted is not None:
            return self.backend if self._trusted else None
        found = real_backends(self.backend)
        return found[0] if found else None

    def status(self) -> KeyringStatus:
        """Whether a real OS secret store is available, with the reason if not."""
        store = self._store()
        if store is not None:
            return KeyringStatus(True, backend_name(store), "")
        return KeyringStatus(
            False,
            backend_name(self.backend),
            _(
                "No system keyring (Keychain, Credential Locker, Secret Service or KWallet) is "
                "available on this computer, so the passphrase is asked for at every start."
            ),
        )

    def _require(self) -> tuple[Any, KeyringStatus]:
        store = self._store()
        status = self.status()
        if store is None:
            raise KeyringUnavailable(status.reason)
        return store, status

    def remember(self, vault_id: str, data_key: bytes) -> None:
        """Store the data key for this vault and record which backend holds it."""
        store, status = self._require()
        secret = base64.b64encode(data_key).decode("ascii")
        _call_with_timeout(
            lambda: store.set_password(SERVICE, vault_id, secret), self.timeout, "set"
        )
        record = {"vault_id": vault_id, "keyring_backend": status.backend}
        atomic_write_bytes(self.folder / DEVICE_NAME, json.dumps(record).encode("utf-8"))

    def remembered_backend(self, vault_id: str) -> str | None:
        """The backend recorded for this vault, if the key was remembered."""
        try:
            record = json.loads((self.folder / DEVICE_NAME).read_text("utf-8"))
        except (OSError, ValueError):
            return None
        if not isinstance(record, dict) or record.get("vault_id") != vault_id:
            return None
        backend = record.get("keyring_backend")
        return backend if isinstance(backend, str) else None

    def is_remembered(self, vault_id: str) -> bool:
        """Whether ``remember`` was used for this vault on this computer."""
        return self.remembered_backend(vault_id) is not None

    def recall(self, vault_id: str) -> bytes | None:
        """The remembered data key, or None (not remembered, backend changed, entry gone).

        Raises ``KeyringUnavailable`` only when a real store should answer and does not.
        """
        recorded = self.remembered_backend(vault_id)
        if recorded is None:
            return None
        store = self._store()
        if store is None or recorded != backend_name(store):
            log.info("remembered key ignored: keyring backend changed")
            return None
        secret = _call_with_timeout(
            lambda: store.get_password(SERVICE, vault_id), self.timeout, "get"
        )
        if not secret:
            return None
        try:
            key = base64.b64decode(secret.encode("ascii"), validate=True)
        except ValueError:
            return None
        return key if len(key) == 32 else None

    def forget(self, vault_id: str) -> None:
        """Delete the entry (if any), then the record of it.

        The record goes last: if the keyring does not answer, ``KeyringUnavailable`` is raised
        and the record stays, so "forget" can be tried again instead of leaving a secret behind
        that nothing points to any more.
        """
        store = self._store()
        if store is not None:
            try:
                _call_with_timeout(
                    lambda: store.delete_password(SERVICE, vault_id), self.timeout, "delete"
                )
            except KeyringUnavailable as exc:
                # A missing entry is what we want anyway; anything else is reported.
                if type(exc.__cause__).__name__ != "PasswordDeleteError":
                    raise
        (self.folder / DEVICE_NAME).unlink(missing_ok=True)
