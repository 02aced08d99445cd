"""The main window: the unlock screen and the workspace in one stack, assembled from its parts.

Workspace: the coachee list on the left (``coachee_list``); on the right one of six pages:
the home page (the dashboard of active coachees, or a welcome while the vault has none) until
the coach picks a coachee (``home_page``); the selected coachee's page (``coachee_page``);
the learning log of everyone; the groups (``groups_page``); the coach's hours log
(``hours_page``); or, while a session is open, the session editor.

The window is put together from mixins of one job each: ``WindowActions`` (menus and what they
do), ``BackupActions`` (back up now, the daily backup), ``PageNavigation`` (which page is
shown; ``context.nav`` requests) and ``DraftRestore`` (back to where the coach was, with
every unsaved word, after an unlock). This module builds the widgets, follows the vault's state
(unlocked, locked) and refreshes the views it owns from the change broadcast.

Views refresh from ``context.signals.changed``: a handler only gathers what changed and a
zero-delay timer applies it once, so a burst of broadcasts (an autosave that touches sessions
and measurements) costs one refresh. Every view holds frozen records from the services.

Lock (Ctrl+L, idle, or ``context.lock()`` from anywhere): the context emits ``about_to_lock``
so the editor saves its drafts, seals what could not be saved together with where the coach
was (``ui/drafts.py``), lets running work finish or stop (the status bar says "Finishing…"
meanwhile), closes the vault and emits ``vault_locked``; this window then closes every popup
and dialog (modal or not), empties every model, label and chart that showed coachee data, and
shows the unlock screen in the same window. After the next unlock the sealed drafts are
reopened where they were (``window_drafts``).

At start-up the app first shows a lighter window with the unlock screen alone
(``ui/start_window.py``); this window is built once its code is loaded and takes that unlock
screen over (``unlock_screen``), as it is, with what the coach typed (``ui/app_start.py``).
"""

from __future__ import annotations

import logging
from typing import Protocol, runtime_checkable

from PySide6.QtCore import QByteArray, QSettings, Qt, QTimer
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
)

from coach_app.changes import Changes, Kind
from coach_app.errors import CoachAppError
from coach_app.services import coachees
from coach_app.services import settings as settings_service
from coach_app.services.access import KeyDerivation, OpenVault
from coach_app.ui.coachee_list import CoacheeListPanel
from coach_app.ui.coachee_page import CoacheePage, SessionArea
from coach_app.ui.context import AppContext
from coach_app.ui.groups_page import GroupsPage
from coach_app.ui.help_overlay import HelpOverlay
from coach_app.ui.home_page import HomePage, LearningLogPage
from coach_app.ui.hours_page import HoursPage
from coach_app.ui.idle import IdleWatcher
from coach_app.ui.start_window import (
    DEFAULT_SIZE,
    MINIMUM_SIZE,
    app_title,
    build_status_bar,
    demo_texts,
)
from coach_app.ui.unlock import KeyringFactory, UnlockScreen
from coach_app.ui.window_actions import WindowActions
from coach_app.ui.window_backups import BackupActions
from coach_app.ui.window_drafts import DraftRestore
from coach_app.ui.window_navigation import PageNavigation

log = logging.getLogger(__name__)

LIST_WIDTH = 370

# The coachee page's parts and the kinds of change that make each reload.
_PAGE_KINDS = (Kind.PROFILE, Kind.GOALS, Kind.SESSIONS, Kind.EXPERIMENTS, Kind.MEASUREMENTS)
# The list shows names, statuses, the last session and the open experiments.
_LIST_KINDS = (Kind.COACHEES, Kind.PROFILE, Kind.SESSIONS, Kind.EXPERIMENTS)


@runtime_checkable
class _FirstField(Protocol):
    """A page that knows where the keyboard starts (every page of the unlock screen)."""

    def focus_first(self) -> None: ...


