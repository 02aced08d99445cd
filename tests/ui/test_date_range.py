"""Every date picker offers exactly the days the vault accepts (coach_app/dates.py).

Each dialog with a date is opened and each of its date edits checked; a scan of ``coach_app/ui``
also makes sure a date edit added later gets the range too.
"""

# Fixtures are imported by name and injected by pytest as same-named parameters.
# ruff: noqa: F811

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateTimeEdit, QWidget
from pytestqt.qtbot import QtBot

import coach_app.ui
from coach_app import dates
from coach_app.services import coachees
from coach_app.ui.assessment_dialog import AssessmentDialog
from coach_app.ui.coachee_dialogs import ProfileDialog
from coach_app.ui.context import AppContext
from coach_app.ui.experiment_dialog import ExperimentDialog
from coach_app.ui.progress_toolbar import ProgressToolbar
from tests.ui.fixtures_editor import (  # noqa: F401 - clock, context, seeded are fixtures
    Seeded,
    clock,
    context,
    seeded,
)

FIRST = QDate(dates.FIRST_DAY.year, dates.FIRST_DAY.month, dates.FIRST_DAY.day)
LAST = QDate(dates.LAST_DAY.year, dates.LAST_DAY.month, dates.LAST_DAY.day)

MAKERS: dict[str, Callable[[AppContext, Seeded], QWidget]] = {
    "assessment": lambda ctx, s: AssessmentDialog(ctx, s.coachee_id, "gse"),
    "experiment": lambda ctx, s: ExperimentDialog(ctx, s.coachee_id),
    "new coachee": lambda ctx, _s: ProfileDialog(ctx),
    "edit coachee": lambda ctx, s: ProfileDialog(
        ctx, coachees.get_coachee(ctx.vault, s.coachee_id)
    ),
    "progress period": lambda _ctx, _s: ProgressToolbar(),
}


@pytest.mark.parametrize("name", list(MAKERS))
def test_every_date_edit_has_the_vaults_range(
    qtbot: QtBot, context: AppContext, seeded: Seeded, name: str
) -> None:
    widget = MAKERS[name](context, seeded)
    qtbot.addWidget(widget)
    edits = widget.findChildren(QDateTimeEdit)  # QDateEdit is one too
    assert edits, f"no date edit found in the {name} widget"
    for edit in edits:
        assert edit.minimumDate() == FIRST, edit.accessibleName()
        assert edit.maximumDate() == LAST, edit.accessibleName()


def test_every_date_edit_in_the_ui_source_gets_the_range() -> None:
    """A ``QDateEdit(...)``/``QDateTimeEdit(...)`` is followed by ``apply_date_range`` on it."""
    made = re.compile(r"^(\s*)(?P<name>[\w.]+)\s*=\s*(QDateEdit|QDateTimeEdit)\(", re.M)
    missing: list[str] = []
    found = 0
    for path in sorted(Path(coach_app.ui.__file__).parent.glob("*.py")):
        source = path.read_text("utf-8")
        for match in made.finditer(source):
            found += 1
            following = source[match.end() : match.end() + 600]
            name = re.escape(match["name"])
            direct = re.search(rf"apply_date_range\({name}\)", following)
            # A loop over several edits (progress_toolbar) names each in its header and applies
            # the range to the loop variable first thing in its body.
            looped = re.search(
                rf"for (\w+)\b[^:]*{name}[^:]*:\s*\n\s*apply_date_range\(\1\)", following
            )
            if not (direct or looped):
                missing.append(f"{path.name}: {match['name']}")
    assert found >= 5
    assert not missing, f"date edits without apply_date_range: {missing}"
