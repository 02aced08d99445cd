"""``init`` and ``change-passphrase``: the strength gate (exit 4), ``--re-encrypt``'s new key."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest

from coach_app import app
from coach_app.errors import WrongPassphrase
from coach_app.vault.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE


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


NEW_PASSPHRASE = "violet umbrella marches quietly"


def test_change_passphrase_re_encrypt_prints_a_new_recovery_key_once(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    vault_dir: Path,
) -> None:
    vault, old_recovery = Vault.create(vault_dir, PASSPHRASE, FAST_KDF)
    old_key = vault.data_key()
    vault.close()
    monkeypatch.setenv("COACH_APP_KDF_FAST", "1")
    monkeypatch.setattr(sys, "stdin", io.StringIO(f"{PASSPHRASE}\n{NEW_PASSPHRASE}\n"))
    capsys.readouterr()
    code = app.main(
        ["--vault", str(vault_dir), "--passphrase-stdin", "change-passphrase", "--re-encrypt"]
    )
    out, err = capsys.readouterr()
    assert code == 0, err
    assert "Traceback" not in err
    # The same wording as "init", and the key itself once, on a line of its own.
    assert "Recovery key (shown only this once):" in out
    assert "keep it somewhere safe away from this computer" in out
    assert "Backups made before this change keep the old key" in out
    keys_shown = [line.strip() for line in out.splitlines() if line.startswith("    ")]
    assert len(keys_shown) == 1
    new_recovery = keys_shown[0]
    assert new_recovery != old_recovery and new_recovery not in err

    with pytest.raises(WrongPassphrase):
        Vault.unlock(vault_dir, PASSPHRASE)
    with pytest.raises(WrongPassphrase):
        Vault.unlock_with_recovery_key(vault_dir, old_recovery)
    Vault.unlock_with_recovery_key(vault_dir, new_recovery).close()
    with Vault.unlock(vault_dir, NEW_PASSPHRASE) as opened:
        assert opened.data_key() != old_key


def test_change_passphrase_without_re_encrypt_keeps_key_and_recovery_key(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    vault_dir: Path,
) -> None:

    vault, recovery = Vault.create(vault_dir, PASSPHRASE, FAST_KDF)
    old_key = vault.data_key()
    vault.close()
    monkeypatch.setenv("COACH_APP_KDF_FAST", "1")
    monkeypatch.setattr(sys, "stdin", io.StringIO(f"{PASSPHRASE}\n{NEW_PASSPHRASE}\n"))
    capsys.readouterr()
    code = app.main(["--vault", str(vault_dir), "--passphrase-stdin", "change-passphrase"])
    out, _err = capsys.readouterr()
    assert code == 0
    assert "The recovery key stays the same." in out and "Recovery key (" not in out
    Vault.unlock_with_recovery_key(vault_dir, recovery).close()
    with Vault.unlock(vault_dir, NEW_PASSPHRASE) as opened:
        assert opened.data_key() == old_key
