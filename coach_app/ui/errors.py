"""Showing errors: typed ones with their own message, bugs through one excepthook.

A ``CoachAppError`` says what happened and what the coach can do, so it is shown as it is.
Anything else is a bug: the excepthook logs the traceback (exception type and stack frames only,
never the exception's text, which may quote a note) and shows a calm "Something went wrong".
The log is the shared one of ``coach_app.logfile`` (the same file the CLI writes to).

A form dialog saves through ``save_form``: a refused value is said in the form's own error
line (everything typed stays), a locked vault says nothing (the lock closes the dialog anyway),
anything else goes to ``show_error``.

When the previous run crashed, the next start offers the log in a non-modal box
(``crash_notice``): "Show log" opens its text read-only (``log_viewer``). The log holds stack
frames only, never note text, so showing it is safe.
"""

from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Callable
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from coach_app.errors import CoachAppError, ValidationError, VaultLocked
from coach_app.logfile import PreviousCrash

if TYPE_CHECKING:  # ops shows its failures through this module: a type-only import
    from coach_app.services.access import OpenVault
    from coach_app.ui.ops import Operations

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


def save_form(
    dialog: QDialog,
    ops: Operations,
    write: Callable[[OpenVault], object],
    error_label: QLabel | Callable[[str], None],
    *,
    before_accept: Callable[[], None] | None = None,
) -> bool:
    """Save a form dialog: run ``write`` as one change, then accept, or say why not.

    The change is broadcast with ``dialog`` as its initiator. A ``ValidationError`` (the
    services' word on a refused value, naming the field) is shown in ``error_label`` (or
    handed to it, when the dialog says it its own way, e.g. also focusing the field) and the
    dialog stays open with everything typed. ``VaultLocked`` is left unsaid: the lock closes
    the dialog and seals what was typed. Any other failure goes to ``show_error``.
    ``before_accept`` runs after a successful write and before ``accept()``, for what the
    dialog's caller reads once it is accepted. Returns whether the write succeeded.
    """
    failures: list[BaseException] = []
    ops.change(write, initiator=dialog, on_failure=failures.append)
    if not failures:
        if before_accept is not None:
            before_accept()
        dialog.accept()
        return True
    exc = failures[0]
    if isinstance(exc, ValidationError):
        if isinstance(error_label, QLabel):
            error_label.setText(exc.message)
            error_label.show()
        else:
            error_label(exc.message)
    elif not isinstance(exc, VaultLocked):
        show_error(dialog, exc)
    return False


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


_viewers: set[QDialog] = set()


def log_viewer(parent: QWidget | None, crash: PreviousCrash) -> QDialog:
    """A dialog showing ``crash``'s text read-only (not shown yet; deleted when closed)."""
    dialog = QDialog(parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.setWindowTitle(QCoreApplication.translate("ErrorBox", "Log of the last run"))
    view = QPlainTextEdit(dialog)
    view.setReadOnly(True)
    view.setPlainText(crash.text)
    view.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
    view.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
    view.setAccessibleName(QCoreApplication.translate("ErrorBox", "Log text"))
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, dialog)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addWidget(view)
    layout.addWidget(buttons)
    dialog.resize(720, 480)
    return dialog


def crash_notice(parent: QWidget | None, crash: PreviousCrash) -> QMessageBox:
    """A non-modal box saying the previous run stopped on a problem, with "Show log"."""
    box = QMessageBox(parent)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setWindowModality(Qt.WindowModality.NonModal)
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(QCoreApplication.translate("ErrorBox", "Coach Companion"))
    box.setText(
        QCoreApplication.translate("ErrorBox", "The last time, Coach Companion hit a problem.")
    )
    box.setInformativeText(
        QCoreApplication.translate(
            "ErrorBox",
            "The details were written to {path} (without any note text). You can look at them, "
            "or send them along when you report the problem.",
        ).format(path=crash.path)
    )
    show = box.addButton(
        QCoreApplication.translate("ErrorBox", "Show log"), QMessageBox.ButtonRole.ActionRole
    )
    box.addButton(QMessageBox.StandardButton.Close)
    box.setAccessibleName(box.windowTitle())

    def clicked(button: QAbstractButton) -> None:
        if button is show:
            viewer = log_viewer(parent, crash)
            # Without a parent nothing else holds the dialog while it is open.
            _viewers.add(viewer)
            viewer.finished.connect(lambda _result: _viewers.discard(viewer))
            viewer.show()

    box.buttonClicked.connect(clicked)
    return box
