"""Revision 0003: the search index reads its text from the tables and keeps no copy of it.

The kept fixture vaults of revisions 0001 and 0002 are upgraded (after their verified backup)
and their index is then exactly what the view says, holds what it held, and no table keeps the
text a second time.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from sqlalchemy import text

from coach_app.models import search_index
from coach_app.services import search
from coach_app.vault.vault import Vault

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "vaults"
OLDER = [FIXTURES / "v0001", FIXTURES / "v0002"]


@pytest.mark.parametrize("fixture", OLDER, ids=[p.name for p in OLDER])
def test_older_vaults_move_to_the_index_without_a_copy(fixture: Path, tmp_path: Path) -> None:
    expected = json.loads((fixture / "expected.json").read_text())
    folder = tmp_path / fixture.name
    shutil.copytree(fixture, folder)
    opened = Vault.unlock(folder, expected["passphrase"])
    try:
        assert list((folder / "backups").glob(f"*before-upgrade-{expected['revision']}*"))
        with opened.engine.connect() as conn:
            search_index.check(conn)
            names = set(conn.execute(text("SELECT name FROM sqlite_master")).scalars())
            docs = conn.execute(text("SELECT count(*) FROM search_docs")).scalar_one()
            indexed = conn.execute(
                text("SELECT count(*) FROM search_fts WHERE search_fts MATCH 'ada OR jansen'")
            ).scalar_one()
        assert "search_content" in names
        assert "search_fts_content" not in names, "the copy of the text is gone"
        assert docs == 2 + 1 + 3 + 1  # coachees, goal, sessions, experiment
        assert indexed == 1
        for word, owner in expected["search"].items():
            assert owner in {h.owner_id for h in search.search(opened, word)}
        assert [h.owner_id for h in search.search(opened, "securite")] == [
            expected["coachees"]["Ada Jansen"]
        ]
    finally:
        opened.close()
