"""The list beside the progress chart: one check-box per series, under short panel headings.

Rebuilt from the chart's ``series_choices`` whenever new data arrives; ticking a box emits
``toggled(key, shown)`` and the chart redraws from memory (no query). Series names longer than
the list is wide are shortened with "…" and shown whole as the box's tooltip.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Final

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QGroupBox,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from coach_app.charts import SeriesChoice

SERIES_LIST_WIDTH: Final = 190  # px: wide enough for most goal titles, elided beyond
_CHECK_CHARS: Final = 30  # a series name in the list, before "…"


def panel_heading(panel: str) -> str:
    """A panel's title, shortened for the list (the chart keeps the full title)."""
    return panel.split(" (", 1)[0].split(":", 1)[0]


def check_label(choice: SeriesChoice) -> str:
    """A series' name as its check-box shows it: without its panel's name, at most 30 chars."""
    name = choice.name
    if choice.key.startswith("empowerment:"):
        name = name.split(": ", 1)[-1]  # under the "Empowerment" heading already
    if len(name) > _CHECK_CHARS:
        name = name[: _CHECK_CHARS - 1].rstrip() + "…"
    return name


class SeriesList(QScrollArea):
    """Check-boxes of the chart's series, grouped by panel; scrolls when the list is long.

    Signals:
        toggled: a series was ticked or unticked (its key, and whether it is shown now).
    """

    toggled = Signal(str, bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.box = QGroupBox(self.tr("Show"), self)
        self._layout = QVBoxLayout(self.box)
        self._layout.addStretch(1)
        self.checks: dict[str, QCheckBox] = {}
        self._headings: list[QLabel] = []
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setWidget(self.box)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setMinimumWidth(140)
        self.setMaximumWidth(320)

    def rebuild(self, choices: Iterable[SeriesChoice], hidden: set[str]) -> None:
        """One box per choice (ticked unless its key is in ``hidden``); none for no choices."""
        for widget in (*self.checks.values(), *self._headings):
            self._layout.removeWidget(widget)
            widget.deleteLater()
        self.checks = {}
        self._headings = []
        position = 0
        panel = None
        for choice in choices:
            if choice.panel != panel:
                panel = choice.panel
                heading = QLabel(panel_heading(panel), self.box)
                heading.setWordWrap(True)
                heading.setStyleSheet("font-weight: bold; margin-top: 6px;")
                self._layout.insertWidget(position, heading)
                self._headings.append(heading)
                position += 1
            check = QCheckBox(check_label(choice), self.box)
            check.setChecked(choice.key not in hidden)
            check.setToolTip(choice.name)
            check.toggled.connect(lambda on, key=choice.key: self.toggled.emit(key, on))
            self._layout.insertWidget(position, check)
            position += 1
            self.checks[choice.key] = check
