"""The command line on a full disk and on read-only media: one plain line, nothing left behind.

``backup``, ``export`` and ``report`` write to a real size-limited tmpfs that is full (or
nearly: the write starts, then fails) or mounted read-only; ``import`` writes into a vault
that lives on one. Each time: exit code 1 (``StorageError``/``BackupFailed``, see
coach_app/errors.py), exactly one line on stderr saying what failed and what to do (never
"internal error", never a traceback, never SQLCipher's own log), no temporary file left in
the target folder, and the vault as it was.

The last tests run the installed ``coach-app`` script for real, where SQLCipher's log lines
(``ERROR CORE ... hmac check failed``) would reach the terminal if they were not turned off.
"""

from __future__ import annotations

import io
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from coach_app import app
from coach_app.services import coachees, exchange, sessions
from coach_app.vault.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.core.conftest import MB, FillDisk, MountSmallFs, RemountSmallFs
from tests.helpers.vault_files import folder_state

COACH_APP = Path(sys.executable).parent / "coach-app"
KB = 1024
PAGE_SIZE = 4096  # SQLCipher 4's default page size


def long_note(i: int) -> str:
    return f"note{i} " + " ".join(f"w{i}x{j}" for j in range(20_000))


def make_vault(folder: Path) -> str:
    """A closed vault with a coachee and a few long sessions; returns the coachee's id."""
    opened, _recovery = Vault.create(folder, PASSPHRASE, FAST_KDF)
    with opened:
        coachee = coachees.create_coachee(opened, name="Femke")
        for i in range(3):
            sessions.create_session(opened, coachee.id, notes=long_note(i))
    return coachee.id


@pytest.fixture
def cli_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COACH_APP_KDF_FAST", "1")
    monkeypatch.setenv("COACH_APP_PASSPHRASE", PASSPHRASE)
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))  # not a terminal, nothing to read


