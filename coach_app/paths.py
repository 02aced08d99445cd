"""Where things live on disk: the default vault folder and the shipped resources.

The resources (templates, instruments, demo texts, catalogues, the icon) are package data of
``coach_app``, found through ``importlib.resources`` so that a checkout, an installed wheel and
a PyInstaller bundle all work from any working directory. The rest of the app reads them as
plain files (``RESOURCES / "templates" / ...``, gettext's and Qt's catalogue loaders want a
folder), so ``RESOURCES`` is a real ``Path``. The one case without a folder on disk, the
package imported from a zip file, gets a private copy of the resources extracted once per run
into a temporary folder that is removed at exit.
"""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path

import platformdirs

APP_NAME = "CoachCompanion"
VAULT_ENV = "COACH_APP_VAULT"


def _copy_tree(source: Traversable, target: Path) -> None:
    target.mkdir(parents=True, exist_ok=True)
    for entry in source.iterdir():
        if entry.is_dir():
            _copy_tree(entry, target / entry.name)
        else:
            (target / entry.name).write_bytes(entry.read_bytes())


def resources_dir(package: str = "coach_app") -> Path:
    """The folder of ``package``'s ``resources``, extracted first if it lives inside a zip."""
    found = resources.files(package) / "resources"
    if isinstance(found, Path):
        return found.resolve()
    # Zip import: gettext, Qt and the JSON loaders need real files. Extracted, not cached
    # across runs, so an upgraded zip can never be paired with an older copy.
    copy = Path(tempfile.mkdtemp(prefix="coach-app-resources-"))
    atexit.register(shutil.rmtree, copy, ignore_errors=True)
    _copy_tree(found, copy / "resources")
    return copy / "resources"


RESOURCES = resources_dir()


def default_vault_dir() -> Path:
    """The vault folder when none is given: ``COACH_APP_VAULT``, else the user-data folder."""
    env = os.environ.get(VAULT_ENV)
    if env:
        return Path(env).expanduser()
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / "vault"
