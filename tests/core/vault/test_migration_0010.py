"""Revision 0010: the search index's blocks fit a page, and ``search_docs`` has no coachee index.

The size is only worth it if it is right for the pages SQLCipher really writes: the first test
measures where a row stops fitting a page of a vault, the others that the index keeps its
blocks under that, in a new vault, in an upgraded one and in every kept vault.
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

REVISION = importlib.import_module(
    "coach_app.vault.migrations.versions.0010_search_blocks_fit_a_page"
)
#: The largest row SQLite keeps whole on a table page of a vault: 4,096 bytes less SQLCipher's
#: 80 (IV and HMAC-SHA512) less SQLite's 35, less the 4 bytes of a block row's record header.
LARGEST_BLOCK_ON_A_PAGE = 4096 - 80 - 35 - 4
#: FTS5's default block size: what a vault wrote before this revision.
DEFAULT_BLOCK_BYTES = 4050


def _full(blocks: list[int]) -> list[int]:
    return [n for n in blocks if n >= REVISION.BLOCK_BYTES - 100]


def _has_coachee_index(conn: Connection) -> bool:
    row = conn.exec_driver_sql(
        "SELECT 1 FROM sqlite_master WHERE name = 'ix_search_docs_coachee_id'"
    ).first()
    return row is not None


def _growth(conn: Connection, row_bytes: int, rows: int) -> int:
    """Pages a table of ``rows`` rows of a ``row_bytes``-byte BLOB (and an integer key) takes."""

    def used() -> int:  # pages in use: a dropped table's pages stay in the file, free
        pages = conn.exec_driver_sql("PRAGMA page_count").scalar_one()
        return int(pages) - int(conn.exec_driver_sql("PRAGMA freelist_count").scalar_one())

    before = used()
    conn.exec_driver_sql("CREATE TABLE probe (id INTEGER PRIMARY KEY, block BLOB)")
    conn.exec_driver_sql(
        "INSERT INTO probe (block) SELECT randomblob(?) FROM json_each(?)",
        (row_bytes, "[" + ",".join(["0"] * rows) + "]"),
    )
    grown = used() - before
    conn.exec_driver_sql("DROP TABLE probe")
    return grown


def test_a_block_of_the_largest_size_fits_a_vault_page_and_one_byte_more_does_not(
    vault: Vault,
) -> None:
    rows = 64
    with vault.engine.begin() as conn:
        fits = _growth(conn, LARGEST_BLOCK_ON_A_PAGE, rows)
        spills = _growth(conn, LARGEST_BLOCK_ON_A_PAGE + 1, rows)
    # A page each, and the table's root and interior pages.
    assert fits <= rows + 2, fits
    # A page each for what overflows, and a page per eight rows for the 479 bytes each keeps.
    assert spills >= rows + rows // 8, spills
    # FTS5 writes a varint or two past ``pgsz`` before it closes a block.
    assert REVISION.BLOCK_BYTES + 16 <= LARGEST_BLOCK_ON_A_PAGE


def test_a_new_vault_writes_blocks_that_fit_a_page(vault: Vault) -> None:
    fill_sessions(vault)
    with vault.engine.begin() as conn:
        assert int(str(stored_block_size(conn))) == REVISION.BLOCK_BYTES
        blocks = block_sizes(conn)
        assert not _has_coachee_index(conn)
    # Many blocks written full, so the size is what kept them under the limit.
    assert len(_full(blocks)) >= 10, sorted(blocks)[-5:]
    assert max(blocks) <= LARGEST_BLOCK_ON_A_PAGE


def test_the_upgrade_writes_every_block_anew_and_finds_the_same(vault: Vault) -> None:
    made = fill_sessions(vault)
    with vault.engine.begin() as conn:
        command.downgrade(alembic_config(conn), "0009")
        assert stored_block_size(conn) is None
        assert _has_coachee_index(conn)
        # Blocks of the default size, as a vault of revision 0009 holds them.
        search_index.rebuild(conn)
    with vault.engine.begin() as conn:  # FTS5 writes its blocks when the transaction ends
        assert max(block_sizes(conn)) > LARGEST_BLOCK_ON_A_PAGE
        before = documents(conn)
    hits_before = {word: search.search(vault, word) for word in ("verwen", "stilte", "moedplan")}
    assert all(hits_before.values())

    with vault.engine.begin() as conn:
        command.upgrade(alembic_config(conn), "0010")
    with vault.engine.begin() as conn:
        blocks = block_sizes(conn)
        assert len(_full(blocks)) >= 10
        assert max(blocks) <= LARGEST_BLOCK_ON_A_PAGE
        assert not _has_coachee_index(conn)
        assert documents(conn) == before
        search_index.check(conn)
    assert {word: search.search(vault, word) for word in hits_before} == hits_before
    assert_a_change_is_found(vault, made[3])


def test_the_upgraded_file_is_smaller_than_the_same_vault_before(vault: Vault) -> None:
    fill_sessions(vault, 240)
    with vault.engine.begin() as conn:
        command.downgrade(alembic_config(conn), "0009")
        search_index.rebuild(conn)
    key = vault.data_key()
    pages_before = closed_and_compacted(vault)  # as large as its pages need

    with Vault.unlock(vault.folder, PASSPHRASE) as upgraded:
        assert upgraded.integrity_problems() == []
        with upgraded.engine.begin() as c:
            index_blocks = len(_full(block_sizes(c)))
    pages, free = page_counts(vault.db_path, key)
    assert free == 0
    # An eighth of a page per full block, at least half of it off the file (blocks of the
    # two sizes do not line up), besides the coachee index's pages.
    assert pages_before - pages >= index_blocks / 8 / 2, (pages_before, pages, index_blocks)


@pytest.mark.parametrize("revision", sorted(p.name for p in VAULTS.iterdir()))
def test_every_kept_vault_has_blocks_that_fit_and_no_coachee_index(
    revision: str, tmp_path: Path
) -> None:
    with unlocked_copy(revision, tmp_path) as (vault, expected):
        with vault.engine.begin() as conn:
            assert int(str(stored_block_size(conn))) == REVISION.BLOCK_BYTES
            assert max(block_sizes(conn)) <= LARGEST_BLOCK_ON_A_PAGE
            assert not _has_coachee_index(conn)
            search_index.check(conn)
        for word, owner in expected["search"].items():
            assert owner in [hit.owner_id for hit in search.search(vault, word)], word
