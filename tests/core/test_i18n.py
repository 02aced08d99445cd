"""The core's gettext function: a catalogue is used when present, English otherwise."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog
from babel.messages.mofile import write_mo

from coach_app import i18n


@pytest.fixture
def dutch(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    catalog = Catalog(locale="nl")
    catalog.add("Name", "Naam")
    catalog.add(("{n} experiment", "{n} experiments"), ("{n} experiment", "{n} experimenten"))
    target = tmp_path / "nl" / "LC_MESSAGES" / "coach_app.mo"
    target.parent.mkdir(parents=True)
    with target.open("wb") as fh:
        write_mo(fh, catalog)
    monkeypatch.setattr(i18n, "LOCALE_DIR", tmp_path)
    yield tmp_path
    i18n.set_language("en")


def test_a_language_with_a_catalogue_is_used(dutch: Path) -> None:
    assert i18n.set_language("nl_NL") == "nl"
    assert i18n._("Name") == "Naam"
    assert i18n.ngettext("{n} experiment", "{n} experiments", 1).format(n=1) == "1 experiment"
    assert i18n.ngettext("{n} experiment", "{n} experiments", 3).format(n=3) == "3 experimenten"
    assert i18n._("Not in the catalogue") == "Not in the catalogue"


def test_a_language_without_a_catalogue_falls_back_to_english(dutch: Path) -> None:
    assert i18n.set_language("xx") == "en"
    assert i18n._("Name") == "Name"
    assert i18n.current_language() == "en"


def test_marked_strings_stay_english_until_shown(dutch: Path) -> None:
    label = i18n.N_("Name")
    i18n.set_language("nl")
    assert label == "Name"
    assert i18n._(label) == "Naam"
