"""The command line as scripts see it: commands, passphrase sources, output and exit codes.

Most tests run the CLI in-process through ``coach_app.app.main``; a few run the installed
``coach-app`` script in a subprocess, where a traceback would really reach the terminal.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import stat
import subprocess
import sys
import types
from pathlib import Path
from typing import Any

import pytest

import coach_app.services
from coach_app import cli
from coach_app.services import coachees, exchange, sessions
from coach_app.vault import keys
from coach_app.vault.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.core.cli_run import Run, make_run
from tests.core.services.exchange.test_exchange import MARKER, populate

NEW_PASSPHRASE = "another long passphrase"
COACH_APP = Path(sys.executable).parent / "coach-app"


@pytest.fixture
def env(monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    monkeypatch.setenv("COACH_APP_KDF_FAST", "1")
    monkeypatch.setenv("COACH_APP_PASSPHRASE", PASSPHRASE)
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))  # not a terminal, nothing to read
    return monkeypatch


@pytest.fixture
def run(env: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> Run:
    """The in-process runner of tests/core/cli_run.py."""
    return make_run(env, capsys, fast_kdf=True)


@pytest.fixture
def filled(vault: Vault) -> Path:
    """A closed vault folder holding the test data."""
    populate(vault)
    vault.close()
    return vault.folder


def one_line(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("coach-app: ")
    return lines[0]


# ---- parsing --------------------------------------------------------------------------------


def test_parse_args_for_the_gui_and_options_in_any_place() -> None:
    args = cli.parse_args([])
    assert (args.command, args.demo, args.vault) == (None, False, None)
    assert cli.parse_args(["--demo"]).demo
    args = cli.parse_args(["--vault", "/tmp/v", "gui"])
    assert (args.command, args.vault) == ("gui", Path("/tmp/v"))
    args = cli.parse_args(["search", "x", "--vault", "/tmp/w", "--passphrase-stdin"])
    assert (args.command, args.vault, args.passphrase_stdin) == ("search", Path("/tmp/w"), True)
    args = cli.parse_args(["--vault", "/tmp/v", "export"])
    assert args.vault == Path("/tmp/v")  # not overwritten by the sub-command's default


@pytest.mark.parametrize(
    "argv",
    [
        ["frobnicate"],
        ["search"],
        ["search", "x", "--query-stdin"],  # exactly one source for the query
        ["search", "--query-stdin", "x"],
        ["search", "x", "--limit", "0"],
        ["search", "x", "--limit", "many"],
        ["import"],
        ["demo-data", "--coachees", "-1"],
        ["report", "some-id"],  # --out is required
        ["--vault", "", "export"],
    ],
)
def test_usage_errors_exit_2(run: Run, argv: list[str]) -> None:
    code, _out, err = run(*argv)
    assert code == 2
    assert "usage:" in err


# ---- init -----------------------------------------------------------------------------------


def test_init_prints_the_recovery_key_once(run: Run, vault_dir: Path) -> None:
    code, out, err = run("--vault", str(vault_dir), "init")
    assert code == 0, err
    key_lines = [line.strip() for line in out.splitlines() if line.startswith("    ")]
    assert len(key_lines) == 1
    assert "keep it somewhere safe" in out
    with Vault.unlock_with_recovery_key(vault_dir, key_lines[0]) as opened:
        assert opened.must_change_passphrase
    with Vault.unlock(vault_dir, PASSPHRASE) as opened:
        assert opened.header.kdf == FAST_KDF

    code, _out, err = run("--vault", str(vault_dir), "init")
    assert code == 1
    assert "already a vault" in one_line(err)


def test_init_calibrates_unless_told_not_to(
    run: Run, env: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    calls: list[int] = []

    def calibrate() -> keys.KdfParams:
        calls.append(1)
        return keys.KdfParams(time_cost=4)

    env.setattr(keys, "calibrate", calibrate)
    env.delenv("COACH_APP_KDF_FAST")
    assert run("--vault", str(tmp_path / "a"), "init")[0] == 0
    assert calls == [1]
    with Vault.unlock(tmp_path / "a", PASSPHRASE) as opened:
        assert opened.header.kdf.time_cost == 4
    env.setenv("COACH_APP_KDF_FAST", "1")
    assert run("--vault", str(tmp_path / "b"), "init")[0] == 0
    assert calls == [1]


def test_init_rejects_a_weak_passphrase(run: Run, env: pytest.MonkeyPatch, vault_dir: Path) -> None:
    env.setenv("COACH_APP_NEW_PASSPHRASE", "short")
    code, _out, err = run("--vault", str(vault_dir), "init")
    assert code == 4
    assert "at least 8 characters" in one_line(err)
    assert not (vault_dir / "vault.json").exists()


def test_init_reads_the_passphrase_from_stdin(
    run: Run, env: pytest.MonkeyPatch, vault_dir: Path
) -> None:
    env.delenv("COACH_APP_PASSPHRASE")
    code, _out, err = run("--vault", str(vault_dir), "init", stdin=f"{NEW_PASSPHRASE}\n")
    assert code == 0, err
    Vault.unlock(vault_dir, NEW_PASSPHRASE).close()


def test_the_vault_folder_comes_from_the_environment(
    run: Run, env: pytest.MonkeyPatch, vault_dir: Path
) -> None:
    env.setenv("COACH_APP_VAULT", str(vault_dir))
    assert run("init")[0] == 0
    assert (vault_dir / "vault.json").exists()


# ---- passphrases and exit codes -------------------------------------------------------------


def test_wrong_passphrase_exits_3(run: Run, env: pytest.MonkeyPatch, filled: Path) -> None:
    env.setenv("COACH_APP_PASSPHRASE", "not the passphrase at all")
    code, out, err = run("--vault", str(filled), "export")
    assert code == 3
    assert out == ""
    assert "does not unlock" in one_line(err)


def test_no_passphrase_and_no_terminal_exits_2(
    run: Run, env: pytest.MonkeyPatch, filled: Path
) -> None:
    env.delenv("COACH_APP_PASSPHRASE")
    code, _out, err = run("--vault", str(filled), "search", "x")
    assert code == 2
    assert "COACH_APP_PASSPHRASE" in one_line(err)


def test_passphrase_from_the_first_line_of_stdin(
    run: Run, env: pytest.MonkeyPatch, filled: Path
) -> None:
    env.delenv("COACH_APP_PASSPHRASE")
    code, out, _err = run(
        "--vault", str(filled), "--passphrase-stdin", "search", MARKER, stdin=PASSPHRASE + "\n"
    )
    assert code == 0
    assert MARKER in out
    code, _out, err = run("--vault", str(filled), "--passphrase-stdin", "search", "x", stdin="")
    assert code == 2
    assert "line 1 of standard input" in one_line(err)


def test_a_missing_vault_is_a_clear_failure(run: Run, tmp_path: Path) -> None:
    code, _out, err = run("--vault", str(tmp_path / "nothing"), "export")
    assert code == 1
    assert "no vault" in one_line(err)


# ---- export, import, search -----------------------------------------------------------------


def test_export_to_stdout_and_to_a_file(run: Run, filled: Path, tmp_path: Path) -> None:
    code, out, _err = run("--vault", str(filled), "export")
    assert code == 0
    doc = json.loads(out)
    assert doc["format"] == "coach-companion-export"
    assert "Ingrid Sørensen" in out
    target = tmp_path / "export.json"
    code, out, _err = run("--vault", str(filled), "export", "--out", str(target))
    assert code == 0
    assert "NOT encrypted" in out
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert json.loads(target.read_text("utf-8"))["coachees"] == doc["coachees"]


def test_clear_text_into_the_vault_folder_is_refused(run: Run, filled: Path) -> None:
    code, _out, err = run("--vault", str(filled), "export", "--out", str(filled / "x.json"))
    assert code == 4  # input rejected, nothing changed (was 2 before issue point 17)
    assert "outside the vault folder" in one_line(err)
    assert not (filled / "x.json").exists()
    pdf = filled / "backups" / "r.pdf"
    code, _out, err = run("--vault", str(filled), "report", "some-id", "--out", str(pdf))
    assert code == 4
    assert "A report is not encrypted" in one_line(err)
    assert not pdf.exists()


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file under ``folder`` (symlinks as their targets' text) with its bytes."""
    return {
        str(p.relative_to(folder)): (os.readlink(p).encode() if p.is_symlink() else p.read_bytes())
        for p in sorted(folder.rglob("*"))
        if p.is_symlink() or p.is_file()
    }


