"""What the parts of the main window share: declared for the type checker, ``object`` at run time.

``MainWindow`` is put together from mixins of one job each (``window_actions``,
``window_backups``, ``window_navigation``, ``window_drafts``); each uses widgets the window
builds and methods another part provides. ``WindowBase`` names them once, so every part is
checked against the same list. At run time it is plain ``object``: the parts hold no state of
their own and the real attributes and methods come from ``MainWindow`` and its other parts.

(Declared in a module of its own, outside the mixins' class bodies, because Qt's ``lupdate``
loses track of the class a translatable string belongs to after an ``if`` inside a class.)
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QDialog, QMainWindow, QStackedWidget

    from coach_app.changes import Changes
    from coach_app.ui.coachee_list import CoacheeListPanel
    from coach_app.ui.coachee_page import CoacheePage, SessionArea
    from coach_app.ui.context import AppContext
    from coach_app.ui.groups_page import GroupsPage
    from coach_app.ui.help_overlay import HelpOverlay
    from coach_app.ui.home_page import HomePage, LearningLogPage
    from coach_app.ui.hours_page import HoursPage
    from coach_app.ui.idle import IdleWatcher
    from coach_app.ui.unlock import UnlockScreen

    class WindowBase(QMainWindow):
        """The widgets and methods the window's parts use from one another."""

        context: AppContext
        unlock_screen: UnlockScreen
        list_panel: CoacheeListPanel
        coachee_page: CoacheePage
        session_area: SessionArea
        home: HomePage
        log_page: LearningLogPage
        groups_page: GroupsPage
        hours_page: HoursPage
        right: QStackedWidget
        idle: IdleWatcher
        help_overlay: HelpOverlay
        backup_action: QAction
        _search_dialog: QDialog | None

        # MainWindow
        def _on_locked(self) -> None:
            raise NotImplementedError

        def _refresh_soon(self, changes: Changes) -> None:
            raise NotImplementedError

        def _apply_refresh_now(self) -> None:
            raise NotImplementedError

        def _apply_auto_lock_setting(self) -> None:
            raise NotImplementedError

        def _update_home(self) -> None:
            raise NotImplementedError

        # WindowActions
        def _update_actions(self) -> None:
            raise NotImplementedError

        def _status(self, text: str, ms: int = 8000) -> None:
            raise NotImplementedError

        # BackupActions
        def backup_now(self) -> None:
            raise NotImplementedError

        # PageNavigation
        def _show_coachee_page(self, coachee_id: str | None) -> None:
            raise NotImplementedError

        def _in_session(self) -> bool:
            raise NotImplementedError

        def _record_coachee(self) -> None:
            raise NotImplementedError

        def show_coachee(self, coachee_id: str) -> None:
            raise NotImplementedError

        def open_session(self, coachee_id: str, session_id: str) -> None:
            raise NotImplementedError

        def new_session(self) -> None:
            raise NotImplementedError

        def close_session(self) -> bool:
            raise NotImplementedError

        def show_dashboard(self) -> None:
            raise NotImplementedError

        def show_learning_log(self) -> None:
            raise NotImplementedError

        def show_groups(self, group_id: str | None = None) -> None:
            raise NotImplementedError

        def show_hours(self) -> None:
            raise NotImplementedError

else:
    WindowBase = object
