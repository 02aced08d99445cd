"""docs/security.md 22: no plaintext in logs, in temp files, or in core dumps.

* Core dumps: ``disable_core_dumps()`` (called first thing by ``app.main``) sets RLIMIT_CORE to
  zero; checked in a child whose limit was raised first, so the test can fail.
* Logs: a whole workflow, failures included, at DEBUG on the root logger: no marker text.
* Temp files: a child runs backups with TMPDIR pointing at an empty private folder; afterwards
  the folder holds no marker, and every file deleted during the run was scanned before it went
  (so a clear-text file that lived only for a moment would be caught too).
"""

from __future__ import annotations

import json
import logging
import resource
from pathlib import Path

import pytest

from coach_app.app import disable_core_dumps
from coach_app.errors import CoachAppError, ValidationError, WrongPassphrase
from coach_app.services import coachees, search, sessions
from coach_app.vault import backup
from coach_app.vault.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.helpers.vault_files import (
    find_markers,
    new_marker,
    python_env,
    run_python,
    write_markers,
)

CORE_LIMIT = r"""
import json
import resource

from coach_app.app import disable_core_dumps

soft, hard = resource.getrlimit(resource.RLIMIT_CORE)
for wanted in ((1 << 20, 1 << 20), (hard, hard)):  # allow dumps first (root may raise the cap)
    try:
        resource.setrlimit(resource.RLIMIT_CORE, wanted)
        break
    except (ValueError, OSError):
        pass
before = resource.getrlimit(resource.RLIMIT_CORE)
disable_core_dumps()
print(json.dumps({"before": before, "after": resource.getrlimit(resource.RLIMIT_CORE)}))
"""


def test_core_dumps_are_disabled() -> None:
    done = run_python(CORE_LIMIT)
    assert done.returncode == 0, done.stderr[-2000:]
    limits = json.loads(done.stdout)
    if limits["before"][0] == 0:
        pytest.skip("core dumps cannot be allowed here (hard limit 0, not root): nothing to prove")
    assert limits["after"] == [0, 0]


def test_debug_logs_hold_no_note_text(
    vault_dir: Path, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    opened, _recovery = Vault.create(vault_dir, PASSPHRASE, FAST_KDF)
    try:
        markers = write_markers(opened)
        c = coachees.list_coachees(opened)[0]
        huge = new_marker("huge")
        failing = [
            lambda: sessions.create_session(opened, c.id, notes=huge * 100_000),
            lambda: coachees.create_coachee(opened, name=huge, email=f"{huge} not an address"),
            lambda: sessions.save_session(opened, "no-such-id", notes=huge),
            lambda: sessions.create_session(opened, c.id, template=huge),
        ]
        for attempt in failing:
            with pytest.raises(CoachAppError):
                attempt()
        markers["huge"] = huge
        assert search.search(opened, markers["notes"])
        backup.create_backup(opened, out=tmp_path / "b.ccbackup")
        backup.auto_backup(opened)
    finally:
        opened.close()
    with pytest.raises(WrongPassphrase):
        Vault.unlock(vault_dir, "not the passphrase at all")
    assert caplog.records, "the workflow logged at DEBUG"
    logged = [caplog.text, *(r.getMessage() for r in caplog.records)]
    logged += [str(r.args) for r in caplog.records]
    joined = "\n".join(logged)
    assert [f for f, m in markers.items() if m in joined] == []


def test_validation_messages_do_not_echo_note_text(vault: Vault) -> None:
    """Error messages end up in dialogs and logs; a rejected note must not be quoted back."""
    c = coachees.create_coachee(vault, name="Kai")
    secret = new_marker("secret")
    with pytest.raises(ValidationError) as too_long:
        sessions.create_session(vault, c.id, notes=secret * 200_000)
    assert secret not in too_long.value.message


BACKUP_IN_PRIVATE_TMP = r"""
import json
import os
import shutil
import sys
import tempfile
from pathlib import Path

from tests.helpers.vault_files import find_markers, write_markers

scanned = []
hits = []
markers = {}


def scan_before_delete(paths):
    for path in paths:
        if path.is_file():
            scanned.append(str(path))
            hits.extend(find_markers([path], markers.values()))


real_unlink, real_rmtree = os.unlink, shutil.rmtree


def unlink(path, *args, **kwargs):
    scan_before_delete([Path(path)])
    return real_unlink(path, *args, **kwargs)


def rmtree(path, *args, **kwargs):
    root = Path(path)
    if root.exists():
        scan_before_delete([p for p in root.rglob("*")])
    return real_rmtree(path, *args, **kwargs)


os.unlink = os.remove = unlink
shutil.rmtree = rmtree

from coach_app.vault import backup
from coach_app.vault.keys import KdfParams
from coach_app.vault.vault import Vault

assert tempfile.gettempdir() == os.environ["TMPDIR"], tempfile.gettempdir()
work = Path(sys.argv[1])
vault, _ = Vault.create(work / "vault", "correct horse battery staple", KdfParams())
markers.update(write_markers(vault))
# Control: a clear-text temp file deleted at once is caught by the scan.
control = Path(tempfile.mkstemp()[1])
control.write_text(markers["notes"])
control.unlink()
control_caught = bool(hits)
hits.clear()
made = backup.create_backup(vault, out=work / "out" / "copy.ccbackup")
backup.verify_backup_file(made, vault.data_key())
backup.auto_backup(vault)
vault.close()
print(json.dumps({"markers": markers, "scanned": scanned, "hits": hits, "control": control_caught}))
"""


def test_backup_writes_nothing_in_clear_to_temp(tmp_path: Path) -> None:
    private_tmp = tmp_path / "tmp"
    private_tmp.mkdir()
    work = tmp_path / "work"
    (work / "out").mkdir(parents=True)
    env = python_env(TMPDIR=str(private_tmp), SQLITE_TMPDIR=str(private_tmp))
    done = run_python(BACKUP_IN_PRIVATE_TMP, str(work), env=env)
    assert done.returncode == 0, done.stderr[-3000:]
    out = json.loads(done.stdout.strip().splitlines()[-1])
    assert out["control"], "the scan sees a clear-text temp file that lived for a moment"
    assert len(out["scanned"]) > 1, "the backup's work files were scanned before deletion"
    assert out["hits"] == []
    markers = out["markers"].values()
    assert find_markers([private_tmp, work], markers) == []
    assert sorted(private_tmp.rglob("*")) == [], "nothing left in the temp folder"


def test_disable_core_dumps_sets_both_limits_to_zero(monkeypatch: pytest.MonkeyPatch) -> None:
    """The same promise without the environment: once another test in this process has run
    ``app.main()``, the hard limit is already 0 and the child above can only skip."""
    calls: list[tuple[int, tuple[int, int]]] = []
    monkeypatch.setattr(resource, "setrlimit", lambda which, limits: calls.append((which, limits)))
    disable_core_dumps()
    assert calls == [(resource.RLIMIT_CORE, (0, 0))]
