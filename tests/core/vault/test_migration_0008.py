"""Revision 0008: a session's text may be stored packed, and the search reads it the same.

FTS5 forgets an entry by being given the text it indexed, so the view must give every
document exactly as revision 0007's did: for the rows written before (TEXT, read as they
are) and for packed rows (read as their text). Compared document by document, and the index
checked against the view after packed sessions are written, changed and erased.
"""

from __future__ import annotations

import importlib
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import Connection, text

from coach_app.models import search_index
from coach_app.services import coachees, search, sessions
from coach_app.vault.vault import Vault, alembic_config
from tests.helpers.content_view import documents, documents_as_typed
from tests.helpers.fixture_vaults import unlocked_copy

VERSIONS = "coach_app.vault.migrations.versions."
DIRECT_READ = importlib.import_module(VERSIONS + "0007_content_view_reads_values_directly")
PACKED_READ = importlib.import_module(VERSIONS + "0008_packed_session_text")

LONG = (
    "Wil leren nee zeggen tegen extra projecten zonder het team te laten vallen; "
    "oefent de eerste zin hardop: 'ik kan dit nu niet goed doen'. Vertrouwen groeit."
)


def _same_as_0007_on_the_text(conn: Connection) -> int:
    """The view's documents equal 0007's view over the same rows with every value unpacked."""
    ours = documents(conn)
    assert ours == documents_as_typed(conn, DIRECT_READ.CONTENT_VIEW_DDL)
    return len(ours)


def _packed(conn: Connection) -> int:
    return int(
        conn.exec_driver_sql(
            "SELECT count(*) FROM sessions WHERE typeof(sections) = 'blob' "
            "OR typeof(notes) = 'blob' OR typeof(private_reflection) = 'blob'"
        ).scalar_one()
    )


@pytest.mark.parametrize("revision", ["v0007", "v0008"])
def test_a_kept_vault_reads_the_same_documents_through_the_new_view(
    revision: str, tmp_path: Path
) -> None:
    with unlocked_copy(revision, tmp_path) as (vault, expected):
        with vault.engine.begin() as conn:
            rows = conn.execute(
                text("SELECT sql FROM sqlite_master WHERE name = 'search_content'")
            ).scalar_one()
            assert rows == PACKED_READ.CONTENT_VIEW_DDL
            # Packed either way at the head: v0008 by its saves, v0007 by revision 0009.
            assert _packed(conn) > 0
            assert _same_as_0007_on_the_text(conn) > 5
            search_index.check(conn)
        for word, owner in expected["search"].items():
            assert owner in [hit.owner_id for hit in search.search(vault, word)], word


def test_packed_sessions_are_indexed_changed_and_erased_in_step(vault: Vault) -> None:
    person = coachees.create_coachee(vault, name="Lotte Bakker")
    other = coachees.create_coachee(vault, name="Sven Ek")
    kept = sessions.create_session(
        vault,
        other.id,
        template="grow",
        sections={"goal": LONG, "reality": LONG[::-1]},
        notes=LONG + " Sven.",
    )
    made = [
        sessions.create_session(
            vault,
            person.id,
            template="grow",
            sections={"goal": f"{LONG} ({n})", "will": "klein experiment: pauzeknop"},
            notes=f"{LONG} notitie {n}",
            private_reflection=f"{LONG} reflectie {n}",
        )
        for n in range(3)
    ]
    with vault.engine.begin() as conn:
        assert _packed(conn) == 4
        assert _same_as_0007_on_the_text(conn) == 6  # two coachees and four sessions
        search_index.check(conn)
    assert {h.owner_id for h in search.search(vault, "pauzeknop")} == {s.id for s in made}
    # A change forgets the old text (given by the view, from the packed row) and adds the new.
    sessions.save_session(vault, made[0].id, notes="kort")
    sessions.save_session(vault, made[1].id, sections={"goal": LONG + " vergaderstilte"})
    with vault.engine.begin() as conn:
        search_index.check(conn)
    assert [h.owner_id for h in search.search(vault, "vergaderstilte")] == [made[1].id]
    assert made[0].id not in [h.owner_id for h in search.search(vault, "notitie")]
    coachees.erase_coachee(vault, person.id)
    with vault.engine.begin() as conn:
        search_index.check(conn)
        assert _packed(conn) == 1
    assert kept.id in [h.owner_id for h in search.search(vault, "Sven")]
    assert search.search(vault, "pauzeknop") == []
    assert sessions.get_session(vault, kept.id).notes == LONG + " Sven."


def test_the_downgrade_stores_every_text_as_typed_again_and_keeps_the_index(
    vault: Vault,
) -> None:
    person = coachees.create_coachee(vault, name="Lotte Bakker")
    made = sessions.create_session(
        vault, person.id, template="grow", sections={"goal": LONG}, notes=LONG
    )
    with vault.engine.begin() as conn:
        assert _packed(conn) == 1
        command.downgrade(alembic_config(conn), "0007")
        assert _packed(conn) == 0
        view = conn.execute(
            text("SELECT sql FROM sqlite_master WHERE name = 'search_content'")
        ).scalar_one()
        assert view == DIRECT_READ.CONTENT_VIEW_DDL
        # 0007's view reads the TEXT the downgrade wrote: the index still matches it.
        search_index.check(conn)
        stored = conn.execute(
            text("SELECT notes FROM sessions WHERE id = :id"), {"id": made.id}
        ).scalar_one()
    assert stored == LONG
