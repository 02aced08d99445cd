"""The search index keeps three-letter prefixes only (it kept two- and three-letter ones).

FTS5 answers a prefix query from a prefix index only when the index has exactly the prefix's
length. The search makes the last word a prefix from three letters on (``search_sql``), so the
two-letter index answered nothing any more. Measured on the 100,000-note bench vault, it was
48 MB of the 438 MB file (11%) and 7 of the 30 seconds a rebuild of the index takes, and an
import pays that too; searches ending in three letters or more keep their speed and their hits.

The table is created anew and filled as 0003 fills it (``search_refill``). Its definition is
written out here, not imported, so that this revision builds the same schema whatever later
versions change.

Revision ID: 0005
Revises: 0004
"""

from __future__ import annotations

from coach_app.vault.migrations.search_refill import index_anew

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

_DDL = (
    "CREATE VIRTUAL TABLE search_fts USING fts5(title, body, "
    "content = 'search_content', content_rowid = 'doc_id', "
    "tokenize = 'unicode61 remove_diacritics 2', prefix = '{prefix}')"
)


def upgrade() -> None:
    """The index with three-letter prefixes only."""
    index_anew(_DDL.format(prefix="3"))


def downgrade() -> None:
    """Back to two- and three-letter prefixes."""
    index_anew(_DDL.format(prefix="2 3"))
