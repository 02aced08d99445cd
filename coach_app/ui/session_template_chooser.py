"""The compact list of note templates shown before a new session starts.

The templates, their names and one-line hints come from the catalogue
(``coach_app.templates``), in its order. Enter or a double click starts the session with the
selected template (``chosen``), Esc or Cancel goes back (``cancelled``); nothing is created
before the coach chooses. The "in-session mode" box (on unless the coach turned it off, and
always on for Start session, Ctrl+Shift+S) starts the session with the session clock.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coach_app import templates
from coach_app.services import sessions
from coach_app.ui.labels import caption


def session_kind(spec: templates.TemplateSpec) -> str:
    """The kind of session a template starts (stored with the session)."""
    # A group template whose key is also a session kind (intervision, action learning) names
    # the kind; any other group template is a group session; the rest are 1:1s.
    if spec.kind != "group":
        return "one_to_one"
    return spec.key if spec.key in sessions.KIND_LABELS else "group"


class TemplateChooser(QWidget):
    """A list of note templates; Enter starts the session.

    Signals:
        chosen: the key of the template to start with.
        cancelled: the coach went back without a session.
    """

    chosen = Signal(str)
    cancelled = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = QLabel()
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.heading.setFont(font)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Note template"))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setSpacing(3)
        self.list.setMaximumWidth(640)
        self._fill()
        self.list.itemDoubleClicked.connect(lambda _item: self._choose())
        self.list.installEventFilter(self)
        self.live_box = QCheckBox(self.tr("&In-session mode: keep time with the session clock"))
        self.live_box.setChecked(True)
        start = QPushButton(self.tr("&Start session"))
        start.clicked.connect(self._choose)
        cancel = QPushButton(self.tr("Cancel"))
        cancel.clicked.connect(self.cancelled)
        buttons = QHBoxLayout()
        buttons.addWidget(start)
        buttons.addWidget(cancel)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.addWidget(self.heading)
        layout.addWidget(
            caption(self.tr("Choose how to structure the notes. Enter starts, Esc cancels."))
        )
        layout.addWidget(self.list)
        layout.addWidget(self.live_box)
        layout.addLayout(buttons)
        layout.addStretch(1)

    def _fill(self) -> None:
        # Labels are read from the catalogue at each fill, so they are in the language in use.
        self.list.clear()
        for spec in templates.templates():
            item = QListWidgetItem(
                self.tr("{name}  —  {hint}").format(name=spec.label, hint=spec.hint)
            )
            item.setData(Qt.ItemDataRole.UserRole, spec.key)
            self.list.addItem(item)
        rows = self.list.count()
        height = rows * (self.list.sizeHintForRow(0) + 2 * self.list.spacing())
        self.list.setFixedHeight(height + 2 * self.list.frameWidth() + 2)

    @property
    def live(self) -> bool:
        """Whether the session starts in in-session mode (with the clock)."""
        return self.live_box.isChecked()

    def prepare(self, coachee_name: str, default: str, *, live: bool | None = None) -> None:
        """Show the chooser for a coachee with the template ``default`` selected.

        ``live`` sets the in-session box; None keeps it as the coach last left it.
        """
        if live is not None:
            self.live_box.setChecked(live)
        self._fill()
        self.heading.setText(self.tr("New session with {name}").format(name=coachee_name))
        keys = templates.template_keys()
        self.list.setCurrentRow(keys.index(default) if default in keys else 0)
        self.list.setFocus()

    def _choose(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self.chosen.emit(str(item.data(Qt.ItemDataRole.UserRole)))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter on the list starts the session."""
        if (
            watched is self.list
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self._choose()
            return True
        return super().eventFilter(watched, event)
