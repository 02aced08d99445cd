"""The coachee's own copy: a PDF of their goals, ratings and experiments, for them to keep.

It is made of the progress report's building blocks (:mod:`coach_app.services.report_sections`)
but worded for the coachee and titled as their own results. What the coach wrote for
themselves stays out unless the coach chooses it: the session notes (the template sections
and the free notes) and the private reflections are optional sections named in ``include``
(:data:`OPTIONAL_SECTIONS`); by default the copy holds only the profile's focus, the goals,
the ratings chart and the experiments, which the coachee and coach agreed together.

Like the report, it is built in memory and written once, atomically and owner-only (0600).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from datetime import date
from pathlib import Path
from typing import Any, Final

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, PageBreak, Spacer

from coach_app.errors import StorageError, ValidationError
from coach_app.i18n import N_, _
from coach_app.services import coachees as coachee_service
from coach_app.services import progress as progress_service
from coach_app.services import sessions as session_service
from coach_app.services.files_out import check_target, write_file_atomically
from coach_app.services.records import SessionRecord
from coach_app.services.report import activity_days, experiments_of
from coach_app.services.report_sections import (
    chart_section,
    day_text,
    experiments_section,
    goals_section,
    measures_section,
    page_decorator,
    para,
    period_of,
    render_pdf,
    table,
)
from coach_app.templates import template, template_keys
from coach_app.vault.vault import Vault

log = logging.getLogger(__name__)

Progress = Callable[[float], None]

#: The sections a coach may add to the coachee's copy: key → label (translated when shown).
OPTIONAL_SECTIONS: Final[Mapping[str, str]] = {
    "measures": N_("Measures at a glance"),
    "session_notes": N_("Session notes"),
    "private_reflections": N_("The coach's private reflections"),
}


def _check_include(include: frozenset[str]) -> None:
    unknown = sorted(set(include) - set(OPTIONAL_SECTIONS))
    if unknown:
        raise ValidationError(
            _("Unknown section(s) for the coachee's copy: {names}. Choose from: {known}.").format(
                names=", ".join(unknown), known=", ".join(OPTIONAL_SECTIONS)
            )
        )


def _section_label(record: SessionRecord, key: str) -> str:
    if record.template in template_keys():
        spec = template(record.template)
        if key in spec.section_keys():
            return spec.section(key).label
    return key


def _session_flow(record: SessionRecord, *, notes: bool, reflection: bool) -> list[Any]:
    """One session's chosen texts, as flowing paragraphs (a long note may span pages)."""
    parts: list[tuple[str, str]] = []
    if notes:
        parts += [(_section_label(record, k), v) for k, v in record.sections.items() if v.strip()]
        if record.notes.strip():
            parts.append((_("Notes"), record.notes))
    if reflection and record.private_reflection.strip():
        parts.append((_("The coach's private reflection"), record.private_reflection))
    if not parts:
        return []
    heading = _("Session of {day}").format(day=record.started_at.date().isoformat())
    flow: list[Any] = [KeepTogether([para(heading, "h3"), para(parts[0][0], "cell_bold")])]
    flow.append(para(parts[0][1]))
    for label, value in parts[1:]:
        flow += [Spacer(1, 1.5 * mm), para(label, "cell_bold"), para(value)]
    flow.append(Spacer(1, 4 * mm))
    return flow


def _sessions_section(vault: Vault, coachee_id: str, include: frozenset[str]) -> list[Any]:
    notes = "session_notes" in include
    reflection = "private_reflections" in include
    if not (notes or reflection):
        return []
    heading = _("Session notes") if notes else _("The coach's private reflections")
    flow: list[Any] = [PageBreak(), para(heading, "h2")]
    summaries = sorted(session_service.list_sessions(vault, coachee_id), key=lambda s: s.started_at)
    body: list[Any] = []
    for summary in summaries:
        record = session_service.get_session(vault, summary.id)
        body += _session_flow(record, notes=notes, reflection=reflection)
    return flow + (body or [para(_("Nothing written in the sessions yet."), "small")])


