"""A session's text columns: stored packed when smaller, read back as typed by every reader."""

from __future__ import annotations

import json

from sqlalchemy import text

from coach_app.services import coachees, exchange, sessions
from coach_app.vault.vault import Vault
from tests.core.test_packing import NOTE


def _stored_types(vault: Vault, session_id: str) -> tuple[str, str, str]:
    with vault.engine.connect() as conn:
        row = conn.execute(
            text(
                "SELECT typeof(sections), typeof(notes), typeof(private_reflection) "
                "FROM sessions WHERE id = :id"
            ),
            {"id": session_id},
        ).one()
    return row[0], row[1], row[2]


def test_long_text_is_stored_packed_and_short_text_as_typed(vault: Vault) -> None:
    person = coachees.create_coachee(vault, name="Noor Visser")
    sections = {"goal": NOTE, "reality": "Hörd i styrgruppen ➜ måndag"}
    long = sessions.create_session(
        vault, person.id, template="grow", sections=sections, notes=NOTE, private_reflection=NOTE
    )
    short = sessions.create_session(vault, person.id, notes="Kort.", private_reflection="")
    assert _stored_types(vault, long.id) == ("blob", "blob", "blob")
    assert _stored_types(vault, short.id) == ("text", "text", "text")
    again = sessions.get_session(vault, long.id)
    assert (again.sections, again.notes, again.private_reflection) == (long.sections, NOTE, NOTE)
    assert again.sections["reality"] == sections["reality"]
    assert sessions.get_session(vault, short.id).notes == "Kort."


def test_rows_stored_as_text_before_packing_read_the_same(vault: Vault) -> None:
    person = coachees.create_coachee(vault, name="Noor Visser")
    record = sessions.create_session(
        vault, person.id, template="grow", sections={"goal": NOTE}, notes=NOTE
    )
    sections = record.sections
    with vault.engine.begin() as conn:
        # As revision 0007 and earlier wrote them: TEXT, whatever their length (the same
        # values, so the search index still holds what the rows say).
        conn.execute(
            text("UPDATE sessions SET sections = :s, notes = :n WHERE id = :id"),
            {"s": json.dumps(sections), "n": NOTE, "id": record.id},
        )
    assert _stored_types(vault, record.id)[:2] == ("text", "text")
    again = sessions.get_session(vault, record.id)
    assert (again.sections, again.notes) == (sections, NOTE)
    # Saved again, they are packed.
    sessions.save_session(vault, record.id, notes=NOTE + " Again.")
    assert _stored_types(vault, record.id)[1] == "blob"


def test_an_import_stores_long_session_text_packed(vault: Vault, other_vault: Vault) -> None:
    # The import writes rows with driver SQL, each value through its column type's processor
    # (services/exchange/store.py): a fast path there must not skip the packing.
    person = coachees.create_coachee(vault, name="Noor Visser")
    record = sessions.create_session(
        vault, person.id, template="grow", sections={"goal": NOTE}, notes=NOTE
    )
    exchange.import_document(other_vault, exchange.export_json(vault))
    assert _stored_types(other_vault, record.id)[:2] == ("blob", "blob")
    again = sessions.get_session(other_vault, record.id)
    assert (again.sections, again.notes) == (record.sections, NOTE)
