"""Choosing which way an import reads its file, and recording when a child process reads it.

Shared by the core tests of ``services/exchange/read_ahead.py`` and the GUI import's test.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from coach_app.services.exchange import read_ahead


def read_by_child(monkeypatch: pytest.MonkeyPatch, *, child: bool) -> None:
    """Make every import file read by a child process (``child``) or by the importing one."""
    monkeypatch.delenv(read_ahead.READ_AHEAD_ENV, raising=False)
    monkeypatch.setattr(read_ahead, "READ_AHEAD_BYTES", 0 if child else 1 << 62)


def record_children(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """The paths a child is asked to read from now on (the real function runs, recorded)."""
    asked: list[Path] = []
    real = read_ahead.write_read_ahead

    def recorded(path: Path, *args: Any, **kwargs: Any) -> Any:
        asked.append(path)
        return real(path, *args, **kwargs)

    monkeypatch.setattr(read_ahead, "write_read_ahead", recorded)
    return asked
