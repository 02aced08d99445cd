"""Start-up: what is loaded before the first window is painted (``ui/first_paint.py`` hook).

The app is started in a child process, as a coach starts it, with the bench's first-paint hook:
at the first paint it reports which of the heavy or test-only packages are loaded. The first
window (the unlock page, the create-a-vault page, the demo's busy page) needs Qt and little
else (issue 13): the services, SQLAlchemy, Alembic, ReportLab, the keyring and matplotlib (and
Mako and Pygments, which Alembic's templates would bring) load after it is painted
(``ui/warm_up.py``).

The same child says how many pages of the unlock screen were built (only the one shown) and
that the lighter start-up path stays light: no ``ctypes.util``, ``logging.handlers``, commands
module or dialog-keys filter before the paint.

A second child lets that loading finish: the main window is then built from modules already
loaded, so pressing Unlock never waits for SQLAlchemy or ReportLab on the UI thread; the
dialog-keys filter is on by then.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from coach_app.vault.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE

ROOT = Path(__file__).resolve().parents[2]
NOT_BEFORE_UNLOCK = (
    "alembic",
    "matplotlib",
    "mako",
    "pygments",
    "sqlalchemy",
    "sqlcipher3",
    "reportlab",
    "keyring",
    "coach_app.services.access",
    "coach_app.ui.context",
    "coach_app.ui.main_window",
)
# What the start-up path once loaded and no longer needs before the first paint (issue 13):
# ``ctypes.util`` (and the subprocess it runs ``ldconfig`` with) for the core-dump switch and
# the X11 check, ``logging.handlers`` (socket, pickle, queue) for the rotating log,
# ``importlib.resources`` for the resources folder, the commands' module for parsing the
# command line, and the app-wide dialog-keys filter, whose first events made PySide create
# Python types for the whole of QtCore.
NOT_ON_THE_START_PATH = (
    "ctypes.util",
    "subprocess",
    "logging.handlers",
    "socket",
    "importlib.resources",
    "coach_app.cli",
    "coach_app.ui.dialog_keys",
    "coach_app.ui.recovery_key_page",
    "coach_app.ui.keyring_text",
)
# The unlock screen builds only the page it shows (the demo: the create page, then the busy
# page), so the modules of the others wait too.
NOT_FOR_THIS_WINDOW = {
    "create": ("coach_app.ui.demo_start",),
    "unlock": ("coach_app.ui.demo_start", "coach_app.services.passphrase"),
    "demo": (),
}
PAGES_BUILT = {"create": 1, "unlock": 1, "demo": 2}
# Loading these on the UI thread while the main window is built is a visible pause.
NOT_WHILE_BUILDING = ("alembic", "matplotlib", "sqlalchemy", "reportlab", "PIL", "numpy")

CHILD = """
import sys
from coach_app.ui import first_paint
def report(self):
    heavy = sorted(m for m in {wanted!r} if m in sys.modules)
    print("loaded", ",".join(heavy), flush=True)
    print("pages", self.parent().unlock_screen.pages.count(), flush=True)
    first_paint.QCoreApplication.quit()
first_paint._FirstPaint._report = report
from coach_app.app import main
raise SystemExit(main({argv!r}))
"""

BUILD_CHILD = """
import sys
from PySide6.QtWidgets import QApplication
from coach_app.ui import app_start
build = app_start.AppStart._build_main
def watched(self):
    before = set(sys.modules)
    build(self)
    new = set(sys.modules) - before
    heavy = sorted(
        m for m in new if m.split(".")[0] in {heavy!r} or m.startswith("coach_app.services")
    )
    shown = self.main is not None and self.main.isVisible() and not self.window.isVisible()
    print("built", shown, ",".join(heavy), flush=True)
    from coach_app.ui import dialog_keys
    print("dialog keys", bool(dialog_keys._installed), flush=True)
    QApplication.quit()
app_start.AppStart._build_main = watched
from coach_app.app import main
raise SystemExit(main(["--vault", {folder!r}]))
"""


def _run(code: str, **extra: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("COACH_APP_")}
    env.update(
        QT_QPA_PLATFORM="offscreen",
        PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring",
        **extra,
    )
    return subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


@pytest.mark.parametrize("first_window", ["create", "unlock", "demo"])
def test_the_first_window_is_painted_before_the_heavy_packages_load(
    tmp_path: Path, first_window: str
) -> None:
    folder = tmp_path / "vault"
    if first_window == "unlock":
        vault, _recovery = Vault.create(folder, PASSPHRASE, FAST_KDF)
        vault.close()
    argv = ["--demo"] if first_window == "demo" else ["--vault", str(folder)]
    wanted = NOT_BEFORE_UNLOCK + NOT_ON_THE_START_PATH + NOT_FOR_THIS_WINDOW[first_window]
    code = CHILD.format(wanted=wanted, argv=argv)
    done = _run(code, COACH_APP_EXIT_AFTER_FIRST_PAINT="1", TMPDIR=str(tmp_path))
    assert done.returncode == 0, done.stderr[-3000:]
    lines = [line for line in done.stdout.splitlines() if line.startswith("loaded")]
    assert lines == ["loaded "], done.stdout
    pages = [line for line in done.stdout.splitlines() if line.startswith("pages")]
    assert pages == [f"pages {PAGES_BUILT[first_window]}"], done.stdout


def test_the_main_window_is_built_from_modules_loaded_in_the_background(tmp_path: Path) -> None:
    folder = tmp_path / "vault"
    vault, _recovery = Vault.create(folder, PASSPHRASE, FAST_KDF)
    vault.close()
    done = _run(BUILD_CHILD.format(heavy=NOT_WHILE_BUILDING, folder=str(folder)))
    assert done.returncode == 0, done.stderr[-3000:]
    lines = [line for line in done.stdout.splitlines() if line.startswith("built")]
    assert lines == ["built True "], done.stdout
    # Installed after the first paint (``launch``), and by the time the main window is built.
    assert "dialog keys True" in done.stdout.splitlines(), done.stdout
