"""Checking an import document part by part, as it is read, with the whole document's answer.

``DocumentCheck`` receives the document's parts (``reader.Parts``: the top-level keys, each
coachee, group and development entry) in the file's order and checks them in the order the
format is checked: the top level (keys, ``format``, ``version``, ``exported_at``), then the
coachees, then the groups (with the references made to their sessions before them), then the
coach's own entries. Parts that come earlier in the file than their turn (groups before the
coachees, say) wait for it; the exporter's order never waits, so a streamed export holds one
coachee at a time.

The first refusal in that order is the one reported, after the whole file is read (so a file
that is not valid JSON further on says that, as a whole-document check would); checking stops
at the first refusal. After each coachee, each group, and the development entries, ``batch`` is
called with the plan while nothing is refused yet: the importer writes and drops the rows.
``validate_document`` checks a parsed document the same way and keeps every row.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from coach_app.errors import ImportRejected
from coach_app.i18n import _
from coach_app.services.exchange.document import (
    FORMAT,
    SUPPORTED_VERSIONS,
    TOP_KEYS,
    VERSION,
    rejected,
)
from coach_app.services.exchange.reader import Parts
from coach_app.services.exchange.validate import (
    ImportPlan,
    _datetime,
    _list,
    _object,
    read_coachee,
)
from coach_app.services.exchange.validate_groups import (
    read_development_entry,
    read_group,
    resolve_later,
)

#: The top-level lists, in the order they are checked.
PHASES = ("coachees", "groups", "development")
_READ: dict[str, Callable[[object, str, ImportPlan], None]] = {
    "coachees": read_coachee,
    "groups": read_group,
    "development": read_development_entry,
}


def check_top(top: object) -> None:
    """The top level's own rules: its keys, ``format``, ``version`` and ``exported_at``."""
    obj = _object(top, "", TOP_KEYS, ("format", "version", "coachees"))
    if obj.get("format") != FORMAT:
        raise rejected(
            _('format must be "{format}": this is not a Coach Companion export.').format(
                format=FORMAT
            )
        )
    version = obj.get("version")
    if isinstance(version, bool) or not isinstance(version, int):
        raise rejected(_("version must be a whole number."))
    if version not in SUPPORTED_VERSIONS:
        newer = (
            " " + _("It was written by a newer Coach Companion; update the app.")
            if version > VERSION
            else ""
        )
        raise rejected(
            _("version {version} is not supported (this app reads {supported}).").format(
                version=version, supported=", ".join(str(n) for n in SUPPORTED_VERSIONS)
            )
            + newer
        )
    if "exported_at" in obj:
        _datetime(obj["exported_at"], "exported_at")


class DocumentCheck(Parts):
    """Checks a document's parts as they come (see the module's docstring)."""

    def __init__(self, plan: ImportPlan, batch: Callable[[ImportPlan], None] | None = None) -> None:
        self.plan = plan
        self.batch = batch
        #: Top-level keys in the file's order, with their values (a list stands for a list).
        self.top: dict[str, Any] = {}
        self.is_object = True
        self.problem: ImportRejected | None = None
        self.phase = 0
        self.waiting: dict[str, list[Any]] = {}
        self.ended: set[str] = set()

    # ---- reader.Parts ----------------------------------------------------------------------

    def key(self, name: str) -> None:
        """Note a top-level key (its value follows)."""
        self.top[name] = []

    def value(self, name: str, value: Any) -> None:
        """A top-level value that is not a list; a list's key that holds one has ended."""
        self.top[name] = value
        if name in PHASES:
            self.end(name)

    def item(self, name: str, index: int, value: Any) -> None:
        """One coachee, group or entry: checked now, or kept until its turn."""
        if name not in PHASES or self.problem is not None:
            return
        if self.phase < len(PHASES) and name == PHASES[self.phase]:
            self._read(name, index, value)
        else:
            self.waiting.setdefault(name, []).append(value)

    def end(self, name: str) -> None:
        """A top-level list ended: later lists that waited for it may go on."""
        self.ended.add(name)
        self._advance(at_end=False)

    def not_object(self) -> None:
        """The file's top level is not an object."""
        self.is_object = False

    # ---- checking --------------------------------------------------------------------------

    def _attempt(self, check: Callable[[], None]) -> None:
        if self.problem is not None:
            return
        try:
            check()
        except ImportRejected as exc:
            self.problem = exc
            self.waiting.clear()

    def _read(self, name: str, index: int, value: Any) -> None:
        def check() -> None:
            _READ[name](value, f"{name}[{index}]", self.plan)
            if name != "development" and self.batch is not None:
                self.batch(self.plan)

        self._attempt(check)

    def _close(self, name: str) -> None:
        def check() -> None:
            # A key holding something other than a list has no items: say so in its turn.
            if not isinstance(self.top.get(name, []), list):
                _list(self.top, name, "")
            if name == "groups":
                resolve_later(self.plan)
            if name == "development" and self.batch is not None:
                self.batch(self.plan)

        self._attempt(check)

    def _advance(self, *, at_end: bool) -> None:
        while self.phase < len(PHASES) and self.problem is None:
            name = PHASES[self.phase]
            if not at_end and name not in self.ended:
                return
            self._close(name)
            self.phase += 1
            if self.phase < len(PHASES):
                following = PHASES[self.phase]
                for index, value in enumerate(self.waiting.pop(following, [])):
                    self._read(following, index, value)

    def finish(self) -> None:
        """After the whole file: raise the first refusal, in the format's order of checks."""
        self._advance(at_end=True)
        check_top(self.top if self.is_object else [])
        if self.problem is not None:
            raise self.problem


def feed(doc: object, parts: Parts) -> None:
    """Hand a parsed document to ``parts`` as the reader would hand the file's."""
    if not isinstance(doc, dict):
        parts.not_object()
        return
    for name, value in doc.items():
        parts.key(name)
        if isinstance(value, list):
            for index, item in enumerate(value):
                parts.item(name, index, item)
            parts.end(name)
        else:
            parts.value(name, value)


def validate_document(doc: object) -> ImportPlan:
    """Check a parsed document completely; return the rows to insert. Touches no vault."""
    plan = ImportPlan()
    check = DocumentCheck(plan)
    feed(doc, check)
    check.finish()
    return plan


__all__ = ["DocumentCheck", "check_top", "feed", "validate_document"]
