"""The GUI's memory with a vault open and a progress chart shown (a row of ``make bench``).

Each measurement is a fresh process (``python -m bench.gui_memory app FOLDER``), so its peak
resident memory (VmHWM) is its own: the app's user interface is imported first, as
``coach-app`` does, then what the start-up warms in the background (``ui.warm_up.MODULES``);
the main window is built, the vault unlocked (key derivation included: it is part of the
peak), the dashboard shown, the first coachee in the list opened on its Progress tab and the
chart drawn. The daily automatic backup is left off: it runs at most once a day, and its
peak is the backup row's business. The floor (``python -m bench.gui_memory floor``) is a bare
PySide6 window showing a matplotlib chart of as many points, started the same way.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections.abc import Mapping
from pathlib import Path
from typing import Any

#: How long to wait for the dashboard or the chart before giving up (a 100k vault is slow).
_PATIENCE_S = 120.0


def memory_mb() -> dict[str, float]:
    """Resident memory now and at its peak (Linux: /proc/self/status), in MB.

    The peak is VmHWM, not ``ru_maxrss``: Linux carries ``ru_maxrss`` over ``exec``, so a
    process started by a large one reports the large one's peak as its own (a child of the
    bench, 320 MB after the chart rows, reported 320 MB for a 17 MB export).
    """
    found: dict[str, float] = {}
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            key, _sep, value = line.partition(":")
            if key in ("VmRSS", "VmHWM"):
                found[key] = int(value.split()[0]) / 1024
    return {"rss_mb": found["VmRSS"], "peak_mb": found["VmHWM"]}


def _pump_until(app: Any, done: Any, what: str) -> None:
    from PySide6.QtCore import QEventLoop  # noqa: PLC0415

    deadline = time.monotonic() + _PATIENCE_S
    while not done():
        if time.monotonic() > deadline:
            raise SystemExit(f"gave up waiting for {what}")
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        time.sleep(0.005)


def _settle(app: Any, seconds: float) -> None:
    end = time.monotonic() + seconds
    _pump_until(app, lambda: time.monotonic() >= end, "the window to settle")


def measure_app(folder: Path) -> dict[str, float]:
    """The app's memory with ``folder`` unlocked and its first coachee's chart drawn."""
    import importlib  # noqa: PLC0415

    from PySide6.QtWidgets import QApplication  # noqa: PLC0415

    import coach_app.ui  # noqa: F401, PLC0415 - before the app's modules, as the entry point does
    from bench import PASSPHRASE  # noqa: PLC0415 - not bench.run: see bench.PASSPHRASE
    from coach_app.ui.warm_up import MODULES  # noqa: PLC0415

    app = QApplication(["coach-app"])
    for name in MODULES:  # what the running app has imported once its start-up warmed up
        importlib.import_module(name)
    from coach_app.services import access  # noqa: PLC0415
    from coach_app.ui.context import AppContext  # noqa: PLC0415
    from coach_app.ui.main_window import MainWindow  # noqa: PLC0415

    context = AppContext(folder)
    window = MainWindow(context, restore_geometry=False, auto_backup=False)
    window.resize(1280, 800)
    window.show()
    window.open_vault(access.unlock(folder, PASSPHRASE))
    view = window.list_panel.view
    _pump_until(app, lambda: view.model().rowCount() > 0, "the coachee list")
    view.setCurrentIndex(view.model().index(0, 0))
    page = window.coachee_page
    _pump_until(app, lambda: page.coachee_id is not None, "the coachee page")
    page.tabs.setCurrentWidget(page.progress_tab)
    _pump_until(
        app,
        lambda: page.chart is not None and page.chart.data is not None,
        "the progress chart",
    )
    _settle(app, 0.5)  # the chart's first paint
    result = memory_mb()
    context.ops.finish_all()
    window.close()
    _only_the_app_loaded()
    return result


def _only_the_app_loaded() -> None:
    """Refuse a measurement that counted the bench's own modules as the app's memory.

    ``bench.run`` (and what it loads: the demo builder, SQLAlchemy, ReportLab) once came in
    through the passphrase's import and added about 5 MB to this row.
    """
    extra = sorted(
        name
        for name in sys.modules
        if (name.startswith("bench.") and name != "bench.gui_memory")
        or name.startswith("coach_app.services.demo")
    )
    if extra:
        raise SystemExit(f"the measured process loaded bench modules: {', '.join(extra)}")


def measure_floor() -> dict[str, float]:
    """A bare PySide6 window showing a matplotlib chart of 1,300 points."""
    from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg  # noqa: PLC0415
    from matplotlib.figure import Figure  # noqa: PLC0415
    from PySide6.QtWidgets import QApplication, QMainWindow  # noqa: PLC0415

    app = QApplication(["floor"])
    window = QMainWindow()
    figure = Figure(figsize=(8, 6), dpi=100)
    axes = figure.add_subplot()
    axes.plot(range(1300), [(i * 7919) % 11 for i in range(1300)])
    window.setCentralWidget(FigureCanvasQTAgg(figure))  # type: ignore[no-untyped-call]
    window.resize(1280, 800)
    window.show()
    _settle(app, 0.5)
    return memory_mb()


def _child(env: Mapping[str, str], *args: str) -> dict[str, float]:
    done = subprocess.run(
        [sys.executable, "-m", "bench.gui_memory", *args],
        env=dict(env),
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    if done.returncode != 0:
        raise RuntimeError(f"bench gui memory {args[0]} failed: {done.stderr[-2000:]}")
    result: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def peaks(
    folder: Path, runs: int, env: Mapping[str, str] | None = None
) -> tuple[list[float], list[float], float]:
    """The app's and the floor's peak memory per run (alternated), and the app's last RSS."""
    env = env if env is not None else os.environ
    app, floor = [], []
    last = {"rss_mb": 0.0}
    for _ in range(runs):
        last = _child(env, "app", str(folder))
        app.append(last["peak_mb"])
        floor.append(_child(env, "floor")["peak_mb"])
    return app, floor, last["rss_mb"]


def main(argv: list[str]) -> int:
    """``app FOLDER`` or ``floor``: print the measurement as one JSON line."""
    if argv[:1] == ["app"] and len(argv) == 2:
        print(json.dumps(measure_app(Path(argv[1]))))
        return 0
    if argv == ["floor"]:
        print(json.dumps(measure_floor()))
        return 0
    raise SystemExit("use: python -m bench.gui_memory app FOLDER | floor")


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
