"""The learning log: what every reviewed experiment taught, newest first.

Shows one coachee (``show_coachee(id)``) or everyone (``show_coachee(None)``), filtered by the
decision (adopt / adapt / abandon / not decided) and, for one coachee, by goal. Entries come from
``services.progress.learning_log`` in the background; the detail pane shows the whole loop of
the selected experiment (prediction, outcome, learning, decision) as plain text.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QItemSelection, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from coach_app.errors import NotFound, VaultLocked
from coach_app.services import coachees as coachee_service
from coach_app.services import progress as progress_service
from coach_app.services.progress import LearningEntry
from coach_app.services.records import GoalRecord
from coach_app.ui.context import AppContext
from coach_app.ui.errors import show_error
from coach_app.ui.progress_models import LearningLogModel, entry_text
from coach_app.ui.worker import run_in_background

log = logging.getLogger(__name__)

DECISION_FILTERS = (
    ("All decisions", None),
    ("Adopt", "adopt"),
    ("Adapt", "adapt"),
    ("Abandon", "abandon"),
    ("Not decided yet", "undecided"),
)


class LearningLogWidget(QWidget):
    """Experiment learnings of one coachee or of everyone, filterable by decision and goal.

    Signals:
        loaded: emitted after fresh entries reached the table.
    """

    loaded = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.coachee_id: str | None = None
        self._generation = 0
        self._active = False  # set by show_coachee, dropped by clear
        self._goals: list[GoalRecord] = []
        self.setObjectName("learning_log")

        self.model = LearningLogModel(self)
        self.decision_combo = QComboBox(self)
        for label, value in DECISION_FILTERS:
            self.decision_combo.addItem(label, value)
        self.decision_combo.setAccessibleName("Filter by decision")
        self.goal_combo = QComboBox(self)
        self.goal_combo.setAccessibleName("Filter by goal")
        self.count_label = QLabel(self)

        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.setAccessibleName("Learning log")
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(LearningLogModel.LEARNING, QHeaderView.ResizeMode.Stretch)

        self.detail = QPlainTextEdit(self)
        self.detail.setReadOnly(True)
        self.detail.setPlaceholderText("Select an experiment to read its whole learning loop.")
        self.detail.setAccessibleName("Experiment details")

        bar = QHBoxLayout()
        bar.addWidget(QLabel("Decision:", self))
        bar.addWidget(self.decision_combo)
        bar.addWidget(QLabel("Goal:", self))
        bar.addWidget(self.goal_combo, 1)
        bar.addWidget(self.count_label)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(splitter, 1)

        self._fill_goals([])
        self.decision_combo.currentIndexChanged.connect(self.refresh)
        self.goal_combo.currentIndexChanged.connect(self.refresh)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        signals = context.signals
        signals.experiments_changed.connect(self._experiments_changed)
        signals.coachee_changed.connect(self._coachee_changed)
        signals.coachees_changed.connect(self._everyone_changed)
        signals.vault_locked.connect(self.clear)

    # ------------------------------------------------------------------ public

    def show_coachee(self, coachee_id: str | None) -> None:
        """Show the learnings of one coachee, or of everyone with None, and follow changes."""
        self._active = True
        self.coachee_id = coachee_id
        self._goals = []
        self._fill_goals([])
        self.goal_combo.setEnabled(coachee_id is not None)
        self.table.setColumnHidden(LearningLogModel.COACHEE, coachee_id is not None)
        self.refresh(with_goals=True)

    def clear(self) -> None:
        """Forget every entry and stop following changes (e.g. the vault was locked)."""
        self._active = False
        self._generation += 1
        self.coachee_id = None
        self.model.clear()
        self.detail.clear()
        self._fill_goals([])
        self.count_label.clear()

    @property
    def active(self) -> bool:
        """Whether the log shows someone (or everyone) and follows their changes."""
        return self._active

    @property
    def decision(self) -> str | None:
        """The decision filter (None for all)."""
        return self.decision_combo.currentData()

    @property
    def goal_id(self) -> str | None:
        """The goal filter (None for all goals)."""
        return self.goal_combo.currentData() if self.coachee_id else None

    # ------------------------------------------------------------------ loading

    def refresh(self, *_args: Any, with_goals: bool = False) -> None:
        """Reload the entries (and the goal list when asked) in the background.

        Does nothing until ``show_coachee`` was called: "no coachee" means "everyone", and an
        emptied log must not reload every coachee's learnings on each change nobody looks at.
        """
        if not self._active:
            return
        try:
            vault = self.context.vault
        except VaultLocked:
            return
        self._generation += 1
        generation = self._generation
        coachee_id, decision, goal_id = self.coachee_id, self.decision, self.goal_id

        def load() -> tuple[list[LearningEntry], list[GoalRecord] | None]:
            entries = progress_service.learning_log(
                vault, coachee_id=coachee_id, decision=decision, goal_id=goal_id
            )
            goals = (
                coachee_service.list_goals(vault, coachee_id) if with_goals and coachee_id else None
            )
            return entries, goals

        run_in_background(
            load,
            lambda result: self._loaded(generation, *result),
            lambda exc: self._failed(generation, exc),
            self,
        )

    def _loaded(
        self, generation: int, entries: list[LearningEntry], goals: list[GoalRecord] | None
    ) -> None:
        if generation != self._generation or not self.context.is_unlocked:
            return
        if goals is not None:
            self._fill_goals(goals)
        self.model.set_rows(entries)
        self.detail.clear()
        count = len(entries)
        self.count_label.setText(f"{count} learning{'s' if count != 1 else ''}")
        self.loaded.emit()

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation or isinstance(exc, VaultLocked):
            return
        if isinstance(exc, NotFound):  # the coachee was erased meanwhile
            self.clear()
            return
        show_error(self, exc)

    def _fill_goals(self, goals: list[GoalRecord]) -> None:
        current = self.goal_combo.currentData()
        self.goal_combo.blockSignals(True)
        self.goal_combo.clear()
        self.goal_combo.addItem("All goals", None)
        for goal in goals:
            self.goal_combo.addItem(goal.title, goal.id)
        found = self.goal_combo.findData(current) if current else 0
        self.goal_combo.setCurrentIndex(max(found, 0))
        self.goal_combo.blockSignals(False)
        self._goals = goals

    # ------------------------------------------------------------------ signals

    def _experiments_changed(self, coachee_id: str) -> None:
        if self.coachee_id is None or coachee_id == self.coachee_id:
            self.refresh()

    def _coachee_changed(self, coachee_id: str) -> None:
        if coachee_id == self.coachee_id:  # goals renamed or added
            self.refresh(with_goals=True)
        elif self.coachee_id is None:
            self.refresh()

    def _everyone_changed(self) -> None:
        if self.coachee_id is None:
            self.refresh()

    def _selection_changed(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        indexes = selected.indexes()
        if not indexes:
            self.detail.clear()
            return
        self.detail.setPlainText(entry_text(self.model.row_at(indexes[0].row())))
