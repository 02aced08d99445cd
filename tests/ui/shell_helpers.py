"""Helpers for the app-shell tests: a window on an open vault, modal dialogs, a fake clock."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QThreadPool, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from coach_app.ui.context import AppContext
from coach_app.ui.main_window import MainWindow
from coach_app.ui.ops import Operations
from coach_app.vault.vault import Vault
from tests.conftest import FAST_KDF


class FakeClock:
    """A clock the test moves by hand."""

    def __init__(self, start: datetime | None = None) -> None:
        self.now = start or datetime(2025, 3, 3, 9, 0, 0)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


def make_window(
    qtbot: Any,
    folder: Path,
    vault: Vault | None = None,
    *,
    now: Callable[[], datetime] = datetime.now,
    **kwargs: Any,
) -> MainWindow:
    """A shown main window on ``folder`` (unlocked with ``vault`` if given)."""
    context = AppContext(folder, now=now)
    if vault is not None:
        context.set_vault(vault)
    kwargs.setdefault("kdf", FAST_KDF)
    kwargs.setdefault("auto_backup", False)  # test_auto_backup.py turns it on
    window = MainWindow(context, restore_geometry=False, **kwargs)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def wait_for_workers(timeout_ms: int = 20_000) -> None:
    """Let background work finish, so no callback outlives its test."""
    for ops in Operations.live():
        ops.finish_all(timeout_s=timeout_ms / 1000)
    QThreadPool.globalInstance().waitForDone(timeout_ms)


def run_modal(
    qtbot: Any, open_dialog: Callable[[], object], interact: Callable[[QWidget], None]
) -> list[BaseException]:
    """Call ``open_dialog`` (which blocks in ``exec``); ``interact`` with the dialog meanwhile.

    The dialog is closed whatever ``interact`` does, so a failing check cannot hang the test;
    errors raised in ``interact`` are returned for the test to re-raise.
    """
    errors: list[BaseException] = []

    def step(tries: int = 0) -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            if tries < 200:
                QTimer.singleShot(10, lambda: step(tries + 1))
            return
        try:
            interact(dialog)
        except BaseException as exc:  # handed back to the test
            errors.append(exc)
            dialog.close()

    QTimer.singleShot(0, step)
    open_dialog()
    return errors


def folder_hashes(folder: Path) -> dict[str, str]:
    """SHA-256 of every file under ``folder`` (the lock files excepted)."""
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and p.suffix != ".lock"
    }
