"""The dialogs an open session opens over the editor.

Agree an experiment, review one, record a measure: what they save is linked to the session.

Each dialog is opened with ``open()`` (window-modal without a nested event loop, so a lock
still reaches the editor) and deleted once closed; ``close_dialogs`` rejects every one still
open (on Done and on a lock, after the dialogs saved what they keep before a lock).
"""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QWidget

from coach_app.services.records import SessionRecord
from coach_app.ui.assessment_dialog import AssessmentDialog
from coach_app.ui.context import AppContext
from coach_app.ui.experiment_dialog import ExperimentDialog, ExperimentReviewDialog

TITLE_CHARS = 80  # an experiment's title prefilled from the first line of the selection

D = TypeVar("D", bound=QDialog)


def _opened(dialog: D) -> D:
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def first_line(text: str) -> str:
    """The first non-empty line of ``text``, cut to a title's length."""
    line = next((ln.strip() for ln in text.splitlines() if ln.strip()), "")
    return line[:TITLE_CHARS].rstrip()


def agree_experiment(
    context: AppContext, parent: QWidget, session: SessionRecord, selected: str
) -> ExperimentDialog:
    """The experiment dialog, prefilled with ``selected`` note text, agreed in ``session``."""
    dialog = ExperimentDialog(
        context,
        session.coachee_id,
        parent,
        prefill_title=first_line(selected),
        prefill_action=selected,
        agreed_in_session_id=session.id,
    )
    return _opened(dialog)


def review_experiment(
    context: AppContext, parent: QWidget, session: SessionRecord, experiment_id: str
) -> ExperimentReviewDialog:
    """The review of an experiment, reviewed in ``session`` (``NotFound`` if it is gone)."""
    dialog = ExperimentReviewDialog(
        context, experiment_id, reviewed_in_session_id=session.id, parent=parent
    )
    return _opened(dialog)


def record_assessment(
    context: AppContext, parent: QWidget, session: SessionRecord, instrument_key: str
) -> AssessmentDialog:
    """The form of one measure, recorded as part of ``session``.

    Raises ``ValidationError`` for an instrument this vault does not know.
    """
    dialog = AssessmentDialog(
        context, session.coachee_id, instrument_key, parent, session_id=session.id
    )
    return _opened(dialog)


def close_dialogs(parent: QWidget) -> None:
    """Reject every session dialog still open over ``parent``."""
    for dialog in (
        parent.findChildren(ExperimentDialog)
        + parent.findChildren(ExperimentReviewDialog)
        + parent.findChildren(AssessmentDialog)
    ):
        dialog.reject()
