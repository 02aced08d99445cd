"""The import summary a coach reads: counts in the language's singular and plural forms."""

from __future__ import annotations

from coach_app.services.exchange.document import ImportSummary


def test_one_of_each_is_singular() -> None:
    summary = ImportSummary(coachees=1, goals=1, sessions=1, experiments=1, measurements=1)
    assert summary.describe() == "1 coachee, 1 goal, 1 session, 1 experiment, 1 measurement"


def test_two_of_each_is_plural_and_groups_are_named_when_there_are_some() -> None:
    summary = ImportSummary(
        coachees=2, goals=2, sessions=2, experiments=0, measurements=2, groups=1, insights=2
    )
    assert summary.describe() == (
        "2 coachees, 2 goals, 2 sessions, 0 experiments, 2 measurements, "
        "1 group, 0 group sessions, 2 insights"
    )
    assert "supervision" not in summary.describe()
    assert ImportSummary(development=1).describe().endswith("1 supervision or development entry")
