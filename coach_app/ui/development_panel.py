"""The coach's own supervision and CPD entries on the hours log page: a list, totals, an add dialog.

These are the coach's, never a coachee's. The add dialog holds typed text (the private
reflection), so it registers with ``context.drafts``; it saves through ``context.ops.change``
calling ``development.add_entry`` and shows a refused field inline.
"""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coach_app.errors import CoachAppError
from coach_app.i18n import _
from coach_app.services import development
from coach_app.services.access import OpenVault
from coach_app.services.development import DevelopmentRecord
from coach_app.ui import drafts
from coach_app.ui.context import AppContext
from coach_app.ui.date_range import apply_date_range
from coach_app.ui.errors import save_form
from coach_app.ui.labels import form_error_label, plain_label


class DevelopmentDialog(QDialog):
    """Add a supervision session or CPD activity; ``saved`` holds it."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.saved: DevelopmentRecord | None = None
        self.setWindowTitle(self.tr("Supervision or CPD"))
        self.kind = QComboBox()
        for key, label in development.KIND_LABELS.items():
            self.kind.addItem(_(label), key)
        self.held_on = QDateEdit()
        apply_date_range(self.held_on)
        self.held_on.setCalendarPopup(True)
        self.held_on.setDisplayFormat("yyyy-MM-dd")
        today = context.today()
        self.held_on.setDate(QDate(today.year, today.month, today.day))
        self.hours = QDoubleSpinBox()
        self.hours.setRange(0.25, development.MAX_HOURS)
        self.hours.setSingleStep(0.5)
        self.hours.setValue(1.0)
        self.provider = QLineEdit()
        self.topic = QLineEdit()
        self.reflection = QPlainTextEdit()
        self.reflection.setTabChangesFocus(True)
        self.reflection.setPlaceholderText(self.tr("Private: what you took from it"))
        form = QFormLayout()
        for label, widget in (
            (self.tr("Kind"), self.kind),
            (self.tr("Date"), self.held_on),
            (self.tr("Hours"), self.hours),
            (self.tr("Supervisor or provider"), self.provider),
            (self.tr("Topic"), self.topic),
            (self.tr("Private reflection"), self.reflection),
        ):
            widget.setAccessibleName(label)
            form.addRow(label, widget)
        self.error = form_error_label()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(lambda: save_form(self, context.ops, self.write, self.error))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        context.drafts.hold_dialog(self, "development")

    def _texts(self) -> dict[str, drafts.TextField]:
        return {"provider": self.provider, "topic": self.topic, "reflection": self.reflection}

    def draft_state(self) -> drafts.State | None:
        """The form as typed, for a lock to seal (None once closed)."""
        if not self.isVisible():
            return None
        return {
            "texts": drafts.read_texts(self._texts()),
            "kind": self.kind.currentData(),
            "held_on": self.held_on.date().toString("yyyy-MM-dd"),
            "hours": self.hours.value(),
            **drafts.focus_state(self, self._texts()),
        }

    def restore_draft(self, state: drafts.State) -> None:
        """Show the form as ``draft_state`` kept it."""
        drafts.write_texts(self._texts(), state.get("texts"))
        self.kind.setCurrentIndex(max(0, self.kind.findData(drafts.text(state, "kind"))))
        day = drafts.day(state, "held_on")
        if day is not None:
            self.held_on.setDate(QDate(day.year, day.month, day.day))
        hours = state.get("hours")
        if isinstance(hours, int | float) and not isinstance(hours, bool):
            self.hours.setValue(float(hours))
        drafts.restore_focus(self._texts(), state)

    @classmethod
    def from_draft(
        cls, context: AppContext, state: drafts.State, parent: QWidget | None = None
    ) -> DevelopmentDialog:
        """The dialog again after a lock, as typed."""
        dialog = cls(context, parent)
        dialog.restore_draft(state)
        return dialog

    def write(self, vault: OpenVault) -> DevelopmentRecord:
        """Add the entry (inside ``context.ops.change``)."""
        self.saved = development.add_entry(
            vault,
            kind=self.kind.currentData(),
            held_on=self.held_on.date().toPython(),
            hours=self.hours.value(),
            provider=self.provider.text(),
            topic=self.topic.text(),
            reflection=self.reflection.toPlainText(),
        )
        return self.saved


class DevelopmentPanel(QWidget):
    """Supervision & CPD: totals per year and every entry, newest first."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.add_button = QPushButton(self.tr("Add supervision or CPD…"))
        self.add_button.clicked.connect(self.add_entry)
        self.totals = plain_label("")
        self.totals.setAccessibleName(self.tr("Supervision and CPD per year"))
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Date"),
                self.tr("Kind"),
                self.tr("Hours"),
                self.tr("Provider"),
                self.tr("Topic"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setAccessibleName(self.tr("Supervision and CPD entries"))
        self.table.setMinimumHeight(140)
        top = QHBoxLayout()
        top.addWidget(QLabel(f"<b>{self.tr('Supervision & CPD')}</b>"))
        top.addStretch(1)
        top.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.totals)
        layout.addWidget(self.table)

    def reload(self) -> None:
        """Read the entries and the yearly totals again."""
        try:
            vault = self.context.vault
            entries = development.list_entries(vault)
            totals = development.yearly_totals(vault)
        except CoachAppError:
            self.clear()
            return
        self.totals.setText(
            "\n".join(
                self.tr("{year}: {sup} h supervision, {cpd} h CPD").format(
                    year=t.year, sup=f"{t.supervision_hours:g}", cpd=f"{t.cpd_hours:g}"
                )
                for t in totals
            )
            or self.tr("No supervision or CPD recorded yet.")
        )
        self.table.setRowCount(len(entries))
        for r, e in enumerate(entries):
            cells = [
                e.held_on.isoformat(),
                _(development.KIND_LABELS.get(e.kind, e.kind)),
                f"{e.hours:g}",
                e.provider,
                e.topic,
            ]
            for c, text in enumerate(cells):
                self.table.setItem(r, c, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setStretchLastSection(True)

    def add_entry(self) -> DevelopmentDialog | None:
        """Add supervision or CPD…: the dialog; the list reloads once saved."""
        if not self.context.is_unlocked:
            return None
        dialog = DevelopmentDialog(self.context, self)
        dialog.accepted.connect(self.reload)
        dialog.open()
        return dialog

    def clear(self) -> None:
        """Forget every entry shown (at a lock)."""
        self.table.setRowCount(0)
        self.totals.clear()
