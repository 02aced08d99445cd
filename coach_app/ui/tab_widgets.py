"""Tab widgets a coach can walk through with the keyboard alone.

When its tabs do not fit (a narrow window, or 200% scaling on a laptop screen), a ``QTabBar``
shows two scroll arrows, and Qt gives them Tab focus: from the tab bar, Tab stopped on an arrow
before it reached the page (the list of sessions), an extra stop that does nothing a keyboard
needs, since the tab bar's own arrow keys and Ctrl+Tab already move between tabs and scroll
the bar. The arrows stay for the mouse.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTabWidget, QToolButton


def keyboard_tabs(tabs: QTabWidget) -> QTabWidget:
    """``tabs``, its tab bar's scroll arrows taken out of the Tab order; returns ``tabs``."""
    # The arrows are the tab bar's only tool buttons; Qt makes them with the bar, shown or not.
    for arrow in tabs.tabBar().findChildren(QToolButton):
        arrow.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    return tabs
