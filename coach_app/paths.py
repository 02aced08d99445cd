"""Where things live on disk: the default vault folder and the shipped resources."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "CoachCompanion"
RESOURCES = Path(__file__).resolve().parent / "resources"
VAULT_ENV = "COACH_APP_VAULT"


def default_vault_dir() -> Path:
    """The vault folder when none is given: ``COACH_APP_VAULT``, else the user-data folder."""
    env = os.environ.get(VAULT_ENV)
    if env:
        return Path(env).expanduser()
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / "vault"
