"""The session editor through a lock: what a lock seals of the open session, and putting it back.

A mixin of :class:`coach_app.ui.session_editor.SessionEditor`, kept apart so the editor stays
one readable module. ``draft_state`` keeps the open session, what is still unsaved in it (the
text of dirty fields, ratings, the date and length), the focused field with its cursor, the
scroll position and, in a live session, its clock (``LiveSession.draft_state``);
``restore_draft`` puts all of it back once the session is open again after unlock (in-session
mode too, its clock counting on from the session's start) and saves it at once
(docs/security.md 13).
"""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QWidget

from coach_app.services.records import SessionRecord
from coach_app.ui import drafts
from coach_app.ui.session_autosave import RATING_PREFIX, WHEN_KEYS, AutosaveController
from coach_app.ui.session_form import SessionForm
from coach_app.ui.session_live import LiveSession
from coach_app.ui.session_page import SessionPage
from coach_app.ui.session_side_panel import NOT_RATED, SessionSidePanel


class SessionDraftsMixin:
    """``draft_state`` / ``restore_draft`` for the session editor (see the module docstring).

    Texts are translated in the editor's context ("SessionEditor"), where they were before.
    """

    # Provided by the editor (declared for the type checker only: at run time a definition
    # here would hide QWidget's own focusWidget and tr, which come later in the editor's MRO).
    if TYPE_CHECKING:
        _record: SessionRecord | None
        _form: SessionForm | None
        _side: SessionSidePanel | None
        _autosave: AutosaveController
        _page: SessionPage
        _live: LiveSession

        def _read(self, key: str) -> object: ...
        def _changed(self, key: str) -> None: ...
        def flush(self) -> bool: ...
        def _set_status(self, text: str, tone: str) -> None: ...
        def _say_in_session(self) -> None: ...
        def focusWidget(self) -> QWidget: ...

    def draft_state(self) -> drafts.State | None:
        """The open session, what is still unsaved in it, the focused field and its cursor."""
        if self._record is None or self._form is None:
            return None
        unsaved: dict[str, object] = {}
        for key in sorted(self._autosave.dirty):
            with contextlib.suppress(KeyError):  # a field that is gone has nothing to keep
                unsaved[key] = self._read(key)
        state: drafts.State = {
            "session_id": self._record.id,
            "coachee_id": self._record.coachee_id,
            "unsaved": unsaved,
            "scroll": self._page.form_scroll.verticalScrollBar().value(),
            **self._form.place(self.focusWidget()),
        }
        live = self._live.draft_state()
        if live is not None:
            state["live"] = live  # in-session mode comes back too, its clock still running
        return state

    def restore_draft(self, state: drafts.State) -> str | None:
        """Put back what ``draft_state`` kept (its session is open again) and save it now.

        Returns the message to show when there was unsaved text (saved now, or why not).
        """
        if self._record is None or drafts.text(state, "session_id") != self._record.id:
            return None
        unsaved = drafts.mapping(state, "unsaved")
        for key, value in unsaved.items():
            try:
                if key.startswith(RATING_PREFIX) and self._side is not None:
                    box = self._side.rating_box(key.removeprefix(RATING_PREFIX))
                    box.setValue(value if isinstance(value, int) else NOT_RATED)
                elif key in WHEN_KEYS:
                    self._page.set_when_value(key, value)
                elif self._form is not None:
                    self._form.set_value(key, value)
            except KeyError:  # the field or the goal is gone
                continue
            self._changed(key)
        live = drafts.mapping(state, "live")
        if live and self._live.resume(live):
            self._say_in_session()
        if self._form is not None:
            self._form.restore_place(state)
        bar = self._page.form_scroll.verticalScrollBar()
        scroll = drafts.number(state, "scroll")
        bar.setValue(scroll)
        # Again once the layout has given the form its height (the bar's range may be short).
        QTimer.singleShot(0, bar, lambda: bar.setValue(scroll))
        if not unsaved:
            return None
        if self.flush():
            text = QCoreApplication.translate(
                "SessionEditor",
                "Your unsaved text was kept while the app was locked and has been saved now.",
            )
        else:
            text = QCoreApplication.translate(
                "SessionEditor",
                "Your unsaved text was kept while the app was locked but could not be saved: "
                "{reason} It is still in the editor.",
            ).format(reason=self._autosave.error or "")
        self._set_status(text, "error" if self._autosave.error else "muted")
        return text
