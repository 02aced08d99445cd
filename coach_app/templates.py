"""The note templates (GROW, OSKAR, CLEAR, ...): ``resources/templates/templates.json`` as values.

One catalogue says everything about a template: its key (stored in every session row and in
exports, so keys never change), its label and a one-line hint, whether it is meant for one
coachee or for a group, and its sections in the order a coach works through them. Each section
has a key (stored), a label, a prompt for the coach, whether it is where the session's
agreements are written (the editor shows that text as "Agreed last time" in the next session)
and a default time budget in minutes; a template's budgets add up to :func:`session_minutes`.

Translation: the file holds the English text (``label_text``, ``hint_text``). The file is read
once; ``label`` and ``hint`` pass that text through :func:`coach_app.i18n._` each time they are
read, so a language chosen later applies at once. The i18n extraction step (``make i18n``)
takes the file's strings from :func:`catalogue_strings`, since no ``_("...")`` call spells them
out in the code.

Unknown keys: :func:`template` and :meth:`TemplateSpec.section` raise the typed
:class:`coach_app.errors.ValidationError` (a message fit for a dialog), because an unknown key
always comes from outside the code (a stored row, a file, a setting), never from a typo the
type checker could catch. A malformed catalogue file raises :class:`TemplateCatalogueError` on
first use, naming the field (and ``tests/core/test_templates.py`` reads it, so a typo in the
file fails the tests rather than a coach's session).

Pure: no SQLAlchemy, no Qt; importable from every layer, like ``coach_app.changes``.
"""

from __future__ import annotations

import functools
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final

from coach_app.errors import ValidationError
from coach_app.i18n import _
from coach_app.paths import RESOURCES

#: The catalogue file.
CATALOGUE_FILE: Final = RESOURCES / "templates" / "templates.json"
#: Format of the catalogue file; bump it when a field changes meaning.
FORMAT_VERSION: Final = 1
#: Who a template is meant for.
KINDS: Final = ("individual", "group")

_KEY = re.compile(r"^[a-z][a-z0-9_]{0,29}$")  # the sessions.template column is 30 characters
_TOP_FIELDS: Final = frozenset({"format", "session_minutes", "templates"})
_TEMPLATE_FIELDS: Final = frozenset({"key", "label", "hint", "kind", "sections"})
_SECTION_FIELDS: Final = frozenset({"key", "label", "hint", "agreements", "minutes"})


class TemplateCatalogueError(ValueError):
    """The template catalogue file is not valid (the message names the file and the field)."""


@dataclass(frozen=True)
class SectionSpec:
    """One section of a template: stored key, label, prompt, agreements flag, time budget.

    ``label`` and ``hint`` are translated each time they are read; ``label_text`` and
    ``hint_text`` are the English text of the file.
    """

    key: str
    label_text: str
    hint_text: str
    holds_agreements: bool
    minutes: int

    @property
    def label(self) -> str:
        """The section's name, in the current language."""
        return _(self.label_text)

    @property
    def hint(self) -> str:
        """The prompt for the coach, in the current language."""
        return _(self.hint_text)


@dataclass(frozen=True)
class TemplateSpec:
    """One note template; ``kind`` is ``individual`` or ``group``; sections in working order.

    ``label`` and ``hint`` are translated each time they are read (see :class:`SectionSpec`).
    """

    key: str
    label_text: str
    hint_text: str
    kind: str
    sections: tuple[SectionSpec, ...]

    @property
    def label(self) -> str:
        """The template's name, in the current language."""
        return _(self.label_text)

    @property
    def hint(self) -> str:
        """The one-line summary of the template, in the current language."""
        return _(self.hint_text)

    def section_keys(self) -> tuple[str, ...]:
        """The section keys, in order (the keys a session of this template stores)."""
        return tuple(s.key for s in self.sections)

    def section(self, key: str) -> SectionSpec:
        """The section with ``key``; ``ValidationError`` if this template has none."""
        for spec in self.sections:
            if spec.key == key:
                return spec
        raise ValidationError(
            _("{template} has no section {key}; its sections are: {keys}.").format(
                template=self.label,
                key=json.dumps(str(key)[:40], ensure_ascii=False),
                keys=", ".join(self.section_keys()) or _("none"),
            )
        )

    @property
    def agreement_section(self) -> SectionSpec | None:
        """The first section where agreements are written, if the template has one."""
        return next((s for s in self.sections if s.holds_agreements), None)


# ---- reading the file -----------------------------------------------------------------------


def _fail(where: str, problem: str) -> TemplateCatalogueError:
    return TemplateCatalogueError(f"{CATALOGUE_FILE.name}: {where}: {problem}")


def _fields(obj: object, where: str, allowed: frozenset[str]) -> dict[str, Any]:
    if not isinstance(obj, dict):
        raise _fail(where, "must be an object")
    extra = sorted(set(obj) - allowed)
    if extra:
        raise _fail(where, f"unknown field {extra[0]!r}")
    return obj


def _text(obj: dict[str, Any], field: str, where: str) -> str:
    value = obj.get(field)
    if not isinstance(value, str) or not value.strip():
        raise _fail(f"{where}.{field}", "must be non-empty text")
    return value


