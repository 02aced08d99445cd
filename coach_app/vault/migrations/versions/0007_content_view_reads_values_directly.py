"""The search's content view reads the values of a JSON map or list directly, not by recursion.

``search_content`` (revision 0003) gives a document's JSON values (a session's sections, a
goal's five levels, tags) one per line, in document order, with empty ones left out. It
walked each map or list with a recursive query, one step per item: at 100,000 sessions,
reading the whole view took 5.3 s of the 9.4–10 s a rebuild of the search index takes (an
import builds it too), while the values themselves are few: a template has at most five
sections, a goal five levels. Here each value is read by its place (``$[1]``, ``$[3]``, ...)
in one expression, for a map or list of up to :data:`DIRECT` values; a longer one (a vault
edited outside the app) is walked by 0003's own expression. The whole view then reads in
2.9 s, and a rebuild takes 5.6–6.0 s.

The documents are exactly the same, value for value: FTS5 forgets an entry by being given
the text it indexed, so the index is not touched and stays valid (tested against the old view
on every document of the fixture vaults and on values of every JSON type).

FTS5 prepares its content statements so that they can use no table-valued function, which
rules out ``json_each``; hence the places. The view is 0003's text with each walk replaced:
the released revision never changes, so neither does what this one builds.

Revision ID: 0007
Revises: 0006
"""

from __future__ import annotations

import importlib

from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

#: Values of one map or list read by place; a longer one is walked item by item (as 0003 did).
DIRECT = 8

_NL = "char(10)"
#: Revision 0003, whose view this one keeps but for how it reads JSON values.
_RELEASED = importlib.import_module("coach_app.vault.migrations.versions.0003_search_text_once")


def _json_values(column: str, *, is_map: bool) -> str:
    """The non-empty values of a JSON list or map, one per line, in document order (or NULL).

    A map is read as a list, as revision 0003 reads it (its ``_items``).
    """
    items, first, step = _RELEASED._items(column, is_map=is_map)
    places = range(first, first + step * DIRECT, step)
    direct = ", ".join(f"nullif(json_extract(a.x, '$[{n}]'), '')" for n in places)
    # More values than DIRECT: revision 0003's own walk, so a long map reads exactly as before.
    walked = _RELEASED._json_values(column, is_map=is_map)
    # nullif: concat_ws of nothing is '', where the walk (group_concat of no row) gives NULL,
    # which the body's own concat_ws leaves out. Fixed column names of this module, never input.
    return (
        f"(SELECT CASE WHEN json_array_length(a.x) <= {step * DIRECT} "  # noqa: S608
        f"THEN nullif(concat_ws({_NL}, {direct}), '') ELSE {walked} END "
        f"FROM (SELECT {items} AS x) AS a)"
    )


#: The JSON columns of the view, and whether each holds a map (else a list).
_JSON_COLUMNS = (("c.tags", False), ("s.sections", True), ("s.tags", False), ("g.gas_levels", True))


def _content_view_ddl() -> str:
    """0003's view, each of its walks over a JSON column replaced by the direct read.

    Built from the released revision's own text (which never changes), so that the two views
    differ in nothing else; each walk must be found exactly once.
    """
    ddl: str = _RELEASED.CONTENT_VIEW_DDL
    for column, is_map in _JSON_COLUMNS:
        walk = _RELEASED._json_values(column, is_map=is_map)
        if ddl.count(walk) != 1:
            raise RuntimeError(f"revision 0003's view does not read {column} once")
        ddl = ddl.replace(walk, _json_values(column, is_map=is_map))
    return ddl


CONTENT_VIEW_DDL = _content_view_ddl()


def upgrade() -> None:
    """The same documents, computed faster: the index is left as it is."""
    op.execute("DROP VIEW search_content")
    op.execute(CONTENT_VIEW_DDL)


def downgrade() -> None:
    """Back to the view as revision 0003 wrote it."""
    op.execute("DROP VIEW search_content")
    op.execute(_RELEASED.CONTENT_VIEW_DDL)
