"""FTS5's bulk settings (``search_index.bulk_settings``): in force inside, as before after."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import Connection

from coach_app.models import search_index
from coach_app.vault.vault import Vault

_NAMES = tuple(search_index.BULK_SETTINGS)


def _stored(conn: Connection) -> dict[str, Any]:
    rows = conn.exec_driver_sql("SELECT k, v FROM search_fts_config").all()
    return {k: v for k, v in rows if k in _NAMES}


def test_the_settings_hold_inside_and_the_index_stores_none_after(vault: Vault) -> None:
    with vault.write() as s:
        conn = s.connection()
        assert _stored(conn) == {}  # a new vault keeps FTS5's defaults
        with search_index.bulk_settings(conn):
            assert _stored(conn) == search_index.BULK_SETTINGS
        assert _stored(conn) == {}
    with vault.engine.connect() as conn:
        assert _stored(conn) == {}
        search_index.check(conn)


def test_settings_the_index_stored_are_given_back(vault: Vault) -> None:
    with vault.write() as s:
        s.connection().exec_driver_sql(
            "INSERT INTO search_fts (search_fts, rank) VALUES ('automerge', 8)"
        )
    with vault.write() as s, search_index.bulk_settings(s.connection()):
        pass
    with vault.engine.connect() as conn:
        assert _stored(conn) == {"automerge": 8}


def test_an_error_inside_rolls_the_settings_back_with_the_rest(vault: Vault) -> None:
    with (
        pytest.raises(RuntimeError),
        vault.write() as s,
        search_index.bulk_settings(s.connection()),
    ):
        raise RuntimeError("stop")
    with vault.engine.connect() as conn:
        assert _stored(conn) == {}
