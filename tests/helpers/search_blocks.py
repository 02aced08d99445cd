"""Sessions with enough made-up text to fill many blocks of the search index, and those blocks.

For the tests of the revisions that change how the index is stored (0010's block size, 0012's
column order): the words are made of a few syllables, so there are many distinct terms, each
in several documents, as in a coach's notes.
"""

from __future__ import annotations

import random

from sqlalchemy import Connection

from coach_app.models import search_index
from coach_app.services import coachees, search, sessions
from coach_app.vault.vault import Vault

_SYLLABLES = ("ver", "trou", "wen", "team", "leid", "ing", "stil", "te", "moed", "vraag", "plan")


def made_up_words(rng: random.Random, count: int) -> str:
    """``count`` words of two to four syllables, space-separated."""
    return " ".join(
        "".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(2, 4))) for _ in range(count)
    )


def fill_sessions(vault: Vault, documents_count: int = 120) -> list[str]:
    """``documents_count`` sessions of one coachee, each a few hundred words; their ids."""
    rng = random.Random(10)
    person = coachees.create_coachee(vault, name="Lotte Bakker")
    return [
        sessions.create_session(
            vault,
            person.id,
            template="grow",
            sections={"goal": made_up_words(rng, 150), "reality": made_up_words(rng, 150)},
            notes=made_up_words(rng, 60),
        ).id
        for _ in range(documents_count)
    ]


def block_sizes(conn: Connection) -> list[int]:
    """The sizes of the index's rows (its blocks, and the few small records beside them)."""
    return [
        int(n) for n in conn.exec_driver_sql("SELECT length(block) FROM search_fts_data").scalars()
    ]


def stored_block_size(conn: Connection) -> object:
    """The block size (``pgsz``) the index stores, as stored; ``None`` when it stores none."""
    return conn.exec_driver_sql("SELECT v FROM search_fts_config WHERE k = 'pgsz'").scalar()


def assert_a_change_is_found(vault: Vault, session_id: str) -> None:
    """After the index was written anew it is kept in step: a change is found, its old words
    are gone (the index's own integrity check against its content)."""
    sessions.save_session(vault, session_id, notes="vergaderstilte")
    with vault.engine.begin() as conn:
        search_index.check(conn)
    assert [h.owner_id for h in search.search(vault, "vergaderstilte")] == [session_id]
