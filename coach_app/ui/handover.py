"""Hand the laptop over: a coachee-facing form for a self-assessment, behind the passphrase.

The coach picks a questionnaire or the check-in and the coachee's language
(``HandoverSetupDialog``); the window then fills the screen with that form alone
(``HandoverWindow``): no coachee name, no notes, no menus, large and calm. The coachee's
answers are scored and stored as their own measurement (``self_report``).

Getting back to the app needs the coach's passphrase, or locks it. Esc, the close button,
Alt+F4 and every other way out lead to the coach's passphrase page, and while the window is up
it is application-modal, so no shortcut of the windows behind fires; Ctrl+L still locks.

A lock during the hand-over discards the answers typed and not submitted rather than sealing
them as a draft: they are the coachee's, not yet given, and a lock then means the coachee
walked away (or the coach ended it); bringing them back after unlock would show the coach
answers the coachee never handed in.
"""

from __future__ import annotations

import logging
from datetime import date

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QFont, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from coach_app.errors import CoachAppError, WrongPassphrase
from coach_app.instruments import handover_texts
from coach_app.instruments.definitions import Instrument, in_language
from coach_app.services import access, assessments, instrument_settings
from coach_app.ui import theme
from coach_app.ui.context import AppContext
from coach_app.ui.labels import caption, plain_label

log = logging.getLogger(__name__)

#: What can be handed over: multi-item questionnaires and the check-in (a rating per goal
#: stays with the coach, who knows which goal is meant).
HANDOVER_KEYS = ("empowerment_checkin", "gse", "empowerment", "psych_safety")
LOCK_KEYS = QKeySequence("Ctrl+L")


def handover_choices(context: AppContext) -> list[Instrument]:
    """The instruments ready to hand over (a structure-only one needs its wording first)."""
    found: list[Instrument] = []
    for key in HANDOVER_KEYS:
        try:
            instrument = instrument_settings.instrument_for(context.vault, key)
        except (CoachAppError, KeyError):
            continue
        if not instrument.needs_item_wording:
            found.append(instrument)
    return found


class HandoverSetupDialog(QDialog):
    """The coach's choice before handing over: which form, in which language."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Hand the laptop over"))
        self.instrument_combo = QComboBox()
        self.instrument_combo.setAccessibleName(self.tr("Questionnaire"))
        for instrument in handover_choices(context):
            self.instrument_combo.addItem(instrument.name, instrument.key)
        self.language_combo = QComboBox()
        self.language_combo.setAccessibleName(self.tr("Language for the coachee"))
        for code in handover_texts.languages():
            self.language_combo.addItem(handover_texts.LANGUAGE_NAMES.get(code, code), code)
        self.language_combo.setCurrentIndex(
            max(0, self.language_combo.findData(handover_texts.default_language()))
        )
        form = QFormLayout()
        form.addRow(self.tr("&Questionnaire"), self.instrument_combo)
        form.addRow(self.tr("&Language"), self.language_combo)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Hand over"))
        ok.setEnabled(self.instrument_combo.count() > 0)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(
            caption(
                self.tr("The screen will show only this form. Getting back needs your passphrase.")
            )
        )
        layout.addLayout(form)
        layout.addWidget(buttons)

    def choice(self) -> tuple[str, str] | None:
        """(instrument key, language code), or None when nothing can be handed over."""
        key = self.instrument_combo.currentData()
        if not key:
            return None
        return str(key), str(self.language_combo.currentData())


class _ScaleRow(QWidget):
    """One item: its text, a row of large answer buttons, the scale's end labels."""

    def __init__(self, number: int, text: str, instrument: Instrument, font: QFont) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 12, 0, 12)
        question = plain_label(f"{number}. {text}")
        question.setFont(font)
        layout.addWidget(question)
        scale = instrument.response_scale
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        row = QHBoxLayout()
        for value in range(int(scale.min), int(scale.max) + 1):
            button = QPushButton(str(value))
            button.setCheckable(True)
            button.setProperty("answer", True)
            button.setFont(font)
            button.setMinimumSize(52, 44)
            label = scale.label_for(value)
            button.setAccessibleName(f"{number}: {value} {label or ''}".strip())
            self.group.addButton(button, value)
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        low, high = scale.label_for(scale.min), scale.label_for(scale.max)
        if low or high:
            ends = QHBoxLayout()
            ends.addWidget(caption(f"{int(scale.min)} = {low}" if low else ""))
            ends.addStretch(1)
            ends.addWidget(caption(f"{int(scale.max)} = {high}" if high else ""))
            layout.addLayout(ends)

    def answer(self) -> int | None:
        """The chosen value, None while unanswered."""
        checked = self.group.checkedId()
        return None if self.group.checkedButton() is None else checked

    def choose(self, value: int) -> None:
        """Choose ``value`` (tests and keyboard users)."""
        button = self.group.button(value)
        if button is not None:
            button.setChecked(True)

    def clear(self) -> None:
        """Forget the answer."""
        self.group.setExclusive(False)
        for button in self.group.buttons():
            button.setChecked(False)
        self.group.setExclusive(True)


