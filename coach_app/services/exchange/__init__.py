"""The portable JSON export and its all-or-nothing import (format: ``docs/export-format.md``).

- ``export``: the whole vault as one deterministic document (``export_document``,
  ``export_json``); ``one_coachee``: everything about one coachee (``export_coachee``).
- ``validate`` and ``validate_groups``: the whole document checked before the vault is
  touched, with the services' own value rules (``validate_document``).
- ``preview``: what an import would add, or why it would be refused (``preview_import``).
- here: reading an import file (size-capped, strict JSON) and ``import_document``, which checks
  the ids against the vault and inserts everything through the ORM in one transaction, so the
  search index is kept by the flush hook and a failure at any point leaves the vault as it was.

Every rejection is an ``ImportRejected`` whose message names the place in the file
(``coachees[2].sessions[0].notes``) and never quotes note text. The reading and importing
functions live in this module (not a submodule) so that ``MAX_IMPORT_BYTES`` and
``_check_new_ids`` are looked up here at call time.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from coach_app.errors import ImportRejected
from coach_app.i18n import _
from coach_app.models import (
    Coachee,
    CoachingSession,
    DevelopmentEntry,
    Erasure,
    Experiment,
    Goal,
    Group,
    GroupAttendance,
    GroupMember,
    GroupRound,
    GroupSession,
    Insight,
    Measurement,
)
from coach_app.services.exchange.document import (
    COACHEE_KEYS,
    EXPERIMENT_KEYS,
    FORMAT,
    GOAL_KEYS,
    MAX_LIST_ITEMS,
    MEASUREMENT_KEYS,
    SESSION_KEYS,
    TOP_KEYS,
    VERSION,
    ImportSummary,
    rejected,
    show,
)
from coach_app.services.exchange.export import export_document, export_json, write_export
from coach_app.services.exchange.one_coachee import export_coachee
from coach_app.services.exchange.validate import ImportPlan
from coach_app.services.exchange.validate_groups import validate_document
from coach_app.vault.vault import Vault

__all__ = [
    "COACHEE_KEYS",
    "EXPERIMENT_KEYS",
    "FORMAT",
    "GOAL_KEYS",
    "MAX_IMPORT_BYTES",
    "MAX_LIST_ITEMS",
    "MEASUREMENT_KEYS",
    "SESSION_KEYS",
    "TOP_KEYS",
    "VERSION",
    "ImportPlan",
    "ImportPreview",
    "ImportSummary",
    "check_new_ids",
    "export_coachee",
    "export_document",
    "export_json",
    "import_document",
    "parse_import_text",
    "preview_import",
    "read_import_file",
    "validate_document",
    "write_export",
]

# A year of notes for a large practice is a few tens of megabytes; 200 MB is a wrong file.
MAX_IMPORT_BYTES = 200 * 1024 * 1024
_IN_CHUNK = 500  # SQLite's variable limit is far above this; it keeps statements small


# ---- reading an import file -----------------------------------------------------------------


def _no_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in pairs:
        if key in out:
            raise rejected(_("a JSON object has the key {key} twice.").format(key=show(key)))
        out[key] = value
    return out


def _no_constants(name: str) -> Any:
    raise rejected(
        _("the file contains {name}, which is not a number JSON allows.").format(name=name)
    )


def _too_large(name: str) -> ImportRejected:
    return rejected(
        _("{name} is larger than {mb} MB.").format(name=name, mb=MAX_IMPORT_BYTES // (1024 * 1024))
    )


def parse_import_text(raw: str | bytes) -> Any:
    """Decode and parse an import file's content (size-capped, strict JSON)."""
    if len(raw) > MAX_IMPORT_BYTES:
        raise _too_large(_("the file"))
    if isinstance(raw, bytes):
        try:
            raw = raw.decode("utf-8-sig")
        except UnicodeDecodeError:
            raise rejected(_("the file is not UTF-8 text.")) from None
    try:
        return json.loads(raw, object_pairs_hook=_no_duplicate_keys, parse_constant=_no_constants)
    except ImportRejected:
        raise
    except json.JSONDecodeError as exc:
        raise rejected(
            _("the file is not valid JSON (line {line}, column {column}: {problem}).").format(
                line=exc.lineno, column=exc.colno, problem=exc.msg
            )
        ) from None
    except (RecursionError, ValueError):
        raise rejected(_("the file is nested too deeply or holds a number too large.")) from None


