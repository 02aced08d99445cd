"""Re-encryption under a new data key (coach_app/vault/rekey.py, ``Vault.re_encrypt``).

After it, the old passphrase, the old recovery key and the old key header open nothing written
from then on; the new passphrase and the new recovery key do, and every row is still there. A
process killed at any step of the switch leaves a vault that opens completely, with either the
old keys or the new ones, never a mixture and never leftovers after the next open.
"""

from __future__ import annotations

import hashlib
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from coach_app.errors import Cancelled, StorageError, ValidationError, VaultCorrupt, WrongPassphrase
from coach_app.services import access, coachees, search, sessions
from coach_app.vault import rekey
from coach_app.vault.engine import DB_NAME
from coach_app.vault.header import HEADER_NAME
from coach_app.vault.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.helpers.vault_files import REPO, python_env

NEW = "violet umbrella marches quietly"
MARKER = "zebrafinchmarker"
DEBRIS = (rekey.NEW_DB, rekey.NEW_HEADER, rekey.JOURNAL)


def _fill(vault: Vault) -> str:
    person = coachees.create_coachee(vault, name="Ana Lima")
    sessions.create_session(
        vault, person.id, started_at="2025-03-31T14:00", notes=f"Talked about the {MARKER}."
    )
    return person.id


def _intact(vault: Vault, coachee_id: str, counts: dict[str, int]) -> None:
    assert vault.counts() == counts
    assert vault.integrity_problems() == []
    (only,) = sessions.list_sessions(vault, coachee_id)
    assert MARKER in sessions.get_session(vault, only.id).notes
    assert search.search(vault, MARKER), "the search index came along"


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _opens(folder: Path, passphrase: str) -> bool:
    try:
        Vault.unlock(folder, passphrase).close()
    except (WrongPassphrase, VaultCorrupt):
        return False
    return True


def _recovers(folder: Path, recovery_key: str) -> bool:
    try:
        Vault.unlock_with_recovery_key(folder, recovery_key).close()
    except (WrongPassphrase, VaultCorrupt):
        return False
    return True


def test_new_key_new_passphrase_new_recovery_key_same_data(vault_dir: Path) -> None:
    vault, old_recovery = Vault.create(vault_dir, PASSPHRASE, FAST_KDF)
    coachee_id = _fill(vault)
    counts = vault.counts()
    old_key, old_db = vault.data_key(), _sha(vault.db_path)
    vault_id = vault.vault_id
    fractions: list[float] = []

    new_recovery = access.change_passphrase(
        vault, NEW, re_encrypt=True, progress=fractions.append, kdf=FAST_KDF
    )

    assert new_recovery is not None and new_recovery != old_recovery
    # Progress rises to the commit point; nothing is reported after it (it may not raise).
    assert fractions == sorted(fractions) and fractions[-1] >= 0.8
    # Still open and usable without unlocking again, under the new key.
    assert vault.data_key() != old_key and vault.vault_id == vault_id
    _intact(vault, coachee_id, counts)
    coachees.create_coachee(vault, name="Written after")
    vault.close()
    assert _sha(vault_dir / DB_NAME) != old_db
    assert not [name for name in DEBRIS if (vault_dir / name).exists()]

    assert not _opens(vault_dir, PASSPHRASE)
    assert not _recovers(vault_dir, old_recovery)
    assert _recovers(vault_dir, new_recovery)
    with Vault.unlock(vault_dir, NEW) as again:
        assert again.counts() == {**counts, "coachees": counts["coachees"] + 1}
    with pytest.raises(WrongPassphrase):  # a key remembered before opens nothing either
        Vault.unlock_with_data_key(vault_dir, old_key)


def test_the_old_header_no_longer_opens_the_new_database(vault: Vault) -> None:
    """A leaked passphrase together with a copy of the old vault.json unwraps the old key only."""
    _fill(vault)
    old_header = (vault.folder / HEADER_NAME).read_bytes()
    vault.re_encrypt(NEW, FAST_KDF)
    vault.close()
    (vault.folder / HEADER_NAME).write_bytes(old_header)
    with pytest.raises(VaultCorrupt, match="does not"):
        Vault.unlock(vault.folder, PASSPHRASE)


def test_the_plain_change_stays_the_fast_default(vault: Vault) -> None:
    vault.checkpoint()
    before = _sha(vault.db_path)
    key = vault.data_key()
    assert access.change_passphrase(vault, NEW, kdf=FAST_KDF) is None
    assert vault.data_key() == key and _sha(vault.db_path) == before


def test_a_weak_passphrase_is_refused_before_anything_changes(vault: Vault) -> None:
    key = vault.data_key()
    with pytest.raises(ValidationError, match="too easy to guess"):
        access.change_passphrase(vault, "Password123!", re_encrypt=True)
    assert vault.data_key() == key and vault.is_open


