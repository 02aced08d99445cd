"""Fixtures of the exchange tests: a second vault to import into."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from coach_app.vault.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE


@pytest.fixture
def other_vault(tmp_path: Path) -> Iterator[Vault]:
    """A new, empty vault beside the ``vault`` fixture's: where an export is imported."""
    opened, _ = Vault.create(tmp_path / "other", PASSPHRASE, FAST_KDF)
    try:
        yield opened
    finally:
        opened.close()
