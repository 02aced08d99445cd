"""PySide6 no longer reads the source of every module imported after it (``ui.qt_imports``).

Its ``__feature__`` machinery read each module's whole source into ``linecache`` to look for
the word "PySide6": about 40 MB and a second of start-up for a feature the app never uses.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import types
from pathlib import Path

from PySide6.QtCore import QObject

from coach_app.ui.qt_imports import uses_pyside

ROOT = Path(__file__).resolve().parents[2]

#: Imports the app's user interface, then a large library and one of the app's screens, and
#: reports what ended in linecache and what PySide's feature table says of each module.
_PROBE = """
import json, linecache, sys
sys.path.insert(0, sys.argv[1])
import coach_app.ui
import PySide6.QtCore
import sqlalchemy.orm
import with_qt, without_qt
table = sys.modules["shibokensupport.feature"].pyside_feature_dict
print(json.dumps({
    "cached": sorted(linecache.cache),
    "with_qt": table.get("with_qt"),
    "without_qt": table.get("without_qt"),
    "sqlalchemy": table.get("sqlalchemy"),
}))
"""


def _probe(folder: Path) -> dict[str, object]:
    (folder / "with_qt.py").write_text("from PySide6.QtCore import QObject\n", encoding="utf-8")
    (folder / "without_qt.py").write_text("import json\n", encoding="utf-8")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", _PROBE, str(folder)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    result: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def test_modules_imported_after_the_ui_are_not_read_into_linecache(tmp_path: Path) -> None:
    found = _probe(tmp_path)
    cached = found["cached"]
    assert isinstance(cached, list)
    # (SQLAlchemy registers the code it generates there itself, under "<...>" names.)
    files = [name for name in cached if name.endswith(".py")]
    assert not [name for name in files if "/sqlalchemy/" in name], "SQLAlchemy's source was read"
    assert not [name for name in files if name.endswith(("with_qt.py", "without_qt.py"))]
    # PySide still knows which module uses it and which does not (its feature table).
    assert found["with_qt"] == 0
    assert found["without_qt"] == -1
    assert found["sqlalchemy"] == -1


def test_a_module_uses_pyside_when_it_imported_from_it() -> None:
    with_qt = types.ModuleType("with_qt")
    with_qt.QObject = QObject  # type: ignore[attr-defined]
    whole = types.ModuleType("whole")
    whole.QtCore = sys.modules["PySide6.QtCore"]  # type: ignore[attr-defined]
    plain = types.ModuleType("plain")
    plain.json = json  # type: ignore[attr-defined]
    plain.count = 3  # type: ignore[attr-defined]
    assert uses_pyside(with_qt)
    assert uses_pyside(whole)
    assert not uses_pyside(plain)
