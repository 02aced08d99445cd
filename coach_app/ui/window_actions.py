"""The window's menus and what they do: the actions half of ``MainWindow``.

File (new coachee, back up now, settings, lock, quit), Coachee (edit, goals, assessments, the
progress report, archive, erase), Session, Go and Help. Every action is also added to the
window, so its shortcut works while the menu bar is hidden or a page has the focus; an
action's ``needs`` property ("vault", "coachee" or "") says when it is enabled.

Every write goes through ``context.ops``; the change broadcast that follows refreshes the
views, so nothing here tells a view to reload. Long work (a backup, a report) runs as an
``ops`` task, which a lock cancels at its next progress call.

Lock (Ctrl+L) works from anywhere, inside a modal dialog too (``_LockKeyWhileModal``).

A mixin of ``MainWindow``; what it uses from the window is listed in ``window_base``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QDialog, QMenu, QMessageBox

from coach_app.changes import Changes, Kind
from coach_app.errors import CoachAppError
from coach_app.services import coachees
from coach_app.services.records import GoalRecord
from coach_app.ui.about_dialog import show_about
from coach_app.ui.assessment_menu import AssessmentMenu
from coach_app.ui.coachee_dialogs import EraseDialog, GoalDialog, ProfileDialog
from coach_app.ui.errors import show_error
from coach_app.ui.help_overlay import extra_shortcuts
from coach_app.ui.passphrase_dialog import open_passphrase_dialog
from coach_app.ui.session_delete import SessionDelete
from coach_app.ui.window_base import WindowBase

if TYPE_CHECKING:
    from coach_app.ui.file_export import ExportKind
    from coach_app.ui.report_action import ReportExport

log = logging.getLogger(__name__)

T = TypeVar("T")

STATUS_MS = 8000
Shortcut = QKeySequence | QKeySequence.StandardKey | str


class _LockKeyWhileModal(QObject):
    """Ctrl+L inside a modal dialog: Qt does not deliver the window's shortcut there.

    Shortcuts of a window blocked by a modal dialog never fire (not even application-wide
    ones), yet the coach must be able to lock from anywhere. Only key presses are looked at,
    and only while a modal dialog is up; otherwise the Lock action's own shortcut does it.
    """

    def __init__(
        self, sequence: QKeySequence, on_lock: Callable[[], None], parent: QObject
    ) -> None:
        super().__init__(parent)
        self._sequence = sequence
        self._on_lock = on_lock
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Lock on the lock keys while a modal dialog has the keyboard."""
        if (
            event.type() == QEvent.Type.KeyPress
            and QApplication.activeModalWidget() is not None
            and isinstance(event, QKeyEvent)
            and QKeySequence(event.keyCombination()) == self._sequence
        ):
            self._on_lock()
            return True
        return False

    def dispose(self) -> None:
        """Detach from the application."""
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)


