"""The assessment dialog stores a whole form at once: one use case call, all or nothing."""

# Fixtures are imported by name and injected by pytest as same-named parameters.
# ruff: noqa: F811

from __future__ import annotations

from collections.abc import Mapping

import pytest
from pytestqt.qtbot import QtBot

from coach_app.changes import Kind
from coach_app.errors import ValidationError
from coach_app.services import assessments, measurements
from coach_app.ui.assessment_dialog import AssessmentDialog, GasForm
from coach_app.ui.context import AppContext
from tests.ui.fixtures_editor import (  # noqa: F401 - clock, context, seeded are fixtures
    Seeded,
    clock,
    context,
    seeded,
)


def gas_dialog(qtbot: QtBot, context: AppContext, seeded: Seeded) -> AssessmentDialog:
    dialog = AssessmentDialog(context, seeded.coachee_id, "gas")
    qtbot.addWidget(dialog)
    dialog.show()
    assert isinstance(dialog.form, GasForm)
    first, second = seeded.goal_ids
    dialog.form.set_level(first, 1)
    dialog.form.set_level(second, -1)
    assert dialog.save_button.isEnabled()
    return dialog


def test_every_goal_of_the_form_is_stored_in_one_call(
    qtbot: QtBot, context: AppContext, seeded: Seeded, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[dict[str | None, object]] = []
    real = assessments.record_assessments

    def spy(
        vault: object, coachee_id: str, key: str, answers: Mapping[str | None, object], **kw: object
    ) -> object:
        calls.append(dict(answers))
        return real(vault, coachee_id, key, answers, **kw)  # type: ignore[arg-type]

    monkeypatch.setattr(assessments, "record_assessments", spy)
    dialog = gas_dialog(qtbot, context, seeded)
    with qtbot.waitSignal(context.signals.changed, timeout=1000) as changed:
        dialog.save()
    changes, initiator = changed.args
    assert changes.touches(Kind.MEASUREMENTS, coachee_id=seeded.coachee_id)
    assert initiator is dialog
    first, second = seeded.goal_ids
    assert calls == [{first: 1, second: -1}]
    assert dialog.result() == AssessmentDialog.DialogCode.Accepted
    stored = measurements.list_measurements(context.vault, seeded.coachee_id, instrument="gas")
    assert sorted((m.goal_id, m.value) for m in stored) == sorted([(first, 1.0), (second, -1.0)])


def test_a_refused_form_stores_nothing_and_stays_open(
    qtbot: QtBot, context: AppContext, seeded: Seeded, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(*_args: object, **_kwargs: object) -> object:
        raise ValidationError("That goal does not belong to this coachee.")

    monkeypatch.setattr(assessments, "record_assessments", refuse)
    broadcasts: list[object] = []
    context.signals.changed.connect(lambda changes, _initiator: broadcasts.append(changes))
    dialog = gas_dialog(qtbot, context, seeded)
    dialog.save()
    assert dialog.isVisible()
    assert dialog.preview_label.text() == "That goal does not belong to this coachee."
    assert broadcasts == []
    assert measurements.list_measurements(context.vault, seeded.coachee_id, instrument="gas") == []
