"""Help → Security check: what protects the vault right now, one plain line per item.

The check itself is ``services.security_check`` (the same items ``coach-app verify`` prints).
It reads files and reopens the newest backup, so it runs as an ``ops`` task off the UI thread;
the dialog shows its progress, then the list: each line "OK" or "Needs attention" with what
to do. The list is plain text the coach can select, and Copy puts all of it on the clipboard
(it names files and settings, never a coachee or a note).

A lock cancels the check at its next step (``ops``), drops a result that arrives later, and
closes this dialog with every other one; the dialog also empties itself on ``vault_locked``.
"""

from __future__ import annotations

import logging

import shiboken6
from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coach_app.errors import CoachAppError
from coach_app.services import security_check
from coach_app.services.access import KeyStore, OpenVault
from coach_app.services.security_check import SecurityReport, Status
from coach_app.ui.context import AppContext
from coach_app.ui.labels import counted, plain_label, set_tone
from coach_app.ui.ops import Job

log = logging.getLogger(__name__)

POLL_MS = 100


class SecurityCheckDialog(QDialog):
    """Runs the security check and shows its items.

    Args:
        context: the app context (the vault must be open).
        store: the keyring wrapper for this vault folder, or None if it has not answered.
        screen_lock_watching: whether the running app hears the screen lock (None: unknown).

    Signals:
        shown: the list (or the reason there is none) is on screen.
    """

    shown = Signal()

    def __init__(
        self,
        context: AppContext,
        store: KeyStore | None = None,
        screen_lock_watching: bool | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self._store = store
        self._watching = screen_lock_watching
        self._job: Job | None = None
        self.report: SecurityReport | None = None
        self.setWindowTitle(self.tr("Security check"))
        self.setAccessibleName(self.tr("Security check"))

        self.summary = plain_label()
        self.summary.setAccessibleName(self.tr("Summary"))
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.setAccessibleName(self.tr("Progress of the check"))
        self.results = QPlainTextEdit()
        self.results.setReadOnly(True)
        self.results.setAccessibleName(self.tr("What the check found"))
        self.results.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.copy_button = QPushButton(self.tr("&Copy"))
        self.copy_button.setToolTip(self.tr("Copy the whole list (no coachee data is in it)."))
        self.copy_button.clicked.connect(self.copy)
        self.again_button = QPushButton(self.tr("Check &again"))
        self.again_button.clicked.connect(self.start)
        for button in (self.copy_button, self.again_button):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)

        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.progress)
        layout.addWidget(self.results, 1)
        layout.addWidget(buttons)
        self.resize(680, 420)

        self._poll = QTimer(self)
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(self._show_progress)
        context.signals.vault_locked.connect(self._clear)

    # ---- running ----------------------------------------------------------------------------

    @property
    def running(self) -> bool:
        """Whether a check is under way."""
        return self._job is not None

    def start(self) -> None:
        """Run the check (again) off the UI thread."""
        if self._job is not None or not self.context.is_unlocked:
            return
        self.report = None
        self.results.clear()
        self.summary.setText(self.tr("Checking…"))
        set_tone(self.summary, "normal")
        self.progress.setValue(0)
        self.progress.show()
        self.copy_button.setEnabled(False)
        self.again_button.setEnabled(False)
        store, watching, now = self._store, self._watching, self.context.now

        def work(vault: OpenVault, job: Job) -> SecurityReport:
            return security_check.check_vault(
                vault,
                keyring=store,
                screen_lock_watching=watching,
                now=now,
                progress=job.progress,
            )

        self._job = self.context.ops.run_task(
            work,
            on_success=self._show,
            on_failure=self._failed,
            label=self.tr("the security check"),
            parent=self,
        )
        if self._job is not None:
            self._poll.start()

    def _show_progress(self) -> None:
        if self._job is not None:
            self.progress.setValue(int(self._job.fraction * 100))

    def _finished(self) -> bool:
        """The job is over; False when this dialog is gone already (closed and deleted)."""
        if not shiboken6.isValid(self):
            return False
        self._job = None
        self._poll.stop()
        self.progress.hide()
        self.again_button.setEnabled(self.context.is_unlocked)
        return True

    def _show(self, report: SecurityReport) -> None:
        if not self._finished():
            return
        self.report = report
        self.results.setPlainText(self.text())
        attention = sum(1 for item in report.items if not item.ok)
        if attention:
            self.summary.setText(
                counted(self.tr("Needs attention: %n item(s).", "", attention), attention)
            )
            set_tone(self.summary, "error")
        else:
            self.summary.setText(self.tr("Everything checked is in order."))
            set_tone(self.summary, "normal")
        self.copy_button.setEnabled(True)
        self.shown.emit()

    def _failed(self, exc: BaseException) -> None:
        if not self._finished():
            return
        reason = exc.message if isinstance(exc, CoachAppError) else type(exc).__name__
        log.info("security check failed: %s", type(exc).__name__)
        self.summary.setText(self.tr("The check could not finish: {reason}").format(reason=reason))
        set_tone(self.summary, "error")
        self.shown.emit()

    def _clear(self) -> None:
        """The vault locked: forget the result (the window closes this dialog too)."""
        self._job = None
        self._poll.stop()
        self.report = None
        self.results.clear()
        self.summary.clear()
        self.copy_button.setEnabled(False)
        self.again_button.setEnabled(False)

    # ---- showing ----------------------------------------------------------------------------

    def status_word(self, status: Status) -> str:
        """The status as the dialog shows it."""
        return self.tr("OK") if status is Status.OK else self.tr("Needs attention")

    def text(self) -> str:
        """The list as plain text, one line per item."""
        if self.report is None:
            return ""
        return "\n".join(
            self.tr("{status}: {text}").format(status=self.status_word(item.status), text=item.text)
            for item in self.report.items
        )

    def copy(self) -> None:
        """Put the whole list on the clipboard."""
        text = self.text()
        clipboard = QApplication.clipboard()
        if text and clipboard is not None:
            clipboard.setText(text)

    def reject(self) -> None:
        """Close; a check still running stops at its next step."""
        if self._job is not None:
            self._job.cancel()
            self._job = None
        self._poll.stop()
        super().reject()


def open_security_check(
    context: AppContext,
    store: KeyStore | None,
    screen_lock_watching: bool | None,
    parent: QWidget | None = None,
) -> SecurityCheckDialog | None:
    """Open the dialog (non-modal, deleted on close) and start the check; None when locked."""
    if not context.is_unlocked:
        return None
    from PySide6.QtCore import Qt  # noqa: PLC0415

    dialog = SecurityCheckDialog(context, store, screen_lock_watching, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    dialog.start()
    return dialog
