"""docs/security.md names the tests that prove each requirement: every one it names exists.

A renamed or deleted test would otherwise leave the document claiming a proof that is gone.
``path::name`` names a test in a file; a following ``::name`` names another in the same file;
a bare path names the whole file.
"""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DOC = ROOT / "docs" / "security.md"
REFERENCE = re.compile(r"`(tests/[\w/]+\.py)?((?:::\w+)?)`")


def references() -> list[tuple[str, str]]:
    """(file, test name or "") for every reference in the document, in order."""
    found: list[tuple[str, str]] = []
    current = ""
    for path, name in REFERENCE.findall(DOC.read_text("utf-8")):
        if path:
            current = path
        if not current:
            continue
        found.append((current, name.removeprefix("::")))
    return found


def test_the_document_names_tests() -> None:
    assert len(references()) > 100


def test_every_named_test_exists() -> None:
    missing = []
    for path, name in references():
        source = ROOT / path
        if not source.is_file():
            missing.append(path)
            continue
        defined = re.search(rf"^\s*def {name}\(", source.read_text("utf-8"), re.M)
        if name and not defined:
            missing.append(f"{path}::{name}")
    assert not missing, sorted(set(missing))