@pytest.fixture
def report_stub(env: pytest.MonkeyPatch) -> None:
    """A report writer that writes a small PDF, so the guard is tested without reportlab."""

    def write_report(_vault: Vault, _coachee_id: str, out: Path, progress: Any) -> Path:
        progress(1.0)
        out.write_bytes(b"%PDF-1.7\n")
        return out

    stub = types.ModuleType("coach_app.services.report")
    stub.write_report = write_report  # type: ignore[attr-defined]
    env.setitem(sys.modules, "coach_app.services.report", stub)
    env.setattr(coach_app.services, "report", stub, raising=False)


OUT_COMMANDS = {
    "backup": ("backup",),
    "export": ("export",),
    "report": ("report", "some-id"),
}


def into_the_vault(how: str, folder: Path, outside: Path) -> Path:
    """An ``--out`` target that ends up in ``folder`` by the named way."""
    if how == "inside":
        return folder / "out.bin"
    if how == "onto-a-vault-file":
        return folder / "vault.json"
    if how == "file-symlink":
        link = outside / "innocent.bin"
        link.symlink_to(folder / "out.bin")  # dangling: the write would create it in the vault
        return link
    if how == "folder-symlink":
        link = outside / "folder-link"
        link.symlink_to(folder, target_is_directory=True)
        return link / "out.bin"
    if how == "dotdot":
        (outside / "sub").mkdir()
        return outside / "sub" / ".." / ".." / folder.name / "out.bin"
    if how == "backups-dotdot":
        return folder / "backups" / ".." / "out.bin"
    raise AssertionError(how)


