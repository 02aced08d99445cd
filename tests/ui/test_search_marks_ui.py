"""The search dialog's "Marks" box lists marks of a kind, with or without words."""

# Fixtures are imported by name and injected by pytest as same-named parameters.
# ruff: noqa: F811

from __future__ import annotations

from pytestqt.qtbot import QtBot

from coach_app.services import sessions
from coach_app.ui.context import AppContext
from coach_app.ui.search_dialog import SearchDialog
from tests.ui.fixtures_editor import (  # noqa: F401 - clock, context, seeded are fixtures
    Seeded,
    clock,
    context,
    seeded,
)


def test_the_marks_box_finds_marks_of_a_kind(
    qtbot: QtBot, context: AppContext, seeded: Seeded
) -> None:
    sessions.create_session(
        context.vault,
        seeded.coachee_id,
        template="grow",
        started_at="2025-03-01T10:00",
        notes="❝ I can lead this\n★ Delegation frees her evenings\nDelegation again",
    )
    dialog = SearchDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    kinds = [dialog.mark_combo.itemData(i) for i in range(dialog.mark_combo.count())]
    assert kinds == ["", "insight", "quote", "action", "experiment"]
    with qtbot.waitSignal(dialog.searched, timeout=5000):
        dialog.mark_combo.setCurrentIndex(kinds.index("quote"))  # no words needed
    assert dialog.model.hit_count == 1
    hit = dialog.model.hit_at(dialog.model.first_hit_index())
    assert hit is not None and hit.snippet == "I can lead this"

    with qtbot.waitSignal(dialog.searched, timeout=5000):
        dialog.mark_combo.setCurrentIndex(kinds.index("insight"))
    dialog.query_edit.setText("delegation")
    with qtbot.waitSignal(dialog.searched, timeout=5000):
        dialog.run_search()
    assert dialog.model.hit_count == 1  # the marked line only, not "Delegation again"
