"""The pre-session brief as an A4 PDF (reportlab), from the same parts as its text forms.

Kept apart from :mod:`brief_render` so that showing a brief on screen loads no PDF library:
reportlab is imported only when a PDF is made.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Spacer

from coach_app.i18n import _
from coach_app.services.brief import Brief
from coach_app.services.brief_render import (
    DayFormat,
    Line,
    brief_parts,
    long_day,
    summary_line,
    title_of,
)
from coach_app.services.files_out import check_target, write_file_atomically
from coach_app.services.report_sections import markup, page_decorator, para, render_pdf, text


def brief_pdf(brief: Brief, day: DayFormat = long_day) -> bytes:
    """The brief as an A4 PDF (usually one page), built in memory."""
    story: list[Any] = [
        para(title_of(brief), "title"),
        para(summary_line(brief, day), "subtitle"),
        Spacer(1, 3 * mm),
    ]
    for part in brief_parts(brief, day):
        story.append(para(part.heading, "h2"))
        if not part.lines:
            story.append(para(part.empty, "small"))
        story += _pdf_lines(part.lines)
    footer = _("Coach Companion · pre-session brief · {name} · confidential").format(
        name=brief.name
    )
    return render_pdf(
        story,
        on_page=page_decorator(brief.name, footer),
        title=title_of(brief),
        subject=_("Pre-session brief"),
    )


def _pdf_lines(lines: Sequence[Line]) -> list[Any]:
    flow: list[Any] = []
    for line in lines:
        parts = []
        if line.lead:
            lead = f"<b>{text(line.lead)}</b>"
            parts.append(f"<font color='#b3261e'>⚠ {lead}</font>" if line.alert else lead)
        if line.rest:
            parts.append(text(line.rest))
        if parts:
            flow.append(markup(" — ".join(parts)))
        if line.body:
            flow.append(markup(f"<font color='#3c4043'>{text(line.body)}</font>"))
        flow.append(Spacer(1, 1.5 * mm))
    return flow


def write_brief_pdf(brief: Brief, out: Path | str, day: DayFormat = long_day) -> Path:
    """Write the brief's PDF to ``out`` (atomically, owner-only) and return the path.

    Raises:
        ValidationError: the folder does not exist, or ``out`` is a folder.
        StorageError: the file could not be written.
    """
    path = Path(out).expanduser()
    check_target(path)
    write_file_atomically(path, brief_pdf(brief, day))
    return path
