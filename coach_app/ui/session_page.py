"""The page of an open session: the header line and the two scrolling halves.

The header holds the coachee's name (big), the date, duration, kind and template, the save
state and "Done"; under it a row edits the session's date, start time and length (hidden in a
live session, where the clock bar takes its place: ``set_live``). Below a rule, a splitter
holds the writing form on the left and the side panel on the right, each in its own scroll
area; the side panel can be collapsed (F9). The page only lays out what the editor hands it
(``show_parts``) and says what it is told (``set_status``).
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from coach_app import templates
from coach_app.errors import CoachAppError
from coach_app.i18n import _
from coach_app.services import sessions, validation
from coach_app.services.records import SessionRecord
from coach_app.ui.date_range import apply_date_range
from coach_app.ui.fitting_scroll import FittingScrollArea
from coach_app.ui.labels import plain_label, set_tone
from coach_app.ui.session_clock_bar import SessionClockBar


def session_when(moment: datetime) -> str:
    """A session's start as the editor shows it: "Tue 4 Mar 2025, 14:00".

    In the locale's words: "mar. 4 mars 2025, 14:00" in French.
    """
    shown = QDateTime(
        QDate(moment.year, moment.month, moment.day), QTime(moment.hour, moment.minute)
    )
    return QLocale().toString(shown, "ddd d MMM yyyy, HH:mm")


def meta_text(record: SessionRecord) -> str:
    """The header's second line: when, how long, what kind, which template."""
    try:
        template = templates.template(record.template).label
    except CoachAppError:  # a template no longer in the catalogue: its key still says which
        template = record.template
    kind = _(sessions.KIND_LABELS.get(record.kind, record.kind))
    when = session_when(record.started_at)
    if kind.casefold() == template.casefold():
        # An action-learning set on its own template: its name once, not twice.
        return QCoreApplication.translate("SessionPage", "{when} · {minutes} min · {kind}").format(
            when=when, minutes=record.duration_minutes, kind=kind
        )
    return QCoreApplication.translate(
        "SessionPage", "{when} · {minutes} min · {kind} · {template}"
    ).format(when=when, minutes=record.duration_minutes, kind=kind, template=template)


ISO_MINUTES = "yyyy-MM-dd'T'HH:mm"  # Qt's spelling of 2025-03-04T14:00