def test_a_failure_before_the_switch_leaves_the_vault_open_as_it_was(
    vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    coachee_id = _fill(vault)
    counts, key = vault.counts(), vault.data_key()

    def full_disk(*_args: object) -> None:
        # Half a copy exists when the disk fills up.
        (vault.folder / rekey.NEW_DB).write_bytes(b"partial")
        raise StorageError("Could not write the vault: the disk is full.")

    monkeypatch.setattr(rekey, "atomic_write_bytes", full_disk)
    with pytest.raises(StorageError):
        vault.re_encrypt(NEW, FAST_KDF)
    assert vault.is_open and vault.data_key() == key
    _intact(vault, coachee_id, counts)
    assert not [name for name in DEBRIS if (vault.folder / name).exists()]
    vault.close()
    assert _opens(vault.folder, PASSPHRASE) and not _opens(vault.folder, NEW)


def test_cancelled_midway_the_vault_stays_open_under_its_old_key(vault: Vault) -> None:
    """The app locking (``Cancelled`` from the progress callback) stops it before the switch."""
    coachee_id = _fill(vault)
    counts, key = vault.counts(), vault.data_key()

    def progress(fraction: float) -> None:
        if fraction >= 0.5:
            raise Cancelled("locked")

    with pytest.raises(Cancelled):
        access.change_passphrase(vault, NEW, re_encrypt=True, progress=progress)
    assert vault.data_key() == key
    _intact(vault, coachee_id, counts)
    assert not [name for name in DEBRIS if (vault.folder / name).exists()]
    vault.close()
    assert _opens(vault.folder, PASSPHRASE) and not _opens(vault.folder, NEW)


# ---- killed at every step ---------------------------------------------------------------------

CHILD = r"""
import os
import signal
import sys
from pathlib import Path

from coach_app.vault.vault import Vault
from tests.conftest import FAST_KDF

folder, old, new, kill_at = Path(sys.argv[1]), sys.argv[2], sys.argv[3], int(sys.argv[4])
vault = Vault.unlock(folder, old)
real_replace = os.replace
calls = 0


def replace(src, dst):
    # Each rename is a step of the switch: die just before the kill_at-th one.
    global calls
    calls += 1
    if calls == kill_at:
        os.kill(os.getpid(), signal.SIGKILL)
    real_replace(src, dst)


os.replace = replace
recovery = vault.re_encrypt(new, FAST_KDF)
vault.close()
print(calls, recovery, flush=True)
"""


def _run_child(folder: Path, kill_at: int) -> subprocess.CompletedProcess[str]:
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(folder), PASSPHRASE, NEW, str(kill_at)],
        cwd=REPO,
        env=python_env(),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        out, err = child.communicate(timeout=120)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
    return subprocess.CompletedProcess(child.args, child.returncode, out, err)


def test_killed_at_every_step_the_next_open_finds_one_whole_vault(tmp_path: Path) -> None:
    # A run that is not killed says how many renames the switch makes.
    whole = tmp_path / "whole"
    Vault.create(whole, PASSPHRASE, FAST_KDF)[0].close()
    done = _run_child(whole, kill_at=0)
    assert done.returncode == 0, done.stderr
    steps, new_recovery = done.stdout.split()
    assert int(steps) >= 4  # header, journal (the commit), header over old, database over old
    assert _opens(whole, NEW) and _recovers(whole, new_recovery)

    commit = 2  # the second rename writes the journal: the switch is decided from there on
    for kill_at in range(1, int(steps) + 1):
        folder = tmp_path / f"killed-{kill_at}"
        vault, old_recovery = Vault.create(folder, PASSPHRASE, FAST_KDF)
        coachee_id = _fill(vault)
        counts = vault.counts()
        vault.close()

        killed = _run_child(folder, kill_at)
        assert killed.returncode == -signal.SIGKILL, (kill_at, killed.stderr)

        switched = kill_at > commit
        good, bad = (NEW, PASSPHRASE) if switched else (PASSPHRASE, NEW)
        assert not _opens(folder, bad), f"killed before rename {kill_at}"
        assert _recovers(folder, old_recovery) is not switched, f"killed before rename {kill_at}"
        with Vault.unlock(folder, good) as opened:
            _intact(opened, coachee_id, counts)
        assert not [name for name in DEBRIS if (folder / name).exists()], kill_at
        assert not list(folder.glob(".rekey*")) and not list(folder.glob(".vault.json.rekey*"))


def test_a_switch_is_left_alone_while_another_process_holds_the_vault(vault: Vault) -> None:
    """``settle`` needs the lock: a re-encryption running elsewhere is not finished for it."""
    (vault.folder / rekey.NEW_HEADER).write_bytes(b"{}")
    rekey.settle(vault.folder)  # this process holds the vault; the settle must not act
    assert (vault.folder / rekey.NEW_HEADER).exists()
    vault.close()
    rekey.settle(vault.folder)  # no journal: undone
    assert not (vault.folder / rekey.NEW_HEADER).exists()
    assert _opens(vault.folder, PASSPHRASE)
