"""Notes out as Markdown: every word of every session, safe unique names, owner-only files."""

from __future__ import annotations

import unicodedata
from datetime import date, datetime
from pathlib import Path

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from coach_app.errors import NotFound, ValidationError
from coach_app.services import coachees, demo, sessions
from coach_app.services.exchange import export_document
from coach_app.services.markdown_export import (
    _FORBIDDEN,
    _RESERVED,
    export_markdown,
    safe_stem,
    unique_stem,
)
from coach_app.vault.vault import Vault


def _all_text(paths: list[Path]) -> str:
    return "\n".join(p.read_text(encoding="utf-8") for p in paths)


def _session_texts(vault: Vault) -> list[str]:
    texts = []
    for coachee in export_document(vault)["coachees"]:
        for session in coachee["sessions"]:
            texts += [t for t in session["sections"].values() if t]
            texts += [t for t in (session["notes"], session["private_reflection"]) if t]
    return texts


@pytest.mark.parametrize("per_session", [False, True])
def test_every_word_of_every_session_is_in_the_markdown(
    vault: Vault, tmp_path: Path, per_session: bool
) -> None:
    demo.generate(vault, coachees=3, sessions_per_coachee=6, seed=3, today=date(2025, 6, 1))
    odd = coachees.create_coachee(vault, name="CON")
    sessions.create_session(
        vault,
        odd.id,
        template="grow",
        sections={"goal": "# not a heading of ours\n\n* star *and* <b>tags</b> stay"},
        notes="Zeile mit ü and \ttab",
        private_reflection="only for me",
    )
    paths = export_markdown(vault, tmp_path, per_session=per_session)
    texts = _session_texts(vault)
    assert len(texts) > 10
    markdown = _all_text(paths)
    for text in texts:
        assert text in markdown
    assert len(set(paths)) == len(paths)
    for path in paths:
        assert oct(path.stat().st_mode & 0o777) == "0o600"
        assert path.suffix == ".md"
    names = {p.relative_to(tmp_path).parts[0] for p in paths}
    assert "CON.md" not in names and "CON" not in names
    assert not list(tmp_path.rglob(".*.tmp"))


def test_one_coachee_and_the_goals_and_experiments(vault: Vault, tmp_path: Path) -> None:
    ada = coachees.create_coachee(vault, name="Ada", focus="Speaking up")
    coachees.create_goal(vault, ada.id, title="Lead one topic", gas_levels={"0": "One point"})
    sessions.create_session(vault, ada.id, started_at=datetime(2024, 1, 2, 9, 0), notes="first")
    sessions.create_session(vault, ada.id, started_at=datetime(2024, 1, 2, 9, 0), notes="again")
    coachees.create_coachee(vault, name="Ben")
    paths = export_markdown(vault, tmp_path, ada.id, per_session=True)
    assert sorted(p.name for p in paths) == [
        "2024-01-02 0900 (2).md",
        "2024-01-02 0900.md",
        "profile.md",
    ]
    profile = (tmp_path / "Ada" / "profile.md").read_text(encoding="utf-8")
    assert "Lead one topic" in profile and "One point" in profile and "Speaking up" in profile
    with pytest.raises(NotFound):
        export_markdown(vault, tmp_path, "nobody")
    with pytest.raises(ValidationError):
        export_markdown(vault, tmp_path / "missing")


def test_same_names_get_distinct_files(vault: Vault, tmp_path: Path) -> None:
    for name in ("Anna", "anna", "Anna.", 'An"na', "An/na", "Ａnna"):
        coachees.create_coachee(vault, name=name)
    paths = export_markdown(vault, tmp_path)
    assert len(paths) == 6
    assert len({p.name.casefold() for p in paths}) == 6


def _acceptable_everywhere(stem: str, limit: int = 80) -> bool:
    return (
        bool(stem)
        and not _FORBIDDEN.search(stem)
        and not stem.endswith((".", " "))
        and stem.split(".", 1)[0].strip().upper() not in _RESERVED
        and len(stem) <= limit
    )


@given(st.text(max_size=120))
@example("CON")
@example("com1.notes")
@example("Nul ")
@example(" ..")
@example("a" * 200)
def test_any_name_gives_a_safe_stem(name: str) -> None:
    assert _acceptable_everywhere(safe_stem(name))


@given(st.lists(st.text(max_size=30), max_size=12))
def test_stems_never_clash_ignoring_case_and_unicode_form(names: list[str]) -> None:
    taken: set[str] = set()
    stems = [unique_stem(safe_stem(name), taken) for name in names]
    folded = {unicodedata.normalize("NFC", s).casefold() for s in stems}
    assert len(folded) == len(stems)
    assert all(_acceptable_everywhere(stem, limit=90) for stem in stems)  # room for " (n)"
