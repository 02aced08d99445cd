"""The sections of the PDF progress report, as reportlab flowables, and their typography.

:mod:`coach_app.services.report` gathers the data and assembles these sections into a PDF; this
module only lays out what it is given. Every word a reader sees goes through gettext
(``coach_app.i18n``) at the moment the section is built, so a report made after a change of
language comes out in that language. The fixed label tables below hold English values marked
with ``N_`` and are translated where they are shown.

Text from the vault (names, titles, notes) is always passed through :func:`_text` before it
enters reportlab's paragraph markup; translated messages that carry markup of their own
(``<b>``) have only computed values (scores, dates) or escaped text formatted into them.
"""

from __future__ import annotations

import functools
import io
from collections.abc import Callable, Mapping, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any, Final
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (
    Flowable,
    Image,
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from coach_app.i18n import N_, _
from coach_app.instruments.definitions import get_instrument
from coach_app.services.learning_log import LearningEntry
from coach_app.services.progress import ProgressData
from coach_app.services.progress_series import Series
from coach_app.services.records import CoacheeProfile, ExperimentRecord

FONT: Final = "CoachSans"
_FONT_BOLD: Final = "CoachSans-Bold"
_FONT_ITALIC: Final = "CoachSans-Oblique"
_INK: Final = colors.HexColor("#1f1f1f")
MUTED: Final = colors.HexColor("#5f6368")
_RULE: Final = colors.HexColor("#c8ccd0")
_SHADE: Final = colors.HexColor("#f2f4f6")
MARGIN: Final = 18 * mm
_CHART_DPI: Final = 200

# Stored codes -> English labels; N_ marks them for extraction, _() translates them when shown.
_DECISION_LABELS: Final = {"adopt": N_("adopt"), "adapt": N_("adapt"), "abandon": N_("abandon")}
_STATUS_LABELS: Final = {
    "agreed": N_("agreed"),
    "in_progress": N_("in progress"),
    "done": N_("done"),
    "dropped": N_("dropped"),
}
_GOAL_STATUS_LABELS: Final = {"achieved": N_("achieved"), "dropped": N_("dropped")}
_LEVEL_LABELS: Final = {
    -2: N_("−2 much less than expected"),
    -1: N_("−1 less than expected"),
    0: N_("0 expected outcome"),
    1: N_("+1 more than expected"),
    2: N_("+2 much more than expected"),
}


def _label(table: Mapping[Any, str], code: Any, missing: str | None = None) -> str:
    """The translated label of ``code``; a code the table does not know is shown as it is."""
    if code in table:
        return _(table[code])
    return missing if missing is not None else str(code)


@functools.cache
def _register_fonts() -> None:
    # DejaVu ships inside matplotlib, which the app already depends on; reportlab's built-in
    # Helvetica only covers Latin-1 and would print a box for "ł" or the minus sign.
    import matplotlib  # noqa: PLC0415 - see _chart_png: matplotlib loads only when drawing

    folder = Path(matplotlib.get_data_path()) / "fonts" / "ttf"
    pdfmetrics.registerFont(TTFont(FONT, str(folder / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont(_FONT_BOLD, str(folder / "DejaVuSans-Bold.ttf")))
    pdfmetrics.registerFont(TTFont(_FONT_ITALIC, str(folder / "DejaVuSans-Oblique.ttf")))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=_FONT_BOLD, italic=_FONT_ITALIC)


@functools.cache
def _styles() -> dict[str, ParagraphStyle]:
    _register_fonts()
    body = ParagraphStyle(
        "body", fontName=FONT, fontSize=9.5, leading=13, textColor=_INK, alignment=TA_LEFT
    )
    return {
        "title": ParagraphStyle("title", parent=body, fontName=_FONT_BOLD, fontSize=18, leading=23),
        "subtitle": ParagraphStyle("subtitle", parent=body, fontSize=10.5, textColor=MUTED),
        "h2": ParagraphStyle(
            "h2",
            parent=body,
            fontName=_FONT_BOLD,
            fontSize=12.5,
            leading=16,
            spaceBefore=10,
            spaceAfter=5,
        ),
        "h3": ParagraphStyle("h3", parent=body, fontName=_FONT_BOLD, fontSize=10, leading=13),
        "body": body,
        "cell": ParagraphStyle("cell", parent=body, fontSize=8.5, leading=11),
        "cell_bold": ParagraphStyle(
            "cell_bold", parent=body, fontName=_FONT_BOLD, fontSize=8.5, leading=11
        ),
        "small": ParagraphStyle("small", parent=body, fontSize=7.5, leading=10, textColor=MUTED),
    }


def _text(value: object) -> str:
    """Escape user text for a reportlab paragraph and keep its line breaks."""
    return escape(str(value or "")).replace("\n", "<br/>")


def _para(value: object, style: str = "body") -> Paragraph:
    return Paragraph(_text(value), _styles()[style])


def _markup(markup: str, style: str = "body") -> Paragraph:
    return Paragraph(markup, _styles()[style])


def _day(value: date | None) -> str:
    return value.isoformat() if value else "—"


def _table(rows: list[list[Any]], widths: Sequence[float], *, header: bool = True) -> Table:
    table = Table(rows, colWidths=list(widths), repeatRows=1 if header else 0, hAlign="LEFT")
    style = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, _RULE),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    if header:
        style.append(("BACKGROUND", (0, 0), (-1, 0), _SHADE))
    table.setStyle(TableStyle(style))
    return table


def _header(*labels: str) -> list[Any]:
    """A table's header row from already translated labels."""
    return [_para(label, "cell_bold") for label in labels]


def experiment_day(experiment: ExperimentRecord, agreed_on: dict[str, date]) -> date | None:
    """The day ``experiment`` was agreed: its session's day, else the day it was created."""
    if experiment.id in agreed_on:
        return agreed_on[experiment.id]
    created = experiment.created_at
    return created.date() if isinstance(created, datetime) else created


def render_pdf(
    story: list[Flowable],
    *,
    on_page: Callable[[Any, Any], None],
    title: str,
    subject: str = "",
) -> bytes:
    """The A4 PDF of ``story``: every document the app writes (report, coachee copy, SAR).

    The title and subject are the PDF's own, shown in viewers' title bars and file properties.
    """
    buffer = io.BytesIO()
    document = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN,
        title=title,
        author="Coach Companion",
        subject=subject,
        creator="Coach Companion",
    )
    document.build(story, onFirstPage=on_page, onLaterPages=on_page)
    return buffer.getvalue()