@pytest.mark.usefixtures("report_stub")
@pytest.mark.parametrize("command", sorted(OUT_COMMANDS))
@pytest.mark.parametrize(
    "how",
    ["inside", "onto-a-vault-file", "file-symlink", "folder-symlink", "dotdot", "backups-dotdot"],
)
def test_no_out_target_in_the_vault_folder(
    run: Run, filled: Path, tmp_path: Path, command: str, how: str
) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    target = into_the_vault(how, filled, outside)
    assert filled.parent == tmp_path  # the ".." case climbs to the vault's parent
    before_vault, before_outside = snapshot(filled), snapshot(outside)
    code, out, err = run("--vault", str(filled), *OUT_COMMANDS[command], "--out", str(target))
    assert code == 4, err
    assert out == ""
    assert "Nothing was written" in one_line(err)
    assert snapshot(filled) == before_vault
    assert snapshot(outside) == before_outside
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([filled.name, "outside"])


def test_a_backup_into_a_subfolder_of_backups_is_refused(run: Run, filled: Path) -> None:
    deeper = filled / "backups" / "deeper"
    deeper.mkdir()
    before = snapshot(filled)
    code, _out, err = run("--vault", str(filled), "backup", "--out", str(deeper))
    assert code == 4, err
    assert snapshot(filled) == before


def test_a_backup_into_the_vaults_own_backups_folder_is_allowed(
    run: Run, filled: Path, tmp_path: Path
) -> None:
    named = filled / "backups" / "mine.ccbackup"
    code, out, err = run("--vault", str(filled), "backup", "--out", str(named))
    assert code == 0, err
    assert named.is_file()
    code, out, err = run("--vault", str(filled), "backup", "--out", str(filled / "backups"))
    assert code == 0, err
    assert Path(out.strip().rsplit(": ", 1)[1]).parent == filled / "backups"
    # Through a symlink from outside, too: it is the same folder.
    link = tmp_path / "backups-link"
    link.symlink_to(filled / "backups", target_is_directory=True)
    code, out, err = run("--vault", str(filled), "backup", "--out", str(link / "via.ccbackup"))
    assert code == 0, err
    assert (filled / "backups" / "via.ccbackup").is_file()
    code, out, err = run("--vault", str(filled), "backup")  # the default place
    assert code == 0, err


