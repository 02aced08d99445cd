"""docs/security.md 21: the suite refuses network connections, and a whole workflow opens none.

The guard in ``tests/conftest.py`` raises on any INET connect. Code may swallow that error, so
the workflow test also records every INET socket created, connected, or name looked up.
"""

from __future__ import annotations

import socket
from collections.abc import Callable
from pathlib import Path

import pytest

from coach_app.services import coachees, search, sessions
from coach_app.vault import backup
from coach_app.vault.keyring_store import KeyringStore
from coach_app.vault.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE, NetworkUsed
from tests.helpers.vault_files import write_markers


@pytest.mark.parametrize(
    ("family", "address"), [(socket.AF_INET, ("127.0.0.1", 9)), (socket.AF_INET6, ("::1", 9))]
)
def test_guard_rejects_inet_connections(family: socket.AddressFamily, address: tuple) -> None:
    with socket.socket(family, socket.SOCK_STREAM) as sock:
        with pytest.raises(NetworkUsed):
            sock.connect(address)
        with pytest.raises(NetworkUsed):
            sock.connect_ex(address)


def test_guard_allows_local_unix_sockets(tmp_path: Path) -> None:
    """D-Bus (the real keyring test) speaks over a Unix socket; that must keep working."""
    path = str(tmp_path / "s")
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as server:
        server.bind(path)
        server.listen(1)
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as client:
            client.connect(path)


def test_workflow_uses_no_network(
    vault_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    used: list[str] = []
    real_init = socket.socket.__init__

    def recording_init(self: socket.socket, family: int = -1, *args: object, **kw: object) -> None:
        if family in (socket.AF_INET, socket.AF_INET6):
            used.append(f"socket({family})")
        real_init(self, family, *args, **kw)  # type: ignore[arg-type]

    def refuse(name: str) -> Callable[..., object]:
        def call(*args: object, **_kw: object) -> object:
            used.append(f"{name}{args!r}")
            raise OSError("network disabled in this test")

        return call

    monkeypatch.setattr(socket.socket, "__init__", recording_init)
    for name in ("getaddrinfo", "gethostbyname", "gethostbyname_ex", "create_connection"):
        monkeypatch.setattr(socket, name, refuse(name))

    opened, _recovery = Vault.create(vault_dir, PASSPHRASE, FAST_KDF)
    try:
        markers = write_markers(opened)
        c = coachees.create_coachee(opened, name="Offline Olga")
        s = sessions.create_session(opened, c.id, notes="No cloud, ever.")
        sessions.save_session(opened, s.id, notes="No cloud, ever. Really.")
        assert search.search(opened, markers["notes"])
        assert search.search(opened, "cloud")
        made = backup.create_backup(opened, out=tmp_path / "offline.ccbackup")
        backup.verify_backup_file(made, opened.data_key())
        backup.auto_backup(opened)
        KeyringStore(vault_dir).status()
        opened.change_passphrase("another long passphrase")
    finally:
        opened.close()
    Vault.unlock(vault_dir, "another long passphrase").close()
    assert used == []
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM):
        pass
    assert used == [f"socket({socket.AF_INET})"], "the recorder itself sees INET sockets"
