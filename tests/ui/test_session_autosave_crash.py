"""Continuous typing, then the process is killed: at most the last couple of seconds are lost.

A child process runs the real session editor offscreen and types one character every 40 ms into
a session's notes, never pausing, printing how many characters it has typed. After a few seconds
it is killed with SIGKILL. The vault is then opened again: the notes saved must hold everything
typed until about two seconds (the autosave ceiling) before the kill. A debounce without a
ceiling saves nothing at all while the coach types without pause, and fails this test.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

from coach_app.services import coachees, sessions
from coach_app.vault.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.helpers.vault_files import REPO, python_env

TYPIST = r"""
import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from coach_app.ui.context import AppContext
from coach_app.ui.session_editor import SessionEditor
from coach_app.vault.vault import Vault

folder, passphrase, coachee_id = Path(sys.argv[1]), sys.argv[2], sys.argv[3]
app = QApplication([])
context = AppContext(folder)
context.set_vault(Vault.unlock(folder, passphrase))
editor = SessionEditor(context)
editor.show()
assert editor.new_session(coachee_id, "free")
field = editor.field("notes")
typed = 0


def type_one() -> None:
    global typed
    field.insertPlainText("x")
    typed += 1
    print(typed, flush=True)


timer = QTimer()
timer.timeout.connect(type_one)
timer.start(40)
app.exec()
"""

TYPE_SECONDS = 5.0
CEILING_SECONDS = 2.0
SLACK_SECONDS = 1.0  # a loaded CI machine: timer jitter and the save itself


def test_a_kill_during_continuous_typing_loses_at_most_the_last_seconds(tmp_path: Path) -> None:
    folder = tmp_path / "vault"
    vault, _ = Vault.create(folder, PASSPHRASE, FAST_KDF)
    coachee = coachees.create_coachee(vault, name="Ada")
    vault.close()

    env = python_env(QT_QPA_PLATFORM="offscreen")
    counts: list[tuple[float, int]] = []
    child = subprocess.Popen(
        [sys.executable, "-c", TYPIST, str(folder), PASSPHRASE, coachee.id],
        cwd=REPO,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        killed_at = _type_then_kill(child, counts)
    finally:
        # Whatever failed above, the typist never outlives the test (it holds the vault).
        if child.poll() is None:
            child.kill()
        child.wait(timeout=30)
        for pipe in (child.stdout, child.stderr):
            if pipe is not None:
                pipe.close()
    assert child.returncode == -signal.SIGKILL

    with Vault.unlock(folder, PASSPHRASE) as reopened:
        latest = sessions.latest_session(reopened, coachee.id)
        saved = len(latest.notes) if latest is not None else 0
    # Everything typed before (kill - ceiling - slack) must be in the vault.
    deadline = killed_at - CEILING_SECONDS - SLACK_SECONDS
    owed = max((n for at, n in counts if at <= deadline), default=0)
    assert owed > 20, "the typist did not type long enough to prove anything"
    assert saved >= owed, f"saved {saved} characters, but {owed} were typed by {deadline:.1f}"


def _type_then_kill(child: subprocess.Popen[str], counts: list[tuple[float, int]]) -> float:
    """Collect the typist's counts for ``TYPE_SECONDS``, then SIGKILL it; returns when."""
    assert child.stdout is not None
    stdout = child.stdout

    def read_counts() -> None:
        # Each line is stamped when it arrives: what the child had typed by then.
        for line in stdout:
            counts.append((time.monotonic(), int(line)))

    reader = threading.Thread(target=read_counts, daemon=True)
    reader.start()
    deadline = time.monotonic() + 60
    while not counts and time.monotonic() < deadline and child.poll() is None:
        time.sleep(0.05)  # waiting for the editor to come up and type its first character
    if not counts:
        raise AssertionError(child.stderr.read() if child.stderr else "the typist never typed")
    time.sleep(TYPE_SECONDS)
    killed_at = time.monotonic()
    os.kill(child.pid, signal.SIGKILL)
    child.wait(timeout=30)
    reader.join(timeout=10)
    return killed_at
