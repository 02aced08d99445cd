"""docs/security.md 15: a disk that refuses writes fails loudly and clearly, and loses nothing.

Tests run as root here, and root ignores file modes, so two honest mechanisms make writes really
fail inside a child Python:

* "disk full": ``RLIMIT_FSIZE`` caps the size any file may grow to (SIGXFSZ ignored, so the
  write returns EFBIG). The child saves big notes until a save fails.
* "read-only": the vault's files are handed to the unprivileged ``nobody`` user, the folder or
  the database made read-only, and the child drops to ``nobody`` before unlocking (it loads
  every module as root first: the interpreter's own files are not readable by ``nobody``).
  Run as an ordinary user, the child skips the drop and the modes work as they are.

Afterwards the parent reopens the vault: healthy, every earlier and acknowledged save intact,
nothing half-saved.
"""

from __future__ import annotations

import json
import os
import pwd
import shutil
import stat
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError, OperationalError

from coach_app.models import Coachee
from coach_app.services import coachees, sessions
from coach_app.vault.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.helpers.vault_files import folder_state, run_python

EARLIER = "Written before the disk trouble: it must survive."


def big_note(i: int) -> str:
    """About 400 kB of text that is different for every ``i``."""
    return f"big{i} " + f"paragraph{i} " * 30_000


FILL_DISK = r"""
import json
import os
import resource
import signal
import sys
from pathlib import Path

from coach_app.errors import CoachAppError
from coach_app.services import sessions
from coach_app.vault.vault import Vault
from tests.core.vault.test_storage_errors import big_note

folder, passphrase, coachee_id = Path(sys.argv[1]), sys.argv[2], sys.argv[3]
vault = Vault.unlock(folder, passphrase)
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails with EFBIG instead
limit = os.path.getsize(folder / "vault.db") + 2_000_000
resource.setrlimit(resource.RLIMIT_FSIZE, (limit, resource.getrlimit(resource.RLIMIT_FSIZE)[1]))
out = {"acked": [], "error": None}
for i in range(100):
    try:
        rec = sessions.create_session(vault, coachee_id, notes=big_note(i))
    except CoachAppError as exc:
        out["error"] = {"type": type(exc).__name__, "message": exc.message, "at": i}
        break
    out["acked"].append([rec.id, i])
vault.close()
print(json.dumps(out))
"""

READ_ONLY = r"""
import json
import os
import pwd
import sys
import tempfile
from pathlib import Path

from coach_app.errors import CoachAppError
from coach_app.services import coachees, sessions
from coach_app.vault.keys import KdfParams
from coach_app.vault.vault import Vault

folder, passphrase, drop = Path(sys.argv[1]), sys.argv[2], sys.argv[3] == "1"
if drop:
    with tempfile.TemporaryDirectory() as warm:
        v, _ = Vault.create(Path(warm) / "v", passphrase, KdfParams())
        c = coachees.create_coachee(v, name="warm-up")
        sessions.create_session(v, c.id, notes="x")
        v.close()
        Vault.unlock(Path(warm) / "v", passphrase).close()
    nobody = pwd.getpwnam("nobody")
    os.setgroups([])
    os.setgid(nobody.pw_gid)
    os.setuid(nobody.pw_uid)
out = {"uid": os.getuid()}
try:
    vault = Vault.unlock(folder, passphrase)
except CoachAppError as exc:
    out["unlock"] = [type(exc).__name__, exc.message]
    try:  # the failed attempt must have let go of the lock and everything else
        Vault.unlock(folder, passphrase).close()
    except CoachAppError as again:
        out["again"] = type(again).__name__
else:
    out["unlock"] = "ok"
    found = coachees.list_coachees(vault)
    out["read"] = [c.name for c in found]
    try:
        sessions.create_session(vault, found[0].id, notes="should not be saved")
        out["write"] = "ok"
    except CoachAppError as exc:
        out["write"] = [type(exc).__name__, exc.message]
    vault.close()
print(json.dumps(out))
"""


def _make_vault(folder: Path) -> tuple[str, str]:
    opened, _recovery = Vault.create(folder, PASSPHRASE, FAST_KDF)
    try:
        c = coachees.create_coachee(opened, name="Femke")
        s = sessions.create_session(opened, c.id, notes=EARLIER)
        return c.id, s.id
    finally:
        opened.close()


def _assert_intact(folder: Path, coachee_id: str, expected: dict[str, str]) -> None:
    opened = Vault.unlock(folder, PASSPHRASE)
    try:
        assert opened.integrity_problems() == []
        stored = {s.id for s in sessions.list_sessions(opened, coachee_id)}
        assert stored == set(expected), "a save is missing, or a failed one is half there"
        for sid, text in expected.items():
            assert sessions.get_session(opened, sid).notes == text
    finally:
        opened.close()


