"""The chart's toolbar fits its width without squeezing a control (ui/progress_toolbar.py)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDateEdit, QPushButton

from coach_app.ui.progress_toolbar import Fit, ProgressToolbar


@pytest.fixture
def bar(qtbot) -> ProgressToolbar:
    toolbar = ProgressToolbar()
    qtbot.addWidget(toolbar)
    toolbar.show()
    return toolbar


def _squeezed(bar: ProgressToolbar) -> list[str]:
    """The visible controls narrower than their whole text or date needs, or past the edge."""
    return [
        widget.text() if isinstance(widget, QPushButton) else widget.accessibleName()
        for widget in [*bar.findChildren(QPushButton), *bar.findChildren(QDateEdit)]
        if widget.isVisibleTo(bar)
        and (
            widget.width() < _needs(widget)
            or widget.mapTo(bar, widget.rect().topRight()).x() >= bar.width()
        )
    ]


def _needs(widget: QPushButton | QDateEdit) -> int:
    if isinstance(widget, QPushButton):  # its text, and a little room either side
        return widget.fontMetrics().horizontalAdvance(widget.text()) + 8
    return widget.sizeHint().width()  # the whole date


@pytest.mark.parametrize("width", [1600, 900, 620, 440])
def test_each_width_gets_the_widest_arrangement_that_fits(qtbot, bar, width: int) -> None:
    bar.resize(width, bar.sizeHint().height())
    qtbot.waitUntil(lambda: bar.width() == width)
    bar.layout().activate()
    assert bar.fit is bar.fit_for(width)
    assert _squeezed(bar) == []
    presets = [b for b in bar.preset_buttons.values() if b.isVisibleTo(bar)]
    if bar.fit is Fit.ONE_ROW:
        assert len(presets) == 4 and not bar.period_button.isVisibleTo(bar)
    else:
        assert presets == [] and bar.period_button.isVisibleTo(bar)
    top = bar.series_toggle.mapTo(bar, bar.series_toggle.rect().topLeft()).y()
    dates = bar.from_edit.mapTo(bar, bar.from_edit.rect().topLeft()).y()
    assert (dates > top) == (bar.fit is Fit.TWO_ROWS)


def test_the_arrangements_follow_the_width_down_to_two_rows(bar) -> None:
    fits = [bar.fit_for(width) for width in (2000, 700, 300)]
    assert fits == [Fit.ONE_ROW, Fit.PERIOD_MENU, Fit.TWO_ROWS]


def test_the_period_menu_chooses_what_the_buttons_choose(qtbot, bar) -> None:
    chosen: list[object] = []
    bar.preset_chosen.connect(chosen.append)
    for key in ("3 months", "6 months", "1 year", "All"):
        bar.preset_actions[key].trigger()
        bar.preset_buttons[key].click()
    assert chosen == [91, 91, 182, 182, 365, 365, None, None]
