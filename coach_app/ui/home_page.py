"""The pages shown while no coachee is picked: home, and the learning log of everyone.

The home page holds the dashboard of active coachees; a vault with nobody in it gets a welcome
and a "New coachee…" button instead of an empty table, which would only puzzle a newcomer.
The buttons are wired by the window, which owns the actions behind them.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QStackedWidget, QVBoxLayout, QWidget

from coach_app.ui.context import AppContext
from coach_app.ui.dashboard import DashboardWidget
from coach_app.ui.labels import muted_label, plain_label
from coach_app.ui.learning_log import LearningLogWidget


def heading(text: str, scale: float = 1.5) -> QLabel:
    """A page title: plain text, bold, ``scale`` times the normal size."""
    label = plain_label(text, wrap=False)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(True)
    label.setFont(font)
    return label


def _aligned_with(widget: QWidget, layout: QVBoxLayout) -> QVBoxLayout:
    """``layout`` indented like ``widget``'s own contents, so a heading lines up with them."""
    inner = widget.layout()
    if inner is not None:
        margins = inner.contentsMargins()
        layout.setContentsMargins(margins.left(), 0, margins.right(), 0)
    return layout


class HomePage(QStackedWidget):
    """The right side until the coach picks a coachee: the dashboard, or a welcome."""

    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.setAccessibleName(self.tr("Home"))
        self.dashboard = DashboardWidget(context)
        self.log_button = QPushButton(self.tr("Learning log (everyone)"))
        self.log_button.setToolTip(self.tr("What every reviewed experiment taught (Ctrl+Shift+L)"))
        self.board = QWidget()
        head = QHBoxLayout()
        head.addWidget(heading(self.tr("Dashboard")), 1)
        head.addWidget(self.log_button, 0, Qt.AlignmentFlag.AlignBottom)
        board_layout = QVBoxLayout(self.board)
        board_layout.setContentsMargins(0, 8, 0, 0)
        top = QVBoxLayout()
        top.addLayout(head)
        top.addWidget(
            muted_label(
                self.tr(
                    "Every active coachee at a glance, longest without a session first. "
                    "Double-click a row or press Enter to open that coachee."
                )
            )
        )
        board_layout.addLayout(_aligned_with(self.dashboard, top))
        board_layout.addWidget(self.dashboard, 1)

        self.welcome = QWidget()
        self.welcome.setAccessibleName(self.tr("Welcome"))
        self.new_button = QPushButton(self.tr("New coachee…"))
        self.new_button.setAccessibleName(self.tr("New coachee"))
        self.new_button.setToolTip(self.tr("Add the first person you coach (Ctrl+Shift+N)"))
        text = plain_label(
            self.tr(
                "This vault has no coachees yet. Add the first person you coach: their "
                "profile, goals, session notes, agreed experiments and progress all live "
                "here, encrypted on this computer."
            )
        )
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        text.setMinimumWidth(320)
        text.setMaximumWidth(520)
        # Centred by stretches, not by an alignment flag: a wrapped label placed with a flag
        # gets its narrow size hint and a height that clips the last lines.
        text_row = QHBoxLayout()
        text_row.addStretch(1)
        text_row.addWidget(text, 4)
        text_row.addStretch(1)
        title = heading(self.tr("Welcome to Coach Companion"))
        column = QVBoxLayout(self.welcome)
        column.addStretch(2)
        column.addWidget(title, 0, Qt.AlignmentFlag.AlignHCenter)
        column.addSpacing(8)
        column.addLayout(text_row)
        column.addSpacing(16)
        column.addWidget(self.new_button, 0, Qt.AlignmentFlag.AlignHCenter)
        column.addStretch(3)

        self.addWidget(self.board)
        self.addWidget(self.welcome)

    @property
    def is_welcome(self) -> bool:
        """Whether the welcome (no coachees yet) is shown instead of the dashboard."""
        return self.currentWidget() is self.welcome

    def show_board(self, has_coachees: bool) -> None:
        """The dashboard when the vault holds anyone, else the welcome."""
        self.setCurrentWidget(self.board if has_coachees else self.welcome)

    def focus_first(self) -> None:
        """Put the keyboard where the page starts."""
        if self.is_welcome:
            self.new_button.setFocus()
        else:
            self.dashboard.table.setFocus()


class LearningLogPage(QWidget):
    """Go → Learning log: the learnings of every coachee, newest first."""

    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.setAccessibleName(self.tr("Learning log of everyone"))
        self.log = LearningLogWidget(context)
        head = QVBoxLayout()
        head.addWidget(heading(self.tr("Learning log — everyone")))
        head.addWidget(
            muted_label(
                self.tr(
                    "What every reviewed experiment taught, newest first. A coachee's own "
                    "Learning log tab also filters by goal."
                )
            )
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addLayout(_aligned_with(self.log, head))
        layout.addWidget(self.log, 1)
