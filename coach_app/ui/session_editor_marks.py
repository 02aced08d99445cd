"""The session editor's marks: Ctrl+1..4 in its note fields, the live list, the experiment card.

Kept apart from ``ui/session_editor.py`` (which assembles the parts) the way the clock is
(``ui/session_live.py``). When a session is shown, :func:`attach` gives each note field the mark
keys (``ui/session_marks.py``: they work inside the field, so no window shortcut can take
them), keeps the side panel's "Marked in this session" list in step with the text as it is
typed, and opens the experiment card when a line is marked as an experiment. The private
reflection is a note field too, but its marks stay out of the list (it is the coach's alone).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QWidget

from coach_app.services.marks import MarkRecord, marks_in
from coach_app.services.records import SessionRecord
from coach_app.ui.context import AppContext
from coach_app.ui.experiment_dialog import ExperimentDialog
from coach_app.ui.session_form import SessionForm
from coach_app.ui.session_live import SECTION_PREFIX
from coach_app.ui.session_marks import MarkKeys, install_marks
from coach_app.ui.session_side_panel import SessionSidePanel


def current_marks(record: SessionRecord, form: SessionForm) -> list[MarkRecord]:
    """The marks of the text as it is in the form now (sections and notes, not the reflection)."""
    sections = {
        key.removeprefix(SECTION_PREFIX): str(form.value(key))
        for key in form.fields
        if key.startswith(SECTION_PREFIX)
    }
    notes = str(form.value("notes")) if "notes" in form.fields else ""
    return list(marks_in(record.id, record.started_at, sections, notes))


def attach(
    context: AppContext,
    editor: QWidget,
    record: SessionRecord,
    form: SessionForm,
    side: SessionSidePanel,
    *,
    before_dialog: Callable[[], None],
) -> MarkKeys:
    """Give the shown session's note fields their mark keys; returns the keys (parented)."""

    def show() -> None:
        side.show_current_marks(current_marks(record, form))

    def experiment(text: str) -> None:
        before_dialog()
        dialog = ExperimentDialog.from_mark(
            context, record.coachee_id, text, editor, agreed_in_session_id=record.id
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    keys = install_marks(
        form.fields.values(), on_experiment=experiment, on_marked=lambda _edit: show(), parent=form
    )
    form.changed.connect(lambda _key: show())
    show()
    return keys


def is_attached(form: QObject) -> bool:
    """Whether ``form`` has its mark keys (tests)."""
    return form.findChild(MarkKeys) is not None
