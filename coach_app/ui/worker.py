"""Pre-unlock background work with a success and a failure callback, both on the UI thread.

Only for work done while no vault is open (key derivation and keyring calls on the unlock
screen): everything against an open vault goes through ``context.ops`` (``ui/ops.py``), which
knows what runs and finishes it before a lock. The callbacks are delivered through a queued
signal, so they always run on the thread that owns ``parent`` (the UI thread): never touch
widgets inside ``fn``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)


class _Relay(QObject):
    succeeded = Signal(object)
    failed = Signal(object)


class _Task(QRunnable):
    def __init__(self, fn: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self.fn = fn
        self.relay = relay

    def run(self) -> None:
        try:
            result = self.fn()
        except BaseException as exc:
            self.relay.failed.emit(exc)
        else:
            self.relay.succeeded.emit(result)


_live: set[_Relay] = set()


def run_in_background(
    fn: Callable[[], Any],
    on_success: Callable[[Any], None],
    on_error: Callable[[BaseException], None],
    parent: QObject | None = None,
) -> None:
    """Run ``fn()`` off the UI thread; then ``on_success(result)`` or ``on_error(exc)`` on it."""
    relay = _Relay(parent)
    _live.add(relay)  # keep the relay alive until it has delivered

    def done_ok(result: object) -> None:
        _live.discard(relay)
        on_success(result)

    def done_err(exc: object) -> None:
        _live.discard(relay)
        assert isinstance(exc, BaseException)
        on_error(exc)

    relay.succeeded.connect(done_ok)
    relay.failed.connect(done_err)
    QThreadPool.globalInstance().start(_Task(fn, relay))