def run_cli(capfd: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    """Run the CLI in-process; (exit code, stderr), stderr read at the file-descriptor level
    so that anything a C library prints is caught too."""
    capfd.readouterr()
    code = app.main(list(argv))
    return code, capfd.readouterr().err


def assert_one_plain_line(err: str, *expected: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    line = lines[0]
    assert line.startswith("coach-app: "), line
    for word in expected:
        assert word in line, line
    for bad in ("internal error", "Traceback", "ERROR CORE", "sqlcipher", "SQL", "damaged"):
        assert bad not in line, line
    return line


OUT_COMMANDS = {
    "backup": ("backup", "--out", "{dir}/b.ccbackup"),
    "export": ("export", "--out", "{dir}/e.json"),
    "report": ("report", "{coachee}", "--out", "{dir}/r.pdf"),
}


def out_argv(command: str, folder: Path, target_dir: Path, coachee_id: str) -> list[str]:
    parts = [p.format(dir=target_dir, coachee=coachee_id) for p in OUT_COMMANDS[command]]
    return ["--vault", str(folder), *parts]


@pytest.mark.parametrize("leave_kb", [0, 12], ids=["full", "nearly-full"])
@pytest.mark.parametrize("command", sorted(OUT_COMMANDS))
def test_writing_to_a_full_disk_is_one_plain_line_and_leaves_nothing(
    cli_env: None,
    capfd: pytest.CaptureFixture[str],
    tmp_path: Path,
    mount_small_fs: MountSmallFs,
    fill_disk: FillDisk,
    command: str,
    leave_kb: int,
) -> None:
    folder = tmp_path / "vault"
    coachee_id = make_vault(folder)
    target_dir = mount_small_fs(2 * MB)
    ballast = fill_disk(target_dir, leave_bytes=leave_kb * KB)
    before = folder_state(folder)

    code, err = run_cli(capfd, *out_argv(command, folder, target_dir, coachee_id))

    assert code == 1
    line = assert_one_plain_line(err, "disk is full", "Free some space")
    assert re.search(r"about \d+ MB more is needed", line), line
    assert "choose another folder" in line, line
    assert sorted(p.name for p in target_dir.iterdir()) == [ballast.name], "a temp file is left"
    assert folder_state(folder) == before, "the vault must be as it was"


@pytest.mark.parametrize("command", sorted(OUT_COMMANDS))
def test_writing_to_read_only_media_is_one_plain_line_and_leaves_nothing(
    cli_env: None,
    capfd: pytest.CaptureFixture[str],
    tmp_path: Path,
    mount_small_fs: MountSmallFs,
    command: str,
) -> None:
    folder = tmp_path / "vault"
    coachee_id = make_vault(folder)
    target_dir = mount_small_fs(2 * MB, read_only=True)
    before = folder_state(folder)

    code, err = run_cli(capfd, *out_argv(command, folder, target_dir, coachee_id))

    assert code == 1
    line = assert_one_plain_line(err)
    assert "read-only" in line.lower(), line
    assert list(target_dir.iterdir()) == []
    assert folder_state(folder) == before, "the vault must be as it was"


@pytest.fixture
def import_file(tmp_path: Path) -> Path:
    """An export of another vault, worth a few hundred kB in the vault it goes into."""
    source = tmp_path / "source"
    make_vault(source)
    path = tmp_path / "in.json"
    with Vault.unlock(source, PASSPHRASE) as opened:
        path.write_text(exchange.export_json(opened), "utf-8")
    return path


def assert_empty_and_healthy(folder: Path) -> None:
    with Vault.unlock(folder, PASSPHRASE) as opened:
        assert opened.integrity_problems() == []
        assert coachees.list_coachees(opened) == [], "a failed import must import nothing"


def test_importing_into_a_vault_on_a_full_disk_imports_nothing(
    cli_env: None,
    capfd: pytest.CaptureFixture[str],
    mount_small_fs: MountSmallFs,
    fill_disk: FillDisk,
    import_file: Path,
) -> None:
    disk = mount_small_fs(4 * MB)
    folder = disk / "vault"
    Vault.create(folder, PASSPHRASE, FAST_KDF)[0].close()
    # Room to open the vault, not to take in the file.
    ballast = fill_disk(disk, leave_bytes=160 * KB)

    code, err = run_cli(capfd, "--vault", str(folder), "import", str(import_file))

    assert code == 1
    assert_one_plain_line(err, "disk is full", "Free some space")
    ballast.unlink()
    assert_empty_and_healthy(folder)


def test_importing_into_a_vault_on_read_only_media_imports_nothing(
    cli_env: None,
    capfd: pytest.CaptureFixture[str],
    mount_small_fs: MountSmallFs,
    remount_small_fs: RemountSmallFs,
    import_file: Path,
) -> None:
    disk = mount_small_fs(4 * MB)
    folder = disk / "vault"
    Vault.create(folder, PASSPHRASE, FAST_KDF)[0].close()
    before = folder_state(folder)
    remount_small_fs(disk, read_only=True)

    code, err = run_cli(capfd, "--vault", str(folder), "import", str(import_file))

    assert code == 1
    assert_one_plain_line(err, "read-only")
    assert folder_state(folder) == before
    remount_small_fs(disk, read_only=False)
    assert_empty_and_healthy(folder)


# ---- the installed script: SQLCipher's log never reaches the terminal ----------------------


def damage_first_page(folder: Path) -> None:
    """Flip bytes inside page 1's ciphertext: its HMAC no longer matches."""
    db = folder / "vault.db"
    data = bytearray(db.read_bytes())
    for i in range(100, 140):
        data[i] ^= 0xFF
    db.write_bytes(bytes(data))


def damage_later_pages(folder: Path) -> None:
    """Flip a byte in every page after the first: the key opens the file, the tables do not."""
    db = folder / "vault.db"
    data = bytearray(db.read_bytes())
    for start in range(PAGE_SIZE, len(data), PAGE_SIZE):
        data[start + 200] ^= 0xFF
    db.write_bytes(bytes(data))


@pytest.mark.parametrize(
    ("case", "argv"),
    [
        ("wrong-passphrase", ["export"]),
        ("damaged-first-page", ["export"]),
        ("damaged-later-pages", ["export"]),
        ("damaged-later-pages", ["search", "w1x5"]),
    ],
)
def test_sqlcipher_log_lines_never_reach_the_terminal(
    tmp_path: Path, case: str, argv: list[str]
) -> None:
    assert COACH_APP.exists(), "install the project into .venv (make test does)"
    folder = tmp_path / "vault"
    make_vault(folder)
    passphrase = PASSPHRASE
    if case == "wrong-passphrase":
        passphrase = "not the passphrase at all"
    elif case == "damaged-first-page":
        damage_first_page(folder)
    else:
        damage_later_pages(folder)
    env = {
        **os.environ,
        "COACH_APP_KDF_FAST": "1",
        "COACH_APP_PASSPHRASE": passphrase,
        "PYTHONDONTWRITEBYTECODE": "1",
    }
    proc = subprocess.Popen(
        [str(COACH_APP), "--vault", str(folder), *argv],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
    )
    try:
        _out, err_bytes = proc.communicate(timeout=120)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    err = err_bytes.decode("utf-8", "replace")
    assert proc.returncode in (1, 3), err
    assert "ERROR CORE" not in err
    assert "sqlcipher" not in err.lower()
    assert "Traceback" not in err
    assert len(err.strip().splitlines()) == 1, err
