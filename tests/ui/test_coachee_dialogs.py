"""Profile and goal dialogs: saved through the operations, refused input shown inline."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from coach_app.changes import Kind
from coach_app.services import coachees
from coach_app.ui.coachee_dialogs import GoalDialog, ProfileDialog
from coach_app.ui.context import AppContext
from tests.ui.conftest import MakeContext


@pytest.fixture
def context(make_context: MakeContext) -> AppContext:
    return make_context()


def click_save(dialog: QDialog) -> None:
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()


def test_a_new_coachee_is_broadcast_once_by_the_operations(qtbot, context: AppContext) -> None:
    heard: list[tuple[object, object]] = []
    context.signals.changed.connect(lambda changes, initiator: heard.append((changes, initiator)))
    dialog = ProfileDialog(context)
    qtbot.addWidget(dialog)
    dialog.name.setText("Ada Lovelace")
    click_save(dialog)

    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.saved is not None
    assert [c.name for c in coachees.list_coachees(context.vault)] == ["Ada Lovelace"]
    assert len(heard) == 1
    changes, initiator = heard[0]
    assert changes.touches(Kind.COACHEES, coachee_id=dialog.saved.id)
    assert initiator is dialog


def test_a_refused_profile_stays_open_with_the_reason_at_its_field(
    qtbot, context: AppContext
) -> None:
    heard: list[object] = []
    context.signals.changed.connect(lambda changes, _initiator: heard.append(changes))
    dialog = ProfileDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.name.setText("Ada Lovelace")
    dialog.email.setText("not an address")
    click_save(dialog)

    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.error.isVisible()
    assert dialog.error.text().startswith("E-mail")
    assert dialog.focusWidget() is dialog.email
    assert dialog.name.text() == "Ada Lovelace"  # what was typed stays
    assert coachees.list_coachees(context.vault) == []
    assert heard == []


def test_editing_a_goal_tells_the_views_of_that_coachee(qtbot, context: AppContext) -> None:
    ada = coachees.create_coachee(context.vault, name="Ada Lovelace")
    goal = coachees.create_goal(context.vault, ada.id, title="Delegate")
    heard: list[tuple[object, object]] = []
    context.signals.changed.connect(lambda changes, initiator: heard.append((changes, initiator)))
    dialog = GoalDialog(context, ada.id, goal)
    qtbot.addWidget(dialog)
    dialog.title.setText("Delegate the weekly report")
    click_save(dialog)

    assert dialog.result() == QDialog.DialogCode.Accepted
    assert [g.title for g in coachees.list_goals(context.vault, ada.id)] == [
        "Delegate the weekly report"
    ]
    [(changes, initiator)] = heard
    assert changes.touches(Kind.GOALS, coachee_id=ada.id)
    assert initiator is dialog
