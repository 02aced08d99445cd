"""Dialogs about one coachee: the profile, a goal with its GAS levels, the erase confirmation.

The profile and goal dialogs save through the services themselves when the coach presses Save,
so a ``ValidationError`` is shown inline next to the form (and the field it names gets the
focus) while everything typed stays. After a save they announce the change on the signal hub.
The erase dialog only confirms; the main window erases.
"""

from __future__ import annotations

import html
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from coach_app.errors import ValidationError
from coach_app.services import coachees
from coach_app.services.records import CoacheeProfile, GoalRecord
from coach_app.ui.context import AppContext
from coach_app.ui.models import overdue_color

COACHEE_STATUS_NAMES = {
    "active": "Active",
    "paused": "Paused",
    "completed": "Completed",
    "archived": "Archived",
}

# Goal Attainment Scaling: what each level means (Kiresuk & Sherman; INSTRUMENTS.md).
GAS_MEANINGS = (
    ("-2", "−2", "much less than expected"),
    ("-1", "−1", "somewhat less than expected"),
    ("0", "0", "the expected level"),
    ("1", "+1", "somewhat more than expected"),
    ("2", "+2", "much more than expected"),
)


class OptionalDateEdit(QWidget):
    """A date that may be left unset: a check box switches the date field on."""

    def __init__(self, label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.enabled = QCheckBox()
        self.enabled.setAccessibleName(f"{label} is set")
        self.edit = QDateEdit()
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat("yyyy-MM-dd")
        self.edit.setAccessibleName(label)
        self.edit.setDate(QDate.currentDate())
        self.edit.setEnabled(False)
        self.enabled.toggled.connect(self.edit.setEnabled)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.enabled)
        layout.addWidget(self.edit, 1)
        self.setFocusProxy(self.enabled)

    def set_value(self, value: date | None) -> None:
        """Show ``value`` (None leaves the date unset)."""
        self.enabled.setChecked(value is not None)
        if value is not None:
            self.edit.setDate(QDate(value.year, value.month, value.day))

    def value(self) -> date | None:
        """The date, or None if unset."""
        if not self.enabled.isChecked():
            return None
        qd = self.edit.date()
        return date(qd.year(), qd.month(), qd.day())


def _error_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setAccessibleName("Problem with the form")
    palette = label.palette()
    palette.setColor(label.foregroundRole(), overdue_color(palette))
    label.setPalette(palette)
    label.hide()
    return label


