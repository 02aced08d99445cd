"""Auto-lock after the coach has been away: an activity watcher with an injectable clock.

An event filter on the QApplication sees every key press, click, wheel turn and mouse move in
every window (dialogs included) and notes the time. A timer compares the context's clock with
that note now and then; once the idle time is reached it calls the lock routine. The clock is
``context.now`` so tests move time forward instead of waiting ten minutes.

The filter only reads the event type and a clock, because it runs for every event the app
handles; it never consumes an event.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime, timedelta

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

log = logging.getLogger(__name__)

DEFAULT_MINUTES = 10
_ACTIVITY = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TabletPress,
    }
)


class IdleWatcher(QObject):
    """Calls ``on_idle`` once the coach has done nothing for ``minutes``.

    Args:
        now: the clock (``AppContext.now``).
        on_idle: the lock routine.
        minutes: idle time before ``on_idle``; 0 or less switches auto-lock off.
        check_interval_ms: how often to look at the clock; the lock comes at most this late.

    Signals:
        checked: the watcher looked at the clock; True when it called ``on_idle``.
    """

    checked = Signal(bool)

    def __init__(
        self,
        now: Callable[[], datetime],
        on_idle: Callable[[], None],
        minutes: float = DEFAULT_MINUTES,
        check_interval_ms: int = 15_000,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._now = now
        self._on_idle = on_idle
        self._minutes = float(minutes)
        self._last = now()
        self._timer = QTimer(self)
        self._timer.setInterval(check_interval_ms)
        self._timer.timeout.connect(self.check)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    @property
    def minutes(self) -> float:
        """The idle time before locking (0 = never)."""
        return self._minutes

    @property
    def running(self) -> bool:
        """Whether the watcher is counting (only while the vault is open)."""
        return self._timer.isActive()

    @property
    def last_activity(self) -> datetime:
        """When the coach last did something, by the watcher's clock."""
        return self._last

    def set_minutes(self, minutes: float) -> None:
        """Change the idle time (from the settings)."""
        self._minutes = float(minutes)

    def start(self) -> None:
        """Start counting from now (when the vault opens)."""
        self._last = self._now()
        self._timer.start()

    def stop(self) -> None:
        """Stop counting (when the vault locks)."""
        self._timer.stop()

    def poke(self) -> None:
        """Count as activity (a key press, a click...)."""
        self._last = self._now()

    def idle_for(self) -> timedelta:
        """How long the coach has done nothing."""
        return self._now() - self._last

    def check(self) -> bool:
        """Lock if the idle time is reached; returns whether it did."""
        locked = self._check()
        self.checked.emit(locked)
        return locked

    def _check(self) -> bool:
        if not self.running or self._minutes <= 0:
            return False
        if self.idle_for() < timedelta(minutes=self._minutes):
            return False
        log.info("auto-lock after %g idle minutes", self._minutes)
        self.stop()
        self._on_idle()
        return True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Note the time of every user action; never swallow the event."""
        if event.type() in _ACTIVITY:
            self._last = self._now()
        return False

    def dispose(self) -> None:
        """Stop and detach from the application (the window is closing)."""
        self.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
