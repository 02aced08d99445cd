"""The demo data's texts: ``resources/demo/<language>.json`` and ``shared.json``, read and checked.

One file per language holds everything written in that language: names, organisations, roles
and teams (``people``), the coaching focus and goal per theme, experiment cards, outcomes and
learnings, the lines that tie a session to an experiment (``links``), the words that fill the
slots of a note (``slots``) and the sentence families notes are composed from (``phrases``).
``shared.json`` holds what is not in any language: the languages and how often each is drawn,
the themes, the session templates and their weights, programme names and tags.
``resources/demo/README.md`` describes the files for whoever edits them.

The files are checked when read: every theme, family, link, result and slot the generator asks
for must be there and non-empty, and a text that is filled in (a phrase, an outcome, a link)
may only name the placeholders the generator fills. A broken file fails here, naming the file
and the key, instead of as a ``KeyError`` halfway through building a vault.
"""

from __future__ import annotations

import functools
import json
import string
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from coach_app.models import GAS_LEVELS
from coach_app.paths import RESOURCES
from coach_app.templates import template_keys

DEMO_DIR = RESOURCES / "demo"

#: Sentence families the note composer draws from.
PHRASE_FAMILIES = (
    "aim",
    "situation",
    "explore",
    "commit",
    "scaling",
    "review",
    "affirm",
    "case",
    "question",
    "clarify",
    "ideas",
    "helped",
    "notes",
    "reflection",
    "context",
)
#: Word lists behind the slots of a note, one draw per session.
SLOT_LISTS = ("who", "with_who", "topic", "at_meeting", "day")
#: The placeholders a phrase, an outcome or an experiment card may use.
SLOT_FIELDS = frozenset({*SLOT_LISTS, "Who", "n", "conf", "conf_prev"})
#: Experiment results that have outcome and learning texts ("dropped" has one fixed link line).
RESULTS = ("success", "partial", "fail")
#: Link lines and the placeholders each may use.
LINK_FIELDS: Mapping[str, frozenset[str]] = {
    "agreed": frozenset({"title"}),
    "reviewed": frozenset({"title", "outcome"}),
    "prediction": frozenset({"prediction"}),
    "adopt": frozenset(),
    "adapt": frozenset(),
    "abandon": frozenset(),
    "dropped": frozenset(),
}


class DemoTextError(ValueError):
    """A demo text file is missing, unreadable or not in the expected shape."""


@dataclass(frozen=True)
class Organisation:
    """A fictional employer and the e-mail domain its people use (on ``.example``)."""

    name: str
    email_domain: str


@dataclass(frozen=True)
class People:
    """What a coachee's profile is drawn from, in one language."""

    first_names: tuple[str, ...]
    last_names: tuple[str, ...]
    organisations: tuple[Organisation, ...]
    roles: tuple[str, ...]
    teams: tuple[str, ...]
    local_programme: str
    individual_programme: str


@dataclass(frozen=True)
class GoalText:
    """A goal for one theme, with its five GAS level descriptions (−2 … +2)."""

    title: str
    description: str
    gas_levels: tuple[str, ...]


@dataclass(frozen=True)
class ExperimentCard:
    """An experiment a coachee may agree to; the last three texts may use slots."""

    title: str
    action: str
    prediction: str
    success_signal: str


@dataclass(frozen=True)
class LanguageTexts:
    """Everything the generator writes in one language."""

    language: str
    people: People
    focus: Mapping[str, str]
    goals: Mapping[str, GoalText]
    experiments: Mapping[str, tuple[ExperimentCard, ...]]
    outcomes: Mapping[str, tuple[str, ...]]
    learnings: Mapping[str, tuple[str, ...]]
    links: Mapping[str, str]
    slots: Mapping[str, tuple[str, ...]]
    phrases: Mapping[str, tuple[str, ...]]


@dataclass(frozen=True)
class Shared:
    """The language-neutral part: draws, themes, templates, programmes and tags."""

    language_weights: Mapping[str, int]
    themes: tuple[str, ...]
    template_weights: Mapping[str, int]
    programmes: tuple[str, ...]
    coachee_tags: Mapping[str, tuple[str, ...]]
    extra_tags: tuple[str, ...]
    session_tags: tuple[str, ...]


@dataclass(frozen=True)
class DemoTexts:
    """The shared file and one :class:`LanguageTexts` per language it names."""

    shared: Shared
    languages: Mapping[str, LanguageTexts]


