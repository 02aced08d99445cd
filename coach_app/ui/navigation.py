"""Where the coach is: the current coachee and session, and "open this" requests.

One object instead of a widget attribute read from many places: any view asks to open a
coachee, a session or the home screen here; the main window (the only one that lays out
pages) listens and shows it; views that depend on the current coachee listen to
``coachee_changed``. No view calls another view's methods.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class Navigator(QObject):
    """The current place in the app and the requests to go elsewhere."""

    coachee_requested = Signal(str)  # coachee id: show this coachee
    session_requested = Signal(str, str)  # coachee id, session id: open this session
    home_requested = Signal()  # show the dashboard
    groups_requested = Signal(object)  # str | None: this group's page, or the list of groups
    hours_requested = Signal()  # show the hours log
    coachee_changed = Signal(object)  # str | None: the coachee now shown
    session_changed = Signal(object)  # str | None: the session now open in the editor

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._coachee_id: str | None = None
        self._session_id: str | None = None

    @property
    def coachee_id(self) -> str | None:
        """The coachee now shown, if any."""
        return self._coachee_id

    @property
    def session_id(self) -> str | None:
        """The session now open in the editor, if any."""
        return self._session_id

    # ---- requests (any view) ----------------------------------------------------------------

    def open_coachee(self, coachee_id: str) -> None:
        """Ask for a coachee's page."""
        self.coachee_requested.emit(coachee_id)

    def open_session(self, coachee_id: str, session_id: str) -> None:
        """Ask for a session in the editor."""
        self.session_requested.emit(coachee_id, session_id)

    def go_home(self) -> None:
        """Ask for the dashboard."""
        self.home_requested.emit()

    def open_groups(self, group_id: str | None = None) -> None:
        """Ask for the list of groups, or one group's page."""
        self.groups_requested.emit(group_id)

    def open_hours(self) -> None:
        """Ask for the hours log."""
        self.hours_requested.emit()

    # ---- facts (the window that shows the page) -----------------------------------------------

    def set_coachee(self, coachee_id: str | None) -> None:
        """Record the coachee now shown (the main window calls this)."""
        if coachee_id != self._coachee_id:
            self._coachee_id = coachee_id
            if coachee_id is None:
                self._session_id = None
            self.coachee_changed.emit(coachee_id)

    def set_session(self, session_id: str | None) -> None:
        """Record the session now open (the session area calls this)."""
        if session_id != self._session_id:
            self._session_id = session_id
            self.session_changed.emit(session_id)

    def clear(self) -> None:
        """Forget where the coach was (after a lock every view is emptied)."""
        self.set_session(None)
        self.set_coachee(None)