def page_decorator(name: str, footer: str | None = None) -> Callable[[Any, Any], None]:
    """The footer drawn on every page: the product, the coachee's name and the page number.

    ``footer`` replaces the progress report's line (another document, such as the coachee's
    own copy, names itself).
    """
    if footer is None:
        footer = _("Coach Companion · progress report · {name} · confidential").format(name=name)

    def on_page(canvas: Any, doc: Any) -> None:
        canvas.saveState()
        canvas.setFont(FONT, 7.5)
        canvas.setFillColor(MUTED)
        canvas.drawString(MARGIN, 10 * mm, footer)
        canvas.drawRightString(A4[0] - MARGIN, 10 * mm, _("page {n}").format(n=doc.page))
        canvas.restoreState()

    return on_page


# --------------------------------------------------------------------------- sections


def period_of(
    data: ProgressData, activity: Sequence[date], today: date, start: date | None, end: date | None
) -> tuple[date | None, date]:
    """The first and last day a document covers.

    An open end reaches the last day anything happened: a measurement, an experiment or a
    session (``activity``). Measurements alone ended the period before a last session
    without ratings, which read as if that session were left out.
    """
    days = [d for d in (data.first_date, data.last_date, *activity) if d is not None]
    if start is not None:
        days = [d for d in days if d >= start]
    if end is not None:
        days = [d for d in days if d <= end]
    period_start = start or (min(days) if days else None)
    period_end = end or (max(days) if days else today)
    return period_start, period_end


