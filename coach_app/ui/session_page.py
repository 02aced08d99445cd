"""The page of an open session: the header line and the two scrolling halves.

The header holds the coachee's name (big), the date, duration, kind and template, the save
state and "Done"; below a rule, a splitter holds the writing form on the left and the side
panel on the right, each in its own scroll area. The page only lays out what the editor hands
it (``show_parts``) and says what it is told (``set_status``).
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from coach_app import templates
from coach_app.errors import CoachAppError
from coach_app.i18n import _
from coach_app.services import sessions
from coach_app.services.records import SessionRecord
from coach_app.ui.labels import plain_label, set_tone


def session_when(moment: datetime) -> str:
    """A session's start as the editor shows it: "Tue 4 Mar 2025, 14:00"."""
    return f"{moment:%a} {moment.day} {moment:%b %Y, %H:%M}"


def meta_text(record: SessionRecord) -> str:
    """The header's second line: when, how long, what kind, which template."""
    try:
        template = templates.template(record.template).label
    except CoachAppError:  # a template no longer in the catalogue: its key still says which
        template = record.template
    return QCoreApplication.translate(
        "SessionPage", "{when} · {minutes} min · {kind} · {template}"
    ).format(
        when=session_when(record.started_at),
        minutes=record.duration_minutes,
        kind=_(sessions.KIND_LABELS.get(record.kind, record.kind)),
        template=template,
    )


class SessionPage(QWidget):
    """Header plus form and side panel of the open session."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name_label = plain_label(wrap=False)
        font = self.name_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.name_label.setFont(font)
        self.name_label.setAccessibleName(self.tr("Coachee"))
        self.meta_label = plain_label(wrap=False, tone="muted")
        self.meta_label.setAccessibleName(self.tr("Session date, duration and kind"))
        self.status_label = plain_label(wrap=True)
        self.status_label.setAccessibleName(self.tr("Save state"))
        self.status_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.status_label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.done_button = QPushButton(self.tr("Done"))
        self.done_button.setToolTip(self.tr("Save and close the session (Esc)"))

        titles = QVBoxLayout()
        titles.setSpacing(2)
        titles.addWidget(self.name_label)
        titles.addWidget(self.meta_label)
        header = QHBoxLayout()
        header.addLayout(titles)
        header.addWidget(self.status_label, 1)
        header.addWidget(self.done_button)

        self.form_scroll = QScrollArea()
        self.form_scroll.setWidgetResizable(True)
        self.form_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.side_scroll = QScrollArea()
        self.side_scroll.setWidgetResizable(True)
        self.side_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.side_scroll.setMinimumWidth(280)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.form_scroll)
        splitter.addWidget(self.side_scroll)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([700, 330])

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 8)
        layout.addLayout(header)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        layout.addWidget(line)
        layout.addWidget(splitter, 1)

    def show_parts(self, name: str, meta: str, form: QWidget, side: QWidget) -> None:
        """Show a session: its header texts, its form and its side panel."""
        self.name_label.setText(name)
        self.meta_label.setText(meta)
        _replace(self.form_scroll, form)
        _replace(self.side_scroll, side)

    def clear(self) -> None:
        """Drop every widget and text of the session (nothing of the coachee stays)."""
        _replace(self.form_scroll, None)
        _replace(self.side_scroll, None)
        self.name_label.clear()
        self.meta_label.clear()
        self.status_label.clear()

    def set_status(self, text: str, tone: str) -> None:
        """The save-state line: its text and tone (``muted`` or ``error``)."""
        self.status_label.setText(text)
        set_tone(self.status_label, tone)


def _replace(scroll: QScrollArea, widget: QWidget | None) -> None:
    old = scroll.takeWidget()
    if old is not None:
        old.hide()  # out of sight now; deleted when the event loop gets to it
        old.deleteLater()
    if widget is not None:
        scroll.setWidget(widget)
