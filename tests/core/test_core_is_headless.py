"""docs/design.md layers: the core never loads Qt, pyplot or a matplotlib backend.

A fresh interpreter imports the core packages, first as they are (what ``coach-app --help``
pays for: not even matplotlib), then every module in them, so a leaf module cannot hide an
import. Drawing onto a ``matplotlib.figure.Figure`` in a service is allowed (the PDF report
does); ``import matplotlib`` itself loads the ``matplotlib.backends`` package for its registry,
so the walk forbids the backend modules (``matplotlib.backends.backend_*``) and pyplot, which is
what "no matplotlib backend outside ui/" means.
"""

from __future__ import annotations

import json

from tests.helpers.vault_files import run_python

CORE = ("coach_app.services", "coach_app.cli", "coach_app.vault", "coach_app.models",
        "coach_app.instruments")  # fmt: skip

PROBE = r"""
import importlib
import json
import pkgutil
import sys

imported = []
modules = [importlib.import_module(name) for name in sys.argv[1:]]
top_level = sorted(m for m in sys.modules if m.startswith(("PySide6", "matplotlib")))
for name, module in zip(sys.argv[1:], modules):
    imported.append(name)
    for info in pkgutil.walk_packages(getattr(module, "__path__", []), prefix=name + "."):
        if info.name.startswith("coach_app.vault.migrations."):
            continue  # Alembic scripts: they run inside Alembic, not on import
        importlib.import_module(info.name)
        imported.append(info.name)
loaded = sorted(sys.modules)
print(json.dumps({
    "imported": imported,
    "top_level": top_level,
    "qt": [m for m in loaded if m == "PySide6" or m.startswith(("PySide6.", "shiboken6"))],
    "mpl_backends": [
        m for m in loaded if m.startswith(("matplotlib.backends.backend_", "matplotlib.pyplot"))
    ],
}))
"""


def test_core_imports_no_qt_and_no_matplotlib_backend() -> None:
    done = run_python(PROBE, *CORE)
    assert done.returncode == 0, done.stderr[-3000:]
    report = json.loads(done.stdout)
    assert set(CORE) <= set(report["imported"])
    assert any(m.startswith("coach_app.vault.") for m in report["imported"])
    assert report["top_level"] == [], "importing the core packages loads no Qt and no matplotlib"
    assert report["qt"] == []
    assert report["mpl_backends"] == []


def test_probe_would_notice_qt() -> None:
    """The probe is not blind: a module that pulls in Qt shows up."""
    done = run_python(PROBE, "PySide6.QtCore")
    assert done.returncode == 0, done.stderr[-3000:]
    report = json.loads(done.stdout)
    assert "PySide6" in report["qt"]
    assert "PySide6" in report["top_level"]
