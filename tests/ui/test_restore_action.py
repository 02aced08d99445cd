"""File → Restore: lock first, restore off the UI thread, then the unlock screen."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from coach_app.services import backups, coachees
from coach_app.services.maintenance import RestoreResult
from coach_app.ui import restore_action
from coach_app.vault.vault import Vault
from tests.conftest import PASSPHRASE
from tests.ui.shell_helpers import make_window


def test_restore_locks_first_and_brings_the_backup_back(
    qtbot: QtBot, vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    coachees.create_coachee(vault, name="Ada Lovelace")
    backup = backups.back_up_now(vault)
    coachees.create_coachee(vault, name="Grace Hopper")
    window = make_window(qtbot, vault.folder, vault)
    monkeypatch.setattr(restore_action, "ask_open_file", lambda *_a: str(backup))
    asked_while_open: list[bool] = []

    def ask(_backup: Path, _parent: object) -> str:
        asked_while_open.append(window.context.is_unlocked)
        return PASSPHRASE

    monkeypatch.setattr(restore_action, "ask_restore", ask)
    ended: list[RestoreResult | None] = []
    assert restore_action.start_restore(window.context, window, on_end=ended.append)
    assert not window.context.is_unlocked  # locked before anything was replaced
    qtbot.waitUntil(lambda: bool(ended), timeout=30_000)
    result = ended[0]
    assert result is not None and result.safety_backup is not None
    assert asked_while_open == [True]
    assert any("restored from the backup" in line for line in restore_action.result_lines(result))
    reopened = Vault.unlock(vault.folder, PASSPHRASE)
    try:
        assert [c.name for c in coachees.list_coachees(reopened)] == ["Ada Lovelace"]
    finally:
        reopened.close()


def test_cancel_changes_nothing_and_keeps_the_vault_open(
    qtbot: QtBot, vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    backup = backups.back_up_now(vault)
    window = make_window(qtbot, vault.folder, vault)
    monkeypatch.setattr(restore_action, "ask_open_file", lambda *_a: str(backup))
    monkeypatch.setattr(restore_action, "ask_restore", lambda *_a: None)
    assert not restore_action.start_restore(window.context, window)
    assert window.context.is_unlocked


def test_a_wrong_passphrase_leaves_the_vault_as_it_was(
    qtbot: QtBot, vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    coachees.create_coachee(vault, name="Ada Lovelace")
    backup = backups.back_up_now(vault)
    coachees.create_coachee(vault, name="Grace Hopper")
    window = make_window(qtbot, vault.folder, vault)
    monkeypatch.setattr(restore_action, "ask_open_file", lambda *_a: str(backup))
    monkeypatch.setattr(restore_action, "ask_restore", lambda *_a: "not the passphrase")
    errors: list[BaseException] = []
    monkeypatch.setattr(restore_action, "show_error", lambda _p, exc: errors.append(exc))
    ended: list[RestoreResult | None] = []
    assert restore_action.start_restore(window.context, window, on_end=ended.append)
    qtbot.waitUntil(lambda: bool(ended), timeout=30_000)
    assert ended == [None] and errors
    reopened = Vault.unlock(vault.folder, PASSPHRASE)
    try:
        assert len(coachees.list_coachees(reopened)) == 2
    finally:
        reopened.close()
