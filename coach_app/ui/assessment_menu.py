"""The "Add assessment" menu: every measure a coach can record, their custom metrics included.

The same menu sits in the Coachee menu, on a coachee's Overview and Progress tabs and in the
session editor's side panel. It is filled each time it opens (``aboutToShow``), so a custom
metric defined in the settings a minute ago is offered at once, without one view telling
another. Choosing an entry only emits ``chosen(instrument_key)``; the owner opens the form.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Final

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QMenu, QWidget

from coach_app.errors import CoachAppError
from coach_app.instruments.definitions import CUSTOM_PREFIX
from coach_app.services import instrument_settings
from coach_app.services.access import OpenVault
from coach_app.ui.context import AppContext

#: The built-in measures in the order a coach meets them (their menu wording is in
#: ``builtin_choices``).
BUILTIN_KEYS: Final = ("confidence", "gas", "gse", "empowerment", "psych_safety")


def builtin_choices() -> list[tuple[str, str]]:
    """(instrument key, menu label) of the built-in measures, in the current language."""
    translate = QCoreApplication.translate
    labels = (
        translate("AssessmentMenu", "&Confidence per goal"),
        translate("AssessmentMenu", "&Goal attainment (GAS)"),
        translate("AssessmentMenu", "General &self-efficacy (GSE)"),
        translate("AssessmentMenu", "Psychological &empowerment"),
        translate("AssessmentMenu", "&Team psychological safety (context)"),
    )
    return list(zip(BUILTIN_KEYS, labels, strict=True))


def instrument_choices(vault: OpenVault) -> list[tuple[str, str]]:
    """(instrument key, label) of every measure this vault offers, built-ins first."""
    custom = [
        (metric.key, metric.label.replace("&", "&&"))  # a typed "&" is text, not a mnemonic
        for metric in instrument_settings.custom_metrics(vault)
    ]
    return [*builtin_choices(), *custom]


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
        title: str | None = None,
        exclude: Iterable[str] = (),
    ) -> None:
        super().__init__(parent)
        self.setTitle(title if title is not None else self.tr("Add a&ssessment"))
        self.context = context
        self.exclude = frozenset(exclude)
        self.setAccessibleName(self.tr("Add assessment"))
        self.aboutToShow.connect(self.rebuild)

    def rebuild(self) -> None:
        """Offer the measures the vault knows now."""
        self.clear()
        try:
            choices = instrument_choices(self.context.vault)
        except CoachAppError:
            self.addAction(self.tr("Unlock the vault first")).setEnabled(False)
            return
        custom_seen = False
        for key, label in choices:
            if key in self.exclude:
                continue
            if key.startswith(CUSTOM_PREFIX) and not custom_seen:
                custom_seen = True
                self.addSeparator()
            action = self.addAction(self.tr("{label}…").format(label=label))
            action.setData(key)
            action.triggered.connect(lambda _checked=False, k=key: self.chosen.emit(k))
        if not custom_seen:
            self.addSeparator()
            hint = self.tr("No custom metrics yet (File → Settings → Measures)")
            self.addAction(hint).setEnabled(False)

    def instrument_keys(self) -> list[str]:
        """The instrument keys the menu offers (after ``rebuild``)."""
        return [action.data() for action in self.actions() if action.data()]
