"""Everything stored about one coachee, as a readable PDF (a subject-access request).

A coachee may ask what the coach holds about them. This prints every field of every row
about them: the profile, goals, sessions, experiments, measurements, group memberships,
attendance, the cases they brought to a group and their insights. Fields are read from the
table definitions, not listed by hand, so a column added later is printed without anyone
remembering to. The one exception is the coach's private reflection on a session, printed
only when the coach chooses ``include_private`` (whether it must be handed over is a legal
question the coach answers; the app only makes both possible).

Rows of other people never appear: a group is named, but not its other members or their
cases. Texts flow as paragraphs, so a note longer than a page splits across pages.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any, Final

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Spacer
from sqlalchemy import inspect, select
from sqlalchemy.orm import Session

from coach_app.errors import StorageError
from coach_app.i18n import N_, _
from coach_app.models import (
    Base,
    Coachee,
    CoachingSession,
    Experiment,
    Goal,
    Group,
    GroupAttendance,
    GroupMember,
    GroupRound,
    Insight,
    Measurement,
)
from coach_app.services.files_out import check_target, write_file_atomically
from coach_app.services.lookup import get_or_not_found
from coach_app.services.report_sections import (
    markup,
    page_decorator,
    para,
    render_pdf,
    text,
)
from coach_app.vault.vault import Vault

log = logging.getLogger(__name__)

Progress = Callable[[float], None]

#: Fields only printed when the coach chooses to include what they wrote for themselves.
PRIVATE_FIELDS: Final = frozenset({("sessions", "private_reflection")})

_KIND_LABELS: Final = {
    "coachees": N_("Profile"),
    "goals": N_("Goals"),
    "sessions": N_("Sessions"),
    "experiments": N_("Experiments"),
    "measurements": N_("Measurements"),
    "group_members": N_("Group memberships"),
    "group_attendance": N_("Group sessions attended"),
    "group_rounds": N_("Cases brought to a group"),
    "insights": N_("Insights"),
}


def _rows(s: Session, coachee_id: str) -> list[tuple[str, Sequence[Base]]]:
    """Every row about the coachee, by table, in a stable order."""
    coachee = get_or_not_found(s, Coachee, coachee_id, "coachee")
    members = list(
        s.scalars(
            select(GroupMember).where(GroupMember.coachee_id == coachee_id).order_by(GroupMember.id)
        )
    )
    member_ids = [m.id for m in members]
    return [
        ("coachees", [coachee]),
        (
            "goals",
            list(s.scalars(select(Goal).where(Goal.coachee_id == coachee_id).order_by(Goal.id))),
        ),
        (
            "sessions",
            list(
                s.scalars(
                    select(CoachingSession)
                    .where(CoachingSession.coachee_id == coachee_id)
                    .order_by(CoachingSession.started_at, CoachingSession.id)
                )
            ),
        ),
        (
            "experiments",
            list(
                s.scalars(
                    select(Experiment)
                    .where(Experiment.coachee_id == coachee_id)
                    .order_by(Experiment.created_at, Experiment.id)
                )
            ),
        ),
        (
            "measurements",
            list(
                s.scalars(
                    select(Measurement)
                    .where(Measurement.coachee_id == coachee_id)
                    .order_by(Measurement.taken_on, Measurement.instrument, Measurement.id)
                )
            ),
        ),
        ("group_members", members),
        (
            "group_attendance",
            list(
                s.scalars(
                    select(GroupAttendance)
                    .where(GroupAttendance.member_id.in_(member_ids))
                    .order_by(GroupAttendance.group_session_id)
                )
            ),
        ),
        (
            "group_rounds",
            list(
                s.scalars(
                    select(GroupRound)
                    .where(GroupRound.case_giver_id.in_(member_ids))
                    .order_by(GroupRound.created_at, GroupRound.id)
                )
            ),
        ),
        (
            "insights",
            list(
                s.scalars(
                    select(Insight)
                    .where(Insight.coachee_id == coachee_id)
                    .order_by(Insight.noted_on, Insight.id)
                )
            ),
        ),
    ]


def _value(value: Any) -> str:
    if value is None or value == "":
        shown = "—"
    elif isinstance(value, bool):
        shown = _("yes") if value else _("no")
    elif isinstance(value, datetime | date):
        shown = value.isoformat()
    elif isinstance(value, dict):
        shown = "\n".join(f"{key}: {_value(item)}" for key, item in value.items()) or "—"
    elif isinstance(value, list | tuple):
        shown = ", ".join(_value(item) for item in value) or "—"
    elif isinstance(value, str):
        shown = value
    else:
        # Numbers and anything else print as the JSON export writes them.
        shown = json.dumps(value, ensure_ascii=False, default=str)
    return shown


def _fields(kind: str, row: Base, include_private: bool) -> list[tuple[str, str]]:
    out = []
    for attr in inspect(row).mapper.column_attrs:
        if (kind, attr.key) in PRIVATE_FIELDS and not include_private:
            continue
        out.append((attr.key, _value(getattr(row, attr.key))))
    return out


def _group_names(s: Session, members: Sequence[Base]) -> dict[str, str]:
    ids = {getattr(m, "group_id", "") for m in members}
    return {g.id: g.name for g in s.scalars(select(Group).where(Group.id.in_(ids)))}


def _row_flow(title: str, fields: list[tuple[str, str]]) -> list[Any]:
    first, *rest = [
        markup(f"<b>{text(name)}</b>: {text(value)}", "cell") for name, value in fields
    ] or [para("—", "cell")]
    # The heading never ends a page alone; the fields themselves may split across pages.
    return [KeepTogether([para(title, "h3"), first]), *rest, Spacer(1, 3 * mm)]


def build_subject_access_pdf(
    vault: Vault, coachee_id: str, *, include_private: bool, progress: Progress | None = None
) -> bytes:
    """Return the PDF of everything stored about the coachee, built in memory.

    Raises:
        NotFound: the coachee does not exist.
    """
    report = progress or (lambda _fraction: None)
    story: list[Any] = []
    with vault.session() as s:
        tables = _rows(s, coachee_id)
        profile = tables[0][1][0]
        name = str(getattr(profile, "name", ""))
        groups = _group_names(s, tables[5][1])
        story += [
            para(_("Everything stored about {name}").format(name=name), "title"),
            para(
                _(
                    "Every field of every record this coaching app holds about {name}, made on "
                    "{day}. Field names are those of the app's export format."
                ).format(name=name, day=date.today().isoformat()),
                "subtitle",
            ),
        ]
        if not include_private:
            story.append(
                para(_("The coach's private reflections on sessions are not included."), "small")
            )
        for number, (kind, rows) in enumerate(tables):
            label = _(_KIND_LABELS[kind])
            story.append(para(f"{label} ({len(rows)})", "h2"))
            if not rows:
                story.append(para(_("None stored."), "small"))
            for index, row in enumerate(rows, start=1):
                fields = _fields(kind, row, include_private)
                if kind == "group_members":
                    group = groups.get(str(getattr(row, "group_id", "")), "")
                    fields.append((_("group name"), group or "—"))
                story += _row_flow(f"{label} {index}", fields)
            report(0.1 + 0.6 * (number + 1) / len(tables))

    footer = _("Coach Companion · everything stored about {name} · confidential").format(name=name)
    pdf = render_pdf(
        story,
        on_page=page_decorator(name, footer),
        title=_("Everything stored about {name}").format(name=name),
    )
    report(0.9)
    return pdf


def write_subject_access_pdf(
    vault: Vault,
    coachee_id: str,
    out: Path,
    *,
    include_private: bool,
    progress: Progress | None = None,
) -> Path:
    """Write everything stored about the coachee to ``out`` (atomically, 0600); return the path.

    Args:
        include_private: also print the coach's private reflections on sessions.
        progress: called with a fraction from 0 to 1 as the work advances.

    Raises:
        NotFound: the coachee does not exist.
        ValidationError: the folder does not exist or ``out`` is a folder.
        StorageError: the file could not be written.
    """
    path = Path(out).expanduser()
    check_target(path)
    report = progress or (lambda _fraction: None)
    report(0.0)
    pdf = build_subject_access_pdf(
        vault, coachee_id, include_private=include_private, progress=report
    )
    try:
        write_file_atomically(path, pdf)
    except StorageError:
        log.warning("could not write the subject-access file")
        raise
    report(1.0)
    return path