def profile_section(
    profile: CoacheeProfile,
    data: ProgressData,
    today: date,
    start: date | None,
    end: date | None,
    *,
    activity: Sequence[date] = (),
) -> list[Any]:
    """Title, confidentiality line, the coachee's facts and their coaching focus.

    ``activity`` holds the days of the coachee's sessions and experiments, so an open period
    ends on the last of them rather than on the last measurement.
    """
    period_start, period_end = period_of(data, activity, today, start, end)
    facts = [
        (_("Role"), profile.role),
        (_("Organisation"), " · ".join(p for p in (profile.organisation, profile.team) if p)),
        (_("Programme"), profile.programme),
        (_("Coaching since"), _day(profile.started_on) if profile.started_on else ""),
        (
            _("Period of this report"),
            _("{start} – {end}").format(start=_day(period_start), end=_day(period_end)),
        ),
        (_("Report made on"), today.isoformat()),
    ]
    rows = [
        [_para(label, "cell_bold"), _para(value, "cell")] for label, value in facts if value.strip()
    ]
    flow: list[Any] = [
        _para(_("Progress report: {name}").format(name=profile.name), "title"),
        _para(
            _("Confidential: personal coaching data, for the coachee and their coach."), "subtitle"
        ),
        Spacer(1, 6 * mm),
        _table(rows, (45 * mm, 129 * mm), header=False),
    ]
    if profile.focus.strip():
        flow += [
            Spacer(1, 3 * mm),
            _markup("<b>{label}</b>".format(label=_text(_("Focus")))),
            _para(profile.focus),
        ]
    return flow


def _goal_title(title: str, status: str) -> str:
    if status == "active":
        return title
    return _("{title} ({status})").format(title=title, status=_label(_GOAL_STATUS_LABELS, status))


def goals_section(data: ProgressData, *, plain: bool = False) -> list[Any]:
    """Each goal's weight, latest GAS level and confidence, then the current GAS T-score.

    ``plain`` (the coachee's own copy) leaves out the weights and the T-score, which only
    mean something to a coach, and words the headings for the coachee.
    """
    heading = _("Your goals and where you are now") if plain else _("Goals and goal attainment")
    flow: list[Any] = [_para(heading, "h2")]
    if not data.goals:
        return [*flow, _para(_("No goals recorded."), "small")]
    if plain:
        flow += _plain_goals(data)
        return flow
    rows = [_header(_("Goal"), _("Weight"), _("Latest level (GAS)"), _("Confidence"))]
    for goal in data.goals:
        if goal.latest_level is None:
            level = _para(_("not rated in this period"), "cell")
        else:
            description = goal.level_description(goal.latest_level)
            level_text = _label(_LEVEL_LABELS, goal.latest_level)
            markup = f"<b>{_text(level_text)}</b> ({_day(goal.latest_level_on)})"
            if description.strip():
                markup += f"<br/>{_text(description)}"
            level = _markup(markup, "cell")
        confidence = (
            f"{goal.latest_confidence:g} / 10" if goal.latest_confidence is not None else "—"
        )
        rows.append(
            [
                _para(_goal_title(goal.title, goal.status), "cell"),
                _para(str(goal.weight), "cell"),
                level,
                _para(confidence, "cell"),
            ]
        )
    flow.append(_table(rows, (62 * mm, 15 * mm, 74 * mm, 23 * mm)))
    t_score = data.current_t_score
    if t_score is not None and data.gas_t is not None:
        when = data.gas_t.points[-1].date
        flow.append(Spacer(1, 2 * mm))
        # Markup stays in the message so a translator can keep the bold part together.
        flow.append(
            _markup(
                _(
                    "<b>Current GAS T-score: {score}</b> on {day} (50 = as expected; Kiresuk "
                    "&amp; Sherman, weighted, ρ = 0.3, latest level of every rated goal)."
                ).format(score=f"{t_score:.1f}", day=when.isoformat()),
                "body",
            )
        )
    if data.omitted_goals:
        names = ", ".join(goal.title for goal in data.omitted_goals)
        flow.append(
            _para(
                _("Not drawn on the chart (too many goals for one chart): {names}.").format(
                    names=names
                ),
                "small",
            )
        )
    return flow


