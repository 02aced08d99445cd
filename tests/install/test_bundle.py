"""The one-folder application bundle (``make bundle``): its CLI and its window, from elsewhere.

Opt-in (marker ``bundle``): runs when the bundle exists (``build/bundle/coach-app``) or when
``COACH_APP_TEST_BUNDLE=1``, which makes a missing bundle a failure instead of a skip
(``make test-bundle``, after ``make bundle``). The bundle carries its own Python and
libraries; the commands run from an unrelated folder with a scrubbed Python environment, so
nothing from this checkout or its venv can stand in for what the bundle lacks.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
BUNDLE = Path(os.environ.get("COACH_APP_BUNDLE_DIR", ROOT / "build" / "bundle" / "coach-app"))
EXE = ".exe" if sys.platform == "win32" else ""
CLI = BUNDLE / f"coach-app{EXE}"
REQUIRED = os.environ.get("COACH_APP_TEST_BUNDLE") == "1"
PASSPHRASE = "correct horse battery staple"

pytestmark = [
    pytest.mark.bundle,
    pytest.mark.skipif(
        not REQUIRED and not CLI.exists(),
        reason="no bundle: run `make bundle` (or set COACH_APP_TEST_BUNDLE=1 to require it)",
    ),
]


@pytest.fixture
def env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    assert CLI.exists(), f"no bundle at {BUNDLE}: run `make bundle` first"
    work = tmp_path / "elsewhere"
    work.mkdir()
    monkeypatch.chdir(work)
    clean = {key: value for key, value in os.environ.items() if not key.startswith("PYTHON")}
    clean.pop("VIRTUAL_ENV", None)
    clean.update(
        COACH_APP_KDF_FAST="1",
        COACH_APP_PASSPHRASE=PASSPHRASE,
        COACH_APP_VAULT=str(tmp_path / "vault"),
        QT_QPA_PLATFORM="offscreen",
    )
    return clean


def _run(env: dict[str, str], *argv: str) -> subprocess.CompletedProcess[str]:
    done = subprocess.run(
        [str(CLI), *argv], capture_output=True, text=True, env=env, timeout=180, check=False
    )
    assert "Traceback" not in done.stderr, done.stderr
    return done


def _vault_with_demo_data(env: dict[str, str]) -> None:
    for argv in (("init",), ("demo-data", "--coachees", "2", "--sessions", "3")):
        done = _run(env, *argv)
        assert done.returncode == 0, (argv, done.stderr)


def test_the_bundled_cli_makes_a_vault_demo_data_and_a_report(env: dict[str, str]) -> None:
    _vault_with_demo_data(env)
    exported = _run(env, "export")
    assert exported.returncode == 0, exported.stderr
    coachee_id = json.loads(exported.stdout)["coachees"][0]["id"]
    pdf = Path.cwd() / "report.pdf"
    report = _run(env, "report", coachee_id, "--out", str(pdf))
    assert report.returncode == 0, report.stderr
    assert pdf.read_bytes().startswith(b"%PDF")


def test_the_bundled_cli_imports_a_file_through_its_reading_child(
    env: dict[str, str], tmp_path: Path
) -> None:
    # Any size reads through the child here: the frozen program must start it as itself.
    _vault_with_demo_data(env)
    exported = Path.cwd() / "export.json"
    assert _run(env, "export", "--out", str(exported)).returncode == 0
    other = {**env, "COACH_APP_VAULT": str(tmp_path / "other"), "COACH_APP_READ_AHEAD_BYTES": "0"}
    assert _run(other, "init").returncode == 0
    imported = _run(other, "import", str(exported))
    assert imported.returncode == 0, imported.stderr
    assert "Imported 2 coachees" in imported.stdout


def test_the_bundled_window_starts_offscreen(env: dict[str, str]) -> None:
    # Quits after the first paint (coach_app/ui/first_paint.py).
    done = _run({**env, "COACH_APP_EXIT_AFTER_FIRST_PAINT": "1"}, "--demo")
    assert done.returncode == 0, done.stderr[-3000:]
    assert "first-paint" in done.stdout


def test_the_bundle_carries_the_compiled_catalogues_and_the_icon() -> None:
    assert CLI.exists(), f"no bundle at {BUNDLE}"
    found = {path.name for path in BUNDLE.rglob("*") if path.is_file()}
    for lang in ("nl", "sv", "fr"):
        assert f"coach_app_{lang}.qm" in found
    assert "coach_app.mo" in found
    assert "coach-companion-256.png" in found
    assert (BUNDLE / f"coach-app-gui{EXE}").exists()  # the windowed program (no console)