class _Reader:
    """Typed access to one parsed file; every error names the file and the key path."""

    def __init__(self, file_name: str) -> None:
        self.file_name = file_name

    def fail(self, where: str, problem: str) -> DemoTextError:
        return DemoTextError(f"{self.file_name}: {where}: {problem}")

    def table(self, value: Any, where: str, keys: tuple[str, ...] = ()) -> dict[str, Any]:
        if not isinstance(value, dict):
            raise self.fail(where, "expected an object")
        missing = [key for key in keys if key not in value]
        if missing:
            raise self.fail(where, f"missing {', '.join(missing)}")
        return value

    def text(self, value: Any, where: str, fields: frozenset[str] | None = None) -> str:
        if not isinstance(value, str) or not value.strip():
            raise self.fail(where, "expected a non-empty text")
        if fields is not None:
            try:
                names = _placeholders(value)
            except ValueError as exc:  # an unmatched brace would only fail when filled in
                raise self.fail(where, f"broken placeholder: {exc}") from exc
            unknown = sorted(names - fields)
            if unknown:
                raise self.fail(where, f"unknown placeholder {{{unknown[0]}}}")
        return value

    def texts(
        self, value: Any, where: str, fields: frozenset[str] | None = None
    ) -> tuple[str, ...]:
        if not isinstance(value, list) or not value:
            raise self.fail(where, "expected a non-empty list of texts")
        return tuple(self.text(item, f"{where}[{i}]", fields) for i, item in enumerate(value))

    def text_lists(
        self, value: Any, where: str, keys: tuple[str, ...], fields: frozenset[str] | None = None
    ) -> dict[str, tuple[str, ...]]:
        table = self.table(value, where, keys)
        return {key: self.texts(table[key], f"{where}.{key}", fields) for key in keys}

    def weights(self, value: Any, where: str) -> dict[str, int]:
        table = self.table(value, where)
        if not table:
            raise self.fail(where, "expected at least one entry")
        for key, weight in table.items():
            if not isinstance(weight, int) or isinstance(weight, bool) or weight <= 0:
                raise self.fail(f"{where}.{key}", "expected a whole number above zero")
        return dict(table)


def _placeholders(text: str) -> set[str]:
    """The names of ``text``'s ``{placeholders}``; ValueError for an unmatched brace."""
    return {name for _lit, name, _spec, _conv in string.Formatter().parse(text) if name}


def _read_json(path: Path) -> Any:
    try:
        with path.open(encoding="utf-8") as handle:
            return json.load(handle)
    except FileNotFoundError:
        raise DemoTextError(
            f"{path.name}: the demo text file is missing from {path.parent}"
        ) from None
    except (OSError, ValueError) as exc:
        raise DemoTextError(f"{path.name}: cannot be read: {exc}") from exc


def _read_shared(path: Path) -> Shared:
    read = _Reader(path.name)
    data = read.table(
        _read_json(path),
        "top level",
        (
            "languages",
            "themes",
            "templates",
            "programmes",
            "coachee_tags",
            "extra_tags",
            "session_tags",
        ),
    )
    themes = read.texts(data["themes"], "themes")
    templates = read.weights(data["templates"], "templates")
    unknown = sorted(set(templates) - set(template_keys()))
    if unknown:
        raise read.fail("templates", f"{unknown[0]} is not a session template")
    return Shared(
        language_weights=read.weights(data["languages"], "languages"),
        themes=themes,
        template_weights=templates,
        programmes=read.texts(data["programmes"], "programmes"),
        coachee_tags=read.text_lists(data["coachee_tags"], "coachee_tags", themes),
        extra_tags=read.texts(data["extra_tags"], "extra_tags"),
        session_tags=read.texts(data["session_tags"], "session_tags"),
    )


def _read_people(read: _Reader, value: Any) -> People:
    lists = ("first_names", "last_names", "roles", "teams")
    table = read.table(
        value, "people", (*lists, "organisations", "local_programme", "individual_programme")
    )
    listed = table["organisations"]
    if not isinstance(listed, list) or not listed:
        raise read.fail("people.organisations", "expected a non-empty list")
    organisations = []
    for index, item in enumerate(listed):
        where = f"people.organisations[{index}]"
        org = read.table(item, where, ("name", "email_domain"))
        organisations.append(
            Organisation(
                read.text(org["name"], f"{where}.name"),
                read.text(org["email_domain"], f"{where}.email_domain"),
            )
        )
    named = {key: read.texts(table[key], f"people.{key}") for key in lists}
    return People(
        first_names=named["first_names"],
        last_names=named["last_names"],
        organisations=tuple(organisations),
        roles=named["roles"],
        teams=named["teams"],
        local_programme=read.text(table["local_programme"], "people.local_programme"),
        individual_programme=read.text(
            table["individual_programme"], "people.individual_programme"
        ),
    )


