"""The PDF progress report of one coachee: profile, goals, chart, experiments, learning log.

The report is built in memory (the chart as an in-memory PNG, the PDF in a ``BytesIO``) and then
written to the file the coach chose in one atomic step: a temporary name in the same folder,
fsync, rename. No plaintext ever lands anywhere else, not even in the system temp folder; the
only temporary file is the finished PDF itself, in the folder the coach picked.

Layout uses reportlab's flowables (paragraphs that wrap, tables that split across pages) on A4,
with DejaVu Sans taken from matplotlib's own font folder so names in any European script print
correctly and the chart and the text share one typeface. The sections themselves, and every
translated word in them, are in :mod:`coach_app.services.report_sections`.

The CLI (``coach-app report``) and the UI's export action both call :func:`write_report`; it is
slow work (a chart at print resolution), so it reports progress through a callback and the UI
runs it in the background.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from reportlab.platypus import PageBreak

from coach_app.errors import StorageError, ValidationError
from coach_app.i18n import _
from coach_app.services import coachees as coachee_service
from coach_app.services import experiments as experiment_service
from coach_app.services import learning_log as learning_log_service
from coach_app.services import progress as progress_service
from coach_app.services import sessions as session_service
from coach_app.services.records import ExperimentRecord
from coach_app.services.report_sections import (
    chart_section,
    experiment_day,
    experiments_section,
    goals_section,
    learning_section,
    measures_section,
    page_decorator,
    profile_section,
    render_pdf,
    sources_section,
)
from coach_app.vault.files import atomic_write_bytes
from coach_app.vault.vault import Vault

log = logging.getLogger(__name__)

Progress = Callable[[float], None]


# --------------------------------------------------------------------------- building


def _in_period(day: date | None, start: date | None, end: date | None) -> bool:
    if day is None:
        return start is None and end is None
    return (start is None or day >= start) and (end is None or day <= end)


def build_report_pdf(
    vault: Vault,
    coachee_id: str,
    *,
    start: date | None = None,
    end: date | None = None,
    today: date | None = None,
    progress: Progress | None = None,
) -> bytes:
    """Return the PDF report as bytes, built entirely in memory.

    Raises:
        NotFound: the coachee does not exist.
        ValidationError: ``start`` is after ``end``.
    """
    report = progress or (lambda _fraction: None)
    if start is not None and end is not None and start > end:
        raise ValidationError(_("The report period starts after it ends."))
    today = today or date.today()
    profile = coachee_service.get_coachee(vault, coachee_id)
    data = progress_service.progress_data(vault, coachee_id, start=start, end=end)
    experiments, agreed_on = experiments_of(vault, coachee_id)
    experiments = [e for e in experiments if _in_period(experiment_day(e, agreed_on), start, end)]
    activity = activity_days(vault, coachee_id, experiments, agreed_on)
    entries = [
        entry
        for entry in learning_log_service.learning_log(vault, coachee_id=coachee_id)
        if _in_period(entry.logged_on, start, end)
    ]
    report(0.2)

    story: list[Any] = []
    story += profile_section(profile, data, today, start, end, activity=activity)
    story += goals_section(data)
    story += measures_section(data)
    story.append(PageBreak())
    story += chart_section(data)
    report(0.6)
    story.append(PageBreak())
    story += experiments_section(experiments, agreed_on, today)
    story += learning_section(entries)
    story += sources_section(data)

    pdf = render_pdf(
        story,
        on_page=page_decorator(profile.name),
        title=_("Progress report: {name}").format(name=profile.name),
        subject=_("Coaching progress report"),
    )
    report(0.9)
    return pdf


def activity_days(
    vault: Vault,
    coachee_id: str,
    experiments: list[ExperimentRecord],
    agreed_on: dict[str, date],
) -> list[date]:
    """The days of the coachee's sessions and experiments (where an open period ends)."""
    days = [
        summary.started_at.date() for summary in session_service.list_sessions(vault, coachee_id)
    ]
    days += [d for d in (experiment_day(e, agreed_on) for e in experiments) if d is not None]
    return days


def experiments_of(vault: Vault, coachee_id: str) -> tuple[list[ExperimentRecord], dict[str, date]]:
    """The coachee's experiments (oldest agreed first) and the day each was agreed."""
    records = experiment_service.list_experiments(vault, coachee_id)
    session_days = {
        summary.id: summary.started_at.date()
        for summary in session_service.list_sessions(vault, coachee_id)
    }
    agreed_on = {
        record.id: session_days[record.agreed_in_session_id]
        for record in records
        if record.agreed_in_session_id in session_days
    }
    records.sort(key=lambda r: (experiment_day(r, agreed_on) or date.min, r.title))
    return records, agreed_on


def write_report(
    vault: Vault,
    coachee_id: str,
    out_path: Path | str,
    *,
    start: date | None = None,
    end: date | None = None,
    progress: Progress | None = None,
    today: date | None = None,
) -> Path:
    """Write a coachee's PDF progress report to ``out_path`` (atomically, mode 0600).

    Args:
        out_path: the file the coach chose; its folder must exist.
        start: first day of the period, or None for the beginning.
        end: last day of the period, or None for everything.
        progress: called with a fraction from 0 to 1 as the work advances.
        today: the report date (tests pass a fixed one).

    Returns:
        The path written.

    Raises:
        NotFound: the coachee does not exist.
        ValidationError: the period is empty or the folder does not exist.
        StorageError: the file could not be written (disk full, read-only folder).
    """
    path = Path(out_path).expanduser()
    if not path.parent.is_dir():
        raise ValidationError(_("The folder {parent} does not exist.").format(parent=path.parent))
    if path.is_dir():
        raise ValidationError(
            _("{path} is a folder; choose a file name for the report.").format(path=path)
        )
    report = progress or (lambda _fraction: None)
    report(0.0)
    pdf = build_report_pdf(vault, coachee_id, start=start, end=end, today=today, progress=report)
    try:
        atomic_write_bytes(path, pdf)
    except StorageError:
        log.warning("could not write the progress report")
        raise
    report(1.0)
    return path
