"""A session's sections, notes and private reflection may be stored packed.

From this revision the app stores each of those values compressed when that makes it smaller
(``coach_app.packing``: a BLOB of one format byte and the raw DEFLATE stream); rows written
before stay TEXT and read as they are, so no row is rewritten. The search's content view
reads the three columns through the SQL function ``unpacked``, which gives a TEXT value back
as it is and a packed one as its text: every document reads exactly as under revision 0007,
so the index is left as it is (tested on the fixture vaults, document by document).

Revision ID: 0008
Revises: 0007
"""

from __future__ import annotations

import importlib

from alembic import op

from coach_app.packing import SQL_FUNCTION

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

#: Revision 0007, whose view this one keeps but for how it reads the packed columns.
_RELEASED = importlib.import_module(
    "coach_app.vault.migrations.versions.0007_content_view_reads_values_directly"
)
#: The session columns the app may store packed, and how often 0007's view reads each.
PACKED = {"s.sections": 4, "s.notes": 1, "s.private_reflection": 1}


def _content_view_ddl() -> str:
    """0007's view, each read of a packed column wrapped in ``unpacked``.

    Built from the released revision's own text (which never changes), so that the two views
    differ in nothing else.
    """
    ddl: str = _RELEASED.CONTENT_VIEW_DDL
    for column, reads in PACKED.items():
        if ddl.count(column) != reads:
            raise RuntimeError(f"revision 0007's view does not read {column} {reads} times")
        ddl = ddl.replace(column, f"{SQL_FUNCTION}({column})")
    return ddl


CONTENT_VIEW_DDL = _content_view_ddl()


def upgrade() -> None:
    """The same documents, read through ``unpacked``: no row and no index entry changes."""
    op.execute("DROP VIEW search_content")
    op.execute(CONTENT_VIEW_DDL)


def downgrade() -> None:
    """Every packed value back to TEXT, then 0007's view (which reads TEXT only)."""
    for column in PACKED:
        name = column.removeprefix("s.")
        op.execute(
            f"UPDATE sessions SET {name} = {SQL_FUNCTION}({name}) "  # noqa: S608 - fixed names
            f"WHERE typeof({name}) = 'blob'"
        )
    op.execute("DROP VIEW search_content")
    op.execute(_RELEASED.CONTENT_VIEW_DDL)
