"""Fixtures for the review-screen tests (dashboard, learning log, chart): a context on a known
history. Import the fixtures you use into the test module by name.
"""

from __future__ import annotations

import time as wall_clock
from collections.abc import Callable
from datetime import datetime, time
from typing import Any

import pytest

from coach_app.ui.context import AppContext
from coach_app.vault.vault import Vault
from tests.helpers.progress_fixture import TODAY, History, build_history
from tests.ui.conftest import MakeContext


@pytest.fixture
def context(make_context: MakeContext) -> AppContext:
    """An AppContext on the test vault, its clock on the history's TODAY."""
    return make_context(now=lambda: datetime.combine(TODAY, time(9, 0)))


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
