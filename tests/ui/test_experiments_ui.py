"""Agreed experiments through the dialogs: create, validate, review, overdue, save before lock."""

# Fixtures are imported by name and injected by pytest as same-named parameters.
# ruff: noqa: F811

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, Qt
from pytestqt.qtbot import QtBot

from coach_app.changes import Changes, Kind
from coach_app.services import experiments
from coach_app.services.records import ExperimentRecord
from coach_app.ui.context import AppContext
from coach_app.ui.experiment_dialog import (
    ExperimentDialog,
    ExperimentReviewDialog,
    OverdueExperimentsDialog,
)
from coach_app.ui.session_models import COACHEE_ID_ROLE, OverdueExperimentsModel
from tests.ui.fixtures_editor import (  # noqa: F401 - clock, context, seeded are fixtures
    FakeClock,
    Seeded,
    clock,
    context,
    seeded,
)


def _touches_experiments(changes: Changes, _initiator: object) -> bool:
    return changes.touches(Kind.EXPERIMENTS)


def test_create_an_experiment_with_goal_prediction_and_due_date(
    qtbot: QtBot, context: AppContext, seeded: Seeded
) -> None:
    dialog = ExperimentDialog(context, seeded.coachee_id)
    qtbot.addWidget(dialog)
    dialog.show()
    goals = [dialog.goal_combo.itemText(i) for i in range(dialog.goal_combo.count())]
    assert goals == ["No particular goal", "Delegate more", "Speak up in leadership meetings"]
    assert dialog.due_edit.date() == QDate(2025, 3, 18)
    assert dialog.due_edit.calendarPopup()

    qtbot.keyClicks(dialog.title_edit, "Say no to one meeting a week")
    dialog.goal_combo.setCurrentIndex(1)
    qtbot.keyClicks(dialog.prediction_edit, "People will be annoyed")
    qtbot.keyClicks(dialog.action_edit, "Decline the Thursday sync")
    qtbot.keyClicks(dialog.signal_edit, "Two free hours")
    dialog.due_edit.setDate(QDate(2025, 3, 21))
    with qtbot.waitSignal(
        context.signals.changed, timeout=1000, check_params_cb=_touches_experiments
    ) as signal:
        qtbot.mouseClick(
            dialog.buttons.button(dialog.buttons.StandardButton.Save), Qt.MouseButton.LeftButton
        )
    assert sorted(signal.args[0].coachee_ids) == [seeded.coachee_id]
    assert dialog.result() == ExperimentDialog.DialogCode.Accepted

    [saved] = experiments.list_experiments(context.vault, seeded.coachee_id)
    assert saved.title == "Say no to one meeting a week"
    assert saved.goal_id == seeded.goal_ids[0]
    assert saved.prediction == "People will be annoyed"
    assert saved.action == "Decline the Thursday sync"
    assert saved.success_signal == "Two free hours"
    assert saved.due_on == date(2025, 3, 21)
    assert saved.status == "agreed"

    # Editing the plan goes through the same dialog.
    edit = ExperimentDialog(context, seeded.coachee_id, experiment_id=saved.id)
    qtbot.addWidget(edit)
    assert edit.title_edit.text() == saved.title
    assert edit.goal_combo.currentData() == seeded.goal_ids[0]
    edit.due_check.setChecked(False)
    assert edit.save()
    assert experiments.get_experiment(context.vault, saved.id).due_on is None


def test_a_refused_value_is_shown_inline_and_nothing_typed_is_lost(
    qtbot: QtBot, context: AppContext, seeded: Seeded
) -> None:
    dialog = ExperimentDialog(context, seeded.coachee_id, prefill_action="Ask for help twice")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.prediction_edit, "It will feel awkward")
    assert not dialog.save()
    assert dialog.isVisible()
    assert dialog.error_label.isVisible()
    assert dialog.error_label.text() == "Experiment title is required."
    assert dialog.prediction_edit.toPlainText() == "It will feel awkward"
    assert dialog.action_edit.toPlainText() == "Ask for help twice"
    assert experiments.list_experiments(context.vault, seeded.coachee_id) == []


def _agreed(context: AppContext, seeded: Seeded, **fields: object) -> ExperimentRecord:
    values: dict[str, object] = {
        "title": "Ask one question first",
        "prediction": "I will talk less",
        "due_on": "2025-03-01",
    }
    values.update(fields)
    return experiments.create_experiment(context.vault, seeded.coachee_id, **values)


def test_review_the_pdsa_way(qtbot: QtBot, context: AppContext, seeded: Seeded) -> None:
    planned = _agreed(context, seeded, goal_id=seeded.goal_ids[1], action="In every 1:1")
    dialog = ExperimentReviewDialog(context, planned.id)
    qtbot.addWidget(dialog)
    dialog.show()
    shown = " ".join(label.text() for label in dialog.findChildren(type(dialog.error_label)))
    assert "What happened? What did you learn? Adopt, adapt or abandon?" in shown
    assert "not a failure" in shown
    assert "I will talk less" in shown  # the prediction, to compare with
    assert "Speak up in leadership meetings" in shown  # its goal
    assert dialog.windowTitle() == "Review: Ask one question first"

    qtbot.keyClicks(dialog.outcome_edit, "Did it in three of four 1:1s")
    qtbot.keyClicks(dialog.learning_edit, "Silence is fine; people fill it")
    dialog.set_choice(dialog.decision_group, "adopt")
    with qtbot.waitSignal(
        context.signals.changed, timeout=1000, check_params_cb=_touches_experiments
    ):
        assert dialog.save()
    done = experiments.get_experiment(context.vault, planned.id)
    assert (done.status, done.decision) == ("done", "adopt")
    assert done.outcome == "Did it in three of four 1:1s"
    assert done.learning == "Silence is fine; people fill it"


