"""Tab walks from a tab bar whose tabs do not fit straight into the page (ui/tab_widgets.py)."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QLineEdit, QTabWidget, QToolButton, QVBoxLayout, QWidget

from coach_app.ui.tab_widgets import keyboard_tabs


def _narrow_tabs(qtbot, *, fixed: bool) -> tuple[QWidget, QTabWidget, QLineEdit]:
    window = QWidget()
    qtbot.addWidget(window)
    tabs = QTabWidget()
    if fixed:
        keyboard_tabs(tabs)
    first = QLineEdit()
    tabs.addTab(first, "Overview of everything")
    for name in ("Sessions, newest first", "Experiments agreed", "Progress over time"):
        tabs.addTab(QLineEdit(), name)
    QVBoxLayout(window).addWidget(tabs)
    window.resize(220, 160)  # far too narrow for four tabs: the bar shows its scroll arrows
    window.show()
    qtbot.waitExposed(window)
    return window, tabs, first


def _stops_after_the_bar(qtbot, tabs: QTabWidget) -> list[QWidget]:
    tabs.tabBar().setFocus()
    qtbot.waitUntil(lambda: tabs.tabBar().hasFocus())
    stops = []
    for _ in range(3):
        QApplication.focusWidget().focusNextChild()
        stops.append(QApplication.focusWidget())
    return stops


def test_tab_from_the_bar_goes_into_the_page_past_the_scroll_arrows(qtbot) -> None:
    _window, tabs, first = _narrow_tabs(qtbot, fixed=True)
    arrows = tabs.tabBar().findChildren(QToolButton)
    assert arrows and any(a.isVisible() for a in arrows)  # the case this is about
    stops = _stops_after_the_bar(qtbot, tabs)
    assert stops[0] is first
    assert not any(isinstance(w, QToolButton) for w in stops)


def test_without_it_qt_stops_on_a_scroll_arrow(qtbot) -> None:
    # What keyboard_tabs is for: should Qt stop doing this, the helper can go.
    _window, tabs, first = _narrow_tabs(qtbot, fixed=False)
    stops = _stops_after_the_bar(qtbot, tabs)
    assert isinstance(stops[0], QToolButton)
    assert first in stops
