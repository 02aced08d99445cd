"""Groups in the UI: a new group with members, a group session by the editor, the rotation."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from coach_app.services import coachees, experiments, group_sessions, groups
from coach_app.ui.context import AppContext
from coach_app.ui.group_dialogs import NewGroupDialog, split_names
from coach_app.ui.group_session_editor import GroupSessionDialog
from coach_app.ui.groups_page import GroupsPage
from coach_app.ui.main_window import MainWindow
from tests.ui.conftest import MakeContext
from tests.ui.shell_helpers import make_window

TODAY = datetime(2026, 3, 10, 9, 0)


@pytest.fixture
def context(make_context: MakeContext) -> AppContext:
    return make_context(now=lambda: TODAY)


def click_save(dialog: QDialog) -> None:
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()


def make_group(qtbot, context: AppContext) -> tuple[str, dict[str, str]]:
    ids = {
        name: coachees.create_coachee(context.vault, name=name).id
        for name in ("Ana Silva", "Ben Okafor", "Cleo Martin")
    }
    dialog = NewGroupDialog(context)
    qtbot.addWidget(dialog)
    dialog.name.setText("Leaders' set")
    dialog.kind.setCurrentIndex(dialog.kind.findData("action_learning"))
    for cid in ids.values():
        dialog.set_checked(cid)
    dialog.others.setPlainText("Dana Guest")
    click_save(dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.saved is not None
    return dialog.saved.id, ids


def test_a_new_group_has_its_coachees_and_named_members(qtbot, context: AppContext) -> None:
    group_id, ids = make_group(qtbot, context)
    group = groups.get_group(context.vault, group_id)
    assert group.kind == "action_learning"
    assert [m.name for m in group.members] == [
        "Ana Silva",
        "Ben Okafor",
        "Cleo Martin",
        "Dana Guest",
    ]
    assert {m.coachee_id for m in group.members if m.is_coachee} == set(ids.values())
    page = GroupsPage(context)
    qtbot.addWidget(page)
    page.reload_list()
    assert page.list_table.item(0, 0).text() == "Leaders' set"
    assert page.list_table.item(0, 2).text() == "4"


def test_a_refused_member_leaves_no_half_made_group(qtbot, context: AppContext) -> None:
    dialog = NewGroupDialog(context)
    qtbot.addWidget(dialog)
    dialog.name.setText("Set")
    dialog.others.setPlainText("x" * 5000)  # longer than a name may be: refused
    click_save(dialog)
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert not dialog.error.isHidden()
    assert groups.list_groups(context.vault) == []


def test_split_names_reads_lines_and_commas() -> None:
    assert split_names("Ana, Ben\n\n Cleo ") == ["Ana", "Ben", "Cleo"]


def test_a_session_by_the_editor_lands_on_the_case_givers_records(
    qtbot, context: AppContext
) -> None:
    group_id, ids = make_group(qtbot, context)
    page = GroupsPage(context)
    qtbot.addWidget(page)
    page.show_group(group_id)
    editor = page.new_session()
    assert editor is not None
    qtbot.addWidget(editor)
    members = {m.name: m.id for m in groups.get_group(context.vault, group_id).members}
    # Three participants came; Dana (by name only) did not.
    for name, box in ((n, editor.attendance[members[n]]) for n in members):
        box.setChecked(name != "Dana Guest")
    first = editor.rounds[0]
    first.set_case_giver(members["Ana Silva"])
    first.set_text("situation", "A hard conversation with a peer")
    first.set_text("action", "Ask the peer for twenty minutes on Friday")
    first.set_text("insight", "I wait too long")
    first.rating.setValue(7)
    assert "experiment on Ana Silva's record" in first.landing.text()
    second = editor.add_round()
    second.set_case_giver(members["Ben Okafor"])
    second.set_text("action", "Delegate the weekly report")
    # A round added then removed is not saved.
    third = editor.add_round()
    editor.remove_round(third)
    # The fields follow the template's order (its first section is the case).
    assert next(iter(first.edits)) == "situation"
    click_save(editor)
    assert editor.result() == QDialog.DialogCode.Accepted

    ana = experiments.list_experiments(context.vault, ids["Ana Silva"])
    assert [e.action for e in ana] == ["Ask the peer for twenty minutes on Friday"]
    ben = experiments.list_experiments(context.vault, ids["Ben Okafor"])
    assert [e.action for e in ben] == ["Delegate the weekly report"]
    assert experiments.list_experiments(context.vault, ids["Cleo Martin"]) == []
    assert any("experiment on Ana Silva's record" in line for line in page.last_landed)
    session = group_sessions.list_group_sessions(context.vault, group_id)[0]
    assert session.attendees == 3
    assert session.rounds == 2

    # The page shows the session, the set's learning and whose turn it is next.
    page.show_group(group_id)
    assert page.sessions_table.rowCount() == 1
    assert page.sessions_table.item(0, 2).text() == "2"
    assert page.learning_table.rowCount() == 2
    assert page.rotation_table.rowCount() == 4
    assert page.rotation_table.item(0, 0).text() == "Cleo Martin"
    assert "Cleo Martin" in page.next_label.text()
    cases = {
        page.rotation_table.item(r, 0).text(): page.rotation_table.item(r, 1).text()
        for r in range(4)
    }
    assert cases["Ana Silva"] == "1"
    assert cases["Ben Okafor"] == "1"


def test_the_editor_suggests_whose_turn_it_is(qtbot, context: AppContext) -> None:
    group_id, _ids = make_group(qtbot, context)
    group = groups.get_group(context.vault, group_id)
    editor = GroupSessionDialog(context, group)
    qtbot.addWidget(editor)
    assert editor.rounds[0].case_giver_id() == groups.next_case_giver(
        context.vault, group_id, on=date(2026, 3, 10)
    )
    second = editor.add_round()
    assert second.case_giver_id() != editor.rounds[0].case_giver_id()


def test_a_name_only_case_giver_lands_nowhere_and_is_told_so(qtbot, context: AppContext) -> None:
    group_id, _ids = make_group(qtbot, context)
    group = groups.get_group(context.vault, group_id)
    editor = GroupSessionDialog(context, group)
    qtbot.addWidget(editor)
    dana = next(m for m in group.members if m.name == "Dana Guest")
    editor.rounds[0].set_case_giver(dana.id)
    assert "nothing lands" in editor.rounds[0].landing.text()


def test_go_groups_and_hours_log_are_in_the_window_and_in_f1(qtbot, vault) -> None:
    window: MainWindow = make_window(qtbot, vault.folder, vault, now=lambda: TODAY)
    group = groups.create_group(vault, name="Peer set")
    window.groups_action.trigger()
    assert window.right.currentWidget() is window.groups_page
    assert window.groups_page.list_table.item(0, 0).text() == "Peer set"
    window.context.nav.open_groups(group.id)
    assert window.groups_page.currentWidget() is window.groups_page.group_page
    window.hours_action.trigger()
    assert window.right.currentWidget() is window.hours_page
    assert window.hours_page.log is not None
    shortcuts = dict((what, keys) for keys, what in window.shortcut_list())
    assert shortcuts["Groups"] == "Ctrl+G"
    assert shortcuts["Hours log"] == "Ctrl+Shift+H"
    window.context.lock()
    assert window.groups_page.list_table.rowCount() == 0
    assert window.hours_page.log is None


def record_one_session(
    qtbot, context: AppContext
) -> tuple[str, dict[str, str], GroupSessionDialog]:
    group_id, ids = make_group(qtbot, context)
    group = groups.get_group(context.vault, group_id)
    editor = GroupSessionDialog(context, group)
    qtbot.addWidget(editor)
    members = {m.name: m.id for m in group.members}
    editor.rounds[0].set_case_giver(members["Ana Silva"])
    editor.rounds[0].set_text("action", "Ask for feedback")
    click_save(editor)
    assert editor.saved is not None
    return group_id, ids, editor


def test_removing_a_saved_round_takes_its_experiment_back(qtbot, context: AppContext) -> None:
    group_id, ids, first = record_one_session(qtbot, context)
    assert len(experiments.list_experiments(context.vault, ids["Ana Silva"])) == 1
    assert first.saved is not None
    group = groups.get_group(context.vault, group_id)
    record = group_sessions.get_group_session(context.vault, first.saved.id)
    editor = GroupSessionDialog(context, group, record)
    qtbot.addWidget(editor)
    assert [b.edits["action"].toPlainText() for b in editor.rounds] == ["Ask for feedback"]
    editor.remove_round(editor.rounds[0])
    click_save(editor)
    assert editor.result() == QDialog.DialogCode.Accepted
    assert experiments.list_experiments(context.vault, ids["Ana Silva"]) == []
    assert group_sessions.get_group_session(context.vault, record.id).rounds == ()


def test_the_session_editor_is_sealed_and_comes_back_as_typed(qtbot, context: AppContext) -> None:
    group_id, _ids = make_group(qtbot, context)
    group = groups.get_group(context.vault, group_id)
    editor = GroupSessionDialog(context, group)
    qtbot.addWidget(editor)
    editor.show()
    assert "group_session" in context.drafts.kinds()
    members = {m.name: m.id for m in group.members}
    editor.rounds[0].set_case_giver(members["Ben Okafor"])
    editor.rounds[0].set_text("insight", "Say no sooner")
    editor.rounds[0].rating.setValue(6)
    editor.add_round().set_text("ideas", "Try a pilot")
    editor.attendance[members["Dana Guest"]].setChecked(False)
    state = editor.draft_state()
    assert state is not None
    editor.reject()
    again = GroupSessionDialog.from_draft(context, state)
    qtbot.addWidget(again)
    assert len(again.rounds) == 2
    assert again.rounds[0].case_giver_id() == members["Ben Okafor"]
    assert again.rounds[0].edits["insight"].toPlainText() == "Say no sooner"
    assert again.rounds[0].rating.value() == 6
    assert again.rounds[1].edits["ideas"].toPlainText() == "Try a pilot"
    assert members["Dana Guest"] not in again.attendee_ids()


def test_the_new_group_dialog_is_sealed_and_comes_back(qtbot, context: AppContext) -> None:
    cid = coachees.create_coachee(context.vault, name="Ana Silva").id
    dialog = NewGroupDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    assert "group" in context.drafts.kinds()
    dialog.name.setText("Peer set")
    dialog.set_checked(cid)
    state = dialog.draft_state()
    assert state is not None
    dialog.reject()
    again = NewGroupDialog.from_draft(context, state)
    qtbot.addWidget(again)
    assert again.name.text() == "Peer set"
    assert again.checked_coachees() == [cid]


def test_editing_a_group_lets_members_join_and_leave(qtbot, context: AppContext) -> None:
    group_id, _ids = make_group(qtbot, context)
    group = groups.get_group(context.vault, group_id)
    ana = next(m.id for m in group.members if m.name == "Ana Silva")
    group_sessions.create_group_session(context.vault, group_id, attendee_ids=[ana])
    eve = coachees.create_coachee(context.vault, name="Eve Laurent").id
    page = GroupsPage(context)
    qtbot.addWidget(page)
    page.show()
    page.show_group(group_id)
    dialog = page.edit_group()
    assert dialog is not None
    qtbot.addWidget(dialog)
    assert dialog.name.text() == "Leaders' set"
    dialog.purpose.setPlainText("Real problems, real actions")
    dialog.set_member_checked("Ana Silva", False)  # took part: stays in the record, with a date
    dialog.set_member_checked("Dana Guest", False)  # never came: removed
    dialog.set_checked(eve)
    dialog.others.setPlainText("Finn Guest")
    click_save(dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    after = groups.get_group(context.vault, group_id)
    left = {m.name: m.left_on for m in after.members}
    assert set(left) == {"Ana Silva", "Ben Okafor", "Cleo Martin", "Eve Laurent", "Finn Guest"}
    assert left["Ana Silva"] == context.today() and left["Ben Okafor"] is None
    assert after.purpose == "Real problems, real actions"
    qtbot.waitUntil(lambda: page.members_table.rowCount() == 5)
    rows = {
        page.members_table.item(r, 0).text(): page.members_table.item(r, 3).text()
        for r in range(page.members_table.rowCount())
    }
    assert rows["Ana Silva"] == context.today().isoformat()


def test_an_edited_group_comes_back_after_a_lock_as_typed(qtbot, context: AppContext) -> None:
    group_id, _ids = make_group(qtbot, context)
    dialog = NewGroupDialog(context, group=groups.get_group(context.vault, group_id))
    qtbot.addWidget(dialog)
    dialog.set_member_checked("Ben Okafor", False)
    dialog.name.setText("Renamed set")
    dialog.show()
    state = dialog.draft_state()
    assert state is not None and state["group_id"] == group_id
    again = NewGroupDialog.from_draft(context, state)
    qtbot.addWidget(again)
    assert again.name.text() == "Renamed set"
    assert again.membership().leaving == [
        m.id for m in groups.get_group(context.vault, group_id).members if m.name == "Ben Okafor"
    ]


def test_marks_work_in_a_round_and_an_experiment_mark_becomes_its_action(
    qtbot, context: AppContext
) -> None:
    group_id, _ids = make_group(qtbot, context)
    page = GroupsPage(context)
    qtbot.addWidget(page)
    page.show_group(group_id)
    editor = page.new_session()
    assert editor is not None
    qtbot.addWidget(editor)
    editor.show()
    first = editor.rounds[0]
    insight = first.edits["insight"]
    insight.setFocus()
    qtbot.keyClicks(insight, "I wait too long")
    qtbot.keyClick(insight, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert insight.toPlainText() == "★ I wait too long"
    ideas = first.edits["ideas"]
    ideas.setFocus()
    qtbot.keyClicks(ideas, "Ask the peer for twenty minutes on Friday")
    qtbot.keyClick(ideas, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    assert first.edits["action"].toPlainText() == "Ask the peer for twenty minutes on Friday"
