"""Search: folding, prefixes, snippets, ownership, erasure, and the ranking window."""

from __future__ import annotations

import pytest

from coach_app.services import coachees, experiments, search, sessions
from coach_app.vault.vault import Vault


@pytest.fixture
def ines(vault: Vault) -> str:
    profile = coachees.create_coachee(vault, name="Inès Dupont", organisation="Ville de Lyon")
    sessions.create_session(
        vault,
        profile.id,
        template="grow",
        started_at="2025-03-04T10:00",
        sections={"goal": "Gagner en sécurité psychologique dans l'équipe"},
    )
    experiments.create_experiment(vault, profile.id, title="Poser une question par réunion")
    return profile.id


def test_diacritics_fold_both_ways(vault: Vault, ines: str) -> None:
    for query in ("securite", "sécurité", "SECURITE"):
        hits = search.search(vault, query)
        assert [h.kind for h in hits] == ["session"], query
    hit = search.search(vault, "securite")[0]
    assert hit.coachee == "Inès Dupont"
    assert hit.coachee_id == ines
    assert hit.date == "2025-03-04"
    assert "[sécurité]" in hit.snippet


def test_last_word_is_a_prefix_and_words_are_anded(vault: Vault, ines: str) -> None:
    assert [h.kind for h in search.search(vault, "questi")] == ["experiment"]
    assert search.search(vault, "securite question") == []
    assert [h.kind for h in search.search(vault, "Lyon")] == ["coachee"]


def test_fts_syntax_in_the_query_is_just_text(vault: Vault, ines: str) -> None:
    for query in ('"', "NEAR(", "a OR", "col:x", "*", "-", "^sec", "AND"):
        search.search(vault, query)  # never raises
    assert search.match_expression('sé"cu NEAR') == '"sé" "cu" "NEAR"*'
    assert search.match_expression("  !!  ") is None


def test_erased_coachee_leaves_no_hits(vault: Vault, ines: str) -> None:
    coachees.erase_coachee(vault, ines)
    assert search.search(vault, "securite") == []
    assert search.search(vault, "Lyon") == []


def test_edits_reindex(vault: Vault, ines: str) -> None:
    sid = sessions.list_sessions(vault, ines)[0].id
    sessions.save_session(vault, sid, sections={"goal": "Vertrauen aufbauen"})
    assert search.search(vault, "securite") == []
    assert [h.owner_id for h in search.search(vault, "vertrauen")] == [sid]


def _many_notes(vault: Vault, n: int) -> tuple[str, list[str]]:
    cid = coachees.create_coachee(vault, name="Sam").id
    ids = []
    for i in range(n):
        # Older notes mention the word more often, so a global ranking would prefer them.
        text = " ".join(["delegation"] * (n - i)) + f" filler {i}"
        ids.append(
            sessions.create_session(
                vault, cid, started_at=f"2025-01-{i + 1:02d}T09:00", notes=text
            ).id
        )
    return cid, ids


def test_below_the_window_the_ranking_is_global(vault: Vault) -> None:
    _cid, ids = _many_notes(vault, 6)
    hits = search.search(vault, "delegation", limit=10)
    assert [h.owner_id for h in hits] == ids  # densest (oldest) first


def test_above_the_window_only_the_newest_matches_are_ranked(
    vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    _cid, ids = _many_notes(vault, 6)
    monkeypatch.setattr(search, "RANK_WINDOW", 3)
    hits = search.search(vault, "delegation", limit=10)
    assert [h.owner_id for h in hits] == ids[3:]
