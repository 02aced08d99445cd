"""The list beside the progress chart: one check-box per series, under short panel headings.

Rebuilt from the chart's ``series_choices`` whenever new data arrives; ticking a box emits
``toggled(key, shown)`` and the chart redraws from memory (no query). A name longer than the
list is wide wraps onto more lines, never cut (a coach tells two goals apart by their exact
words); the box's tooltip holds it whole too.

Above the boxes, "Reference lines for" chooses the series in focus, whose baseline, median,
slope and run signals the chart draws (``focus_chosen(key)``, "" for none): the same as
clicking a series or its name on the chart, and reachable from the keyboard.
"""

from __future__ import annotations

import textwrap
from collections.abc import Iterable
from typing import Final

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGroupBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from coach_app.charts import EXPERIMENTS_KEY, SeriesChoice
from coach_app.ui.fitting_scroll import FittingScrollArea

_MIN_WIDTH: Final = 140  # px: the narrowest the list gets, in any language
SERIES_LIST_WIDTH: Final = 190  # px: wide enough for most goal titles, wrapped beyond
_CHECK_CHARS: Final = 24  # characters of a line of a series name in the list


def panel_heading(panel: str) -> str:
    """A panel's title, shortened for the list (the chart keeps the full title)."""
    return panel.split(" (", 1)[0].split(":", 1)[0]


def check_label(choice: SeriesChoice) -> str:
    """A series' name as its check-box shows it: without its panel's name, wrapped, whole."""
    name = choice.name
    if choice.key.startswith("empowerment:"):
        name = name.split(": ", 1)[-1]  # under the "Empowerment" heading already
    if len(name) <= _CHECK_CHARS:
        return name
    # A check-box does not wrap its text itself, but it shows every line it is given.
    return "\n".join(textwrap.wrap(name, width=_CHECK_CHARS, break_long_words=True))


class SeriesList(FittingScrollArea):
    """Check-boxes of the chart's series, grouped by panel; scrolls when the list is long.

    Signals:
        toggled: a series was ticked or unticked (its key, and whether it is shown now).
    """

    toggled = Signal(str, bool)
    focus_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, floor=_MIN_WIDTH)
        self.box = QGroupBox(self.tr("Show"), self)
        self._layout = QVBoxLayout(self.box)
        focus_label = QLabel(self.tr("Reference lines for"), self.box)
        focus_label.setWordWrap(True)
        self.focus_combo = QComboBox(self.box)
        self.focus_combo.setAccessibleName(self.tr("Reference lines for"))
        self.focus_combo.setToolTip(
            self.tr("The series whose baseline, median, slope and run signals are drawn")
        )
        self.focus_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.focus_combo.setMinimumContentsLength(8)
        focus_label.setBuddy(self.focus_combo)
        self.focus_combo.activated.connect(self._focus_activated)
        self._layout.addWidget(focus_label)
        self._layout.addWidget(self.focus_combo)
        self._fixed = 2  # the rows above the check-boxes
        self._layout.addStretch(1)
        self.checks: dict[str, QCheckBox] = {}
        self._headings: list[QLabel] = []
        self.setWidget(self.box)
        self.setMaximumWidth(320)

    def rebuild(self, choices: Iterable[SeriesChoice], hidden: set[str]) -> None:
        """One box per choice (ticked unless its key is in ``hidden``); none for no choices."""
        for widget in (*self.checks.values(), *self._headings):
            self._layout.removeWidget(widget)
            widget.deleteLater()
        self.checks = {}
        self._headings = []
        choices = list(choices)
        self.focus_combo.clear()
        self.focus_combo.addItem(self.tr("None"), "")
        for choice in choices:
            if choice.panel_key != EXPERIMENTS_KEY:
                self.focus_combo.addItem(check_label(choice).replace("\n", " "), choice.key)
                self.focus_combo.setItemData(
                    self.focus_combo.count() - 1, choice.name, Qt.ItemDataRole.ToolTipRole
                )
        position = self._fixed
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
        self.updateGeometry()  # the widest box may have changed (FittingScrollArea)

    def set_focus(self, key: str | None) -> None:
        """Show ``key`` (None: none) as the series in focus, without emitting."""
        index = self.focus_combo.findData(key or "")
        self.focus_combo.setCurrentIndex(max(index, 0))
        self.focus_combo.setToolTip(self.focus_combo.currentData(Qt.ItemDataRole.ToolTipRole) or "")

    def _focus_activated(self, index: int) -> None:
        self.focus_chosen.emit(str(self.focus_combo.itemData(index) or ""))