class WindowActions(WindowBase):
    """The menus, their actions, and the dialogs and tasks they start."""

    # ---- building ---------------------------------------------------------------------------

    def _action(
        self,
        menu: QMenu,
        text: str,
        slot: Callable[[], object],
        shortcut: Shortcut | None = None,
        *,
        needs: str = "vault",
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: slot())
        action.setProperty("needs", needs)
        menu.addAction(action)
        self.addAction(action)  # shortcuts work while the menu bar is hidden or a page has focus
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        self.new_coachee_action = self._action(
            file_menu, self.tr("&New coachee…"), self.new_coachee, "Ctrl+Shift+N"
        )
        self._build_file_transfer_menu(file_menu)
        self.backup_action = self._action(file_menu, self.tr("&Backup now…"), self.backup_now)
        self.restore_action = self._action(
            file_menu, self.tr("&Restore…"), self._restore_backup, needs=""
        )
        self.settings_action = self._action(file_menu, self.tr("&Settings…"), self.open_settings)
        self.passphrase_action = self._action(
            file_menu,
            self.tr("Change &passphrase…"),
            lambda: open_passphrase_dialog(self.context, self.unlock_screen.keyring_store, self),
        )
        file_menu.addSeparator()
        self.lock_action = self._action(file_menu, self.tr("&Lock"), self.lock_now, "Ctrl+L")
        self.quit_action = self._action(
            file_menu, self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit, needs=""
        )
        if self.quit_action.shortcut().isEmpty():
            self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))

        coachee_menu = bar.addMenu(self.tr("&Coachee"))
        self._workspace_menus = [coachee_menu]
        self.edit_profile_action = self._action(
            coachee_menu, self.tr("&Edit profile…"), self.edit_profile, needs="coachee"
        )
        self.add_goal_action = self._action(
            coachee_menu, self.tr("Add &goal…"), self.add_goal, needs="coachee"
        )
        self.assessment_menu = AssessmentMenu(self.context, self)
        self.assessment_menu.chosen.connect(self.add_assessment)
        coachee_menu.addMenu(self.assessment_menu)
        self.report_action = self._action(
            coachee_menu,
            self.tr("&Progress report (PDF)…"),
            self.export_progress_report,
            "Ctrl+P",
            needs="coachee",
        )
        self.print_report_action = self._action(
            coachee_menu,
            self.tr("Pr&int progress report…"),
            self._print_report,
            needs="coachee",
        )
        self.coachee_copy_action = self._action(
            coachee_menu, self.tr("Coachee &copy (PDF)…"), self._coachee_copy, needs="coachee"
        )
        self.brief_action = self._action(
            coachee_menu, self.tr("Pre-session &brief…"), self._open_brief, "Ctrl+B"
        )
        coachee_menu.addSeparator()
        self.archive_action = self._action(
            coachee_menu, self.tr("&Archive"), self.archive_coachee, needs="coachee"
        )
        self.erase_action = self._action(
            coachee_menu, self.tr("E&rase…"), self.erase_coachee, needs="coachee"
        )

        session_menu = bar.addMenu(self.tr("&Session"))
        self._workspace_menus.append(session_menu)
        self.new_session_action = self._action(
            session_menu, self.tr("&New session"), self.new_session, "Ctrl+N", needs="coachee"
        )
        self.start_session_action = self._action(
            session_menu,
            self.tr("&Start session (in-session mode)"),
            self._start_live_session,
            "Ctrl+Shift+S",
            needs="coachee",
        )
        # Ctrl+E belongs to the session editor (its own shortcut, active inside it); a second
        # binding here would make Qt call the key ambiguous and do nothing.
        self.agree_action = self._action(
            session_menu,
            self.tr("&Agreed experiment (from the selected text)…\tCtrl+E"),
            self._agree_from_menu,
            needs="coachee",
        )

        session_menu.addSeparator()
        self.print_session_action = self._action(
            session_menu, self.tr("&Print session…"), self._print_session, needs="coachee"
        )
        self.session_delete = SessionDelete(
            self.context,
            self,
            self.statusBar(),
            current=self._session_to_delete,
            close_open=self.close_session,
        )
        self.session_delete.notice.connect(self._status)
        self.delete_session_action = self._action(
            session_menu,
            self.tr("&Delete session…"),
            self.session_delete.delete_current,
            "Ctrl+Shift+Del",
            needs="coachee",
        )
        self.undo_delete_action = self._action(
            session_menu, self.tr("&Undo delete"), self.session_delete.undo, "Ctrl+Alt+Z", needs=""
        )
        self.undo_delete_action.setEnabled(False)
        self.session_delete.undo_available.connect(self.undo_delete_action.setEnabled)

        go_menu = bar.addMenu(self.tr("&Go"))
        self._workspace_menus.append(go_menu)
        self.dashboard_action = self._action(
            go_menu, self.tr("&Dashboard"), self.show_dashboard, "Ctrl+D"
        )
        self.learning_log_action = self._action(
            go_menu, self.tr("&Learning log (everyone)"), self.show_learning_log, "Ctrl+Shift+L"
        )
        self.groups_action = self._action(
            go_menu, self.tr("&Groups"), lambda: self.show_groups(None), "Ctrl+G"
        )
        self.hours_action = self._action(
            go_menu, self.tr("&Hours log"), self.show_hours, "Ctrl+Shift+H"
        )
        go_menu.addSeparator()
        self.search_action = self._action(go_menu, self.tr("&Search…"), self.open_search, "Ctrl+K")
        self.filter_action = self._action(
            go_menu, self.tr("&Filter coachees"), self.focus_filter, "Ctrl+F"
        )
        self.overdue_action = self._action(
            go_menu, self.tr("&Overdue experiments…"), self.open_overdue
        )

        help_menu = bar.addMenu(self.tr("&Help"))
        self.help_action = self._action(
            help_menu, self.tr("&Keyboard shortcuts"), self.show_help, "F1", needs=""
        )
        self.security_check_action = self._action(
            help_menu, self.tr("&Security check…"), self.open_security_check
        )
        self.about_action = self._action(
            help_menu, self.tr("&About Coach Companion"), lambda: show_about(self), needs=""
        )
        self._lock_keys = _LockKeyWhileModal(self.lock_action.shortcut(), self._lock_from_key, self)
        self._update_actions()

    def _build_file_transfer_menu(self, file_menu: QMenu) -> None:
        """File → Export (whole vault, this coachee, Markdown) and Import; see ui/file_export."""
        from coach_app.ui.file_export import ExportKind, available  # noqa: PLC0415
        from coach_app.ui.file_import import start_import  # noqa: PLC0415

        export_menu = file_menu.addMenu(self.tr("&Export"))
        entries = (
            (ExportKind.VAULT_JSON, self.tr("&Whole vault (JSON)…"), "vault"),
            (ExportKind.COACHEE_JSON, self.tr("This &coachee (JSON, subject-access)…"), "coachee"),
            (ExportKind.COACHEE_PDF, self.tr("This coachee (&PDF, subject-access)…"), "coachee"),
            (ExportKind.MARKDOWN, self.tr("&Notes as Markdown…"), "vault"),
        )
        for kind, text, needs in entries:
            if available(kind):  # an export whose service is not in this build is left out
                self._action(export_menu, text, self._exporter(kind), needs=needs)
        self.import_action = self._action(
            file_menu, self.tr("&Import (JSON)…"), lambda: start_import(self.context, self)
        )
        file_menu.addSeparator()

    def _restore_backup(self) -> None:
        from coach_app.ui.restore_action import start_restore  # noqa: PLC0415

        start_restore(self.context, self)

    def _print_session(self) -> None:
        from coach_app.ui.print_action import print_session  # noqa: PLC0415

        editor = self.session_area.editor
        if editor is None or editor.session_id is None:
            self._status(self.tr("Open a session to print it."))
            return
        if editor.flush():  # the paper shows what the screen shows
            print_session(self.context, editor.session_id, self)

    def _print_report(self) -> None:
        from coach_app.ui.report_action import print_report  # noqa: PLC0415

        print_report(self.context, self.coachee_page.coachee_id, self)

    def _coachee_copy(self) -> None:
        from coach_app.ui.coachee_copy_action import start_coachee_copy  # noqa: PLC0415

        start_coachee_copy(self.context, self.coachee_page.coachee_id, self)

    def _open_brief(self) -> None:
        from coach_app.ui.brief_view import dashboard_choice, open_brief  # noqa: PLC0415

        coachee_id = self.coachee_page.coachee_id
        if coachee_id is None and self.right.currentWidget() is self.home:
            coachee_id = dashboard_choice(self.home.dashboard.table)
        if coachee_id is None:
            self._status(self.tr("Choose a coachee first, on the dashboard or in the list."))
            return
        open_brief(self.context, coachee_id, self)

    def _exporter(self, kind: ExportKind) -> Callable[[], object]:
        from coach_app.ui.file_export import start_export  # noqa: PLC0415

        return lambda: start_export(self.context, kind, self.coachee_page.coachee_id, self)

    def shortcut_list(self) -> list[tuple[str, str]]:
        """Every shortcut with what it does, for the F1 overlay."""
        rows: list[tuple[str, str]] = []
        for action in self.actions():
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            text, _, tab_keys = action.text().partition("\t")
            keys = keys or tab_keys
            if keys:
                rows.append((keys, text.replace("&", "").rstrip("…")))
        return rows + list(extra_shortcuts())

    def _update_actions(self) -> None:
        unlocked = self.context.is_unlocked
        has_coachee = unlocked and self.coachee_page.coachee_id is not None
        for action in self.actions():
            needs = action.property("needs")
            if needs == "vault":
                action.setEnabled(unlocked)
            elif needs == "coachee":
                action.setEnabled(has_coachee)
        self.assessment_menu.menuAction().setEnabled(has_coachee)
        # Menus that only make sense inside the workspace are not shown on the unlock screen.
        for menu in self._workspace_menus:
            menu.menuAction().setVisible(unlocked)

    def _status(self, text: str, ms: int = STATUS_MS) -> None:
        self.statusBar().showMessage(text, ms)

    def _guarded(self, fn: Callable[[], T]) -> T | None:
        try:
            return fn()
        except CoachAppError as exc:
            show_error(self, exc)
            return None

    # ---- lock --------------------------------------------------------------------------------

    def lock_now(self) -> None:
        """Lock: drafts saved, work finished, vault closed, dialogs closed, views emptied."""
        if self.context.is_unlocked:
            self.context.lock()
        else:
            self._on_locked()

    def _lock_from_key(self) -> None:
        # Deferred: the key event is still being delivered to the dialog this closes.
        if self.context.is_unlocked:
            QTimer.singleShot(0, self.lock_now)

    # ---- coachee actions --------------------------------------------------------------------

    def new_coachee(self) -> None:
        """File → New coachee: the profile dialog, then select the new coachee."""
        if not self.context.is_unlocked:
            return
        dialog = ProfileDialog(self.context, None, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.saved is not None:
            # The list must hold the new coachee before it can be selected in it: the refresh
            # the save's broadcast asked for happens now rather than after this method.
            self._refresh_soon(Changes.of(Kind.COACHEES, coachee_ids=[dialog.saved.id]))
            self._apply_refresh_now()
            self.show_coachee(dialog.saved.id)

    def edit_profile(self) -> None:
        """Coachee → Edit profile."""
        profile = self.coachee_page.profile
        if profile is None or not self.context.is_unlocked:
            return
        ProfileDialog(self.context, profile, self).exec()  # saved through ops: views follow

    def add_goal(self) -> None:
        """Coachee → Add goal."""
        cid = self.coachee_page.coachee_id
        if cid and self.context.is_unlocked:
            GoalDialog(self.context, cid, None, self).exec()

    def edit_goal(self, goal: GoalRecord) -> None:
        """Edit one goal (from the Overview)."""
        if self.context.is_unlocked:
            GoalDialog(self.context, goal.coachee_id, goal, self).exec()

    def archive_coachee(self) -> None:
        """Coachee → Archive (after a question; nothing is deleted)."""
        profile = self.coachee_page.profile
        if profile is None or not self.context.is_unlocked:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Archive coachee"),
            self.tr("Archive {name}? Nothing is deleted; they move to the Archived list.").format(
                name=profile.name
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes or not self.context.is_unlocked:
            return
        archived = self.context.ops.change(
            lambda v: coachees.archive_coachee(v, profile.id), initiator=self, parent=self
        )
        if archived is not None:
            self._status(self.tr("{name} archived.").format(name=profile.name))

    def erase_coachee(self) -> None:
        """Coachee → Erase: typed confirmation, then everything about them goes.

        Off the UI thread (the vault's backups are rewritten too) and not cancellable: a lock
        waits for it, so an erasure never stops half-way through the backups. The result box
        names what was cleaned, what could not be, and the copies the app cannot reach.
        """
        from coach_app.errors import VaultLocked  # noqa: PLC0415
        from coach_app.services.erasure import ErasureResult  # noqa: PLC0415

        profile = self.coachee_page.profile
        if profile is None or not self.context.is_unlocked:
            return
        dialog = EraseDialog(profile.name, self)
        if dialog.exec() != QDialog.DialogCode.Accepted or not self.context.is_unlocked:
            return
        editor = self.session_area.editor
        if editor is not None and editor.coachee_id == profile.id:
            editor.clear()
        self._status(self.tr("Erasing…"), 0)

        def done(result: ErasureResult) -> None:
            if self.coachee_page.coachee_id == result.coachee_id:
                self.coachee_page.clear()
                self.right.setCurrentWidget(self.home)
            self._record_coachee()
            self._update_actions()
            self._status(self.tr("Coachee erased."))
            lines = [self.tr("{name} was erased from this vault.").format(name=profile.name)]
            if result.backups_purged:
                lines.append(
                    self.tr(
                        "%n backup(s) in the vault's backup folder were cleaned.",
                        "",
                        len(result.backups_purged),
                    )
                )
            lines.extend(
                self.tr("Could not clean the backup {name}: {reason}.").format(
                    name=miss.path.name, reason=miss.reason
                )
                for miss in result.backups_not_purged
            )
            lines.extend(result.notice)
            box = QMessageBox(
                QMessageBox.Icon.Information,
                self.tr("Coachee erased"),
                "\n\n".join(lines),
                QMessageBox.StandardButton.Ok,
                self,
            )
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.open()

        def failed(exc: BaseException) -> None:
            self.statusBar().clearMessage()
            if not isinstance(exc, VaultLocked):  # a lock won the race: nothing to say
                show_error(self, exc)

        self.context.ops.run_change(
            lambda v: coachees.erase_coachee(v, profile.id),
            on_success=done,
            on_failure=failed,
            initiator=self,
            label=self.tr("erasing a coachee"),
            parent=self,
        )

    def add_assessment(self, instrument_key: str) -> QDialog | None:
        """Coachee → Add assessment: the form of one measure for the shown coachee.

        Inside an open session the session editor takes it, so the measure is recorded as
        part of that session.
        """
        cid = self.coachee_page.coachee_id
        if not cid or not self.context.is_unlocked:
            return None
        editor = self.session_area.editor
        if self._in_session() and editor is not None and editor.session_id is not None:
            opened: QDialog | None = editor.open_assessment(instrument_key)
            return opened
        from coach_app.ui.assessment_dialog import AssessmentDialog  # noqa: PLC0415

        try:
            dialog = AssessmentDialog(self.context, cid, instrument_key, self)
        except CoachAppError as exc:
            show_error(self, exc)
            return None
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def export_progress_report(self) -> ReportExport | None:
        """Coachee → Progress report (PDF): ask for a file, then write it in the background."""
        cid = self.coachee_page.coachee_id
        if not cid or not self.context.is_unlocked:
            return None
        from coach_app.ui.report_action import export_report  # noqa: PLC0415 - rarely used

        export = self._guarded(lambda: export_report(self.context, cid, self))
        if export is not None:
            export.finished.connect(
                lambda path: self._status(
                    self.tr("Progress report saved: {path}").format(path=path), 15_000
                )
            )
        return export

    # ---- experiments -------------------------------------------------------------------------

    def _start_live_session(self) -> None:
        """Session → Start session (Ctrl+Shift+S): the template chooser, in-session mode on."""
        editor = self.session_area.editor
        if editor is not None:
            editor.prefer_live()
        self.new_session()

    def _session_to_delete(self) -> tuple[str | None, bool]:
        # The open session, else the one selected in the coachee's timeline.
        editor = self.session_area.editor
        if self._in_session() and editor is not None and editor.session_id is not None:
            return editor.session_id, True
        return self.coachee_page.selected_session_id(), False

    def _agree_from_menu(self) -> None:
        editor = self.session_area.editor
        if self._in_session() and editor is not None:
            editor.agree_experiment()
        elif self.coachee_page.coachee_id:
            self.agree_experiment(self.coachee_page.coachee_id)

    def agree_experiment(self, coachee_id: str) -> None:
        """Agree an experiment outside a session (Experiments tab)."""
        try:
            from coach_app.ui.experiment_dialog import ExperimentDialog  # noqa: PLC0415
        except ImportError:
            self._status(self.tr("Experiments cannot be edited in this build."))
            return
        dialog = ExperimentDialog(self.context, coachee_id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def review_experiment(self, experiment_id: str) -> None:
        """Open an experiment's review (Experiments tab, Overview link)."""
        try:
            from coach_app.ui.experiment_dialog import ExperimentReviewDialog  # noqa: PLC0415
        except ImportError:
            self._status(self.tr("Experiments cannot be reviewed in this build."))
            return
        try:
            dialog = ExperimentReviewDialog(self.context, experiment_id, parent=self)
        except CoachAppError as exc:
            show_error(self, exc)
            return
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    # ---- go, help, settings ------------------------------------------------------------------

    def open_search(self) -> None:
        """Go → Search (Ctrl+K)."""
        if not self.context.is_unlocked:
            return
        try:
            from coach_app.ui.search_dialog import SearchDialog  # noqa: PLC0415
        except ImportError:
            self._status(self.tr("Search is not part of this build."))
            return
        if self._search_dialog is None:
            self._search_dialog = SearchDialog(self.context, self)
        self._search_dialog.open()

    def open_overdue(self) -> None:
        """Go → Overdue experiments."""
        if not self.context.is_unlocked:
            return
        try:
            from coach_app.ui.experiment_dialog import OverdueExperimentsDialog  # noqa: PLC0415
        except ImportError:
            self._status(self.tr("This build has no overdue list."))
            return
        dialog = OverdueExperimentsDialog(self.context, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def focus_filter(self) -> None:
        """Go → Filter coachees (Ctrl+F)."""
        if self.context.is_unlocked:
            if self._in_session() and not self.close_session():
                return
            self.list_panel.filter_edit.setFocus()
            self.list_panel.filter_edit.selectAll()

    def show_help(self) -> None:
        """Help → Keyboard shortcuts (F1)."""
        self.help_overlay.open()

    def open_security_check(self) -> None:
        """Help → Security check: runs off the UI thread, then lists what it found."""
        from coach_app.ui.screen_lock import ScreenLockGuard  # noqa: PLC0415 - rarely used
        from coach_app.ui.security_check_dialog import open_security_check  # noqa: PLC0415

        guard = self.findChild(ScreenLockGuard)  # attached at start-up (ui/launch.py)
        watching = guard.watching if guard is not None else False
        open_security_check(self.context, self.unlock_screen.keyring_store, watching, self)

    def open_settings(self) -> None:
        """File → Settings."""
        if not self.context.is_unlocked:
            return
        from coach_app.ui.settings_dialog import SettingsDialog  # noqa: PLC0415 - rarely used

        dialog = SettingsDialog(self.context, self.unlock_screen.keyring_store, self)
        dialog.notice.connect(lambda text: self._status(text, 10_000))
        dialog.exec()
        # The auto-lock time applies at once, however the dialog stored it.
        if self.context.is_unlocked:
            self._apply_auto_lock_setting()
