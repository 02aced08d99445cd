"""The search's SQL and the logic around it, in one place for both ways of reaching the vault.

``services.search`` runs it through SQLAlchemy (``text()``) for the app; ``coach-app search``
runs it on a plain SQLCipher connection (``vault.raw``) so that the command never loads
SQLAlchemy, the models or Alembic. Both pass a *fetch* function (SQL text and named parameters
in, rows out) and a *hit factory* (called with ``SearchHit``'s fields as keywords), so the SQL,
the ranking window, the mark filter and the highlighting exist once. This module is neutral:
it imports no SQLAlchemy, no models and no vault (tests/core/test_layers.py checks it).

What the coach types is never passed to FTS5 as syntax: it is cut into words, each word quoted,
the last one a prefix ("conf" finds "confidence" while typing) once it has ``PREFIX_MIN``
letters; a shorter last word is a whole word ("HR", "1", "de"). Ranking is FTS5's bm25.

Why a prefix needs three letters: FTS5 answers a prefix by merging the lists of every word that
starts so, which for one or two letters is most of the vault's words (a search for "w" took
216 ms at 100,000 notes); from three letters on it takes tens of milliseconds. There is no prefix
index (revision 0006): one pays only for a prefix of exactly its length, and the three-letter
index took 52 MB of the 100k vault and eight seconds of every import and rebuild to make "con"
take 20 ms instead of 60 (in the dialog's background search); "conf" takes the same either way.

Ranking costs about a microsecond per matching document, so a common word in a 100,000-note
vault (tens of thousands of matches) would blow the 20 ms budget. We therefore rank only the
newest ``RANK_WINDOW`` matches (index rowids grow with creation, and an autosave keeps its
rowid): below that many matches the result is exactly the global ranking; above it, the best
matches among the most recent notes, which is what a coach looking something up wants.

Marks (``coach_app.marks``) are found by kind with :func:`search_marks`, or by typing
``mark:insight`` (``quote``, ``action``, ``experiment``) in the query. The signs are not words
to FTS5, so the index only narrows the sessions down when words are given; the marked lines
are then read from those sessions' sections and notes (never the private reflection).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any, TypeVar

from coach_app.timestamps import day_sql

if TYPE_CHECKING:
    from coach_app import marks

# ``coach_app.marks`` (and the dataclasses module it brings along) and ``unicodedata`` are
# imported by the functions that need them, when a query asks for marks: an ordinary word
# search, the one ``coach-app search`` runs on every start, does without them (issue 13).

T = TypeVar("T")

#: Runs one statement (named ``:parameters``) and returns all its rows.
Fetch = Callable[[str, Mapping[str, Any]], Sequence[Sequence[Any]]]

MAX_TERMS = 12
#: The fewest letters of a last word searched as a prefix.
PREFIX_MIN = 3
RANK_WINDOW = 2000
#: How many of the newest candidate sessions a mark search reads at most.
MARK_SESSIONS = 400
DEFAULT_LIMIT = 50
DEFAULT_HIGHLIGHT = ("[", "]")
_WORD = re.compile(r"\w+", re.UNICODE)
_MARK_FILTER = re.compile(r"(?<!\w)mark:(\w+)", re.IGNORECASE)

QUERY = """
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

# The rowid of the RANK_WINDOW-th newest match (no row when there are fewer matches).
FLOOR = (
    "SELECT rowid FROM search_fts WHERE search_fts MATCH :match "
    "ORDER BY rowid DESC LIMIT 1 OFFSET :offset"
)

# Sessions whose indexed text holds the words, newest first.
SESSIONS_WITH_WORDS = (
    "SELECT d.owner_id FROM search_fts JOIN search_docs d "
    "ON d.rowid = search_fts.rowid "
    "WHERE search_fts MATCH :match AND d.kind = 'session' "
    "ORDER BY d.at DESC LIMIT :cap"
)

# No words: the sessions whose text holds the sign (older JSON keeps it escaped in
# ``sections``). Both columns may be stored packed (coach_app.packing): read through
# ``unpacked``, which every connection to a vault has.
SESSIONS_WITH_SIGN = (
    "SELECT id FROM sessions WHERE instr(unpacked(notes), :sign) > 0 "
    "OR instr(unpacked(sections), :sign) > 0 OR instr(unpacked(sections), :escaped) > 0 "
    "ORDER BY started_at DESC LIMIT :cap"
)

# The candidate sessions' texts and coachee names; the ids come as one JSON array, so the
# statement is the same text whatever their number.
MARKED_SESSIONS = (
    f"SELECT s.id, s.coachee_id, {day_sql('s.started_at')}, unpacked(s.sections), "  # noqa: S608 - fixed SQL
    "unpacked(s.notes), c.name "
    "FROM sessions s JOIN coachees c ON c.id = s.coachee_id "
    "WHERE s.id IN (SELECT value FROM json_each(:ids)) "
    "ORDER BY s.started_at DESC, s.id DESC"
)


def match_expression(query: str, *, prefix_last: bool = True) -> str | None:
    """The FTS5 MATCH text for what the coach typed, or None if there is nothing to search.

    With ``prefix_last`` the last word is a prefix if it has at least ``PREFIX_MIN`` letters.
    """
    words = _words(query)
    if not words:
        return None
    parts = [f'"{w}"' for w in words]
    if prefix_last and _is_prefix(words[-1]):
        parts[-1] += "*"
    return " ".join(parts)


