"""The shared log folder: private files, a crash file that a real fault fills (with stacks, never
note text), the next start noticing it, and core dumps off even for a dump collector.

The fatal error and the dumpable flag are checked in child processes (a fault ends the process;
the flag is per process). The child crashes inside the CLI's own start-up path (``app.main``),
so the test fails if ``cli.run`` stops arming the crash file.
"""

from __future__ import annotations

import ctypes
import json
import logging
import os
import shutil
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from coach_app import app, logfile
from coach_app.services import coachees, sessions
from coach_app.vault.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.helpers.vault_files import REPO, find_markers, new_marker


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture(autouse=True)
def stopped() -> Iterator[None]:
    """No test leaves the log armed (it would point at a deleted temp folder)."""
    yield
    logfile.stop()


def test_log_files_are_0600_in_a_0700_folder(monkeypatch: pytest.MonkeyPatch) -> None:
    folder = logfile.log_dir()
    folder.mkdir(parents=True, mode=0o755)
    os.chmod(folder, 0o755)
    (folder / logfile.CRASH_NAME).write_text("")
    os.chmod(folder / logfile.CRASH_NAME, 0o644)
    monkeypatch.setattr(logfile, "MAX_BYTES", 300)
    old_umask = os.umask(0o022)  # what open() would make without the protection: 0644
    try:
        path = logfile.start()
        assert path == folder / logfile.LOG_NAME
        log = logging.getLogger("coach_app.test")
        for n in range(20):
            log.warning("line %d of a log that has to rotate", n)
    finally:
        os.umask(old_umask)
        logfile.stop()
    files = sorted(p.name for p in folder.iterdir())
    assert "coach-app.log.1" in files, "the log rotated"
    assert mode(folder) == 0o700
    for name in files:
        assert mode(folder / name) == 0o600, name