class MainWindow(WindowActions, BackupActions, PageNavigation, DraftRestore, QMainWindow):
    """Coach Companion's one window.

    Args:
        context: the app context; its vault may be open already (demo) or not.
        kdf: key derivation parameters for a new vault or passphrase (tests pass the minimum).
        keyring_factory: builds the OS keyring wrapper (tests inject a double).
        idle_check_ms: how often the auto-lock looks at the clock.
        restore_geometry: read the saved window geometry (off in tests).
        auto_backup: take the daily rotating backup after unlock (off in most tests).
        unlock_screen: the first window's unlock screen, taken over as it is (page, typed
            text, a flow under way); None builds a new one from ``kdf`` and ``keyring_factory``.
    """

    def __init__(
        self,
        context: AppContext,
        *,
        kdf: KeyDerivation | None = None,
        keyring_factory: KeyringFactory | None = None,
        idle_check_ms: int = 15_000,
        restore_geometry: bool = True,
        auto_backup: bool = True,
        unlock_screen: UnlockScreen | None = None,
    ) -> None:
        super().__init__()
        self.context = context
        self._auto_backup = auto_backup
        self._pending = Changes()
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(0)
        self._refresh_timer.timeout.connect(self._apply_refresh)
        self._search_dialog = None
        self.setWindowTitle(self._app_title())
        self.resize(*DEFAULT_SIZE)
        self.setMinimumSize(*MINIMUM_SIZE)

        adopted = unlock_screen is not None
        self.unlock_screen = unlock_screen or UnlockScreen(
            context.folder, kdf=kdf, keyring_factory=keyring_factory
        )
        self.unlock_screen.vault_opened.connect(self.open_vault)
        self.unlock_screen.notice.connect(lambda text: self.statusBar().showMessage(text, 10_000))
        self._build_workspace()
        self.stack = QStackedWidget()
        self.stack.addWidget(self.unlock_screen)
        self.stack.addWidget(self.workspace)
        self.setCentralWidget(self.stack)
        self._build_status_bar()
        self._build_menus()
        self.help_overlay = HelpOverlay(self, self.shortcut_list())
        self.idle = IdleWatcher(
            context.now,
            self.lock_now,
            settings_service.Settings().auto_lock_minutes,
            check_interval_ms=idle_check_ms,
            parent=self,
        )

        signals = context.signals
        signals.vault_unlocked.connect(self._on_unlocked)
        signals.vault_locked.connect(self._on_locked)
        signals.changed.connect(self._on_changed)
        context.ops.finishing.connect(self._show_finishing)
        context.ops.busy_changed.connect(self.busy_bar.setVisible)
        self._connect_navigation()
        self._hold_place()

        if restore_geometry:
            self._restore_geometry()
        if context.is_unlocked:
            self._on_unlocked()
        else:
            # A screen taken over keeps its page and what was typed on it.
            self._show_locked(reset=not adopted)

    # ---- building ---------------------------------------------------------------------------

    def _app_title(self) -> str:
        return app_title()

    def _build_workspace(self) -> None:
        self.list_panel = CoacheeListPanel(self.context, self._coachee_selected)
        self.coachee_page = CoacheePage(self.context)
        self.session_area = SessionArea(self.context)
        self.home = HomePage(self.context)
        self.log_page = LearningLogPage(self.context)
        self.groups_page = GroupsPage(self.context)  # empties itself at a lock
        self.hours_page = HoursPage(self.context)  # likewise

        self.list_panel.new_button.clicked.connect(self.new_coachee)
        self.list_panel.view.activated.connect(lambda _i: self.coachee_page.tabs.setFocus())
        page = self.coachee_page
        page.new_session_button.clicked.connect(self.new_session)
        page.edit_button.clicked.connect(self.edit_profile)
        page.report_button.clicked.connect(self.export_progress_report)
        page.goal_edit_requested.connect(self.edit_goal)
        page.add_goal_requested.connect(self.add_goal)
        page.experiment_review_requested.connect(self.review_experiment)
        page.agree_requested.connect(self.agree_experiment)
        page.assessment_chosen.connect(self.add_assessment)
        self.home.new_button.clicked.connect(self.new_coachee)
        self.home.log_button.clicked.connect(self.show_learning_log)

        self.right = QStackedWidget()
        for widget in (
            self.home,
            self.coachee_page,
            self.session_area,
            self.log_page,
            self.groups_page,
            self.hours_page,
        ):
            self.right.addWidget(widget)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.list_panel)
        self.splitter.addWidget(self.right)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        # The list needs little room; the dashboard and the progress chart use every pixel.
        self.splitter.setSizes([LIST_WIDTH, DEFAULT_SIZE[0] - LIST_WIDTH])
        self.splitter.setChildrenCollapsible(False)
        editor = self.session_area.editor
        if editor is not None:
            # While the coachee sits in front of you, the other coachees' names are not shown.
            editor.live.active_changed.connect(lambda live: self.list_panel.setVisible(not live))
        self.workspace = self.splitter

    def _build_status_bar(self) -> None:
        # The same widgets as the first window's (ui/start_window.py).
        widgets = build_status_bar(self, self.context.folder, self.context.demo)
        self.busy_bar = widgets.busy_bar
        self.folder_label = widgets.folder_label
        self.demo_badge = widgets.demo_badge

    def _show_finishing(self, label: str) -> None:
        """A lock or quit waits for running work: say so while it does."""
        text = self.tr("Finishing {label}…").format(label=label) if label else self.tr("Finishing…")
        if self.statusBar().currentMessage() != text:
            self.statusBar().showMessage(text)

    # ---- vault state ------------------------------------------------------------------------

    def open_vault(self, vault: OpenVault) -> None:
        """Take a vault the unlock screen (or the demo) opened."""
        self.context.set_vault(vault)

    def _apply_auto_lock_setting(self) -> None:
        try:
            minutes = settings_service.load_settings(self.context.vault).auto_lock_minutes
        except CoachAppError:  # locked meanwhile: the defaults apply until the next unlock
            minutes = settings_service.Settings().auto_lock_minutes
        self.idle.set_minutes(float(minutes))

    def _on_unlocked(self) -> None:
        self._apply_auto_lock_setting()
        self.idle.start()
        self.stack.setCurrentWidget(self.workspace)
        self.right.setCurrentWidget(self.home)
        self.list_panel.reload()
        # Open on the dashboard rather than on one coachee: it shows who needs attention
        # (no session for weeks, overdue experiments) before the coach picks anyone.
        self._update_home()
        self._update_actions()
        self._start_daily_backup(self._auto_backup)
        if self.home.is_welcome:
            self.home.new_button.setFocus()
        else:
            self.list_panel.filter_edit.setFocus()
        # Back to where the coach was at the lock, with every word that was not saved then.
        self.restore_drafts()

    def _on_locked(self) -> None:
        self.idle.stop()
        self.close_transient_windows()
        self._refresh_timer.stop()
        self._pending = Changes()
        if self.session_area.editor is not None:
            self.session_area.editor.clear()
        self.session_area.name_label.clear()
        self.coachee_page.clear()  # the chart and the learning log tab too
        self.home.dashboard.clear()
        self.log_page.log.clear()
        self.list_panel.clear()
        self.help_overlay.hide()
        # A status line may name a coachee ("… archived."): it goes with the rest.
        self.statusBar().clearMessage()
        self._show_locked(self.tr("Locked. Enter your passphrase to go on."))

    def _show_locked(self, message: str = "", *, reset: bool = True) -> None:
        self.right.setCurrentWidget(self.home)
        if reset:
            self.unlock_screen.reset(message)
        self.stack.setCurrentWidget(self.unlock_screen)
        self._record_coachee()
        self._update_actions()
        page = self.unlock_screen.current_page
        if self.isVisible() and isinstance(page, _FirstField):
            page.focus_first()

    def close_transient_windows(self) -> None:
        """Close every popup and dialog: modal ones first (they may be nested), then the rest."""
        for _ in range(100):  # a bound, in case a dialog refuses to close
            popup = QApplication.activePopupWidget()
            if popup is not None:
                popup.close()
                continue
            modal = QApplication.activeModalWidget()
            if modal is None or modal is self:
                break
            if isinstance(modal, QDialog):
                modal.reject()
            else:
                modal.close()
            if QApplication.activeModalWidget() is modal:  # it refused: hide it anyway
                modal.hide()
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog) and widget.isVisible():
                widget.reject()

    # ---- refresh from the change broadcast ---------------------------------------------------

    def _on_changed(self, changes: Changes, _initiator: object) -> None:
        if not self.context.is_unlocked:
            return
        if changes.touches(Kind.SETTINGS):
            self._apply_auto_lock_setting()
        self._refresh_soon(changes)

    def _refresh_soon(self, changes: Changes) -> None:
        """Note what changed; the views are refreshed once, when the event loop is free."""
        if not self.context.is_unlocked:
            return
        self._pending = self._pending | changes
        self._refresh_timer.start()

    def _apply_refresh_now(self) -> None:
        self._refresh_timer.stop()
        self._apply_refresh()

    def _apply_refresh(self) -> None:
        if not self.context.is_unlocked:
            return
        changes, self._pending = self._pending, Changes()
        if not changes:
            return
        try:
            if changes.touches(*_LIST_KINDS):
                self.list_panel.reload(keep=self.coachee_page.coachee_id)
                self._update_home()
            cid = self.coachee_page.coachee_id
            if cid:
                parts = {kind for kind in _PAGE_KINDS if changes.touches(kind, coachee_id=cid)}
                if changes.touches(Kind.SETTINGS):
                    parts.add(Kind.MEASUREMENTS)  # custom metrics' names label the ratings
                if parts:
                    self.coachee_page.refresh(parts)
        except CoachAppError as exc:
            # The coachee vanished (erased) or the vault locked meanwhile: go home.
            log.info("refresh skipped: %s", type(exc).__name__)
            if self.context.is_unlocked and self.right.currentWidget() is self.coachee_page:
                self._show_coachee_page(self.list_panel.current_id())

    def _update_home(self) -> None:
        """Dashboard or welcome, by whether the vault holds any coachee (in any status)."""
        has_coachees = self.list_panel.model.rowCount() > 0
        if not has_coachees:  # the list may only hide them (status filter): ask once more
            has_coachees = bool(coachees.list_coachees(self.context.vault, statuses=None))
        self.home.show_board(has_coachees)

    # ---- window -----------------------------------------------------------------------------

    def set_demo(self, passphrase: str) -> None:
        """Say in the title and the status bar that this is a throwaway demo vault."""
        self.context.demo = True
        title, badge = demo_texts(passphrase)
        self.setWindowTitle(title)
        self.demo_badge.setText(badge)
        self.demo_badge.show()

    def _restore_geometry(self) -> None:
        settings = QSettings()
        geometry = settings.value("window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        splitter = settings.value("window/splitter")
        if isinstance(splitter, QByteArray) and not splitter.isEmpty():
            self.splitter.restoreState(splitter)

    def save_geometry(self) -> None:
        """Remember the window's size and place (and nothing about coachees)."""
        settings = QSettings()
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/splitter", self.splitter.saveState())

    def closeEvent(self, event: QCloseEvent) -> None:
        """Quit: save the draft, remember the geometry, finish running work, lock the vault."""
        editor = self.session_area.editor
        if editor is not None and self.context.is_unlocked and not editor.flush():
            answer = QMessageBox.warning(
                self,
                self.tr("Unsaved notes"),
                self.tr(
                    "The last changes to this session could not be saved (the reason is shown "
                    "in the editor). Quit anyway and lose them?"
                ),
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Discard:
                event.ignore()
                return
        self.save_geometry()
        self.idle.dispose()
        self._lock_keys.dispose()
        if self.context.is_unlocked:
            self.context.lock()
        self.unlock_screen.discard_pending()
        event.accept()
