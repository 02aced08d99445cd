"""The hours log as a file a credentialing body accepts: CSV or a spreadsheet (.xlsx).

One line per client with the columns credentialing logs ask for (ICF's client coaching log:
client name, contact, individual/group, number in group, start date, end date, paid hours, pro
bono hours). A client who did not consent to be named is a numbered "Confidential client"
without contact (``services/hours.py``). The spreadsheet has a second sheet with the totals,
the hours with unnamed clients and the progress towards each credential, with its source.

Files are written whole and owner-only through ``files_out.write_file_atomically``; the CLI
refuses a target inside the vault folder before anything is read.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from pathlib import Path

from coach_app.i18n import N_, _, ngettext
from coach_app.services.files_out import write_file_atomically
from coach_app.services.hours import HoursLog
from coach_app.services.xlsx import Cell, Sheet, workbook_bytes

COLUMNS = (
    N_("Client name"),
    N_("Contact"),
    N_("Individual/Group"),
    N_("Number in group"),
    N_("Start date"),
    N_("End date"),
    N_("Paid hours"),
    N_("Pro bono hours"),
)
MODE_LABELS = {"individual": N_("Individual"), "group": N_("Group")}
# A spreadsheet opening a CSV runs a cell that starts like a formula (CWE-1236): such text is
# written with a leading apostrophe, which spreadsheets show as text and do not display.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def log_rows(log: HoursLog) -> list[list[Cell]]:
    """The header and one row per client, as written to both formats."""
    rows: list[list[Cell]] = [[_(c) for c in COLUMNS]]
    for c in log.clients:
        rows.append(
            [
                c.name,
                c.contact,
                _(MODE_LABELS[c.mode]),
                c.group_size if c.mode == "group" else None,
                c.first_on.isoformat(),
                c.last_on.isoformat(),
                c.paid_hours,
                c.pro_bono_hours,
            ]
        )
    return rows


def summary_rows(log: HoursLog) -> list[list[Cell]]:
    """Totals, the hours with unnamed clients, per year, and credential progress."""
    period = f"{log.start.isoformat() if log.start else '…'} – {log.end.isoformat()}"
    rows: list[list[Cell]] = [
        [_("Hours log"), period],
        [_("Total hours"), log.hours],
        [_("Paid hours"), log.paid_hours],
        [_("Pro bono hours"), log.pro_bono_hours],
        [_("Group hours"), log.group_hours],
        [_("Internal-client hours"), log.internal_hours],
        [_("Clients"), len(log.clients)],
        [_("Hours with clients not named (no consent)"), log.unnamed_hours],
        [_("Clients not named (no consent)"), log.unnamed_clients],
        [],
        [_("Year"), _("Hours"), _("Paid hours"), _("Pro bono hours"), _("Sessions")],
    ]
    rows += [[y.period, y.hours, y.paid_hours, y.pro_bono_hours, y.sessions] for y in log.per_year]
    rows += [
        [],
        [
            _("Credential"),
            _("Hours"),
            _("Required"),
            _("Paid hours"),
            _("Required"),
            _("Clients"),
            _("Required"),
            _("Source"),
            _("Relied on"),
        ],
    ]
    for p in log.progress:
        rows.append(
            [
                f"{p.body.key.upper()} {p.level.label}",
                p.hours,
                p.level.hours,
                p.paid_hours,
                p.level.paid_hours,
                p.clients,
                p.level.clients,
                p.body.source,
                p.body.relied_on.isoformat(),
            ]
        )
    notes = {p.body.note for p in log.progress}
    rows.append([])
    rows.extend([_(note)] for note in sorted(notes))
    return rows


def _csv_cell(value: Cell) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return str(int(value)) if value == int(value) else f"{value:.2f}".rstrip("0")
    text = str(value)
    return "'" + text if text.startswith(_FORMULA_START) else text


def csv_bytes(log: HoursLog) -> bytes:
    """The log as CSV: UTF-8 with a byte-order mark, so spreadsheets read names correctly."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    for row in log_rows(log):
        writer.writerow([_csv_cell(v) for v in row])
    return buffer.getvalue().encode("utf-8-sig")


def xlsx_bytes(log: HoursLog) -> bytes:
    """The log as a spreadsheet: the client log, then the summary."""
    sheets: Sequence[Sheet] = (
        Sheet(_("Client log"), log_rows(log)),
        Sheet(_("Summary"), summary_rows(log)),
    )
    return workbook_bytes(sheets)


def write_hours_file(log: HoursLog, path: Path, kind: str) -> Path:
    """Write the log to ``path`` as ``csv`` or ``xlsx`` (0600, atomic)."""
    if kind not in ("csv", "xlsx"):
        raise ValueError(f"unknown hours file kind {kind!r}")
    data = csv_bytes(log) if kind == "csv" else xlsx_bytes(log)
    write_file_atomically(path, data)
    return path


def summary_text(log: HoursLog) -> str:
    """The log as lines for a terminal: totals, years, clients, progress, the caveat."""
    h = _hours_text
    start = log.start.isoformat() if log.start else _("the first session")
    lines = [
        _("Hours log from {start} to {end}").format(start=start, end=log.end.isoformat()),
        _("{total} hours: {paid} paid, {pro_bono} pro bono; {group} in groups; {clients}").format(
            total=h(log.hours),
            paid=h(log.paid_hours),
            pro_bono=h(log.pro_bono_hours),
            group=h(log.group_hours),
            clients=ngettext("{n} client", "{n} clients", len(log.clients)).format(
                n=len(log.clients)
            ),
        ),
    ]
    if log.unnamed_clients:
        lines.append(
            ngettext(
                "{hours} hours with {n} client who did not consent to be named.",
                "{hours} hours with {n} clients who did not consent to be named.",
                log.unnamed_clients,
            ).format(hours=h(log.unnamed_hours), n=log.unnamed_clients)
        )
    lines.append("")
    lines += [
        f"{y.period}  {h(y.hours):>8}  "
        + _("paid {paid}, pro bono {pro_bono}").format(
            paid=h(y.paid_hours), pro_bono=h(y.pro_bono_hours)
        )
        for y in log.per_year
    ]
    lines.append("")
    for c in log.clients:
        size = f" ({c.group_size})" if c.group_size else ""
        lines.append(
            f"{c.first_on.isoformat()} – {c.last_on.isoformat()}  {h(c.hours):>8}  "
            f"{_(MODE_LABELS[c.mode])}{size}  {c.name}"
        )
    lines.append("")
    for p in log.progress:
        state = _("reached") if p.met else _("not yet")
        lines.append(
            f"{p.body.key.upper()} {p.level.label}: "
            + _(
                "{hours}/{need} hours, {paid}/{need_paid} paid, {clients}/{need_clients} clients"
            ).format(
                hours=h(p.hours),
                need=h(p.level.hours),
                paid=h(p.paid_hours),
                need_paid=h(p.level.paid_hours),
                clients=p.clients,
                need_clients=p.level.clients,
            )
            + f" ({state})"
        )
    for body in {p.body.key: p.body for p in log.progress}.values():
        lines.append(
            _("Source: {source} (relied on {date}). {note}").format(
                source=body.source, date=body.relied_on.isoformat(), note=_(body.note)
            )
        )
    return "\n".join(lines)


def _hours_text(value: float) -> str:
    return f"{value:.2f}".rstrip("0").rstrip(".")
