"""The first paint of the first window: what starts after it, and the ``make bench`` hook.

``after_first_paint`` runs a callback once the window has been painted for the first time:
``launch`` starts loading the rest of the app there (``ui/warm_up.py``), so nothing competes
with that first paint.

With ``COACH_APP_EXIT_AFTER_FIRST_PAINT=1`` in the environment, ``launch`` also installs the
measuring filter on the first window: at its first paint event it prints
``first-paint <time.time()>`` on stdout and asks the event loop to quit. The bench starts the
app and a bare PySide6 window the same way and compares the two (bench/practice.py). Without the
variable nothing is installed. It is installed after ``after_first_paint``'s filter, so it sees
the paint first (Qt asks the newest filter first) and reports before anything else starts.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer

ENV = "COACH_APP_EXIT_AFTER_FIRST_PAINT"


class _FirstPaint(QObject):
    """Prints the wall-clock time of the first paint event of the watched widget, then quits."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._seen = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self._seen and event.type() == QEvent.Type.Paint:
            self._seen = True
            # After this paint has been delivered: the window is on screen by then.
            QTimer.singleShot(0, self._report)
        return False

    def _report(self) -> None:
        print(f"first-paint {time.time():.6f}", flush=True)
        QCoreApplication.quit()


def install_if_asked(window: QObject) -> None:
    """Watch ``window`` for its first paint when the environment asks for it (bench only)."""
    if os.environ.get(ENV) == "1":
        window.installEventFilter(_FirstPaint(window))


class _AfterFirstPaint(QObject):
    """Calls ``callback`` once, after the first paint event of the watched widget."""

    def __init__(self, parent: QObject, callback: Callable[[], object]) -> None:
        super().__init__(parent)
        self._callback = callback
        self._seen = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self._seen and event.type() == QEvent.Type.Paint:
            self._seen = True
            watched.removeEventFilter(self)
            # After this paint has been delivered, like the bench's report.
            QTimer.singleShot(0, self._callback)
        return False


def after_first_paint(window: QObject, callback: Callable[[], object]) -> None:
    """Call ``callback`` (on the UI thread) once ``window`` has been painted the first time."""
    window.installEventFilter(_AfterFirstPaint(window, callback))