def test_import_is_all_or_nothing_with_exit_4(run: Run, filled: Path, tmp_path: Path) -> None:
    source = tmp_path / "export.json"
    assert run("--vault", str(filled), "export", "--out", str(source))[0] == 0
    fresh = tmp_path / "fresh"
    assert run("--vault", str(fresh), "init")[0] == 0

    code, out, _err = run("--vault", str(fresh), "import", str(source))
    assert code == 0
    assert "Imported 2 coachees, 1 goal, 4 sessions, 2 experiments, 3 measurements" in out

    code, _out, err = run("--vault", str(fresh), "import", str(source))
    assert code == 4
    assert "already holds" in one_line(err)

    doc = json.loads(source.read_text("utf-8"))
    doc["coachees"][0]["sessions"][0]["sectons"] = {}
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(doc), "utf-8")
    other = tmp_path / "other"
    assert run("--vault", str(other), "init")[0] == 0
    code, _out, err = run("--vault", str(other), "import", str(bad))
    assert code == 4
    assert "coachees[0].sessions[0].sectons" in one_line(err)
    with Vault.unlock(other, PASSPHRASE) as opened:
        assert opened.counts()["coachees"] == 0

    code, _out, err = run("--vault", str(other), "import", str(tmp_path / "missing.json"))
    assert code == 4
    bad.write_text("{not json", "utf-8")
    code, _out, err = run("--vault", str(other), "import", str(bad))
    assert code == 4
    assert "not valid JSON" in one_line(err)


def test_search_plain_and_json(run: Run, filled: Path) -> None:
    code, out, _err = run("--vault", str(filled), "search", MARKER)
    assert code == 0
    lines = out.splitlines()
    assert len(lines) == 1
    assert lines[0].startswith("2025-03-31  session")
    assert "Ingrid Sørensen" in lines[0]
    assert f"[{MARKER}]" in lines[0]

    code, out, _err = run("--vault", str(filled), "search", MARKER, "--json")
    assert code == 0
    hits = json.loads(out)
    assert len(hits) == 1
    hit = hits[0]
    assert {"coachee_id", "coachee", "kind", "date", "snippet", "owner_id", "title"} <= set(hit)
    assert (hit["coachee"], hit["kind"], hit["date"]) == (
        "Ingrid Sørensen",
        "session",
        "2025-03-31",
    )

    code, out, err = run("--vault", str(filled), "search", "nothingmatchesthis")
    assert (code, out) == (0, "")
    assert "no matches" in err
    code, out, _err = run("--vault", str(filled), "search", "nothingmatchesthis", "--json")
    assert json.loads(out) == []


def test_search_query_from_stdin(run: Run, env: pytest.MonkeyPatch, filled: Path) -> None:
    argv = ["--vault", str(filled), "search", "--query-stdin", "--json"]
    code, out, err = run(*argv, stdin=MARKER + "\n")
    assert code == 0, err
    assert json.loads(out)[0]["coachee"] == "Ingrid Sørensen"
    assert all(MARKER not in arg for arg in argv)  # nothing to see in ps or the shell history

    # With --passphrase-stdin too: the passphrase is line 1, the query line 2.
    env.delenv("COACH_APP_PASSPHRASE")
    argv = ["--vault", str(filled), "--passphrase-stdin", "search", "--query-stdin"]
    code, out, err = run(*argv, stdin=f"{PASSPHRASE}\n{MARKER}\n")
    assert code == 0, err
    assert f"[{MARKER}]" in out
    assert all(MARKER not in arg and PASSPHRASE not in arg for arg in argv)

    code, out, err = run(*argv, stdin=f"{PASSPHRASE}\n")
    assert code == 2
    assert "the query on line 2 of standard input" in one_line(err)


def test_search_needs_exactly_one_query_source(run: Run, filled: Path) -> None:
    code, _out, err = run("--vault", str(filled), "search", "--query-stdin", MARKER, stdin="x\n")
    assert code == 2
    assert "not allowed with" in err
    code, _out, err = run("--vault", str(filled), "search", "--json", stdin=MARKER + "\n")
    assert code == 2
    assert "--query-stdin" in err


def test_search_limit(run: Run, vault: Vault) -> None:
    person = coachees.create_coachee(vault, name="Limit Test")
    for day in range(1, 6):
        sessions.create_session(vault, person.id, started_at=f"2025-01-0{day}T10:00", notes="ok")
    folder = vault.folder
    vault.close()
    code, out, _err = run("--vault", str(folder), "search", "ok", "--limit", "3", "--json")
    assert code == 0
    assert len(json.loads(out)) == 3


