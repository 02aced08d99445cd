"""A session opened from a search hit: read-only, the found words highlighted, then Edit."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from coach_app.services import coachees, sessions
from coach_app.ui.clipboard import NoteTextEdit
from coach_app.ui.search_dialog import SearchDialog
from coach_app.ui.search_focus import found_terms
from coach_app.vault.vault import Vault
from tests.ui.shell_helpers import make_window, wait_for_workers

TEXT = "Her team lacks psychological sécurité in reviews"


def test_a_search_hit_opens_read_only_with_the_word_highlighted(qtbot: QtBot, vault: Vault) -> None:
    ana = coachees.create_coachee(vault, name="Ana Sousa")
    old = sessions.create_session(
        vault,
        ana.id,
        template="grow",
        started_at=datetime(2025, 2, 3, 10, 0),
        sections={"reality": TEXT},
    )
    window = make_window(qtbot, vault.folder, vault)
    window.open_search()
    dialog = window._search_dialog
    assert isinstance(dialog, SearchDialog)
    qtbot.keyClicks(dialog.query_edit, "securite")
    qtbot.waitUntil(lambda: not dialog.busy and dialog.model.rowCount() > 0, timeout=5000)
    dialog.open_index(dialog.model.first_hit_index())
    editor = window.session_area.editor
    assert editor is not None
    qtbot.waitUntil(lambda: editor.session_id == old.id, timeout=5000)

    assert editor.read_only
    field = editor.field("section:reality")
    assert isinstance(field, NoteTextEdit)
    assert field.isReadOnly()
    marks = field.extraSelections()
    assert [m.cursor.selectedText() for m in marks] == ["sécurité"]
    qtbot.keyClicks(field, "typed")
    assert field.toPlainText() == TEXT  # nothing changes until the coach chooses to edit

    qtbot.mouseClick(editor.edit_button, Qt.MouseButton.LeftButton)
    assert not editor.read_only
    assert not field.isReadOnly()
    assert field.extraSelections() == []
    wait_for_workers()


def test_a_session_opened_otherwise_is_editable(qtbot: QtBot, vault: Vault) -> None:
    ana = coachees.create_coachee(vault, name="Ana Sousa")
    old = sessions.create_session(vault, ana.id, template="free", notes="plain")
    window = make_window(qtbot, vault.folder, vault)
    window.context.nav.open_session(ana.id, old.id)
    editor = window.session_area.editor
    assert editor is not None
    qtbot.waitUntil(lambda: editor.session_id == old.id, timeout=5000)
    assert not editor.read_only
    wait_for_workers()


def test_found_terms_come_from_the_snippet_marks() -> None:
    assert found_terms("a \x02sécurité\x03 b \x02Sécurité\x03", "securite") == ("sécurité",)
    assert found_terms("no marks", "team AND review*") == ("team", "review")
