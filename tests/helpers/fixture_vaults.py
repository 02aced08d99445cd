"""The kept vaults of every released schema revision (``tests/fixtures/vaults``), opened on copies.

A test never opens a kept vault in place: opening upgrades it, and the folder stands for the
vaults on coaches' disks at that revision.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from coach_app.vault.vault import Vault

VAULTS = Path(__file__).resolve().parents[1] / "fixtures" / "vaults"


@contextmanager
def unlocked_copy(revision: str, tmp_path: Path) -> Iterator[tuple[Vault, dict[str, Any]]]:
    """The kept vault ``revision`` (``"v0006"``), copied under ``tmp_path`` and unlocked (so
    upgraded to the head revision), with what its ``expected.json`` says it holds."""
    expected: dict[str, Any] = json.loads((VAULTS / revision / "expected.json").read_text())
    folder = tmp_path / revision
    shutil.copytree(VAULTS / revision, folder)
    with Vault.unlock(folder, str(expected["passphrase"])) as vault:
        yield vault, expected