def _plain_goals(data: ProgressData) -> list[Any]:
    rows = [_header(_("Your goal"), _("Where you are now"), _("Your confidence"))]
    for goal in data.goals:
        if goal.latest_level is None:
            level = _para(_("not rated yet"), "cell")
        else:
            description = goal.level_description(goal.latest_level)
            level_text = _label(_LEVEL_LABELS, goal.latest_level)
            markup = f"<b>{_text(description or level_text)}</b>"
            if description.strip():
                markup += f"<br/>{_text(level_text)}"
            markup += "<br/>" + _text(_("rated on {day}").format(day=_day(goal.latest_level_on)))
            level = _markup(markup, "cell")
        confidence = (
            f"{goal.latest_confidence:g} / 10" if goal.latest_confidence is not None else "—"
        )
        rows.append(
            [
                _para(_goal_title(goal.title, goal.status), "cell"),
                level,
                _para(confidence, "cell"),
            ]
        )
    return [_table(rows, (70 * mm, 78 * mm, 26 * mm))]


def _change_text(series: Series) -> str:
    """Classify first → latest change, only where reference values allow it."""
    if len(series.points) < 2:
        return _("one measurement")
    if series.key == "gas:t":
        return _("read against T = 50 (as expected)")
    if series.band is None:
        single = series.instrument_key == "confidence" or series.instrument_key.startswith(
            "custom:"
        )
        # Two whole messages rather than one with a translated reason slotted in.
        if single:
            return _("not classified (single rating)")
        return _("not classified (no reference values stored)")
    # The band is baseline ± 1.96·S_diff (Jacobson & Truax), built from the stored SD and r;
    # leaving it is what progress_series.reliable_change calls a reliable change.
    low, high = series.band
    latest = series.points[-1].value
    if low <= latest <= high:
        return _("within measurement error")
    return _("reliable improvement") if latest > high else _("reliable decline")


def _series_name(series: Series) -> str:
    if series.context_only:
        return _("{name} (context: {context})").format(
            name=series.name, context=series.context_label
        )
    if series.key.startswith("confidence:"):
        return _("Confidence: {name}").format(name=series.name)
    return series.name


def measures_section(data: ProgressData) -> list[Any]:
    """One row per measure: number of points, first and latest value, classified change."""
    flow: list[Any] = [_para(_("Measures at a glance"), "h2")]
    measures = [s for s in data.series if not s.key.startswith("gas:") or s.key == "gas:t"]
    if not measures:
        return [*flow, _para(_("No measurements in this period."), "small")]
    rows = [_header(_("Measure"), _("Points"), _("First"), _("Latest"), _("Change"))]
    for series in measures:
        first, latest = series.points[0], series.points[-1]
        rows.append(
            [
                _para(_series_name(series), "cell"),
                _para(str(len(series.points)), "cell"),
                _para(f"{first.value:.1f} ({first.date.isoformat()})", "cell"),
                _para(f"{latest.value:.1f} ({latest.date.isoformat()})", "cell"),
                _para(_change_text(series), "cell"),
            ]
        )
    flow.append(_table(rows, (54 * mm, 14 * mm, 33 * mm, 33 * mm, 40 * mm)))
    flow.append(Spacer(1, 1.5 * mm))
    flow.append(
        _para(
            _(
                "All values are self-reported. A change is only called reliable where"
                " the scale's reference SD and reliability are stored with their "
                "published source (Jacobson & Truax); no clinical cut-offs are used."
            ),
            "small",
        )
    )
    return flow


def _chart_png(data: ProgressData, width_in: float, height_in: float) -> io.BytesIO:
    # Imported here, not at the top: importing matplotlib loads its backend registry, and the
    # core must import without it (tests/core/test_core_is_headless.py); only drawing needs it.
    from matplotlib.figure import Figure  # noqa: PLC0415

    from coach_app.charts.draw import draw_progress  # noqa: PLC0415

    # A fresh Figure, never pyplot: savefig picks the raster writer itself, into memory.
    fig = Figure(figsize=(width_in, height_in), dpi=_CHART_DPI)
    draw_progress(fig, data)
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=_CHART_DPI, facecolor="#ffffff")
    buffer.seek(0)
    return buffer


