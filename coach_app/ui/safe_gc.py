"""Python's cyclic garbage collection at a safe moment: between events, never inside Qt code.

Left automatic, the collector runs whenever enough objects have been allocated, which can be in
the middle of a Qt call (a widget being built, an event being delivered to Python). A cycle it
frees then may hold Qt objects that the call in progress still uses. In the test suite that
crashed Qt in ``QScreen::virtualSiblings`` while a window was being built, after a test left
such cycles behind (tests/ui/conftest.py).

So while the app runs, automatic collection is off and a timer collects from the event loop,
with CPython's own thresholds: generation 0 once more objects were allocated than its threshold
allows, the older generations when their counts say so. ``stop`` turns automatic collection on
again (a test runs the app in-process more than once).
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

#: How often the event loop looks at the allocation counts (ms). A pass that finds nothing to do
#: costs a few microseconds; a collection of the young generations well under a millisecond.
INTERVAL_MS = 500


def due_generation() -> int | None:
    """The oldest generation CPython would collect now, or None when none is due."""
    thresholds = gc.get_threshold()
    counts = gc.get_count()
    for generation in (2, 1, 0):
        if thresholds[generation] and counts[generation] > thresholds[generation]:
            return generation
    return None


class SafeCollector(QObject):
    """Turns automatic collection off and collects on the event loop instead (see above)."""

    def __init__(self, parent: QObject | None = None, interval_ms: int = INTERVAL_MS) -> None:
        super().__init__(parent)
        self._was_enabled = gc.isenabled()
        gc.disable()
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.collect_if_due)
        self._timer.start()

    def collect_if_due(self) -> int | None:
        """Collect the generation that is due, if any; returns it."""
        generation = due_generation()
        if generation is not None:
            gc.collect(generation)
        return generation

    def stop(self) -> None:
        """Collect what is left, now that no event runs; hand collection back to Python."""
        self._timer.stop()
        gc.collect()
        if self._was_enabled:
            gc.enable()
