"""The search index keeps no prefix index (it kept one of three-letter prefixes).

A prefix index pays only for a prefix of exactly its length: FTS5 answers any other prefix by
merging the lists of every word that starts so. Measured on the 100,000-note bench vault, the
three-letter index was 52 MB of the 384 MB file (14%) and 8 of the 23 seconds a rebuild of the
index takes (an import pays that too). Without it, searches ending in four letters or more
("deleg", "weekly rev") keep their times and hits, and a three-letter last word ("con") takes
about 60 ms instead of 20 ms, in the search dialog's background search; the hits are the same.

The table is created anew and filled as 0003 fills it (``search_refill``). Its definition is
written out here, not imported, so that this revision builds the same schema whatever later
versions change.

Revision ID: 0006
Revises: 0005
"""

from __future__ import annotations

from coach_app.vault.migrations.search_refill import index_anew

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

_DDL = (
    "CREATE VIRTUAL TABLE search_fts USING fts5(title, body, "
    "content = 'search_content', content_rowid = 'doc_id', "
    "tokenize = 'unicode61 remove_diacritics 2'{prefix})"
)


def upgrade() -> None:
    """The index without a prefix index."""
    index_anew(_DDL.format(prefix=""))


def downgrade() -> None:
    """Back to the three-letter prefix index."""
    index_anew(_DDL.format(prefix=", prefix = '3'"))
