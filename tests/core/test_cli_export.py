"""``coach-app export --coachee ID`` and ``--markdown DIR``: one coachee, Markdown, refusals."""

from __future__ import annotations

import json
import stat
from pathlib import Path

import pytest

from coach_app.vault.vault import Vault
from tests.core.cli_run import Run, make_run
from tests.core.services.exchange.test_exchange_v2 import populate


@pytest.fixture
def run(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> Run:
    """The in-process runner of tests/core/cli_run.py."""
    return make_run(monkeypatch, capsys, fast_kdf=True)


def one_line(err: str) -> str:
    """Standard error as one line (messages may wrap)."""
    return " ".join(err.split())


@pytest.fixture
def grouped(vault: Vault) -> tuple[Path, dict[str, str]]:
    """A closed vault folder with two coachees in a group (markers in every text)."""
    ids = populate(vault)
    vault.close()
    return vault.folder, ids


def test_export_one_coachee_to_a_file(
    run: Run, grouped: tuple[Path, dict[str, str]], tmp_path: Path
) -> None:
    folder, ids = grouped
    target = tmp_path / "ada.json"
    code, out, _err = run(
        "--vault", str(folder), "export", "--coachee", ids["ada"], "--out", str(target)
    )
    assert code == 0 and "NOT encrypted" in out
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    raw = target.read_text("utf-8")
    doc = json.loads(raw)
    assert [c["id"] for c in doc["coachees"]] == [ids["ada"]]
    assert "ADAMARKER question" in raw
    assert "BOMARKER" not in raw and "DIRKMARKER" not in raw


def test_export_one_unknown_coachee_fails(run: Run, grouped: tuple[Path, dict[str, str]]) -> None:
    folder, _ids = grouped
    code, out, err = run("--vault", str(folder), "export", "--coachee", "no-such-id")
    assert code != 0
    assert out == ""
    assert "no-such-id" in one_line(err)


def test_markdown_into_the_vault_folder_is_refused(
    run: Run, grouped: tuple[Path, dict[str, str]]
) -> None:
    folder, _ids = grouped
    inside = folder / "notes"
    inside.mkdir()
    code, _out, err = run("--vault", str(folder), "export", "--markdown", str(inside))
    assert code == 4
    assert "outside the vault folder" in one_line(err)
    assert list(inside.iterdir()) == []


def test_markdown_and_out_together_are_refused(
    run: Run, grouped: tuple[Path, dict[str, str]], tmp_path: Path
) -> None:
    folder, _ids = grouped
    code, _out, _err = run(
        "--vault",
        str(folder),
        "export",
        "--markdown",
        str(tmp_path),
        "--out",
        str(tmp_path / "x.json"),
    )
    assert code != 0
    assert not (tmp_path / "x.json").exists()
    code, _out, _err = run("--vault", str(folder), "export", "--per-session")
    assert code != 0


def test_markdown_export_of_one_coachee(
    run: Run, grouped: tuple[Path, dict[str, str]], tmp_path: Path
) -> None:
    pytest.importorskip("coach_app.services.markdown_export")
    folder, ids = grouped
    out_dir = tmp_path / "md"
    out_dir.mkdir()
    code, out, _err = run(
        "--vault", str(folder), "export", "--markdown", str(out_dir), "--coachee", ids["ada"]
    )
    assert code == 0, out
    files = list(out_dir.rglob("*.md"))
    assert files
    text = "".join(f.read_text("utf-8") for f in files)
    assert "ADAMARKER" in text
    assert "BOMARKER" not in text