def chart_section(data: ProgressData, *, caption: str | None = None) -> list[Any]:
    """The progress chart at print resolution and how to read it (``caption`` replaces that)."""
    width_in, height_in = 6.85, 8.3
    flow: list[Any] = [_para(_("Progress chart"), "h2")]
    if data.is_empty:
        return [*flow, _para(_("No measurements in this period, so there is no chart."), "small")]
    image = Image(_chart_png(data, width_in, height_in), width=width_in * 72, height=height_in * 72)
    flow += [
        image,
        Spacer(1, 2 * mm),
        _para(
            caption
            or _(
                "How to read it: calendar time runs left to right and lines break "
                "where there were no measurements for a while; the dotted line is the"
                " first score; median lines, run-chart signals (rings) and dashed "
                "descriptive slopes appear only from 5 points on; triangles and "
                "diamonds on the bottom strip are the agreed experiments. Team "
                "psychological safety is context (the team climate as the coachee "
                "sees it), not the coachee's own progress."
            ),
            "small",
        ),
    ]
    return flow


def _experiment_facts(
    experiment: ExperimentRecord, agreed_on: dict[str, date], today: date
) -> list[str]:
    facts = [
        _("agreed {day}").format(day=_day(experiment_day(experiment, agreed_on))),
        _("status: {status}").format(status=_label(_STATUS_LABELS, experiment.status)),
    ]
    if experiment.due_on:
        due = (_("due {day} (overdue)") if experiment.is_overdue(today) else _("due {day}")).format(
            day=experiment.due_on.isoformat()
        )
        facts.append(due)
    if experiment.decision:
        decision = _label(_DECISION_LABELS, experiment.decision)
        facts.append(_("decision: {decision}").format(decision=decision))
    return facts


def experiments_section(
    experiments: Sequence[ExperimentRecord], agreed_on: dict[str, date], today: date
) -> list[Any]:
    """Each experiment: when agreed, its status, prediction, outcome and learning."""
    flow: list[Any] = [_para(_("Experiments"), "h2")]
    if not experiments:
        return [*flow, _para(_("No experiments in this period."), "small")]
    for experiment in experiments:
        facts = _experiment_facts(experiment, agreed_on, today)
        rows = [
            [_para(label, "cell_bold"), _para(value or "—", "cell")]
            for label, value in (
                (_("Prediction"), experiment.prediction),
                (_("Outcome"), experiment.outcome),
                (_("Learning"), experiment.learning),
            )
        ]
        flow.append(
            KeepTogether(
                [
                    _markup(_text(experiment.title), "h3"),
                    _para(" · ".join(facts), "small"),
                    Spacer(1, 1 * mm),
                    _table(rows, (26 * mm, 148 * mm), header=False),
                    Spacer(1, 3 * mm),
                ]
            )
        )
    return flow


def learning_section(entries: Sequence[LearningEntry]) -> list[Any]:
    """The reviewed experiments, newest first: date, decision and what was learned."""
    flow: list[Any] = [_para(_("Learning log (newest first)"), "h2")]
    if not entries:
        return [*flow, _para(_("No reviewed experiments in this period."), "small")]
    rows = [_header(_("Date"), _("Experiment"), _("Decision"), _("Learning"))]
    for entry in entries:
        rows.append(
            [
                _para(entry.logged_on.isoformat(), "cell"),
                _para(entry.title, "cell"),
                _para(_label(_DECISION_LABELS, entry.decision or "", "—"), "cell"),
                _para(entry.learning or entry.outcome, "cell"),
            ]
        )
    flow.append(_table(rows, (22 * mm, 52 * mm, 18 * mm, 82 * mm)))
    return flow


def sources_section(data: ProgressData) -> list[Any]:
    """The published source of every built-in instrument the report shows scores of."""
    used = sorted({series.instrument_key for series in data.series})
    lines = []
    for key in used:
        if key.startswith("custom:"):
            continue
        instrument = get_instrument(key)
        # Attribution and source are citations: printed as published, never translated.
        attribution = f" {instrument.attribution}." if instrument.attribution else ""
        lines.append(
            _("{name} v{version}:{attribution} {source}").format(
                name=instrument.name,
                version=instrument.version,
                attribution=attribution,
                source=instrument.source,
            )
        )
    if not lines:
        return []
    flow: list[Any] = [_para(_("Instruments and sources"), "h2")]
    for line in lines:
        flow += [_para(line, "small"), Spacer(1, 1.2 * mm)]
    return flow


# Public names of the building blocks, for the other PDFs made of the same parts
# (services.coachee_copy, services.subject_access).
para = _para
markup = _markup
text = _text
day_text = _day
table = _table
header = _header
styles = _styles
