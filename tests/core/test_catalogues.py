"""Every catalogue is complete for nl, sv and fr, and no translation loses a placeholder.

A missing, empty, fuzzy or unfinished entry fails here, so a string added to the code without
its three translations cannot land. The checks also compare what a translation must keep from
its source: ``{name}`` fields (a missing one raises KeyError at ``format``), ``%n`` (Qt's
count), HTML tags, a tab before a shortcut, the ``&`` of an access key, and the mark signs.

Reads the files as text (ElementTree for Qt's ``.ts``, babel for ``.po``): no Qt imported.
"""

from __future__ import annotations

import ast
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

from coach_app.paths import RESOURCES

UI_SOURCES = Path(__file__).resolve().parents[2] / "coach_app" / "ui"

LANGUAGES = ("nl", "sv", "fr")
FIELD = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*(?:[:!][^{}]*)?\}")
# HTML the UI renders (a "<name>" in a syntax hint like "custom:<name>" is words, translated).
TAG = re.compile(r"</?(a|b|i|u|br|p|span|small|big|tt|code|ul|ol|li|h[1-6]|table|tr|td|th)\b[^>]*>")
SIGNS = "★❝➜⚗"


def _fields(text: str) -> list[str]:
    return sorted(m.group(0).split(":")[0].split("!")[0].rstrip("}") for m in FIELD.finditer(text))


def _keeps(source: str, translation: str) -> list[str]:
    """What ``translation`` lost or added of ``source``'s must-keep parts (empty when fine)."""
    problems = []
    if _fields(source) != _fields(translation):
        problems.append(f"fields {_fields(source)} vs {_fields(translation)}")
    if ("%n" in source) != ("%n" in translation) and "%n" in source:
        problems.append("%n")
    if sorted(TAG.findall(source)) != sorted(TAG.findall(translation)):
        problems.append("tags")
    if ("\t" in source) != ("\t" in translation):
        problems.append("tab")
    if source.replace("&&", "").count("&") != translation.replace("&&", "").count("&"):
        problems.append("access key")
    if any((sign in source) != (sign in translation) for sign in SIGNS):
        problems.append("mark sign")
    return problems


def _ts_messages(language: str) -> Iterator[tuple[str, str, list[str], bool]]:
    """(context, source, translations, finished) of every message of a Qt catalogue."""
    root = ET.parse(RESOURCES / "translations" / f"coach_app_{language}.ts").getroot()
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            assert translation is not None
            forms = [f.text or "" for f in translation.iter("numerusform")] or [
                translation.text or ""
            ]
            finished = translation.get("type") not in {"unfinished", "vanished", "obsolete"}
            if translation.get("type") in {"vanished", "obsolete"}:
                continue
            yield name, source, forms, finished


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_qt_catalogue_is_complete_and_keeps_every_placeholder(language: str) -> None:
    problems = []
    count = 0
    for context, source, forms, finished in _ts_messages(language):
        count += 1
        if not finished or not all(f.strip() for f in forms):
            problems.append(f"{context}: untranslated: {source!r}")
            continue
        for form in forms:
            problems += [f"{context}: {p}: {source!r}" for p in _keeps(source, form)]
    assert count > 500, "the catalogue must hold the UI's strings"
    assert not problems, "\n".join(problems[:40])


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_core_catalogue_is_complete_and_keeps_every_placeholder(language: str) -> None:
    path = RESOURCES / "locale" / language / "LC_MESSAGES" / "coach_app.po"
    with path.open("rb") as handle:
        catalog = read_po(handle, locale=language)
    problems = []
    for message in catalog:
        if not message.id:
            continue
        ids = message.id if isinstance(message.id, tuple) else (message.id,)
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        if message.fuzzy or not all(s.strip() for s in strings):
            problems.append(f"untranslated: {ids[0]!r}")
            continue
        for string in strings:
            problems += [f"{p}: {ids[0]!r}" for p in _keeps(ids[-1], string)]
    assert len(catalog) > 400, "the catalogue must hold the core's strings"
    assert not problems, "\n".join(problems[:40])


def test_the_checks_catch_a_lost_field_a_lost_count_and_a_lost_access_key() -> None:
    assert _keeps("{n} goals for {name}", "{n} doelen") == ["fields ['{n', '{name'] vs ['{n']"]
    assert _keeps("%n day(s)", "dagen") == ["%n"]
    assert _keeps("&File", "Bestand") == ["access key"]
    assert _keeps("★ Insight", "Inzicht") == ["mark sign"]
    assert _keeps("Save {what}", "Bewaar {what}") == []


def test_the_catalogue_folder_is_where_the_app_reads_it() -> None:
    assert Path(RESOURCES, "translations").is_dir()


def test_no_text_was_filed_as_its_own_context() -> None:
    # translate("Ctx", "text") through an alias named tr, or a helper that takes the text as a
    # variable, makes lupdate store "Ctx" as the source and the real text nowhere: those texts
    # then never translate. The catalogue shows it as a message whose source is a context name.
    root = ET.parse(RESOURCES / "translations" / "coach_app_nl.ts").getroot()
    contexts = {c.findtext("name") or "" for c in root.iter("context")}
    misfiled = [
        (context.findtext("name"), message.findtext("source"))
        for context in root.iter("context")
        for message in context.iter("message")
        if message.findtext("source") in contexts
        and (
            message.find("translation") is None
            or message.find("translation").get("type") not in {"vanished", "obsolete"}
        )
    ]
    assert misfiled == []


def test_every_text_the_ui_translates_has_a_context_lupdate_can_read() -> None:
    # pyside6-lupdate extracts translate(context, text) only when both are literals: with the
    # context in a variable (a module's _CONTEXT), the text never reached the catalogue and
    # showed in English in every language (the printed recovery key sheet, the start window).
    # A text in a variable is another matter: it is marked where it is written.
    found = []
    for path in sorted(UI_SOURCES.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr == "translate"
                and len(node.args) >= 2
                and isinstance(node.args[1], ast.Constant)
                and not isinstance(node.args[0], ast.Constant)
            ):
                found.append(f"{path.name}:{node.lineno}")
    assert found == []