# ---- erase, passphrase, backup, restore, verify ---------------------------------------------


def test_erase_coachee(run: Run, filled: Path) -> None:
    hits = json.loads(run("--vault", str(filled), "search", MARKER, "--json")[1])
    coachee_id = hits[0]["coachee_id"]
    code, out, _err = run("--vault", str(filled), "erase-coachee", coachee_id)
    assert code == 0
    assert f"Erased coachee {coachee_id}" in out
    assert "Ingrid" not in out  # the id is enough; names stay out of terminals and logs
    assert run("--vault", str(filled), "search", MARKER)[1] == ""
    code, _out, err = run("--vault", str(filled), "erase-coachee", coachee_id)
    assert code == 1
    assert "Nothing was erased" in one_line(err)


def test_erase_of_an_unknown_id_records_nothing(run: Run, filled: Path) -> None:
    code, _out, _err = run("--vault", str(filled), "erase-coachee", "no-such-id")
    assert code == 1
    with Vault.unlock(filled, PASSPHRASE) as opened:
        assert opened.counts()["erasures"] == 0


def test_change_passphrase_leaves_the_database_alone(
    run: Run, env: pytest.MonkeyPatch, filled: Path
) -> None:
    env.delenv("COACH_APP_PASSPHRASE")
    db_hash = hashlib.sha256((filled / "vault.db").read_bytes()).hexdigest()
    code, out, err = run(
        "--vault",
        str(filled),
        "--passphrase-stdin",
        "change-passphrase",
        stdin=f"{PASSPHRASE}\n{NEW_PASSPHRASE}\n",
    )
    assert code == 0, err
    assert "Passphrase changed" in out
    assert hashlib.sha256((filled / "vault.db").read_bytes()).hexdigest() == db_hash
    Vault.unlock(filled, NEW_PASSPHRASE).close()
    env.setenv("COACH_APP_PASSPHRASE", PASSPHRASE)
    assert run("--vault", str(filled), "export")[0] == 3  # the old one no longer opens


def test_change_passphrase_with_the_recovery_key(
    run: Run, env: pytest.MonkeyPatch, vault_dir: Path
) -> None:
    out = run("--vault", str(vault_dir), "init")[1]
    recovery = next(line.strip() for line in out.splitlines() if line.startswith("    "))
    env.setenv("COACH_APP_RECOVERY_KEY", "AAAAA-AAAAA-AAAAA-AAAAA-AAAAA-AAAAA-AAAAA-AAAAA")
    env.setenv("COACH_APP_NEW_PASSPHRASE", NEW_PASSPHRASE)
    code, _out, err = run("--vault", str(vault_dir), "change-passphrase", "--recovery-key")
    assert code == 3
    assert "recovery key" in one_line(err)
    env.setenv("COACH_APP_RECOVERY_KEY", recovery.lower())
    assert run("--vault", str(vault_dir), "change-passphrase", "--recovery-key")[0] == 0
    Vault.unlock(vault_dir, NEW_PASSPHRASE).close()


def test_backup_restore_verify(run: Run, filled: Path, tmp_path: Path) -> None:
    code, out, _err = run("--vault", str(filled), "backup", "--out", str(tmp_path))
    assert code == 0
    backup = Path(out.strip().rsplit(": ", 1)[1])
    assert backup.parent == tmp_path

    fresh = tmp_path / "fresh"
    code, out, _err = run("--vault", str(fresh), "restore", str(backup))
    assert code == 0
    assert "created" in out
    code, out, _err = run("--vault", str(fresh), "verify")
    assert code == 0
    assert out.splitlines()[-1] == "vault healthy"
    assert run("--vault", str(fresh), "export")[1].count('"name"') == 2

    code, out, _err = run("--vault", str(filled), "restore", str(backup))
    assert code == 0
    assert "before the restore is kept in" in out

    (fresh / "vault.db").chmod(0o644)
    code, out, _err = run("--vault", str(fresh), "verify")
    assert code == 1
    assert f"{fresh / 'vault.db'} (now private)" in out
    assert "vault NOT healthy" in out
    assert run("--vault", str(fresh), "verify")[0] == 0


