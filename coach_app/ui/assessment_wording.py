"""The item wording of a structure-only instrument, typed once per vault.

Psychological empowerment and team psychological safety ship without their item texts (their
licences do not allow it): the coach types them from a licensed copy, once, and they are stored
encrypted with the notes. The form shows the licence and source beside the fields; it is the
first page of the assessment dialog until the wording exists, and the settings open it on its
own (``ItemWordingDialog``) to correct a typo. The wording is written through ``context.ops``.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coach_app.errors import CoachAppError
from coach_app.instruments.definitions import Instrument
from coach_app.services import instrument_settings
from coach_app.ui.assessment_forms import plain_text, quiet_text
from coach_app.ui.context import AppContext
from coach_app.ui.errors import show_error
from coach_app.ui.labels import set_tone


class ItemWordingForm(QWidget):
    """The coach types the wording of a structure-only instrument once per vault.

    Signals:
        saved: the wording was stored (the list of texts).
    """

    saved = Signal(list)

    def __init__(self, context: AppContext, instrument: Instrument, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.instrument = instrument
        intro = plain_text(
            self.tr(
                "{name} ships without its item wording. Enter the wording of each item once "
                "for this vault (from your licensed copy of the questionnaire); it is stored "
                "encrypted with your notes and used for every coachee."
            ).format(name=instrument.name),
            self,
        )
        licence = quiet_text(
            self.tr("Licence: {licence}\nSource: {source}").format(
                licence=instrument.licence_note, source=instrument.source
            ),
            self,
        )
        form = QFormLayout()
        self.edits: list[QLineEdit] = []
        existing = instrument_settings.item_wording(context.vault, instrument.key) or []
        for item in instrument.items:
            edit = QLineEdit(self)
            edit.setMaxLength(500)
            if item.number <= len(existing):
                edit.setText(existing[item.number - 1])
            edit.setAccessibleName(self.tr("Wording of item {number}").format(number=item.number))
            form.addRow(self._item_label(item.number, item.subscale, item.reversed), edit)
            self.edits.append(edit)
        self.error_label = plain_text("", self)
        set_tone(self.error_label, "error")  # the theme's red, again on every palette change
        self.save_button = QPushButton(self.tr("Save wording"), self)
        self.save_button.setAutoDefault(False)
        self.save_button.clicked.connect(self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(licence)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignRight)

    def _item_label(self, number: int, subscale: str | None, reversed_: bool) -> str:
        text = self.tr("Item {number}").format(number=number)
        if subscale:
            text += f" ({self.instrument.subscale(subscale).label})"
        if reversed_:
            text += self.tr(" (scored reversed)")
        return text

    def texts(self) -> list[str]:
        """What the coach typed, in item order."""
        return [edit.text() for edit in self.edits]

    def save(self) -> bool:
        """Store the wording; show the problem instead when an item is empty."""
        typed = self.texts()
        failures: list[BaseException] = []
        texts = self.context.ops.change(
            lambda vault: instrument_settings.set_item_wording(vault, self.instrument.key, typed),
            initiator=self,
            on_failure=failures.append,
        )
        if failures or texts is None:
            error = failures[0] if failures else None
            if isinstance(error, CoachAppError):
                self.error_label.setText(error.message)
            elif error is not None:
                show_error(self, error)
            return False
        self.error_label.clear()
        self.saved.emit(texts)
        return True


class ItemWordingDialog(QDialog):
    """The wording form on its own (e.g. from the settings to correct a typo)."""

    def __init__(self, context: AppContext, instrument_key: str, parent: QWidget | None = None):
        super().__init__(parent)
        instrument = instrument_settings.instrument_for(context.vault, instrument_key)
        self.setWindowTitle(self.tr("{name}: item wording").format(name=instrument.name))
        self.form = ItemWordingForm(context, instrument, self)
        self.form.saved.connect(lambda _texts: self.accept())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(buttons)
