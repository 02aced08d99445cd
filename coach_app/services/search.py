"""Full-text search over profiles, sessions, experiments, goals, groups, rounds and insights.

What the coach types is never passed to FTS5 as syntax: it is cut into words, each word quoted,
the last one a prefix ("conf" finds "confidence" while typing). Ranking is FTS5's bm25.

Ranking costs about a microsecond per matching document, so a common word in a 100,000-note
vault (tens of thousands of matches) would blow the 20 ms budget. We therefore rank only the
newest ``RANK_WINDOW`` matches (index rowids grow with creation, and an autosave keeps its
rowid): below that many matches the result is exactly the global ranking; above it, the best
matches among the most recent notes, which is what a coach looking something up wants.
"""

from __future__ import annotations

import re

from sqlalchemy import text

from coach_app.services.records import SearchHit
from coach_app.vault.vault import Vault

MAX_TERMS = 12
RANK_WINDOW = 2000
_WORD = re.compile(r"\w+", re.UNICODE)
HIGHLIGHT_OPEN = "\x02"
HIGHLIGHT_CLOSE = "\x03"

_QUERY = text(
    """
    SELECT d.kind, d.owner_id, d.coachee_id, coalesce(c.name, g.name), d.at,
           CASE WHEN d.kind = 'group_round' THEN g.name ELSE hits.title END,
           hits.snip, hits.rank, coalesce(g.id, ''), coalesce(g.name, '')
    FROM (
        SELECT rowid, title, rank,
               snippet(search_fts, -1, :open, :close, '…', 14) AS snip
        FROM search_fts
        WHERE search_fts MATCH :match AND rowid >= :floor
        ORDER BY rank
        LIMIT :limit
    ) AS hits
    JOIN search_docs d ON d.rowid = hits.rowid
    LEFT JOIN coachees c ON c.id = d.coachee_id
    LEFT JOIN group_rounds r ON d.kind = 'group_round' AND r.id = d.owner_id
    LEFT JOIN group_sessions gs ON gs.id = r.group_session_id
    LEFT JOIN groups g ON g.id = CASE d.kind
        WHEN 'group' THEN d.owner_id WHEN 'group_round' THEN gs.group_id END
    WHERE c.id IS NOT NULL OR g.id IS NOT NULL
    ORDER BY hits.rank
    """
)


# The rowid of the RANK_WINDOW-th newest match (None when there are fewer matches).
_FLOOR = text(
    "SELECT rowid FROM search_fts WHERE search_fts MATCH :match "
    "ORDER BY rowid DESC LIMIT 1 OFFSET :offset"
)


def match_expression(query: str, *, prefix_last: bool = True) -> str | None:
    """The FTS5 MATCH text for what the coach typed, or None if there is nothing to search."""
    words = _WORD.findall(query)[:MAX_TERMS]
    if not words:
        return None
    parts = [f'"{w}"' for w in words]
    if prefix_last:
        parts[-1] += "*"
    return " ".join(parts)


def search(
    vault: Vault,
    query: str,
    *,
    limit: int = 50,
    highlight: tuple[str, str] = ("[", "]"),
) -> list[SearchHit]:
    """Ranked hits with snippets; terms in the snippet are wrapped in ``highlight``."""
    match = match_expression(query)
    if match is None:
        return []
    limit = max(1, min(int(limit), 1000))
    with vault.engine.connect() as conn:
        floor = conn.execute(_FLOOR, {"match": match, "offset": RANK_WINDOW - 1}).scalar() or 0
        rows = conn.execute(
            _QUERY,
            {
                "match": match,
                "floor": floor,
                "limit": limit,
                "open": highlight[0],
                "close": highlight[1],
            },
        ).all()
    return [
        SearchHit(
            kind=kind,
            owner_id=owner_id,
            coachee_id=coachee_id,
            coachee=name,
            date=(at or "")[:10],
            title=title,
            snippet=" ".join(snip.split()),
            rank=float(rank),
            group_id=group_id,
            group=group,
        )
        for kind, owner_id, coachee_id, name, at, title, snip, rank, group_id, group in rows
    ]
