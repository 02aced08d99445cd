"""The pre-session brief as text: Markdown and HTML (the screen and the printer).

All three come from one list of parts (:func:`brief_parts`: a heading and its lines), so the
brief reads the same wherever it is shown and a fix to its wording applies everywhere. Every
word goes through gettext when the brief is rendered. Dates are shown in a readable form
(:func:`long_day`, or the screen's own locale form passed as ``day``); the Markdown front
matter keeps ISO dates, which scripts can read. The PDF, made from the same parts, is in
:mod:`brief_pdf`, so the screen's brief loads no PDF library.

Coachee text (names, goals, notes) is escaped for each format: HTML and reportlab markup by
``html.escape``; in Markdown it stays as written, quoted line by line where it may span lines.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Final

from coach_app import marks
from coach_app.i18n import N_, _, ngettext
from coach_app.services.brief import Brief, BriefExperiment, BriefGoal, Rating
from coach_app.services.files_out import check_target, write_file_atomically

DayFormat = Callable[[date], str]

_MONTHS: Final = (
    N_("January"),
    N_("February"),
    N_("March"),
    N_("April"),
    N_("May"),
    N_("June"),
    N_("July"),
    N_("August"),
    N_("September"),
    N_("October"),
    N_("November"),
    N_("December"),
)


def long_day(day: date) -> str:
    """``day`` as people write it ("3 March 2026"; the order is the translation's)."""
    return _("{day} {month} {year}").format(
        day=day.day, month=_(_MONTHS[day.month - 1]), year=day.year
    )


@dataclass(frozen=True)
class Line:
    """One entry of a part: a bold lead, the rest of the line, and an optional longer text.

    ``alert`` marks what needs the coach's attention first (an overdue experiment).
    """

    lead: str
    rest: str = ""
    body: str = ""
    alert: bool = False


@dataclass(frozen=True)
class Part:
    """A heading and its lines; ``empty`` is shown when there are none."""

    heading: str
    lines: tuple[Line, ...]
    empty: str = ""


def _number(value: float) -> str:
    return f"{value:g}"


def _level(value: float) -> str:
    return f"{value:+g}" if value else "0"


def _rating_text(rating: Rating, day: DayFormat) -> str:
    shown = _level if rating.kind == "gas" else _number
    previous = shown(rating.previous) if rating.previous is not None else ""
    movement = {
        "up": _("↑ up from {previous}"),
        "down": _("↓ down from {previous}"),
        "same": _("→ same as before"),
        "new": _("first rating"),
    }[rating.direction].format(previous=previous)
    return _("{value} ({movement}, {day})").format(
        value=shown(rating.value), movement=movement, day=day(rating.taken_on)
    )


def _goal_line(goal: BriefGoal, day: DayFormat) -> Line:
    facts: list[str] = []
    if goal.confidence is not None:
        facts.append(_("confidence {rating}").format(rating=_rating_text(goal.confidence, day)))
    if goal.gas is not None:
        facts.append(_("GAS level {rating}").format(rating=_rating_text(goal.gas, day)))
    rest = "; ".join(facts) if facts else _("not rated yet")
    return Line(goal.title, rest, body=goal.gas_description)


def _experiment_line(experiment: BriefExperiment, day: DayFormat) -> Line:
    if experiment.overdue:
        n = experiment.days_overdue
        when = ngettext(
            "overdue by {n} day (due {day})", "overdue by {n} days (due {day})", n
        ).format(n=n, day=day(experiment.due_on) if experiment.due_on else "")
    elif experiment.due_on is not None:
        when = _("due {day}").format(day=day(experiment.due_on))
    else:
        when = _("no due date")
    if experiment.goal_title:
        when = _("{when} · goal: {goal}").format(when=when, goal=experiment.goal_title)
    body = (
        _("Prediction: {prediction}").format(prediction=experiment.prediction)
        if experiment.prediction.strip()
        else ""
    )
    return Line(experiment.title, when, body=body, alert=experiment.overdue)


def summary_line(brief: Brief, day: DayFormat = long_day) -> str:
    """The line under the title: last session, how long ago, sessions so far."""
    if brief.last_session_on is None or brief.days_since is None:
        last = _("No session yet")
    elif brief.days_since == 0:
        last = _("Last session: today")
    else:
        last = ngettext(
            "Last session: {day} ({n} day ago)",
            "Last session: {day} ({n} days ago)",
            brief.days_since,
        ).format(day=day(brief.last_session_on), n=brief.days_since)
    sessions = ngettext("{n} session so far", "{n} sessions so far", brief.sessions).format(
        n=brief.sessions
    )
    return _("{last} · {sessions} · made on {day}").format(
        last=last, sessions=sessions, day=day(brief.made_on)
    )


def title_of(brief: Brief) -> str:
    """The brief's title, naming the coachee."""
    return _("Pre-session brief: {name}").format(name=brief.name)


def brief_parts(brief: Brief, day: DayFormat = long_day) -> list[Part]:
    """The brief's parts in reading order (flags first: what to act on)."""
    parts = [
        Part(_("Flags"), tuple(Line(flag) for flag in brief.flags), _("No flags.")),
        Part(
            _("Goals"),
            tuple(_goal_line(goal, day) for goal in brief.goals),
            _("No active goals."),
        ),
        Part(
            _("Open experiments"),
            tuple(_experiment_line(e, day) for e in brief.experiments),
            _("No open experiments."),
        ),
        Part(
            _("Agreed last time"),
            tuple(Line(item.label, body=item.text) for item in brief.agreements),
            _("No agreements written last time."),
        ),
        Part(
            _("Marked last time"),
            tuple(
                Line(
                    _("{sign} {label}").format(
                        sign=marks.kind(item.kind).sign, label=marks.kind(item.kind).label
                    ),
                    item.text,
                )
                for item in brief.marks
            ),
            _("Nothing marked last time."),
        ),
    ]
    if brief.private_reflection is not None:
        reflection = brief.private_reflection.strip()
        parts.append(
            Part(
                _("My private reflection (last session)"),
                (Line("", body=reflection),) if reflection else (),
                _("No reflection written."),
            )
        )
    if brief.focus.strip():
        parts.insert(0, Part(_("Focus"), (Line("", body=brief.focus.strip()),)))
    return parts


# --------------------------------------------------------------------------- Markdown


def _quoted(body: str) -> list[str]:
    return ["> " + line if line.strip() else ">" for line in body.strip().splitlines()]


def brief_markdown(brief: Brief, day: DayFormat = long_day) -> str:
    """The brief as Markdown, with ISO dates in its front matter."""
    last = brief.last_session_on.isoformat() if brief.last_session_on else ""
    private = "true" if brief.private_reflection is not None else "false"
    out = [
        "---",
        f"coachee_id: {brief.coachee_id}",
        f"made_on: {brief.made_on.isoformat()}",
        f"last_session_on: {last}",
        f"private_reflection_included: {private}",
        "---",
        "",
        f"# {title_of(brief)}",
        "",
        summary_line(brief, day),
    ]
    for part in brief_parts(brief, day):
        out += ["", f"## {part.heading}", ""]
        if not part.lines:
            out.append(f"_{part.empty}_")
        for line in part.lines:
            if line.lead:
                lead = f"**{line.lead}**"
                if line.alert:
                    lead = f"⚠ {lead}"
                out.append(f"- {lead}" + (f" — {line.rest}" if line.rest else ""))
                if line.body:
                    out += ["  " + quoted for quoted in _quoted(line.body)]
            elif line.body:
                out += _quoted(line.body)
    return "\n".join(out) + "\n"


# --------------------------------------------------------------------------- HTML


def brief_html(brief: Brief, day: DayFormat = long_day) -> str:
    """The brief as simple HTML (what Qt's rich text understands), for the screen and printing."""
    esc = html.escape
    out = [
        "<html><body>",
        f"<h1>{esc(title_of(brief))}</h1>",
        f"<p style='color:#5f6368'>{esc(summary_line(brief, day))}</p>",
    ]
    for part in brief_parts(brief, day):
        out.append(f"<h2>{esc(part.heading)}</h2>")
        if not part.lines:
            out.append(f"<p><i>{esc(part.empty)}</i></p>")
            continue
        if not any(line.lead or line.rest for line in part.lines):
            # Free text (the focus, the reflection): a paragraph, not a list of one.
            for line in part.lines:
                out.append("<p>" + esc(line.body).replace("\n", "<br/>") + "</p>")
            continue
        out.append("<ul>")
        for line in part.lines:
            item = f"<b>{esc(line.lead)}</b>" if line.lead else ""
            if line.alert:
                item = f"<span style='color:#b3261e'>⚠ {item}</span>"
            if line.rest:
                item += (" — " if line.lead else "") + esc(line.rest)
            if line.body:
                body = esc(line.body).replace("\n", "<br/>")
                item += f"<br/><span style='color:#3c4043'>{body}</span>"
            out.append(f"<li>{item}</li>")
        out.append("</ul>")
    out.append("</body></html>")
    return "\n".join(out)


def write_brief_markdown(brief: Brief, out: Path | str, day: DayFormat = long_day) -> Path:
    """Write the brief's Markdown to ``out`` (atomically, owner-only) and return the path."""
    path = Path(out).expanduser()
    check_target(path)
    write_file_atomically(path, brief_markdown(brief, day).encode("utf-8"))
    return path
