"""How a revision fills the search index anew (revisions 0003, 0005, 0006, 0010 and 0012).

Revisions write their schema out rather than import it from the app, so that each builds the
same schema whatever later versions change. Filling the index is not schema: it indexes what
the content view of the revision that runs computes. So it is here once. Should the way of
filling change, that is a new function here, not an edit of these, so that every revision
keeps doing what it did when it was released.
"""

from __future__ import annotations

from alembic import op
from sqlalchemy.engine import Connection

#: Documents per slice: a slice is sorted in memory, as one 'rebuild' sorts the whole vault.
SLICE = 5000


def fill_in_slices(conn: Connection) -> None:
    """Index every document of ``search_content``, in slices of rowids, each in rowid order.

    Not by FTS5's 'rebuild', which sorts every document of the vault in memory at once.
    """
    top = conn.exec_driver_sql("SELECT coalesce(max(rowid), 0) FROM search_docs").scalar_one()
    for low in range(1, int(top) + 1, SLICE):
        conn.exec_driver_sql(
            "INSERT INTO search_fts (rowid, title, body) SELECT doc_id, title, body "
            "FROM search_content WHERE doc_id BETWEEN ? AND ? ORDER BY doc_id",
            (low, low + SLICE - 1),
        )


def index_anew(fts_ddl: str, *, block_bytes: int | None = None) -> None:
    """Drop ``search_fts``, create it with ``fts_ddl`` and fill it.

    ``block_bytes``: FTS5's block size (``pgsz``) for the new table, given before it is
    filled (a setting goes with the table it was given to); ``None`` leaves FTS5's default.
    The old index's pages are zeroed (``secure_delete``) and given back after the upgrade
    (``Vault._give_back_freed_pages``).
    """
    op.execute("DROP TABLE search_fts")
    op.execute(fts_ddl)
    if block_bytes is not None:
        op.get_bind().exec_driver_sql(
            "INSERT INTO search_fts (search_fts, rank) VALUES ('pgsz', ?)", (block_bytes,)
        )
    fill_in_slices(op.get_bind())
