"""The portable JSON export and its all-or-nothing import (format: ``docs/export-format.md``).

- ``export``: the whole vault as one deterministic document (``export_document``,
  ``export_json``, ``write_export``, ``export_to_file``); ``one_coachee``: everything about
  one coachee (``export_coachee``).
- ``reader``: the import file read as a stream (strict JSON, one coachee at a time, any size);
  ``check``: the parts checked as they come, with the services' own value rules (``validate``,
  ``validate_groups``), and the whole document's answer (``validate_document``).
- ``preview``: what an import would add, or why it would be refused (``preview_import``).
- here: ``import_document``, which streams the file through the checks and writes each coachee
  as soon as it is checked, all in one transaction: ``store`` inserts the rows with Core and
  indexes them for search (FTS5 set for a bulk load meanwhile: ``search_index.bulk_settings``),
  and a refusal or failure at any point (the last line of the file included) rolls everything
  back, so the vault is as it was.

Every rejection is an ``ImportRejected`` whose message names the place in the file
(``coachees[2].sessions[0].notes``) and never quotes note text. ``_check_new_ids`` lives in
this module (not a submodule) so that it is looked up here at call time.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

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
    GroupMember,
    GroupRound,
    GroupSession,
    Insight,
    Measurement,
    search_index,
)
from coach_app.services.exchange import read_ahead, store
from coach_app.services.exchange.check import DocumentCheck, feed, validate_document
from coach_app.services.exchange.clashes import found_ids, occupied
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
)
from coach_app.services.exchange.export import (
    export_document,
    export_json,
    export_to_file,
    write_export,
)
from coach_app.services.exchange.one_coachee import export_coachee
from coach_app.services.exchange.reader import Parts, collect, read_document, reader_of
from coach_app.services.exchange.validate import ImportPlan
from coach_app.vault.vault import Vault

__all__ = [
    "COACHEE_KEYS",
    "EXPERIMENT_KEYS",
    "FORMAT",
    "GOAL_KEYS",
    "MAX_LIST_ITEMS",
    "MEASUREMENT_KEYS",
    "SESSION_KEYS",
    "TOP_KEYS",
    "VERSION",
    "ImportFile",
    "ImportPlan",
    "ImportPreview",
    "ImportSummary",
    "check_new_ids",
    "export_coachee",
    "export_document",
    "export_json",
    "export_to_file",
    "feed_import",
    "import_document",
    "parse_import_text",
    "preview_import",
    "read_import_file",
    "validate_document",
    "write_export",
]

_IN_CHUNK = 500  # SQLite's variable limit is far above this; it keeps statements small


# ---- reading an import file -----------------------------------------------------------------


def _cannot_read(path: Path, exc: OSError) -> Exception:
    return rejected(
        _("cannot read {path}: {reason}.").format(path=path, reason=exc.strerror or exc)
    )


@dataclass(frozen=True)
class ImportFile:
    """An import file found readable; ``import_document`` and the preview stream it."""

    path: Path

    def read_into(self, parts: Parts) -> None:
        """Read the file through ``parts`` (``reader.read_document``), a chunk at a time."""
        try:
            handle: BinaryIO = self.path.open("rb")
        except OSError as exc:
            raise _cannot_read(self.path, exc) from None
        with handle:

            def read(size: int) -> bytes:
                try:
                    return handle.read(size)
                except OSError as exc:
                    raise _cannot_read(self.path, exc) from None

            read_document(read, parts)


def read_import_file(path: Path) -> ImportFile:
    """The import file at ``path``, refused now if it is not a readable file.

    Nothing is read yet: ``import_document`` (or ``preview_import``) reads it as a stream, so
    a file of any size is read in memory bounded by its largest coachee.
    """
    path = Path(path)
    try:
        if not path.is_file():
            path.stat()  # a missing file says so (not "is not a file")
            raise rejected(_("{path} is not a file.").format(path=path))
        with path.open("rb"):
            pass
    except OSError as exc:
        raise _cannot_read(path, exc) from None
    return ImportFile(path)


def parse_import_text(raw: str | bytes) -> Any:
    """Decode and parse an import file's content as a whole (strict JSON, as the importer).

    A top level that is not an object is returned as an empty list (the checks refuse it).
    """
    return collect(reader_of(raw))


def feed_import(source: object, parts: Parts) -> None:
    """Hand ``source``'s parts to ``parts``.

    ``source`` is an ``ImportFile`` or a path, text or bytes, an open file, or a parsed document.
    """
    if isinstance(source, bytearray | memoryview):
        source = bytes(source)
    if isinstance(source, Path):
        source = read_import_file(source)
    if isinstance(source, ImportFile):
        source.read_into(parts)
    elif isinstance(source, str | bytes):
        read_document(reader_of(source), parts)
    elif callable(getattr(source, "read", None)):
        read_document(source.read, parts)  # type: ignore[attr-defined]
    else:
        feed(source, parts)


# ---- importing ------------------------------------------------------------------------------


def _chunks(items: Sequence[str]) -> Iterator[Sequence[str]]:
    for start in range(0, len(items), _IN_CHUNK):
        yield items[start : start + _IN_CHUNK]


def check_new_ids(s: Session, plan: ImportPlan) -> None:
    """Refuse ids already in the vault, and erased coachees (``ImportRejected``)."""
    _check_new_ids(s, plan)


def _check_new_ids(s: Session, plan: ImportPlan) -> None:
    for chunk in _chunks(plan.coachee_ids):
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


class _Clash(Exception):
    """An id of the file is in the vault already: roll back, then name it."""


class _Writer:
    """Writes each checked batch (a coachee, a group, the development entries) and drops it.

    An id the vault holds already is noticed before its batch is written (``found_ids``,
    then ``_check_new_ids`` for the batch); from then on nothing more is written, the file is
    still checked to its end (a problem in it is reported first, as before anything is
    written), and the transaction is rolled back. The rows go in with Core statements and are
    indexed in the same transaction (``store``); a coachee's references to group sessions are
    written empty and set once the groups are written (``link``): the foreign keys stay
    checked row by row (deferring them makes SQLite search the child tables on every insert).
    The search index is given its text by runs of entries (``search_index.BatchIndex``) and
    completed by ``link``, before the commit.
    """

    def __init__(self, s: Session, clashes: ImportPlan | None = None) -> None:
        self.s = s
        self.clash = False
        #: For a file read by a child: gathers the ids and their places in the file from the
        #: first batch that clashes on, for the message. A batch before it cannot clash, and the
        #: place of every id of a large file is what the child keeps already (60 MB at 100k).
        self.clashes = clashes
        self.later: dict[str, list[dict[str, Any]]] = {}
        self.index = store.BatchIndex(s.connection())
        # Asked before anything is written: only what the vault held can clash with the file.
        self.occupied = occupied(s)

    def __call__(self, plan: ImportPlan) -> None:
        """Write the rows ``plan`` read since the last batch (the in-process reading)."""
        rows, ids = plan.take()
        self.write((rows, ids, plan.where))

    def write(self, batch: read_ahead.Batch) -> None:
        """Write one batch: its rows per list, their ids, where each id is in the file."""
        rows, ids, where = batch
        if self.clash:
            self._remember(batch)
            return
        s = self.s
        taken, erased = found_ids(s, ids, self.occupied)
        if taken or erased:
            self._remember(batch)
            batch_plan = ImportPlan(
                where={i: where[i] for i in ids},
                coachee_ids=[row["id"] for row in rows.get("coachees", [])],
            )
            try:
                _check_new_ids(s, batch_plan)
            except ImportRejected:
                self.clash = True
                return
        try:
            store.write_rows(s, rows, self.later, self.index)
        except IntegrityError:
            self.clash = True  # the transaction is void now; the file is still checked
            self._remember(batch)

    def _remember(self, batch: read_ahead.Batch) -> None:
        if self.clashes is not None:
            rows, ids, where = batch
            self.clashes.where.update((i, where[i]) for i in ids)
            self.clashes.coachee_ids += [row["id"] for row in rows.get("coachees", ())]

    def link(self) -> None:
        """Index the last entries; set the references to group sessions (checked in the file)."""
        store.link(self.s, self.later, self.index)


def import_document(vault: Vault, source: object) -> ImportSummary:
    """Import an export in one transaction, all or nothing.

    ``source`` is an ``ImportFile`` (``read_import_file``) or a path, the text or bytes of a
    file, an open binary file, or a parsed document. A file is read as a stream and written
    coachee by coachee inside the transaction, so its size is not limited by memory; a large
    file is read by a child process while this one writes (``read_ahead``).

    Raises ``ImportRejected`` (nothing imported) for anything the format does not allow.
    """
    plan = ImportPlan()
    if isinstance(source, Path):
        source = read_import_file(source)  # checked once, whichever way it is read
    try:
        with (
            vault.write() as s,
            store.roomy_cache(s),
            search_index.bulk_settings(s.connection()),
        ):
            if isinstance(source, ImportFile) and read_ahead.reads_ahead(source.path):
                writer = _Writer(s, clashes=plan)
                summary = read_ahead.write_read_ahead(source.path, writer.write)
            else:
                writer = _Writer(s)
                check = DocumentCheck(plan, writer)
                feed_import(source, check)
                check.finish()
                summary = plan.summary()
            if writer.clash:
                raise _Clash
            writer.link()
    except _Clash:
        with vault.session() as s:
            _check_new_ids(s, plan)  # the clash an up-front check of the whole file names
        raise rejected(_("the file conflicts with data already in the vault.")) from None
    except IntegrityError:
        raise rejected(_("the file conflicts with data already in the vault.")) from None
    return summary


# Imported last: ``preview`` uses this module's reading and id checks.
from coach_app.services.exchange.preview import ImportPreview, preview_import  # noqa: E402