def _key(obj: dict[str, Any], where: str, seen: set[str]) -> str:
    value = obj.get("key")
    if not isinstance(value, str) or not _KEY.match(value):
        raise _fail(f"{where}.key", "must be lower-case letters, digits and _ (at most 30)")
    if value in seen:
        raise _fail(f"{where}.key", f"{value!r} is used twice")
    seen.add(value)
    return value


def _section(raw: object, where: str, seen: set[str]) -> SectionSpec:
    obj = _fields(raw, where, _SECTION_FIELDS)
    agreements = obj.get("agreements", False)
    if not isinstance(agreements, bool):
        raise _fail(f"{where}.agreements", "must be true or false")
    minutes = obj.get("minutes")
    if isinstance(minutes, bool) or not isinstance(minutes, int) or minutes < 1:
        raise _fail(f"{where}.minutes", "must be a whole number of at least 1")
    return SectionSpec(
        key=_key(obj, where, seen),
        label_text=_text(obj, "label", where),
        hint_text=_text(obj, "hint", where),
        holds_agreements=agreements,
        minutes=minutes,
    )


def _template(raw: object, where: str, seen: set[str], session_minutes: int) -> TemplateSpec:
    obj = _fields(raw, where, _TEMPLATE_FIELDS)
    key = _key(obj, where, seen)
    kind = obj.get("kind")
    if kind not in KINDS:
        raise _fail(f"{where}.kind", f"must be one of {', '.join(KINDS)}")
    sections_raw = obj.get("sections")
    if not isinstance(sections_raw, list):
        raise _fail(f"{where}.sections", "must be a list")
    section_keys: set[str] = set()
    sections = tuple(
        _section(s, f"{where}.sections[{i}]", section_keys) for i, s in enumerate(sections_raw)
    )
    budget = sum(s.minutes for s in sections)
    if sections and budget != session_minutes:
        raise _fail(
            f"{where}.sections",
            f"the minutes add up to {budget}, not to the session's {session_minutes}",
        )
    return TemplateSpec(
        key=key,
        label_text=_text(obj, "label", where),
        hint_text=_text(obj, "hint", where),
        kind=str(kind),
        sections=sections,
    )


def _parse(data: object) -> tuple[tuple[TemplateSpec, ...], int]:
    top = _fields(data, "the file", _TOP_FIELDS)
    if top.get("format") != FORMAT_VERSION:
        raise _fail("format", f"must be {FORMAT_VERSION}")
    minutes = top.get("session_minutes")
    if isinstance(minutes, bool) or not isinstance(minutes, int) or minutes < 1:
        raise _fail("session_minutes", "must be a whole number of at least 1")
    raw = top.get("templates")
    if not isinstance(raw, list) or not raw:
        raise _fail("templates", "must be a non-empty list")
    seen: set[str] = set()
    specs = tuple(_template(t, f"templates[{i}]", seen, minutes) for i, t in enumerate(raw))
    return specs, minutes


def parse_catalogue(data: object) -> tuple[TemplateSpec, ...]:
    """Check a parsed catalogue document; the templates in display order (English text)."""
    return _parse(data)[0]


def _read(path: Path) -> tuple[tuple[TemplateSpec, ...], int]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise TemplateCatalogueError(f"{path.name}: cannot be read: {exc}") from None
    return _parse(data)


def read_catalogue(path: Path) -> tuple[TemplateSpec, ...]:
    """Read and check a catalogue file (uncached; :func:`templates` caches the shipped one)."""
    return _read(path)[0]


@functools.cache
def _catalogue() -> tuple[tuple[TemplateSpec, ...], dict[str, TemplateSpec], int]:
    specs, minutes = _read(CATALOGUE_FILE)
    return specs, {t.key: t for t in specs}, minutes


# ---- the API --------------------------------------------------------------------------------


def templates() -> tuple[TemplateSpec, ...]:
    """Every template, in the order the app offers them."""
    return _catalogue()[0]


def template(key: str) -> TemplateSpec:
    """The template with ``key``; ``ValidationError`` for a key that is not one."""
    by_key = _catalogue()[1]
    spec = by_key.get(key) if isinstance(key, str) else None
    if spec is None:
        raise ValidationError(
            _("There is no note template {key}; the templates are: {keys}.").format(
                key=json.dumps(str(key)[:40], ensure_ascii=False), keys=", ".join(by_key)
            )
        )
    return spec


@functools.cache
def template_keys() -> tuple[str, ...]:
    """Every template key, in display order.

    Cached as the catalogue it comes from is: an import checks every session's template
    against it, and an export every session's sections.
    """
    return tuple(t.key for t in _catalogue()[0])


def session_minutes() -> int:
    """The session length the section budgets are written for (they add up to it)."""
    return _catalogue()[2]


def catalogue_strings() -> list[str]:
    """Every translatable string of the catalogue, once each, in file order (for ``make i18n``)."""
    out: dict[str, None] = {}
    for spec in _catalogue()[0]:
        out.setdefault(spec.label_text)
        out.setdefault(spec.hint_text)
        for section in spec.sections:
            out.setdefault(section.label_text)
            out.setdefault(section.hint_text)
    return list(out)
