"""The PDF progress report of one coachee: profile, goals, chart, experiments, learning log.

The report is built in memory (the chart as an in-memory PNG, the PDF in a ``BytesIO``) and then
written to the file the coach chose in one atomic step: a temporary name in the same folder,
fsync, rename. No plaintext ever lands anywhere else, not even in the system temp folder; the
only temporary file is the finished PDF itself, in the folder the coach picked.

Layout uses reportlab's flowables (paragraphs that wrap, tables that split across pages) on A4,
with DejaVu Sans taken from matplotlib's own font folder so names in any European script print
correctly and the chart and the text share one typeface.

The CLI (``coach-app report``) and the UI's export action both call :func:`write_report`; it is
slow work (a chart at print resolution), so it reports progress through a callback and the UI
runs it in the background.
"""

from __future__ import annotations

import functools
import io
import logging
from collections.abc import Callable, Sequence
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
    Image,
    KeepTogether,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from coach_app.errors import StorageError, ValidationError
from coach_app.instruments.definitions import get_instrument
from coach_app.services import coachees as coachee_service
from coach_app.services import experiments as experiment_service
from coach_app.services import learning_log as learning_log_service
from coach_app.services import progress as progress_service
from coach_app.services import sessions as session_service
from coach_app.services.learning_log import LearningEntry
from coach_app.services.progress import ProgressData
from coach_app.services.progress_series import Series
from coach_app.services.records import CoacheeProfile, ExperimentRecord
from coach_app.vault.files import atomic_write_bytes
from coach_app.vault.vault import Vault

log = logging.getLogger(__name__)

Progress = Callable[[float], None]

_FONT: Final = "CoachSans"
_FONT_BOLD: Final = "CoachSans-Bold"
_FONT_ITALIC: Final = "CoachSans-Oblique"
_INK: Final = colors.HexColor("#1f1f1f")
_MUTED: Final = colors.HexColor("#5f6368")
_RULE: Final = colors.HexColor("#c8ccd0")
_SHADE: Final = colors.HexColor("#f2f4f6")
_MARGIN: Final = 18 * mm
_CHART_DPI: Final = 200

_DECISION_LABELS: Final = {"adopt": "adopt", "adapt": "adapt", "abandon": "abandon"}
_STATUS_LABELS: Final = {
    "agreed": "agreed",
    "in_progress": "in progress",
    "done": "done",
    "dropped": "dropped",
}
_LEVEL_LABELS: Final = {
    -2: "−2 much less than expected",
    -1: "−1 less than expected",
    0: "0 expected outcome",
    1: "+1 more than expected",
    2: "+2 much more than expected",
}


