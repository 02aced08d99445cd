"""Dialogs about one coachee: the profile, a goal with its GAS levels, the erase confirmation.

The profile and goal dialogs save through ``context.ops.change`` when the coach presses Save,
so a ``ValidationError`` is shown inline next to the form (and the field it names gets the
focus) while everything typed stays. The vault records what the save changed and ``ops``
tells every view; the dialogs announce nothing themselves. The erase dialog only confirms;
the main window erases.

A lock never saves a half-filled profile or goal (its Save was not pressed): the form is
sealed with the lock (``draft_state``, ``ui/drafts.py``) and comes back, typed text and
cursor included, after unlock (``from_draft``).
"""

from __future__ import annotations

import html
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, Qt
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

from coach_app.errors import NotFound
from coach_app.i18n import _
from coach_app.services import coachees, hours
from coach_app.services.access import OpenVault
from coach_app.services.records import CoacheeProfile, GoalRecord
from coach_app.ui import drafts
from coach_app.ui.client_details_box import ClientDetailsBox
from coach_app.ui.context import AppContext
from coach_app.ui.date_range import apply_date_range
from coach_app.ui.errors import save_form
from coach_app.ui.labels import form_error_label

# The English sources of the status names; what is shown is ``coachee_status_names()``.
COACHEE_STATUS_NAMES = {
    "active": "Active",
    "paused": "Paused",
    "completed": "Completed",
    "archived": "Archived",
}

# Goal Attainment Scaling: what each level means (Kiresuk & Sherman; docs/instruments.md).
# English sources; what is shown is ``gas_meanings()``.
GAS_MEANINGS = (
    ("-2", "−2", "much less than expected"),
    ("-1", "−1", "somewhat less than expected"),
    ("0", "0", "the expected level"),
    ("1", "+1", "somewhat more than expected"),
    ("2", "+2", "much more than expected"),
)


def coachee_status_names() -> dict[str, str]:
    """Coachee status -> its name in the current language."""
    return {
        "active": QCoreApplication.translate("CoacheeStatus", "Active"),
        "paused": QCoreApplication.translate("CoacheeStatus", "Paused"),
        "completed": QCoreApplication.translate("CoacheeStatus", "Completed"),
        "archived": QCoreApplication.translate("CoacheeStatus", "Archived"),
    }


def gas_meanings() -> tuple[tuple[str, str, str], ...]:
    """(stored key, sign as shown, what the level means) per GAS level, in the current language."""
    return (
        ("-2", "−2", QCoreApplication.translate("GoalAttainment", "much less than expected")),
        ("-1", "−1", QCoreApplication.translate("GoalAttainment", "somewhat less than expected")),
        ("0", "0", QCoreApplication.translate("GoalAttainment", "the expected level")),
        ("1", "+1", QCoreApplication.translate("GoalAttainment", "somewhat more than expected")),
        ("2", "+2", QCoreApplication.translate("GoalAttainment", "much more than expected")),
    )


