"""From the first window to the main window: load the rest, build it, put it in its place.

``launch`` shows the light first window (``ui/start_window.py``) and hands it to ``AppStart``:

1. after the first paint, the rest of the app is loaded on a background thread
   (``ui/warm_up.py``), and the keyring is checked (a remembered key may unlock straight
   away) or the demo vault is started;
2. when everything is loaded, the main window is built on the UI thread. It takes over the
   first window's unlock screen (the page, what the coach typed, where the cursor was), its
   place and state on the screen and its demo title; it is shown and the first window hidden;
   the screen-lock watcher is attached to it, the crash notice of a previous run is offered;
3. a vault opened before then (``StartWindow.pending``) is handed to it.

The first window stays (hidden) until the app quits: the demo start still talks to it, and it
passes every vault on to the main window. ``finish`` (after the event loop) stops the demo,
waits for the loading thread and closes whatever vault is still open.
"""

from __future__ import annotations

import gc
import logging
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication

from coach_app.ui.first_paint import after_first_paint
from coach_app.ui.start_window import StartWindow
from coach_app.ui.warm_up import WarmUp

if TYPE_CHECKING:
    from coach_app.logfile import PreviousCrash
    from coach_app.ui.demo_start import DemoStart
    from coach_app.ui.main_window import MainWindow

log = logging.getLogger(__name__)

STOP_TIMEOUT_S = 30.0  # at quit, for the loading thread


class AppStart(QObject):
    """Turns ``window`` (the first window) into the main window once its code is loaded.

    Args:
        window: the first window, not shown yet.
        demo: the vault is a throwaway demo vault.
        crash: what the previous run left when it crashed (offered once the main window shows).
        warm_up: the loader (tests pass one with a short list).
        main_options: more arguments for ``MainWindow`` (tests: no geometry, no backup).
    """

    def __init__(
        self,
        window: StartWindow,
        *,
        demo: bool = False,
        crash: PreviousCrash | None = None,
        warm_up: WarmUp | None = None,
        main_options: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.main: MainWindow | None = None
        self.demo_start: DemoStart | None = None
        self._demo = demo
        self._crash = crash
        self._frozen = False
        self._main_options = dict(main_options or {})
        self.warm_up = warm_up or WarmUp(parent=self)
        self.warm_up.finished.connect(self._build_main)
        after_first_paint(window, self._after_first_paint)

    def _after_first_paint(self) -> None:
        self.warm_up.start()
        if self.demo_start is not None:
            self.demo_start.start()
        else:
            self.window.unlock_screen.check_keyring(try_remembered=True)

    def _build_main(self) -> None:
        """Build the main window from the loaded modules and show it where the first one is."""
        window = self.window
        if self.main is not None or not window.isVisible():
            return  # quitting already (the first window was closed): nothing to build
        from coach_app.ui.context import AppContext  # noqa: PLC0415 - loaded by the warm-up
        from coach_app.ui.main_window import MainWindow  # noqa: PLC0415
        from coach_app.ui.screen_lock import ScreenLockGuard, default_source  # noqa: PLC0415

        screen = window.unlock_screen
        focus = QApplication.focusWidget()
        keep_focus = focus if focus is not None and screen.isAncestorOf(focus) else None
        active = window.isActiveWindow()

        context = AppContext(window.folder)
        context.demo = self._demo
        main = MainWindow(
            context, unlock_screen=window.release_unlock_screen(), **self._main_options
        )
        if window.demo_passphrase is not None:
            main.set_demo(window.demo_passphrase)
        main.restoreGeometry(window.saveGeometry())
        main.setWindowState(window.windowState())
        self.main = main
        window.main = main
        main.show()
        window.hide()
        if active:
            main.activateWindow()
        if keep_focus is not None:
            keep_focus.setFocus()  # showing the screen put the cursor in its first field
        # Lock when the screen locks or the computer sleeps (a setting, on by default).
        ScreenLockGuard(context, default_source(main), parent=main)
        if self._crash is not None:
            from coach_app.ui.errors import crash_notice  # noqa: PLC0415

            crash_notice(main, self._crash).show()  # non-modal: unlocking is not held up
        pending = window.take_pending()
        if pending is not None:
            main.open_vault(pending)
        # Everything built so far (modules, Qt wrappers, the windows) lives as long as the app:
        # keep it out of the cyclic collector's scans, so a full collection costs milliseconds
        # instead of a visible pause in the middle of typing or drawing a chart.
        gc.freeze()
        self._frozen = True

    def finish(self) -> None:
        """After the event loop: stop the demo, wait for the loading, close any open vault."""
        if self.demo_start is not None:
            self.demo_start.stop()  # before the folder goes: no thread may still write to it
        if not self.warm_up.wait(STOP_TIMEOUT_S):
            log.warning("the background loading did not finish at quit")
        if self.main is not None and self.main.context.is_unlocked:
            self.main.context.lock()
        pending = self.window.take_pending()
        if pending is not None:
            from coach_app.services import access  # noqa: PLC0415 - loaded: a vault is open

            access.lock(pending)
        if self._frozen:
            gc.unfreeze()  # hand everything back to the collector (matters when embedded)
            self._frozen = False
