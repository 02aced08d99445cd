"""docs/security.md 10–12: remembering the data key only in a real OS secret store, opt-in, with a
timeout, tied to the backend that stored it; every other backend means "not available".
"""

from __future__ import annotations

import base64
import json
import time
from pathlib import Path
from typing import Any

import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail, null
from keyring.backends.chainer import ChainerBackend

from coach_app.errors import KeyringUnavailable
from coach_app.vault.keyring_store import DEVICE_NAME, SERVICE, KeyringStore
from coach_app.vault.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.helpers.keyrings import HangingKeyring, InMemoryKeyring
from tests.helpers.vault_files import find_markers


class Recording(InMemoryKeyring):
    """An in-memory store that notes every call made to it."""

    def __init__(self) -> None:
        super().__init__()
        self.calls: list[str] = []

    def get_password(self, service: str, username: str) -> str | None:
        self.calls.append("get")
        return super().get_password(service, username)

    def set_password(self, service: str, username: str, password: str) -> None:
        self.calls.append("set")
        super().set_password(service, username, password)

    def delete_password(self, service: str, username: str) -> None:
        self.calls.append("delete")
        super().delete_password(service, username)


def _named_like(module: str, name: str) -> Recording:
    """A recording store whose class claims to live in ``module`` (as a foreign backend would)."""
    cls = type(name, (Recording,), {"__module__": module})
    return cls()


def _plaintext() -> Recording:
    # keyrings.alt is not installed; its PlaintextKeyring lives in keyrings.alt.file.
    return _named_like("keyrings.alt.file", "PlaintextKeyring")


def _fake_secret_service() -> Recording:
    return _named_like("keyring.backends.SecretService", "Keyring")


class _Chainer(ChainerBackend):
    """A chainer over a fixed list (the real one discovers what is installed)."""

    priority = 0  # type: ignore[assignment]  # never picked by keyring's own discovery

    def __init__(self, *members: Any) -> None:
        super().__init__()
        self.members = list(members)

    @property
    def backends(self) -> list[Any]:  # type: ignore[override]
        return self.members


def _not_real() -> list[Any]:
    return [
        pytest.param(fail.Keyring, id="fail"),
        pytest.param(null.Keyring, id="null"),
        pytest.param(_plaintext, id="plaintext"),
        pytest.param(lambda: _Chainer(fail.Keyring(), null.Keyring(), _plaintext()), id="chainer"),
        pytest.param(_Chainer, id="empty-chainer"),
    ]


@pytest.mark.parametrize("make_backend", _not_real())
def test_not_a_real_store_means_unavailable(vault: Vault, make_backend: Any) -> None:
    backend: KeyringBackend = make_backend()
    store = KeyringStore(vault.folder, backend)
    status = store.status()
    assert status.available is False
    assert "keyring" in status.reason.lower()
    assert "passphrase" in status.reason

    with pytest.raises(KeyringUnavailable, match="passphrase"):
        store.remember(vault.vault_id, vault.data_key())
    assert not (vault.folder / DEVICE_NAME).exists()
    assert store.recall(vault.vault_id) is None
    store.forget(vault.vault_id)  # harmless
    members = backend.backends if isinstance(backend, _Chainer) else [backend]
    for member in members:
        assert getattr(member, "calls", []) == [], "nothing may be asked of a non-real store"


def test_default_backend_in_tests_is_unavailable(vault: Vault) -> None:
    """conftest sets PYTHON_KEYRING_BACKEND=fail; the default store must say 'not available'."""
    status = KeyringStore(vault.folder).status()
    assert status.available is False
    assert status.backend == "keyring.backends.fail.Keyring"


def test_chainer_stores_in_its_real_member_only(vault: Vault) -> None:
    """A chainer hands secrets to its first member; a plaintext one must never get it."""
    plaintext, real = _plaintext(), _fake_secret_service()
    store = KeyringStore(vault.folder, _Chainer(plaintext, real))
    assert store.status().available
    store.remember(vault.vault_id, vault.data_key())
    assert plaintext.calls == []
    assert real.calls == ["set"]
    assert store.recall(vault.vault_id) == vault.data_key()
    record = json.loads((vault.folder / DEVICE_NAME).read_text())
    assert record["keyring_backend"] == "keyring.backends.SecretService.Keyring"


