"""The search index keeps three-letter prefixes only (it kept two- and three-letter ones).

FTS5 answers a prefix query from a prefix index only when the index has exactly the prefix's
length. The search makes the last word a prefix from three letters on (``search_sql``), so the
two-letter index answered nothing any more. Measured on the 100,000-note bench vault, it was
48 MB of the 438 MB file (11%) and 7 of the 30 seconds a rebuild of the index takes, and an
import pays that too; searches ending in three letters or more keep their speed and their hits.

The table is created anew and filled as 0003 fills it, in slices of rowids in order (not by
'rebuild', which sorts every document of the vault in memory at once). It is written out here,
not imported, so that this revision builds the same schema whatever later versions change.
The pages the old index held are zeroed (``secure_delete``) and given back after the upgrade
(``Vault._give_back_freed_pages``).

Revision ID: 0005
Revises: 0004
"""

from __future__ import annotations

from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

_DDL = (
    "CREATE VIRTUAL TABLE search_fts USING fts5(title, body, "
    "content = 'search_content', content_rowid = 'doc_id', "
    "tokenize = 'unicode61 remove_diacritics 2', prefix = '{prefix}')"
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
    """The index with three-letter prefixes only."""
    _index_anew("3")


def downgrade() -> None:
    """Back to two- and three-letter prefixes."""
    _index_anew("2 3")
