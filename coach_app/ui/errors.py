"""Showing errors: typed ones with their own message, bugs through one excepthook.

A ``CoachAppError`` says what happened and what the coach can do, so it is shown as it is.
Anything else is a bug: the excepthook logs the traceback (exception type and stack frames only,
never the exception's text, which may quote a note) and shows a calm "Something went wrong".
"""

from __future__ import annotations

import logging
import sys
import traceback
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from coach_app.errors import CoachAppError

log = logging.getLogger(__name__)

# Translation context of this module's texts: "ErrorBox" (spelled out in every call, as
# pyside6-lupdate reads only literal contexts).


def bug_title() -> str:
    """The title of the box shown for a bug, in the current language."""
    return QCoreApplication.translate("ErrorBox", "Something went wrong")


def bug_text(kind: str) -> str:
    """What the bug box tells the coach; ``kind`` is the exception's type name, never its text."""
    return QCoreApplication.translate(
        "ErrorBox",
        "Coach Companion hit an unexpected problem ({kind}). What you typed is saved as you "
        "go; if something looks wrong, lock and unlock the vault or restart the app. The "
        "details were written to the log (without any note text).",
    ).format(kind=kind)


def error_box(parent: QWidget | None, exc: BaseException) -> QMessageBox:
    """The message box for ``exc``, not shown yet (tests inspect it)."""
    box = QMessageBox(parent)
    if isinstance(exc, CoachAppError):
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(QCoreApplication.translate("ErrorBox", "Coach Companion"))
        box.setText(exc.message)
    else:
        box.setIcon(QMessageBox.Icon.Critical)
        box.setWindowTitle(bug_title())
        box.setText(bug_title())
        box.setInformativeText(bug_text(type(exc).__name__))
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.setAccessibleName(box.windowTitle())
    return box


def show_error(parent: QWidget | None, exc: BaseException) -> None:
    """Tell the coach about ``exc`` in a modal box (typed errors with their own message)."""
    if not isinstance(exc, CoachAppError):
        log_bug(type(exc), exc, exc.__traceback__)
    error_box(parent, exc).exec()


def log_bug(
    exc_type: type[BaseException], exc: BaseException | None, tb: TracebackType | None
) -> None:
    """Log a bug's type and stack frames; the message is left out because it may hold notes."""
    frames = "".join(traceback.format_tb(tb)) if tb is not None else "(no traceback)\n"
    log.error("Unhandled %s\nTraceback (most recent call last):\n%s", exc_type.__name__, frames)


_showing = False


def excepthook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    """``sys.excepthook`` for the GUI: log, then tell the coach (once, never recursively)."""
    global _showing  # noqa: PLW0603 - one dialog at a time for the whole process
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc, tb)
        return
    if isinstance(exc, CoachAppError):
        log.info("%s shown to the coach", exc_type.__name__)
    else:
        log_bug(exc_type, exc, tb)
    if _showing or QApplication.instance() is None:
        return
    _showing = True
    try:
        error_box(QApplication.activeWindow(), exc).exec()
    finally:
        _showing = False


def install_excepthook() -> None:
    """Route uncaught exceptions (also those raised in Qt slots) to ``excepthook``."""
    sys.excepthook = excepthook
