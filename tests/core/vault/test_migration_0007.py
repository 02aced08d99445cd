"""Revision 0007: the content view reads JSON values by place, and its documents are unchanged.

FTS5 forgets an entry by being given the text it indexed, so the view 0007 puts in place must
compute every document exactly as the view of revision 0003 did: the same values, in the same
order, the empty ones left out, the same lines. Both views are compared on every document of
the fixture vaults, on values of every JSON type, and on maps and lists too long to be read by
place (those are walked as 0003 walked them).
"""

from __future__ import annotations

import importlib
import json
from pathlib import Path

import pytest
from sqlalchemy import Connection, text

from coach_app.models import search_index
from coach_app.services import coachees, search, sessions
from coach_app.vault.vault import Vault
from tests.helpers.content_view import documents, documents_as_typed
from tests.helpers.fixture_vaults import unlocked_copy

VERSIONS = "coach_app.vault.migrations.versions."
RELEASED = importlib.import_module(VERSIONS + "0003_search_text_once")
# The head's view: 0007's, each read of a session's packed column through ``unpacked``.
PACKED_READ = importlib.import_module(VERSIONS + "0008_packed_session_text")


def _same_as_released(conn: Connection) -> int:
    """Compare the vault's view with 0003's, as a temporary view; the documents compared.

    0003's view reads TEXT alone: it reads the rows with their packed values unpacked.
    """
    ours, theirs = documents(conn), documents_as_typed(conn, RELEASED.CONTENT_VIEW_DDL)
    assert ours == theirs
    return len(ours)


def _view_sql(vault: Vault) -> str:
    with vault.engine.connect() as conn:
        return str(
            conn.execute(
                text("SELECT sql FROM sqlite_master WHERE name = 'search_content'")
            ).scalar_one()
        )


@pytest.mark.parametrize("revision", ["v0003", "v0006"])
def test_an_older_vault_gets_the_view_with_the_same_documents(
    revision: str, tmp_path: Path
) -> None:
    with unlocked_copy(revision, tmp_path) as (vault, expected):
        assert _view_sql(vault) == PACKED_READ.CONTENT_VIEW_DDL
        with vault.engine.begin() as conn:
            assert _same_as_released(conn) > 5
            search_index.check(conn)  # the index as it was, against the new view
        for word, owner in expected["search"].items():
            assert owner in [hit.owner_id for hit in search.search(vault, word)], word


# Stored outside the app's own writers (an import of an older format, a hand-edited vault):
# every JSON type, empty and blank values, NULL, more values than are read by place.
ODD_SECTIONS = [
    "{}",
    "[]",
    "null",
    json.dumps({"goal": "", "reality": "  ", "options": "x", "will": ""}),
    json.dumps({"a": 0, "b": 1.5, "c": True, "d": False, "e": None, "f": {"g": "h"}, "i": []}),
    json.dumps({"a": "Dé", "b": "line one\nline two", "c": 'quote " and \\'}, ensure_ascii=True),
    json.dumps({f"k{n}": f"value {n}" for n in range(8)}),  # exactly as many as read by place
    json.dumps({f"k{n}": f"value {n}" for n in range(9)}),  # one more: walked
    json.dumps({f"k{n}": ("" if n % 3 else f"v{n}") for n in range(25)}),
]
ODD_TAGS = [
    "[]",
    "null",
    json.dumps(["a", "", "b"]),
    json.dumps([f"tag{n}" for n in range(8)]),
    json.dumps([f"tag{n}" for n in range(9)]),
    json.dumps([1, None, "x", ["y"], {"z": 1}]),
]


def test_odd_stored_values_give_the_same_documents_as_the_released_view(vault: Vault) -> None:
    person = coachees.create_coachee(vault, name="Odd Values")
    ids = [
        sessions.create_session(vault, person.id, notes=f"note {n}").id
        for n in range(max(len(ODD_SECTIONS), len(ODD_TAGS)))
    ]
    with vault.engine.begin() as conn:
        for n, session_id in enumerate(ids):
            conn.execute(
                text("UPDATE sessions SET sections = :s, tags = :t WHERE id = :id"),
                {
                    "s": ODD_SECTIONS[n % len(ODD_SECTIONS)],
                    "t": ODD_TAGS[n % len(ODD_TAGS)],
                    "id": session_id,
                },
            )
        conn.execute(
            text("UPDATE coachees SET tags = :t WHERE id = :id"),
            {"t": json.dumps([f"t{n}" for n in range(12)]), "id": person.id},
        )
        conn.execute(
            text("UPDATE sessions SET sections = '{}', notes = '', tags = '[]' WHERE id = :id"),
            {"id": ids[0]},
        )
        assert _same_as_released(conn) == len(ids) + 1
        bodies: dict[str, str | None] = dict(
            conn.execute(
                text(
                    "SELECT d.owner_id, c.body FROM search_content AS c "
                    "JOIN search_docs AS d ON d.rowid = c.doc_id"
                )
            ).all()
        )
    # Not only the same as before, but what it should be: long maps are read to their end.
    walked = bodies[ids[7]]
    assert walked is not None
    assert walked.splitlines()[:9] == [f"value {n}" for n in range(9)]
    assert not bodies[ids[0]]  # nothing written: no text, not a stray empty line


def test_a_new_vault_has_the_direct_view(vault: Vault) -> None:
    assert _view_sql(vault) == PACKED_READ.CONTENT_VIEW_DDL
    with vault.engine.begin() as conn:
        search_index.check(conn)
