"""The language preference (coach_app/language_pref.py): stored outside the vault, resolved."""

from __future__ import annotations

from pathlib import Path

import pytest

from coach_app import language_pref as pref


def test_nothing_chosen_follows_the_system(tmp_path: Path) -> None:
    assert pref.chosen(tmp_path) == pref.SYSTEM
    assert pref.resolve(pref.chosen(tmp_path), "nl_NL.UTF-8") == "nl"
    assert pref.resolve(pref.SYSTEM, "sv-SE") == "sv"
    assert pref.resolve(pref.SYSTEM, "fr_BE") == "fr"
    assert pref.resolve(pref.SYSTEM, "de_DE") == "en"
    assert pref.resolve(pref.SYSTEM, "C") == "en"
    assert pref.resolve(pref.SYSTEM, "") == "en"


def test_a_choice_is_kept_for_the_next_start_and_wins_over_the_system(tmp_path: Path) -> None:
    pref.choose("sv", tmp_path)
    assert pref.chosen(tmp_path) == "sv"
    assert pref.resolve(pref.chosen(tmp_path), "fr_FR") == "sv"
    pref.choose(pref.SYSTEM, tmp_path)
    assert pref.resolve(pref.chosen(tmp_path), "fr_FR") == "fr"


def test_a_broken_or_foreign_file_falls_back_to_the_system(tmp_path: Path) -> None:
    (tmp_path / pref.FILE_NAME).write_text("{not json")
    assert pref.chosen(tmp_path) == pref.SYSTEM
    (tmp_path / pref.FILE_NAME).write_text('{"language": "xx"}')
    assert pref.chosen(tmp_path) == pref.SYSTEM
    pref.choose("nl", tmp_path)  # a broken file is replaced, not a reason to fail
    assert pref.chosen(tmp_path) == "nl"


def test_only_shipped_languages_can_be_stored(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="not a shipped language"):
        pref.choose("de", tmp_path)


def test_the_folder_can_be_moved_by_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(pref.CONFIG_ENV, str(tmp_path / "cfg"))
    pref.choose("fr")
    assert (tmp_path / "cfg" / pref.FILE_NAME).is_file()
    assert pref.chosen() == "fr"


def test_the_command_line_reads_the_usual_variables(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "nl_NL.UTF-8")
    assert pref.environment_locale() == "nl_NL.UTF-8"
    monkeypatch.setenv("LC_ALL", "sv_SE.UTF-8")
    assert pref.environment_locale() == "sv_SE.UTF-8"
