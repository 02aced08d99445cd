"""The learning log on the operations API: it follows goal and name changes, and a lock."""

# Fixtures are imported by name and injected by pytest as same-named parameters.
# ruff: noqa: F811

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from coach_app.changes import Kind
from coach_app.services import coachees
from coach_app.services import learning_log as learning_log_service
from coach_app.ui import learning_log as learning_log_module
from coach_app.ui.context import AppContext
from coach_app.ui.learning_log import LearningLogWidget
from coach_app.ui.progress_models import LearningLogModel
from tests.helpers.progress_fixture import History
from tests.ui.fixtures_review import context, history, slowed  # noqa: F401 - fixtures
from tests.ui.helpers_ops import announce
from tests.ui.shell_helpers import wait_for_workers


@pytest.fixture
def errors(monkeypatch: pytest.MonkeyPatch) -> list[BaseException]:
    """Errors the log would have shown in a box."""
    shown: list[BaseException] = []
    monkeypatch.setattr(learning_log_module, "show_error", lambda _parent, exc: shown.append(exc))
    return shown


@pytest.fixture
def log(qtbot: QtBot, context: AppContext, history: History) -> LearningLogWidget:
    widget = LearningLogWidget(context)
    qtbot.addWidget(widget)
    return widget


def goal_titles(log: LearningLogWidget) -> list[str]:
    return [log.goal_combo.itemText(i) for i in range(log.goal_combo.count())]


def test_a_renamed_goal_shows_in_the_goal_filter(
    qtbot: QtBot, context: AppContext, history: History, log: LearningLogWidget
) -> None:
    with qtbot.waitSignal(log.loaded, timeout=10_000):
        log.show_coachee(history.ada)
    assert "Speak up in leadership meetings" in goal_titles(log)
    with qtbot.waitSignal(log.loaded, timeout=10_000):
        context.ops.change(
            lambda vault: coachees.update_goal(vault, history.goal_speak, title="Speak first")
        )
    assert "Speak first" in goal_titles(log)


def test_everyone_follows_a_renamed_coachee(
    qtbot: QtBot, context: AppContext, history: History, log: LearningLogWidget
) -> None:
    with qtbot.waitSignal(log.loaded, timeout=10_000):
        log.show_coachee(None)
    assert log.model.index(0, LearningLogModel.COACHEE).data() == "Ada Lovelace"
    with qtbot.waitSignal(log.loaded, timeout=10_000):
        context.ops.change(
            lambda vault: coachees.update_coachee(vault, history.ada, name="Ada King")
        )
    assert log.model.index(0, LearningLogModel.COACHEE).data() == "Ada King"


def test_one_coachee_ignores_someone_else_and_an_idle_log_ignores_everything(
    qtbot: QtBot, context: AppContext, history: History, log: LearningLogWidget
) -> None:
    announce(context, Kind.EXPERIMENTS, coachee_ids=(history.ada,))
    assert not context.ops.is_busy()  # not shown yet: nothing to reload
    with qtbot.waitSignal(log.loaded, timeout=10_000):
        log.show_coachee(history.ada)
    announce(context, Kind.EXPERIMENTS, Kind.GOALS, coachee_ids=(history.ben,))
    assert not context.ops.is_busy()


def test_a_lock_while_loading_leaves_it_empty_and_quiet(
    qtbot: QtBot,
    context: AppContext,
    history: History,
    log: LearningLogWidget,
    errors: list[BaseException],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(
        learning_log_service, "learning_log", slowed(learning_log_service.learning_log)
    )
    log.show_coachee(None)
    assert context.ops.is_busy()
    context.lock()
    wait_for_workers()
    qtbot.waitUntil(lambda: not context.ops.is_busy(), timeout=5000)
    assert log.model.rowCount() == 0 and not log.active
    assert log.count_label.text() == "" and log.detail.toPlainText() == ""
    assert errors == []
