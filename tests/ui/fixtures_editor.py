"""Fixtures for the session editor, experiment and search tests: a context on a fresh vault.

Import the fixtures you use into the test module (``from tests.ui.fixtures_editor import ...``).
The clock is fake so "Saved at", session dates and due dates are predictable.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from coach_app.changes import Changes, Kind
from coach_app.services import coachees
from coach_app.ui.context import AppContext
from coach_app.vault.vault import Vault
from tests.ui.conftest import MakeContext

START = datetime(2025, 3, 4, 14, 0, 0)


class FakeClock:
    """A clock that only moves when told to."""

    def __init__(self, start: datetime = START) -> None:
        self.current = start

    def __call__(self) -> datetime:
        return self.current

    def advance(self, **delta: float) -> None:
        self.current += timedelta(**delta)


@dataclass(frozen=True)
class Seeded:
    """The ids a test needs: one coachee with two active goals and one dropped goal."""

    coachee_id: str
    name: str
    goal_ids: tuple[str, str]
    dropped_goal_id: str


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def context(make_context: MakeContext, clock: FakeClock) -> AppContext:
    """An AppContext holding the test vault, on the fake clock."""
    return make_context(now=clock)


@pytest.fixture
def seeded(vault: Vault) -> Seeded:
    """A coachee with goals."""
    profile = coachees.create_coachee(vault, name="Ana Sousa", role="Team lead")
    first = coachees.create_goal(vault, profile.id, title="Delegate more")
    second = coachees.create_goal(vault, profile.id, title="Speak up in leadership meetings")
    dropped = coachees.create_goal(vault, profile.id, title="Old goal")
    coachees.update_goal(vault, dropped.id, status="dropped")
    return Seeded(profile.id, profile.name, (first.id, second.id), dropped.id)


def changed_coachees(context: AppContext, kind: Kind) -> list[str]:
    """A list that collects, per broadcast touching ``kind``, the coachee ids it names."""
    seen: list[str] = []

    def collect(changes: Changes, _initiator: object) -> None:
        if changes.touches(kind):
            seen.extend(sorted(changes.coachee_ids))

    context.signals.changed.connect(collect)
    return seen


def vault_files_contain(folder: Path, marker: str) -> bool:
    """Whether any file in the vault folder holds ``marker`` in clear (UTF-8 or UTF-16)."""
    needles = (marker.encode(), marker.encode("utf-16-le"))
    for path in folder.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            if any(n in data for n in needles):
                return True
    return False
