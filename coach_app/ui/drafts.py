"""Drafts kept through a lock: what the coach typed comes back after unlock, never lost.

Every editor or dialog that holds typed text registers with ``context.drafts`` (a
``DraftRegistry``) while it is open, under a kind ("session", "profile", "goal", ...), and
answers ``draft_state()``: a JSON-able dict of what it shows (its texts, the record it edits,
the field with the focus and the cursor position), or None when there is nothing to keep.

When the app locks (``AppContext.lock``): ``about_to_lock`` first lets every holder save what
its own OK would save (the session editor flushes its autosave); then ``seal`` asks every
holder for its state, serialises them all as one JSON payload and seals it with
``services.sealed_drafts`` (encrypted under a key only the vault's key recovers) before the
vault closes; the text fields of the dialogs are emptied (their undo history too) and the
dialogs are closed. Nothing readable is kept: the registry holds only the
``SealedBlob``.

After unlock the main window calls ``take(vault)`` and reopens each draft where it was
(``window_drafts``): the coachee and session, the field and cursor, each dialog with its text;
the session editor saves what it got back at once and says so.

The helpers below read and write a dialog's text fields by name, and find and restore the
field that had the focus, so every dialog's ``draft_state``/``restore_draft`` stays short.
"""

from __future__ import annotations

import functools
import json
import logging
from collections.abc import Mapping
from datetime import date
from typing import Protocol

import shiboken6
from PySide6.QtCore import QObject
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QComboBox,
    QDialog,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from coach_app.services import sealed_drafts
from coach_app.services.access import OpenVault
from coach_app.services.sealed_drafts import SealedBlob, SealedDraftsUnreadable

log = logging.getLogger(__name__)

State = dict[str, object]
TextField = QLineEdit | QPlainTextEdit
PAYLOAD_VERSION = 1


class DraftHolder(Protocol):
    """An editor or dialog whose typed text must survive a lock."""

    def draft_state(self) -> State | None:
        """What it shows now, JSON-able; None when there is nothing to keep."""


class Draft:
    """One holder's state as it comes back after unlock."""

    def __init__(self, kind: str, state: State) -> None:
        self.kind = kind
        self.state = state

    def __repr__(self) -> str:  # never the state: it holds note text
        return f"<Draft {self.kind}>"


class DraftRegistry(QObject):
    """The holders now open, and the sealed drafts of the last lock until they are taken."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._holders: dict[int, tuple[QObject, str, bool]] = {}
        self._sealed: SealedBlob | None = None

    # ---- holders ----------------------------------------------------------------------------

    def register(self, holder: QObject, kind: str, *, wipe: bool = False) -> None:
        """Keep ``holder``'s draft through locks while it lives (or until ``unregister``).

        ``wipe``: empty its text fields once they are sealed (dialogs; the session editor
        drops its widgets itself).
        """
        key = id(holder)
        self._holders[key] = (holder, kind, wipe)
        holder.destroyed.connect(functools.partial(self._forget, key))

    def unregister(self, holder: QObject) -> None:
        """Stop keeping ``holder``'s draft (the dialog was saved or cancelled)."""
        self._forget(id(holder))

    def hold_dialog(self, dialog: QDialog, kind: str) -> None:
        """Register a dialog until it finishes (saved or cancelled); its texts are wiped."""
        self.register(dialog, kind, wipe=True)
        dialog.finished.connect(functools.partial(self._finished, id(dialog)))

    def _finished(self, key: int, _result: int) -> None:
        self._forget(key)

    def _forget(self, key: int, *_args: object) -> None:
        self._holders.pop(key, None)

    def kinds(self) -> list[str]:
        """The kinds registered now, in the order they registered (tests)."""
        return [kind for _holder, kind, _wipe in self._holders.values()]

    # ---- lock -------------------------------------------------------------------------------

    @property
    def sealed(self) -> SealedBlob | None:
        """The drafts sealed at the last lock, until ``take`` hands them back."""
        return self._sealed

    def seal(self, vault: OpenVault) -> int:
        """Seal every holder's state with ``vault`` (still open); returns how many were kept.

        Called by ``AppContext.lock`` after ``about_to_lock`` and before the vault closes.
        Drafts of an earlier lock that were never taken are sealed again with the new ones.
        """
        entries = self._earlier(vault)
        wiped: list[QWidget] = []
        for holder, kind, wipe in list(self._holders.values()):
            if not shiboken6.isValid(holder):
                continue
            entry = _entry(holder, kind)
            if entry is not None:
                entries.append(entry)
            if wipe and isinstance(holder, QWidget):
                wiped.append(holder)
        count = len(entries)
        if entries:
            body = "[" + ",".join(entries) + "]"
            self._sealed = sealed_drafts.seal(
                vault, f'{{"version":{PAYLOAD_VERSION},"drafts":{body}}}'.encode()
            )
            del body, entries  # the clear text goes now; only the sealed blob stays
        else:
            self._sealed = None
        for widget in wiped:
            wipe_texts(widget)
            if isinstance(widget, QDialog):
                widget.reject()  # sealed: it comes back after unlock, not as an empty form
        return count

    def _earlier(self, vault: OpenVault) -> list[str]:
        if self._sealed is None:
            return []
        try:
            earlier = [json.dumps({"kind": d.kind, "state": d.state}) for d in self.take(vault)]
        except SealedDraftsUnreadable:
            log.warning("drafts of an earlier lock could not be read; they are dropped")
            return []
        return earlier

    # ---- unlock -----------------------------------------------------------------------------

    def take(self, vault: OpenVault) -> list[Draft]:
        """The drafts sealed at the last lock, opened with ``vault``; the registry forgets them.

        Raises ``SealedDraftsUnreadable`` when ``vault`` is not the vault they were sealed with.
        """
        blob, self._sealed = self._sealed, None
        if blob is None:
            return []
        payload = json.loads(sealed_drafts.unseal(vault, blob))
        drafts: list[Draft] = []
        for item in payload.get("drafts", []) if isinstance(payload, dict) else []:
            if isinstance(item, dict) and isinstance(item.get("kind"), str):
                state = item.get("state")
                drafts.append(Draft(item["kind"], state if isinstance(state, dict) else {}))
        return drafts

    def discard(self) -> None:
        """Forget the sealed drafts (they cannot be read any more)."""
        self._sealed = None


