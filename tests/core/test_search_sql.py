"""The search's one SQL gives the same hits through SQLAlchemy (the app) and a raw connection.

``services.search`` runs ``coach_app.search_sql`` on the vault's engine, ``coach-app search``
on the plain SQLCipher connection of ``vault.raw``: on the same vault, every kind of query
(words with and without accents, prefixes, marks, groups, the private reflection, limits and
the ranking window) must give equal hits in equal order.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from coach_app import search_sql
from coach_app.services import coachees, experiments, search, sessions
from coach_app.services.records import SearchHit
from coach_app.vault import raw
from coach_app.vault.vault import Vault
from tests.conftest import PASSPHRASE
from tests.core.services.test_search_groups import _round

QUERIES = (
    "securite",
    "sécurité",
    "SECURITE",
    "questi",  # a prefix
    "Lyon",
    "lanternfish",  # only in a private reflection
    "zeppelinquestion",  # a group round under its case-giver
    "walrusquestion",  # a round of a name-only member, keyed by the group
    "lighthouses",  # an insight and a round
    "purposeword",  # the group itself
    "delegation",
    "delegation filler",
    "mark:insight",
    "mark:insight securite",
    "MARK:insight monday",
    "mark:quote",
    "mark:quote décider",
    "mark:action",
    "mark:insight lanternfish",  # the private reflection is never searched for marks
    "  !!  ",
    "",
    'sé"cu NEAR',
)


def fill(vault: Vault) -> None:
    """Profiles, sessions with marks and a private reflection, an experiment, a group's rounds."""
    person = coachees.create_coachee(vault, name="Inès Dupont", organisation="Ville de Lyon")
    sessions.create_session(
        vault,
        person.id,
        template="grow",
        started_at="2025-03-04T10:00",
        sections={"goal": "★ Gagner en sécurité psychologique\nplain words sécurité"},
        notes="❝ Je veux décider\n★ Owns the Monday meeting",
        private_reflection="★ my own lanternfish hunch",
    )
    sessions.create_session(
        vault, person.id, started_at="2025-04-01T10:00", notes="★ Newer insight on sécurité"
    )
    experiments.create_experiment(vault, person.id, title="Poser une question par réunion")
    sam = coachees.create_coachee(vault, name="Sam").id
    for i in range(6):
        notes = " ".join(["delegation"] * (6 - i)) + f" filler {i}"
        sessions.create_session(vault, sam, started_at=f"2025-01-{i + 1:02d}T09:00", notes=notes)
    _round(vault)


@pytest.fixture
def folder(vault: Vault) -> Path:
    """A closed vault folder holding ``fill``'s data."""
    fill(vault)
    vault.close()
    return vault.folder


def _through_the_app(
    folder: Path, limit: int, highlight: tuple[str, str]
) -> dict[str, list[SearchHit]]:
    with Vault.unlock(folder, PASSPHRASE) as vault:
        return {q: search.search(vault, q, limit=limit, highlight=highlight) for q in QUERIES}


def _through_the_raw_connection(
    folder: Path, limit: int, highlight: tuple[str, str], rank_window: int
) -> dict[str, list[SearchHit]]:
    opened = raw.open_for_reading(folder, PASSPHRASE)
    assert opened is not None
    with opened:
        return {
            q: search_sql.search(
                opened.fetch,
                q,
                SearchHit,
                limit=limit,
                highlight=highlight,
                rank_window=rank_window,
            )
            for q in QUERIES
        }


@pytest.mark.parametrize(
    ("limit", "highlight", "rank_window"),
    [
        (50, ("[", "]"), search_sql.RANK_WINDOW),
        (2, ("\x02", "\x03"), search_sql.RANK_WINDOW),
        (50, ("<", ">"), 3),  # above the window only the newest matches are ranked
    ],
)
def test_both_paths_give_the_same_hits(
    folder: Path,
    monkeypatch: pytest.MonkeyPatch,
    limit: int,
    highlight: tuple[str, str],
    rank_window: int,
) -> None:
    monkeypatch.setattr(search, "RANK_WINDOW", rank_window)
    app = _through_the_app(folder, limit, highlight)
    quick = _through_the_raw_connection(folder, limit, highlight, rank_window)
    assert quick == app
    # Both could be equally wrong: a few answers the app is known to give.
    assert app["lanternfish"] and {h.kind for h in app["lanternfish"]} == {"session"}
    assert app["mark:insight lanternfish"] == []
    assert {h.kind for h in app["zeppelinquestion"]} == {"group_round"}
    assert app["securite"] == app["sécurité"] == app["SECURITE"] != []
    assert [h.kind for h in app["questi"]] == ["experiment"]
    assert app["mark:insight"] and all(h.title.startswith("★") for h in app["mark:insight"])
    assert app[""] == app["  !!  "] == []
    assert len(app["delegation"]) == min(limit, 6 if rank_window > 6 else rank_window)


def test_match_expression_quotes_every_word_and_prefixes_the_last() -> None:
    assert search_sql.match_expression('sé"cu NEAR') == '"sé" "cu" "NEAR"*'
    assert search_sql.match_expression("a b", prefix_last=False) == '"a" "b"'
    assert search_sql.match_expression("  !!  ") is None
    words = " ".join(f"w{i}" for i in range(search_sql.MAX_TERMS + 5))
    assert (search_sql.match_expression(words) or "").count('"') == 2 * search_sql.MAX_TERMS


def test_a_last_word_of_one_or_two_letters_is_a_whole_word() -> None:
    # As a prefix, one or two letters would merge the lists of most of the vault's words.
    assert search_sql.PREFIX_MIN == 3
    assert search_sql.match_expression("weekly re") == '"weekly" "re"'
    assert search_sql.match_expression("w") == '"w"'
    assert search_sql.match_expression("HR") == '"HR"'
    assert search_sql.match_expression("con") == '"con"*'
    assert search_sql.match_expression("weekly rev") == '"weekly" "rev"*'
    assert search_sql.ends_in_a_short_word("weekly re")
    assert not search_sql.ends_in_a_short_word("weekly rev")
    assert not search_sql.ends_in_a_short_word("  !!  ")
