"""The "Add assessment" menu: every measure a coach can record, their custom metrics included.

The same menu sits in the Coachee menu, on a coachee's Overview and Progress tabs and in the
session editor's side panel. It is filled each time it opens (``aboutToShow``), so a custom
metric defined in the settings a minute ago is offered at once, without one view telling
another. Choosing an entry only emits ``chosen(instrument_key)``; the owner opens the form.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Final

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QMenu, QWidget

from coach_app.errors import CoachAppError
from coach_app.instruments.definitions import CUSTOM_PREFIX
from coach_app.services import progress as progress_service
from coach_app.ui.context import AppContext
from coach_app.vault.vault import Vault

#: The built-in measures in the order a coach meets them, with the menu's wording.
BUILTIN_CHOICES: Final = (
    ("confidence", "&Confidence per goal"),
    ("gas", "&Goal attainment (GAS)"),
    ("gse", "General &self-efficacy (GSE)"),
    ("empowerment", "Psychological &empowerment"),
    ("psych_safety", "&Team psychological safety (context)"),
)
NO_CUSTOM_HINT: Final = "No custom metrics yet (File → Settings → Measures)"


def instrument_choices(vault: Vault) -> list[tuple[str, str]]:
    """(instrument key, label) of every measure this vault offers, built-ins first."""
    custom = [
        (metric.key, metric.label.replace("&", "&&"))  # a typed "&" is text, not a mnemonic
        for metric in progress_service.custom_metrics(vault)
    ]
    return [*BUILTIN_CHOICES, *custom]


class AssessmentMenu(QMenu):
    """A menu of measures, rebuilt each time it opens.

    Args:
        context: the app context (the vault is read when the menu opens).
        exclude: instrument keys not to offer here (the session editor rates confidence in its
            own panel).

    Signals:
        chosen: the instrument key the coach picked.
    """

    chosen = Signal(str)

    def __init__(
        self,
        context: AppContext,
        parent: QWidget | None = None,
        *,
        title: str = "Add a&ssessment",
        exclude: Iterable[str] = (),
    ) -> None:
        super().__init__(title, parent)
        self.context = context
        self.exclude = frozenset(exclude)
        self.setAccessibleName("Add assessment")
        self.aboutToShow.connect(self.rebuild)

    def rebuild(self) -> None:
        """Offer the measures the vault knows now."""
        self.clear()
        try:
            choices = instrument_choices(self.context.vault)
        except CoachAppError:
            self.addAction("Unlock the vault first").setEnabled(False)
            return
        custom_seen = False
        for key, label in choices:
            if key in self.exclude:
                continue
            if key.startswith(CUSTOM_PREFIX) and not custom_seen:
                custom_seen = True
                self.addSeparator()
            action = self.addAction(f"{label}…")
            action.setData(key)
            action.triggered.connect(lambda _checked=False, k=key: self.chosen.emit(k))
        if not custom_seen:
            self.addSeparator()
            self.addAction(NO_CUSTOM_HINT).setEnabled(False)

    def instrument_keys(self) -> list[str]:
        """The instrument keys the menu offers (after ``rebuild``)."""
        return [action.data() for action in self.actions() if action.data()]
