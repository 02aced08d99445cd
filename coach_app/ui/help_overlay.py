"""F1: every keyboard shortcut, in a translucent overlay over the main window.

The overlay is a child widget, not a dialog, so it never blocks a lock and disappears with any
key or click (Esc, or F1 again, are the ones it names). Closing gives the keyboard back to
exactly the widget that had it when the overlay opened (a note field keeps its cursor), so the
next key lands where the coach was typing, never in another field or the coachee filter. Its
colours come from the palette (a dimmed window colour behind a panel in the base colour), so it
reads the same in light and dark mode.
"""

from __future__ import annotations

import html
from collections.abc import Sequence

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QColor, QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QApplication, QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from coach_app.ui.session_live import live_shortcuts

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
            translate(
                "HelpOverlay",
                "Close a dialog or this overlay; close a session (a live one: Ctrl+Shift+E)",
            ),
        ),
        (
            translate("HelpOverlay", "Ctrl+Enter"),
            translate("HelpOverlay", "Save a dialog (also from a multi-line field)"),
        ),
        *live_shortcuts(),
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
        footer = QLabel(self.tr("Esc or F1 closes this."))
        footer.setEnabled(False)  # a quiet, theme-aware grey
        box = QVBoxLayout(self.panel)
        box.setContentsMargins(28, 20, 28, 20)
        box.addWidget(title)
        box.addLayout(grid)
        box.addWidget(footer)
        self._return_to: QWidget | None = None
        parent.installEventFilter(self)
        self.hide()

    def open(self) -> None:
        """Cover the parent and take the keyboard; when it is open already, close it (F1)."""
        if self.isVisible():
            self.close_overlay()
            return
        focused = QApplication.focusWidget()
        self._return_to = focused
        self._fit()
        self.show()
        self.raise_()
        self.setFocus()

    def close_overlay(self) -> None:
        """Hide and give the keyboard back to the widget that had it (its cursor unchanged)."""
        self.hide()
        back, self._return_to = self._return_to, None
        # The widget may have been deleted meanwhile (e.g. a lock emptied the session).
        if back is not None and shiboken6.isValid(back) and back.isVisible() and back.isEnabled():
            back.setFocus(Qt.FocusReason.OtherFocusReason)

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

    def event(self, event: QEvent) -> bool:
        """Keys go to the overlay itself, never to a shortcut behind it (the editor's Esc)."""
        if event.type() == QEvent.Type.ShortcutOverride:
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Any key (Esc, F1) closes the overlay; the key goes no further."""
        self.close_overlay()
        event.accept()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        """A click closes the overlay."""
        self.close_overlay()
        event.accept()
