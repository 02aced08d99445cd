"""Autosave of an open session: which fields are unsaved, when to save them, and the save.

No widgets here: the editor tells the controller which field changed (``mark("notes")``) and
hands it a ``read(key)`` function that returns a field's current value; the controller decides
when to save and writes through ``context.ops.change`` (so the change is broadcast once, with
the editor as initiator).

When: a debounce with a ceiling. Every change restarts a single-shot timer of ``debounce_ms``
(the save waits for a pause in the typing), but never beyond ``max_wait_ms`` after the first
change that is not saved yet: during continuous typing a save still happens at least that
often, so a crash mid-sentence loses seconds, not minutes (docs/security.md 13). The editor also
saves at once when focus leaves a field, on Ctrl+S, Done and before a lock (``save()``).

Keys: ``section:<key>``, ``notes``, ``private_reflection``, ``tags``, ``started_at`` and
``duration_minutes`` are session fields,
written together by ``sessions.save_session``; ``rating:<goal id>`` is the session's
confidence rating of a goal, written by ``measurements.replace_session_rating`` (one rating
per goal per session, replaced in one transaction). A key whose field is gone (``read``
raises ``KeyError``, e.g. a goal was dropped meanwhile) is forgotten.

Failure keeps every unsaved key dirty (the text stays in the editor) and reports the reason;
the next change or focus change tries again, and a later success clears the message. While the
app's own long change holds the vault (an import), the save is refused at once
(``VaultBusy``: the window never waits for it) and tried again as soon as that change is done
(``ops.writes_done``), whether or not the coach is still typing.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import Final

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from coach_app.errors import CoachAppError, VaultBusy
from coach_app.services import measurements, sessions
from coach_app.services.access import OpenVault
from coach_app.services.records import SessionRecord
from coach_app.ui.context import AppContext
from coach_app.ui.errors import bug_title

log = logging.getLogger(__name__)

DEBOUNCE_MS: Final = 800  # after the last keystroke; the save itself takes a few ms
MAX_WAIT_MS: Final = 2000  # at most this long after the first unsaved change, even mid-typing

RATING_PREFIX: Final = "rating:"
SECTION_PREFIX: Final = "section:"
TEXT_KEYS: Final = ("notes", "private_reflection")
# The date/length row of the page, with paid / pro bono for the hours log.
WHEN_KEYS: Final = ("started_at", "duration_minutes", "paid")

Reader = Callable[[str], object]


class AutosaveController(QObject):
    """The dirty set, the debounce timer with its ceiling, and the save of one open session.

    Args:
        context: the app context (its ``ops`` does the writing).
        read: the current value of a field by key (str for texts, a list of tags, an int or
            None for a rating); raises ``KeyError`` when the field no longer exists.
        initiator: who the broadcast names as the initiator (the editor, which skips it).
        debounce_ms: the pause in typing that triggers a save.
        max_wait_ms: the longest a change waits while the typing goes on.
        clock: seconds on a monotonic clock (tests pass a fake one).

    Signals:
        dirtied: a change arrived while no save error is showing ("Saving…").
        saved: a save went through (the session's fresh record, or None when only ratings
            were written).
        failed: a save failed (the message); the changes stay unsaved.
    """

    dirtied = Signal()
    saved = Signal(object)
    failed = Signal(str)

    def __init__(
        self,
        context: AppContext,
        read: Reader,
        *,
        initiator: object = None,
        debounce_ms: int = DEBOUNCE_MS,
        max_wait_ms: int = MAX_WAIT_MS,
        clock: Callable[[], float] = time.monotonic,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._read = read
        self._initiator = initiator
        self._debounce_ms = debounce_ms
        self._max_wait_ms = max_wait_ms
        self._clock = clock
        self._session_id: str | None = None
        self._dirty: set[str] = set()
        self._first_unsaved_at: float | None = None  # clock() of the first change not saved
        self._error: str | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.save)
        context.ops.writes_done.connect(self._vault_free)

    # ---- state ------------------------------------------------------------------------------

    @property
    def session_id(self) -> str | None:
        """The session being saved, if any."""
        return self._session_id

    @property
    def dirty(self) -> frozenset[str]:
        """The keys changed since their last successful save."""
        return frozenset(self._dirty)

    @property
    def error(self) -> str | None:
        """Why the last save failed, or None after a success."""
        return self._error

    @property
    def timer_active(self) -> bool:
        """Whether a save is scheduled."""
        return self._timer.isActive()

    def attach(self, session_id: str) -> None:
        """Save changes of ``session_id`` from now on (nothing is dirty yet)."""
        self.detach()
        self._session_id = session_id

    def detach(self) -> None:
        """Forget the session and its unsaved changes (after a save, or on lock)."""
        self._timer.stop()
        self._session_id = None
        self._dirty.clear()
        self._first_unsaved_at = None
        self._error = None

    # ---- changes ----------------------------------------------------------------------------

    def mark(self, key: str) -> None:
        """The field ``key`` changed: schedule a save (debounced, with the ceiling)."""
        if self._session_id is None:
            return
        self._dirty.add(key)
        now = self._clock()
        if self._first_unsaved_at is None:
            self._first_unsaved_at = now
        waited_ms = (now - self._first_unsaved_at) * 1000.0
        # The ceiling: the restart of the debounce never pushes the save past max_wait_ms
        # after the first unsaved change, so it also fires while the coach keeps typing.
        delay = min(float(self._debounce_ms), self._max_wait_ms - waited_ms)
        self._timer.start(max(0, int(delay)))
        if self._error is None:
            self.dirtied.emit()

    def save(self) -> bool:
        """Save every dirty field now. False if it failed (the fields stay dirty)."""
        self._timer.stop()
        self._first_unsaved_at = None
        if self._session_id is None or not self._dirty:
            return True
        failures: list[BaseException] = []
        record = self._context.ops.change(
            self._write, initiator=self._initiator, on_failure=failures.append
        )
        if failures:
            self._error = self._message(failures[0])
            self.failed.emit(self._error)
            return False
        self._error = None
        self.saved.emit(record)
        return True

    def _vault_free(self) -> None:
        """The app's long change is done: save what waited for it."""
        if self._session_id is not None and self._dirty and self._error is not None:
            self.save()

    # ---- the write --------------------------------------------------------------------------

    def _write(self, vault: OpenVault) -> SessionRecord | None:
        session_id = self._session_id
        assert session_id is not None
        changes, written = self._session_changes()
        record: SessionRecord | None = None
        if changes:
            record = sessions.save_session(vault, session_id, **changes)
        # Cleared as each part is stored: a failing rating must not mark saved text unsaved.
        self._dirty -= written
        for key in sorted(k for k in self._dirty if k.startswith(RATING_PREFIX)):
            try:
                value = self._read(key)
            except KeyError:  # the goal's box is gone: nothing left to save for it
                self._dirty.discard(key)
                continue
            rating = value if isinstance(value, int) else None
            measurements.replace_session_rating(
                vault, session_id, key.removeprefix(RATING_PREFIX), rating
            )
            self._dirty.discard(key)
        return record

    def _session_changes(self) -> tuple[dict[str, object], set[str]]:
        """The ``save_session`` arguments of the dirty session fields, and the keys they cover."""
        changes: dict[str, object] = {}
        sections: dict[str, object] = {}
        covered: set[str] = set()
        for key in sorted(self._dirty):
            if key.startswith(RATING_PREFIX):
                continue
            covered.add(key)
            try:
                value = self._read(key)
            except KeyError:  # the field is gone (another session is shown): nothing to save
                continue
            if key.startswith(SECTION_PREFIX):
                sections[key.removeprefix(SECTION_PREFIX)] = value
            elif key in TEXT_KEYS or key in WHEN_KEYS or key == "tags":
                changes[key] = value
        if sections:
            changes["sections"] = sections
        return changes, covered

    def _message(self, exc: BaseException) -> str:
        if isinstance(exc, VaultBusy):
            return QCoreApplication.translate(
                "AutosaveController",
                "Not saved yet: the vault is busy with {label}. Your text stays here and is "
                "saved as soon as that is done.",
            ).format(label=exc.label)
        if isinstance(exc, CoachAppError):
            return exc.message
        # A bug: the type only, never the text (it may quote a note).
        log.error("autosave failed: %s", type(exc).__name__)
        return bug_title()
