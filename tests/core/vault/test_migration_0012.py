"""Revision 0012: the search index lists a document's body first and its title second.

The order is worth a revision only for what it saves: two bytes of every entry of a body word.
These tests check the order in a new, an upgraded and every kept vault, that the upgraded index
is much smaller than the same documents' index before, and that it finds and ranks the same.
"""

from __future__ import annotations

import importlib
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import Connection

from coach_app.models import search_index
from coach_app.services import search
from coach_app.vault.vault import Vault, alembic_config
from tests.conftest import PASSPHRASE
from tests.helpers.content_view import documents
from tests.helpers.fixture_vaults import VAULTS, unlocked_copy
from tests.helpers.search_blocks import (
    assert_a_change_is_found,
    block_sizes,
    fill_sessions,
    stored_block_size,
)
from tests.helpers.vault_files import closed_and_compacted, page_counts

BLOCKS = importlib.import_module(
    "coach_app.vault.migrations.versions.0010_search_blocks_fit_a_page"
)
#: Words of ``fill_sessions``'s text: each in a handful of documents, in bodies only.
WORDS = ("verwen", "stilte", "moedplan", "teamleid", "vraagplan")


def _columns(conn: Connection) -> list[str]:
    return [str(row[1]) for row in conn.exec_driver_sql("PRAGMA table_info(search_fts)")]


def _settings(conn: Connection) -> dict[str, object]:
    return dict(conn.exec_driver_sql("SELECT k, v FROM search_fts_config").all())


def _index_bytes(conn: Connection) -> int:
    return sum(block_sizes(conn))


def _entries(conn: Connection) -> dict[str, int]:
    """Per column, how many (word, document) entries the index holds."""
    conn.exec_driver_sql("CREATE VIRTUAL TABLE temp.entries USING fts5vocab(main, search_fts, col)")
    try:
        counts = conn.exec_driver_sql("SELECT col, sum(doc) FROM temp.entries GROUP BY col")
        return {str(col): int(docs) for col, docs in counts}
    finally:
        conn.exec_driver_sql("DROP TABLE temp.entries")


def _found(vault: Vault) -> dict[str, list[tuple[str, str, float]]]:
    """Each word's hits: whose, where the snippet is, and in which rank order."""
    return {
        word: [(hit.owner_id, hit.snippet, hit.rank) for hit in search.search(vault, word)]
        for word in WORDS
    }


def test_a_new_vault_lists_the_body_first_in_blocks_that_fit_a_page(vault: Vault) -> None:
    fill_sessions(vault, 20)
    with vault.engine.begin() as conn:
        assert _columns(conn) == ["body", "title"]
        assert int(str(stored_block_size(conn))) == BLOCKS.BLOCK_BYTES
        search_index.check(conn)


def test_the_upgrade_saves_two_bytes_an_entry_and_finds_the_same(vault: Vault) -> None:
    made = fill_sessions(vault)
    with vault.engine.begin() as conn:
        command.downgrade(alembic_config(conn), "0011")
    with vault.engine.begin() as conn:  # FTS5 writes its blocks when the transaction ends
        assert _columns(conn) == ["title", "body"]
        settings_before = _settings(conn)
        bytes_before = _index_bytes(conn)
        before = documents(conn)
    found_before = _found(vault)
    assert all(found_before.values())

    with vault.engine.begin() as conn:
        command.upgrade(alembic_config(conn), "0012")
    with vault.engine.begin() as conn:
        assert _columns(conn) == ["body", "title"]
        # The new table has 0010's block size, as the old one had.
        assert _settings(conn) == settings_before
        bytes_after = _index_bytes(conn)
        entries = _entries(conn)
        assert documents(conn) == before
        search_index.check(conn)
    # Two bytes off each entry of a body word, two onto each of a title's (both indexes were
    # filled the same way, so they differ in nothing else); here a quarter of the index.
    assert entries["body"] > 100 * entries["title"], entries
    expected = 2 * (entries["body"] - entries["title"])
    assert bytes_before - bytes_after >= 0.95 * expected, (bytes_before, bytes_after, expected)
    assert _found(vault) == found_before
    assert_a_change_is_found(vault, made[3])


def test_the_way_back_lists_the_title_first_and_finds_the_same(vault: Vault) -> None:
    fill_sessions(vault, 40)
    found = _found(vault)
    with vault.engine.begin() as conn:
        command.downgrade(alembic_config(conn), "0011")
    with vault.engine.begin() as conn:
        assert _columns(conn) == ["title", "body"]
        assert int(str(stored_block_size(conn))) == BLOCKS.BLOCK_BYTES
        search_index.check(conn)
    assert _found(vault) == found


def test_the_upgraded_file_is_smaller_than_the_same_vault_before(vault: Vault) -> None:
    fill_sessions(vault, 240)
    with vault.engine.begin() as conn:
        command.downgrade(alembic_config(conn), "0011")
    with vault.engine.begin() as conn:
        bytes_before = _index_bytes(conn)
    key = vault.data_key()
    pages_before = closed_and_compacted(vault)  # as large as its pages need

    with Vault.unlock(vault.folder, PASSPHRASE) as upgraded:
        assert upgraded.integrity_problems() == []
        with upgraded.engine.begin() as conn:
            saved = bytes_before - _index_bytes(conn)
    pages, free = page_counts(vault.db_path, key)
    assert free == 0
    # The file written anew: the bytes the index saved are pages off the file (blocks fill
    # their pages, so at least nine tenths of them).
    assert (pages_before - pages) * 4096 >= 0.9 * saved > 0, (pages_before, pages, saved)


@pytest.mark.parametrize("revision", sorted(p.name for p in VAULTS.iterdir()))
def test_every_kept_vault_lists_the_body_first_and_finds_what_it_held(
    revision: str, tmp_path: Path
) -> None:
    with unlocked_copy(revision, tmp_path) as (vault, expected):
        with vault.engine.begin() as conn:
            assert _columns(conn) == ["body", "title"]
            assert int(str(stored_block_size(conn))) == BLOCKS.BLOCK_BYTES
            search_index.check(conn)
        for word, owner in expected["search"].items():
            assert owner in [hit.owner_id for hit in search.search(vault, word)], word