def test_remember_recall_unlock_forget(vault: Vault) -> None:
    backend = InMemoryKeyring()
    store = KeyringStore(vault.folder, backend, trusted=True)
    assert store.status().available
    assert store.recall(vault.vault_id) is None  # opt-in: nothing until asked
    key = vault.data_key()
    store.remember(vault.vault_id, key)
    assert store.is_remembered(vault.vault_id)
    assert (SERVICE, vault.vault_id) in backend.store
    # device.json names the backend, never the key.
    record = json.loads((vault.folder / DEVICE_NAME).read_text())
    assert record == {
        "vault_id": vault.vault_id,
        "keyring_backend": "tests.helpers.keyrings.InMemoryKeyring",
    }
    as_b64 = base64.b64encode(key).decode()
    assert find_markers([vault.folder], [key.hex(), as_b64]) == []

    recalled = store.recall(vault.vault_id)
    assert recalled == key
    vault.close()
    Vault.unlock_with_data_key(vault.folder, recalled).close()

    store.forget(vault.vault_id)
    assert backend.store == {}
    assert not (vault.folder / DEVICE_NAME).exists()
    assert store.recall(vault.vault_id) is None
    store.forget(vault.vault_id)  # forgetting twice is fine


def test_remembered_key_is_per_vault(vault: Vault, tmp_path: Path) -> None:
    backend = InMemoryKeyring()
    KeyringStore(vault.folder, backend, trusted=True).remember(vault.vault_id, vault.data_key())
    other, _recovery = Vault.create(tmp_path / "other", PASSPHRASE, FAST_KDF)
    try:
        assert KeyringStore(other.folder, backend, trusted=True).recall(other.vault_id) is None
    finally:
        other.close()


def test_backend_changed_touches_nothing(vault: Vault) -> None:
    KeyringStore(vault.folder, InMemoryKeyring(), trusted=True).remember(
        vault.vault_id, vault.data_key()
    )
    record = (vault.folder / DEVICE_NAME).read_bytes()
    other = _named_like("tests.helpers.keyrings", "SomeOtherKeyring")
    other.store[(SERVICE, vault.vault_id)] = base64.b64encode(b"\x01" * 32).decode()
    store = KeyringStore(vault.folder, other, trusted=True)
    assert store.recall(vault.vault_id) is None
    assert other.calls == []
    assert (vault.folder / DEVICE_NAME).read_bytes() == record


def test_garbage_entry_is_ignored(vault: Vault) -> None:
    backend = InMemoryKeyring()
    store = KeyringStore(vault.folder, backend, trusted=True)
    store.remember(vault.vault_id, vault.data_key())
    for junk in ("not base64!", base64.b64encode(b"short").decode(), ""):
        backend.store[(SERVICE, vault.vault_id)] = junk
        assert store.recall(vault.vault_id) is None


def test_hanging_keyring_times_out(vault: Vault) -> None:
    backend = HangingKeyring()
    store = KeyringStore(vault.folder, backend, trusted=True, timeout=0.5)
    try:
        start = time.monotonic()
        with pytest.raises(KeyringUnavailable, match="did not answer"):
            store.remember(vault.vault_id, vault.data_key())
        assert time.monotonic() - start < 2.0
        assert not (vault.folder / DEVICE_NAME).exists()

        backend.release.set()
        store.remember(vault.vault_id, vault.data_key())
        backend.release.clear()
        start = time.monotonic()
        with pytest.raises(KeyringUnavailable):
            store.recall(vault.vault_id)
        with pytest.raises(KeyringUnavailable):
            store.forget(vault.vault_id)
        assert time.monotonic() - start < 3.0
        # Forget did not finish: the record stays so it can be tried again.
        assert (vault.folder / DEVICE_NAME).exists()
    finally:
        backend.release.set()
