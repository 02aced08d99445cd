"""docs/security.md 17: one process per vault; a second opener is told why; the lock dies with its
holder (close, or SIGKILL) and never blocks the next start.
"""

from __future__ import annotations

import json
import signal
import subprocess
import sys

import pytest

from coach_app.errors import VaultInUse
from coach_app.services import coachees
from coach_app.vault.lock import LOCK_NAME
from coach_app.vault.vault import Vault
from tests.conftest import PASSPHRASE
from tests.helpers.vault_files import REPO, folder_state, python_env, run_python

TRY_UNLOCK = r"""
import json
import sys
from pathlib import Path
from coach_app.errors import CoachAppError
from coach_app.vault.vault import Vault

try:
    Vault.unlock(Path(sys.argv[1]), sys.argv[2]).close()
    print(json.dumps({"ok": True}))
except CoachAppError as exc:
    print(json.dumps({"ok": False, "error": type(exc).__name__, "message": exc.message}))
"""

HOLD = r"""
import sys
import time
from pathlib import Path
from coach_app.vault.vault import Vault

vault = Vault.unlock(Path(sys.argv[1]), sys.argv[2])
print("holding", flush=True)
time.sleep(600)
"""


def test_second_unlock_in_same_process(vault: Vault) -> None:
    with pytest.raises(VaultInUse, match="already open") as refused:
        Vault.unlock(vault.folder, PASSPHRASE)
    assert "Close that one first" in refused.value.message
    # The refused attempt did not disturb the open vault.
    coachees.create_coachee(vault, name="Still writable")
    assert [c.name for c in coachees.list_coachees(vault)] == ["Still writable"]


def test_second_process_is_refused_and_told_why(vault: Vault) -> None:
    done = run_python(TRY_UNLOCK, str(vault.folder), PASSPHRASE)
    assert done.returncode == 0, done.stderr[-2000:]
    answer = json.loads(done.stdout)
    assert answer["ok"] is False
    assert answer["error"] == "VaultInUse"
    assert "already open" in answer["message"]


def test_lock_released_on_close(vault: Vault) -> None:
    vault.close()
    done = run_python(TRY_UNLOCK, str(vault.folder), PASSPHRASE)
    assert json.loads(done.stdout) == {"ok": True}, done.stderr[-2000:]
    Vault.unlock(vault.folder, PASSPHRASE).close()


def test_lock_of_a_killed_process_does_not_block(vault: Vault) -> None:
    vault.close()
    with subprocess.Popen(
        [sys.executable, "-c", HOLD, str(vault.folder), PASSPHRASE],
        cwd=REPO,
        env=python_env(),
        stdout=subprocess.PIPE,
        text=True,
    ) as holder:
        assert holder.stdout is not None
        try:
            assert holder.stdout.readline().strip() == "holding"
            with pytest.raises(VaultInUse):
                Vault.unlock(vault.folder, PASSPHRASE)
        finally:
            holder.send_signal(signal.SIGKILL)
            holder.wait(timeout=30)
    assert holder.returncode == -signal.SIGKILL
    assert (vault.folder / LOCK_NAME).exists(), "the lock file stays; only the lock is gone"
    Vault.unlock(vault.folder, PASSPHRASE).close()


def test_refused_unlock_changes_nothing(vault: Vault) -> None:
    vault.checkpoint()
    before = folder_state(vault.folder)
    with pytest.raises(VaultInUse):
        Vault.unlock(vault.folder, PASSPHRASE)
    assert folder_state(vault.folder) == before