def read_import_file(path: Path) -> Any:
    """Read and parse an import file, refusing anything larger than the cap before reading."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if not path.is_file():
            raise rejected(_("{path} is not a file.").format(path=path))
        if size > MAX_IMPORT_BYTES:
            raise _too_large(path.name)
        raw = path.read_bytes()
    except OSError as exc:
        raise rejected(
            _("cannot read {path}: {reason}.").format(path=path, reason=exc.strerror or exc)
        ) from None
    return parse_import_text(raw)


# ---- importing ------------------------------------------------------------------------------


def _chunks(items: Sequence[str]) -> Iterator[Sequence[str]]:
    for start in range(0, len(items), _IN_CHUNK):
        yield items[start : start + _IN_CHUNK]


def check_new_ids(s: Session, plan: ImportPlan) -> None:
    """Refuse ids already in the vault, and erased coachees (``ImportRejected``)."""
    _check_new_ids(s, plan)


def _check_new_ids(s: Session, plan: ImportPlan) -> None:
    coachee_ids = [row["id"] for row in plan.coachees]
    for chunk in _chunks(coachee_ids):
        erased = s.scalars(select(Erasure.coachee_id).where(Erasure.coachee_id.in_(chunk))).first()
        if erased is not None:
            raise rejected(
                _(
                    "{where}: the coachee {id} was erased from this vault, and an erased "
                    "coachee is never brought back."
                ).format(where=plan.where[erased], id=erased)
            )
    all_ids = list(plan.where)
    models: tuple[tuple[type[Any], str], ...] = (
        (Coachee, _("coachee")),
        (Goal, _("goal")),
        (CoachingSession, _("session")),
        (Experiment, _("experiment")),
        (Measurement, _("measurement")),
        (Insight, _("insight")),
        (Group, _("group")),
        (GroupMember, _("group member")),
        (GroupSession, _("group session")),
        (GroupRound, _("round")),
        (DevelopmentEntry, _("supervision or development entry")),
    )
    for model, label in models:
        for chunk in _chunks(all_ids):
            hit = s.scalars(select(model.id).where(model.id.in_(chunk))).first()
            if hit is not None:
                raise rejected(
                    _(
                        "{where}: this vault already holds a {what} with the id {id} (was the "
                        "file exported from this vault?). Import into a new, empty vault."
                    ).format(where=plan.where[hit], what=label, id=hit)
                )


def import_document(vault: Vault, doc_or_text: object) -> ImportSummary:
    """Import an export document (parsed, or its text/bytes) in one transaction.

    Raises ``ImportRejected`` (nothing imported) for anything the format does not allow.
    """
    if isinstance(doc_or_text, bytearray | memoryview):
        doc_or_text = bytes(doc_or_text)
    doc = parse_import_text(doc_or_text) if isinstance(doc_or_text, str | bytes) else doc_or_text
    plan = validate_document(doc)
    try:
        with vault.write() as s:
            _check_new_ids(s, plan)
            # Parents before children: experiments and measurements point at goals and
            # sessions through foreign keys that no ORM relationship orders for us; rounds
            # point at what they landed on a record, which points at group sessions.
            steps: tuple[tuple[type[Any], list[dict[str, Any]]], ...] = (
                (Coachee, plan.coachees),
                (Goal, plan.goals),
                (CoachingSession, plan.sessions),
                (Group, plan.groups),
                (GroupMember, plan.members),
                (GroupSession, plan.group_sessions),
                (GroupAttendance, plan.attendance),
                (Insight, plan.insights),
                (Experiment, plan.experiments),
                (Measurement, plan.measurements),
                (GroupRound, plan.rounds),
                (DevelopmentEntry, plan.development),
            )
            for model, rows in steps:
                s.add_all(model(**row) for row in rows)
                s.flush()
    except IntegrityError:
        raise rejected(_("the file conflicts with data already in the vault.")) from None
    return plan.summary()


# Imported last: ``preview`` uses this module's reading and id checks.
from coach_app.services.exchange.preview import ImportPreview, preview_import  # noqa: E402
