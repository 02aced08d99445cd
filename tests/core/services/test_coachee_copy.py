"""The coachee's own copy and the subject-access PDF: what they hold, and what they never do."""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

import pytest
from sqlalchemy import inspect

from coach_app.errors import NotFound, ValidationError
from coach_app.models import (
    Coachee,
    CoachingSession,
    Experiment,
    Goal,
    GroupMember,
    GroupRound,
    Measurement,
)
from coach_app.services import (
    assessments,
    coachees,
    experiments,
    group_sessions,
    groups,
    sessions,
)
from coach_app.services.coachee_copy import OPTIONAL_SECTIONS, write_coachee_copy
from coach_app.services.subject_access import write_subject_access_pdf
from coach_app.vault.vault import Vault

PDFTOTEXT = shutil.which("pdftotext")
TODAY = date(2024, 11, 1)

# One word per kind of text, so pdftotext's line breaks never split a marker.
ADA_SHARED = ("Qzgoaltitle", "Qzfocus", "Qzprediction", "Qzoutcome", "Qzlearning")
ADA_NOTES = ("Qzsectiontext", "Qznotetext")
ADA_PRIVATE = "Qzprivatetext"
ADA_ONLY_IN_FULL = ("Qzaction", "Qzsignal", "Qzsituation", "Qzgoaldescription", "qzemail")
BEN_MARKERS = ("Qzbenname", "Qzbennote", "Qzbenprivate", "Qzbensituation", "Qzbengoal")


@dataclass(frozen=True)
class People:
    ada: str
    ben: str
    ada_session: str


def pdf_text(path: Path) -> str:
    if PDFTOTEXT is None:
        pytest.skip("pdftotext (poppler-utils) is not installed; .ci/run installs it")
    out = subprocess.run([PDFTOTEXT, str(path), "-"], check=True, capture_output=True, text=True)
    return out.stdout


def _people(vault: Vault) -> People:
    ada = coachees.create_coachee(
        vault, name="Ada Lovelace", focus="Qzfocus delegating", email="qzemail@example.org"
    )
    goal = coachees.create_goal(
        vault,
        ada.id,
        title="Qzgoaltitle planning",
        description="Qzgoaldescription",
        gas_levels={"-1": "Plans alone", "0": "Team plans with support", "1": "Team plans"},
    )
    first = sessions.create_session(
        vault,
        ada.id,
        template="grow",
        started_at=datetime(2024, 3, 4, 9, 30),
        sections={"goal": "Qzsectiontext about the goal"},
        notes="Qznotetext from the coach",
        private_reflection="Qzprivatetext my own doubt",
    )
    for number, day in enumerate((date(2024, 3, 4), date(2024, 4, 1), date(2024, 5, 6))):
        assessments.record_assessment(
            vault, ada.id, "confidence", 4 + number, taken_on=day, goal_id=goal.id
        )
        assessments.record_assessment(
            vault, ada.id, "gas", number - 1, taken_on=day, goal_id=goal.id
        )
    experiment = experiments.create_experiment(
        vault,
        ada.id,
        title="Let Sam run planning",
        prediction="Qzprediction it will fail",
        action="Qzaction hand over",
        success_signal="Qzsignal meeting ends on time",
        agreed_in_session_id=first.id,
    )
    experiments.review_experiment(
        vault,
        experiment.id,
        outcome="Qzoutcome it went fine",
        learning="Qzlearning control was the worry",
        decision="adopt",
    )
    ben = coachees.create_coachee(vault, name="Qzbenname Baker")
    coachees.create_goal(vault, ben.id, title="Qzbengoal")
    sessions.create_session(
        vault,
        ben.id,
        started_at=datetime(2024, 3, 5, 9, 30),
        notes="Qzbennote",
        private_reflection="Qzbenprivate",
    )
    group = groups.create_group(vault, name="Thursday set")
    ada_member = groups.add_member(vault, group.id, coachee_id=ada.id)
    ben_member = groups.add_member(vault, group.id, coachee_id=ben.id)
    meeting = group_sessions.create_group_session(
        vault, group.id, started_at=datetime(2024, 4, 2, 14, 0), attendee_ids=[ada_member.id]
    )
    group_sessions.add_round(
        vault, meeting.id, case_giver_id=ada_member.id, situation="Qzsituation at work"
    )
    group_sessions.add_round(
        vault, meeting.id, case_giver_id=ben_member.id, situation="Qzbensituation"
    )
    return People(ada=ada.id, ben=ben.id, ada_session=first.id)


@pytest.fixture
def people(vault: Vault) -> People:
    return _people(vault)


def test_the_copy_is_titled_as_the_coachees_own_and_holds_what_they_share(
    vault: Vault, people: People, tmp_path: Path
) -> None:
    out = write_coachee_copy(vault, people.ada, tmp_path / "copy.pdf", today=TODAY)
    assert oct(out.stat().st_mode & 0o777) == "0o600"
    text = pdf_text(out)
    assert "Your coaching results, Ada Lovelace" in text
    for marker in ADA_SHARED:
        assert marker in text
    assert "Progress chart" in text


def test_the_copy_never_holds_notes_or_reflections_unless_chosen(
    vault: Vault, people: People, tmp_path: Path
) -> None:
    text = pdf_text(write_coachee_copy(vault, people.ada, tmp_path / "copy.pdf", today=TODAY))
    for marker in (*ADA_NOTES, ADA_PRIVATE, *BEN_MARKERS):
        assert marker not in text


