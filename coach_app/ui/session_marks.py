"""Marks while listening, in the note fields: Ctrl+1..4 marks a line, and marked lines show.

``apply_mark`` writes the sign into the text (``coach_app.marks`` says what a mark is), as one
undo step; ``MarkHighlighter`` shows marked lines in a weight and tint per kind (the sign stays
in front, so the kind never rests on colour alone; the tints come from ``ui.theme`` for the
field's palette and change with it, light or dark); ``MarkKeys`` gives a set of note fields
the four keys and reports an experiment mark so the editor can open the experiment card.

The keys are taken in the field itself (a ``ShortcutOverride`` accepted there), so a
window-wide shortcut on the same keys cannot take them from a coach who is typing.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Final

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import (
    QFont,
    QGuiApplication,
    QKeyEvent,
    QPalette,
    QSyntaxHighlighter,
    QTextBlock,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit

from coach_app import marks
from coach_app.marks import MarkKind
from coach_app.ui import theme

NoteEdit = QPlainTextEdit | QTextEdit

#: Ctrl+<digit> → kind, in the order of ``marks.KINDS`` (Ctrl+1 insight … Ctrl+4 experiment).
KEYS: Final = {Qt.Key.Key_1 + i: kind for i, kind in enumerate(marks.KINDS)}


def _touched_blocks(cursor: QTextCursor) -> list[QTextBlock]:
    document = cursor.document()
    start = document.findBlock(cursor.selectionStart())
    end_pos = cursor.selectionEnd()
    end = document.findBlock(end_pos)
    # A selection that ends at the very start of a line does not touch that line.
    if cursor.hasSelection() and end_pos == end.position() and end != start:
        end = end.previous()
    blocks = [start]
    while blocks[-1] != end and blocks[-1].next().isValid():
        blocks.append(blocks[-1].next())
    return blocks


def _isolate_selection(cursor: QTextCursor) -> None:
    """Put a selection that is part of one line on a line of its own (selected again)."""
    block = cursor.document().findBlock(cursor.selectionStart())
    line = block.text()
    begin = cursor.selectionStart() - block.position()
    finish = min(cursor.selectionEnd() - block.position(), len(line))
    before, chosen, after = line[:begin].rstrip(), line[begin:finish].strip(), line[finish:]
    after = after.strip()
    if not chosen or (not before and not after):
        return
    lines = [part for part in (before, chosen, after) if part]
    edit = QTextCursor(block)
    edit.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
    edit.insertText("\n".join(lines))
    chosen_block = block if not before else block.next()
    cursor.setPosition(chosen_block.position())
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)


def _partial_line(cursor: QTextCursor) -> bool:
    if not cursor.hasSelection():
        return False
    document = cursor.document()
    block = document.findBlock(cursor.selectionStart())
    if document.findBlock(cursor.selectionEnd()) != block:
        return False
    return cursor.selectedText().strip() != block.text().strip()


def apply_mark(edit: NoteEdit, kind: MarkKind) -> str:
    """Mark the current line, or every line the selection touches, as ``kind``.

    Marking lines that all carry ``kind`` already unmarks them (the key toggles). Empty lines
    inside a selection stay unmarked. The cursor ends after the marked text, nothing
    selected; one undo takes the whole mark back.

    Returns:
        The marked text without signs (lines joined by a newline), "" when the key unmarked.
    """
    if edit.isReadOnly():
        return ""
    cursor = edit.textCursor()
    cursor.beginEditBlock()
    try:
        if _partial_line(cursor):
            _isolate_selection(cursor)
        blocks = [b for b in _touched_blocks(cursor) if b.text().strip()]
        if not blocks:  # an empty line: the sign goes in, the coach types after it
            blocks = [cursor.document().findBlock(cursor.position())]
        unmark = all(marks.split(b.text())[0] == kind for b in blocks)
        texts: list[str] = []
        last = blocks[-1]
        for block in blocks:
            current, body = marks.split(block.text())
            if unmark:
                new = body
            elif current == kind:
                new = block.text()
            else:
                new = marks.marked(block.text(), kind)
            if new != block.text():
                line = QTextCursor(block)
                line.movePosition(
                    QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor
                )
                line.insertText(new)
            texts.append(body.strip())
        end = QTextCursor(last)
        end.movePosition(QTextCursor.MoveOperation.EndOfBlock)
    finally:
        cursor.endEditBlock()
    edit.setTextCursor(end)
    return "" if unmark else "\n".join(t for t in texts if t)


def _formats(palette: QPalette) -> dict[str, QTextCharFormat]:
    # The weight or slant differs per kind as well, so the kinds stay apart without colour.
    tints = theme.mark_tints(palette)
    formats: dict[str, QTextCharFormat] = {}
    for kind in marks.KINDS:
        fmt = QTextCharFormat()
        fmt.setBackground(tints[kind.key])
        if kind.key == "quote":
            fmt.setFontItalic(True)
        else:
            fmt.setFontWeight(QFont.Weight.DemiBold)
        if kind.key == "action":
            fmt.setFontUnderline(True)
        formats[kind.key] = fmt
    return formats


class MarkHighlighter(QSyntaxHighlighter):
    """Shows every marked line of a document in its kind's weight and tint."""

    def __init__(self, document: QTextDocument, palette: QPalette | None = None) -> None:
        super().__init__(document)
        self._formats = _formats(palette or QGuiApplication.palette())

    def set_palette(self, palette: QPalette) -> None:
        """Tint for ``palette`` (the field's, after a scheme change) and show it at once."""
        formats = _formats(palette)
        if any(formats[key].background() != self._formats[key].background() for key in formats):
            self._formats = formats
            self.rehighlight()

    def highlightBlock(self, text: str) -> None:
        """Format the line when it starts with a mark's sign."""
        found, _body = marks.split(text)
        if found is not None:
            self.setFormat(0, len(text), self._formats[found.key])

    def format_for(self, key: str) -> QTextCharFormat:
        """The format a kind's lines get (tests and the legend read it)."""
        return QTextCharFormat(self._formats[key])