class _FormDialog(QDialog):
    """A dialog with a form, an inline error line and Save / Cancel."""

    def __init__(self, context: AppContext, title: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.error = _error_label()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self._fields_by_label: dict[str, QWidget] = {}

    def _add(self, label: str, widget: QWidget, *, error_label: str | None = None) -> None:
        widget.setAccessibleName(widget.accessibleName() or label.rstrip(" *"))
        self.form.addRow(label, widget)
        self._fields_by_label[error_label or label.rstrip(" *")] = widget

    def show_problem(self, message: str) -> None:
        """Show ``message`` inline and focus the field it names (messages start with it)."""
        self.error.setText(message)
        self.error.show()
        for label, widget in sorted(self._fields_by_label.items(), key=lambda kv: -len(kv[0])):
            if message.startswith(label):
                widget.setFocus()
                break

    def _save(self) -> None:
        try:
            self.save()
        except ValidationError as exc:
            self.show_problem(exc.message)
            return
        self.accept()

    def save(self) -> None:  # pragma: no cover - every subclass overrides it
        """Write through the services; raise ``ValidationError`` to stay open."""
        raise NotImplementedError


class ProfileDialog(_FormDialog):
    """Create a coachee (``profile=None``) or edit one; ``saved`` holds the result."""

    def __init__(
        self,
        context: AppContext,
        profile: CoacheeProfile | None = None,
        parent: QWidget | None = None,
    ) -> None:
        title = "New coachee" if profile is None else f"Edit profile — {profile.name}"
        super().__init__(context, title, parent)
        self.profile = profile
        self.saved: CoacheeProfile | None = None
        self.name = QLineEdit()
        self.name.setPlaceholderText("Full name")
        self.role = QLineEdit()
        self.organisation = QLineEdit()
        self.team = QLineEdit()
        self.email = QLineEdit()
        self.email.setPlaceholderText("name@example.org")
        self.programme = QLineEdit()
        self.started_on = OptionalDateEdit("Started on")
        self.status = QComboBox()
        for key, label in COACHEE_STATUS_NAMES.items():
            self.status.addItem(label, key)
        self.focus = QPlainTextEdit()
        self.focus.setTabChangesFocus(True)
        self.focus.setPlaceholderText("What the coaching is about, in the coachee's words")
        self.focus.setMinimumHeight(60)
        self.focus.setMaximumHeight(110)
        self.tags = QLineEdit()
        self.tags.setPlaceholderText("Comma-separated, e.g. leadership, new role")
        self.consent = OptionalDateEdit("Consent recorded on")

        self._add("Name *", self.name)
        self._add("Role", self.role)
        self._add("Organisation", self.organisation)
        self._add("Team", self.team)
        self._add("E-mail", self.email)
        self._add("Programme", self.programme)
        self._add("Started on", self.started_on)
        self._add("Status", self.status)
        self._add("Focus", self.focus)
        self._add("Tags", self.tags)
        self._add("Consent recorded on", self.consent, error_label="Consent date")
        self.setMinimumWidth(480)
        if profile is not None:
            self._fill(profile)
        else:
            self.started_on.set_value(context.today())
        self.name.setFocus()

    def _fill(self, p: CoacheeProfile) -> None:
        self.name.setText(p.name)
        self.role.setText(p.role)
        self.organisation.setText(p.organisation)
        self.team.setText(p.team)
        self.email.setText(p.email)
        self.programme.setText(p.programme)
        self.started_on.set_value(p.started_on)
        self.status.setCurrentIndex(max(0, self.status.findData(p.status)))
        self.focus.setPlainText(p.focus)
        self.tags.setText(", ".join(p.tags))
        self.consent.set_value(p.consent_recorded_on)

    def fields(self) -> dict[str, Any]:
        """The form as service keyword arguments."""
        return {
            "name": self.name.text(),
            "role": self.role.text(),
            "organisation": self.organisation.text(),
            "team": self.team.text(),
            "email": self.email.text(),
            "programme": self.programme.text(),
            "started_on": self.started_on.value(),
            "status": self.status.currentData(),
            "focus": self.focus.toPlainText(),
            "tags": self.tags.text(),
            "consent_recorded_on": self.consent.value(),
        }

    def save(self) -> None:
        """Create or update the coachee, then tell every view."""
        vault = self.context.vault
        if self.profile is None:
            self.saved = coachees.create_coachee(vault, **self.fields())
        else:
            self.saved = coachees.update_coachee(vault, self.profile.id, **self.fields())
        signals = self.context.signals
        signals.coachees_changed.emit()
        signals.coachee_changed.emit(self.saved.id)


class GoalDialog(_FormDialog):
    """Add a goal (``goal=None``) or edit one, with its weight and five GAS level descriptions."""

    def __init__(
        self,
        context: AppContext,
        coachee_id: str,
        goal: GoalRecord | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(context, "Add goal" if goal is None else "Edit goal", parent)
        self.coachee_id = coachee_id
        self.goal = goal
        self.saved: GoalRecord | None = None
        self.title = QLineEdit()
        self.title.setPlaceholderText("What the coachee wants to achieve")
        self.description = QPlainTextEdit()
        self.description.setTabChangesFocus(True)
        self.description.setMaximumHeight(90)
        self.weight = QSpinBox()
        self.weight.setRange(1, 4)
        self.weight.setValue(1)
        self.weight.setToolTip("How much this goal counts in the GAS score: 1 (least) to 4")
        self._add("Title *", self.title, error_label="Goal title")
        self._add("Description", self.description, error_label="Goal description")
        self._add("Weight (1–4)", self.weight, error_label="Goal weight")
        intro = QLabel(
            "Goal Attainment Scaling: describe what each level would look like, in observable "
            "terms. 0 is the outcome you both expect."
        )
        intro.setWordWrap(True)
        self.form.addRow(intro)
        self.levels: dict[str, QPlainTextEdit] = {}
        for key, sign, meaning in GAS_MEANINGS:
            edit = QPlainTextEdit()
            edit.setTabChangesFocus(True)
            edit.setMaximumHeight(56)
            edit.setAccessibleName(f"Level {sign}: {meaning}")
            self.levels[key] = edit
            self._add(f"{sign}  {meaning}", edit, error_label=f"Level {key}")
        self.setMinimumWidth(560)
        if goal is not None:
            self.title.setText(goal.title)
            self.description.setPlainText(goal.description)
            self.weight.setValue(goal.weight)
            for key, edit in self.levels.items():
                edit.setPlainText(goal.gas_levels.get(key, ""))
        self.title.setFocus()

    def fields(self) -> dict[str, Any]:
        """The form as service keyword arguments."""
        return {
            "title": self.title.text(),
            "description": self.description.toPlainText(),
            "weight": self.weight.value(),
            "gas_levels": {key: edit.toPlainText() for key, edit in self.levels.items()},
        }

    def save(self) -> None:
        """Create or update the goal, then tell every view."""
        vault = self.context.vault
        if self.goal is None:
            self.saved = coachees.create_goal(vault, self.coachee_id, **self.fields())
        else:
            self.saved = coachees.update_goal(vault, self.goal.id, **self.fields())
        self.context.signals.coachee_changed.emit(self.coachee_id)


class EraseDialog(QDialog):
    """Confirm erasing a coachee for good by typing their name."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self.setWindowTitle("Erase coachee")
        self.setAccessibleName("Erase coachee")
        text = QLabel(
            f"This deletes everything about <b>{html.escape(name)}</b> from this vault: profile, "
            "goals, every session note, experiments and measurements. It cannot be undone; "
            "older backups still hold them, and the erasure is applied again if one is "
            "restored.<br><br>Type the name to confirm:"
        )
        text.setWordWrap(True)
        text.setTextFormat(Qt.TextFormat.RichText)
        self.typed = QLineEdit()
        self.typed.setAccessibleName("Type the coachee's name to confirm")
        self.typed.setPlaceholderText(name)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.erase_button = self.buttons.addButton(
            "Erase for good", QDialogButtonBox.ButtonRole.DestructiveRole
        )
        self.erase_button.setEnabled(False)
        self.erase_button.clicked.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.typed.textChanged.connect(self._update)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.typed)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(440)
        self.typed.setFocus()

    def _update(self) -> None:
        self.erase_button.setEnabled(self.matches())

    def matches(self) -> bool:
        """Whether the typed name is the coachee's (spaces around it ignored)."""
        return " ".join(self.typed.text().split()) == " ".join(self.name.split())

    def accept(self) -> None:
        """Close only when the name was typed."""
        if self.matches():
            super().accept()
