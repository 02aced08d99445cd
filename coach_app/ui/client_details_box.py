"""The hours-log fields of a coachee's profile: named on logs (consent), paid default, client type.

Kept apart from the profile dialog's own fields because they are written by another service
(``hours.set_client_details``) in the same operation as the profile: the hours log reads them
to decide whether a client is named or numbered, paid or pro bono, internal or third-party.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QWidget

from coach_app.i18n import _
from coach_app.services import group_rules as rules
from coach_app.services.hours import ClientDetails


class ClientDetailsBox(QWidget):
    """Consent to be named on hours logs, paid or pro bono by default, internal or third-party."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.consent = QCheckBox(self.tr("May be named on hours logs"))
        self.consent.setToolTip(
            self.tr("Without consent the hours log shows this client as “Confidential client n”.")
        )
        self.paid = QComboBox()
        self.paid.addItem(self.tr("Paid"), True)
        self.paid.addItem(self.tr("Pro bono"), False)
        self.paid.setAccessibleName(self.tr("Sessions are paid or pro bono by default"))
        self.client_type = QComboBox()
        for key, label in rules.CLIENT_TYPE_LABELS.items():
            self.client_type.addItem(_(label), key)
        self.client_type.setAccessibleName(self.tr("Client type"))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.consent)
        row.addWidget(self.paid)
        row.addWidget(self.client_type)
        row.addStretch(1)

    def fill(self, details: ClientDetails) -> None:
        """Show a coachee's stored details."""
        self.consent.setChecked(details.log_consent)
        self.paid.setCurrentIndex(max(0, self.paid.findData(details.default_paid)))
        self.client_type.setCurrentIndex(max(0, self.client_type.findData(details.client_type)))

    def values(self) -> dict[str, Any]:
        """The details as ``hours.set_client_details`` keyword arguments."""
        return {
            "log_consent": self.consent.isChecked(),
            "default_paid": bool(self.paid.currentData()),
            "client_type": str(self.client_type.currentData()),
        }

    def set_values(self, state: object) -> None:
        """Restore ``values()`` kept in a sealed draft (anything else is ignored)."""
        if not isinstance(state, dict):
            return
        self.consent.setChecked(state.get("log_consent") is True)
        self.paid.setCurrentIndex(max(0, self.paid.findData(state.get("default_paid") is True)))
        index = self.client_type.findData(state.get("client_type"))
        self.client_type.setCurrentIndex(max(0, index))
