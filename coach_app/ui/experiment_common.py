"""Pieces shared by the experiment dialogs and the session side panel.

``due_text`` words a due date without blame ("3 days past due"); ``note_field`` is a
multi-line plain-text field of a fixed height range; ``qdate`` / ``pydate`` convert dates
between Qt and Python; ``saved_or_shown`` runs a dialog's write through ``context.ops`` and
hands a refused value back to the dialog to show inline.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QObject
from PySide6.QtWidgets import QWidget

from coach_app.errors import CoachAppError
from coach_app.services.access import OpenVault
from coach_app.services.records import ExperimentRecord
from coach_app.ui.clipboard import NoteTextEdit
from coach_app.ui.context import AppContext
from coach_app.ui.errors import show_error
from coach_app.ui.labels import counted

T = TypeVar("T")


class ExperimentDue(QObject):
    """Counted due-date texts: lupdate marks a text as counted only in ``self.tr``."""

    def past_due(self, days: int) -> str:
        """'1 day past due', '3 days past due'."""
        return counted(self.tr("%n day(s) past due", "", days), days)


def due_text(record: ExperimentRecord, today: date) -> str:
    """'due 14 Mar 2025', 'due today' or '3 days past due' (no blame in the wording)."""
    if record.due_on is None:
        return QCoreApplication.translate("ExperimentDue", "no due date")
    days = (today - record.due_on).days
    if days > 0:
        return ExperimentDue().past_due(days)
    if days == 0:
        return QCoreApplication.translate("ExperimentDue", "due today")
    return QCoreApplication.translate("ExperimentDue", "due {date}").format(
        date=QLocale().toString(
            QDate(record.due_on.year, record.due_on.month, record.due_on.day), "d MMM yyyy"
        )
    )


def note_field(placeholder: str, name: str, lines: int = 3) -> NoteTextEdit:
    """A note field about ``lines`` lines high (it may grow to twice that)."""
    edit = NoteTextEdit()
    edit.setPlaceholderText(placeholder)
    edit.setAccessibleName(name)
    height = edit.fontMetrics().lineSpacing() * lines + 16
    edit.setMinimumHeight(height)
    edit.setMaximumHeight(height * 2)
    return edit


def saved_or_shown(
    context: AppContext,
    write: Callable[[OpenVault], T],
    *,
    initiator: QWidget,
    show: Callable[[str], None],
) -> T | None:
    """Run ``write`` through ``context.ops`` (broadcast with ``initiator``); None if it failed.

    A typed error (a refused value, a deleted record, a locked vault) goes to ``show`` so the
    dialog can say it inline and keep what was typed; a bug gets the error box.
    """
    failures: list[BaseException] = []
    result = context.ops.change(write, initiator=initiator, on_failure=failures.append)
    if not failures:
        return result
    error = failures[0]
    if isinstance(error, CoachAppError):
        show(error.message)
    else:
        show_error(initiator, error)
    return None


def qdate(value: date) -> QDate:
    """A Python date as a QDate."""
    return QDate(value.year, value.month, value.day)


def pydate(value: QDate) -> date:
    """A QDate as a Python date."""
    return date(value.year(), value.month(), value.day())
