"""Helpers for the lock-and-return tests: a window on a seeded vault, lock, unlock, look around.

``drafts_window`` is a fixture (import it into the test module): a shown main window on the
test vault with one coachee, a goal, a session and an experiment, on a fake clock. Each test
locks with ``context.lock()`` (what Ctrl+L, the idle watcher and quitting call) and unlocks
with ``unlock_again`` (what the unlock screen hands over); the window is locked again when
the test ends, so the vault it reopened is closed.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import Any, TypeVar

import pytest
import shiboken6
from PySide6.QtWidgets import QApplication, QDialog

from coach_app.services import coachees, experiments, sessions
from coach_app.ui.main_window import MainWindow
from coach_app.vault.vault import Vault
from tests.conftest import PASSPHRASE
from tests.ui.shell_helpers import FakeClock, make_window, wait_for_workers

D = TypeVar("D", bound=QDialog)


@dataclass(frozen=True)
class Seed:
    """The ids of what the seeded vault holds."""

    coachee_id: str
    goal_id: str
    session_id: str
    experiment_id: str


@pytest.fixture
def seed(vault: Vault) -> Seed:
    """One coachee with a goal, a GROW session three days ago and an agreed experiment."""
    ada = coachees.create_coachee(vault, name="Ada Lovelace")
    goal = coachees.create_goal(vault, ada.id, title="Delegate more")
    session = sessions.create_session(
        vault, ada.id, template="grow", started_at=datetime(2025, 3, 1, 9, 0)
    )
    planned = experiments.create_experiment(vault, ada.id, title="Ask one question")
    return Seed(ada.id, goal.id, session.id, planned.id)


@pytest.fixture
def drafts_window(qtbot: Any, vault: Vault, seed: Seed) -> Iterator[MainWindow]:
    """A shown main window on the seeded vault; locked again (vault closed) at the end."""
    clock = FakeClock(datetime(2025, 3, 4, 9, 0))
    window = make_window(qtbot, vault.folder, vault, now=clock, idle_check_ms=60_000)
    try:
        yield window
    finally:
        for dialog in visible_dialogs(QDialog):
            dialog.reject()
        if window.context.is_unlocked:
            window.context.lock()
        wait_for_workers()


def unlock_again(window: MainWindow) -> Vault:
    """Unlock the locked window's vault with the passphrase, as the unlock screen does."""
    assert not window.context.is_unlocked
    reopened = Vault.unlock(window.context.folder, PASSPHRASE)
    window.open_vault(reopened)
    return reopened


def visible_dialogs(kind: type[D]) -> list[D]:
    """Every visible dialog of ``kind``, wherever it is parented."""
    found: list[D] = []
    for widget in QApplication.allWidgets():
        if isinstance(widget, kind) and shiboken6.isValid(widget) and widget.isVisible():
            found.append(widget)
    return found


def the_dialog(kind: type[D]) -> D:
    """The one visible dialog of ``kind`` (fails when there is none or more than one)."""
    found = visible_dialogs(kind)
    assert len(found) == 1, f"{len(found)} visible {kind.__name__}"
    return found[0]


def sealed_bytes(window: MainWindow) -> bytes:
    """Every byte the sealed drafts of the last lock hold (fails when nothing was sealed)."""
    blob = window.context.drafts.sealed
    assert blob is not None, "nothing was sealed at the lock"
    return b"".join(blob.parts())


def holds_clear_text(data: bytes, marker: str) -> bool:
    """Whether ``marker`` is in ``data`` as UTF-8, UTF-16 or a JSON \\u escape."""
    escaped = marker.encode("ascii", "backslashreplace").replace(b"\\x", b"\\u00")
    return any(form in data for form in (marker.encode(), marker.encode("utf-16-le"), escaped))
