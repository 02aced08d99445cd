"""The writing side of the session editor.

One growing field per template section, then Notes, a visually separate "Private reflection
(only you)" and the tags.

The sections and their labels come from the catalogue (``coach_app.templates``) for the
session's template. The form only shows and reports: every edit emits ``changed(key)`` and
focus leaving a field emits ``focus_left``; the editor's autosave does the saving. Keys are
``section:<key>``, ``notes``, ``private_reflection`` and ``tags``. ``set_value`` and
``restore_place`` put back what a lock kept (``ui/drafts.py``).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QPalette, QResizeEvent
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QLabel,
    QLineEdit,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from coach_app import templates
from coach_app.services.records import SessionRecord
from coach_app.ui import drafts, search_focus
from coach_app.ui.clipboard import NoteTextEdit
from coach_app.ui.labels import caption


class NoteField(NoteTextEdit):
    """A note field that grows with its text (up to a limit), so the form reads like a page."""

    def __init__(self, min_lines: int = 3, max_lines: int = 14) -> None:
        super().__init__()
        self._min_lines = min_lines
        self._max_lines = max_lines
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.document().documentLayout().documentSizeChanged.connect(self._fit)
        self._fit()

    def _fit(self, *_args: object) -> None:
        lines = int(self.document().size().height())
        lines = max(self._min_lines, min(self._max_lines, lines))
        margins = self.contentsMargins()
        height = (
            lines * self.fontMetrics().lineSpacing()
            + 2 * int(self.document().documentMargin())
            + margins.top()
            + margins.bottom()
            + 4
        )
        if height != self.height():
            self.setFixedHeight(height)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Re-fit: a narrower field wraps into more lines."""
        super().resizeEvent(event)
        self._fit()


def field_label(text: str, buddy: QWidget) -> QLabel:
    """A bold plain-text label whose mnemonic focuses ``buddy``."""
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    label.setBuddy(buddy)
    return label


