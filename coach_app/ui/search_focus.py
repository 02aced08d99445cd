"""What a search hit hands to the session it opens: the words to show, and "read-only first".

A session opened from a search result is an old session the coach wants to look at, not to
change: the editor opens it read-only with the found words highlighted, until the coach
presses "Edit". The search dialog cannot call the editor (views never call one another) and
``Navigator.open_session`` carries only ids, so the dialog leaves the words here, keyed by the
app context and the session, just before it asks to open the session; the editor takes them
when it opens that session. Whatever is not taken is replaced by the next search hit.
"""

from __future__ import annotations

import re
import weakref

from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QPlainTextEdit,
    QPushButton,
    QTextEdit,
    QWidget,
)

from coach_app.services import search
from coach_app.ui.context import AppContext
from coach_app.ui.labels import plain_label

#: The highlight of a found word: a marker yellow, with dark text so it reads in dark mode too.
HIGHLIGHT_BACKGROUND = "#ffe066"
HIGHLIGHT_TEXT = "#000000"

_PENDING: weakref.WeakKeyDictionary[AppContext, tuple[str, tuple[str, ...]]] = (
    weakref.WeakKeyDictionary()
)
_MARKED = re.compile(
    re.escape(search.HIGHLIGHT_OPEN) + r"(.*?)" + re.escape(search.HIGHLIGHT_CLOSE), re.S
)
_WORD = re.compile(r"\w+", re.UNICODE)


def found_terms(snippet: str, query: str) -> tuple[str, ...]:
    """The words to highlight: those the index marked in the snippet, else the query's words."""
    marked = [word.strip() for word in _MARKED.findall(snippet) if word.strip()]
    words = marked or [w for w in _WORD.findall(query) if w.upper() not in {"AND", "OR", "NOT"}]
    unique: dict[str, None] = {}
    for word in words:
        unique.setdefault(word.casefold(), None)
    return tuple(unique)


def remember(context: AppContext, session_id: str, terms: tuple[str, ...]) -> None:
    """The session about to be opened from a search hit, and its words."""
    _PENDING[context] = (session_id, terms)


def take(context: AppContext, session_id: str) -> tuple[str, ...] | None:
    """The words for ``session_id`` if a search hit opened it (None for any other opening)."""
    pending = _PENDING.pop(context, None)
    if pending is None or pending[0] != session_id:
        return None
    return pending[1]


def highlight(field: QPlainTextEdit, terms: tuple[str, ...]) -> int:
    """Mark every occurrence of ``terms`` in ``field`` (case-insensitive); returns how many.

    The marks are extra selections: they colour the text without changing it, so nothing is
    saved and the undo history stays as it was. The cursor goes to the first occurrence.
    """
    look = QTextCharFormat()
    look.setBackground(QColor(HIGHLIGHT_BACKGROUND))
    look.setForeground(QColor(HIGHLIGHT_TEXT))
    marks: list[QTextEdit.ExtraSelection] = []
    document = field.document()
    for term in terms:
        cursor = QTextCursor(document)
        while True:
            cursor = document.find(term, cursor, QTextDocument.FindFlag(0))
            if cursor.isNull():
                break
            mark = QTextEdit.ExtraSelection()
            mark.cursor = cursor
            mark.format = look
            marks.append(mark)
    field.setExtraSelections(marks)
    if marks:
        first = min(marks, key=lambda m: m.cursor.selectionStart())
        place = QTextCursor(document)
        place.setPosition(first.cursor.selectionStart())
        field.setTextCursor(place)
    return len(marks)


class ReviewBar(QFrame):
    """Above a session opened from a search hit: it is read-only, and "Edit" to change it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reviewBar")
        self.edit_button = QPushButton(self.tr("&Edit"))
        self.edit_button.setToolTip(self.tr("Change this session's notes"))
        bar = QHBoxLayout(self)
        bar.setContentsMargins(0, 0, 0, 4)
        bar.addWidget(
            plain_label(self.tr("Opened from search: read-only, the found words highlighted."))
        )
        bar.addStretch(1)
        bar.addWidget(self.edit_button)
        self.hide()
