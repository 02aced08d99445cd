"""The Qt binding itself: a known reference-count bug must not be installed.

PySide6 6.12.0 drops a reference to ``True`` on every ``Signal.emit``. Under Python 3.11, where
``True`` is an ordinary object, the process aborts ("bool_dealloc") after a few thousand emits:
an autosave emits on every save, so a long session would crash the app. pyproject.toml keeps
that release out; this test fails if a binding with the bug is installed.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication


class _Emitter(QObject):
    plain = Signal()
    carrying = Signal(object)


def test_emitting_a_signal_leaves_true_alone(qapp: QApplication) -> None:
    emitter = _Emitter()
    received: list[object] = []
    emitter.carrying.connect(received.append)
    before = sys.getrefcount(True)
    for _ in range(200):
        emitter.plain.emit()
        emitter.carrying.emit(1)
    after = sys.getrefcount(True)
    assert len(received) == 200
    # A few references may come and go elsewhere; the bug loses one per emit (400 here).
    assert abs(after - before) < 50
