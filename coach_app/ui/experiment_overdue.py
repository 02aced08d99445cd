"""Open experiments past their due date, across coachees: a reminder to ask how they went.

The list refreshes itself when experiments or coachees change (``signals.changed``) and when
``refresh()`` is called (the day may have changed); Enter or "Open coachee" asks the navigator
for the coachee's page and closes the dialog.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from coach_app.changes import Changes, Kind
from coach_app.errors import CoachAppError
from coach_app.services import dashboard
from coach_app.ui.context import AppContext
from coach_app.ui.labels import caption, plain_label
from coach_app.ui.session_models import OverdueExperimentsModel


class OverdueExperimentsDialog(QDialog):
    """Open experiments past their due date, across coachees; Enter opens the coachee."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.setWindowTitle(self.tr("Overdue experiments"))
        self.resize(720, 420)

        intro = caption(
            self.tr(
                "Open experiments past their due date: a reminder to ask how they went. "
                "Press Enter to open the coachee."
            )
        )
        self.model = OverdueExperimentsModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Overdue experiments"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        self.table.activated.connect(self.open_index)
        self.table.installEventFilter(self)
        self.empty_label = plain_label(self.tr("Nothing is overdue."), tone="muted")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.open_button = self.buttons.addButton(
            self.tr("&Open coachee"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.open_button.clicked.connect(lambda: self.open_index(self.table.currentIndex()))
        self.buttons.rejected.connect(self.reject)
        for button in self.buttons.buttons():
            if isinstance(button, QPushButton):
                button.setAutoDefault(False)  # Enter belongs to the table

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.buttons)

        context.signals.changed.connect(self._on_changed)
        context.signals.vault_locked.connect(self._on_locked)
        self.refresh()
        self.table.setFocus()

    def _on_changed(self, changes: Changes, _initiator: object) -> None:
        # Any coachee's experiment may become (or stop being) overdue; a rename shows too.
        if changes.touches(Kind.EXPERIMENTS, Kind.COACHEES, Kind.PROFILE):
            self.refresh()

    def refresh(self, *_args: object) -> None:
        """Ask the services again (after a review, or when the day has changed)."""
        if not self._context.is_unlocked:
            return
        today = self._context.today()
        try:
            # The dashboard's rule: paused coachees are not followed up, here either.
            rows = dashboard.followed_up_overdue(self._context.vault, today=today)
        except CoachAppError as exc:
            self.empty_label.setText(exc.message)
            self.empty_label.show()
            return
        self.model.set_rows(rows, today)
        self.empty_label.setVisible(not rows)
        self.open_button.setEnabled(bool(rows))
        if rows:
            self.table.setCurrentIndex(self.model.index(0, 0))

    def open_index(self, index: QModelIndex) -> None:
        """Show the coachee of this row and close."""
        record = self.model.record_for(index)
        if record is None:
            return
        self._context.nav.open_coachee(record.coachee_id)
        self.accept()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter on the table opens the row (and does not also press a dialog button)."""
        if (
            watched is self.table
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self.open_index(self.table.currentIndex())
            return True
        return super().eventFilter(watched, event)

    def _on_locked(self) -> None:
        self.model.clear()
        self.reject()