def build_coachee_copy_pdf(
    vault: Vault,
    coachee_id: str,
    *,
    include: frozenset[str] = frozenset(),
    today: date | None = None,
    progress: Progress | None = None,
) -> bytes:
    """Return the coachee's copy as PDF bytes, built in memory.

    Raises:
        NotFound: the coachee does not exist.
        ValidationError: ``include`` names a section there is not.
    """
    report = progress or (lambda _fraction: None)
    _check_include(include)
    today = today or date.today()
    profile = coachee_service.get_coachee(vault, coachee_id)
    data = progress_service.progress_data(vault, coachee_id)
    experiments, agreed_on = experiments_of(vault, coachee_id)
    start, end = period_of(
        data, activity_days(vault, coachee_id, experiments, agreed_on), today, None, None
    )
    report(0.2)

    facts = [
        (_("Coaching since"), day_text(profile.started_on) if profile.started_on else ""),
        (_("Covers"), _("{start} – {end}").format(start=day_text(start), end=day_text(end))),
        (_("Made on"), today.isoformat()),
    ]
    story: list[Any] = [
        para(_("Your coaching results, {name}").format(name=profile.name), "title"),
        para(
            _(
                "This is your own copy of what you and your coach worked on: your goals, how you "
                "rated your progress and what you tried out and learned. It is personal: keep it "
                "somewhere safe."
            ),
            "subtitle",
        ),
        Spacer(1, 5 * mm),
        table(
            [[para(k, "cell_bold"), para(v, "cell")] for k, v in facts if v.strip()],
            (45 * mm, 129 * mm),
            header=False,
        ),
    ]
    if profile.focus.strip():
        story += [Spacer(1, 3 * mm), para(_("What you are working on"), "h3"), para(profile.focus)]
    story += goals_section(data, plain=True)
    if "measures" in include:
        story += measures_section(data)
    story.append(PageBreak())
    story += chart_section(
        data,
        caption=_(
            "Your ratings over time, from left (earliest) to right (latest). Each line is one "
            "thing you rated; a gap means there were no ratings for a while. The marks along the "
            "bottom are the experiments you agreed to try."
        ),
    )
    report(0.6)
    story.append(PageBreak())
    story += experiments_section(experiments, agreed_on, today)
    story += _sessions_section(vault, coachee_id, include)

    footer = _("Coach Companion · your coaching results · {name} · personal").format(
        name=profile.name
    )
    pdf = render_pdf(
        story,
        on_page=page_decorator(profile.name, footer),
        title=_("Your coaching results, {name}").format(name=profile.name),
        subject=_("Your coaching results"),
    )
    report(0.9)
    return pdf


def write_coachee_copy(
    vault: Vault,
    coachee_id: str,
    out: Path,
    *,
    include: frozenset[str] = frozenset(),
    progress: Progress | None = None,
    today: date | None = None,
) -> Path:
    """Write the coachee's own copy to ``out`` (atomically, mode 0600) and return the path.

    Args:
        include: optional sections from :data:`OPTIONAL_SECTIONS` the coach chose to add
            (``measures``, ``session_notes``, ``private_reflections``); none by default.
        progress: called with a fraction from 0 to 1 as the work advances.
        today: the date printed on the copy (tests pass a fixed one).

    Raises:
        NotFound: the coachee does not exist.
        ValidationError: an unknown section, or the folder does not exist.
        StorageError: the file could not be written.
    """
    path = Path(out).expanduser()
    check_target(path)
    report = progress or (lambda _fraction: None)
    report(0.0)
    pdf = build_coachee_copy_pdf(
        vault, coachee_id, include=frozenset(include), today=today, progress=report
    )
    try:
        write_file_atomically(path, pdf)
    except StorageError:
        log.warning("could not write the coachee's copy")
        raise
    report(1.0)
    return path
