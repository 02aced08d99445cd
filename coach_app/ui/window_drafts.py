"""Back to where the coach was after an unlock: the drafts half of ``MainWindow``.

At a lock the window gives ``context.drafts`` its place (which page, which coachee, which
tab; ``draft_state``) and the session editor and every open dialog give theirs; the registry
seals them all under the vault's key (``ui/drafts.py``). After the next unlock
``restore_drafts`` takes them back, in order: the place (the coachee's page), the session (its
field, cursor and unsaved text, saved again at once), then each dialog, reopened on the same
record with its text. What went wrong on the way is said in the status bar; nothing is
retried in a loop.

A mixin of ``MainWindow``; what it uses from the window is listed in ``window_base``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QWidget

from coach_app.changes import Changes, Kind
from coach_app.errors import CoachAppError
from coach_app.ui import drafts
from coach_app.ui.window_base import WindowBase

log = logging.getLogger(__name__)

STATUS_MS = 15_000
# Restored first: the page the others live on, then the session the dialogs may belong to.
_ORDER = {"place": 0, "session": 1}
# Which state field names the session a dialog belongs to.
_SESSION_OF = {"experiment": "agreed_in", "review": "reviewed_in", "assessment": "session_id"}


class DraftRestore(WindowBase):
    """Gives the window's place to a lock; brings place, session and dialogs back after it."""

    def _hold_place(self) -> None:
        self.context.drafts.register(self, "place")

    def draft_state(self) -> drafts.State | None:
        """Which page, coachee and tab are shown (the window's part of a lock's drafts)."""
        if not self.context.is_unlocked:
            return None
        current = self.right.currentWidget()
        if current is self.session_area:
            page = "session"
        elif current is self.coachee_page:
            page = "coachee"
        elif current is self.log_page:
            page = "log"
        else:
            page = "home"
        return {
            "page": page,
            "coachee_id": self.coachee_page.coachee_id,
            "tab": self.coachee_page.tabs.currentIndex(),
        }

    def restore_drafts(self) -> None:
        """Reopen what the last lock sealed (called once the unlocked workspace is shown)."""
        try:
            found = self.context.drafts.take(self.context.vault)
        except CoachAppError as exc:
            self._status(exc.message, STATUS_MS)
            return
        messages: list[str] = []
        for draft in sorted(found, key=lambda d: _ORDER.get(d.kind, len(_ORDER))):
            try:
                message = self._restore(draft)
            except CoachAppError as exc:  # e.g. the record was erased meanwhile
                log.info("a %s was not reopened after unlock: %s", draft.kind, type(exc).__name__)
                message = self.tr("What was open before the lock could not be reopened: {reason}")
                message = message.format(reason=exc.message)
            if message:
                messages.append(message)
        if messages:
            self._status(" ".join(messages), STATUS_MS)

    def _restore(self, draft: drafts.Draft) -> str | None:
        state = draft.state
        if draft.kind == "place":
            self._restore_place(state)
            return None
        if draft.kind == "session":
            return self._restore_session(state)
        opener = self._openers().get(draft.kind)
        if opener is None:
            log.warning("no way to reopen a %s draft", draft.kind)
            return None
        dialog = opener(state, self._dialog_parent(draft.kind, state))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()  # window-modal without a nested event loop: the unlock handler returns
        return None

    def _restore_place(self, state: drafts.State) -> None:
        page = drafts.text(state, "page")
        coachee_id = drafts.optional_text(state, "coachee_id")
        if page == "log":
            self.show_learning_log()
        elif page in ("coachee", "session") and coachee_id:
            self.show_coachee(coachee_id)
            self.coachee_page.tabs.setCurrentIndex(drafts.number(state, "tab"))

    def _restore_session(self, state: drafts.State) -> str | None:
        editor = self.session_area.editor
        session_id = drafts.text(state, "session_id")
        if editor is None or not session_id:
            return None
        if editor.session_id != session_id:
            self.open_session(drafts.text(state, "coachee_id"), session_id)
        message: str | None = editor.restore_draft(state)
        return message

    def _dialog_parent(self, kind: str, state: drafts.State) -> QWidget:
        # A dialog of the open session belongs to the editor, so Done and a lock close it.
        editor = self.session_area.editor
        session_id = drafts.optional_text(state, _SESSION_OF.get(kind, ""))
        if editor is not None and session_id and editor.session_id == session_id:
            parent: QWidget = editor
            return parent
        return self

    def _openers(self) -> dict[str, Callable[[drafts.State, QWidget], QDialog]]:
        # Imported here: the dialogs are only needed when something was open at the lock.
        from coach_app.ui.assessment_dialog import AssessmentDialog  # noqa: PLC0415
        from coach_app.ui.coachee_dialogs import GoalDialog, ProfileDialog  # noqa: PLC0415
        from coach_app.ui.development_panel import DevelopmentDialog  # noqa: PLC0415
        from coach_app.ui.experiment_dialog import (  # noqa: PLC0415
            ExperimentDialog,
            ExperimentReviewDialog,
        )
        from coach_app.ui.group_dialogs import NewGroupDialog  # noqa: PLC0415
        from coach_app.ui.group_session_editor import GroupSessionDialog  # noqa: PLC0415

        context = self.context

        def profile(state: drafts.State, parent: QWidget) -> QDialog:
            dialog = ProfileDialog.from_draft(context, state, parent)
            if dialog.profile is None:  # a new coachee: show them once saved, as File → New does
                dialog.accepted.connect(lambda: self._show_new_coachee(dialog.saved))
            return dialog

        return {
            "profile": profile,
            "goal": lambda s, p: GoalDialog.from_draft(context, s, p),
            "experiment": lambda s, p: ExperimentDialog.from_draft(context, s, p),
            "review": lambda s, p: ExperimentReviewDialog.from_draft(context, s, p),
            "assessment": lambda s, p: AssessmentDialog.from_draft(context, s, p),
            "settings": self._settings_from_draft,
            "group": lambda s, p: NewGroupDialog.from_draft(context, s, p),
            "group_edit": lambda s, p: NewGroupDialog.from_draft(context, s, p),
            "group_session": lambda s, p: GroupSessionDialog.from_draft(context, s, p),
            "development": lambda s, p: DevelopmentDialog.from_draft(context, s, p),
        }

    def _settings_from_draft(self, state: drafts.State, parent: QWidget) -> QDialog:
        from coach_app.ui.settings_dialog import SettingsDialog  # noqa: PLC0415 - rarely used

        dialog = SettingsDialog(self.context, self.unlock_screen.keyring_store, parent)
        dialog.restore_draft(state)
        dialog.notice.connect(lambda text: self._status(text, 10_000))
        return dialog

    def _show_new_coachee(self, saved: object) -> None:
        coachee_id = getattr(saved, "id", None)
        if not isinstance(coachee_id, str) or not self.context.is_unlocked:
            return
        self._refresh_soon(Changes.of(Kind.COACHEES, coachee_ids=[coachee_id]))
        self._apply_refresh_now()
        self.show_coachee(coachee_id)
