"""The coachee list on the left of the workspace: filter as you type, status filter, the list.

The list comes from ``services.coachees.list_coachees`` (most recent session first) and is
filtered in place by ``CoacheeFilterProxy`` while the coach types. Selecting a row calls the
``on_select`` callback the window passes in; the panel itself opens nothing.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from coach_app.services import coachees
from coach_app.ui.context import AppContext
from coach_app.ui.labels import counted
from coach_app.ui.models import ID_ROLE, CoacheeFilterProxy, CoacheeListModel

# The statuses behind each entry of the status filter, in the order shown (None = all).
STATUS_FILTERS: tuple[tuple[str, ...] | None, ...] = (
    ("active",),
    ("paused",),
    ("completed",),
    ("archived",),
    None,
)


def record_view(name: str) -> QTreeView:
    """A read-only list of records: one row selected at a time, whole rows, no tree lines."""
    view = QTreeView()
    view.setAccessibleName(name)
    view.setRootIsDecorated(False)
    view.setUniformRowHeights(True)  # lets long lists scroll without measuring every row
    view.setAlternatingRowColors(True)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAllColumnsShowFocus(True)
    return view


class CoacheeListPanel(QWidget):
    """Filter box, status filter and the coachee list; tells who is selected."""

    def __init__(self, context: AppContext, on_select: Callable[[str | None], None]) -> None:
        super().__init__()
        self.context = context
        self._on_select = on_select
        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(self.tr("Filter coachees (Ctrl+F)"))
        self.filter_edit.setAccessibleName(self.tr("Filter coachees"))
        self.filter_edit.setClearButtonEnabled(True)
        self.status_combo = QComboBox()
        self.status_combo.setAccessibleName(self.tr("Show coachees with status"))
        labels = (
            self.tr("Active"),
            self.tr("Paused"),
            self.tr("Completed"),
            self.tr("Archived"),
            self.tr("All"),
        )
        for label, statuses in zip(labels, STATUS_FILTERS, strict=True):
            self.status_combo.addItem(label, statuses)
        self.model = CoacheeListModel(self)
        self.proxy = CoacheeFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.view = record_view(self.tr("Coachees"))
        self.view.setModel(self.proxy)
        header = self.view.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.count_label = QLabel()
        self.count_label.setEnabled(False)  # quiet, theme-aware grey
        self.new_button = QPushButton(self.tr("New coachee…"))
        self.new_button.setAccessibleName(self.tr("New coachee"))

        top = QHBoxLayout()
        top.addWidget(self.filter_edit, 1)
        top.addWidget(self.status_combo)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label, 1)
        bottom.addWidget(self.new_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 4, 8)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addLayout(bottom)

        self.filter_edit.textChanged.connect(self._filter_changed)
        self.filter_edit.returnPressed.connect(self._focus_list)
        # Down from the filter goes into the list too, as Enter does: type, then arrow down.
        self.filter_edit.installEventFilter(self)
        self.status_combo.currentIndexChanged.connect(lambda _i: self.reload())
        self.view.selectionModel().currentRowChanged.connect(self._current_changed)
        self.setTabOrder(self.filter_edit, self.status_combo)
        self.setTabOrder(self.status_combo, self.view)
        self.setTabOrder(self.view, self.new_button)

    def statuses(self) -> tuple[str, ...] | None:
        """The statuses the list shows (None = all)."""
        return STATUS_FILTERS[max(0, self.status_combo.currentIndex())]

    def reload(self, keep: str | None = None) -> None:
        """Ask the services for the list again, keeping the selected coachee if still shown."""
        keep = keep if keep is not None else self.current_id()
        today = self.context.today()
        rows = coachees.list_coachees(self.context.vault, statuses=self.statuses(), today=today)
        self.model.set_rows(rows, today)
        self._update_count()
        if keep and self.select(keep, notify=False):
            return
        if self.current_id() != keep:
            self._on_select(self.current_id())

    def clear(self) -> None:
        """Forget every coachee (on lock); the filter text goes too."""
        self.filter_edit.blockSignals(True)
        self.filter_edit.clear()
        self.filter_edit.blockSignals(False)
        self.proxy.set_text("")
        self.model.clear()
        self.count_label.clear()

    def current_id(self) -> str | None:
        """The selected coachee's id."""
        return _id_of(self.view.currentIndex())

    def select(self, coachee_id: str, *, notify: bool = True) -> bool:
        """Select ``coachee_id`` if the list shows it."""
        row = self.model.row_of(coachee_id)
        if row < 0:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            return False
        selection = self.view.selectionModel()
        if not notify:
            selection.blockSignals(True)
        try:
            selection.setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
        finally:
            selection.blockSignals(False)
        self.view.scrollTo(index)
        return True

    def clear_selection(self) -> None:
        """Select nobody (the dashboard or everyone's learning log is shown instead)."""
        self.view.selectionModel().clear()

    def reveal(self, coachee_id: str) -> bool:
        """Select ``coachee_id``, widening the filters if they hide them."""
        if self.select(coachee_id):
            return True
        self.filter_edit.clear()
        if self.select(coachee_id):
            return True
        self.status_combo.setCurrentIndex(len(STATUS_FILTERS) - 1)  # "All" reloads
        return self.select(coachee_id)

    def _filter_changed(self, text: str) -> None:
        current = self.current_id()
        self.proxy.set_text(text)
        self._update_count()
        if current and not self.select(current, notify=False) and self.current_id() != current:
            self._on_select(self.current_id())

    def _update_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        if shown == total:
            text = self.tr("%n coachee(s)", "", total)
        else:
            text = self.tr("{shown} of %n coachee(s)", "", total).format(shown=shown)
        self.count_label.setText(counted(text, total))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Down in the filter box moves into the list (its first row if none is current)."""
        if (
            watched is self.filter_edit
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Down
            and not event.modifiers()
            and self.proxy.rowCount()
        ):
            self._focus_list()
            return True
        return super().eventFilter(watched, event)

    def _focus_list(self) -> None:
        if self.proxy.rowCount():
            if not self.view.currentIndex().isValid():
                self.view.setCurrentIndex(self.proxy.index(0, 0))
            self.view.setFocus()

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._on_select(_id_of(current))


def _id_of(index: QModelIndex) -> str | None:
    """The record id of a row, if the index points at one."""
    if not index.isValid():
        return None
    value = index.data(ID_ROLE)
    return str(value) if value else None
