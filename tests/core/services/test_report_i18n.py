"""The PDF progress report speaks the chosen language: every word of it goes through gettext.

A small Dutch catalogue is written for the test (a handful of the report's messages: headings,
table labels, label-table values, sentences with placeholders, the footer and the PDF's own
title); the report of the known history is then read back with ``pdftotext`` and must show
the Dutch wording where a translation exists and the English one where it does not.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog
from babel.messages.mofile import write_mo

from coach_app import i18n
from coach_app.services import report
from coach_app.vault.vault import Vault
from tests.helpers.progress_fixture import TODAY, build_history

PDFTOTEXT = shutil.which("pdftotext")
PDFINFO = shutil.which("pdfinfo")

DUTCH = {
    # headings and table labels
    "Goals and goal attainment": "Doelen en doelbereik",
    "Learning log (newest first)": "Leerlogboek (nieuwste eerst)",
    "Role": "Functie",
    "Coaching since": "Coaching sinds",
    "Focus": "Aandachtspunt",
    "Prediction": "Voorspelling",
    # values of the module-level label tables (N_, translated where shown)
    "+1 more than expected": "+1 beter dan verwacht",
    "done": "klaar",
    "adopt": "overnemen",
    # sentences with named placeholders, one with markup the translator moved
    "<b>Current GAS T-score: {score}</b> on {day} (50 = as expected; Kiresuk &amp; Sherman, "
    "weighted, ρ = 0.3, latest level of every rated goal).": (
        "Op {day} <b>GAS T-score {score}</b> (50 = zoals verwacht)."
    ),
    "Confidence: {name}": "Vertrouwen: {name}",
    "not classified (single rating)": "niet ingedeeld (enkele score)",
    "agreed {day}": "afgesproken op {day}",
    "status: {status}": "stand: {status}",
    "due {day} (overdue)": "uiterlijk {day} (te laat)",
    "decision: {decision}": "besluit: {decision}",
    # page furniture and the PDF's metadata
    "Coach Companion · progress report · {name} · confidential": (
        "Coach Companion · voortgangsrapport · {name} · vertrouwelijk"
    ),
    "page {n}": "pagina {n}",
    "Progress report: {name}": "Voortgangsrapport van {name}",
    "Coaching progress report": "Coachingsvoortgang",
}


@pytest.fixture
def dutch(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    catalog = Catalog(locale="nl")
    for english, translated in DUTCH.items():
        catalog.add(english, translated)
    locale_dir = tmp_path / "locale"
    target = locale_dir / "nl" / "LC_MESSAGES" / "coach_app.mo"
    target.parent.mkdir(parents=True)
    with target.open("wb") as fh:
        write_mo(fh, catalog)
    monkeypatch.setattr(i18n, "LOCALE_DIR", locale_dir)
    assert i18n.set_language("nl") == "nl"
    try:
        yield
    finally:
        i18n.set_language("en")


def _run(tool: str | None, name: str, *args: str) -> str:
    if tool is None:
        pytest.skip(f"{name} (poppler-utils) is not installed; .ci/run installs it")
    return subprocess.run([tool, *args], check=True, capture_output=True, text=True).stdout


def _words(text: str) -> str:
    """The text with every run of white space as one space: table cells wrap their lines."""
    return re.sub(r"\s+", " ", text)


@pytest.fixture
def dutch_report(vault: Vault, dutch: None, tmp_path: Path) -> Path:
    history = build_history(vault)
    return report.write_report(vault, history.ada, tmp_path / "ada.pdf", today=TODAY)


def test_the_report_uses_the_translations(dutch_report: Path) -> None:
    text = _words(_run(PDFTOTEXT, "pdftotext", str(dutch_report), "-"))
    for expected in (
        "Voortgangsrapport van Ada Lovelace",
        "Doelen en doelbereik",
        "Leerlogboek (nieuwste eerst)",
        "Functie Engineering lead",
        "Coaching sinds 2024-01-08",
        "Aandachtspunt Delegating and speaking up",  # the coachee's own words stay as written
        "+1 beter dan verwacht (2024-09-04)",
        "Op 2024-09-04 GAS T-score 58.0 (50 = zoals verwacht).",
        "Vertrouwen: Delegate the weekly planning",
        "niet ingedeeld (enkele score)",
        "afgesproken op 2024-01-22 · stand: klaar",
        "besluit: overnemen",
        "uiterlijk 2024-10-27 (te laat)",
        "Voorspelling The meeting will run over",
        "Coach Companion · voortgangsrapport · Ada Lovelace · vertrouwelijk",
        "pagina 1",
        "pagina 3",
    ):
        assert expected in text, expected
    for english in (
        "Goals and goal attainment",
        "Progress report:",
        "Coaching since",
        "more than expected",
        "Current GAS T-score",
        "Confidence: Delegate",
        "single rating",
        "agreed 2024-01-22",
        "status: done",
        "decision: adopt",
        "(overdue)",
        "Prediction",
        "progress report · Ada",
        "page 1",
    ):
        assert english not in text, english
    # messages without a translation in the catalogue fall back to English
    assert "Measures at a glance" in text
    assert "not classified (no reference values stored)" in text


def test_the_pdf_metadata_is_translated(dutch_report: Path) -> None:
    info = _run(PDFINFO, "pdfinfo", str(dutch_report))
    assert re.search(r"^Title:\s+Voortgangsrapport van Ada Lovelace$", info, re.MULTILINE)
    assert re.search(r"^Subject:\s+Coachingsvoortgang$", info, re.MULTILINE)


def test_english_is_back_after_the_language_is_reset(
    vault: Vault, dutch: None, tmp_path: Path
) -> None:
    i18n.set_language("en")
    history = build_history(vault)
    out = report.write_report(vault, history.ada, tmp_path / "ada.pdf", today=TODAY)
    text = _words(_run(PDFTOTEXT, "pdftotext", str(out), "-"))
    assert "Goals and goal attainment" in text
    assert "Doelen en doelbereik" not in text
