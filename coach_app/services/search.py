"""Full-text search over profiles, sessions, experiments, goals, groups, rounds and insights.

The SQL, the ranking window, the ``mark:<kind>`` filter and the highlighting live in the
neutral ``coach_app.search_sql`` (described there), which ``coach-app search`` also runs on a
plain SQLCipher connection; this module runs the same statements on the vault's engine through
``text()`` and returns ``SearchHit`` rows, so the app and the command line cannot drift apart.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from functools import cache
from typing import Any

from sqlalchemy import Connection, TextClause, text

from coach_app import search_sql
from coach_app.search_sql import (
    MARK_SESSIONS,
    MAX_TERMS,
    RANK_WINDOW,
    ends_in_a_short_word,
    match_expression,
    split_mark_filter,
)
from coach_app.services.records import SearchHit
from coach_app.vault.vault import Vault

__all__ = [
    "HIGHLIGHT_CLOSE",
    "HIGHLIGHT_OPEN",
    "MARK_SESSIONS",
    "MAX_TERMS",
    "RANK_WINDOW",
    "ends_in_a_short_word",
    "match_expression",
    "search",
    "search_marks",
    "split_mark_filter",
]

HIGHLIGHT_OPEN = "\x02"
HIGHLIGHT_CLOSE = "\x03"


@cache
def _statement(sql: str) -> TextClause:
    # A handful of fixed statements: each is parsed for its bind parameters once.
    return text(sql)


def _fetcher(conn: Connection) -> Callable[[str, Mapping[str, Any]], Sequence[Sequence[Any]]]:
    def fetch(sql: str, params: Mapping[str, Any]) -> Sequence[Sequence[Any]]:
        return conn.execute(_statement(sql), dict(params)).all()

    return fetch


def search(
    vault: Vault,
    query: str,
    *,
    limit: int = search_sql.DEFAULT_LIMIT,
    highlight: tuple[str, str] = search_sql.DEFAULT_HIGHLIGHT,
) -> list[SearchHit]:
    """Ranked hits with snippets; terms in the snippet are wrapped in ``highlight``.

    A ``mark:<kind>`` in the query lists marks of that kind instead (:func:`search_marks`).
    """
    with vault.engine.connect() as conn:
        return search_sql.search(
            _fetcher(conn),
            query,
            SearchHit,
            limit=limit,
            highlight=highlight,
            # Read here at call time, so a test can shrink the window on this module.
            rank_window=RANK_WINDOW,
        )


def search_marks(
    vault: Vault,
    kind: str,
    query: str = "",
    *,
    limit: int = search_sql.DEFAULT_LIMIT,
    highlight: tuple[str, str] = search_sql.DEFAULT_HIGHLIGHT,
) -> list[SearchHit]:
    """Marks of ``kind`` (a ``coach_app.marks`` key), newest session first, as session hits.

    With words in ``query`` only marks holding every word (accents and case folded, the last
    word a prefix) are listed. The private reflection is never searched for marks.
    """
    with vault.engine.connect() as conn:
        return search_sql.search_marks(
            _fetcher(conn), kind, query, SearchHit, limit=limit, highlight=highlight
        )
