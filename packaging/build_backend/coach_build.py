"""The PEP 517 build backend: setuptools, after compiling the translation catalogues.

The compiled catalogues (``.mo`` for the core, ``.qm`` for Qt) are build products, not in git,
so a wheel built from a clean clone must make them: ``build_wheel`` compiles every committed
``.po`` and ``.ts`` into ``coach_app/resources`` first (the same files ``make catalogues``
writes for a checkout), then lets setuptools build the wheel, whose package data takes them.

- ``.po`` -> ``.mo`` with Babel (pure Python), a build requirement;
- ``.ts`` -> ``.qm`` with Qt's ``lrelease``, which ships inside PySide6: taken from a PySide6
  importable by the build, else from ``pyside6-lrelease``/``lrelease`` on PATH. When neither is
  there (pip's isolated build environment), ``pyside6-essentials`` becomes a build requirement;
  building with ``--no-build-isolation`` from the project's venv avoids that download.

Editable installs and sdists compile nothing (``make catalogues`` does it for a checkout).
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
from pathlib import Path
from typing import Any

from setuptools import build_meta as _setuptools
from setuptools.build_meta import (  # noqa: F401 - the hooks this backend does not change
    build_editable,
    build_sdist,
    get_requires_for_build_editable,
    get_requires_for_build_sdist,
    prepare_metadata_for_build_editable,
    prepare_metadata_for_build_wheel,
)

ROOT = Path(__file__).resolve().parents[2]
RESOURCES = ROOT / "coach_app" / "resources"
BABEL = "babel>=2.14"
QT_TOOLS = "pyside6-essentials>=6.6,<6.12"  # the app's own Qt: its lrelease reads our .ts


def _lrelease() -> str | None:
    """Qt's catalogue compiler, if this build can reach one."""
    spec = importlib.util.find_spec("PySide6")
    if spec is not None and spec.origin is not None:
        folder = Path(spec.origin).parent
        for name in ("lrelease", "lrelease.exe"):
            if (folder / name).is_file():
                return str(folder / name)
    return shutil.which("pyside6-lrelease") or shutil.which("lrelease")


def _tool_env() -> dict[str, str]:
    """The environment for ``lrelease``: without pip's isolation variables.

    A ``pyside6-lrelease`` found on PATH is a Python script of another environment; pip's
    isolated build sets PYTHONPATH (and PYTHONNOUSERSITE) so that that Python would no longer
    find its own PySide6.
    """
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONNOUSERSITE")}
    env["QT_QPA_PLATFORM"] = "offscreen"
    return env


def get_requires_for_build_wheel(config_settings: dict[str, Any] | None = None) -> list[str]:
    """Setuptools' own needs, Babel, and PySide6 unless an ``lrelease`` is already at hand."""
    extra = [BABEL] if importlib.util.find_spec("babel") is None else []
    if _lrelease() is None:
        extra.append(QT_TOOLS)
    return [*_setuptools.get_requires_for_build_wheel(config_settings), *extra]


def compile_catalogues() -> list[Path]:
    """Compile every ``.po`` and ``.ts`` under the resources; the files written."""
    from babel.messages.mofile import write_mo  # noqa: PLC0415 - a build requirement
    from babel.messages.pofile import read_po  # noqa: PLC0415

    written: list[Path] = []
    for po_path in sorted((RESOURCES / "locale").glob("*/LC_MESSAGES/*.po")):
        with po_path.open("rb") as fh:
            catalog = read_po(fh, locale=po_path.parts[-3])
        mo_path = po_path.with_suffix(".mo")
        with mo_path.open("wb") as fh:
            write_mo(fh, catalog)
        written.append(mo_path)
    ts_files = sorted((RESOURCES / "translations").glob("*.ts"))
    if ts_files:
        lrelease = _lrelease()
        if lrelease is None:
            raise RuntimeError(
                "Cannot compile the Qt translations (.ts -> .qm): no lrelease. Install "
                f"'{QT_TOOLS}' in the build environment, or build with --no-build-isolation "
                "from the project's venv."
            )
        for ts_path in ts_files:
            qm_path = ts_path.with_suffix(".qm")
            subprocess.run(
                [lrelease, "-silent", str(ts_path), "-qm", str(qm_path)],
                check=True,
                env=_tool_env(),
            )
            if not qm_path.is_file():
                raise RuntimeError(f"lrelease wrote no {qm_path.name}")
            written.append(qm_path)
    return written


def build_wheel(
    wheel_directory: str,
    config_settings: dict[str, Any] | None = None,
    metadata_directory: str | None = None,
) -> str:
    """Compile the catalogues, then build the wheel with setuptools."""
    compile_catalogues()
    return str(_setuptools.build_wheel(wheel_directory, config_settings, metadata_directory))
