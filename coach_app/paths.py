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

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from importlib.resources.abc import Traversable

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
    # Every start reads this (i18n needs it at import): a package whose files are plain files
    # on disk (a checkout, an installed wheel) is answered without importlib.resources, which
    # loads zipfile and friends (issue 13). Anything else (a zip, a bundle's importer) asks it.
    origin = getattr(sys.modules.get(package), "__file__", None)
    if origin and os.path.isfile(origin):
        return (Path(origin).parent / "resources").resolve()
    import atexit  # noqa: PLC0415 - the rare cases only
    import shutil  # noqa: PLC0415
    import tempfile  # noqa: PLC0415
    from importlib import resources  # noqa: PLC0415

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
    import platformdirs  # noqa: PLC0415 - only when no folder is given

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / "vault"