def ends_in_a_short_word(query: str) -> bool:
    """Whether the query's last word is shorter than a prefix (so searched as a whole word)."""
    words = _words(query)
    return bool(words) and not _is_prefix(words[-1])


def _words(query: str) -> list[str]:
    """The words of what the coach typed that are searched (at most ``MAX_TERMS``)."""
    return _WORD.findall(query)[:MAX_TERMS]


def _is_prefix(last_word: str) -> bool:
    """Whether a last word is searched as the start of words (it has ``PREFIX_MIN`` letters)."""
    return len(last_word) >= PREFIX_MIN


def split_mark_filter(query: str) -> tuple[str | None, str]:
    """The kind ``mark:<kind>`` in ``query`` asks for, and the rest of the query.

    The kind is None when the query has no ``mark:`` or names no known kind.
    """
    found = _MARK_FILTER.search(query)
    if found is None:
        return None, query
    from coach_app import marks  # noqa: PLC0415 - only for a query that names a mark

    key = found.group(1).lower()
    if key not in {k.key for k in marks.KINDS}:
        return None, query
    return key, (query[: found.start()] + query[found.end() :]).strip()


def _clamp(limit: int) -> int:
    return max(1, min(int(limit), 1000))


def search(
    fetch: Fetch,
    query: str,
    make_hit: Callable[..., T],
    *,
    limit: int = DEFAULT_LIMIT,
    highlight: tuple[str, str] = DEFAULT_HIGHLIGHT,
    rank_window: int = RANK_WINDOW,
) -> list[T]:
    """Ranked hits with snippets; terms in the snippet are wrapped in ``highlight``.

    A ``mark:<kind>`` in the query lists marks of that kind instead (:func:`search_marks`).
    """
    mark_kind, rest = split_mark_filter(query)
    if mark_kind is not None:
        return search_marks(fetch, mark_kind, rest, make_hit, limit=limit, highlight=highlight)
    match = match_expression(query)
    if match is None:
        return []
    floor_rows = fetch(FLOOR, {"match": match, "offset": rank_window - 1})
    floor = (floor_rows[0][0] if floor_rows else None) or 0
    params = {
        "match": match,
        "floor": floor,
        "limit": _clamp(limit),
        "open": highlight[0],
        "close": highlight[1],
    }
    return [
        make_hit(
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
        for kind, owner_id, coachee_id, name, at, title, snip, rank, group_id, group in fetch(
            QUERY, params
        )
    ]


# ---- marks ----------------------------------------------------------------------------------


def _fold(value: str) -> str:
    import unicodedata  # noqa: PLC0415 - mark searches only

    decomposed = unicodedata.normalize("NFKD", value.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _candidate_sessions(fetch: Fetch, sign: str, words: list[str]) -> list[str]:
    """Session ids that may hold the marks, newest first (the index narrows by words)."""
    if words:
        match = match_expression(" ".join(words))
        rows = fetch(SESSIONS_WITH_WORDS, {"match": match, "cap": MARK_SESSIONS})
    else:
        escaped = json.dumps(sign)[1:-1]
        rows = fetch(SESSIONS_WITH_SIGN, {"sign": sign, "escaped": escaped, "cap": MARK_SESSIONS})
    return [str(row[0]) for row in rows]


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


def _marked_lines(sections: str | None, notes: str | None) -> Iterator[marks.Mark]:
    """The marks of a session's stored sections (JSON text) and notes, in text order.

    The parts are ``marks.session_parts``'s, without the private reflection (it is never
    searched for marks).
    """
    from coach_app import marks  # noqa: PLC0415 - see the imports at the top

    decoded = json.loads(sections) if sections else None
    for _key, text in marks.session_parts(decoded, notes):
        yield from marks.find(text)


def search_marks(
    fetch: Fetch,
    kind: str,
    query: str,
    make_hit: Callable[..., T],
    *,
    limit: int = DEFAULT_LIMIT,
    highlight: tuple[str, str] = DEFAULT_HIGHLIGHT,
) -> list[T]:
    """Marks of ``kind`` (a ``coach_app.marks`` key), newest session first, as session hits.

    With words in ``query`` only marks holding every word (accents and case folded, the last
    word a prefix) are listed. The private reflection is never searched for marks.
    """
    from coach_app import marks  # noqa: PLC0415 - see the imports at the top

    mark_kind = marks.kind(kind)
    words = _words(query)
    limit = _clamp(limit)
    ids = _candidate_sessions(fetch, mark_kind.sign, words)
    if not ids:
        return []
    folded_words = [_fold(w) for w in words]
    hits: list[T] = []
    for session_id, coachee_id, day, sections, notes, name in fetch(
        MARKED_SESSIONS, {"ids": json.dumps(ids)}
    ):
        for found in _marked_lines(sections, notes):
            if found.kind.key != kind:
                continue
            folded = _fold(found.text)
            if not all(w in folded for w in folded_words):
                continue
            hits.append(
                make_hit(
                    kind="session",
                    owner_id=session_id,
                    coachee_id=coachee_id,
                    coachee=name,
                    date=day,
                    title=f"{mark_kind.sign} {mark_kind.label}",
                    snippet=_highlighted(found.text, words, highlight),
                    rank=float(len(hits)),
                )
            )
            if len(hits) >= limit:
                return hits
    return hits