@functools.cache
def _register_fonts() -> None:
    # DejaVu ships inside matplotlib, which the app already depends on; reportlab's built-in
    # Helvetica only covers Latin-1 and would print a box for "ł" or the minus sign.
    import matplotlib  # noqa: PLC0415 - see _chart_png: matplotlib loads only when drawing

    folder = Path(matplotlib.get_data_path()) / "fonts" / "ttf"
    pdfmetrics.registerFont(TTFont(_FONT, str(folder / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont(_FONT_BOLD, str(folder / "DejaVuSans-Bold.ttf")))
    pdfmetrics.registerFont(TTFont(_FONT_ITALIC, str(folder / "DejaVuSans-Oblique.ttf")))
    pdfmetrics.registerFontFamily(_FONT, normal=_FONT, bold=_FONT_BOLD, italic=_FONT_ITALIC)


@functools.cache
def _styles() -> dict[str, ParagraphStyle]:
    _register_fonts()
    body = ParagraphStyle(
        "body", fontName=_FONT, fontSize=9.5, leading=13, textColor=_INK, alignment=TA_LEFT
    )
    return {
        "title": ParagraphStyle("title", parent=body, fontName=_FONT_BOLD, fontSize=18, leading=23),
        "subtitle": ParagraphStyle("subtitle", parent=body, fontSize=10.5, textColor=_MUTED),
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
        "small": ParagraphStyle("small", parent=body, fontSize=7.5, leading=10, textColor=_MUTED),
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


# --------------------------------------------------------------------------- sections


def _profile_section(
    profile: CoacheeProfile, data: ProgressData, today: date, start: date | None, end: date | None
) -> list[Any]:
    period_start = start or data.first_date
    period_end = end or data.last_date or today
    facts = [
        ("Role", profile.role),
        ("Organisation", " · ".join(p for p in (profile.organisation, profile.team) if p)),
        ("Programme", profile.programme),
        ("Coaching since", _day(profile.started_on) if profile.started_on else ""),
        ("Period of this report", f"{_day(period_start)} – {_day(period_end)}"),
        ("Report made on", today.isoformat()),
    ]
    rows = [
        [_para(label, "cell_bold"), _para(value, "cell")] for label, value in facts if value.strip()
    ]
    flow: list[Any] = [
        _para(f"Progress report: {profile.name}", "title"),
        _para("Confidential: personal coaching data, for the coachee and their coach.", "subtitle"),
        Spacer(1, 6 * mm),
        _table(rows, (45 * mm, 129 * mm), header=False),
    ]
    if profile.focus.strip():
        flow += [Spacer(1, 3 * mm), _markup("<b>Focus</b>"), _para(profile.focus)]
    return flow


def _goals_section(data: ProgressData) -> list[Any]:
    flow: list[Any] = [_para("Goals and goal attainment", "h2")]
    if not data.goals:
        return [*flow, _para("No goals recorded.", "small")]
    header = [
        _para("Goal", "cell_bold"),
        _para("Weight", "cell_bold"),
        _para("Latest level (GAS)", "cell_bold"),
        _para("Confidence", "cell_bold"),
    ]
    rows = [header]
    for goal in data.goals:
        if goal.latest_level is None:
            level = _para("not rated in this period", "cell")
        else:
            description = goal.level_description(goal.latest_level)
            level_text = _LEVEL_LABELS.get(goal.latest_level, str(goal.latest_level))
            markup = f"<b>{_text(level_text)}</b> ({_day(goal.latest_level_on)})"
            if description.strip():
                markup += f"<br/>{_text(description)}"
            level = _markup(markup, "cell")
        confidence = (
            f"{goal.latest_confidence:g} / 10" if goal.latest_confidence is not None else "—"
        )
        status = "" if goal.status == "active" else f" ({goal.status})"
        rows.append(
            [
                _para(goal.title + status, "cell"),
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
        flow.append(
            _markup(
                f"<b>Current GAS T-score: {t_score:.1f}</b> on {when.isoformat()} "
                "(50 = as expected; Kiresuk &amp; Sherman, weighted, ρ = 0.3, latest level of "
                "every rated goal).",
                "body",
            )
        )
    if data.omitted_goals:
        names = ", ".join(goal.title for goal in data.omitted_goals)
        flow.append(
            _para(f"Not drawn on the chart (too many goals for one chart): {names}.", "small")
        )
    return flow


def _change_text(series: Series) -> str:
    """Classify first → latest change, only where reference values allow it."""
    if len(series.points) < 2:
        return "one measurement"
    if series.key == "gas:t":
        return "read against T = 50 (as expected)"
    if series.band is None:
        single = series.instrument_key == "confidence" or series.instrument_key.startswith(
            "custom:"
        )
        reason = "single rating" if single else "no reference values stored"
        return f"not classified ({reason})"
    # The band is baseline ± 1.96·S_diff (Jacobson & Truax), built from the stored SD and r;
    # leaving it is what progress_series.reliable_change calls a reliable change.
    low, high = series.band
    latest = series.points[-1].value
    if low <= latest <= high:
        return "within measurement error"
    return "reliable improvement" if latest > high else "reliable decline"


def _measures_section(data: ProgressData) -> list[Any]:
    flow: list[Any] = [_para("Measures at a glance", "h2")]
    measures = [s for s in data.series if not s.key.startswith("gas:") or s.key == "gas:t"]
    if not measures:
        return [*flow, _para("No measurements in this period.", "small")]
    rows = [
        [
            _para("Measure", "cell_bold"),
            _para("Points", "cell_bold"),
            _para("First", "cell_bold"),
            _para("Latest", "cell_bold"),
            _para("Change", "cell_bold"),
        ]
    ]
    for series in measures:
        name = series.name
        if series.key.startswith("confidence:"):
            name = f"Confidence: {series.name}"
        if series.context_only:
            name = f"{series.name} (context: {series.context_label})"
        first, latest = series.points[0], series.points[-1]
        rows.append(
            [
                _para(name, "cell"),
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
            "All values are self-reported. A change is only called reliable where the scale's "
            "reference SD and reliability are stored with their published source "
            "(Jacobson & Truax); no clinical cut-offs are used.",
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


def _chart_section(data: ProgressData) -> list[Any]:
    width_in, height_in = 6.85, 8.3
    flow: list[Any] = [_para("Progress chart", "h2")]
    if data.is_empty:
        return [*flow, _para("No measurements in this period, so there is no chart.", "small")]
    image = Image(_chart_png(data, width_in, height_in), width=width_in * 72, height=height_in * 72)
    flow += [
        image,
        Spacer(1, 2 * mm),
        _para(
            "How to read it: calendar time runs left to right and lines break where there were "
            "no measurements for a while; the dotted line is the first score; median lines, "
            "run-chart signals (rings) and dashed descriptive slopes appear only from 5 points "
            "on; triangles and diamonds on the bottom strip are the agreed experiments. Team "
            "psychological safety is context (the team climate as the coachee sees it), not the "
            "coachee's own progress.",
            "small",
        ),
    ]
    return flow


def _experiments_section(
    experiments: Sequence[ExperimentRecord], agreed_on: dict[str, date], today: date
) -> list[Any]:
    flow: list[Any] = [_para("Experiments", "h2")]
    if not experiments:
        return [*flow, _para("No experiments in this period.", "small")]
    for experiment in experiments:
        status = _STATUS_LABELS.get(experiment.status, experiment.status)
        facts = [f"agreed {_day(_experiment_day(experiment, agreed_on))}", f"status: {status}"]
        if experiment.due_on:
            overdue = " (overdue)" if experiment.is_overdue(today) else ""
            facts.append(f"due {experiment.due_on.isoformat()}{overdue}")
        if experiment.decision:
            facts.append(f"decision: {_DECISION_LABELS.get(experiment.decision)}")
        rows = [
            [_para(label, "cell_bold"), _para(value or "—", "cell")]
            for label, value in (
                ("Prediction", experiment.prediction),
                ("Outcome", experiment.outcome),
                ("Learning", experiment.learning),
            )
        ]
        flow.append(
            KeepTogether(
                [
                    _markup(f"{_text(experiment.title)}", "h3"),
                    _para(" · ".join(facts), "small"),
                    Spacer(1, 1 * mm),
                    _table(rows, (26 * mm, 148 * mm), header=False),
                    Spacer(1, 3 * mm),
                ]
            )
        )
    return flow


def _learning_section(entries: Sequence[LearningEntry]) -> list[Any]:
    flow: list[Any] = [_para("Learning log (newest first)", "h2")]
    if not entries:
        return [*flow, _para("No reviewed experiments in this period.", "small")]
    rows = [
        [
            _para("Date", "cell_bold"),
            _para("Experiment", "cell_bold"),
            _para("Decision", "cell_bold"),
            _para("Learning", "cell_bold"),
        ]
    ]
    for entry in entries:
        rows.append(
            [
                _para(entry.logged_on.isoformat(), "cell"),
                _para(entry.title, "cell"),
                _para(_DECISION_LABELS.get(entry.decision or "", "—"), "cell"),
                _para(entry.learning or entry.outcome, "cell"),
            ]
        )
    flow.append(_table(rows, (22 * mm, 52 * mm, 18 * mm, 82 * mm)))
    return flow


def _sources_section(data: ProgressData) -> list[Any]:
    used = sorted({series.instrument_key for series in data.series})
    lines = []
    for key in used:
        if key.startswith("custom:"):
            continue
        instrument = get_instrument(key)
        attribution = f" {instrument.attribution}." if instrument.attribution else ""
        lines.append(f"{instrument.name} v{instrument.version}:{attribution} {instrument.source}")
    if not lines:
        return []
    flow: list[Any] = [_para("Instruments and sources", "h2")]
    for line in lines:
        flow += [_para(line, "small"), Spacer(1, 1.2 * mm)]
    return flow


# --------------------------------------------------------------------------- building


def _in_period(day: date | None, start: date | None, end: date | None) -> bool:
    if day is None:
        return start is None and end is None
    return (start is None or day >= start) and (end is None or day <= end)


def _experiment_day(experiment: ExperimentRecord, agreed_on: dict[str, date]) -> date | None:
    if experiment.id in agreed_on:
        return agreed_on[experiment.id]
    created = experiment.created_at
    return created.date() if isinstance(created, datetime) else created


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
        raise ValidationError("The report period starts after it ends.")
    today = today or date.today()
    profile = coachee_service.get_coachee(vault, coachee_id)
    data = progress_service.progress_data(vault, coachee_id, start=start, end=end)
    experiments, agreed_on = _experiments(vault, coachee_id)
    experiments = [e for e in experiments if _in_period(_experiment_day(e, agreed_on), start, end)]
    entries = [
        entry
        for entry in learning_log_service.learning_log(vault, coachee_id=coachee_id)
        if _in_period(entry.logged_on, start, end)
    ]
    report(0.2)

    story: list[Any] = []
    story += _profile_section(profile, data, today, start, end)
    story += _goals_section(data)
    story += _measures_section(data)
    story.append(PageBreak())
    story += _chart_section(data)
    report(0.6)
    story.append(PageBreak())
    story += _experiments_section(experiments, agreed_on, today)
    story += _learning_section(entries)
    story += _sources_section(data)

    buffer = io.BytesIO()
    footer = f"Coach Companion · progress report · {profile.name} · confidential"

    def on_page(canvas: Any, doc: Any) -> None:
        canvas.saveState()
        canvas.setFont(_FONT, 7.5)
        canvas.setFillColor(_MUTED)
        canvas.drawString(_MARGIN, 10 * mm, footer)
        canvas.drawRightString(A4[0] - _MARGIN, 10 * mm, f"page {doc.page}")
        canvas.restoreState()

    document = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=_MARGIN,
        rightMargin=_MARGIN,
        topMargin=_MARGIN,
        bottomMargin=_MARGIN,
        title=f"Progress report: {profile.name}",
        author="Coach Companion",
        subject="Coaching progress report",
        creator="Coach Companion",
    )
    document.build(story, onFirstPage=on_page, onLaterPages=on_page)
    report(0.9)
    return buffer.getvalue()


def _experiments(vault: Vault, coachee_id: str) -> tuple[list[ExperimentRecord], dict[str, date]]:
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
    records.sort(key=lambda r: (_experiment_day(r, agreed_on) or date.min, r.title))
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
        raise ValidationError(f"The folder {path.parent} does not exist.")
    if path.is_dir():
        raise ValidationError(f"{path} is a folder; choose a file name for the report.")
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
