"""A series is named in full in the PDF report, however long its goal's title."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from coach_app.services import coachees, report
from coach_app.vault.vault import Vault
from tests.helpers.progress_fixture import TODAY, build_history

LONG = (
    "Speak up in the leadership team before the decisions are taken, "
    "not afterwards in the hallway with one colleague"
)


def test_a_long_goal_title_is_in_the_pdf_text_whole(vault: Vault, tmp_path: Path) -> None:
    pdftotext = shutil.which("pdftotext")
    if pdftotext is None:
        pytest.skip("pdftotext (poppler-utils) is not installed; .ci/run installs it")
    history = build_history(vault)
    coachees.update_goal(vault, history.goal_speak, title=LONG)
    out = tmp_path / "ada.pdf"
    report.write_report(vault, history.ada, out, today=TODAY)
    text = subprocess.run(
        [pdftotext, str(out), "-"], check=True, capture_output=True, text=True
    ).stdout
    # A table cell wraps the name onto several lines: every word is there, in order.
    assert LONG in " ".join(text.split())
