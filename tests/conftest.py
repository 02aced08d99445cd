"""Fixtures for every test: a private home, no network, a fresh vault on demand.

No test may touch the real user-data folder or a real keyring (except the one marked
``real_keyring``), and no test may open a network connection (docs/security.md 21).
"""

from __future__ import annotations

import faulthandler
import socket
from collections.abc import Iterator
from pathlib import Path

import pytest
from _pytest.faulthandler import fault_handler_stderr_fd_key

from coach_app.vault.keys import KdfParams
from coach_app.vault.vault import Vault

PASSPHRASE = "correct horse battery staple"
FAST_KDF = KdfParams()  # the floor: 64 MiB, 3 iterations; calibration is tested separately


# The app's crash log (coach_app/logfile.py) points faulthandler at its own file while the CLI
# or GUI runs in-process and, when it stops, back to file descriptor 2, which is pytest's
# capture file during a test. A fatal error (a crash inside Qt or SQLCipher) must print its
# stacks where CI shows them: every test starts with faulthandler on pytest's own copy of the
# terminal (the one its faulthandler plugin keeps).
@pytest.fixture(autouse=True)
def _crash_stacks_reach_the_terminal(pytestconfig: pytest.Config) -> None:
    terminal = pytestconfig.stash.get(fault_handler_stderr_fd_key, None)
    if terminal is not None:
        faulthandler.enable(file=terminal, all_threads=True)


@pytest.fixture(autouse=True)
def _core_limit_kept(monkeypatch: pytest.MonkeyPatch) -> None:
    """``app.main``, run in-process by many tests, leaves this worker's core-dump limit alone.

    The app lowers the hard limit to 0 first thing, and a process without CAP_SYS_RESOURCE (CI
    runs as such a root) can never raise it again: every later test in the same worker that
    checks that a process disables core dumps itself (the import's reading child) would have
    nothing to prove and skip. ``tests/core/test_privacy.py`` tests the real function.
    """
    from coach_app import app  # noqa: PLC0415

    monkeypatch.setattr(app, "disable_core_dumps", lambda: None)


_real_connect = socket.socket.connect
_real_connect_ex = socket.socket.connect_ex


class NetworkUsed(AssertionError):
    """A test tried to open a network connection."""


def _guard(sock: socket.socket, address: object) -> None:
    if sock.family in (socket.AF_INET, socket.AF_INET6):
        raise NetworkUsed(f"network connection attempted to {address!r}")


def _guarded_connect(self: socket.socket, address: object) -> None:
    _guard(self, address)
    return _real_connect(self, address)


def _guarded_connect_ex(self: socket.socket, address: object) -> int:
    _guard(self, address)
    return _real_connect_ex(self, address)


def pytest_configure(config: pytest.Config) -> None:
    # Unix sockets stay allowed: the real-keyring test talks D-Bus over one.
    socket.socket.connect = _guarded_connect  # type: ignore[method-assign]
    socket.socket.connect_ex = _guarded_connect_ex  # type: ignore[method-assign]


@pytest.fixture(autouse=True)
def private_home(
    tmp_path_factory: pytest.TempPathFactory,
    monkeypatch: pytest.MonkeyPatch,
    request: pytest.FixtureRequest,
) -> Path:
    """Point every platform folder at a temp dir and disable the OS keyring."""
    home = tmp_path_factory.mktemp("home")
    for var, sub in (
        ("XDG_DATA_HOME", "data"),
        ("XDG_CONFIG_HOME", "config"),
        ("XDG_CACHE_HOME", "cache"),
        ("XDG_STATE_HOME", "state"),
    ):
        (home / sub).mkdir()
        monkeypatch.setenv(var, str(home / sub))
    monkeypatch.delenv("COACH_APP_VAULT", raising=False)
    monkeypatch.delenv("COACH_APP_CONFIG", raising=False)  # the language preference, in config/
    # The app follows the system language: every test starts from English, whatever the
    # machine's locale, and a test that wants another language asks for it.
    for var in ("LC_ALL", "LC_MESSAGES", "LANGUAGE"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")
    monkeypatch.delenv("COACH_APP_PASSPHRASE", raising=False)
    monkeypatch.delenv("COACH_APP_NEW_PASSPHRASE", raising=False)
    if request.node.get_closest_marker("real_keyring") is None:
        monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    return home


@pytest.fixture
def vault_dir(tmp_path: Path) -> Path:
    """A folder path for a new vault (not created yet)."""
    return tmp_path / "vault"


@pytest.fixture
def vault(vault_dir: Path) -> Iterator[Vault]:
    """A fresh, unlocked vault; locked again after the test."""
    opened, _recovery = Vault.create(vault_dir, PASSPHRASE, FAST_KDF)
    try:
        yield opened
    finally:
        opened.close()


@pytest.fixture
def other_vault(tmp_path: Path) -> Iterator[Vault]:
    """A second fresh vault beside ``vault``'s: where an export is imported, or rows are
    written another way to compare with."""
    opened, _recovery = Vault.create(tmp_path / "other", PASSPHRASE, FAST_KDF)
    try:
        yield opened
    finally:
        opened.close()
