"""``coach-app verify`` prints the security check's items before its health report."""

from __future__ import annotations

import io
import os
import sys
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from coach_app import app
from coach_app.services import backups, coachees
from coach_app.vault.vault import Vault
from tests.conftest import PASSPHRASE


def verify(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], folder: Path
) -> tuple[int, list[str]]:
    monkeypatch.setenv("COACH_APP_PASSPHRASE", PASSPHRASE)
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))  # not a terminal
    capsys.readouterr()
    code = app.main(["--vault", str(folder), "verify"])
    out, err = capsys.readouterr()
    assert "Traceback" not in err
    return code, out.splitlines()


def security_lines(lines: list[str]) -> list[str]:
    start = lines.index("Security check:") + 1
    items = []
    for line in lines[start:]:
        if not line.startswith("  "):
            break
        items.append(line.strip())
    return items


def test_verify_lists_every_item_then_the_verdict(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], vault: Vault
) -> None:
    coachees.create_coachee(vault, name="Philippa Marlowe-Quist")
    backups.back_up_now(vault)
    vault.close()
    code, lines = verify(monkeypatch, capsys, vault.folder)
    assert code == 0
    items = security_lines(lines)
    assert [line.split(": ", 2)[1] for line in items] == [
        "Encryption",
        "File permissions",
        "Keyring",
        "Auto-lock",
        "Screen lock",
        "Temporary files",
        "Backup",
        "Clear text",
    ]
    assert all(line.startswith("OK: ") for line in items), items
    assert "Keyring: Remembering the key is not available here" in items[2]
    assert lines[-1] == "vault healthy"
    assert "Philippa" not in "\n".join(lines)


def test_verify_says_what_needs_attention_without_changing_the_exit_code(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], vault: Vault
) -> None:
    path = backups.back_up_now(vault)
    vault.close()
    old = (datetime.now() - timedelta(days=12, hours=1)).timestamp()
    os.utime(path, (old, old))
    code, lines = verify(monkeypatch, capsys, vault.folder)
    assert code == 0  # advice only: the vault itself is healthy
    backup = next(line for line in security_lines(lines) if ": Backup: " in line)
    assert backup.startswith("Needs attention: Backup: the newest one is 12 days old")
    assert lines[-1] == "vault healthy"