def _read_goals(read: _Reader, value: Any, themes: tuple[str, ...]) -> dict[str, GoalText]:
    goals = read.table(value, "goals", themes)
    out = {}
    for theme in themes:
        where = f"goals.{theme}"
        goal = read.table(goals[theme], where, ("title", "description", "gas_levels"))
        levels = read.texts(goal["gas_levels"], f"{where}.gas_levels")
        if len(levels) != len(GAS_LEVELS):
            raise read.fail(f"{where}.gas_levels", f"expected {len(GAS_LEVELS)} levels, −2 to +2")
        out[theme] = GoalText(
            read.text(goal["title"], f"{where}.title"),
            read.text(goal["description"], f"{where}.description"),
            levels,
        )
    return out


def _read_experiments(
    read: _Reader, value: Any, themes: tuple[str, ...]
) -> dict[str, tuple[ExperimentCard, ...]]:
    cards_by_theme = read.table(value, "experiments", themes)
    out = {}
    for theme in themes:
        cards = cards_by_theme[theme]
        if not isinstance(cards, list) or not cards:
            raise read.fail(f"experiments.{theme}", "expected a non-empty list of cards")
        parsed = []
        for index, item in enumerate(cards):
            where = f"experiments.{theme}[{index}]"
            card = read.table(item, where, ("title", "action", "prediction", "success_signal"))
            parsed.append(
                ExperimentCard(
                    # The title is quoted into link lines as it is, never filled itself.
                    title=read.text(card["title"], f"{where}.title", frozenset()),
                    action=read.text(card["action"], f"{where}.action", SLOT_FIELDS),
                    prediction=read.text(card["prediction"], f"{where}.prediction", SLOT_FIELDS),
                    success_signal=read.text(
                        card["success_signal"], f"{where}.success_signal", SLOT_FIELDS
                    ),
                )
            )
        out[theme] = tuple(parsed)
    return out


def _read_language(path: Path, language: str, themes: tuple[str, ...]) -> LanguageTexts:
    read = _Reader(path.name)
    data = read.table(
        _read_json(path),
        "top level",
        (
            "language",
            "people",
            "focus",
            "goals",
            "experiments",
            "outcomes",
            "learnings",
            "links",
            "slots",
            "phrases",
        ),
    )
    if data["language"] != language:
        raise read.fail("language", f"says {data['language']!r}, expected {language!r}")
    focus = read.table(data["focus"], "focus", themes)
    phrases = read.text_lists(data["phrases"], "phrases", PHRASE_FAMILIES, SLOT_FIELDS)
    # A context sentence goes into the coachee's profile, where nothing is filled in.
    read.texts(data["phrases"]["context"], "phrases.context", frozenset())
    links = read.table(data["links"], "links", tuple(LINK_FIELDS))
    return LanguageTexts(
        language=language,
        people=_read_people(read, data["people"]),
        focus={theme: read.text(focus[theme], f"focus.{theme}") for theme in themes},
        goals=_read_goals(read, data["goals"], themes),
        experiments=_read_experiments(read, data["experiments"], themes),
        outcomes=read.text_lists(data["outcomes"], "outcomes", RESULTS, SLOT_FIELDS),
        learnings=read.text_lists(data["learnings"], "learnings", RESULTS, frozenset()),
        links={key: read.text(links[key], f"links.{key}", LINK_FIELDS[key]) for key in LINK_FIELDS},
        slots=read.text_lists(data["slots"], "slots", SLOT_LISTS, frozenset()),
        phrases=phrases,
    )


def read_texts(folder: Path) -> DemoTexts:
    """Read and check ``shared.json`` and every language file it names in ``folder`` (uncached).

    Raises:
        DemoTextError: a file is missing, is not valid JSON, or lacks or misshapes a key.
    """
    shared = _read_shared(folder / "shared.json")
    languages = {
        lang: _read_language(folder / f"{lang}.json", lang, shared.themes)
        for lang in shared.language_weights
    }
    return DemoTexts(shared=shared, languages=languages)


@functools.cache
def load_texts() -> DemoTexts:
    """The shipped demo texts, read once per process.

    Raises:
        DemoTextError: see :func:`read_texts`.
    """
    return read_texts(DEMO_DIR)
