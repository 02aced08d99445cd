"""``coach-app hours``: the log on screen, as CSV or .xlsx, never into the vault folder."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from coach_app.services import coachees, hours, sessions
from coach_app.vault.vault import Vault
from tests.core.cli_run import Run, make_run
from tests.core.test_cli import into_the_vault, one_line, snapshot

HIDDEN = "Verborgen Naam"


@pytest.fixture
def run(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> Run:
    """The in-process runner of tests/core/cli_run.py."""
    return make_run(monkeypatch, capsys)


@pytest.fixture
def logged(vault: Vault) -> Path:
    """A closed vault with one named client and one who did not consent to be named."""
    named = coachees.create_coachee(vault, name="Ada Jansen", email="ada@example.org")
    hours.set_client_details(vault, named.id, log_consent=True)
    hidden = coachees.create_coachee(vault, name=HIDDEN)
    sessions.create_session(vault, named.id, started_at="2025-01-10T09:00", duration_minutes=60)
    sessions.create_session(vault, hidden.id, started_at="2025-02-10T09:00", duration_minutes=90)
    sessions.create_session(vault, hidden.id, started_at="2025-07-10T09:00", duration_minutes=60)
    vault.close()
    return vault.folder


def test_the_summary_on_screen(run: Run, logged: Path) -> None:
    code, out, err = run(
        "--vault", str(logged), "hours", "--from", "2025-01-01", "--to", "2025-06-30"
    )
    assert code == 0, err
    assert "Hours log from 2025-01-01 to 2025-06-30" in out
    assert "2.5 hours: 2.5 paid, 0 pro bono" in out
    assert "1.5 hours with 1 client who did not consent to be named." in out
    assert "Ada Jansen" in out and "Confidential client 1" in out
    assert HIDDEN not in out
    assert "coachingfederation.org" in out and "check the current requirements" in out.lower()


@pytest.mark.parametrize("kind", ["csv", "xlsx"])
def test_the_log_file(run: Run, logged: Path, tmp_path: Path, kind: str) -> None:
    target = tmp_path / f"log.{kind}"
    code, out, err = run(
        "--vault", str(logged), "hours", "--to", "2025-06-30", f"--{kind}", str(target)
    )
    assert code == 0, err
    assert "NOT encrypted" in out
    assert target.stat().st_mode & 0o777 == 0o600
    data = target.read_bytes()
    if kind == "xlsx":
        with zipfile.ZipFile(target) as archive:
            data = archive.read("xl/worksheets/sheet1.xml")
    assert b"Ada Jansen" in data and b"Confidential client 1" in data
    assert HIDDEN.encode() not in data


@pytest.mark.parametrize("kind", ["csv", "xlsx"])
@pytest.mark.parametrize("how", ["inside", "onto-a-vault-file", "folder-symlink", "dotdot"])
def test_no_log_file_in_the_vault_folder(
    run: Run, logged: Path, tmp_path: Path, kind: str, how: str
) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    target = into_the_vault(how, logged, outside)
    before = snapshot(logged)
    code, out, err = run("--vault", str(logged), "hours", f"--{kind}", str(target))
    assert code == 4, err
    assert out == ""
    assert "Nothing was written" in one_line(err)
    assert snapshot(logged) == before


@pytest.mark.parametrize(
    "argv",
    [
        ("hours", "--from", "31-01-2025"),
        ("hours", "--to", "2025-02-30"),
        ("hours", "--csv", "a.csv", "--xlsx", "b.xlsx"),
    ],
)
def test_usage_errors_exit_2(run: Run, logged: Path, argv: tuple[str, ...]) -> None:
    code, _out, _err = run("--vault", str(logged), *argv)
    assert code == 2


def test_an_inverted_range_is_refused(run: Run, logged: Path) -> None:
    code, _out, err = run(
        "--vault", str(logged), "hours", "--from", "2025-03-01", "--to", "2025-01-01"
    )
    assert code == 4
    assert "must not be before" in one_line(err)
