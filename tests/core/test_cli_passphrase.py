"""The CLI refuses a guessable passphrase through the vault's one strength gate (exit code 4)."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest

from coach_app import app
from coach_app.vault.vault import Vault
from tests.conftest import PASSPHRASE


def run_cli(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    *argv: str,
    stdin: str = "",
) -> tuple[int, str]:
    """Run ``coach-app argv`` in-process with a fast key derivation; (exit code, stderr)."""
    monkeypatch.setenv("COACH_APP_KDF_FAST", "1")
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))  # not a terminal
    capsys.readouterr()
    code = app.main(list(argv))
    err = capsys.readouterr().err
    assert "Traceback" not in err
    return code, err


@pytest.mark.parametrize("weak", ["Password123!", "qwerty123456", "iloveyou2024"])
def test_init_with_a_common_password_exits_4(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    vault_dir: Path,
    weak: str,
) -> None:
    monkeypatch.setenv("COACH_APP_NEW_PASSPHRASE", weak)
    code, err = run_cli(monkeypatch, capsys, "--vault", str(vault_dir), "init")
    assert code == 4
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("coach-app: "), err
    assert "too easy to guess" in lines[0] and "unusual words" in lines[0]
    assert not (vault_dir / "vault.json").exists()


def test_change_passphrase_to_a_common_password_exits_4(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    vault: Vault,
) -> None:
    vault.close()
    code, err = run_cli(
        monkeypatch,
        capsys,
        "--vault",
        str(vault.folder),
        "--passphrase-stdin",
        "change-passphrase",
        stdin=f"{PASSPHRASE}\nPassword123!\n",
    )
    assert code == 4
    assert "too easy to guess" in err
    Vault.unlock(vault.folder, PASSPHRASE).close()  # unchanged
