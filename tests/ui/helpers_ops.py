"""Helpers for UI tests on the operations API: wait for background work, announce a change,
hold the vault as a long background change does, see which tasks say they write."""

from __future__ import annotations

import threading
from typing import Any

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from coach_app.changes import Changes, Kind
from coach_app.services.access import OpenVault
from coach_app.ui.context import AppContext


def wait_for_ops(qtbot: QtBot, context: AppContext, timeout: int = 10_000) -> None:
    """Wait until no background work of ``context.ops`` runs (its results are delivered)."""
    qtbot.waitUntil(lambda: not context.ops.is_busy(), timeout=timeout)


def announce(
    context: AppContext, *kinds: Kind, coachee_ids: tuple[str, ...] = (), initiator: object = None
) -> None:
    """Broadcast a change as ``context.ops`` does after an operation (a test wrote directly)."""
    context.signals.broadcast(Changes.of(*kinds, coachee_ids=coachee_ids), initiator)


def hold_the_vault(context: AppContext, label: str) -> threading.Event:
    """Start a background change (as an import is) holding the write lock; returns its release.

    Returns once the lock is held. Set the event to let the change commit and finish.
    """
    holding, release = threading.Event(), threading.Event()

    def work(vault: OpenVault, _job: object) -> None:
        with vault.write() as s:
            s.execute(text("UPDATE coachees SET name = name"))
            holding.set()
            release.wait(30)

    context.ops.run_task(work, label=label, writes=True)
    assert holding.wait(10), "the background change never took the vault"
    return release


def record_task_writes(context: AppContext, monkeypatch: pytest.MonkeyPatch) -> list[object]:
    """The ``writes`` argument of every task ``context.ops`` starts from now on."""
    started: list[object] = []
    real_run_task = context.ops.run_task

    def recording(*args: Any, **kwargs: Any) -> object:
        started.append(kwargs.get("writes"))
        return real_run_task(*args, **kwargs)

    monkeypatch.setattr(context.ops, "run_task", recording)
    return started