class MarkKeys(QObject):
    """Ctrl+1..4 in the given note fields, with a highlighter on each.

    Args:
        edits: the note fields (a session form's ``fields.values()``).
        on_experiment: called with the marked text after an experiment mark (Ctrl+4).
        on_marked: called with the field after any mark or unmark (the editor refreshes the
            side panel's list of this session's marks).
    """

    def __init__(
        self,
        edits: Iterable[NoteEdit],
        on_experiment: Callable[[str], None],
        on_marked: Callable[[NoteEdit], None] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._on_experiment = on_experiment
        self._on_marked = on_marked
        self.highlighters: list[MarkHighlighter] = []
        self._highlighter_of: dict[QObject, MarkHighlighter] = {}
        for edit in edits:
            highlighter = MarkHighlighter(edit.document(), edit.palette())
            self.highlighters.append(highlighter)
            self._highlighter_of[edit] = highlighter
            edit.installEventFilter(self)

    @staticmethod
    def kind_of(event: QKeyEvent) -> MarkKind | None:
        """The kind a key press marks, if it is one of Ctrl+1..4 (keypad digits too)."""
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if modifiers != Qt.KeyboardModifier.ControlModifier:
            return None
        return KEYS.get(event.key())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Take Ctrl+1..4 in a note field before any window shortcut does; follow its palette."""
        if event.type() == QEvent.Type.PaletteChange:
            highlighter = self._highlighter_of.get(watched)
            if highlighter is not None and isinstance(watched, QPlainTextEdit | QTextEdit):
                highlighter.set_palette(watched.palette())
            return False
        if not isinstance(watched, QPlainTextEdit | QTextEdit) or not isinstance(event, QKeyEvent):
            return super().eventFilter(watched, event)
        kind = self.kind_of(event)
        if kind is None:
            return super().eventFilter(watched, event)
        if event.type() == QEvent.Type.ShortcutOverride:
            event.accept()  # the key comes to the field as a key press
            return True
        if event.type() == QEvent.Type.KeyPress:
            text = apply_mark(watched, kind)
            if self._on_marked is not None:
                self._on_marked(watched)
            if text and kind.key == "experiment":
                self._on_experiment(text)
            return True
        return super().eventFilter(watched, event)


def install_marks(
    form_edits: Iterable[NoteEdit],
    on_experiment: Callable[[str], None],
    on_marked: Callable[[NoteEdit], None] | None = None,
    parent: QObject | None = None,
) -> MarkKeys:
    """Give ``form_edits`` the mark keys and highlighting (keep the result, or pass a parent)."""
    return MarkKeys(form_edits, on_experiment, on_marked, parent)
