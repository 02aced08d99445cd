"""Starting the desktop app.

Startup order (``launch``):
1. check that Qt can open a window here; if not, print one line saying what to install or set
   and exit 1 (Qt's own message is an abort with a page of plugin names);
2. start the log shared with the CLI (``coach_app.logfile``: log file, crash file, a look at
   what the previous run left); create the QApplication (high-DPI rounding off, names for
   QSettings), install the excepthook (the dialog keys, ``ui/dialog_keys.py``, wait for the
   first paint: no dialog can be open before it);
3. pick the vault folder: ``--vault``, else ``COACH_APP_VAULT``, else the user-data folder; with
   ``--demo`` a throwaway folder in the temp dir instead;
4. take the single-instance lock on that folder; if another Coach Companion has it, say so
   (a message box and one line on stderr) and exit 1;
5. show the first window: the unlock screen alone (``ui/start_window.py``), built from Qt and
   the app's neutral modules only, so it is painted about as fast as a bare Qt window;
6. after its first paint (``ui/app_start.py``): the rest of the app loads on a background
   thread while the coach types (``ui/warm_up.py``); a remembered key is tried, or, with
   ``--demo``, a demo vault is built off the UI thread (``ui/demo_start.py``); once loaded, the
   main window takes the unlock screen over and shows in the first window's place, with the
   screen-lock watcher (``ui/screen_lock.py``) attached and, if the previous run crashed, a
   non-modal box offering its log; a vault opened before then is handed to it;
7. on quit: the window saves the draft, lets running work finish and locks the vault; a demo
   still being built is stopped; the loading thread is waited for; the lock is released; a
   demo folder is deleted; the log is closed (an empty crash file means this run ended
   cleanly).

Nothing before the first paint imports the services, SQLAlchemy, ReportLab, the keyring or
matplotlib (``tests/ui/test_first_paint.py``).

The instance lock (``services.app_instance``) is held for as long as the app runs, so a locked
window still keeps a second window away.

The one-line messages for a terminal are printed before Qt can load a translation; they are
passed through ``QCoreApplication.translate`` anyway, so a catalogue can carry them.
"""

from __future__ import annotations

import argparse
import logging
import os
import shutil
import sys
import tempfile
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication, QWidget

    from coach_app.services.app_instance import InstanceLock

log = logging.getLogger(__name__)

DEMO_PASSPHRASE = "demo-passphrase"  # noqa: S105 - shown in the title on purpose
ORGANISATION = "CoachCompanion"
APPLICATION = "Coach Companion"

# Translated where printed (``_terminal_text``), in the "Launch" context.
NO_DISPLAY = "no display: set DISPLAY or run with QT_QPA_PLATFORM=offscreen"
NO_WAYLAND = "no Wayland display: set WAYLAND_DISPLAY or run with QT_QPA_PLATFORM=xcb"
NO_XCB_CURSOR = (
    "Qt cannot open a window on X11: install libxcb-cursor0 (sudo apt install libxcb-cursor0)"
)


def qt_start_problem(
    env: Mapping[str, str],
    platform: str = sys.platform,
    find_library: Callable[[str], str | None] | None = None,
) -> str | None:
    """Why Qt could not start here, as one line; None if it should start.

    Only Linux and the BSDs need checking: elsewhere Qt talks to the system's own window server.
    ``QT_QPA_PLATFORM`` may list fallbacks ("wayland;xcb"); the first one decides, since Qt
    aborts rather than falls back when a plugin fails to connect. ``find_library`` defaults to
    ``ctypes.util.find_library``, imported only when X11 is asked for: it loads subprocess and
    runs ``ldconfig``, which every other start can do without (issue 13).
    """
    if not (platform.startswith("linux") or "bsd" in platform):
        return None
    display = env.get("DISPLAY", "").strip()
    wayland = env.get("WAYLAND_DISPLAY", "").strip()
    requested = env.get("QT_QPA_PLATFORM", "").strip()
    if requested:
        plugin = requested.split(";")[0].split(":")[0].strip().lower()
    elif wayland:
        plugin = "wayland"
    elif display:
        plugin = "xcb"
    else:
        return NO_DISPLAY
    if plugin == "xcb":
        if not display:
            return NO_DISPLAY
        if find_library is None:
            import ctypes.util  # noqa: PLC0415 - see above

            find_library = ctypes.util.find_library
        if find_library("xcb-cursor") is None:
            return NO_XCB_CURSOR
    elif plugin.startswith("wayland") and not wayland:
        return NO_WAYLAND
    return None


def vault_folder(args: argparse.Namespace) -> Path:
    """``--vault``, else ``COACH_APP_VAULT``, else the platform's user-data folder."""
    from coach_app.paths import default_vault_dir  # noqa: PLC0415 - reads the environment

    given = getattr(args, "vault", None)
    return Path(given).expanduser() if given else default_vault_dir()


def _configure_logging() -> None:
    from coach_app import logfile  # noqa: PLC0415

    if not logging.getLogger().handlers:
        # Libraries (Alembic) chat at INFO; only our own INFO lines are worth a terminal line.
        logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
        logging.getLogger("coach_app").setLevel(logging.INFO)
    # The file shared with the CLI, and the crash file; also what the last run left behind.
    logfile.start(review_previous=True)


def _terminal_text(text: str) -> str:
    """``text`` in the current language, for a line on stderr (Qt may not be running yet)."""
    from PySide6.QtCore import QCoreApplication  # noqa: PLC0415 - no display needed

    return QCoreApplication.translate("Launch", text)


