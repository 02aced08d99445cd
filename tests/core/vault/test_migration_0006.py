"""Revisions 0005 and 0006: the search index keeps no prefix index.

0005 dropped the two-letter prefix index, 0006 the three-letter one: FTS5 uses a prefix index
only for a prefix of exactly its length, and merges the word lists for any other. Vaults of
both older revisions end with the same index, checked against what the content view computes,
and a word is still found by its whole, its first four and its first three letters.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text

from coach_app.models import search_index
from coach_app.services import search
from coach_app.vault.vault import Vault
from tests.helpers.fixture_vaults import unlocked_copy


def _fts_sql(vault: Vault) -> str:
    with vault.engine.connect() as conn:
        return str(
            conn.execute(text("SELECT sql FROM sqlite_master WHERE name = 'search_fts'")).scalar()
        )


def _checked_against_the_content(vault: Vault) -> None:
    # The index compared with what the content view computes (not only with itself).
    with vault.engine.begin() as conn:
        search_index.check(conn)


@pytest.mark.parametrize("revision", ["v0004", "v0005"])
def test_an_older_vault_gets_the_index_without_prefixes_with_every_entry(
    revision: str, tmp_path: Path
) -> None:
    with unlocked_copy(revision, tmp_path) as (vault, expected):
        assert "prefix" not in _fts_sql(vault)
        _checked_against_the_content(vault)
        for word, owner in expected["search"].items():
            for typed in (word, word[:4], word[:3]):
                assert owner in [h.owner_id for h in search.search(vault, typed)], typed


def test_a_new_vault_has_no_prefix_index(vault: Vault) -> None:
    assert "prefix" not in _fts_sql(vault)
    assert "remove_diacritics 2" in _fts_sql(vault)
    _checked_against_the_content(vault)