def test_disk_full_fails_loudly_and_loses_nothing(vault_dir: Path) -> None:
    coachee_id, earlier_id = _make_vault(vault_dir)
    done = run_python(FILL_DISK, str(vault_dir), PASSPHRASE, coachee_id)
    assert done.returncode == 0, done.stderr[-3000:]
    out = json.loads(done.stdout.strip().splitlines()[-1])
    assert out["error"] is not None, "the file-size limit never made a save fail"
    assert out["acked"], "some saves should fit before the limit"
    assert out["error"]["type"] == "StorageError"
    message = out["error"]["message"]
    assert message.startswith("Could not write the vault")
    assert "full" in message
    assert "Nothing that was saved before is lost" in message
    expected = {earlier_id: EARLIER, **{sid: big_note(i) for sid, i in out["acked"]}}
    _assert_intact(vault_dir, coachee_id, expected)


@pytest.fixture
def nobody_can_reach() -> Iterator[Path]:
    """A folder outside pytest's 0700 temp tree, so the ``nobody`` user can reach into it."""
    if os.geteuid() == 0:
        try:
            pwd.getpwnam("nobody")
        except KeyError:
            pytest.skip("running as root and there is no 'nobody' user to drop to")
    base = Path(tempfile.mkdtemp(prefix="coach-storage-"))
    os.chmod(base, 0o711)
    try:
        yield base
    finally:
        for path in [base, *base.rglob("*")]:
            if path.is_dir():
                os.chmod(path, 0o700)
        shutil.rmtree(base)


def _hand_to_child(folder: Path) -> str:
    """Give the vault's files to the user the child will run as; "1" if it must drop to it."""
    if os.geteuid() != 0:
        return "0"
    nobody = pwd.getpwnam("nobody")
    for path in [folder, *folder.rglob("*")]:
        os.chown(path, nobody.pw_uid, nobody.pw_gid)
    return "1"


def _run_read_only_child(folder: Path, drop: str) -> dict[str, object]:
    done = run_python(READ_ONLY, str(folder), PASSPHRASE, drop)
    assert done.returncode == 0, done.stderr[-3000:]
    out = json.loads(done.stdout.strip().splitlines()[-1])
    assert out["uid"] != 0, "the child must not run as root (root ignores file modes)"
    return out


@pytest.mark.parametrize("lock_file", ["present", "missing"])
def test_read_only_folder_refuses_with_a_clear_message(
    nobody_can_reach: Path, lock_file: str
) -> None:
    folder = nobody_can_reach / "vault"
    coachee_id, earlier_id = _make_vault(folder)
    if lock_file == "missing":
        (folder / "vault.lock").unlink()  # e.g. a copy made without it: cannot be created now
    drop = _hand_to_child(folder)
    os.chmod(folder, 0o500)
    before = folder_state(folder)

    out = _run_read_only_child(folder, drop)
    assert out["unlock"][0] == "StorageError", out
    assert "read-only" in out["unlock"][1]
    assert "damaged" not in out["unlock"][1], "a read-only folder is not a damaged vault"
    assert out["again"] == "StorageError", "a second try gets the same answer, not 'in use'"
    assert folder_state(folder) == before

    os.chmod(folder, 0o700)
    _assert_intact(folder, coachee_id, {earlier_id: EARLIER})


@pytest.mark.parametrize("how", ["mode-0400", "owned-by-another-user"])
def test_read_only_database_reads_but_refuses_writes(nobody_can_reach: Path, how: str) -> None:
    folder = nobody_can_reach / "vault"
    coachee_id, earlier_id = _make_vault(folder)
    drop = _hand_to_child(folder)
    db = folder / "vault.db"
    if how == "mode-0400":
        os.chmod(db, 0o400)
    else:
        if drop != "1":
            pytest.skip("handing the database to another user needs root")
        os.chown(db, 0, 0)  # root's, world-readable: the coach can read it but not change it
        os.chmod(db, 0o644)
    mode_before = stat.S_IMODE(db.stat().st_mode)

    out = _run_read_only_child(folder, drop)
    assert out["unlock"] == "ok", out
    assert out["read"] == ["Femke"]
    assert out["write"][0] == "StorageError", out
    assert "read-only" in out["write"][1]
    assert stat.S_IMODE(db.stat().st_mode) == mode_before, "left as the coach set it"

    os.chmod(db, 0o600)
    _assert_intact(folder, coachee_id, {earlier_id: EARLIER})


def test_programming_errors_are_not_disguised_as_disk_trouble(vault: Vault) -> None:
    """A bug must reach the excepthook as itself, not as "could not save" advice."""
    with pytest.raises(OperationalError, match="no such table"), vault.write() as s:
        s.execute(text("INSERT INTO no_such_table VALUES (1)"))
    with pytest.raises(IntegrityError), vault.write() as s:
        s.add(Coachee(name=None))
    assert coachees.list_coachees(vault) == []
