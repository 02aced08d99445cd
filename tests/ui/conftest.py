"""UI tests run offscreen, with Qt warnings treated as failures by pytest-qt.

Shared here, once for every UI test:
- ``make_context``: app contexts on the test vault; each is finished (background work waited
  for), its vault closed and the context deleted when the test ends;
- the application for every test (a test a worker runs first may build a widget without
  asking for ``qapp``);
- an autouse guard that finishes every ``Operations`` still alive after a test, so no worker
  outlives its test and reads a vault the next fixture is closing, then deletes what the test
  left to delete later and collects its garbage.
"""

from __future__ import annotations

import gc
import os
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication

from coach_app.ui.context import AppContext
from coach_app.ui.ops import Operations
from coach_app.vault.vault import Vault

os.environ["QT_QPA_PLATFORM"] = "offscreen"

MakeContext = Callable[..., AppContext]


@pytest.fixture
def make_context(qapp: QApplication, vault: Vault, vault_dir: Path) -> Iterator[MakeContext]:
    """``make_context(now=...)``: a context holding the test vault, cleaned up afterwards."""
    made: list[AppContext] = []

    def make(now: Callable[[], datetime] = datetime.now) -> AppContext:
        ctx = AppContext(vault_dir, now=now)
        ctx.set_vault(vault)
        made.append(ctx)
        return ctx

    yield make
    for ctx in made:
        ctx.ops.finish_all()
        if ctx.is_unlocked:
            ctx.vault.close()
        ctx.deleteLater()


@pytest.fixture(autouse=True)
def _qt_app(qapp: QApplication) -> QApplication:
    """Every UI test has the application, whichever test a worker happens to run first."""
    return qapp


@pytest.fixture(autouse=True)
def _finish_background_work() -> Iterator[None]:
    yield
    for ops in Operations.live():
        ops.finish_all(timeout_s=10)
    # What the test left to delete "later" goes now, and its Python garbage with it: the
    # next test's event loops would otherwise delete them at moments of their own, and after
    # a test that ran the whole app (launch() and its app.exec(), done twice in one process
    # only by tests) that crashed Qt while the next test built its window.
    if QApplication.instance() is not None:
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        gc.collect()
