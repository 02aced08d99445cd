"""The search index keeps no prefix index (it kept one of three-letter prefixes).

A prefix index pays only for a prefix of exactly its length: FTS5 answers any other prefix by
merging the lists of every word that starts so. Measured on the 100,000-note bench vault, the
three-letter index was 52 MB of the 384 MB file (14%) and 8 of the 23 seconds a rebuild of the
index takes (an import pays that too). Without it, searches ending in four letters or more
("deleg", "weekly rev") keep their times and hits, and a three-letter last word ("con") takes
about 60 ms instead of 20 ms, in the search dialog's background search; the hits are the same.

The table is created anew and filled as 0003 fills it, in slices of rowids in order (not by
'rebuild', which sorts every document of the vault in memory at once). It is written out here,
not imported, so that this revision builds the same schema whatever later versions change.
The pages the old index held are zeroed (``secure_delete``) and given back after the upgrade
(``Vault._give_back_freed_pages``).

Revision ID: 0006
Revises: 0005
"""

from __future__ import annotations

from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

_DDL = (
    "CREATE VIRTUAL TABLE search_fts USING fts5(title, body, "
    "content = 'search_content', content_rowid = 'doc_id', "
    "tokenize = 'unicode61 remove_diacritics 2'{prefix})"
)
_SLICE = 5000


def _index_anew(prefix: str) -> None:
    op.execute("DROP TABLE search_fts")
    op.execute(_DDL.format(prefix=prefix))
    conn = op.get_bind()
    top = conn.exec_driver_sql("SELECT coalesce(max(rowid), 0) FROM search_docs").scalar_one()
    for low in range(1, int(top) + 1, _SLICE):
        conn.exec_driver_sql(
            "INSERT INTO search_fts (rowid, title, body) SELECT doc_id, title, body "
            "FROM search_content WHERE doc_id BETWEEN ? AND ? ORDER BY doc_id",
            (low, low + _SLICE - 1),
        )


def upgrade() -> None:
    """The index without a prefix index."""
    _index_anew("")


def downgrade() -> None:
    """Back to the three-letter prefix index."""
    _index_anew(", prefix = '3'")
