"""docs/security.md 14 (and 17): SIGKILL at a random moment while writing loses no saved note.

A child Python unlocks the vault and keeps creating and autosaving sessions, printing each save
only after it returned (committed with ``synchronous=FULL``). The parent kills it with SIGKILL
after a random delay, reopens the vault (the dead child's lock must not block), and checks:
``integrity_check`` is ok, ``cipher_integrity_check`` is empty, the full-text index agrees
with its content, and every acknowledged save is there with its text (or a later one).
"""

from __future__ import annotations

import random
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from sqlalchemy import text

from coach_app.services import coachees, search, sessions
from coach_app.vault.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.helpers.vault_files import REPO, python_env

ROUNDS = 8

WRITER = r"""
import sys
from pathlib import Path

from coach_app.services import sessions
from coach_app.vault.vault import Vault
from tests.core.vault.test_crash_safety import note

folder, passphrase, coachee_id = Path(sys.argv[1]), sys.argv[2], sys.argv[3]
vault = Vault.unlock(folder, passphrase)
print("ready", flush=True)
ids = []
rev = int(sys.argv[4])
while True:
    rev += 1
    if len(ids) < 5 or rev % 4 == 0:
        rec = sessions.create_session(vault, coachee_id, template="grow", notes=note(rev))
        ids.append(rec.id)
    else:
        rec = sessions.save_session(
            vault, ids[rev % len(ids)], notes=note(rev), sections={"reality": note(rev)}
        )
    print(rec.id, rev, flush=True)
"""


def note(rev: int) -> str:
    """What the writer saves as revision ``rev``: deterministic, of varying length, so a torn
    write cannot pass for a good one."""
    return f"rev{rev} " + " ".join(f"word{rev}x{i}" for i in range(rev % 97 * 7)) + f" end{rev}"


def _run_writer_and_kill(
    folder: Path, coachee_id: str, start: int, delay: float
) -> list[tuple[str, int]]:
    """Start the writer, SIGKILL it ``delay`` s after it unlocked; its acknowledged saves."""
    lines: list[str] = []
    ready = threading.Event()
    with subprocess.Popen(
        [sys.executable, "-c", WRITER, str(folder), PASSPHRASE, coachee_id, str(start)],
        cwd=REPO,
        env=python_env(),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    ) as child:

        def read() -> None:
            assert child.stdout is not None
            for line in child.stdout:
                if line.strip() == "ready":
                    ready.set()
                elif line.endswith("\n"):  # a line cut by the kill was never acknowledged
                    lines.append(line)

        reader = threading.Thread(target=read, daemon=True)
        reader.start()
        try:
            assert ready.wait(60), "writer did not start"
            time.sleep(delay)
        finally:
            child.send_signal(signal.SIGKILL)
            child.wait(timeout=30)
            reader.join(timeout=30)
        stderr = child.stderr.read() if child.stderr else ""
    assert child.returncode == -signal.SIGKILL, stderr[-2000:]
    return [(sid, int(rev)) for sid, rev in (line.split() for line in lines)]


def _rev(notes: str) -> int:
    return int(notes.split(maxsplit=1)[0].removeprefix("rev"))


@pytest.mark.slow
def test_sigkill_during_writes_loses_no_acknowledged_save(vault_dir: Path) -> None:
    opened, _recovery = Vault.create(vault_dir, PASSPHRASE, FAST_KDF)
    coachee_id = coachees.create_coachee(opened, name="Ingrid").id
    opened.close()

    rng = random.Random(20240614)
    acked: dict[str, int] = {}
    total_acks = 0
    next_rev = 0
    for round_no in range(ROUNDS):
        delay = rng.uniform(0.05, 0.8)
        acks = _run_writer_and_kill(vault_dir, coachee_id, next_rev, delay)
        total_acks += len(acks)
        for sid, rev in acks:
            acked[sid] = rev
        context = f"round {round_no}, delay {delay:.3f}s, {len(acks)} acks"

        # The killed writer's lock is gone with it: this unlock must not say "in use".
        reopened = Vault.unlock(vault_dir, PASSPHRASE)
        try:
            assert reopened.integrity_problems() == [], context
            with reopened.engine.connect() as conn:
                conn.execute(text("INSERT INTO search_fts(search_fts) VALUES ('integrity-check')"))
            stored = {s.id: s for s in sessions.list_sessions(reopened, coachee_id)}
            for sid, rev in acked.items():
                assert sid in stored, f"{context}: acknowledged session {sid} is missing"
                kept = sessions.get_session(reopened, sid).notes
                assert _rev(kept) >= rev, f"{context}: {sid} went back from rev {rev}"
                assert kept == note(_rev(kept)), f"{context}: {sid} holds a torn text"
            # The index agrees with the latest text of the newest acknowledged save.
            if acked:
                sid = max(acked, key=acked.__getitem__)
                kept_rev = _rev(sessions.get_session(reopened, sid).notes)
                hits = search.search(reopened, f"end{kept_rev}")
                assert sid in {h.owner_id for h in hits}, context
            # Unacknowledged saves may have landed too; the next writer continues after them.
            revs = [_rev(sessions.get_session(reopened, sid).notes) for sid in stored]
            next_rev = max([next_rev, *revs])
        finally:
            reopened.close()
    assert total_acks >= 2 * ROUNDS, f"only {total_acks} saves acknowledged: the test proved little"
