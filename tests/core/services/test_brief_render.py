"""The brief rendered (``brief_render``, ``brief_pdf``): the same content in Markdown, HTML and
the PDF's text."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date, timedelta
from pathlib import Path

import pytest

from coach_app.errors import ValidationError
from coach_app.services.brief import build_brief
from coach_app.services.brief_pdf import write_brief_pdf
from coach_app.services.brief_render import (
    brief_html,
    brief_markdown,
    long_day,
    write_brief_markdown,
)
from coach_app.vault.vault import Vault
from tests.core.services.test_brief import PRIVATE_MARKER, TODAY, Seeded, seed_brief

PDFTOTEXT = shutil.which("pdftotext")


def pdf_text(path: Path) -> str:
    if PDFTOTEXT is None:
        pytest.skip("pdftotext (poppler-utils) is not installed; .ci/run installs it")
    out = subprocess.run([PDFTOTEXT, str(path), "-"], check=True, capture_output=True, text=True)
    return " ".join(out.stdout.split())


@pytest.fixture
def seeded(vault: Vault) -> Seeded:
    return seed_brief(vault)


def _check_content(text: str) -> None:
    """What every rendering of Ada's brief shows, in the order the coach reads it."""
    for marker in (
        "Ada Lovelace",
        "Qzgoalup planning",
        "↑ up from 4",
        "↓ down from 6",
        "not rated yet",
        "Qzagreement ask Sam to chair",
        "Qzinsight she owns Monday",
        "Qzquote I can let go",
        "Qzaction send agenda",
        "2 overdue experiments",
        "9 days ago",
    ):
        assert marker in text, marker
    order = ["Qzmost overdue", "Qzslightly overdue", "Qzlater due", "Qzundated"]
    positions = [text.index(title) for title in order]
    assert positions == sorted(positions)
    assert "Qzreviewed" not in text and "Qzoldagreement" not in text
    assert PRIVATE_MARKER not in text and "Qzgoalachieved" not in text


def test_markdown_holds_the_content_with_iso_dates_in_its_front_matter(
    vault: Vault, seeded: Seeded
) -> None:
    text = brief_markdown(build_brief(vault, seeded.ada, today=TODAY))
    _check_content(text)
    head = text.split("---")[1]
    assert f"made_on: {TODAY.isoformat()}" in head
    assert f"last_session_on: {(TODAY - timedelta(days=9)).isoformat()}" in head
    assert "private_reflection_included: false" in head
    assert long_day(TODAY) in text  # readable dates in the body


def test_html_holds_the_content_and_escapes_coachee_text(vault: Vault, seeded: Seeded) -> None:
    from coach_app.services import coachees  # noqa: PLC0415

    coachees.update_coachee(vault, seeded.ada, name="Ada <b>Lovelace</b>")
    text = brief_html(build_brief(vault, seeded.ada, today=TODAY))
    assert "Ada &lt;b&gt;Lovelace&lt;/b&gt;" in text and "<b>Lovelace" not in text
    coachees.update_coachee(vault, seeded.ada, name="Ada Lovelace")
    _check_content(brief_html(build_brief(vault, seeded.ada, today=TODAY)))


def test_pdf_text_holds_the_content(vault: Vault, seeded: Seeded, tmp_path: Path) -> None:
    out = write_brief_pdf(build_brief(vault, seeded.ada, today=TODAY), tmp_path / "b.pdf")
    assert oct(out.stat().st_mode & 0o777) == "0o600"
    _check_content(pdf_text(out))


def test_the_private_reflection_appears_only_when_included(
    vault: Vault, seeded: Seeded, tmp_path: Path
) -> None:
    brief = build_brief(vault, seeded.ada, today=TODAY, include_private=True)
    assert PRIVATE_MARKER in brief_markdown(brief)
    assert "private_reflection_included: true" in brief_markdown(brief)
    assert PRIVATE_MARKER in brief_html(brief)
    assert PRIVATE_MARKER in pdf_text(write_brief_pdf(brief, tmp_path / "p.pdf"))


def test_a_brief_with_nothing_yet_says_so(vault: Vault, seeded: Seeded) -> None:
    text = brief_markdown(build_brief(vault, seeded.ben, today=TODAY))
    for words in ("No session yet", "No active goals.", "No open experiments.", "No flags."):
        assert words in text


def test_dates_use_the_given_form(vault: Vault, seeded: Seeded) -> None:
    text = brief_markdown(build_brief(vault, seeded.ada, today=TODAY), day=lambda d: f"D{d:%d%m}")
    assert f"D{TODAY:%d%m}" in text


def test_long_day_reads_as_people_write_it() -> None:
    assert long_day(date(2026, 3, 3)) == "3 March 2026"


def test_a_target_folder_is_refused(vault: Vault, seeded: Seeded, tmp_path: Path) -> None:
    brief = build_brief(vault, seeded.ada, today=TODAY)
    with pytest.raises(ValidationError):
        write_brief_markdown(brief, tmp_path)
    with pytest.raises(ValidationError):
        write_brief_pdf(brief, tmp_path / "missing" / "b.pdf")
