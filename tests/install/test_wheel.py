"""``pip install`` of a wheel gives a working app, from any folder, with every resource inside.

The wheel is built offline from a clean copy of this checkout, without compiled catalogues
(``--no-build-isolation``: this venv has setuptools, Babel and PySide6's ``lrelease``; the
in-tree backend compiles the catalogues into the wheel), then installed with ``--no-deps``
into a fresh venv made without system site-packages.
Its dependencies come from this venv through a ``.pth`` line naming our site-packages folder:
nothing is downloaded, and the folder's own ``.pth`` files (this checkout's editable install)
are not processed, so ``coach_app`` can only come from the wheel. Every command then runs from
an unrelated working folder: ``init``, ``demo-data``, ``export``, ``report`` and the window
(``--demo``, offscreen, quitting after its first paint).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import sysconfig
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
RESOURCES = ROOT / "coach_app" / "resources"
# What the build reads (pyproject.toml names README.md and the in-tree backend).
SOURCES = ("pyproject.toml", "README.md", "MANIFEST.in", "packaging", "coach_app")
PASSPHRASE = "correct horse battery staple"
BIN = "Scripts" if os.name == "nt" else "bin"
EXE = ".exe" if os.name == "nt" else ""
# The GUI quits after its first paint with this set (coach_app/ui/first_paint.py).
FIRST_PAINT_ENV = "COACH_APP_EXIT_AFTER_FIRST_PAINT"

pytestmark = pytest.mark.slow


def _run(
    argv: list[str], *, env: dict[str, str] | None = None, timeout: float = 120
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        argv, capture_output=True, text=True, check=False, env=env, timeout=timeout
    )


def _clean_copy(target: Path) -> Path:
    """What a fresh clone has: the sources without compiled catalogues or build leftovers."""
    skip = shutil.ignore_patterns("*.mo", "*.qm", "__pycache__", "*.egg-info", "build")
    for name in SOURCES:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, target / name, ignore=skip)
        else:
            shutil.copy2(source, target / name)
    return target


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The wheel built from a clean copy of this checkout (no compiled catalogues in it)."""
    source = _clean_copy(tmp_path_factory.mktemp("clone"))
    assert not list(source.rglob("*.mo")) and not list(source.rglob("*.qm"))
    out = tmp_path_factory.mktemp("wheel")
    done = _run(
        [sys.executable, "-m", "pip", "wheel", str(source), "--no-deps", "--no-build-isolation",
         "--no-index", "-q", "-w", str(out)],
        timeout=300,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-3000:]
    [built] = out.glob("coach_companion-*.whl")
    return built


@pytest.fixture(scope="module")
def venv(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh venv holding only the wheel; dependencies through a .pth line to ours."""
    root = tmp_path_factory.mktemp("venv") / "venv"
    made = _run([sys.executable, "-m", "venv", "--without-pip", str(root)], timeout=120)
    assert made.returncode == 0, made.stderr
    python = root / BIN / f"python{EXE}"
    installed = _run(
        [sys.executable, "-m", "pip", "--python", str(python), "install", "--no-deps",
         "--no-index", "-q", str(wheel)],
        timeout=300,
    )  # fmt: skip
    assert installed.returncode == 0, installed.stderr[-3000:]
    purelib = _run([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"])
    ours = {sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]}
    (Path(purelib.stdout.strip()) / "coach_deps.pth").write_text("\n".join(sorted(ours)) + "\n")
    return root


@pytest.fixture
def elsewhere(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[dict[str, str]]:
    """An unrelated working folder and an environment that cannot see this checkout."""
    work = tmp_path / "somewhere-else"
    work.mkdir()
    monkeypatch.chdir(work)
    env = {key: value for key, value in os.environ.items() if not key.startswith("PYTHON")}
    env.update(
        COACH_APP_KDF_FAST="1",
        COACH_APP_PASSPHRASE=PASSPHRASE,
        COACH_APP_VAULT=str(tmp_path / "vault"),
        QT_QPA_PLATFORM="offscreen",
    )
    yield env


def test_the_wheel_holds_every_resource_and_the_compiled_catalogues(wheel: Path) -> None:
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
    shipped = {
        path.relative_to(ROOT).as_posix()
        for path in RESOURCES.rglob("*")
        if path.is_file() and path.suffix not in (".mo", ".qm")
    }
    assert shipped, "no resources found in the checkout"
    assert shipped <= names, sorted(shipped - names)
    for po in RESOURCES.glob("locale/*/LC_MESSAGES/*.po"):
        assert po.with_suffix(".mo").relative_to(ROOT).as_posix() in names
    for ts in RESOURCES.glob("translations/*.ts"):
        assert ts.with_suffix(".qm").relative_to(ROOT).as_posix() in names
    assert any(name.startswith("coach_app/vault/migrations/versions/") for name in names)
    with zipfile.ZipFile(wheel) as archive:
        entry_points = archive.read(
            next(n for n in names if n.endswith(".dist-info/entry_points.txt"))
        ).decode("utf-8")
    assert "[console_scripts]\ncoach-app = coach_app.app:main" in entry_points
    assert "[gui_scripts]\ncoach-app-gui = coach_app.app:main" in entry_points


def test_the_installed_app_runs_from_any_folder(venv: Path, elsewhere: dict[str, str]) -> None:
    python = venv / BIN / f"python{EXE}"
    where = _run(
        [str(python), "-I", "-c",
         "import coach_app, coach_app.paths as p; print(coach_app.__file__); print(p.RESOURCES)"],
        env=elsewhere, timeout=60,
    )  # fmt: skip
    assert where.returncode == 0, where.stderr
    module, resources = where.stdout.splitlines()
    assert Path(module).is_relative_to(venv), module  # the wheel's copy, not this checkout
    assert Path(resources).is_relative_to(venv)
    assert (Path(resources) / "templates" / "templates.json").is_file()

    app = str(venv / BIN / f"coach-app{EXE}")
    for argv in (["init"], ["demo-data", "--coachees", "2", "--sessions", "3"]):
        done = _run([app, *argv], env=elsewhere, timeout=120)
        assert done.returncode == 0, (argv, done.stderr)
        assert "Traceback" not in done.stderr
    exported = _run([app, "export"], env=elsewhere, timeout=120)
    assert exported.returncode == 0, exported.stderr
    coachee_id = json.loads(exported.stdout)["coachees"][0]["id"]
    pdf = Path.cwd() / "report.pdf"
    report = _run([app, "report", coachee_id, "--out", str(pdf)], env=elsewhere, timeout=120)
    assert report.returncode == 0, report.stderr
    assert pdf.read_bytes().startswith(b"%PDF")


def test_the_installed_window_starts_offscreen(venv: Path, elsewhere: dict[str, str]) -> None:
    app = str(venv / BIN / f"coach-app{EXE}")
    env = {**elsewhere, FIRST_PAINT_ENV: "1"}
    try:
        done = _run([app, "--demo"], env=env, timeout=90)
    except subprocess.TimeoutExpired:  # pragma: no cover - a hang is a failure too
        pytest.fail("coach-app --demo did not quit after its first paint within 90 s")
    assert done.returncode == 0, done.stderr[-3000:]
    assert "first-paint" in done.stdout
    assert "Traceback" not in done.stderr