def test_restore_of_a_missing_file_fails_cleanly(run: Run, filled: Path, tmp_path: Path) -> None:
    code, _out, err = run("--vault", str(filled), "restore", str(tmp_path / "nope.ccbackup"))
    assert code == 1
    assert "no backup file" in one_line(err)


# ---- commands other parts of the project provide --------------------------------------------


def test_demo_data_calls_the_generator(run: Run, filled: Path, env: pytest.MonkeyPatch) -> None:
    calls: list[dict[str, Any]] = []

    def generate(vault: Vault, **kwargs: Any) -> None:
        calls.append(kwargs)
        kwargs["progress"](1, 2)
        person = coachees.create_coachee(vault, name="Demo Person")
        assert person.id

    stub = types.ModuleType("coach_app.services.demo")
    stub.generate = generate  # type: ignore[attr-defined]
    env.setitem(sys.modules, "coach_app.services.demo", stub)
    # "from coach_app.services import demo" reads the package attribute once it is imported
    env.setattr(coach_app.services, "demo", stub, raising=False)
    code, out, _err = run("--vault", str(filled), "demo-data", "--coachees", "3", "--sessions", "4")
    assert code == 0
    assert calls[0]["coachees"] == 3
    assert calls[0]["sessions_per_coachee"] == 4
    assert callable(calls[0]["progress"])
    assert "3 coachees" in out  # two from the test data, one from the stub
    run("--vault", str(filled), "demo-data")
    assert set(calls[1]) == {"progress"}  # the generator's own defaults apply
    run("--vault", str(filled), "demo-data", "--seed", "7")
    assert calls[2]["seed"] == 7


def test_demo_data_with_a_seed_is_the_same_in_every_process(tmp_path: Path) -> None:
    # The bench builds its vaults with this command: a seed must give the same data whatever
    # the process's string hashing (a set's order), and the groups must follow it too.
    base = {**os.environ, "COACH_APP_KDF_FAST": "1", "COACH_APP_PASSPHRASE": PASSPHRASE}

    def export(seed: str, hash_seed: str) -> Any:
        folder = tmp_path / f"{seed}-{hash_seed}"
        env = {**base, "PYTHONHASHSEED": hash_seed}
        for argv in (
            ["init"],
            ["demo-data", "--coachees", "3", "--sessions", "4", "--seed", seed],
        ):
            done = subprocess.run(
                [str(COACH_APP), "--vault", str(folder), *argv],
                capture_output=True,
                env=env,
                timeout=120,
                check=False,
            )
            assert done.returncode == 0, done.stderr
        with Vault.unlock(folder, PASSPHRASE) as vault:
            return _without_clock(json.loads(exchange.export_json(vault)))

    first = export("7", "1")
    assert first["groups"]
    assert first == export("7", "2")
    assert first != export("8", "1")


def _without_clock(value: Any) -> Any:
    """An export without the moments rows were written (the clock, not the seed, sets them)."""
    if isinstance(value, dict):
        clock = {"created_at", "updated_at", "exported_at"}
        return {k: _without_clock(v) for k, v in value.items() if k not in clock}
    if isinstance(value, list):
        return [_without_clock(v) for v in value]
    return value


