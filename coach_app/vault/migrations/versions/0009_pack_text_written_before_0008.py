"""Session text written before revision 0008 is stored packed as well.

Revision 0008 packs what the app writes from then on and left the rows before it as typed
(TEXT): a vault made before it kept its size however long it was used after. This revision
packs each of those values by the rule every save follows (``coach_app.packing.pack``: only
where DEFLATE makes it smaller). Each value reads as the same text, so the search's content
view gives every document as before and the index is left as it is. The upgrade runs after a
verified backup, and ``Vault._migrate`` then writes the file anew (``VACUUM``, see
``REWRITES_ROWS``), so the vault shrinks on disk; with ``secure_delete`` on, the space the old
copies leave is zeroed either way.

Revision ID: 0009
Revises: 0008
"""

from __future__ import annotations

from alembic import op

from coach_app.packing import pack

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

#: Rows made shorter stay on their pages, which are left part-filled, not freed: the upgrade
#: writes the file anew after this revision whatever share of it is free (``Vault._migrate``).
REWRITES_ROWS = True
#: The session columns revision 0008 made packable.
COLUMNS = ("sections", "notes", "private_reflection")
#: The SQL name :func:`pack` has on the upgrading connection, and only while it upgrades.
_PACK = "pack_for_0009"


def upgrade() -> None:
    """Every TEXT value of those columns through ``pack``, inside SQLite (no list in memory)."""
    dbapi = op.get_bind().connection.driver_connection
    if dbapi is None:  # a connection SQLAlchemy has invalidated cannot upgrade anything
        raise RuntimeError("revision 0009 needs an open connection")
    dbapi.create_function(_PACK, 1, pack, deterministic=True)
    try:
        for column in COLUMNS:
            op.execute(
                f"UPDATE sessions SET {column} = {_PACK}({column}) "  # noqa: S608 - fixed names
                f"WHERE typeof({column}) = 'text'"
            )
    finally:
        dbapi.create_function(_PACK, 1, None)


def downgrade() -> None:
    """Nothing to undo: revision 0008 reads packed and unpacked values alike."""
