"""Fixtures for the review-screen tests (dashboard, learning log, chart): a context on a known
history. Import the fixtures you use into the test module by name.
"""

from __future__ import annotations

import time as wall_clock
from collections.abc import Callable, Iterator
from datetime import datetime, time
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

from coach_app.ui.context import AppContext
from coach_app.vault.vault import Vault
from tests.helpers.progress_fixture import TODAY, History, build_history


@pytest.fixture
def context(qapp: QApplication, vault: Vault, vault_dir: Path) -> Iterator[AppContext]:
    """An AppContext on the test vault, its clock on the history's TODAY."""
    ctx = AppContext(vault_dir, now=lambda: datetime.combine(TODAY, time(9, 0)))
    ctx.set_vault(vault)
    yield ctx
    ctx.ops.finish_all()  # no background read may outlive the vault or the context it uses
    if ctx.is_unlocked:
        ctx.vault.close()
    ctx.deleteLater()


@pytest.fixture
def history(vault: Vault) -> History:
    """Ada, Ben and Cas with their sessions, measures and experiments."""
    return build_history(vault)


def slowed(fn: Callable[..., Any], seconds: float = 0.4) -> Callable[..., Any]:
    """``fn`` taking ``seconds`` longer: a background read still running when the test acts."""

    def slow(*args: Any, **kwargs: Any) -> Any:
        wall_clock.sleep(seconds)
        return fn(*args, **kwargs)

    return slow
