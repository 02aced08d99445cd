"""The engine's own rules: how a JSON column's text is stored."""

from __future__ import annotations

import json

from sqlalchemy import text

from coach_app.services import coachees, search, sessions
from coach_app.vault.engine import json_text
from coach_app.vault.vault import Vault

SWEDISH = "Vill bli hörd i styrgruppen ➜ säger det på måndag"


def _stored_sections(vault: Vault, session_id: str) -> str:
    with vault.engine.connect() as conn:
        return (
            conn.execute(
                # Unpacked: a long value is stored compressed (coach_app.packing), whose text is
                # what this rule is about.
                text("SELECT CAST(unpacked(sections) AS BLOB) FROM sessions WHERE id = :id"),
                {"id": session_id},
            )
            .scalar_one()
            .decode("utf-8")
        )


def test_json_text_keeps_letters_beyond_ascii_as_typed() -> None:
    value = {"goal": SWEDISH, "tags": ["Café ☕", 'a "quoted" \\ tag\n']}
    assert json.loads(json_text(value)) == value
    assert "hörd" in json_text(value)
    assert "\\u" not in json_text(value)


def test_a_session_s_sections_are_stored_as_utf8_text(vault: Vault) -> None:
    person = coachees.create_coachee(vault, name="Karin Lind")
    record = sessions.create_session(
        vault, person.id, template="grow", started_at="2025-03-04T10:00", sections={"goal": SWEDISH}
    )
    stored = _stored_sections(vault, record.id)
    assert SWEDISH in stored
    assert "\\u00f6" not in stored
    # Every escape would cost six bytes for a two-byte letter.
    assert len(stored.encode("utf-8")) < len(json.dumps(json.loads(stored)).encode("utf-8"))


def test_sections_stored_with_escapes_still_read_and_search_the_same(vault: Vault) -> None:
    # A vault written before this rule holds json.dumps' default text: it reads as before.
    person = coachees.create_coachee(vault, name="Karin Lind")
    record = sessions.create_session(
        vault, person.id, template="grow", started_at="2025-03-04T10:00", sections={"goal": "x"}
    )
    sessions.save_session(vault, record.id, sections={"goal": SWEDISH})
    escaped = json.dumps(sessions.get_session(vault, record.id).sections)
    assert "\\u00f6" in escaped
    with vault.engine.begin() as conn:
        conn.execute(
            text("UPDATE sessions SET sections = :s WHERE id = :id"),
            {"s": escaped, "id": record.id},
        )
    assert sessions.get_session(vault, record.id).sections["goal"] == SWEDISH
    assert [hit.kind for hit in search.search(vault, "hörd styrgruppen")] == ["session"]