class OptionalDateEdit(QWidget):
    """A date that may be left unset: a check box switches the date field on."""

    def __init__(self, label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.enabled = QCheckBox()
        self.enabled.setAccessibleName(self.tr("{label} is set").format(label=label))
        self.edit = QDateEdit()
        apply_date_range(self.edit)
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


class _FormDialog(QDialog):
    """A dialog with a form, an inline error line and Save / Cancel."""

    def __init__(self, context: AppContext, title: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.error = form_error_label()
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
        # Everything typed stays on a refused value; a lock closes the dialog anyway.
        save_form(self, self.context.ops, self.write, self.show_problem)

    def write(self, vault: OpenVault) -> object:  # pragma: no cover - every subclass overrides it
        """Write the form through the services (``ValidationError`` keeps the dialog open)."""
        raise NotImplementedError


class ProfileDialog(_FormDialog):
    """Create a coachee (``profile=None``) or edit one; ``saved`` holds the result."""

    def __init__(
        self,
        context: AppContext,
        profile: CoacheeProfile | None = None,
        parent: QWidget | None = None,
    ) -> None:
        title = (
            QCoreApplication.translate("ProfileDialog", "New coachee")
            if profile is None
            else QCoreApplication.translate("ProfileDialog", "Edit profile — {name}").format(
                name=profile.name
            )
        )
        super().__init__(context, title, parent)
        self.profile = profile
        self.saved: CoacheeProfile | None = None
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("Full name"))
        self.role = QLineEdit()
        self.organisation = QLineEdit()
        self.team = QLineEdit()
        self.email = QLineEdit()
        self.email.setPlaceholderText(self.tr("name@example.org"))
        self.programme = QLineEdit()
        self.started_on = OptionalDateEdit(self.tr("Started on"))
        self.status = QComboBox()
        for key, label in coachee_status_names().items():
            self.status.addItem(label, key)
        self.focus = QPlainTextEdit()
        self.focus.setTabChangesFocus(True)
        self.focus.setPlaceholderText(self.tr("What the coaching is about, in the coachee's words"))
        self.focus.setMinimumHeight(60)
        self.focus.setMaximumHeight(110)
        self.tags = QLineEdit()
        self.tags.setPlaceholderText(self.tr("Comma-separated, e.g. leadership, new role"))
        self.consent = OptionalDateEdit(self.tr("Consent recorded on"))
        self.client = ClientDetailsBox()

        # The error labels are how the services name each field (their messages start so).
        self._add(self.tr("Name *"), self.name, error_label=_("Name"))
        self._add(self.tr("Role"), self.role, error_label=_("Role"))
        self._add(self.tr("Organisation"), self.organisation, error_label=_("Organisation"))
        self._add(self.tr("Team"), self.team, error_label=_("Team"))
        self._add(self.tr("E-mail"), self.email, error_label=_("E-mail"))
        self._add(self.tr("Programme"), self.programme, error_label=_("Programme"))
        self._add(self.tr("Started on"), self.started_on, error_label=_("Started on"))
        self._add(self.tr("Status"), self.status, error_label=_("Status"))
        self._add(self.tr("Focus"), self.focus, error_label=_("Focus"))
        self._add(self.tr("Tags"), self.tags, error_label=_("Tags"))
        self._add(self.tr("Consent recorded on"), self.consent, error_label=_("Consent date"))
        self._add(self.tr("Hours log"), self.client, error_label=_("Client"))
        self.setMinimumWidth(480)
        if profile is not None:
            self._fill(profile)
        else:
            self.started_on.set_value(context.today())
        self.name.setFocus()
        context.drafts.hold_dialog(self, "profile")

    def _texts(self) -> dict[str, drafts.TextField]:
        return {
            "name": self.name,
            "role": self.role,
            "organisation": self.organisation,
            "team": self.team,
            "email": self.email,
            "programme": self.programme,
            "focus": self.focus,
            "tags": self.tags,
        }

    def draft_state(self) -> drafts.State | None:
        """The form as typed, for a lock to seal (None once closed)."""
        if not self.isVisible():
            return None
        return {
            "profile_id": self.profile.id if self.profile is not None else None,
            "texts": drafts.read_texts(self._texts()),
            "started_on": drafts.iso(self.started_on.value()),
            "consent": drafts.iso(self.consent.value()),
            "status": self.status.currentData(),
            "client": self.client.values(),
            **drafts.focus_state(self, self._texts()),
        }

    def restore_draft(self, state: drafts.State) -> None:
        """Show the form as ``draft_state`` kept it."""
        drafts.write_texts(self._texts(), state.get("texts"))
        self.started_on.set_value(drafts.day(state, "started_on"))
        self.consent.set_value(drafts.day(state, "consent"))
        self.status.setCurrentIndex(max(0, self.status.findData(drafts.text(state, "status"))))
        self.client.set_values(state.get("client"))
        drafts.restore_focus(self._texts(), state)

    @classmethod
    def from_draft(
        cls, context: AppContext, state: drafts.State, parent: QWidget | None = None
    ) -> ProfileDialog:
        """The dialog again after a lock, on the same coachee (``NotFound`` if erased)."""
        profile_id = drafts.optional_text(state, "profile_id")
        profile = coachees.get_coachee(context.vault, profile_id) if profile_id else None
        dialog = cls(context, profile, parent)
        dialog.restore_draft(state)
        return dialog

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
        self.client.fill(hours.client_details(self.context.vault, p.id))

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

    def write(self, vault: OpenVault) -> CoacheeProfile:
        """Create or update the coachee and their hours-log details (in ``context.ops.change``)."""
        if self.profile is None:
            self.saved = coachees.create_coachee(vault, **self.fields())
        else:
            self.saved = coachees.update_coachee(vault, self.profile.id, **self.fields())
        hours.set_client_details(vault, self.saved.id, **self.client.values())
        return self.saved


class GoalDialog(_FormDialog):
    """Add a goal (``goal=None``) or edit one, with its weight and five GAS level descriptions."""

    def __init__(
        self,
        context: AppContext,
        coachee_id: str,
        goal: GoalRecord | None = None,
        parent: QWidget | None = None,
    ) -> None:
        title = (
            QCoreApplication.translate("GoalDialog", "Add goal")
            if goal is None
            else QCoreApplication.translate("GoalDialog", "Edit goal")
        )
        super().__init__(context, title, parent)
        self.coachee_id = coachee_id
        self.goal = goal
        self.saved: GoalRecord | None = None
        self.title = QLineEdit()
        self.title.setPlaceholderText(self.tr("What the coachee wants to achieve"))
        self.description = QPlainTextEdit()
        self.description.setTabChangesFocus(True)
        self.description.setMaximumHeight(90)
        self.weight = QSpinBox()
        self.weight.setRange(1, 4)
        self.weight.setValue(1)
        self.weight.setToolTip(
            self.tr("How much this goal counts in the GAS score: 1 (least) to 4")
        )
        self._add(self.tr("Title *"), self.title, error_label=_("Goal title"))
        self._add(self.tr("Description"), self.description, error_label=_("Goal description"))
        self._add(self.tr("Weight (1–4)"), self.weight, error_label=_("Goal weight"))
        intro = QLabel(
            self.tr(
                "Goal Attainment Scaling: describe what each level would look like, in "
                "observable terms. 0 is the outcome you both expect."
            )
        )
        intro.setWordWrap(True)
        self.form.addRow(intro)
        self.levels: dict[str, QPlainTextEdit] = {}
        for key, sign, meaning in gas_meanings():
            edit = QPlainTextEdit()
            edit.setTabChangesFocus(True)
            edit.setMaximumHeight(56)
            edit.setAccessibleName(
                self.tr("Level {sign}: {meaning}").format(sign=sign, meaning=meaning)
            )
            self.levels[key] = edit
            # The services name a level "Level -2" and so on.
            self._add(f"{sign}  {meaning}", edit, error_label=_("Level {level}").format(level=key))
        self.setMinimumWidth(560)
        if goal is not None:
            self.title.setText(goal.title)
            self.description.setPlainText(goal.description)
            self.weight.setValue(goal.weight)
            for key, edit in self.levels.items():
                edit.setPlainText(goal.gas_levels.get(key, ""))
        self.title.setFocus()
        context.drafts.hold_dialog(self, "goal")

    def _texts(self) -> dict[str, drafts.TextField]:
        levels = {f"level:{key}": edit for key, edit in self.levels.items()}
        return {"title": self.title, "description": self.description, **levels}

    def draft_state(self) -> drafts.State | None:
        """The form as typed, for a lock to seal (None once closed)."""
        if not self.isVisible():
            return None
        return {
            "coachee_id": self.coachee_id,
            "goal_id": self.goal.id if self.goal is not None else None,
            "texts": drafts.read_texts(self._texts()),
            "weight": self.weight.value(),
            **drafts.focus_state(self, self._texts()),
        }

    def restore_draft(self, state: drafts.State) -> None:
        """Show the form as ``draft_state`` kept it."""
        drafts.write_texts(self._texts(), state.get("texts"))
        self.weight.setValue(drafts.number(state, "weight", self.weight.value()))
        drafts.restore_focus(self._texts(), state)

    @classmethod
    def from_draft(
        cls, context: AppContext, state: drafts.State, parent: QWidget | None = None
    ) -> GoalDialog:
        """The dialog again after a lock, on the same goal (``NotFound`` if it is gone)."""
        coachee_id = drafts.text(state, "coachee_id")
        goal_id = drafts.optional_text(state, "goal_id")
        goal = None
        if goal_id:
            goals = coachees.list_goals(context.vault, coachee_id)
            goal = next((g for g in goals if g.id == goal_id), None)
            if goal is None:
                raise NotFound(
                    QCoreApplication.translate("GoalDialog", "This goal no longer exists.")
                )
        dialog = cls(context, coachee_id, goal, parent)
        dialog.restore_draft(state)
        return dialog

    def fields(self) -> dict[str, Any]:
        """The form as service keyword arguments."""
        return {
            "title": self.title.text(),
            "description": self.description.toPlainText(),
            "weight": self.weight.value(),
            "gas_levels": {key: edit.toPlainText() for key, edit in self.levels.items()},
        }

    def write(self, vault: OpenVault) -> GoalRecord:
        """Create or update the goal (inside ``context.ops.change``)."""
        if self.goal is None:
            self.saved = coachees.create_goal(vault, self.coachee_id, **self.fields())
        else:
            self.saved = coachees.update_goal(vault, self.goal.id, **self.fields())
        return self.saved


class EraseDialog(QDialog):
    """Confirm erasing a coachee for good by typing their name."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self.setWindowTitle(self.tr("Erase coachee"))
        self.setAccessibleName(self.tr("Erase coachee"))
        text = QLabel(
            self.tr(
                "This deletes everything about <b>{name}</b> from this vault: profile, goals, "
                "every session note, experiments and measurements. It cannot be undone; older "
                "backups still hold them, and the erasure is applied again if one is "
                "restored.<br><br>Type the name to confirm:"
            ).format(name=html.escape(name))
        )
        text.setWordWrap(True)
        text.setTextFormat(Qt.TextFormat.RichText)
        self.typed = QLineEdit()
        self.typed.setAccessibleName(self.tr("Type the coachee's name to confirm"))
        self.typed.setPlaceholderText(name)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.erase_button = self.buttons.addButton(
            self.tr("Erase for good"), QDialogButtonBox.ButtonRole.DestructiveRole
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