def test_session_notes_only_when_chosen_and_reflections_apart(
    vault: Vault, people: People, tmp_path: Path
) -> None:
    notes = pdf_text(
        write_coachee_copy(
            vault, people.ada, tmp_path / "n.pdf", include=frozenset({"session_notes"})
        )
    )
    for marker in ADA_NOTES:
        assert marker in notes
    assert ADA_PRIVATE not in notes
    private = pdf_text(
        write_coachee_copy(
            vault, people.ada, tmp_path / "p.pdf", include=frozenset({"private_reflections"})
        )
    )
    assert ADA_PRIVATE in private
    for marker in ADA_NOTES:
        assert marker not in private
    every = pdf_text(
        write_coachee_copy(
            vault, people.ada, tmp_path / "a.pdf", include=frozenset(OPTIONAL_SECTIONS)
        )
    )
    assert all(marker in every for marker in (*ADA_NOTES, ADA_PRIVATE))
    assert not any(marker in every for marker in BEN_MARKERS)


def test_copy_errors_are_typed(vault: Vault, people: People, tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match="Unknown section"):
        write_coachee_copy(vault, people.ada, tmp_path / "x.pdf", include=frozenset({"diary"}))
    with pytest.raises(ValidationError, match="does not exist"):
        write_coachee_copy(vault, people.ada, tmp_path / "missing" / "x.pdf")
    with pytest.raises(NotFound):
        write_coachee_copy(vault, "nobody", tmp_path / "x.pdf")
    assert not (tmp_path / "x.pdf").exists()


def test_a_coachee_with_nothing_yet_gets_a_copy(vault: Vault, tmp_path: Path) -> None:
    new = coachees.create_coachee(vault, name="Newcomer")
    text = pdf_text(write_coachee_copy(vault, new.id, tmp_path / "new.pdf"))
    assert "Newcomer" in text


def test_subject_access_holds_every_row_of_the_coachee_and_none_of_another(
    vault: Vault, people: People, tmp_path: Path
) -> None:
    out = write_subject_access_pdf(vault, people.ada, tmp_path / "sar.pdf", include_private=False)
    assert oct(out.stat().st_mode & 0o777) == "0o600"
    text = pdf_text(out)
    for marker in (*ADA_SHARED, *ADA_NOTES, *ADA_ONLY_IN_FULL):
        assert marker in text
    assert ADA_PRIVATE not in text
    for marker in BEN_MARKERS:
        assert marker not in text
    assert people.ben not in text
    # Every field of every kind of row, by its export name, and every row by its id.
    flat = "".join(text.split())
    for model in (Coachee, Goal, CoachingSession, Experiment, Measurement, GroupMember, GroupRound):
        for attr in inspect(model).column_attrs:
            if attr.key != "private_reflection":
                assert attr.key in flat, (model.__name__, attr.key)
    with vault.session() as s:
        ids = [
            row.id
            for model in (Goal, CoachingSession, Experiment, Measurement)
            for row in s.query(model).filter_by(coachee_id=people.ada)
        ]
    assert len(ids) >= 9
    for row_id in ids:
        assert row_id in flat


def test_subject_access_prints_private_reflections_only_when_asked(
    vault: Vault, people: People, tmp_path: Path
) -> None:
    out = tmp_path / "sar.pdf"
    text = pdf_text(write_subject_access_pdf(vault, people.ada, out, include_private=True))
    assert ADA_PRIVATE in text
    assert "private_reflection" in text
    assert not any(marker in text for marker in BEN_MARKERS)
    with pytest.raises(NotFound):
        write_subject_access_pdf(vault, "nobody", tmp_path / "n.pdf", include_private=False)


def test_a_note_longer_than_a_page_flows_over_pages(vault: Vault, tmp_path: Path) -> None:
    person = coachees.create_coachee(vault, name="Long Writer")
    long_text = "\n".join(f"Line {n} of a very long note." for n in range(400))
    sessions.create_session(vault, person.id, notes=long_text, private_reflection=long_text)
    out = write_subject_access_pdf(vault, person.id, tmp_path / "l.pdf", include_private=True)
    assert "Line 399 of a very long note." in pdf_text(out)
    copy = write_coachee_copy(
        vault, person.id, tmp_path / "c.pdf", include=frozenset(OPTIONAL_SECTIONS)
    )
    assert "Line 399 of a very long note." in pdf_text(copy)


def test_cli_writes_the_coachee_copy_with_chosen_sections(
    vault: Vault, people: People, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from coach_app import app  # noqa: PLC0415
    from tests.conftest import PASSPHRASE  # noqa: PLC0415

    monkeypatch.setenv("COACH_APP_KDF_FAST", "1")
    monkeypatch.setenv("COACH_APP_PASSPHRASE", PASSPHRASE)
    folder = vault.folder
    vault.close()
    out = tmp_path / "copy.pdf"
    argv = ["--vault", str(folder), "report", people.ada, "--coachee-copy", "--out", str(out)]
    assert app.main([*argv, "--include", "session_notes"]) == 0
    text = pdf_text(out)
    assert "Your coaching results" in text
    assert ADA_NOTES[0] in text
    assert ADA_PRIVATE not in text
    plain = tmp_path / "plain.pdf"
    assert (
        app.main(
            [
                "--vault",
                str(folder),
                "report",
                people.ada,
                "--out",
                str(plain),
                "--include",
                "measures",
            ]
        )
        == 2
    )
    assert not plain.exists()
