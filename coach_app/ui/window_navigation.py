"""Which page the window shows: the navigation half of ``MainWindow``.

Any view asks to go somewhere through ``context.nav`` (``open_coachee``, ``open_session``,
``go_home``); the window listens here, shows the page, and records where the coach now is
with ``nav.set_coachee`` so views that depend on the current coachee read ``nav.coachee_id``
instead of reaching into the window.

The right side of the workspace holds six pages: home (the dashboard or a welcome), the
coachee page, the session area, the learning log of everyone, the groups and the hours log
(the last three belong to no coachee). Leaving an open session
saves it first; when the last edits cannot be saved the session stays (the editor says why).

A mixin of ``MainWindow``; what it uses from the window is listed in ``window_base``.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from coach_app.errors import CoachAppError
from coach_app.ui.coachee_page import SESSIONS_TAB
from coach_app.ui.errors import show_error
from coach_app.ui.window_base import WindowBase

STATUS_MS = 8000


class PageNavigation(WindowBase):
    """Shows the page asked for and records the coachee shown in ``context.nav``."""

    def _connect_navigation(self) -> None:
        """Listen to the navigation requests of every view."""
        nav = self.context.nav
        nav.coachee_requested.connect(self.show_coachee)
        nav.session_requested.connect(self.open_session)
        nav.home_requested.connect(self.show_dashboard)
        nav.groups_requested.connect(self.show_groups)
        nav.hours_requested.connect(self.show_hours)
        self.right.currentChanged.connect(self._page_changed)
        editor = self.session_area.editor
        self.session_area.back_button.clicked.connect(self.close_session)
        if editor is not None:
            editor.closed.connect(self._editor_closed)

    # ---- where the coach is ------------------------------------------------------------------

    def current_coachee_id(self) -> str | None:
        """Whose page is shown (or whose session is open)."""
        return self.coachee_page.coachee_id

    def _record_coachee(self) -> None:
        self.context.nav.set_coachee(self.coachee_page.coachee_id)

    def _in_session(self) -> bool:
        return self.right.currentWidget() is self.session_area

    # ---- one coachee --------------------------------------------------------------------------

    def _coachee_selected(self, coachee_id: str | None) -> None:
        """The list's selection moved (the coach clicked or typed in it)."""
        current = self.right.currentWidget()
        if coachee_id is None and current in (
            self.home,
            self.log_page,
            self.groups_page,
            self.hours_page,
        ):
            return  # the list let go of its selection for the dashboard or the log
        if coachee_id == self.coachee_page.coachee_id and current in (
            self.coachee_page,
            self.session_area,
        ):
            return
        editor = self.session_area.editor
        if self._in_session() and editor is not None and not editor.done():
            # The open session could not be saved: stay with it, the error shows there.
            self.list_panel.select(self.coachee_page.coachee_id or "", notify=False)
            return
        self._show_coachee_page(coachee_id)

    def _show_coachee_page(self, coachee_id: str | None) -> None:
        if coachee_id is None:
            self.coachee_page.clear()
            self.right.setCurrentWidget(self.home)
        else:
            try:
                self.coachee_page.show_coachee(coachee_id)
            except CoachAppError as exc:
                self.coachee_page.clear()
                self.right.setCurrentWidget(self.home)
                self.statusBar().showMessage(exc.message, 10_000)
            else:
                self.right.setCurrentWidget(self.coachee_page)
        self._record_coachee()
        self._update_actions()

    def show_coachee(self, coachee_id: str) -> None:
        """Show ``coachee_id`` (search hit, overdue list), widening the list filters if needed."""
        if not self.context.is_unlocked:
            return
        if self._in_session() and not self.close_session():
            return
        if (
            not self.list_panel.reveal(coachee_id)
            or self.coachee_page.coachee_id != coachee_id
            or self.right.currentWidget() is not self.coachee_page
        ):
            self._show_coachee_page(coachee_id)
        if self.right.currentWidget() is self.coachee_page:
            # Asked for from the dashboard, search or a list: the keyboard follows.
            self.coachee_page.tabs.setFocus()

    # ---- sessions ----------------------------------------------------------------------------

    def _no_editor(self) -> None:
        self.statusBar().showMessage(
            self.tr("The session editor is not part of this build."), STATUS_MS
        )

    def new_session(self) -> None:
        """Session → New session (Ctrl+N) for the selected coachee."""
        cid = self.coachee_page.coachee_id
        editor = self.session_area.editor
        if not cid or not self.context.is_unlocked:
            return
        if editor is None:
            self._no_editor()
            return
        if editor.new_session(cid):
            self._show_session_area()

    def open_session(self, coachee_id: str, session_id: str) -> None:
        """Open a session in the editor (timeline, search hit)."""
        if not self.context.is_unlocked:
            return
        editor = self.session_area.editor
        if self.coachee_page.coachee_id != coachee_id or self.right.currentWidget() not in (
            self.coachee_page,
            self.session_area,
        ):
            if self._in_session() and editor is not None and not editor.flush():
                return
            if not self.list_panel.reveal(coachee_id) or self.coachee_page.coachee_id != (
                coachee_id
            ):
                self._show_coachee_page(coachee_id)
        if editor is None:
            self._no_editor()
            return
        if editor.open_session(session_id):
            self._show_session_area()

    def _show_session_area(self) -> None:
        profile = self.coachee_page.profile
        self.session_area.name_label.setText(profile.name if profile else "")
        self.right.setCurrentWidget(self.session_area)
        self._update_actions()

    def close_session(self) -> bool:
        """Save and close the open session; False (and it stays) if saving failed."""
        editor = self.session_area.editor
        if editor is not None and not editor.done():
            return False
        self._editor_closed()
        return True

    def _editor_closed(self) -> None:
        if not self._in_session():
            return
        self.session_area.name_label.clear()
        cid = self.coachee_page.coachee_id
        self._show_coachee_page(cid)
        if cid:
            self.coachee_page.tabs.setCurrentIndex(SESSIONS_TAB)
            self.coachee_page.timeline.setFocus()

    # ---- pages without a coachee ---------------------------------------------------------------

    def show_dashboard(self) -> None:
        """Go → Dashboard (Ctrl+D): every active coachee at a glance."""
        if not self.context.is_unlocked or not self._leave_coachee(self.home):
            return
        try:
            self._update_home()
        except CoachAppError as exc:
            show_error(self, exc)
        self.home.dashboard.refresh()  # "days since" may have moved on since the last look
        self.home.focus_first()

    def show_learning_log(self) -> None:
        """Go → Learning log (Ctrl+Shift+L): what every reviewed experiment taught."""
        if not self.context.is_unlocked or not self._leave_coachee(self.log_page):
            return
        self.log_page.log.show_coachee(None)
        self.log_page.log.table.setFocus()

    def show_groups(self, group_id: str | None = None) -> None:
        """Go → Groups (Ctrl+G): every group, or one group's page."""
        if not self.context.is_unlocked or not self._leave_coachee(self.groups_page):
            return
        try:
            if group_id is None:
                self.groups_page.show_list()
            else:
                self.groups_page.show_group(group_id)
        except CoachAppError as exc:
            show_error(self, exc)

    def show_hours(self) -> None:
        """Go → Hours log (Ctrl+Shift+H): hours per period and client, credentials, CPD."""
        if not self.context.is_unlocked or not self._leave_coachee(self.hours_page):
            return
        self.hours_page.reload()
        self.hours_page.show_button.setFocus()

    def _leave_coachee(self, page: QWidget) -> bool:
        """Close the open session, let go of the coachee, show ``page``.

        False (and the session stays) when the session's last edits could not be saved.
        """
        if self._in_session():
            # Switch first, so the editor's "closed" does not bring the coachee page back.
            self.right.setCurrentWidget(page)
            if not self.close_session():
                self.right.setCurrentWidget(self.session_area)
                return False
            self.session_area.name_label.clear()
        self.right.setCurrentWidget(page)
        self.coachee_page.clear()
        self.list_panel.clear_selection()
        self._record_coachee()
        self._update_actions()
        return True

    def _page_changed(self, _index: int) -> None:
        # Everyone's log stops following changes once the coach has moved on from it.
        if self.right.currentWidget() is not self.log_page and self.log_page.log.active:
            self.log_page.log.clear()
