"""The template catalogue (coach_app/templates.py and resources/templates/templates.json)."""

from __future__ import annotations

import copy
import json
from collections.abc import Iterator
from typing import Any

import pytest

from coach_app import i18n, templates
from coach_app.errors import ValidationError
from coach_app.templates import TemplateCatalogueError, parse_catalogue

# Stored session rows and export files name templates and sections by these keys: they must
# never change (docs/export-format.md lists them too).
STORED_KEYS = {
    "grow": ("goal", "reality", "options", "will"),
    "oskar": ("outcome", "scaling", "know_how", "affirm_action", "review"),
    "clear": ("contracting", "listening", "exploring", "action", "review"),
    "pdsa": ("plan", "do", "study", "act"),
    "intervision": ("case_giver", "key_question", "clarifying_questions", "ideas", "what_helped"),
    "action_learning": ("problem_owner", "questions", "insights", "actions"),
    "free": (),
}


def _raw() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(templates.CATALOGUE_FILE.read_text(encoding="utf-8"))
    return data


def test_the_stored_keys_are_exactly_those_of_earlier_versions() -> None:
    assert {t.key: t.section_keys() for t in templates.templates()} == STORED_KEYS


def test_display_order_and_lookup() -> None:
    keys = templates.template_keys()
    assert keys == ("grow", "oskar", "clear", "action_learning", "intervision", "pdsa", "free")
    assert [t.key for t in templates.templates()] == list(keys)
    grow = templates.template("grow")
    assert grow.label == "GROW"
    assert grow.hint == "Goal · Reality · Options · Will"
    assert grow.kind == "individual"
    assert grow.section("will").label == "Will (way forward)"
    assert templates.template("free").sections == ()


def test_agreement_sections() -> None:
    found = {t.key: t.agreement_section for t in templates.templates()}
    assert {k: s.key if s else None for k, s in found.items()} == {
        "grow": "will",
        "oskar": "affirm_action",
        "clear": "action",
        "pdsa": "act",
        "action_learning": "actions",
        "intervision": None,
        "free": None,
    }


def test_kinds_and_phase_budgets() -> None:
    assert {t.key for t in templates.templates() if t.kind == "group"} == {
        "intervision",
        "action_learning",
    }
    for spec in templates.templates():
        if spec.sections:
            assert sum(s.minutes for s in spec.sections) == templates.session_minutes() == 60
        for section in spec.sections:
            assert section.label.strip() and section.hint.strip()


@pytest.mark.parametrize("key", ["smart", "", "GROW", None, 3, ["grow"]])
def test_an_unknown_template_is_a_validation_error(key: Any) -> None:
    with pytest.raises(ValidationError, match="There is no note template"):
        templates.template(key)


def test_an_unknown_section_is_a_validation_error() -> None:
    with pytest.raises(ValidationError, match="has no section"):
        templates.template("grow").section("plan")


@pytest.fixture
def pirate() -> Iterator[None]:
    """A language whose catalogue upper-cases every message (no .mo file needed)."""

    class Shouting:
        def gettext(self, message: str) -> str:
            return message.upper()

    saved = i18n._translations
    i18n._translations = Shouting()  # type: ignore[assignment]
    try:
        yield
    finally:
        i18n._translations = saved


def test_labels_are_translated_when_read_not_at_import(pirate: None) -> None:
    grow = templates.template("grow")
    assert grow.label == "GROW"
    assert grow.hint == "GOAL · REALITY · OPTIONS · WILL"
    assert grow.section("will").label == "WILL (WAY FORWARD)"
    assert templates.templates()[0].sections[0].hint.isupper()
    assert grow.section_keys() == STORED_KEYS["grow"]  # keys are never translated


def test_catalogue_strings_hold_every_label_and_hint_once() -> None:
    strings = templates.catalogue_strings()
    assert len(strings) == len(set(strings))
    for spec in templates.templates():
        assert spec.label in strings and spec.hint in strings
        for section in spec.sections:
            assert section.label in strings and section.hint in strings
    assert "Review" in strings  # OSKAR's and CLEAR's review: once


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (lambda d: d.update(format=2), "format"),
        (lambda d: d["templates"][0].update(key="Grow!"), r"templates\[0\]\.key"),
        (lambda d: d["templates"][1].update(key="grow"), "used twice"),
        (lambda d: d["templates"][0].update(kind="team"), r"templates\[0\]\.kind"),
        (lambda d: d["templates"][0].update(colour="red"), "unknown field 'colour'"),
        (lambda d: d["templates"][0].update(label=""), r"templates\[0\]\.label"),
        (lambda d: d["templates"][0]["sections"][0].update(minutes=0), r"sections\[0\]\.minutes"),
        (lambda d: d["templates"][0]["sections"][1].update(key="goal"), "used twice"),
        (lambda d: d["templates"][0]["sections"][0].update(minutes=11), "add up to 61"),
        (lambda d: d["templates"][0]["sections"][0].update(agreements="yes"), "true or false"),
        (lambda d: d["templates"][0]["sections"][0].pop("hint"), r"sections\[0\]\.hint"),
        (lambda d: d.update(templates=[]), "non-empty list"),
    ],
)
def test_a_malformed_catalogue_names_the_field(change: Any, expected: str) -> None:
    data = copy.deepcopy(_raw())
    parse_catalogue(data)  # the shipped file is valid
    change(data)
    with pytest.raises(TemplateCatalogueError, match=expected):
        parse_catalogue(data)
