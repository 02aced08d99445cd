"""docs/security.md 7: files 0600 and folders 0700 (even under a permissive umask), and a key header
that is replaced atomically, so a crash mid-change leaves a header that still unlocks.
"""

from __future__ import annotations

import json
import os
import random
import signal
import stat
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from coach_app.errors import StorageError, WrongPassphrase
from coach_app.services import coachees, sessions
from coach_app.vault import backup
from coach_app.vault.header import HEADER_NAME, parse_header
from coach_app.vault.keyring_store import KeyringStore
from coach_app.vault.vault import Vault, file_modes_ok
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.helpers.keyrings import InMemoryKeyring
from tests.helpers.vault_files import REPO, python_env

NEW_PASSPHRASE = "a completely different passphrase"


@pytest.fixture
def open_umask() -> Iterator[None]:
    """Umask 000: anything created without an explicit mode would be world-readable."""
    old = os.umask(0)
    try:
        yield
    finally:
        os.umask(old)


def _modes(folder: Path) -> dict[str, int]:
    entries = [folder, *folder.rglob("*")]
    return {str(p.relative_to(folder)): stat.S_IMODE(p.stat().st_mode) for p in entries}


def _assert_private(folder: Path) -> None:
    for name, mode in _modes(folder).items():
        expected = 0o700 if (folder / name).is_dir() else 0o600
        assert mode == expected, f"{name} is {oct(mode)}, expected {oct(expected)}"
    assert file_modes_ok(folder) == []


@pytest.mark.usefixtures("open_umask")
def test_everything_private_while_open_and_after_close(vault_dir: Path) -> None:
    opened, _recovery = Vault.create(vault_dir, PASSPHRASE, FAST_KDF)
    c = coachees.create_coachee(opened, name="Ilse")
    sessions.create_session(opened, c.id, notes="Open, with -wal and -shm in use.")
    backup.create_backup(opened)
    backup.auto_backup(opened)
    KeyringStore(vault_dir, InMemoryKeyring(), trusted=True).remember(
        opened.vault_id, opened.data_key()
    )
    opened.change_passphrase(NEW_PASSPHRASE)
    names = set(_modes(vault_dir))
    assert {"vault.db", "vault.db-wal", "vault.db-shm", HEADER_NAME, "vault.lock"} <= names
    assert {"backups", "device.json"} <= names
    assert len(list((vault_dir / "backups").iterdir())) == 2
    _assert_private(vault_dir)
    opened.close()
    _assert_private(vault_dir)


@pytest.mark.usefixtures("open_umask")
def test_lax_folder_is_made_private(tmp_path: Path) -> None:
    folder = tmp_path / "shared-looking"
    folder.mkdir(mode=0o755)
    os.chmod(folder, 0o755)
    Vault.create(folder, PASSPHRASE, FAST_KDF)[0].close()
    _assert_private(folder)
    # A copy made with lax modes is tightened once it has unlocked.
    for path in [folder, *folder.rglob("*")]:
        os.chmod(path, 0o755 if path.is_dir() else 0o644)
    Vault.unlock(folder, PASSPHRASE).close()
    _assert_private(folder)


def test_header_replace_failure_keeps_old_header(
    vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A crash at the rename: the old header is still there, whole, and still unlocks."""
    header_path = vault.folder / HEADER_NAME
    old_bytes = header_path.read_bytes()

    def crash(*_args: object, **_kwargs: object) -> None:
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(os, "replace", crash)
    with pytest.raises(StorageError, match=r"Could not write vault\.json"):
        vault.change_passphrase(NEW_PASSPHRASE)
    monkeypatch.undo()

    assert header_path.read_bytes() == old_bytes
    assert [p.name for p in vault.folder.iterdir() if p.name.endswith(".tmp")] == []
    vault.close()
    with pytest.raises(WrongPassphrase):
        Vault.unlock(vault.folder, NEW_PASSPHRASE)
    Vault.unlock(vault.folder, PASSPHRASE).close()


def test_leftover_temp_header_does_not_matter(vault: Vault) -> None:
    vault.close()
    (vault.folder / f".{HEADER_NAME}.abc123.tmp").write_bytes(b'{"format": "coach-comp')
    Vault.unlock(vault.folder, PASSPHRASE).close()


CHANGER = r"""
import json
import sys
from pathlib import Path
from coach_app.vault.vault import Vault

folder, cycle, current = Path(sys.argv[1]), json.loads(sys.argv[2]), sys.argv[3]
labels = sorted(cycle)
vault = Vault.unlock(folder, cycle[current])
print("ready", flush=True)
while True:
    current = labels[(labels.index(current) + 1) % len(labels)]
    vault.change_passphrase(cycle[current])
    print(current, flush=True)
"""

CYCLE = {"A": PASSPHRASE, "B": NEW_PASSPHRASE, "C": "yet another long passphrase"}


def _successor(label: str) -> str:
    labels = sorted(CYCLE)
    return labels[(labels.index(label) + 1) % len(labels)]


def test_sigkill_during_passphrase_changes_leaves_a_working_header(vault: Vault) -> None:
    """Kill a process that keeps changing the passphrase (A -> B -> C -> A ...) at random.

    The header on disk must be whole and unlock with exactly one passphrase: the last one
    acknowledged, or the one being written when the kill came; never an older one.
    """
    vault.close()
    rng = random.Random(7)
    current = "A"
    for round_no in range(3):
        with subprocess.Popen(
            [sys.executable, "-c", CHANGER, str(vault.folder), json.dumps(CYCLE), current],
            cwd=REPO,
            env=python_env(),
            stdout=subprocess.PIPE,
            text=True,
        ) as child:
            assert child.stdout is not None
            try:
                assert child.stdout.readline().strip() == "ready"
                time.sleep(rng.uniform(0.1, 1.0))
            finally:
                child.send_signal(signal.SIGKILL)
            acks = child.stdout.read().split()
        acked = acks[-1] if acks else current

        parse_header((vault.folder / HEADER_NAME).read_bytes())  # whole, never half-written
        unlocking = []
        for label, phrase in CYCLE.items():
            try:
                Vault.unlock(vault.folder, phrase).close()
                unlocking.append(label)
            except WrongPassphrase:
                pass
        assert len(unlocking) == 1, f"round {round_no}: {unlocking}"
        assert unlocking[0] in (acked, _successor(acked)), (round_no, acks, unlocking)
        current = unlocking[0]
        leftovers = [p.name for p in vault.folder.iterdir() if p.suffix == ".tmp"]
        assert all(n.startswith(f".{HEADER_NAME}.") for n in leftovers)
