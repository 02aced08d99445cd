"""Start-up: what is loaded before the unlock screen is painted (``ui/first_paint.py`` hook).

The app is started in a child process, as a coach starts it, with the bench's first-paint hook:
at the first paint it reports which of the heavy or test-only packages are loaded. Alembic and
matplotlib (and Mako and Pygments, which Alembic's templates would bring) have no business on
the way to the unlock screen.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
NOT_BEFORE_UNLOCK = ("alembic", "matplotlib", "mako", "pygments")

CHILD = """
import sys
from coach_app.ui import first_paint
def report(self):
    heavy = sorted(m for m in {wanted!r} if m in sys.modules)
    print("loaded", ",".join(heavy), flush=True)
    first_paint.QCoreApplication.quit()
first_paint._FirstPaint._report = report
from coach_app.app import main
raise SystemExit(main(["--vault", {folder!r}]))
"""


def test_unlock_screen_is_painted_without_alembic_or_matplotlib(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("COACH_APP_")}
    env.update(
        COACH_APP_EXIT_AFTER_FIRST_PAINT="1",
        QT_QPA_PLATFORM="offscreen",
        PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring",
    )
    code = CHILD.format(wanted=NOT_BEFORE_UNLOCK, folder=str(tmp_path / "vault"))
    done = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    lines = [line for line in done.stdout.splitlines() if line.startswith("loaded")]
    assert lines == ["loaded "], done.stdout
