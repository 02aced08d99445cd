"""The search index keeps no copy of the text: an external-content FTS5 table over a view.

Until 0002, ``search_fts`` stored every title and body a second time (its ``_content`` shadow
table) beside the rows they came from. From 0003 its content is the view ``search_content``,
which computes each document's title and body from the tables, joined through ``search_docs``:
that view is the one definition of a search document. ``coach_app.models.search_index`` keeps
the index in step in the same transaction, removing an entry (FTS5's 'delete', which needs the
old text) before its row changes or goes.

The view and the table are written out here, not imported, so that this revision builds the
same schema whatever later versions of the app change (a later change is a new revision).

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

from alembic import op

from coach_app.vault.migrations.search_refill import fill_in_slices

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

# One arm per kind of object, each joined to its row by search_docs' rowid and the table's
# primary key (FTS5 reads the view ``WHERE doc_id = ?``; SQLite pushes that into every arm).
# A body is its non-empty parts, one per line, in the order below; JSON lists and maps give
# their non-empty values in document order. A round's title is its group's name.
_NL = "char(10)"


def _parts(*columns: str) -> str:
    return ", ".join(f"nullif({c}, '')" for c in columns)


def _items(column: str, *, is_map: bool) -> tuple[str, int, int]:
    """A JSON list or map read as a list: its SQL, the place of its first value, the step.

    A map's values are read as a list: in SQLite's binary JSON (JSONB, a stable format) a map
    is its keys and values one after the other, and its first byte's low half says "map" (C)
    where a list has B. With that half changed, the values are the odd items.
    """
    if not is_map:
        return column, 0, 1
    hexed = f"hex(jsonb({column}))"
    return f"unhex(substr({hexed}, 1, 1) || 'B' || substr({hexed}, 3))", 1, 2


def _json_values(column: str, *, is_map: bool) -> str:
    """The non-empty values of a JSON list or map, one per line, in document order.

    FTS5 reads its content with statements that may use no virtual table, so json_each is
    out; a map is read as a list (``_items``).
    """
    items, first, step = _items(column, is_map=is_map)
    # The items are computed once per document (a materialized CTE), not once per item. Fixed
    # column names of this module, never input.
    return (
        f"(WITH RECURSIVE a(x) AS MATERIALIZED (SELECT {items}), "  # noqa: S608
        f"i(n, v) AS (SELECT {first}, json_extract(a.x, '$[{first}]') FROM a UNION ALL "
        f"SELECT n + {step}, json_extract(a.x, '$[' || (n + {step}) || ']') FROM i, a "
        f"WHERE n + {step} < json_array_length(a.x)) "
        f"SELECT group_concat(v, {_NL} ORDER BY n) FROM i WHERE v <> '')"
    )


def _arm(kind: str, title: str, body: str, joins: str) -> str:
    return (
        f"SELECT d.rowid, {title}, concat_ws({_NL}, {body}) FROM search_docs AS d {joins} "  # noqa: S608
        f"WHERE d.kind = '{kind}'"
    )


CONTENT_VIEW_DDL = "CREATE VIEW search_content (doc_id, title, body) AS " + " UNION ALL ".join(
    [
        _arm(
            "coachee",
            "c.name",
            _parts("c.role", "c.organisation", "c.team", "c.email", "c.programme", "c.focus")
            + ", "
            + _json_values("c.tags", is_map=False),
            "JOIN coachees AS c ON c.id = d.owner_id",
        ),
        _arm(
            "session",
            "upper(s.template)",
            _json_values("s.sections", is_map=True)
            + ", "
            + _parts("s.notes", "s.private_reflection")
            + ", "
            + _json_values("s.tags", is_map=False),
            "JOIN sessions AS s ON s.id = d.owner_id",
        ),
        _arm(
            "experiment",
            "e.title",
            _parts("e.prediction", "e.action", "e.success_signal", "e.outcome", "e.learning"),
            "JOIN experiments AS e ON e.id = d.owner_id",
        ),
        _arm(
            "goal",
            "g.title",
            _parts("g.description") + ", " + _json_values("g.gas_levels", is_map=True),
            "JOIN goals AS g ON g.id = d.owner_id",
        ),
        _arm(
            "group",
            "g.name",
            _parts("g.purpose", "g.organisation"),
            "JOIN groups AS g ON g.id = d.owner_id",
        ),
        _arm(
            "group_round",
            "g.name",
            _parts(
                "r.situation",
                "r.key_question",
                "r.questions",
                "r.ideas",
                "r.insight",
                "r.action",
                "r.what_helped",
            ),
            "JOIN group_rounds AS r ON r.id = d.owner_id "
            "JOIN group_sessions AS gs ON gs.id = r.group_session_id "
            "JOIN groups AS g ON g.id = gs.group_id",
        ),
        _arm("insight", "''", _parts("i.text"), "JOIN insights AS i ON i.id = d.owner_id"),
    ]
)

# unicode61 with remove_diacritics 2 folds "sécurité" to "securite" for every script it knows.
# The prefix indexes pay (measured on the 10,000-session bench vault): without them a two- or
# three-letter prefix, which every search typed so far ends in, took about twice as long
# ("co" 22.7 ms against 7.8 ms, "con" 15.9 ms against 7.7 ms), and more as a vault grows, for
# 6.4 MB of index.
FTS_DDL = (
    "CREATE VIRTUAL TABLE search_fts USING fts5(title, body, "
    "content = 'search_content', content_rowid = 'doc_id', "
    "tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3')"
)

# Revision 0001's table, for a downgrade (development databases only).
_OLD_FTS_DDL = (
    "CREATE VIRTUAL TABLE search_fts USING fts5("
    "title, body, tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3')"
)


def upgrade() -> None:
    # Dropping the old table drops its shadow tables; secure_delete (on for every connection
    # of the vault) zeroes the pages that held the copied text.
    op.execute("DROP TABLE IF EXISTS search_fts")
    op.execute(CONTENT_VIEW_DDL)
    # An entry whose object is gone (it cannot be, but an index is no place to keep one) would
    # have nothing to be indexed from.
    op.execute("DELETE FROM search_docs WHERE rowid NOT IN (SELECT doc_id FROM search_content)")
    op.execute(FTS_DDL)
    fill_in_slices(op.get_bind())


def downgrade() -> None:
    op.execute("DROP TABLE search_fts")
    op.execute(_OLD_FTS_DDL)
    op.execute("INSERT INTO search_fts (rowid, title, body) SELECT * FROM search_content")
    op.execute("DROP VIEW search_content")
