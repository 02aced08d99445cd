"""The streamed export is the same document as ``export_document``, one coachee per line.

And every way out (the stream, the document, one coachee) writes what is stored in the
document's one form, whatever form it was stored in.
"""

from __future__ import annotations

import io
import json
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlalchemy import text

from coach_app.errors import Cancelled
from coach_app.i18n import _
from coach_app.models import Coachee, CoachingSession, Goal, Measurement
from coach_app.services import demo, exchange
from coach_app.services.exchange.document import (
    COACHEE_KEYS,
    GOAL_KEYS,
    MEASUREMENT_KEYS,
    SESSION_KEYS,
)
from coach_app.services.exchange.export import write_export
from coach_app.templates import template
from coach_app.vault.vault import Vault

NOW = datetime(2025, 6, 2, 12, 0, tzinfo=UTC)


def test_streamed_export_equals_the_document(vault: Vault) -> None:
    demo.generate(vault, coachees=4, sessions_per_coachee=6, seed=11)
    out = io.StringIO()
    write_export(vault, out, now=NOW)
    text = out.getvalue()
    assert json.loads(text) == exchange.export_document(vault, now=NOW)
    assert text == exchange.export_json(vault, now=NOW)
    # Each coachee is one compact line under the indented top level.
    coachee_lines = [line for line in text.splitlines() if line.startswith('    {"id":')]
    assert len(coachee_lines) >= 4
    assert all(": " not in line[:40] for line in coachee_lines)


def test_an_empty_vault_exports_empty_lists(vault: Vault) -> None:
    doc = json.loads(exchange.export_json(vault, now=NOW))
    assert (doc["coachees"], doc["groups"], doc["development"]) == ([], [], [])


def test_export_to_file_streams_the_same_text_owner_only_with_progress(
    vault: Vault, tmp_path: Path
) -> None:
    demo.generate(vault, coachees=3, sessions_per_coachee=2, seed=5)
    target = tmp_path / "export.json"
    heard: list[float] = []
    exchange.export_to_file(vault, target, now=NOW, progress=heard.append)
    assert target.read_text("utf-8") == exchange.export_json(vault, now=NOW)
    assert target.stat().st_mode & 0o777 == 0o600
    # One step per coachee, rising, then done.
    assert len(heard) == 3 + 1
    assert heard == sorted(heard)
    assert heard[-1] == 1.0


def test_a_cancelled_export_leaves_the_old_file_and_no_part(vault: Vault, tmp_path: Path) -> None:
    demo.generate(vault, coachees=3, sessions_per_coachee=2, seed=5)
    (tmp_path / "out").mkdir()
    target = tmp_path / "out" / "export.json"
    target.write_text("the coach's older export", "utf-8")

    def cancel_after_the_first(fraction: float) -> None:
        if fraction > 0:
            raise Cancelled(_("Cancelled."))

    with pytest.raises(Cancelled):
        exchange.export_to_file(vault, target, now=NOW, progress=cancel_after_the_first)
    assert target.read_text("utf-8") == "the coach's older export"
    assert sorted(p.name for p in target.parent.iterdir()) == ["export.json"]


def _stored_oddly(vault: Vault) -> str:
    """A coachee whose stored values are not in the document's form; returns their id.

    Whole numbers among a measurement's answers and sub-scores, a JSON null where a list or
    map belongs, sections out of their template's order with one missing and one unknown,
    a goal with two of its five levels, moments with and without microseconds.
    """
    with vault.session() as s, s.begin():
        coachee = Coachee(name="Ines", started_on=date(2025, 1, 6), tags=["a"])
        s.add(coachee)
        s.flush()
        grow = template("grow").section_keys()
        s.add_all(
            [
                Goal(coachee_id=coachee.id, title="Speak up", gas_levels={"2": "x", "0": "y"}),
                CoachingSession(
                    coachee_id=coachee.id,
                    started_at=datetime(2025, 2, 3, 9, 30),
                    template="grow",
                    sections={"zz": "kept", grow[2]: "third", grow[0]: "first"},
                    tags=["t"],
                    paid=True,
                ),
                CoachingSession(
                    coachee_id=coachee.id,
                    started_at=datetime(2025, 2, 4, 9, 30, 0, 1500),
                    template="grow",
                    sections={k: k.upper() for k in grow},
                ),
                Measurement(
                    coachee_id=coachee.id,
                    instrument="confidence",
                    taken_on=date(2025, 2, 3),
                    value=3,
                    items=[3, 4.5, True, "n/a"],
                    scores={"self": 2, "other": 2.5},
                ),
            ]
        )
        s.flush()
        s.execute(text("UPDATE sessions SET tags = 'null' WHERE paid IS NULL"))
        return coachee.id


