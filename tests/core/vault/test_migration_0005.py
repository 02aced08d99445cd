"""Revision 0005: the search index keeps three-letter prefixes only.

The search makes a last word a prefix from three letters on (``search_sql.PREFIX_MIN``), and
FTS5 answers a prefix from a prefix index only of exactly its length, so the two-letter index
answered nothing: it only made the file larger and every import and rebuild slower.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from sqlalchemy import text

from coach_app.models import search_index
from coach_app.services import search
from coach_app.vault.vault import Vault

V0004 = Path(__file__).resolve().parents[2] / "fixtures" / "vaults" / "v0004"


def _fts_sql(vault: Vault) -> str:
    with vault.engine.connect() as conn:
        return str(
            conn.execute(text("SELECT sql FROM sqlite_master WHERE name = 'search_fts'")).scalar()
        )


def _checked_against_the_content(vault: Vault) -> None:
    # The index compared with what the content view computes (not only with itself).
    with vault.engine.begin() as conn:
        search_index.check(conn)


def test_a_0004_vault_gets_the_three_letter_index_with_every_entry(tmp_path: Path) -> None:
    expected = json.loads((V0004 / "expected.json").read_text())
    folder = tmp_path / "v0004"
    shutil.copytree(V0004, folder)
    with Vault.unlock(folder, str(expected["passphrase"])) as vault:
        assert "prefix = '3'" in _fts_sql(vault)
        assert "'2" not in _fts_sql(vault)
        _checked_against_the_content(vault)
        for word, owner in expected["search"].items():
            for typed in (word, word[:4], word[:3]):
                assert owner in [h.owner_id for h in search.search(vault, typed)], typed


def test_a_new_vault_has_the_three_letter_index(vault: Vault) -> None:
    assert "prefix = '3'" in _fts_sql(vault)
    _checked_against_the_content(vault)
