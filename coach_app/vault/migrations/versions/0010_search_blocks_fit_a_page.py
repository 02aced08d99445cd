"""The search index's blocks each fit a page, and ``search_docs`` keeps no coachee index.

FTS5 stores its index as blocks of about ``pgsz`` bytes, one row of ``search_fts_data`` each;
the default is 4,050 bytes, sized for plain SQLite's 4,096-byte pages. SQLCipher keeps 80 bytes
of every page for itself (a 16-byte IV and a 64-byte HMAC-SHA512), which leaves 4,016 for rows,
and SQLite keeps a row whole on a table page only up to that less 35 bytes: 3,981. A row of
4,050 bytes keeps 479 of them on its page and the rest on an overflow page of its own, so every
block took a page and an eighth. On the 100,000-note bench vault the index was 66.8 MB, 14,436
of its pages overflow pages, 6.5 MB of it unused.

``BLOCK_BYTES`` (3,960) fits: a row is the block and 4 bytes of record header (3,964 of the
3,981), and FTS5 writes a block up to ``pgsz`` and then at most a varint or two more before it
closes it (the 100k vault's largest block was 3,963 bytes). A word too long for any page may
still make one block longer; that block only overflows, as every block did before.

The index is written anew with the new size, so blocks written before this revision shrink too;
the old blocks' pages are zeroed (``secure_delete``) and the upgrade writes the file anew after
this revision (``REWRITES_ROWS``, ``Vault._migrate``).

``ix_search_docs_coachee_id`` (3.7 MB at 100,000 notes) served one statement: an erasure's, and
the purge of erased coachees from backups, which finds a coachee's entries. Both rewrite the
whole index after that ('optimize', seconds at that size), and without the index a scan of
``search_docs`` finds the entries in tens of milliseconds. The search joins ``search_docs`` by
rowid and the coachees by their own key; it never used this index.

Revision ID: 0010
Revises: 0009
"""

from __future__ import annotations

from alembic import op

from coach_app.vault.migrations.search_refill import fill_in_slices

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

#: The search index's block size (FTS5's ``pgsz``) from this revision on (see above).
BLOCK_BYTES = 3960
#: Every block is written anew, and the old ones' pages are freed: the file is written anew.
REWRITES_ROWS = True
_INDEX = "ix_search_docs_coachee_id"


def upgrade() -> None:
    """Blocks of ``BLOCK_BYTES``, every one written anew; no coachee index on ``search_docs``."""
    op.drop_index(_INDEX, table_name="search_docs")
    op.get_bind().exec_driver_sql(
        "INSERT INTO search_fts (search_fts, rank) VALUES ('pgsz', ?)", (BLOCK_BYTES,)
    )
    # 'delete-all' empties an external-content index without reading the old text; the slices
    # then index every document again, in blocks of the new size.
    op.execute("INSERT INTO search_fts (search_fts) VALUES ('delete-all')")
    fill_in_slices(op.get_bind())


def downgrade() -> None:
    """FTS5's default block size for what is written from then on, and the coachee index."""
    # Given through FTS5 first, so that it reloads its settings, then no longer stored.
    op.execute("INSERT INTO search_fts (search_fts, rank) VALUES ('pgsz', 4050)")
    op.execute("DELETE FROM search_fts_config WHERE k = 'pgsz'")
    op.create_index(_INDEX, "search_docs", ["coachee_id"])