class SessionPage(QWidget):
    """Header plus form and side panel of the open session.

    Signals:
        when_changed: the coach edited the date and time (``"started_at"``) or the length
            (``"duration_minutes"``); ``when_value`` reads it.
    """

    when_changed = Signal(str)

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

        self.side_button = QPushButton(self.tr("Side panel"))
        self.side_button.setCheckable(True)
        self.side_button.setChecked(True)
        self.side_button.setToolTip(self.tr("Show or hide the side panel (F9)"))
        self.side_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.side_button.toggled.connect(self._side_toggled)

        titles = QVBoxLayout()
        titles.setSpacing(2)
        titles.addWidget(self.name_label)
        titles.addWidget(self.meta_label)
        header = QHBoxLayout()
        header.addLayout(titles)
        header.addWidget(self.status_label, 1)
        header.addWidget(self.side_button)
        header.addWidget(self.done_button)
        self.when_row = self._when_row()
        self.clock_bar = SessionClockBar()
        self.clock_bar.hide()

        self.form_scroll = QScrollArea()
        self.form_scroll.setWidgetResizable(True)
        self.form_scroll.setFrameShape(QFrame.Shape.NoFrame)
        # As wide as the panel's buttons ask, in any language (280 px at the least).
        self.side_scroll = FittingScrollArea(floor=280)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.form_scroll)
        splitter.addWidget(self.side_scroll)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([700, 330])
        self.splitter = splitter

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 8)
        layout.addLayout(header)
        layout.addWidget(self.when_row)
        layout.addWidget(self.clock_bar)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        layout.addWidget(line)
        layout.addWidget(splitter, 1)

    def _when_row(self) -> QWidget:
        row = QWidget()
        self.when_edit = QDateTimeEdit()
        apply_date_range(self.when_edit)
        self.when_edit.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.when_edit.setCalendarPopup(True)
        self.when_edit.setAccessibleName(self.tr("Session date and start time"))
        self.when_edit.dateTimeChanged.connect(lambda _v: self._when_edited("started_at"))
        self.minutes_box = QSpinBox()
        self.minutes_box.setRange(*validation.SESSION_MINUTES)
        self.minutes_box.setSingleStep(5)
        self.minutes_box.setSuffix(self.tr(" min"))
        self.minutes_box.setAccessibleName(self.tr("Session length, minutes"))
        self.minutes_box.valueChanged.connect(lambda _v: self._when_edited("duration_minutes"))
        # For the hours log: paid or pro bono, or as the coachee's profile says.
        self.paid_box = QComboBox()
        for choice, value in (
            (self.tr("As the coachee's default"), None),
            (self.tr("Paid"), True),
            (self.tr("Pro bono"), False),
        ):
            self.paid_box.addItem(choice, value)
        self.paid_box.setAccessibleName(self.tr("Paid or pro bono, for the hours log"))
        self.paid_box.currentIndexChanged.connect(lambda _i: self._when_edited("paid"))
        box = QHBoxLayout(row)
        box.setContentsMargins(0, 0, 0, 0)
        for text, widget in (
            (self.tr("&When"), self.when_edit),
            (self.tr("&Length"), self.minutes_box),
            (self.tr("&Billing"), self.paid_box),
        ):
            label = QLabel(text)  # our own words: the mnemonic focuses the field
            label.setBuddy(widget)
            box.addWidget(label)
            box.addWidget(widget)
        box.addStretch(1)
        self._filling = False
        return row

    def _when_edited(self, key: str) -> None:
        if not self._filling:
            self.when_changed.emit(key)

    def when_value(self, key: str) -> object:
        """What the date/length row holds for ``started_at`` or ``duration_minutes``.

        The start is ISO text: a lock's draft keeps it as JSON, and the service reads it.
        """
        if key == "started_at":
            return self.when_edit.dateTime().toString(ISO_MINUTES)
        if key == "duration_minutes":
            return self.minutes_box.value()
        if key == "paid":
            paid: bool | None = self.paid_box.currentData()
            return paid
        raise KeyError(key)

    def set_when_value(self, key: str, value: object) -> None:
        """Put back what ``when_value`` returned (after a lock); reported as an edit."""
        if key == "started_at" and isinstance(value, str):
            moment = QDateTime.fromString(value, ISO_MINUTES)
            if moment.isValid():
                self.when_edit.setDateTime(moment)
        elif key == "duration_minutes" and isinstance(value, int):
            self.minutes_box.setValue(value)
        elif key == "paid" and (value is None or isinstance(value, bool)):
            self.paid_box.setCurrentIndex(max(0, self.paid_box.findData(value)))
        else:
            raise KeyError(key)

    def show_when(self, started_at: datetime, minutes: int, paid: bool | None = None) -> None:
        """Fill the date/length row (without reporting it as an edit)."""
        self._filling = True
        try:
            day = QDate(started_at.year, started_at.month, started_at.day)
            self.when_edit.setDateTime(QDateTime(day, QTime(started_at.hour, started_at.minute)))
            self.minutes_box.setValue(minutes)
            self.paid_box.setCurrentIndex(max(0, self.paid_box.findData(paid)))
        finally:
            self._filling = False

    def set_live(self, live: bool) -> None:
        """A live session shows the clock bar instead of the date/length row."""
        self.clock_bar.setVisible(live)
        self.when_row.setVisible(not live)
        if not live:
            self.clock_bar.stop()

    @property
    def side_shown(self) -> bool:
        """Whether the side panel is shown (not collapsed)."""
        return self.side_button.isChecked()

    def set_side_shown(self, shown: bool) -> None:
        """Show or collapse the side panel."""
        self.side_button.setChecked(shown)

    def _side_toggled(self, shown: bool) -> None:
        self.side_scroll.setVisible(shown)

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
        self.set_live(False)
        self.show_when(datetime(2000, 1, 1), 0)  # nothing of the session's date stays

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
