"""The learning log: what every reviewed experiment taught, newest first.

Shows one coachee (``show_coachee(id)``) or everyone (``show_coachee(None)``), filtered by the
decision (adopt / adapt / abandon / not decided) and, for one coachee, by goal. Entries come from
``services.learning_log.learning_log`` through ``context.ops.run_query`` (off the UI thread);
the detail pane shows the whole loop of the selected experiment (prediction, outcome, learning,
decision) as plain text. A change to the shown coachee's experiments or goals (to anyone's, when
everyone is shown) reloads it; a lock empties it.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QCoreApplication, QItemSelection, Qt, Signal
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

from coach_app.changes import Changes, Kind
from coach_app.errors import NotFound, VaultLocked
from coach_app.services import coachees as coachee_service
from coach_app.services import learning_log as learning_log_service
from coach_app.services.access import OpenVault
from coach_app.services.learning_log import LearningEntry
from coach_app.services.records import GoalRecord
from coach_app.ui.context import AppContext
from coach_app.ui.errors import show_error
from coach_app.ui.labels import counted
from coach_app.ui.models import decision_name
from coach_app.ui.progress_models import LearningLogModel, entry_text

log = logging.getLogger(__name__)


#: The widest the Experiment and Goal columns grow on their own, in widths of "M".
TITLE_COLUMN_EMS = 14


def decision_filters() -> tuple[tuple[str, str | None], ...]:
    """The decision filter's choices: label in the current language, and the value asked for."""
    return (
        (QCoreApplication.translate("LearningLogWidget", "All decisions"), None),
        (decision_name("adopt"), "adopt"),
        (decision_name("adapt"), "adapt"),
        (decision_name("abandon"), "abandon"),
        (QCoreApplication.translate("LearningLogWidget", "Not decided yet"), "undecided"),
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
        for label, value in decision_filters():
            self.decision_combo.addItem(label, value)
        self.decision_combo.setAccessibleName(self.tr("Filter by decision"))
        self.goal_combo = QComboBox(self)
        self.goal_combo.setAccessibleName(self.tr("Filter by goal"))
        self.count_label = QLabel(self)

        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.setAccessibleName(self.tr("Learning log"))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # A long goal or experiment title must not squeeze the learning itself: those two
        # columns fit their text up to a cap (``_fit_columns``) and the coach can widen them;
        # Learning takes the rest.
        for column in (LearningLogModel.TITLE, LearningLogModel.GOAL):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(LearningLogModel.LEARNING, QHeaderView.ResizeMode.Stretch)

        self.detail = QPlainTextEdit(self)
        self.detail.setReadOnly(True)
        self.detail.setPlaceholderText(
            self.tr("Select an experiment to read its whole learning loop.")
        )
        self.detail.setAccessibleName(self.tr("Experiment details"))

        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Decision:"), self))
        bar.addWidget(self.decision_combo)
        bar.addWidget(QLabel(self.tr("Goal:"), self))
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
        signals.changed.connect(self._on_changed)
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
        value = self.decision_combo.currentData()
        return str(value) if value else None

    @property
    def goal_id(self) -> str | None:
        """The goal filter (None for all goals)."""
        value = self.goal_combo.currentData() if self.coachee_id else None
        return str(value) if value else None

    # ------------------------------------------------------------------ loading

    def refresh(self, *_args: Any, with_goals: bool = False) -> None:
        """Reload the entries (and the goal list when asked) in the background.

        Does nothing until ``show_coachee`` was called: "no coachee" means "everyone", and an
        emptied log must not reload every coachee's learnings on each change nobody looks at.
        """
        if not self._active or not self.context.is_unlocked:
            return
        self._generation += 1
        generation = self._generation
        coachee_id, decision, goal_id = self.coachee_id, self.decision, self.goal_id

        def load(vault: OpenVault) -> tuple[list[LearningEntry], list[GoalRecord] | None]:
            entries = learning_log_service.learning_log(
                vault, coachee_id=coachee_id, decision=decision, goal_id=goal_id
            )
            goals = (
                coachee_service.list_goals(vault, coachee_id) if with_goals and coachee_id else None
            )
            return entries, goals

        self.context.ops.run_query(
            load,
            on_success=lambda result: self._loaded(generation, *result),
            on_failure=lambda exc: self._failed(generation, exc),
            label=self.tr("Loading the learning log"),
            parent=self,
        )

    def _loaded(
        self, generation: int, entries: list[LearningEntry], goals: list[GoalRecord] | None
    ) -> None:
        # A later reload or a lock superseded this answer: its entries may belong to a vault
        # that is closed by now.
        if generation != self._generation or not self.context.is_unlocked:
            return
        if goals is not None:
            self._fill_goals(goals)
        self.model.set_rows(entries)
        self._fit_columns()
        self.detail.clear()
        count = len(entries)
        self.count_label.setText(counted(self.tr("%n learning(s)", "", count), count))
        self.loaded.emit()

    def _fit_columns(self) -> None:
        cap = max(self.fontMetrics().horizontalAdvance("M") * TITLE_COLUMN_EMS, 120)
        for column in (LearningLogModel.TITLE, LearningLogModel.GOAL):
            self.table.resizeColumnToContents(column)
            if self.table.columnWidth(column) > cap:
                self.table.setColumnWidth(column, cap)

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
        self.goal_combo.addItem(self.tr("All goals"), None)
        for goal in goals:
            self.goal_combo.addItem(goal.title, goal.id)
        found = self.goal_combo.findData(current) if current else 0
        self.goal_combo.setCurrentIndex(max(found, 0))
        self.goal_combo.blockSignals(False)
        self._goals = goals

    # ------------------------------------------------------------------ signals

    def _on_changed(self, changes: Changes, _initiator: object) -> None:
        if not self._active:
            return
        coachee_id = self.coachee_id
        if coachee_id is None:
            # Everyone: any experiment, a goal title or a coachee's name may show here.
            if changes.touches(Kind.EXPERIMENTS, Kind.GOALS, Kind.PROFILE, Kind.COACHEES):
                self.refresh()
        elif changes.touches(Kind.GOALS, coachee_id=coachee_id):  # goals renamed or added
            self.refresh(with_goals=True)
        elif changes.touches(Kind.EXPERIMENTS, Kind.COACHEES, coachee_id=coachee_id):
            self.refresh()  # an erased coachee answers NotFound, which empties the log

    def _selection_changed(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        indexes = selected.indexes()
        if not indexes:
            self.detail.clear()
            return
        self.detail.setPlainText(entry_text(self.model.row_at(indexes[0].row())))
