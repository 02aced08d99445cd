"""``coach-app brief`` and ``coach-app coachees``: PDF, Markdown, an unknown id, the list."""

from __future__ import annotations

import json
import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest

from coach_app.services import coachees
from coach_app.vault.vault import Vault
from tests.core.cli_run import Run, make_run
from tests.core.services.test_brief import PRIVATE_MARKER, seed_brief


@pytest.fixture
def run(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> Run:
    """The in-process runner of tests/core/cli_run.py."""
    return make_run(monkeypatch, capsys, fast_kdf=True)


@pytest.fixture
def folder(vault: Vault) -> tuple[Path, dict[str, str]]:
    """A closed vault with Ada (a full brief), Ben (empty) and an archived coachee."""
    seeded = seed_brief(vault, today=date.today())
    old = coachees.create_coachee(vault, name="Cleo Archived")
    coachees.archive_coachee(vault, old.id)
    vault.close()
    return vault.folder, {"ada": seeded.ada, "ben": seeded.ben, "old": old.id}


def test_brief_writes_a_pdf(run: Run, folder: tuple[Path, dict[str, str]], tmp_path: Path) -> None:
    vault_dir, ids = folder
    out = tmp_path / "brief.pdf"
    code, stdout, err = run("--vault", str(vault_dir), "brief", ids["ada"], "--out", str(out))
    assert code == 0, err
    assert str(out) in stdout
    assert out.read_bytes().startswith(b"%PDF")
    assert oct(out.stat().st_mode & 0o777) == "0o600"
    if shutil.which("pdftotext"):
        text = subprocess.run(
            ["pdftotext", str(out), "-"], check=True, capture_output=True, text=True
        ).stdout
        assert "Qzgoalup planning" in text and PRIVATE_MARKER not in text


def test_brief_markdown_to_stdout_and_to_a_file_with_a_prefix(
    run: Run, folder: tuple[Path, dict[str, str]], tmp_path: Path
) -> None:
    vault_dir, ids = folder
    code, stdout, err = run(
        "--vault", str(vault_dir), "brief", ids["ada"][:8], "--markdown", "--out", "-"
    )
    assert code == 0, err
    assert stdout.startswith("---\n") and "Qzagreement ask Sam to chair" in stdout
    assert PRIVATE_MARKER not in stdout
    code, stdout, err = run(
        "--vault", str(vault_dir), "brief", ids["ada"], "--markdown", "--private", "--out", "-"
    )
    assert code == 0 and PRIVATE_MARKER in stdout
    out = tmp_path / "brief.md"
    code, _stdout, err = run(
        "--vault", str(vault_dir), "brief", ids["ada"], "--markdown", "--out", str(out)
    )
    assert code == 0, err
    assert "Qzinsight she owns Monday" in out.read_text(encoding="utf-8")


def test_an_unknown_id_says_so_in_one_line(
    run: Run, folder: tuple[Path, dict[str, str]], tmp_path: Path
) -> None:
    vault_dir, _ids = folder
    out = tmp_path / "brief.pdf"
    code, _stdout, err = run("--vault", str(vault_dir), "brief", "nosuchid", "--out", str(out))
    assert code == 1
    assert err.count("\n") == 1 and "nosuchid" in err
    assert not out.exists()


def test_pdf_to_stdout_and_a_target_in_the_vault_are_refused(
    run: Run, folder: tuple[Path, dict[str, str]]
) -> None:
    vault_dir, ids = folder
    code, _out, err = run("--vault", str(vault_dir), "brief", ids["ada"], "--out", "-")
    assert code == 2 and err.count("\n") == 1
    inside = vault_dir / "brief.pdf"
    code, _out, err = run("--vault", str(vault_dir), "brief", ids["ada"], "--out", str(inside))
    assert code == 4 and not inside.exists()


def test_coachees_lists_ids_and_names_sorted_with_archived_marked(
    run: Run, folder: tuple[Path, dict[str, str]]
) -> None:
    vault_dir, ids = folder
    code, stdout, err = run("--vault", str(vault_dir), "coachees", "--json")
    assert code == 0, err
    rows = json.loads(stdout)
    assert [row["name"] for row in rows] == ["Ada Lovelace", "Ben Baker", "Cleo Archived"]
    assert [row["id"] for row in rows] == [ids["ada"], ids["ben"], ids["old"]]
    assert [row["archived"] for row in rows] == [False, False, True]
    code, stdout, _err = run("--vault", str(vault_dir), "coachees")
    lines = stdout.splitlines()
    assert lines[0] == f"{ids['ada']}  Ada Lovelace"
    assert lines[2].startswith(ids["old"]) and lines[2].endswith("(archived)")


def test_report_copy_and_exports_take_an_id_prefix_as_brief_does(
    run: Run, folder: tuple[Path, dict[str, str]], tmp_path: Path
) -> None:
    """The ids ``coachees`` lists may be shortened for every per-coachee command but erasure."""
    vault_dir, ids = folder
    prefix = ids["ada"][:8]
    for extra in ((), ("--coachee-copy",)):
        out = tmp_path / f"report{len(extra)}.pdf"
        code, _stdout, err = run(
            "--vault", str(vault_dir), "report", prefix, "--out", str(out), *extra
        )
        assert code == 0, err
        assert out.read_bytes().startswith(b"%PDF")
    code, stdout, err = run("--vault", str(vault_dir), "export", "--coachee", prefix)
    assert code == 0, err
    assert [c["id"] for c in json.loads(stdout)["coachees"]] == [ids["ada"]]
    folder_out = tmp_path / "md"
    folder_out.mkdir()
    code, _stdout, err = run(
        "--vault", str(vault_dir), "export", "--markdown", str(folder_out), "--coachee", prefix
    )
    assert code == 0, err
    assert any(folder_out.rglob("*.md"))
    # Erasure wants the whole id: a shortened one erases nothing.
    code, _stdout, err = run("--vault", str(vault_dir), "erase-coachee", prefix, "--yes")
    assert code != 0
    code, stdout, _err = run("--vault", str(vault_dir), "coachees")
    assert ids["ada"] in stdout
