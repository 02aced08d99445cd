"""The GAS form keeps each goal's title next to its levels, however tall the dialog is."""

from __future__ import annotations

from PySide6.QtWidgets import QScrollArea
from pytestqt.qtbot import QtBot

from coach_app.services.records import GoalRecord
from coach_app.ui.assessment_forms import GasForm


def _goal(n: int) -> GoalRecord:
    return GoalRecord(f"g{n}", "c", f"Goal {n}", "", 1, {"0": "as expected"}, "active")


def test_no_large_gaps_in_a_tall_dialog(qtbot: QtBot) -> None:
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    form = GasForm([_goal(1), _goal(2)])
    scroll.setWidget(form)
    qtbot.addWidget(scroll)
    scroll.resize(500, 800)
    scroll.show()
    qtbot.waitExposed(scroll)
    (_g1, first), (_g2, second) = form.combos
    gap = second.geometry().top() - first.geometry().bottom()
    assert gap < 60, gap  # the second goal's title and combo fit in between, nothing more