def _entry(holder: QObject, kind: str) -> str | None:
    state_of = getattr(holder, "draft_state", None)
    if state_of is None:
        return None
    try:
        state = state_of()
        return None if state is None else json.dumps({"kind": kind, "state": state})
    except Exception as exc:  # a bug in one holder must not stop the lock or the others
        log.error("draft of a %s not kept: %s", kind, type(exc).__name__)  # no text
        return None


# ---- text fields --------------------------------------------------------------------------------


def wipe_texts(root: QWidget) -> None:
    """Empty every text field under ``root``, undo history included (after sealing)."""
    for line in root.findChildren(QLineEdit):
        if isinstance(line.parentWidget(), QAbstractSpinBox | QComboBox):
            continue  # a spin box's or combo's own line: numbers and fixed choices
        blocked = line.blockSignals(True)
        line.setText("")  # unlike clear(), setText drops the undo history
        line.blockSignals(blocked)
    for edit in root.findChildren(QPlainTextEdit) + root.findChildren(QTextEdit):
        blocked = edit.blockSignals(True)
        edit.setPlainText("")
        edit.blockSignals(blocked)


def read_texts(fields: Mapping[str, TextField]) -> dict[str, str]:
    """The text of every named field."""
    return {
        key: field.text() if isinstance(field, QLineEdit) else field.toPlainText()
        for key, field in fields.items()
    }


def write_texts(fields: Mapping[str, TextField], texts: object) -> None:
    """Put texts read by ``read_texts`` back into their fields (unknown names are ignored)."""
    if not isinstance(texts, dict):
        return
    for key, field in fields.items():
        value = texts.get(key)
        if not isinstance(value, str):
            continue
        if isinstance(field, QLineEdit):
            field.setText(value)
        else:
            field.setPlainText(value)


def cursor_of(field: QWidget) -> int:
    """The cursor position in a text field (0 for other widgets)."""
    if isinstance(field, QLineEdit):
        return field.cursorPosition()
    if isinstance(field, QPlainTextEdit | QTextEdit):
        return field.textCursor().position()
    return 0


def set_cursor(field: QWidget, position: int) -> None:
    """Put the cursor of a text field at ``position`` (clamped to its text)."""
    if isinstance(field, QLineEdit):
        field.setCursorPosition(max(0, min(position, len(field.text()))))
    elif isinstance(field, QPlainTextEdit | QTextEdit):
        cursor = field.textCursor()
        end = len(field.toPlainText())
        cursor.setPosition(max(0, min(position, end)))
        field.setTextCursor(cursor)


def focus_state(root: QWidget, fields: Mapping[str, QWidget]) -> State:
    """``{"focus": name, "cursor": n}`` for the named field that has (or last had) the focus."""
    focused = root.focusWidget()
    if focused is None:
        return {}
    for key, field in fields.items():
        if field is focused or field.isAncestorOf(focused):
            return {"focus": key, "cursor": cursor_of(field)}
    return {}


def restore_focus(fields: Mapping[str, QWidget], state: State) -> None:
    """Give the focus back to the field ``focus_state`` named, with its cursor."""
    field = fields.get(text(state, "focus"))
    if field is None:
        return
    field.setFocus()
    set_cursor(field, number(state, "cursor"))


# ---- reading a state safely ----------------------------------------------------------------------


def text(state: Mapping[str, object], key: str, default: str = "") -> str:
    """A string of the state (``default`` when missing or of another type)."""
    value = state.get(key)
    return value if isinstance(value, str) else default


def optional_text(state: Mapping[str, object], key: str) -> str | None:
    """A string of the state, or None."""
    value = state.get(key)
    return value if isinstance(value, str) else None


def number(state: Mapping[str, object], key: str, default: int = 0) -> int:
    """An integer of the state."""
    value = state.get(key)
    return value if isinstance(value, int) and not isinstance(value, bool) else default


def mapping(state: Mapping[str, object], key: str) -> dict[str, object]:
    """A nested dict of the state (empty when missing)."""
    value = state.get(key)
    return value if isinstance(value, dict) else {}


def day(state: Mapping[str, object], key: str) -> date | None:
    """A date stored as ISO text, or None."""
    value = optional_text(state, key)
    try:
        return date.fromisoformat(value) if value else None
    except ValueError:
        return None


def iso(value: date | None) -> str | None:
    """A date as ISO text for a state."""
    return value.isoformat() if value is not None else None
