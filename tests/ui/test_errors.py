"""``save_form``: the one way a form dialog saves, and what it says when the write fails."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from coach_app.changes import Changes
from coach_app.errors import NotFound, ValidationError, VaultLocked
from coach_app.services import coachees
from coach_app.services.access import OpenVault
from coach_app.ui import errors as ui_errors
from coach_app.ui.context import AppContext
from coach_app.ui.labels import form_error_label
from tests.ui.conftest import MakeContext


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch) -> list[BaseException]:
    """Errors that would have gone to a message box."""
    boxes: list[BaseException] = []
    monkeypatch.setattr(ui_errors, "show_error", lambda _parent, exc: boxes.append(exc))
    return boxes


@pytest.fixture
def context(make_context: MakeContext) -> AppContext:
    return make_context()


def _failing(exc: BaseException) -> Callable[[OpenVault], object]:
    def write(_vault: OpenVault) -> object:
        raise exc

    return write


def _dialog(qtbot: QtBot) -> QDialog:
    dialog = QDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_a_write_that_succeeds_is_broadcast_and_accepts_the_dialog(
    qtbot: QtBot, context: AppContext, shown: list[BaseException]
) -> None:
    dialog = _dialog(qtbot)
    label = form_error_label()
    heard: list[object] = []
    context.signals.changed.connect(lambda _changes, initiator: heard.append(initiator))
    # What the caller reads once the dialog is accepted is in place before ``accept`` runs.
    results_before_accept: list[int] = []
    saved = ui_errors.save_form(
        dialog,
        context.ops,
        lambda vault: coachees.create_coachee(vault, name="Ada"),
        label,
        before_accept=lambda: results_before_accept.append(dialog.result()),
    )
    assert saved is True
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert results_before_accept == [QDialog.DialogCode.Rejected.value]
    assert heard == [dialog]
    assert label.isHidden()
    assert shown == []


def test_a_refused_value_is_said_in_the_form_and_the_dialog_stays_open(
    qtbot: QtBot, context: AppContext, shown: list[BaseException]
) -> None:
    dialog = _dialog(qtbot)
    label = form_error_label()
    called: list[str] = []
    saved = ui_errors.save_form(
        dialog,
        context.ops,
        _failing(ValidationError("Name is required.")),
        label,
        before_accept=lambda: called.append("before"),
    )
    assert saved is False
    assert dialog.isVisible()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert label.text() == "Name is required."
    assert not label.isHidden()
    assert called == []
    assert shown == []


def test_a_dialog_can_say_a_refused_value_its_own_way(
    qtbot: QtBot, context: AppContext, shown: list[BaseException]
) -> None:
    dialog = _dialog(qtbot)
    said: list[str] = []
    refused = _failing(ValidationError("End date is before the start."))
    assert not ui_errors.save_form(dialog, context.ops, refused, said.append)
    assert said == ["End date is before the start."]
    assert dialog.isVisible()
    assert shown == []


def test_a_lock_during_the_write_says_nothing(
    qtbot: QtBot, context: AppContext, shown: list[BaseException]
) -> None:
    dialog = _dialog(qtbot)
    label = form_error_label()
    assert not ui_errors.save_form(dialog, context.ops, _failing(VaultLocked("locked")), label)
    assert label.isHidden() and label.text() == ""
    assert shown == []
    assert dialog.isVisible()


@pytest.mark.parametrize("exc", [NotFound("That coachee no longer exists."), RuntimeError("bug")])
def test_any_other_failure_goes_to_the_error_box(
    qtbot: QtBot, context: AppContext, shown: list[BaseException], exc: BaseException
) -> None:
    dialog = _dialog(qtbot)
    label = form_error_label()
    assert not ui_errors.save_form(dialog, context.ops, _failing(exc), label)
    assert shown == [exc]
    assert label.isHidden()
    assert dialog.isVisible()


def test_nothing_is_broadcast_when_the_write_fails(
    qtbot: QtBot, context: AppContext, shown: list[BaseException]
) -> None:
    heard: list[Changes] = []
    context.signals.changed.connect(lambda changes, _initiator: heard.append(changes))
    dialog = _dialog(qtbot)
    ui_errors.save_form(dialog, context.ops, _failing(ValidationError("No.")), form_error_label())
    assert heard == []
