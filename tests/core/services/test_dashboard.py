"""Dashboard flags in the language's plural forms and the chosen language; what changes them."""

from __future__ import annotations

import gettext
from datetime import date, datetime, timedelta

import pytest

from coach_app import i18n
from coach_app.changes import Changes, Kind
from coach_app.services import coachees, experiments, sessions
from coach_app.services.dashboard import affected_by, dashboard_rows
from coach_app.vault.vault import Vault

TODAY = date(2024, 11, 1)


class Marked(gettext.NullTranslations):
    """A "language" that wraps every text, so an untranslated one stands out."""

    def gettext(self, message: str) -> str:
        return f"«{message}»"

    def ngettext(self, msgid1: str, msgid2: str, n: int) -> str:
        return f"«{msgid1 if n == 1 else msgid2}»"


@pytest.fixture
def coachee(vault: Vault) -> str:
    """A coachee seen 8 days before TODAY, with two overdue experiments."""
    ada = coachees.create_coachee(vault, name="Ada", started_on=TODAY - timedelta(days=60))
    sessions.create_session(vault, ada.id, started_at=datetime(2024, 10, 24, 9, 0))
    for title in ("Try A", "Try B"):
        experiments.create_experiment(vault, ada.id, title=title, due_on=TODAY - timedelta(days=1))
    return ada.id


def test_counts_in_flags_use_plural_forms(vault: Vault, coachee: str) -> None:
    (row,) = dashboard_rows(vault, today=TODAY, weeks_without_session=1)
    assert [flag.text for flag in row.flags] == ["no session in 1 week", "2 overdue experiments"]
    assert row.flag_text == "no session in 1 week; 2 overdue experiments"


def test_flags_are_translated(vault: Vault, coachee: str, monkeypatch: pytest.MonkeyPatch) -> None:
    coachees.create_coachee(vault, name="New", started_on=TODAY - timedelta(days=90))
    monkeypatch.setattr(i18n, "_translations", Marked())
    rows = {row.name: row for row in dashboard_rows(vault, today=TODAY, weeks_without_session=1)}
    assert [flag.text for flag in rows["Ada"].flags] == [
        "«no session in 1 week»",
        "«2 overdue experiments»",
    ]
    assert [flag.text for flag in rows["New"].flags] == ["«no session yet»"]


def test_what_changes_the_dashboard_and_a_coachees_brief() -> None:
    assert affected_by(Changes.of(Kind.SESSIONS, coachee_ids=("ada",)))
    assert affected_by(Changes.of(Kind.GOALS, coachee_ids=("ada",)), "ada")
    assert affected_by(Changes.of(Kind.PROFILE, all_coachees=True), "ada")
    assert not affected_by(Changes.of(Kind.MEASUREMENTS, coachee_ids=("ben",)), "ada")
    assert not affected_by(Changes.of(Kind.GROUPS, Kind.OWN_RECORD))
    assert not affected_by(Changes())
    # The reference values the "reliable drop" flag is judged by are settings, which name no
    # coachee: they count for every coachee's row and brief.
    assert affected_by(Changes.of(Kind.SETTINGS))
    assert affected_by(Changes.of(Kind.SETTINGS), "ada")
