"""Session → Delete session (with a confirmation) and its undo while the app runs.

The session deleted is the one open in the editor, else the one selected in the coachee's
timeline. The confirmation names its date and the coachee. The delete keeps a frozen snapshot
(``sessions.delete_session``); "Undo" — a button in the status bar for a few seconds, and the
menu action "Undo delete" until the next delete — brings the session back with its links
(``sessions.restore_deleted``: the same id, its experiments and measurements linked again).

The snapshot holds note text in memory, so it is dropped when the app locks
(``context.about_to_lock`` and ``vault_locked``): nothing of a deleted session outlives a lock.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QMessageBox, QPushButton, QStatusBar, QWidget

from coach_app.errors import CoachAppError
from coach_app.services import coachees, sessions
from coach_app.services.sessions import DeletedSession
from coach_app.ui.context import AppContext
from coach_app.ui.errors import show_error
from coach_app.ui.session_page import session_when

UNDO_SHOWN_MS = 10_000  # how long the status bar offers "Undo"


class SessionDelete(QObject):
    """Delete a session after a confirmation; undo the last delete until the app locks.

    Args:
        context: the app context.
        window: the parent of the confirmation and error dialogs.
        status_bar: where "Undo" is offered for a few seconds.
        current: the id of the session to delete (the open one, else the selected one).
        close_open: closes the open session before it is deleted; False if it could not be
            saved (then nothing is deleted).
        confirm: asks the coach (tests pass their own answer); default: a message box.

    Signals:
        undo_available: whether "Undo delete" can be used now.
        notice: a line for the status bar.
    """

    undo_available = Signal(bool)
    notice = Signal(str)

    def __init__(
        self,
        context: AppContext,
        window: QWidget,
        status_bar: QStatusBar,
        *,
        current: Callable[[], tuple[str | None, bool]],
        close_open: Callable[[], bool],
        confirm: Callable[[str], bool] | None = None,
    ) -> None:
        super().__init__(window)
        self._context = context
        self._window = window
        self._current = current
        self._close_open = close_open
        self._confirm = confirm or self._ask
        self._snapshot: DeletedSession | None = None
        self.undo_button = QPushButton(self.tr("Undo"))
        self.undo_button.setToolTip(self.tr("Bring the deleted session back (Ctrl+Alt+Z)"))
        self.undo_button.clicked.connect(self.undo)
        self.undo_button.hide()
        status_bar.addPermanentWidget(self.undo_button)
        self._hide_timer = QTimer(self)
        self._hide_timer.setSingleShot(True)
        self._hide_timer.timeout.connect(self.undo_button.hide)
        context.about_to_lock.connect(self.forget)
        context.signals.vault_locked.connect(self.forget)

    @property
    def can_undo(self) -> bool:
        """Whether a deleted session can be brought back now."""
        return self._snapshot is not None

    def _ask(self, question: str) -> bool:
        answer = QMessageBox.question(
            self._window,
            self.tr("Delete session"),
            question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes

    def delete_current(self) -> bool:
        """Session → Delete session: confirm, close it if open, delete; True if deleted."""
        session_id, is_open = self._current()
        if session_id is None:
            self.notice.emit(self.tr("Select a session to delete it."))
            return False
        vault = self._context.vault
        try:
            record = sessions.get_session(vault, session_id)
            name = coachees.get_coachee(vault, record.coachee_id).name
        except CoachAppError as exc:
            show_error(self._window, exc)
            return False
        question = self.tr(
            "Delete the session of {when} with {name}?\n\n"
            "You can undo this until the app locks or closes."
        ).format(when=session_when(record.started_at), name=name)
        if not self._confirm(question):
            return False
        if is_open and not self._close_open():
            return False  # its last edits could not be saved: it stays, the editor says why
        # A failure is shown in an error box by ``ops`` (over the window).
        snapshot = self._context.ops.change(
            lambda v: sessions.delete_session(v, session_id), initiator=self, parent=self._window
        )
        if snapshot is None:
            return False
        self._keep(snapshot)
        self.notice.emit(
            self.tr("Session of {when} deleted.").format(when=session_when(record.started_at))
        )
        return True

    def _keep(self, snapshot: DeletedSession | None) -> None:
        self._snapshot = snapshot
        shown = snapshot is not None
        self.undo_button.setVisible(shown)
        if shown:
            self._hide_timer.start(UNDO_SHOWN_MS)
        else:
            self._hide_timer.stop()
        self.undo_available.emit(shown)

    def undo(self) -> bool:
        """Bring the last deleted session back (same id, text and links); True if done."""
        snapshot = self._snapshot
        if snapshot is None or not self._context.is_unlocked:
            return False
        restored = self._context.ops.change(  # a failure (coachee erased meanwhile) is shown
            lambda v: sessions.restore_deleted(v, snapshot), initiator=self, parent=self._window
        )
        if restored is None:
            return False
        self._keep(None)
        self.notice.emit(
            self.tr("Session of {when} restored.").format(when=session_when(restored.started_at))
        )
        return True

    def forget(self) -> None:
        """Drop the snapshot (and its note text): the app locks."""
        self._keep(None)