@pytest.mark.parametrize("how", ["stream", "document", "one coachee"])
def test_stored_values_are_written_in_the_documents_form(vault: Vault, how: str) -> None:
    cid = _stored_oddly(vault)
    if how == "stream":
        (person,) = json.loads(exchange.export_json(vault, now=NOW))["coachees"]
    elif how == "document":
        (person,) = exchange.export_document(vault, now=NOW)["coachees"]
    else:
        (person,) = exchange.export_coachee(vault, cid, now=NOW)["coachees"]
    grow = template("grow").section_keys()
    assert list(person) == list(COACHEE_KEYS)
    assert person["started_on"] == "2025-01-06"
    assert person["tags"] == ["a"]
    (goal,) = person["goals"]
    assert list(goal) == list(GOAL_KEYS)
    assert goal["gas_levels"] == {"-2": "", "-1": "", "0": "y", "1": "", "2": "x"}
    assert list(goal["gas_levels"]) == ["-2", "-1", "0", "1", "2"]
    first, second = person["sessions"]
    assert all(list(x) == list(SESSION_KEYS) for x in (first, second))
    assert (first["started_at"], second["started_at"]) == (
        "2025-02-03T09:30:00",
        "2025-02-04T09:30:00.001500",
    )
    # The template's sections in order, a missing one empty, an unknown one kept after them.
    assert list(first["sections"]) == [*grow, "zz"]
    assert first["sections"] == {
        **dict.fromkeys(grow, ""),
        grow[0]: "first",
        grow[2]: "third",
        "zz": "kept",
    }
    assert second["sections"] == {k: k.upper() for k in grow}
    assert (first["tags"], second["tags"]) == (["t"], [])
    assert (first["paid"], second["paid"]) == (True, None)
    (m,) = person["measurements"]
    assert list(m) == list(MEASUREMENT_KEYS)
    assert m["taken_on"] == "2025-02-03"
    # Every number of a measurement in one shape: a whole number is written as 3.0.
    assert [(x, type(x)) for x in m["items"]] == [
        (3.0, float),
        (4.5, float),
        (True, bool),
        ("n/a", str),
    ]
    assert [(k, x, type(x)) for k, x in m["scores"].items()] == [
        ("self", 2.0, float),
        ("other", 2.5, float),
    ]
    assert (m["value"], type(m["value"])) == (3.0, float)


def test_a_json_null_where_a_list_or_map_belongs_is_written_empty(vault: Vault) -> None:
    cid = _stored_oddly(vault)
    with vault.session() as s, s.begin():
        for table, column in (
            ("coachees", "tags"),
            ("goals", "gas_levels"),
            ("measurements", "items"),
            ("measurements", "scores"),
        ):
            s.execute(text(f"UPDATE {table} SET {column} = 'null'"))
    text_out = exchange.export_json(vault, now=NOW)
    (person,) = json.loads(text_out)["coachees"]
    assert person["id"] == cid
    assert person["tags"] == []
    assert person["goals"][0]["gas_levels"] == dict.fromkeys(("-2", "-1", "0", "1", "2"), "")
    assert (person["measurements"][0]["items"], person["measurements"][0]["scores"]) == ([], {})


def test_the_export_writes_a_number_as_the_text_it_reads_back(vault: Vault) -> None:
    _stored_oddly(vault)
    text_out = exchange.export_json(vault, now=NOW)
    assert '"items":[3.0,4.5,true,"n/a"]' in text_out
    assert '"scores":{"self":2.0,"other":2.5}' in text_out
    assert '"value":3.0' in text_out