class SessionForm(QWidget):
    """The fields of one session, filled from its record.

    Raises:
        ValidationError: the session's template is not in the catalogue.

    Signals:
        changed: a field was edited (its key).
        focus_left: focus left one of the fields (the coach moved on).
        entered: focus entered a field (its key): the session clock follows it.
    """

    changed = Signal(str)
    focus_left = Signal()
    entered = Signal(str)

    def __init__(self, record: SessionRecord, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        spec = templates.template(record.template)
        self.fields: dict[str, NoteTextEdit] = {}
        self.last_key: str | None = None  # the field that has (or last had) the focus
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 8, 12)
        layout.setSpacing(4)
        for section in spec.sections:
            field = self._note_field(
                f"section:{section.key}", section.label, record.sections.get(section.key, "")
            )
            layout.addWidget(field_label(section.label, field))
            layout.addWidget(field)
            layout.addSpacing(6)
        # Without sections the notes are the whole page: give them room from the start.
        notes_name = self.tr("Notes")
        notes = self._note_field(
            "notes", notes_name, record.notes, min_lines=3 if spec.sections else 8
        )
        notes.setPlaceholderText(self.tr("Anything else worth keeping"))
        layout.addWidget(field_label(notes_name, notes))
        layout.addWidget(notes)
        layout.addSpacing(10)
        layout.addWidget(self._private_box(record))
        layout.addSpacing(6)
        self.tags_edit = QLineEdit(", ".join(record.tags))
        self.tags_edit.setAccessibleName(self.tr("Tags"))
        self.tags_edit.setPlaceholderText(self.tr("Comma-separated, e.g. delegation, feedback"))
        self.tags_edit.textEdited.connect(lambda _t: self.changed.emit("tags"))
        self.tags_edit.installEventFilter(self)
        layout.addWidget(field_label(self.tr("Tags"), self.tags_edit))
        layout.addWidget(self.tags_edit)
        layout.addStretch(1)

    def _private_box(self, record: SessionRecord) -> QFrame:
        # Kept visibly apart (own frame, alternate background) so nobody mistakes it for notes
        # that could be shown to the coachee.
        box = QFrame()
        box.setObjectName("privateReflection")
        box.setFrameShape(QFrame.Shape.StyledPanel)
        box.setBackgroundRole(QPalette.ColorRole.AlternateBase)
        box.setAutoFillBackground(True)
        name = self.tr("Private reflection (only you)")
        field = self._note_field("private_reflection", name, record.private_reflection)
        field.setPlaceholderText(
            self.tr("Your own thoughts: hunches, what you noticed in yourself")
        )
        inner = QVBoxLayout(box)
        inner.setContentsMargins(10, 8, 10, 10)
        inner.addWidget(field_label(name, field))
        inner.addWidget(
            caption(self.tr("For your own practice; kept apart from the session notes."))
        )
        inner.addWidget(field)
        return box

    def _note_field(self, key: str, name: str, text: str, min_lines: int = 3) -> NoteField:
        field = NoteField(min_lines=min_lines)
        field.setAccessibleName(name)
        field.setPlainText(text)
        shown = [text]

        def text_changed() -> None:
            # textChanged also fires when only formats change: the marks' highlighter restyles
            # a field just after it is filled, which made opening a session save it unedited.
            now = field.toPlainText()
            if now != shown[0]:
                shown[0] = now
                self.changed.emit(key)

        field.textChanged.connect(text_changed)
        field.cursorPositionChanged.connect(lambda: self._follow_cursor(field))
        field.installEventFilter(self)
        self.fields[key] = field
        return field

    # ---- reading ----------------------------------------------------------------------------

    def widget(self, key: str) -> QWidget:
        """The field of ``key`` (``KeyError`` for a key this form has not)."""
        if key == "tags":
            return self.tags_edit
        return self.fields[key]

    def value(self, key: str) -> object:
        """What ``key`` holds as the services take it: its text, or the list of tags."""
        if key == "tags":
            return [t.strip() for t in self.tags_edit.text().split(",") if t.strip()]
        return self.fields[key].toPlainText()

    def set_value(self, key: str, value: object) -> None:
        """Show ``value`` (as ``value(key)`` returns it) in the field of ``key``, after a lock."""
        if key == "tags":
            tags = value if isinstance(value, list) else []
            self.tags_edit.setText(", ".join(str(tag) for tag in tags))
        elif isinstance(value, str):
            self.fields[key].setPlainText(value)

    def key_of(self, widget: QWidget | None) -> str | None:
        """The key of the field ``widget`` is (or is inside), if any."""
        for key in (*self.fields, "tags"):
            field = self.widget(key)
            if widget is not None and (field is widget or field.isAncestorOf(widget)):
                return key
        return None

    def place(self, focused: QWidget | None) -> dict[str, object]:
        """Which field has the focus and where its cursor is (for a lock to keep)."""
        key = self.key_of(focused)
        if key is None:
            return {}
        return {"focus": key, "cursor": drafts.cursor_of(self.widget(key))}

    def restore_place(self, place: dict[str, object]) -> None:
        """Give the focus back to the field ``place`` names, with its cursor."""
        key = drafts.text(place, "focus")
        if key in self.fields or key == "tags":
            field = self.widget(key)
            field.setFocus()
            drafts.set_cursor(field, drafts.number(place, "cursor"))

    def focused_selection(self) -> str:
        """The text selected in the note field that has the focus ("" when none has)."""
        focus = QApplication.focusWidget()
        if isinstance(focus, NoteTextEdit) and focus in self.fields.values():
            return focus.selected_text().strip()
        return ""

    def step_field(self, step: int) -> None:
        """The next (``step`` 1) or previous (-1) note field from the one last focused."""
        keys = list(self.fields)
        here = keys.index(self.last_key) if self.last_key in keys else -1
        self.focus_field(max(0, min(len(keys) - 1, here + step)))

    def focus_field(self, index: int) -> None:
        """Give the focus to note field ``index`` (sections, then notes); its cursor stays."""
        keys = list(self.fields)
        if 0 <= index < len(keys):
            field = self.fields[keys[index]]
            field.setFocus(Qt.FocusReason.ShortcutFocusReason)
            area = self._scroll_area()
            if area is not None:
                area.ensureWidgetVisible(field)

    def deselect_focused(self) -> None:
        """Clear the focused note field's selection, the cursor after what was selected."""
        focus = QApplication.focusWidget()
        if isinstance(focus, NoteTextEdit) and focus in self.fields.values():
            cursor = focus.textCursor()
            if cursor.hasSelection():
                cursor.setPosition(cursor.selectionEnd())
                focus.setTextCursor(cursor)

    def first_field(self) -> QWidget | None:
        """Where typing starts: the first section (or the notes)."""
        return next(iter(self.fields.values()), None)

    def set_read_only(self, read_only: bool) -> None:
        """Show the session without letting it change (opened from a search hit) or edit it."""
        for field in self.fields.values():
            field.setReadOnly(read_only)
        self.tags_edit.setReadOnly(read_only)

    def highlight(self, terms: tuple[str, ...]) -> QWidget | None:
        """Mark ``terms`` in every field (``terms=()`` clears); the first field with a match."""
        first: QWidget | None = None
        for field in self.fields.values():
            if search_focus.highlight(field, terms) and first is None:
                first = field
        return first

    # ---- behaviour --------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Report focus leaving a field (the editor saves without waiting) and entering one."""
        if event.type() == QEvent.Type.FocusOut:
            self.focus_left.emit()
        elif event.type() == QEvent.Type.FocusIn and isinstance(watched, QWidget):
            key = self.key_of(watched)
            if key is not None:
                self.last_key = key
                self.entered.emit(key)
        return super().eventFilter(watched, event)

    def _follow_cursor(self, field: NoteField) -> None:
        # A growing field can push the caret below the visible part of the form; scroll after
        # the layout has caught up with the new height.
        if field.hasFocus():
            QTimer.singleShot(0, self, lambda: self._scroll_to_caret(field))

    def _scroll_to_caret(self, field: NoteField) -> None:
        area = self._scroll_area()
        if area is None or not field.hasFocus() or not self.isAncestorOf(field):
            return
        caret = field.cursorRect()
        point = field.viewport().mapTo(self, caret.center())
        area.ensureVisible(point.x(), point.y(), 20, caret.height() + 12)

    def _scroll_area(self) -> QScrollArea | None:
        parent = self.parentWidget()
        while parent is not None and not isinstance(parent, QScrollArea):
            parent = parent.parentWidget()
        return parent