def test_dropping_an_experiment_is_a_kind_choice_too(
    qtbot: QtBot, context: AppContext, seeded: Seeded
) -> None:
    planned = _agreed(context, seeded)
    dialog = ExperimentReviewDialog(context, planned.id)
    qtbot.addWidget(dialog)
    labels = {b.property("value"): b.text() for b in dialog.status_group.buttons()}
    assert "that is fine" in labels["dropped"]
    dialog.set_choice(dialog.status_group, "dropped")
    dialog.set_choice(dialog.decision_group, "abandon")
    qtbot.keyClicks(dialog.learning_edit, "The timing was wrong, not the idea")
    assert dialog.save()
    dropped = experiments.get_experiment(context.vault, planned.id)
    assert (dropped.status, dropped.decision) == ("dropped", "abandon")


def test_overdue_dialog_lists_open_experiments_past_due_and_enter_opens_the_coachee(
    qtbot: QtBot, context: AppContext, seeded: Seeded, clock: FakeClock
) -> None:
    late = _agreed(context, seeded, title="Write the one-pager", due_on="2025-02-25")
    _agreed(context, seeded, title="Not yet due", due_on="2025-03-20")
    reviewed = _agreed(context, seeded, title="Already reviewed", due_on="2025-02-01")
    experiments.review_experiment(
        context.vault, reviewed.id, outcome="ok", learning="ok", decision="adopt"
    )
    clock.current = datetime(2025, 3, 4, 9, 0)
    dialog = OverdueExperimentsDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    model = dialog.model
    assert model.rowCount() == 1
    cells = [model.index(0, c).data() for c in range(model.columnCount())]
    assert cells == ["Ana Sousa", "Write the one-pager", "2025-02-25", "7 days"]
    assert model.index(0, 0).data(COACHEE_ID_ROLE) == seeded.coachee_id
    assert not dialog.empty_label.isVisible()

    clock.current = datetime(2025, 3, 5, 9, 0)  # a day later, after a refresh
    dialog.refresh()
    assert model.index(0, 3).data() == "8 days"

    with qtbot.waitSignal(context.nav.coachee_requested, timeout=1000) as signal:
        qtbot.keyClick(dialog.table, Qt.Key.Key_Return)
    assert signal.args == [seeded.coachee_id]
    assert not dialog.isVisible()
    assert late.id == model.record_for(model.index(0, 0)).id  # type: ignore[union-attr]


def test_overdue_dialog_says_when_nothing_is_overdue(
    qtbot: QtBot, context: AppContext, seeded: Seeded
) -> None:
    _agreed(context, seeded, due_on="2025-04-01")
    dialog = OverdueExperimentsDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.model.rowCount() == 0
    assert dialog.empty_label.isVisible()
    assert not dialog.open_button.isEnabled()


def test_dialogs_keep_what_was_typed_when_the_vault_locks(
    qtbot: QtBot, context: AppContext, seeded: Seeded
) -> None:
    planned = _agreed(context, seeded)
    review = ExperimentReviewDialog(context, planned.id)
    create = ExperimentDialog(context, seeded.coachee_id)
    for dialog in (review, create):
        qtbot.addWidget(dialog)
        dialog.show()
    qtbot.keyClicks(review.outcome_edit, "Half-written outcome")
    qtbot.keyClicks(create.title_edit, "Typed just before the lock")
    vault = context.vault
    context.about_to_lock.emit()  # what context.lock() does first
    kept = experiments.get_experiment(vault, planned.id)
    assert kept.outcome == "Half-written outcome"
    assert kept.status == "agreed"  # the words are kept; the decision is still the coach's
    titles = {e.title for e in experiments.list_experiments(vault, seeded.coachee_id)}
    assert "Typed just before the lock" in titles
    context.lock()
    assert not review.isVisible()
    assert not create.isVisible()


def test_overdue_model_passes_the_model_tester(qtmodeltester, seeded: Seeded) -> None:  # type: ignore[no-untyped-def]
    model = OverdueExperimentsModel()
    rows = [
        ExperimentRecord(
            id=f"e{i}",
            coachee_id=seeded.coachee_id,
            title=f"Experiment {i}",
            due_on=date(2025, 2, 20 + i),
            prediction="p" if i else "",
            coachee_name="Ana Sousa",
        )
        for i in range(3)
    ]
    model.set_rows(rows, date(2025, 3, 4))
    qtmodeltester.check(model)
    assert model.index(2, 3).data() == "10 days"
    model.clear()
    qtmodeltester.check(model)
