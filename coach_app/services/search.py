"""Full-text search over profiles, sessions, experiments, goals, groups, rounds and insights.

What the coach types is never passed to FTS5 as syntax: it is cut into words, each word quoted,
the last one a prefix ("conf" finds "confidence" while typing). Ranking is FTS5's bm25.

Ranking costs about a microsecond per matching document, so a common word in a 100,000-note
vault (tens of thousands of matches) would blow the 20 ms budget. We therefore rank only the
newest ``RANK_WINDOW`` matches (index rowids grow with creation, and an autosave keeps its
rowid): below that many matches the result is exactly the global ranking; above it, the best
matches among the most recent notes, which is what a coach looking something up wants.

Marks (``coach_app.marks``) are found by kind with :func:`search_marks`, or by typing
``mark:insight`` (``quote``, ``action``, ``experiment``) in the query. The signs are not words
to FTS5, so the index only narrows the sessions down when words are given; the marked lines
are then read from those sessions. The ranked search above is untouched by it.
"""

from __future__ import annotations

import json
import re
import unicodedata

from sqlalchemy import select, text

from coach_app import marks
from coach_app.models import Coachee, CoachingSession
from coach_app.services.marks import marks_in
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
    """Ranked hits with snippets; terms in the snippet are wrapped in ``highlight``.

    A ``mark:<kind>`` in the query lists marks of that kind instead (:func:`search_marks`).
    """
    mark_kind, rest = split_mark_filter(query)
    if mark_kind is not None:
        return search_marks(vault, mark_kind, rest, limit=limit, highlight=highlight)
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


# ---- marks ----------------------------------------------------------------------------------

_MARK_FILTER = re.compile(r"(?<!\w)mark:(\w+)", re.IGNORECASE)
#: How many of the newest candidate sessions a mark search reads at most.
MARK_SESSIONS = 400


def split_mark_filter(query: str) -> tuple[str | None, str]:
    """The kind ``mark:<kind>`` in ``query`` asks for, and the rest of the query.

    The kind is None when the query has no ``mark:`` or names no known kind.
    """
    found = _MARK_FILTER.search(query)
    if found is None:
        return None, query
    key = found.group(1).lower()
    if key not in {k.key for k in marks.KINDS}:
        return None, query
    return key, (query[: found.start()] + query[found.end() :]).strip()


def _fold(value: str) -> str:
    decomposed = unicodedata.normalize("NFKD", value.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _candidate_sessions(vault: Vault, sign: str, words: list[str]) -> list[str]:
    """Session ids that may hold the marks, newest first (the index narrows by words)."""
    with vault.engine.connect() as conn:
        if words:
            match = match_expression(" ".join(words))
            rows = conn.execute(
                text(
                    "SELECT d.owner_id FROM search_fts JOIN search_docs d "
                    "ON d.rowid = search_fts.rowid "
                    "WHERE search_fts MATCH :match AND d.kind = 'session' "
                    "ORDER BY d.at DESC LIMIT :cap"
                ),
                {"match": match, "cap": MARK_SESSIONS},
            ).all()
            return [row[0] for row in rows]
        # No words: the sessions whose text holds the sign (JSON keeps it escaped).
        escaped = json.dumps(sign)[1:-1]
        rows = conn.execute(
            text(
                "SELECT id FROM sessions WHERE instr(notes, :sign) > 0 "
                "OR instr(sections, :sign) > 0 OR instr(sections, :escaped) > 0 "
                "ORDER BY started_at DESC LIMIT :cap"
            ),
            {"sign": sign, "escaped": escaped, "cap": MARK_SESSIONS},
        ).all()
        return [row[0] for row in rows]


def _highlighted(value: str, words: list[str], highlight: tuple[str, str]) -> str:
    folded = _fold(value)
    if len(folded) != len(value):  # folding changed the length: no safe positions
        return value
    spans = sorted(
        (m.start(), m.end()) for w in words for m in re.finditer(re.escape(_fold(w)), folded)
    )
    out, at = [], 0
    for start, end in spans:
        if start < at:
            continue
        out += [value[at:start], highlight[0], value[start:end], highlight[1]]
        at = end
    out.append(value[at:])
    return "".join(out)


def search_marks(
    vault: Vault,
    kind: str,
    query: str = "",
    *,
    limit: int = 50,
    highlight: tuple[str, str] = ("[", "]"),
) -> list[SearchHit]:
    """Marks of ``kind`` (a ``coach_app.marks`` key), newest session first, as session hits.

    With words in ``query`` only marks holding every word (accents and case folded, the last
    word a prefix) are listed. The private reflection is never searched for marks.
    """
    mark_kind = marks.kind(kind)
    words = _WORD.findall(query)[:MAX_TERMS]
    limit = max(1, min(int(limit), 1000))
    ids = _candidate_sessions(vault, mark_kind.sign, words)
    if not ids:
        return []
    folded_words = [_fold(w) for w in words]
    hits: list[SearchHit] = []
    with vault.session() as s:
        rows = s.execute(
            select(CoachingSession, Coachee.name)
            .join(Coachee, Coachee.id == CoachingSession.coachee_id)
            .where(CoachingSession.id.in_(ids))
            .order_by(CoachingSession.started_at.desc(), CoachingSession.id.desc())
        ).all()
        for row, name in rows:
            for found in marks_in(row.id, row.started_at, row.sections, row.notes):
                if found.kind != kind:
                    continue
                folded = _fold(found.text)
                if not all(w in folded for w in folded_words):
                    continue
                hits.append(
                    SearchHit(
                        kind="session",
                        owner_id=row.id,
                        coachee_id=row.coachee_id,
                        coachee=name,
                        date=row.started_at.date().isoformat(),
                        title=f"{mark_kind.sign} {mark_kind.label}",
                        snippet=_highlighted(found.text, words, highlight),
                        rank=float(len(hits)),
                    )
                )
                if len(hits) >= limit:
                    return hits
    return hits
