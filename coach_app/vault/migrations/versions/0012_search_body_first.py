"""The search index lists a document's body first and its title second.

For every word of every document FTS5 stores where in the document the word stands (``detail =
full``, which the search's snippets and ranking read). Positions in a table's first column are
written as they are; those in any other column come after two bytes that name the column (0x01
and its number). The index listed ``(title, body)``, so each entry of a word in a body, nearly
every entry of the index, carried those two bytes; a title is one to a few words. Listing the
body first moves the two bytes onto the title's entries.

Measured on the 10,000-note bench vault's documents, each index merged into one segment: 6.09 MB
of blocks listed ``(title, body)``, 3.95 MB listed ``(body, title)``. The hits are the same and
rank the same (bm25 weighs both columns alike, and the search names columns, never numbers).

An FTS5 table's columns cannot be reordered in place: the table is made anew with 0010's block
size (its settings go with the old table) and filled from the content view, which the index
reads by column name, so the view stays as it is. The old index's pages are zeroed
(``secure_delete``) and the file is written anew after the upgrade (``REWRITES_ROWS``).

Revision ID: 0012
Revises: 0011
"""

from __future__ import annotations

import importlib

from coach_app.vault.migrations.search_refill import index_anew

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None

#: The index is written anew and the old one's pages are freed: the file is written anew.
REWRITES_ROWS = True
#: Revision 0010, whose block size the new table is given before it is filled.
_BLOCKS = importlib.import_module(
    "coach_app.vault.migrations.versions.0010_search_blocks_fit_a_page"
)
_DDL = (
    "CREATE VIRTUAL TABLE search_fts USING fts5({columns}, "
    "content = 'search_content', content_rowid = 'doc_id', "
    "tokenize = 'unicode61 remove_diacritics 2')"
)
#: The columns from this revision on, and before it.
COLUMNS = "body, title"
_COLUMNS_BEFORE = "title, body"


def upgrade() -> None:
    """The index made anew with the body as its first column."""
    index_anew(_DDL.format(columns=COLUMNS), block_bytes=_BLOCKS.BLOCK_BYTES)


def downgrade() -> None:
    """The index made anew with the title first, as revisions 0003 to 0011 made it."""
    index_anew(_DDL.format(columns=_COLUMNS_BEFORE), block_bytes=_BLOCKS.BLOCK_BYTES)
