"""The layer contracts of docs/design.md, read from the source (every import, also lazy ones).

- ``ui`` never imports ``models`` or ``vault`` (it reaches the vault through services only);
- ``services``, ``vault``, ``models``, ``instruments``, ``charts`` and the neutral modules never
  import ``ui`` nor PySide6;
- ``models`` import nothing above them (no services, vault, ui, charts);
- ``vault`` imports no services, charts or instruments;
- ``instruments`` are pure: only themselves and the neutral modules (no SQLAlchemy, no Qt, no
  matplotlib);
- the neutral modules (``changes``, ``errors``, ``i18n``, ``paths``, ``templates``,
  ``passphrase_rules``, ``logfile``, ``dates``, ``record`` and the others listed in
  ``NEUTRAL``) import only each other.

Parsing instead of importing means a module cannot hide a forbidden import inside a function.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import coach_app

ROOT = Path(coach_app.__file__).resolve().parent
NEUTRAL = ("coach_app.changes", "coach_app.errors", "coach_app.i18n", "coach_app.logfile",
           "coach_app.paths", "coach_app.templates", "coach_app.passphrase_rules",
           "coach_app.dates", "coach_app.fs_platform", "coach_app.marks",
           "coach_app.language_pref", "coach_app.contrast", "coach_app.search_sql",
           "coach_app.record", "coach_app.packing", "coach_app.timestamps")  # fmt: skip

# layer -> prefixes it must never import
FORBIDDEN: dict[str, tuple[str, ...]] = {
    "coach_app.ui": ("coach_app.models", "coach_app.vault"),
    "coach_app.services": ("coach_app.ui", "PySide6", "matplotlib.pyplot", "matplotlib.backends"),
    "coach_app.vault": ("coach_app.ui", "coach_app.services", "coach_app.charts",
                        "coach_app.instruments", "PySide6", "matplotlib"),
    "coach_app.models": ("coach_app.ui", "coach_app.services", "coach_app.vault",
                         "coach_app.charts", "coach_app.instruments", "PySide6", "matplotlib"),
    "coach_app.charts": ("coach_app.ui", "coach_app.vault", "coach_app.models", "PySide6",
                         "matplotlib.pyplot", "matplotlib.backends"),
    "coach_app.cli": ("coach_app.ui", "PySide6", "matplotlib"),
}  # fmt: skip

# layer -> the only coach_app prefixes and third-party roots it may import (None: any)
ALLOWED_ONLY: dict[str, tuple[str, ...]] = {
    "coach_app.instruments": ("coach_app.instruments", *NEUTRAL),
    **{name: NEUTRAL for name in NEUTRAL},
}


def module_name(path: Path, root: Path = ROOT) -> str:
    """``coach_app/ui/ops.py`` -> ``coach_app.ui.ops`` (``root``: the package's folder)."""
    parts = path.relative_to(root.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports_of(path: Path, root: Path = ROOT) -> list[tuple[int, str]]:
    """Every module ``path`` imports, with its line: top-level, lazy and TYPE_CHECKING ones."""
    tree = ast.parse(path.read_text("utf-8"), str(path))
    name = module_name(path, root)
    package = name.rsplit(".", 1)[0] if path.name != "__init__.py" else name
    found: list[tuple[int, str]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.extend((node.lineno, alias.name) for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                name = ".".join([*base, node.module] if node.module else base)
            else:
                name = node.module or ""
            found.append((node.lineno, name))
            # "from coach_app import vault" imports the subpackage
            found.extend((node.lineno, f"{name}.{alias.name}") for alias in node.names)
    return found


def _starts(name: str, prefix: str) -> bool:
    return name == prefix or name.startswith(prefix + ".")


def violations(layer: str, root: Path = ROOT) -> list[str]:
    """``file:line imports X`` for every forbidden import of ``layer`` (package at ``root``)."""
    out: list[str] = []
    for path in sorted(root.rglob("*.py")):
        if "migrations" in path.parts:
            continue  # Alembic scripts run inside Alembic
        name = module_name(path, root)
        if not _starts(name, layer):
            continue
        for line, imported in imports_of(path, root):
            if any(_starts(imported, bad) for bad in FORBIDDEN.get(layer, ())):
                out.append(f"{path.relative_to(root.parent)}:{line} imports {imported}")
            allowed = ALLOWED_ONLY.get(layer)
            if (
                allowed is not None
                and imported.startswith("coach_app")
                and imported != "coach_app"
                and not any(_starts(imported, ok) for ok in allowed)
            ):
                out.append(f"{path.relative_to(root.parent)}:{line} imports {imported}")
            if allowed is not None and imported.split(".")[0] in ("sqlalchemy", "PySide6",
                                                                  "matplotlib"):  # fmt: skip
                out.append(f"{path.relative_to(root.parent)}:{line} imports {imported}")
    return out


@pytest.mark.parametrize("layer", sorted({*FORBIDDEN, *ALLOWED_ONLY}))
def test_layer_contract(layer: str) -> None:
    assert violations(layer) == []


def test_the_checker_sees_lazy_and_relative_imports(tmp_path: Path) -> None:
    # A package of its own: a probe written into the real one was seen by the contract tests
    # running beside this one (pytest -n 2), which then failed.
    root = tmp_path / "coach_app"
    (root / "ui").mkdir(parents=True)
    probe = root / "ui" / "_layer_probe.py"
    probe.write_text(
        '"""probe"""\n\ndef f() -> None:\n    from coach_app.vault import keys  # noqa\n', "utf-8"
    )
    assert any(
        "_layer_probe.py:4 imports coach_app.vault" in v for v in violations("coach_app.ui", root)
    )