class HandoverWindow(QDialog):
    """The coachee-facing form; only the coach's passphrase (or a lock) ends it.

    Args:
        context: the app context.
        coachee_id: whose measurement the answers become (never shown).
        instrument_key: the questionnaire or check-in.
        session_id: the session it is part of, if any.
        language: the coachee's language (a core catalogue code; default: the app's).
    """

    def __init__(
        self,
        context: AppContext,
        coachee_id: str,
        instrument_key: str,
        *,
        session_id: str | None = None,
        language: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._coachee_id = coachee_id
        self._session_id = session_id
        self._released = False
        self._submitted = False
        translate = handover_texts.translator(language or handover_texts.default_language())
        self.texts = handover_texts.form_texts(translate)
        self.instrument = in_language(
            instrument_settings.instrument_for(context.vault, instrument_key), translate
        )
        self.setWindowFlag(Qt.WindowType.Window, True)
        # Application-modal: no shortcut of the windows behind can fire while it is up.
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.setWindowTitle(self.instrument.name)  # never the coachee's name
        # A chosen answer must be plain to see from a distance: filled, bold and framed.
        self.setStyleSheet(theme.chosen_answer_style(self.palette()))
        self.stack = QStackedWidget()
        self.stack.addWidget(self._form_page())
        self.stack.addWidget(self._gate_page())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        context.signals.vault_locked.connect(self._on_locked)

    # ---- the coachee's page ------------------------------------------------------------------

    def _big_font(self, scale: float) -> QFont:
        font = QFont(self.font())
        font.setPointSizeF(max(font.pointSizeF(), 9.0) * scale)
        return font

    def _form_page(self) -> QWidget:
        page = QWidget()
        outer = QVBoxLayout(page)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        body = QWidget()
        column = QVBoxLayout(body)
        column.setContentsMargins(48, 32, 48, 32)
        title = plain_label(self.instrument.name)
        title.setFont(self._big_font(1.8))
        column.addWidget(title)
        if self.instrument.key == "empowerment_checkin":
            column.addWidget(caption(self.texts.not_validated))
        intro = plain_label(self.texts.intro)
        intro.setFont(self._big_font(1.15))
        column.addWidget(intro)
        self.rows: list[_ScaleRow] = []
        font = self._big_font(1.3)
        for item in self.instrument.items:
            row = _ScaleRow(item.number, item.text or "", self.instrument, font)
            self.rows.append(row)
            column.addWidget(row)
        self.error_label = plain_label(tone="error")
        self.error_label.setFont(self._big_font(1.15))
        self.error_label.hide()
        column.addWidget(self.error_label)
        self.done_button = QPushButton(self.texts.done)
        self.done_button.setFont(self._big_font(1.3))
        self.done_button.setMinimumHeight(52)
        self.done_button.setAutoDefault(False)
        self.done_button.clicked.connect(self.submit)
        line = QHBoxLayout()
        line.addStretch(1)
        line.addWidget(self.done_button)
        column.addLayout(line)
        column.addStretch(1)
        # A centred column of readable width, however wide the screen.
        centred = QHBoxLayout()
        centred.addStretch(1)
        body.setMaximumWidth(980)
        centred.addWidget(body, 8)
        centred.addStretch(1)
        holder = QWidget()
        holder.setLayout(centred)
        scroll.setWidget(holder)
        outer.addWidget(scroll)
        return page

    def answers(self) -> list[int | None]:
        """The answers as chosen, in item order."""
        return [row.answer() for row in self.rows]

    def submit(self) -> bool:
        """Score and store the answers as the coachee's own; then the page for the coach."""
        answers = self.answers()
        missing = [str(n) for n, a in enumerate(answers, start=1) if a is None]
        if missing:
            self._show_error(self.texts.unanswered.format(numbers=", ".join(missing)))
            return False
        record = self._context.ops.change(
            lambda vault: assessments.record_assessment(
                vault,
                self._coachee_id,
                self.instrument.key,
                answers,
                taken_on=self._taken_on(),
                session_id=self._session_id,
                self_report=True,
            ),
            initiator=self,
            on_failure=lambda exc: self._show_error(
                exc.message if isinstance(exc, CoachAppError) else type(exc).__name__
            ),
        )
        if record is None:
            return False
        self._submitted = True
        self._clear_answers()  # stored; nothing of them stays on screen for the coach to read
        self._open_gate()
        return True

    def _taken_on(self) -> date:
        return self._context.today()

    def _show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.show()

    def _clear_answers(self) -> None:
        for row in self.rows:
            row.clear()

    # ---- the coach's page --------------------------------------------------------------------

    def _gate_page(self) -> QWidget:
        page = QWidget()
        column = QVBoxLayout(page)
        column.setContentsMargins(48, 48, 48, 48)
        column.addStretch(1)
        self.thanks_label = plain_label(f"{self.texts.thanks}\n{self.texts.hand_back}")
        self.thanks_label.setFont(self._big_font(1.5))
        self.thanks_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        column.addWidget(self.thanks_label)
        column.addSpacing(24)
        self.passphrase_edit = QLineEdit()
        self.passphrase_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase_edit.setAccessibleName(self.tr("Coach's passphrase"))
        self.passphrase_edit.setPlaceholderText(self.tr("Coach: your passphrase to go back"))
        self.passphrase_edit.setMaximumWidth(420)
        self.passphrase_edit.returnPressed.connect(self.release)
        self.gate_message = plain_label(tone="error")
        self.gate_message.hide()
        self.back_button = QPushButton(self.tr("Back to the questions"))
        self.back_button.clicked.connect(self._back_to_form)
        self.release_button = QPushButton(self.tr("Back to the app"))
        self.release_button.clicked.connect(self.release)
        self.lock_button = QPushButton(self.tr("Lock the app"))
        self.lock_button.clicked.connect(self._lock)
        for widget in (self.passphrase_edit, self.gate_message):
            line = QHBoxLayout()
            line.addStretch(1)
            line.addWidget(widget)
            line.addStretch(1)
            column.addLayout(line)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.back_button, self.release_button, self.lock_button):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        buttons.addStretch(1)
        column.addLayout(buttons)
        column.addStretch(2)
        return page

    def _open_gate(self) -> None:
        self.thanks_label.setVisible(self._submitted)
        self.back_button.setVisible(not self._submitted)
        self.gate_message.hide()
        self.passphrase_edit.clear()
        self.stack.setCurrentIndex(1)
        self.passphrase_edit.setFocus()

    def _back_to_form(self) -> None:
        self.passphrase_edit.clear()
        self.stack.setCurrentIndex(0)
        if self.rows:
            first = self.rows[0].group.buttons()
            if first:
                first[0].setFocus()

    def on_gate(self) -> bool:
        """Whether the coach's passphrase page is showing."""
        return self.stack.currentIndex() == 1

    def release(self) -> bool:
        """Back to the app when the passphrase is the coach's; otherwise stay."""
        typed = self.passphrase_edit.text()
        self.passphrase_edit.clear()  # never kept in the widget, right or wrong
        try:
            access.check_passphrase(self._context.vault, typed)
        except WrongPassphrase:
            self.gate_message.setText(self.tr("That is not the passphrase."))
            self.gate_message.show()
            return False
        except CoachAppError as exc:
            self.gate_message.setText(exc.message)
            self.gate_message.show()
            return False
        self._released = True
        self.accept()
        return True

    def _lock(self) -> None:
        # Deferred: the click (or key) is still being delivered inside this window.
        QTimer.singleShot(0, self._lock_now)

    def _lock_now(self) -> None:
        if self._context.is_unlocked:
            self._context.lock()

    def _on_locked(self) -> None:
        self._clear_answers()  # the coachee's, never given: discarded (module docstring)
        self._released = True
        self.done(QDialog.DialogCode.Rejected)

    # ---- no way out but the passphrase ------------------------------------------------------

    def reject(self) -> None:
        """Esc (and any other cancel) shows the coach's passphrase page instead of closing."""
        if self._released:
            super().reject()
            return
        if not self.on_gate():
            self._open_gate()

    def closeEvent(self, event: QCloseEvent) -> None:
        """The close button and Alt+F4 lead to the passphrase page too."""
        if self._released:
            super().closeEvent(event)
            return
        event.ignore()
        if not self.on_gate():
            self._open_gate()

    def event(self, event: QEvent) -> bool:
        """Ctrl+L locks from here too (the window being modal, the app's own cannot fire).

        A shortcut override a child does not take bubbles up to here. A palette change (the
        system turned dark or light) colours a chosen answer anew.
        """
        if event.type() == QEvent.Type.PaletteChange:
            style = theme.chosen_answer_style(self.palette())
            if style != self.styleSheet():  # unchanged: setting it again would loop
                self.setStyleSheet(style)
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and QKeySequence(event.keyCombination().toCombined()) == LOCK_KEYS
        ):
            self._lock()
            event.accept()
            return True
        return super().event(event)


def hand_over(
    context: AppContext,
    parent: QWidget | None,
    coachee_id: str,
    *,
    session_id: str | None = None,
    instrument_key: str | None = None,
    language: str | None = None,
    full_screen: bool = True,
) -> HandoverWindow | None:
    """Ask the coach what to hand over (unless given), then show the coachee's form."""
    if instrument_key is None:
        setup = HandoverSetupDialog(context, parent)
        if setup.exec() != QDialog.DialogCode.Accepted:
            return None
        choice = setup.choice()
        if choice is None:
            return None
        instrument_key, language = choice
    window = HandoverWindow(
        context,
        coachee_id,
        instrument_key,
        session_id=session_id,
        language=language,
        parent=parent,
    )
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    if full_screen:
        # The whole screen the app is on; the geometry first, for a desktop that ignores
        # full-screen requests (the form must still cover the app behind it).
        screen = parent.screen() if parent is not None else QApplication.primaryScreen()
        if screen is not None:
            window.setGeometry(screen.geometry())
        window.showFullScreen()
    else:
        window.show()
    window.raise_()
    window.activateWindow()
    return window


__all__ = ["HANDOVER_KEYS", "HandoverSetupDialog", "HandoverWindow", "hand_over"]
