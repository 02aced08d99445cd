"""F1: every keyboard shortcut, in a translucent overlay over the main window.

The overlay is a child widget, not a dialog, so it never blocks a lock and disappears with any
key or click. Its colours come from the palette (a dimmed window colour behind a panel in the
base colour), so it reads the same in light and dark mode.
"""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QColor, QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

Shortcut = tuple[str, str]  # (keys as the platform writes them, what they do)


def extra_shortcuts() -> tuple[Shortcut, ...]:
    """Keys that work everywhere without a menu entry of their own, in the current language."""
    translate = QCoreApplication.translate
    return (
        (
            translate("HelpOverlay", "Tab / Shift+Tab"),
            translate("HelpOverlay", "Move between fields and lists"),
        ),
        (
            translate("HelpOverlay", "Enter"),
            translate(
                "HelpOverlay",
                "Open the selected coachee (list or dashboard), session or search result",
            ),
        ),
        (
            translate("HelpOverlay", "Alt+O / I / X / P / L"),
            translate(
                "HelpOverlay",
                "Coachee tabs: Overview, Sessions, Experiments, Progress, Learning log",
            ),
        ),
        (
            translate("HelpOverlay", "Space"),
            translate("HelpOverlay", "Open a button's menu, e.g. Add assessment"),
        ),
        (
            translate("HelpOverlay", "Esc"),
            translate("HelpOverlay", "Close a dialog or this overlay"),
        ),
    )


class HelpOverlay(QWidget):
    """A translucent layer listing ``shortcuts``; any key or click closes it."""

    def __init__(self, parent: QWidget, shortcuts: Sequence[Shortcut]) -> None:
        super().__init__(parent)
        self.setObjectName("helpOverlay")
        self.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.panel = QFrame(self)
        self.panel.setAutoFillBackground(True)
        self.panel.setBackgroundRole(QPalette.ColorRole.Base)
        self.panel.setFrameShape(QFrame.Shape.StyledPanel)
        grid = QGridLayout()
        grid.setHorizontalSpacing(24)
        grid.setVerticalSpacing(6)
        title = QLabel(f"<b>{html.escape(self.tr('Keyboard shortcuts'))}</b>")
        self.rows: list[Shortcut] = list(shortcuts)
        for row, (keys, what) in enumerate(self.rows):
            key_label = QLabel(f"<b>{html.escape(keys)}</b>")
            key_label.setTextFormat(Qt.TextFormat.RichText)
            grid.addWidget(key_label, row, 0, Qt.AlignmentFlag.AlignRight)
            what_label = QLabel(what)
            what_label.setTextFormat(Qt.TextFormat.PlainText)
            grid.addWidget(what_label, row, 1)
        footer = QLabel(self.tr("Press any key to close."))
        footer.setEnabled(False)  # a quiet, theme-aware grey
        box = QVBoxLayout(self.panel)
        box.setContentsMargins(28, 20, 28, 20)
        box.addWidget(title)
        box.addLayout(grid)
        box.addWidget(footer)
        parent.installEventFilter(self)
        self.hide()

    def open(self) -> None:
        """Cover the parent and take the keyboard."""
        self._fit()
        self.show()
        self.raise_()
        self.setFocus()

    def _fit(self) -> None:
        parent = self.parentWidget()
        if parent is None:  # pragma: no cover - built with a parent, which owns it
            return
        self.setGeometry(parent.rect())
        hint = self.panel.sizeHint()
        self.panel.resize(hint)
        self.panel.move((self.width() - hint.width()) // 2, (self.height() - hint.height()) // 2)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Follow the parent's size."""
        if watched is self.parentWidget() and event.type() == QEvent.Type.Resize:
            self._fit()
        return False

    def paintEvent(self, event: QPaintEvent) -> None:
        """Dim what is behind, in the palette's own window colour."""
        painter = QPainter(self)
        shade = QColor(self.palette().color(QPalette.ColorRole.Window))
        shade.setAlpha(215)
        painter.fillRect(self.rect(), shade)
        painter.end()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Any key closes the overlay."""
        self.hide()
        event.accept()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        """A click closes the overlay."""
        self.hide()
        event.accept()
