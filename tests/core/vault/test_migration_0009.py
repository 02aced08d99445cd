"""Revision 0009: session text written before revision 0008 is packed on the upgrade.

Each value must read as the same text afterwards (the search index holds what the content
view gave, and forgets an entry only by being given that text again), and every value that
``pack`` would shorten must be stored packed, in the kept vaults of every revision.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import Connection

from coach_app.models import search_index
from coach_app.packing import pack
from coach_app.services import coachees, search, sessions
from coach_app.vault.vault import Vault, alembic_config
from tests.conftest import PASSPHRASE
from tests.helpers.content_view import PACKED_COLUMNS, documents
from tests.helpers.fixture_vaults import VAULTS, unlocked_copy
from tests.helpers.vault_files import closed_and_compacted, page_counts

LONG = (
    "Wil leren nee zeggen tegen extra projecten zonder het team te laten vallen; "
    "oefent de eerste zin hardop: 'ik kan dit nu niet goed doen'. Vertrouwen groeit."
)


def _stored(conn: Connection) -> list[str | bytes]:
    rows = conn.exec_driver_sql(f"SELECT {', '.join(PACKED_COLUMNS)} FROM sessions").all()
    return [value for row in rows for value in row]


def _left_as_typed_though_packing_pays(conn: Connection) -> list[str]:
    return [v for v in _stored(conn) if isinstance(v, str) and not isinstance(pack(v), str)]


def _texts(conn: Connection) -> list[str]:
    rows = conn.exec_driver_sql(
        "SELECT " + ", ".join(f"unpacked({c})" for c in PACKED_COLUMNS) + " FROM sessions "
        "ORDER BY id"
    ).all()
    return [value for row in rows for value in row]


def _long_sessions(vault: Vault, count: int) -> list[str]:
    """``count`` sessions of one coachee whose sections and notes packing shortens; their ids.

    The first one's private reflection is long too; the others' is "kort", which stays TEXT.
    """
    person = coachees.create_coachee(vault, name="Lotte Bakker")
    return [
        sessions.create_session(
            vault,
            person.id,
            template="grow",
            sections={"goal": f"{LONG} ({n})", "will": "klein experiment: pauzeknop"},
            notes=f"{LONG} notitie {n}",
            private_reflection="kort" if n else f"{LONG} reflectie",
        ).id
        for n in range(count)
    ]


def _as_before_0008(conn: Connection) -> None:
    """The rows as a vault written before revision 0008 holds them, at revision 0008.

    0008's downgrade stores every value as TEXT again; its upgrade only swaps the view.
    """
    command.downgrade(alembic_config(conn), "0007")
    command.upgrade(alembic_config(conn), "0008")


@pytest.mark.parametrize("revision", sorted(p.name for p in VAULTS.iterdir()))
def test_every_kept_vault_has_its_text_packed_and_its_index_in_step(
    revision: str, tmp_path: Path
) -> None:
    with unlocked_copy(revision, tmp_path) as (vault, expected):
        with vault.engine.begin() as conn:
            assert _left_as_typed_though_packing_pays(conn) == []
            assert any(isinstance(v, bytes) for v in _stored(conn))
            search_index.check(conn)
        for word, owner in expected["search"].items():
            assert owner in [hit.owner_id for hit in search.search(vault, word)], word


def test_the_upgrade_packs_what_0008_left_as_typed_and_reads_the_same(vault: Vault) -> None:
    made = _long_sessions(vault, 3)
    with vault.engine.begin() as conn:
        _as_before_0008(conn)
        assert not any(isinstance(v, bytes) for v in _stored(conn))
        before_texts, before_documents = _texts(conn), documents(conn)

        command.upgrade(alembic_config(conn), "0009")
        stored = _stored(conn)
        # Three sessions' long sections and notes, one long reflection; "kort" stays as typed.
        assert sum(isinstance(v, bytes) for v in stored) == 7
        assert _left_as_typed_though_packing_pays(conn) == []
        assert _texts(conn) == before_texts
        assert documents(conn) == before_documents
        search_index.check(conn)
    assert {h.owner_id for h in search.search(vault, "pauzeknop")} == set(made)
    assert sessions.get_session(vault, made[0]).private_reflection == f"{LONG} reflectie"
    # The index still forgets a packed document's old text when it changes.
    sessions.save_session(vault, made[1], notes="vergaderstilte")
    with vault.engine.begin() as conn:
        search_index.check(conn)
    assert [h.owner_id for h in search.search(vault, "vergaderstilte")] == [made[1]]
    assert made[1] not in [h.owner_id for h in search.search(vault, "notitie")]


def test_the_upgraded_file_shrinks_though_packing_frees_no_whole_page(vault: Vault) -> None:
    made = _long_sessions(vault, 300)
    with vault.engine.begin() as conn:
        _as_before_0008(conn)
        # What packing takes off the TEXT values, in whole pages.
        saved = sum(len(v.encode()) - len(pack(v)) for v in _stored(conn) if isinstance(v, str))
    key = vault.data_key()
    pages_before = closed_and_compacted(vault)  # as large as its pages need

    with Vault.unlock(vault.folder, PASSPHRASE) as upgraded:
        assert sessions.get_session(upgraded, made[7]).notes == f"{LONG} notitie 7"
        assert upgraded.integrity_problems() == []
    pages, free = page_counts(vault.db_path, key)
    # Shorter rows stay on their pages: without the rewrite, the file kept every page.
    assert free == 0
    # At least half of what packing saved comes off the file (the rest is spread over pages
    # that still hold other rows); without the rewrite, not one page did.
    assert pages_before - pages >= saved / 4096 / 2, (pages_before, pages, saved)
    assert vault.db_path.stat().st_size == pages * 4096
