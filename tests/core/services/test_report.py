"""The PDF progress report: a real PDF, several pages, the coachee's data, no stray files."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import tempfile
from datetime import date, datetime
from pathlib import Path

import pytest

from coach_app.errors import NotFound, ValidationError
from coach_app.services import assessments, coachees, report, sessions
from tests.helpers.progress_fixture import TODAY, History, build_history

PDFTOTEXT = shutil.which("pdftotext")


@pytest.fixture
def history(vault) -> History:
    return build_history(vault)


@pytest.fixture
def private_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty folder that every ``tempfile`` user (and TMPDIR) points at during the test."""
    folder = tmp_path / "system-temp"
    folder.mkdir()
    monkeypatch.setenv("TMPDIR", str(folder))
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


def page_count(pdf: bytes) -> int:
    return len(re.findall(rb"/Type\s*/Page(?!s)", pdf))


def pdf_text(path: Path) -> str:
    if PDFTOTEXT is None:
        pytest.skip("pdftotext (poppler-utils) is not installed; .ci/run installs it")
    return subprocess.run(
        [PDFTOTEXT, "-layout", str(path), "-"], check=True, capture_output=True, text=True
    ).stdout


def test_report_is_a_multi_page_pdf_with_the_coachee_in_it(vault, history, tmp_path) -> None:
    out = tmp_path / "out" / "ada.pdf"
    out.parent.mkdir()
    written = report.write_report(vault, history.ada, out, today=TODAY)
    assert written == out
    pdf = out.read_bytes()
    assert pdf.startswith(b"%PDF")
    assert page_count(pdf) >= 2
    assert oct(out.stat().st_mode & 0o777) == "0o600"
    text = pdf_text(out)
    assert "Ada Lovelace" in text
    for expected in (
        "Delegate the weekly planning",
        "Current GAS T-score",
        "Let Sam run one planning meeting",
        "My worry was about control, not quality.",
        "Learning log",
        "Schwarzer",  # the GSE attribution travels with its scores
    ):
        assert expected in text


def test_no_file_appears_anywhere_but_the_chosen_one(vault, history, tmp_path, private_tmp) -> None:
    out_dir = tmp_path / "reports"
    out_dir.mkdir()
    seen_during: list[list[str]] = []

    def progress(_fraction: float) -> None:
        seen_during.append(sorted(os.listdir(private_tmp)))

    report.write_report(vault, history.ada, out_dir / "ada.pdf", progress=progress, today=TODAY)
    assert os.listdir(private_tmp) == []
    assert all(listing == [] for listing in seen_during)
    assert os.listdir(out_dir) == ["ada.pdf"]  # the temporary name is gone after the rename


def test_progress_runs_from_zero_to_one(vault, history, tmp_path) -> None:
    fractions: list[float] = []
    report.write_report(vault, history.ada, tmp_path / "r.pdf", progress=fractions.append)
    assert fractions[0] == 0.0
    assert fractions[-1] == 1.0
    assert fractions == sorted(fractions)


def test_a_period_without_data_still_gives_a_report(vault, history, tmp_path) -> None:
    out = tmp_path / "empty.pdf"
    report.write_report(vault, history.ada, out, start=date(2030, 1, 1), today=TODAY)
    assert out.read_bytes().startswith(b"%PDF")
    text = pdf_text(out)
    assert "No measurements in this period" in text


def test_report_errors_are_typed(vault, history, tmp_path) -> None:
    with pytest.raises(ValidationError, match="does not exist"):
        report.write_report(vault, history.ada, tmp_path / "missing" / "r.pdf")
    with pytest.raises(ValidationError, match="starts after it ends"):
        report.write_report(
            vault, history.ada, tmp_path / "r.pdf", start=date(2024, 5, 1), end=date(2024, 4, 1)
        )
    with pytest.raises(NotFound):
        report.write_report(vault, "nobody", tmp_path / "r.pdf")
    assert not (tmp_path / "r.pdf").exists()


def test_an_existing_report_is_replaced_whole(vault, history, tmp_path) -> None:
    out = tmp_path / "r.pdf"
    out.write_bytes(b"old")
    report.write_report(vault, history.ada, out, today=TODAY)
    assert out.read_bytes().startswith(b"%PDF")


def test_report_for_a_demo_coachee(vault, tmp_path) -> None:
    demo = pytest.importorskip("coach_app.services.demo")
    demo.generate(vault, coachees=3, sessions_per_coachee=24, seed=7, today=date(2025, 6, 1))
    first = coachees.list_coachees(vault)[0]
    out = report.write_report(vault, first.id, tmp_path / "demo.pdf", today=date(2025, 6, 1))
    pdf = out.read_bytes()
    assert page_count(pdf) >= 2
    assert first.name in pdf_text(out)


def test_the_period_reaches_the_last_session_without_ratings(vault, tmp_path) -> None:
    """An open period ends on the last session, not on the last measurement before it."""
    person = coachees.create_coachee(vault, name="Period Person")
    sessions.create_session(vault, person.id, started_at=datetime(2024, 3, 4, 10, 0))
    assessments.record_assessment(vault, person.id, "gse", [3] * 10, taken_on=date(2024, 3, 4))
    sessions.create_session(vault, person.id, started_at=datetime(2024, 6, 17, 10, 0))
    out = report.write_report(vault, person.id, tmp_path / "p.pdf", today=date(2024, 12, 1))
    text = " ".join(pdf_text(out).split())
    assert "2024-03-04 – 2024-06-17" in text