def test_report_calls_the_writer(
    run: Run, filled: Path, env: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    seen: list[tuple[str, Path]] = []

    def write_report(_vault: Vault, coachee_id: str, out: Path, progress: Any) -> Path:
        progress(0.5)
        seen.append((coachee_id, out))
        out.write_bytes(b"%PDF-1.7\n")
        return out

    stub = types.ModuleType("coach_app.services.report")
    stub.write_report = write_report  # type: ignore[attr-defined]
    env.setitem(sys.modules, "coach_app.services.report", stub)
    env.setattr(coach_app.services, "report", stub, raising=False)
    target = tmp_path / "r.pdf"
    code, listing, _err = run("--vault", str(filled), "coachees")
    whole_id = listing.split()[0]
    # The writer gets the whole id, given whole or as a unique prefix.
    for given in (whole_id, whole_id[:8]):
        code, out, _err = run("--vault", str(filled), "report", given, "--out", str(target))
        assert code == 0
        assert seen[-1] == (whole_id, target)
        assert str(target) in out
    code, _out, _err = run("--vault", str(filled), "report", "abc", "--out", str(target))
    assert code == 1 and len(seen) == 2  # no coachee has it: the writer is not called


# ---- failures never show a traceback or note text -------------------------------------------


def test_an_unexpected_error_is_one_line_without_note_text(
    run: Run, filled: Path, env: pytest.MonkeyPatch, private_home: Path
) -> None:
    def boom(*_args: Any, **_kwargs: Any) -> None:
        raise RuntimeError(f"the note said {MARKER}")

    env.setattr(exchange, "write_export", boom)
    code, out, err = run("--vault", str(filled), "export")
    assert code == 1
    assert out == ""
    line = one_line(err)
    assert line.startswith("coach-app: internal error: RuntimeError; see the log")
    assert MARKER not in err
    logs = list(private_home.rglob("coach-app.log"))
    assert len(logs) == 1
    logged = logs[0].read_text("utf-8")
    assert "RuntimeError" in logged
    assert "boom" in logged
    assert MARKER not in logged
    assert stat.S_IMODE(logs[0].stat().st_mode) == 0o600


# ---- the installed script, for real ---------------------------------------------------------


def test_the_installed_script_end_to_end(tmp_path: Path) -> None:
    assert COACH_APP.exists(), "install the project into .venv (make test does)"
    folder = tmp_path / "vault"
    base = {**os.environ, "COACH_APP_KDF_FAST": "1", "COACH_APP_PASSPHRASE": PASSPHRASE}

    def script(*argv: str, env: dict[str, str] | None = None, stdin: str = "") -> Any:
        done = subprocess.run(
            [str(COACH_APP), "--vault", str(folder), *argv],
            input=stdin.encode("utf-8"),
            capture_output=True,
            env=env or base,
            timeout=120,
            check=False,
        )
        assert b"Traceback" not in done.stderr
        return done

    made = script("init")
    assert made.returncode == 0, made.stderr
    assert b"Recovery key" in made.stdout

    source = tmp_path / "in.json"
    with Vault.create(tmp_path / "source", PASSPHRASE, FAST_KDF)[0] as other:
        populate(other)
        source.write_text(exchange.export_json(other), "utf-8")
    assert script("import", str(source)).returncode == 0

    found = script("search", MARKER, "--json")
    assert found.returncode == 0
    assert json.loads(found.stdout.decode("utf-8"))[0]["coachee"] == "Ingrid Sørensen"

    wrong = script("export", env={**base, "COACH_APP_PASSPHRASE": "wrong wrong wrong"})
    assert wrong.returncode == 3
    assert wrong.stdout == b""
    assert len(wrong.stderr.splitlines()) == 1

    rejected = script("import", str(source))
    assert rejected.returncode == 4
    assert len(rejected.stderr.splitlines()) == 1

    usage = script("export", "--bogus")
    assert usage.returncode == 2

    missing = script("erase-coachee", "no-such-id")
    assert missing.returncode == 1
    assert len(missing.stderr.splitlines()) == 1

    no_secret = {k: v for k, v in base.items() if k != "COACH_APP_PASSPHRASE"}
    assert script("verify", env=no_secret).returncode == 2
    healthy = script("--passphrase-stdin", "verify", env=no_secret, stdin=PASSPHRASE + "\n")
    assert healthy.returncode == 0, healthy.stdout
    assert healthy.stdout.decode("utf-8").splitlines()[-1] == "vault healthy"


def test_the_command_line_speaks_the_terminals_language_or_the_chosen_one(
    run: Run, env: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from coach_app import i18n, language_pref  # noqa: PLC0415 - this test only

    missing = str(tmp_path / "nowhere")
    try:
        code, _out, err = run("--vault", missing, "coachees")
        assert code != 0 and "There is no vault" in err
        env.setenv("LANG", "nl_NL.UTF-8")
        code, _out, err = run("--vault", missing, "coachees")
        assert code != 0 and "There is no vault" not in err
        assert i18n.current_language() == "nl"
        language_pref.choose("en")  # chosen in Settings: wins over the terminal's language
        code, _out, err = run("--vault", missing, "coachees")
        assert "There is no vault" in err
    finally:
        i18n.set_language("en")
