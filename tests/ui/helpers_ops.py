"""Helpers for UI tests on the operations API: wait for background work, announce a change."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from coach_app.changes import Changes, Kind
from coach_app.ui.context import AppContext


def wait_for_ops(qtbot: QtBot, context: AppContext, timeout: int = 10_000) -> None:
    """Wait until no background work of ``context.ops`` runs (its results are delivered)."""
    qtbot.waitUntil(lambda: not context.ops.is_busy(), timeout=timeout)


def announce(
    context: AppContext, *kinds: Kind, coachee_ids: tuple[str, ...] = (), initiator: object = None
) -> None:
    """Broadcast a change as ``context.ops`` does after an operation (a test wrote directly)."""
    context.signals.broadcast(Changes.of(*kinds, coachee_ids=coachee_ids), initiator)