def launch(args: argparse.Namespace) -> int:  # noqa: PLR0915 - the startup order, in one place
    """Run the desktop app; returns the exit code."""
    problem = qt_start_problem(os.environ)
    if problem:
        print(f"coach-app: {_terminal_text(problem)}", file=sys.stderr)
        return 1
    _configure_logging()

    from PySide6.QtCore import QCoreApplication, Qt  # noqa: PLC0415 - Qt only from here on
    from PySide6.QtGui import QGuiApplication  # noqa: PLC0415
    from PySide6.QtWidgets import QApplication, QMessageBox  # noqa: PLC0415

    # Only what the first window needs: the rest loads after it is painted (ui/app_start.py).
    from coach_app.errors import CoachAppError, VaultInUse  # noqa: PLC0415
    from coach_app.logfile import previous_crash  # noqa: PLC0415
    from coach_app.services.app_instance import prepare_vault_folder  # noqa: PLC0415 - light
    from coach_app.ui import theme  # noqa: PLC0415
    from coach_app.ui.app_start import AppStart  # noqa: PLC0415
    from coach_app.ui.errors import install_excepthook  # noqa: PLC0415
    from coach_app.ui.first_paint import after_first_paint  # noqa: PLC0415
    from coach_app.ui.start_window import StartWindow  # noqa: PLC0415

    QCoreApplication.setOrganizationName(ORGANISATION)
    QCoreApplication.setApplicationName(APPLICATION)
    if QApplication.instance() is None:
        QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
            Qt.HighDpiScaleFactorRoundingPolicy.PassThrough
        )
    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "coach-app"])
    assert isinstance(app, QApplication)
    from coach_app.ui.translations import install_start_language  # noqa: PLC0415

    install_start_language(app)  # before any window: every text is made in that language
    install_excepthook()
    theme.follow_scheme(app)  # light or dark with the system, also while the app runs
    from coach_app.ui.app_identity import APP_ID, app_icon  # noqa: PLC0415

    app.setWindowIcon(app_icon())  # every window, the task bar and the About box
    QGuiApplication.setDesktopFileName(APP_ID)  # Wayland: the launcher entry's name and icon

    demo = bool(getattr(args, "demo", False))
    temp_root: Path | None = None
    if demo:
        temp_root = Path(tempfile.mkdtemp(prefix="coach-demo-"))
        folder = temp_root / "vault"
    else:
        folder = vault_folder(args)

    from coach_app.ui.safe_gc import SafeCollector  # noqa: PLC0415

    collector = SafeCollector(app)  # garbage collected between events, never inside Qt code
    lock = None
    try:
        try:
            prepare_vault_folder(folder)
        except OSError as exc:
            text = QCoreApplication.translate("Launch", "cannot use the folder {folder}: {reason}")
            print(
                f"coach-app: {text.format(folder=folder, reason=exc.strerror or exc)}",
                file=sys.stderr,
            )
            return 1
        lock = instance_lock(folder)
        try:
            lock.acquire()
        except VaultInUse as exc:
            print(f"coach-app: {exc.message}", file=sys.stderr)
            box = QMessageBox(QMessageBox.Icon.Information, APPLICATION, exc.message)
            box.exec()
            return 1

        window = StartWindow(folder)
        # Ctrl+Enter saves any dialog, Tab leaves date fields: no dialog exists before the
        # first paint, and the filter sees every event of the app (the first ones make PySide
        # create Python types for all of QtCore, a tenth of a second), so it comes after.
        after_first_paint(window, lambda: _install_dialog_keys(app))
        # Its after-first-paint step is installed before the bench's hook, which therefore
        # sees the paint first and reports before anything else starts loading.
        start = AppStart(window, demo=demo, crash=previous_crash())
        from coach_app.ui.first_paint import install_if_asked  # noqa: PLC0415 - bench hook

        install_if_asked(window)  # only with COACH_APP_EXIT_AFTER_FIRST_PAINT=1 (make bench)
        _fit_to_screen(window)
        if demo:
            from coach_app.ui.demo_start import DemoStart  # noqa: PLC0415 - only for --demo

            start.demo_start = DemoStart(window, folder, DEMO_PASSPHRASE)
            start.demo_start.prepare()  # its title and busy page are in the first paint
        window.show()
        try:
            code = app.exec()
        except CoachAppError as exc:  # pragma: no cover - the excepthook catches these first
            print(f"coach-app: {exc.message}", file=sys.stderr)
            code = 1
        start.finish()  # the demo stopped, the loading done, every vault locked
        return int(code)
    finally:
        collector.stop()
        collector.deleteLater()
        if lock is not None:
            lock.release()
        if temp_root is not None:
            shutil.rmtree(temp_root, ignore_errors=True)
        _stop_logging()


def _install_dialog_keys(app: QApplication) -> None:
    from coach_app.ui import dialog_keys  # noqa: PLC0415 - after the first paint

    dialog_keys.install(app)


def _fit_to_screen(window: QWidget) -> None:
    """On a large screen, open using most of it (the chart and the notes gain the width)."""
    screen = window.screen()
    if screen is None:
        return
    room = screen.availableGeometry()
    size = window.size()
    if room.width() >= size.width() * 1.25 and room.height() >= size.height() * 1.25:
        window.resize(int(room.width() * 0.9), int(room.height() * 0.9))
        window.move(room.x() + room.width() // 20, room.y() + room.height() // 20)


def _stop_logging() -> None:
    from coach_app import logfile  # noqa: PLC0415

    logfile.stop()


def instance_lock(folder: Path) -> InstanceLock:
    """The single-instance lock for ``folder`` (see ``services.app_instance``)."""
    from coach_app.services import app_instance  # noqa: PLC0415

    return app_instance.instance_lock(folder)