def test_the_log_rotates_as_the_library_handler_would(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """The app's own rotating handler (``logging.handlers`` stays unloaded) writes the same files
    with the same lines as ``RotatingFileHandler`` fed the same records."""
    import logging.handlers  # noqa: PLC0415 - the reference, here only

    monkeypatch.setattr(logfile, "MAX_BYTES", 400)
    path = logfile.start()
    assert path is not None
    reference_folder = tmp_path / "reference"
    reference_folder.mkdir()
    reference = logging.handlers.RotatingFileHandler(
        reference_folder / logfile.LOG_NAME, maxBytes=400, backupCount=logfile.BACKUPS
    )
    reference.setFormatter(logging.Formatter(logfile._FORMAT))
    root = logging.getLogger()
    root.addHandler(reference)
    try:
        log = logging.getLogger("coach_app.test")
        for n in range(60):
            log.warning("rotation line %02d%s", n, "." * (n % 7))
    finally:
        root.removeHandler(reference)
        reference.close()
        logfile.stop()

    def files(folder: Path) -> dict[str, str]:
        return {
            p.name: p.read_text(encoding="utf-8")
            for p in folder.iterdir()
            if p.name.startswith(logfile.LOG_NAME)
        }

    ours = files(path.parent)
    assert sorted(ours) == sorted(
        [logfile.LOG_NAME] + [f"{logfile.LOG_NAME}.{n}" for n in range(1, logfile.BACKUPS + 1)]
    )
    assert ours == files(reference_folder)
    assert "rotation line 59" in ours[logfile.LOG_NAME]


def test_the_cli_starts_the_log_and_leaves_an_empty_crash_file(tmp_path: Path) -> None:
    code = app.main(["--vault", str(tmp_path / "no-vault"), "verify"])
    assert code != 0
    crash = logfile.crash_path()
    assert crash.exists(), "cli.run armed faulthandler into crash.log"
    assert crash.read_text() == ""  # a clean end: nothing to report next time
    assert mode(crash) == 0o600
    assert mode(crash.parent) == 0o700


CRASH_CHILD = r"""
import faulthandler
import sys

from coach_app import app
from coach_app.services import exchange


def crash_while_holding_a_note(*_args, **_kwargs):
    note = "the coachee said " + sys.argv[2]  # a local the stacks must not show
    faulthandler._sigsegv()
    return note


exchange.write_export = crash_while_holding_a_note  # what `export` streams through
app.main(["--vault", sys.argv[1], "export"])
"""


@pytest.fixture(scope="module")
def crashed(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str, int]:
    """A child that crashed with SIGSEGV inside ``coach-app export``: (state folder, marker,
    return code)."""
    root = tmp_path_factory.mktemp("crash")
    marker = new_marker("crash")
    vault, _recovery = Vault.create(root / "vault", PASSPHRASE, FAST_KDF)
    try:
        coachee = coachees.create_coachee(vault, name="Crash Test")
        sessions.create_session(vault, coachee.id, notes=f"note {marker}")
    finally:
        vault.close()
    state = root / "state"
    env = {
        **os.environ,
        "XDG_STATE_HOME": str(state),
        "COACH_APP_PASSPHRASE": PASSPHRASE,
        "PYTHONPATH": str(REPO),
        "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
    }
    env.pop("PYTHONFAULTHANDLER", None)
    done = subprocess.run(
        [sys.executable, "-c", CRASH_CHILD, str(root / "vault"), marker],
        cwd=root,
        env=env,
        capture_output=True,
        timeout=120,
        check=False,
    )
    assert not list(root.glob("core*")), "no core file"
    return state, marker, done.returncode


def test_a_fatal_error_leaves_stacks_without_note_text(crashed: tuple[Path, str, int]) -> None:
    state, marker, returncode = crashed
    assert returncode != 0
    crash = next(state.rglob(logfile.CRASH_NAME))
    text = crash.read_text("utf-8")
    assert "Fatal Python error: Segmentation fault" in text
    assert "crash_while_holding_a_note" in text  # the frames are there
    assert mode(crash) == 0o600
    assert find_markers([state], [marker]) == []


def test_the_next_start_finds_the_crash_once(
    crashed: tuple[Path, str, int], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    state = tmp_path / "state"
    shutil.copytree(crashed[0], state)
    monkeypatch.setenv("XDG_STATE_HOME", str(state))
    assert logfile.start(review_previous=True) is not None
    found = logfile.previous_crash()
    assert found is not None
    assert "crash_while_holding_a_note" in found.text
    assert crashed[1] not in found.text
    assert found.path.name == "crash.previous.log"
    assert mode(found.path) == 0o600
    assert logfile.crash_path().read_text() == ""  # a fresh crash file for this run
    logfile.stop()
    logfile.start(review_previous=True)
    assert logfile.previous_crash() is None  # offered once, not at every start


def test_an_unhandled_entry_after_the_last_start_is_found() -> None:
    logfile.start(review_previous=True)
    assert logfile.previous_crash() is None
    logging.getLogger("coach_app.ui.errors").error(
        "Unhandled ValueError\nTraceback (most recent call last):\n  File x, in f\n"
    )
    logfile.stop()
    logfile.start(review_previous=True)
    found = logfile.previous_crash()
    assert found is not None
    assert "Unhandled ValueError" in found.text
    assert found.path == logfile.log_path()
    assert logfile.START_MARKER not in found.text  # only what came after the start
    logfile.stop()
    logfile.start(review_previous=True)
    assert logfile.previous_crash() is None  # before the last start marker now


DUMPABLE_CHILD = r"""
import ctypes
import ctypes.util
import json
import resource

from coach_app import app

try:
    app.main(["--help"])
except SystemExit:
    pass
libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
print(json.dumps({"dumpable": libc.prctl(3, 0, 0, 0, 0),
                  "core": resource.getrlimit(resource.RLIMIT_CORE)}))
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="prctl is Linux only")
def test_a_started_process_is_not_dumpable() -> None:
    """A ``core_pattern`` pipe (systemd-coredump) ignores RLIMIT_CORE; it skips a process that is
    not dumpable. ``/proc/self/status`` has no "Dumpable" line, so ask the kernel with
    ``prctl(PR_GET_DUMPABLE)``; a fresh process is dumpable (1)."""
    libc = ctypes.CDLL(None, use_errno=True)
    assert libc.prctl(3, 0, 0, 0, 0) in (0, 1)
    done = subprocess.run(
        [sys.executable, "-c", DUMPABLE_CHILD],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    assert seen == {"dumpable": 0, "core": [0, 0]}
