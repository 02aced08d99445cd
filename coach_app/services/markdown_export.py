"""The coach's notes as Markdown files: every word of every session, the goals, the experiments.

One file per coachee, or with ``per_session`` a folder per coachee holding one file per
session and a ``profile.md`` with the goals and experiments. Texts are written exactly as
stored (a coach's notes often are Markdown already), under headings the app adds.

File names must work on Windows, macOS and Linux: characters Windows forbids and control
characters become ``_``, trailing dots and spaces go, names Windows reserves (``CON``,
``COM1``, ...) get a leading ``_``, and two names that differ only in case or Unicode form get
`` (2)`` and so on, because macOS and Windows folders ignore both. Every file is written
atomically and readable by its owner only (0600): these are clear-text notes.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path
from typing import Final

from coach_app.errors import ValidationError
from coach_app.i18n import _
from coach_app.services import coachees as coachee_service
from coach_app.services import experiments as experiment_service
from coach_app.services import sessions as session_service
from coach_app.services.files_out import write_file_atomically
from coach_app.services.records import CoacheeProfile, SessionRecord
from coach_app.templates import template, template_keys
from coach_app.vault.vault import Vault

_FORBIDDEN: Final = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]')
_RESERVED: Final = frozenset(
    {"CON", "PRN", "AUX", "NUL"}
    | {f"COM{n}" for n in (*range(1, 10), "¹", "²", "³")}
    | {f"LPT{n}" for n in (*range(1, 10), "¹", "²", "³")}
)
_MAX_STEM: Final = 80  # well under every file system's 255, leaving room for " (n).md"


def safe_stem(name: str, fallback: str = "coachee") -> str:
    """``name`` as a file name stem that every common file system accepts."""
    stem = unicodedata.normalize("NFC", name)
    stem = _FORBIDDEN.sub("_", stem).strip()
    stem = stem[:_MAX_STEM].rstrip(". ")
    if not stem.strip("_"):
        stem = fallback
    # Windows reserves these names whatever follows the first dot ("CON.md", "nul.notes").
    if stem.split(".", 1)[0].strip().upper() in _RESERVED:
        stem = "_" + stem
    return stem


def unique_stem(stem: str, taken: set[str]) -> str:
    """``stem``, or ``stem (2)``, ``(3)``... so no two names in a folder can clash anywhere."""
    candidate, number = stem, 1
    while unicodedata.normalize("NFC", candidate).casefold() in taken:
        number += 1
        candidate = f"{stem} ({number})"
    taken.add(unicodedata.normalize("NFC", candidate).casefold())
    return candidate


def _section_label(record: SessionRecord, key: str) -> str:
    if record.template in template_keys():
        spec = template(record.template)
        if key in spec.section_keys():
            return spec.section(key).label
    return key


def _session_markdown(record: SessionRecord, level: str) -> list[str]:
    when = record.started_at.strftime("%Y-%m-%d %H:%M")
    lines = [f"{level} " + _("Session of {when}").format(when=when), ""]
    lines.append(
        _("{minutes} minutes · {kind} · {template}").format(
            minutes=record.duration_minutes, kind=record.kind, template=record.template
        )
    )
    if record.tags:
        lines.append(_("Tags: {tags}").format(tags=", ".join(record.tags)))
    lines.append("")
    texts = [(_section_label(record, k), v) for k, v in record.sections.items()]
    texts += [(_("Notes"), record.notes), (_("Private reflection"), record.private_reflection)]
    for label, value in texts:
        if value.strip():
            lines += [f"{level}# {label}", "", value, ""]
    return lines


def _profile_markdown(vault: Vault, profile: CoacheeProfile) -> list[str]:
    lines = [f"# {profile.name}", ""]
    for label, value in (
        (_("Role"), profile.role),
        (_("Organisation"), profile.organisation),
        (_("Team"), profile.team),
        (_("Programme"), profile.programme),
        (_("Started on"), profile.started_on.isoformat() if profile.started_on else ""),
        (_("Status"), profile.status),
    ):
        if value:
            lines.append(f"- {label}: {value}")
    if profile.focus.strip():
        lines += ["", f"## {_('Focus')}", "", profile.focus]
    lines += ["", f"## {_('Goals')}", ""]
    for goal in coachee_service.list_goals(vault, profile.id):
        lines += [f"### {goal.title}", ""]
        if goal.description.strip():
            lines += [goal.description, ""]
        lines.append(
            _("Weight: {weight} · status: {status}").format(weight=goal.weight, status=goal.status)
        )
        lines += [f"- {level}: {text}" for level, text in goal.gas_levels.items() if text]
        lines.append("")
    lines += [f"## {_('Experiments')}", ""]
    for exp in experiment_service.list_experiments(vault, profile.id):
        lines += [f"### {exp.title}", ""]
        facts = [_("status: {status}").format(status=exp.status)]
        if exp.due_on:
            facts.append(_("due {day}").format(day=exp.due_on.isoformat()))
        if exp.decision:
            facts.append(_("decision: {decision}").format(decision=exp.decision))
        lines += [" · ".join(facts), ""]
        for label, value in (
            (_("Prediction"), exp.prediction),
            (_("Action"), exp.action),
            (_("Success signal"), exp.success_signal),
            (_("Outcome"), exp.outcome),
            (_("Learning"), exp.learning),
        ):
            if value.strip():
                lines += [f"#### {label}", "", value, ""]
    return lines


def _write(path: Path, lines: list[str]) -> Path:
    write_file_atomically(path, ("\n".join(lines).rstrip("\n") + "\n").encode("utf-8"))
    return path


def export_markdown(
    vault: Vault, folder: Path, coachee_id: str | None = None, *, per_session: bool = False
) -> list[Path]:
    """Write the notes of one coachee (or of all) as Markdown into ``folder``; return the files.

    Raises:
        NotFound: ``coachee_id`` names no coachee.
        ValidationError: ``folder`` does not exist or is not a folder.
        StorageError: a file could not be written.
    """
    folder = Path(folder).expanduser()
    if not folder.is_dir():
        raise ValidationError(_("The folder {folder} does not exist.").format(folder=folder))
    if coachee_id is not None:
        profiles = [coachee_service.get_coachee(vault, coachee_id)]
    else:
        profiles = [
            coachee_service.get_coachee(vault, summary.id)
            for summary in coachee_service.list_coachees(vault)
        ]
        profiles.sort(key=lambda p: (p.name.casefold(), p.id))
    taken: set[str] = set()
    written: list[Path] = []
    for profile in profiles:
        stem = unique_stem(safe_stem(profile.name), taken)
        records = [
            session_service.get_session(vault, summary.id)
            for summary in session_service.list_sessions(vault, profile.id)
        ]
        records.sort(key=lambda r: (r.started_at, r.id))
        if not per_session:
            lines = _profile_markdown(vault, profile)
            lines += [f"## {_('Sessions')}", ""]
            for record in records:
                lines += _session_markdown(record, "###")
            written.append(_write(folder / f"{stem}.md", lines))
            continue
        own = folder / stem
        own.mkdir(mode=0o700, exist_ok=True)
        in_folder = {"profile"}
        written.append(_write(own / "profile.md", _profile_markdown(vault, profile)))
        for record in records:
            name = unique_stem(record.started_at.strftime("%Y-%m-%d %H%M"), in_folder)
            body = [f"# {profile.name}", "", *_session_markdown(record, "##")]
            written.append(_write(own / f"{name}.md", body))
    return written
