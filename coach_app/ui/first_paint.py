"""A measuring hook for ``make bench``: print when the first window is painted, then quit.

With ``COACH_APP_EXIT_AFTER_FIRST_PAINT=1`` in the environment, ``launch`` installs this filter
on the main window: at its first paint event it prints ``first-paint <time.time()>`` on stdout
and asks the event loop to quit. The bench starts the app and a bare PySide6 window the same
way and compares the two (bench/practice.py). Without the variable nothing is installed.
"""

from __future__ import annotations

import os
import time

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
