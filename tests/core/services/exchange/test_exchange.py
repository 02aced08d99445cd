"""The JSON export and the all-or-nothing import (docs/export-format.md, docs/security.md 23)."""

from __future__ import annotations

import copy
import json
import re
import uuid
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import event, text

from coach_app.errors import ImportRejected
from coach_app.models import Measurement
from coach_app.models.base import ID_LENGTH
from coach_app.services import coachees, exchange, experiments, measurements, search, sessions
from coach_app.vault.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE

DOCS = Path(__file__).resolve().parents[4] / "docs" / "export-format.md"
MARKER = "zebrafinch"  # a word that occurs in one session's notes only


def populate(vault: Vault) -> dict[str, str]:
    """Two coachees with every kind of row and field; returns the ids tests refer to."""
    ingrid = coachees.create_coachee(
        vault,
        name="Ingrid Sørensen",
        role="Team lead",
        organisation="Nordlys AB",
        team="Platform",
        email="ingrid@example.org",
        programme="Leading change",
        started_on="2025-01-15",
        status="active",
        focus="Speaking up in steering meetings.\nAnd listening.",
        tags=["leadership", "sécurité"],
        consent_recorded_on="2025-01-16",
    )
    bram = coachees.create_coachee(vault, name="Bram de Vries", tags=["intervision"])
    goal = coachees.create_goal(
        vault,
        ingrid.id,
        title="Raise concerns early",
        description="In the weekly steering meeting.",
        weight=3,
        gas_levels={"-2": "Silent", "-1": "Afterwards", "0": "Once", "1": "With a proposal"},
    )
    first = sessions.create_session(
        vault,
        ingrid.id,
        template="grow",
        started_at="2025-03-31T14:00",
        sections={"goal": "Speak first once", "reality": "Waits for the director"},
        notes=f"Noticed a {MARKER} moment.",
        private_reflection="I talked too much.",
        tags=["steering"],
    )
    second = sessions.create_session(
        vault,
        ingrid.id,
        template="pdsa",
        kind="one_to_one",
        started_at="2025-04-14T09:30",
        duration_minutes=45,
        sections={"plan": "Ask one question", "study": "It worked"},
    )
    sessions.create_session(
        vault,
        bram.id,
        template="intervision",
        kind="intervision",
        started_at="2025-02-01T10:00",
        sections={"case_giver": "Bram", "key_question": "How do I say no?"},
    )
    sessions.create_session(vault, bram.id, started_at="2025-02-15T10:00", notes="Free notes.")
    exp = experiments.create_experiment(
        vault,
        ingrid.id,
        title="Ask the first question",
        prediction="Surprise",
        action="One question in the first ten minutes",
        success_signal="Someone builds on it",
        due_on="2025-04-08",
        goal_id=goal.id,
        agreed_in_session_id=first.id,
    )
    experiments.review_experiment(
        vault,
        exp.id,
        outcome="Two people nodded",
        learning="Preparing one question is enough",
        decision="adapt",
        reviewed_in_session_id=second.id,
    )
    experiments.create_experiment(vault, bram.id, title="Say no once")
    measurements.add_measurement(
        vault,
        ingrid.id,
        instrument="confidence",
        value=6,
        taken_on="2025-03-31",
        session_id=first.id,
        goal_id=goal.id,
    )
    measurements.add_measurement(
        vault,
        ingrid.id,
        instrument="gse",
        value=2.9,
        taken_on="2025-04-14",
        items=[3, 2, None, 4, 3, 3, 2, 3, 4, 2],
        scores={"total": 29},
    )
    measurements.add_measurement(
        vault, bram.id, instrument="custom:energy", value=7.5, taken_on="2025-02-01"
    )
    return {
        "ingrid": ingrid.id,
        "bram": bram.id,
        "goal": goal.id,
        "first": first.id,
        "second": second.id,
    }


def fingerprint(vault: Vault) -> tuple[dict[str, int], int, str]:
    """Row counts, search-index size and the export (without its date): 'the vault as it is'."""
    with vault.engine.connect() as conn:
        docs = conn.execute(text("SELECT count(*) FROM search_docs")).scalar_one()
        fts = conn.execute(text("SELECT count(*) FROM search_fts")).scalar_one()
    assert docs == fts
    doc = exchange.export_document(vault)
    doc.pop("exported_at")
    return vault.counts(), docs, json.dumps(doc, sort_keys=True)


def without_date(doc: dict[str, Any]) -> dict[str, Any]:
    doc = dict(doc)
    doc.pop("exported_at", None)
    return doc


@pytest.fixture(scope="module")
def export_doc(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """A valid export of a populated vault (made once: vaults cost a key derivation each)."""
    source, _ = Vault.create(tmp_path_factory.mktemp("source") / "v", PASSPHRASE, FAST_KDF)
    try:
        populate(source)
        return exchange.export_document(source)
    finally:
        source.close()


@pytest.fixture(scope="module")
def target(tmp_path_factory: pytest.TempPathFactory) -> Any:
    """An empty vault that rejected imports must leave empty (shared by the rejection tests)."""
    opened, _ = Vault.create(tmp_path_factory.mktemp("target") / "v", PASSPHRASE, FAST_KDF)
    try:
        yield opened
    finally:
        opened.close()


# ---- export ---------------------------------------------------------------------------------


def test_export_shape_and_text_form(vault: Vault) -> None:
    ids = populate(vault)
    raw = exchange.export_json(vault)
    assert raw.endswith("}\n")
    assert "Ingrid Sørensen" in raw  # ensure_ascii=False
    assert raw.splitlines()[1].startswith('  "format"')  # indent 2
    doc = json.loads(raw)
    # Format version 2 (groups, the coach's own record) added the last two keys.
    assert list(doc) == ["format", "version", "exported_at", "coachees", "groups", "development"]
    assert doc["format"] == "coach-companion-export"
    # Version 4: the app's 13-character ids beside its 19-character ones and UUIDs.
    assert doc["version"] == 4
    datetime.fromisoformat(doc["exported_at"])
    assert [c["id"] for c in doc["coachees"]] == sorted([ids["ingrid"], ids["bram"]])
    ingrid = next(c for c in doc["coachees"] if c["id"] == ids["ingrid"])
    assert list(ingrid)[:11] == [
        "id",
        "name",
        "role",
        "organisation",
        "team",
        "email",
        "programme",
        "started_on",
        "status",
        "focus",
        "tags",
    ]
    assert ingrid["started_on"] == "2025-01-15"
    assert [s["started_at"] for s in ingrid["sessions"]] == [
        "2025-03-31T14:00:00",
        "2025-04-14T09:30:00",
    ]
    grow = ingrid["sessions"][0]
    assert list(grow["sections"]) == ["goal", "reality", "options", "will"]
    assert grow["sections"]["options"] == ""
    goal = ingrid["goals"][0]
    assert list(goal["gas_levels"]) == ["-2", "-1", "0", "1", "2"]
    exp = ingrid["experiments"][0]
    assert exp["goal"] == ids["goal"]
    assert exp["agreed_in_session"] == ids["first"]
    assert exp["reviewed_in_session"] == ids["second"]
    assert exp["decision"] == "adapt"
    gse = next(m for m in ingrid["measurements"] if m["instrument"] == "gse")
    assert gse["items"][2] is None
    assert gse["scores"] == {"total": 29.0}


def test_exported_at_is_the_only_difference_between_exports(vault: Vault) -> None:
    populate(vault)
    first = exchange.export_json(vault, now=datetime(2025, 1, 1, 12, 0))
    second = exchange.export_json(vault, now=datetime(2025, 6, 1, 12, 0))
    differing = [
        (a, b) for a, b in zip(first.splitlines(), second.splitlines(), strict=True) if a != b
    ]
    assert len(differing) == 1
    assert '"exported_at"' in differing[0][0]


def test_round_trip_gives_the_same_document(vault: Vault, other_vault: Vault) -> None:
    populate(vault)
    first = exchange.export_json(vault)
    summary = exchange.import_document(other_vault, first)
    assert summary == exchange.ImportSummary(
        coachees=2, goals=1, sessions=4, experiments=2, measurements=3
    )
    second = exchange.export_json(other_vault)
    strip = re.compile(r'^  "exported_at": .*$', re.MULTILINE)
    assert strip.sub("", first) == strip.sub("", second)
    assert fingerprint(vault) == fingerprint(other_vault)


def test_round_trip_of_demo_data(vault: Vault, other_vault: Vault) -> None:
    # Demo data is written with Core inserts, not through the services: a different path.
    demo = pytest.importorskip("coach_app.services.demo")
    demo.generate(vault, coachees=3, sessions_per_coachee=8, seed=7)
    exchange.import_document(other_vault, exchange.export_json(vault))
    assert without_date(exchange.export_document(vault)) == without_date(
        exchange.export_document(other_vault)
    )


def test_search_index_is_right_after_import(vault: Vault, other_vault: Vault) -> None:
    ids = populate(vault)
    exchange.import_document(other_vault, exchange.export_document(vault))
    hits = search.search(other_vault, MARKER)
    assert [(h.kind, h.owner_id, h.coachee_id) for h in hits] == [
        ("session", ids["first"], ids["ingrid"])
    ]
    assert search.search(other_vault, "securite")  # the tag, diacritics folded
    assert fingerprint(other_vault)[1] == fingerprint(vault)[1]


def test_documented_example_imports(vault: Vault) -> None:
    block = re.search(r"## Example\n.*?```json\n(.*?)\n```", DOCS.read_text("utf-8"), re.DOTALL)
    assert block is not None
    summary = exchange.import_document(vault, block.group(1))
    assert summary.total == 5


def test_optional_keys_take_their_defaults(vault: Vault) -> None:
    doc = {
        "format": "coach-companion-export",
        "version": 1,
        "coachees": [
            {
                "id": "6A1C2F0E-8D43-4C5E-9A57-3F0B6A2C9E11",
                "name": "  Ana   Lima ",
                "sessions": [
                    {
                        "id": "c3d9f7a1-2b6e-4e8f-9c0d-1a2b3c4d5e6f",
                        "started_at": "2025-03-31T14:00+02:00",
                        "template": "grow",
                        "sections": {"will": "Call\x00 Sam"},
                    }
                ],
            }
        ],
    }
    exchange.import_document(vault, doc)
    coachee = exchange.export_document(vault)["coachees"][0]
    assert coachee["id"] == "6a1c2f0e-8d43-4c5e-9a57-3f0b6a2c9e11"
    assert coachee["name"] == "Ana Lima"
    assert coachee["status"] == "active"
    assert coachee["goals"] == []
    session = coachee["sessions"][0]
    assert session["started_at"] == "2025-03-31T14:00:00"  # wall clock kept, offset dropped
    assert session["sections"] == {"goal": "", "reality": "", "options": "", "will": "Call Sam"}
    assert session["kind"] == "one_to_one"
    assert session["duration_minutes"] == 60


# ---- rejections -----------------------------------------------------------------------------

Mutation = Callable[[dict[str, Any]], None]


def _set(path: str, value: Any) -> Mutation:
    """A mutation setting ``coachees[0].sessions[1].kind``-style paths (last part a key)."""

    def apply(doc: dict[str, Any]) -> None:
        parts = re.findall(r"[^.\[\]]+|\[\d+\]", path)
        node: Any = doc
        for part in parts[:-1]:
            node = node[int(part[1:-1])] if part.startswith("[") else node[part]
        last = parts[-1]
        if last.startswith("["):
            node[int(last[1:-1])] = value
        else:
            node[last] = value

    return apply


def _delete(path: str) -> Mutation:
    def apply(doc: dict[str, Any]) -> None:
        parent, key = path.rsplit(".", 1)
        node: Any = doc
        for part in re.findall(r"[^.\[\]]+|\[\d+\]", parent):
            node = node[int(part[1:-1])] if part.startswith("[") else node[part]
        del node[key]

    return apply


def _ingrid(doc: dict[str, Any]) -> int:
    return next(i for i, c in enumerate(doc["coachees"]) if c["name"] == "Ingrid Sørensen")


REJECTIONS: list[tuple[str, Callable[[dict[str, Any]], Mutation], str]] = [
    (
        "unknown nested key",
        lambda d: _set(f"coachees[{_ingrid(d)}].sessions[0].sectons", {}),
        "sessions[0].sectons is not part of the export format",
    ),
    ("unknown top-level key", lambda d: _set("extra", 1), "extra is not part"),
    (
        "unknown key in gas levels",
        lambda d: _set(f"coachees[{_ingrid(d)}].goals[0].gas_levels.3", ""),
        'gas_levels["3"]',
    ),
    ("wrong format", lambda d: _set("format", "something-else"), "not a Coach Companion export"),
    ("newer version", lambda d: _set("version", exchange.VERSION + 1), "newer Coach Companion"),
    ("version as text", lambda d: _set("version", "1"), "version must be a whole number"),
    ("coachees not a list", lambda d: _set("coachees", {}), "coachees must be a list"),
    (
        "coachee not an object",
        lambda d: _set("coachees[0]", "x"),
        "coachees[0] must be a JSON object",
    ),
    ("missing name", lambda d: _delete(f"coachees[{_ingrid(d)}].name"), ".name is missing"),
    (
        "empty name",
        lambda d: _set(f"coachees[{_ingrid(d)}].name", "  "),
        ".name: the text is required",
    ),
    ("name too long", lambda d: _set(f"coachees[{_ingrid(d)}].name", "x" * 201), "at most 200"),
    ("name a number", lambda d: _set(f"coachees[{_ingrid(d)}].name", 7), ".name must be text"),
    ("null text", lambda d: _set(f"coachees[{_ingrid(d)}].focus", None), ".focus must be text"),
    (
        "tags not a list",
        lambda d: _set(f"coachees[{_ingrid(d)}].tags", "a,b"),
        ".tags must be a list",
    ),
    (
        "tag a number",
        lambda d: _set(f"coachees[{_ingrid(d)}].tags", ["a", 3]),
        ".tags[1] must be text",
    ),
    ("bad e-mail", lambda d: _set(f"coachees[{_ingrid(d)}].email", "not-an-address"), ".email"),
    (
        "bad status",
        lambda d: _set(f"coachees[{_ingrid(d)}].status", "sleeping"),
        ".status must be one of",
    ),
    (
        "impossible date",
        lambda d: _set(f"coachees[{_ingrid(d)}].started_on", "2025-02-30"),
        "started_on must be a date",
    ),
    (
        "date in another form",
        lambda d: _set(f"coachees[{_ingrid(d)}].started_on", "31/03/2025"),
        "started_on must be a date",
    ),
    (
        "compact ISO date",
        lambda d: _set(f"coachees[{_ingrid(d)}].started_on", "20250331"),
        "started_on must be a date",
    ),
    (
        "bad date-time",
        lambda d: _set(f"coachees[{_ingrid(d)}].sessions[0].started_at", "yesterday"),
        "started_at must be a date and time",
    ),
    (
        "missing start",
        lambda d: _delete(f"coachees[{_ingrid(d)}].sessions[0].started_at"),
        "started_at is missing",
    ),
    (
        "weight as text",
        lambda d: _set(f"coachees[{_ingrid(d)}].goals[0].weight", "2"),
        "weight must be a whole number from 1 to 4",
    ),
    (
        "weight out of range",
        lambda d: _set(f"coachees[{_ingrid(d)}].goals[0].weight", 5),
        "weight must be a whole number",
    ),
    (
        "weight a boolean",
        lambda d: _set(f"coachees[{_ingrid(d)}].goals[0].weight", True),
        "weight must be a whole number",
    ),
    (
        "weight a float",
        lambda d: _set(f"coachees[{_ingrid(d)}].goals[0].weight", 2.0),
        "weight must be a whole number",
    ),
    (
        "negative duration",
        lambda d: _set(f"coachees[{_ingrid(d)}].sessions[0].duration_minutes", -1),
        "duration_minutes",
    ),
    (
        "bad kind",
        lambda d: _set(f"coachees[{_ingrid(d)}].sessions[0].kind", "coffee"),
        ".kind must be one of",
    ),
    (
        "bad template",
        lambda d: _set(f"coachees[{_ingrid(d)}].sessions[0].template", "smart"),
        ".template must be one of",
    ),
    (
        "section of another template",
        lambda d: _set(f"coachees[{_ingrid(d)}].sessions[0].sections.plan", "x"),
        "sections.plan is not a section of the grow template",
    ),
    (
        "sections not an object",
        lambda d: _set(f"coachees[{_ingrid(d)}].sessions[0].sections", []),
        "sections must be a JSON object",
    ),
    (
        "bad decision",
        lambda d: _set(f"coachees[{_ingrid(d)}].experiments[0].decision", "maybe"),
        ".decision must be one of",
    ),
    (
        "bad experiment status",
        lambda d: _set(f"coachees[{_ingrid(d)}].experiments[0].status", "open"),
        ".status must be one of",
    ),
    (
        "bad instrument",
        lambda d: _set(f"coachees[{_ingrid(d)}].measurements[0].instrument", "mood"),
        ".instrument must be",
    ),
    (
        "value as text",
        lambda d: _set(f"coachees[{_ingrid(d)}].measurements[0].value", "6"),
        ".value must be a number",
    ),
    (
        "value infinite",
        lambda d: _set(f"coachees[{_ingrid(d)}].measurements[0].value", float("inf")),
        ".value must be a finite number",
    ),
    (
        "value not a number",
        lambda d: _set(f"coachees[{_ingrid(d)}].measurements[0].value", float("nan")),
        ".value must be a finite number",
    ),
    (
        "item as text",
        lambda d: _set(f"coachees[{_ingrid(d)}].measurements[1].items", ["3"]),
        ".items[0] must be a number",
    ),
    (
        "scores a list",
        lambda d: _set(f"coachees[{_ingrid(d)}].measurements[1].scores", [1]),
        ".scores must be a JSON object",
    ),
    (
        "score as text",
        lambda d: _set(f"coachees[{_ingrid(d)}].measurements[1].scores", {"total": "29"}),
        "scores.total must be a number",
    ),
    (
        "missing value",
        lambda d: _delete(f"coachees[{_ingrid(d)}].measurements[0].value"),
        ".value is missing",
    ),
    ("id not an id", lambda d: _set(f"coachees[{_ingrid(d)}].id", "ingrid"), ".id must be an id"),
    (
        "id a number",
        lambda d: _set(f"coachees[{_ingrid(d)}].sessions[0].id", 12),
        ".id must be an id",
    ),
    (
        "id a character short",
        lambda d: _set(f"coachees[{_ingrid(d)}].sessions[0].id", "3n1pq0ta7x2k"),
        ".id must be an id",
    ),
    (
        "id between the two lengths",
        lambda d: _set(f"coachees[{_ingrid(d)}].sessions[0].id", "3n1pq0ta7x2kfw8b"),
        ".id must be an id",
    ),
    (
        "id a character short of the older length",
        lambda d: _set(f"coachees[{_ingrid(d)}].sessions[0].id", "3n1pq0ta7x2kfw8bhu"),
        ".id must be an id",
    ),
    (
        "id with a hyphen",
        lambda d: _set(f"coachees[{_ingrid(d)}].sessions[0].id", "3n1pq0ta7x-kfw8bhuz"),
        ".id must be an id",
    ),
    (
        "goal of another coachee",
        lambda d: _set(
            f"coachees[{1 - _ingrid(d)}].experiments[0].goal",
            d["coachees"][_ingrid(d)]["goals"][0]["id"],
        ),
        "experiments[0].goal is not the id of one of this coachee's goals",
    ),
    (
        "session reference to a goal",
        lambda d: _set(
            f"coachees[{_ingrid(d)}].measurements[0].session",
            d["coachees"][_ingrid(d)]["goals"][0]["id"],
        ),
        "measurements[0].session is not the id of one of this coachee's sessions",
    ),
    (
        "reference to an id not in the file",
        lambda d: _set(
            f"coachees[{_ingrid(d)}].experiments[0].agreed_in_session",
            "00000000-0000-4000-8000-000000000000",
        ),
        "agreed_in_session is not the id",
    ),
    (
        "reference of the wrong type",
        lambda d: _set(f"coachees[{_ingrid(d)}].experiments[0].reviewed_in_session", ["x"]),
        "reviewed_in_session is not the id",
    ),
    (
        "duplicate session id",
        lambda d: _set(
            f"coachees[{_ingrid(d)}].sessions[1].id",
            d["coachees"][_ingrid(d)]["sessions"][0]["id"],
        ),
        "sessions[1].id repeats the id of",
    ),
    (
        "a goal with a coachee's id",
        lambda d: _set(f"coachees[{_ingrid(d)}].goals[0].id", d["coachees"][0]["id"]),
        "every id must be unique",
    ),
    (
        "the same id in upper case",
        lambda d: _set(
            f"coachees[{_ingrid(d)}].sessions[1].id",
            d["coachees"][_ingrid(d)]["sessions"][0]["id"].upper(),
        ),
        "repeats the id of",
    ),
]


@pytest.mark.parametrize(
    ("make", "expected"),
    [pytest.param(make, expected, id=name) for name, make, expected in REJECTIONS],
)
def test_rejections_name_the_place_and_change_nothing(
    export_doc: dict[str, Any],
    target: Vault,
    make: Callable[[dict[str, Any]], Mutation],
    expected: str,
) -> None:
    doc = copy.deepcopy(export_doc)
    make(doc)(doc)
    before = fingerprint(target)
    with pytest.raises(ImportRejected) as caught:
        exchange.import_document(target, doc)
    message = caught.value.message
    assert expected in message
    assert message.startswith("Import rejected: ")
    assert message.endswith("Nothing was imported.")
    assert "\n" not in message
    assert fingerprint(target) == before
    assert before[0]["coachees"] == 0


def test_the_unmutated_document_imports(export_doc: dict[str, Any], vault: Vault) -> None:
    # The rejections above are about their mutation, not about the document they start from.
    assert exchange.import_document(vault, export_doc).total == 12


def test_ids_of_every_form_the_app_has_made_import_as_they_are(
    export_doc: dict[str, Any], vault: Vault
) -> None:
    # An export of a vault used since before December 2026 holds UUIDs, the 19-character ids
    # of early December 2026 and today's 13-character ones side by side.
    ingrid = export_doc["coachees"][_ingrid(export_doc)]
    older = {
        ingrid["id"]: "0F8FAD5B-D9CB-469F-A165-70867728950E",
        ingrid["sessions"][0]["id"]: "3N1PQ0TA7X2KFW8BHUZ",
    }
    kept = ingrid["sessions"][1]["id"]
    assert len(kept) == ID_LENGTH == 13
    raw = json.dumps(export_doc)
    for was, now in older.items():
        raw = raw.replace(was, now)  # every reference too: an id is found by its text
    assert exchange.import_document(vault, raw).total == 12
    with vault.engine.connect() as conn:
        coachees = set(conn.execute(text("SELECT id FROM coachees")).scalars())
        sessions = set(conn.execute(text("SELECT id FROM sessions")).scalars())
    assert "0f8fad5b-d9cb-469f-a165-70867728950e" in coachees
    assert {"3n1pq0ta7x2kfw8bhuz", kept} <= sessions


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        pytest.param(b"\xff\xfe{}", "not UTF-8", id="not-utf8"),
        pytest.param("{", "not valid JSON (line 1, column 2", id="truncated"),
        pytest.param("", "not valid JSON", id="empty"),
        pytest.param("[]", "the file must be a JSON object", id="a-list"),
        pytest.param('{"format": 1, "format": 2}', 'has the key "format" twice', id="dup-key"),
        pytest.param('{"version": NaN}', "NaN", id="nan"),
        pytest.param('{"version": -Infinity}', "-Infinity", id="infinity"),
        pytest.param("[" * 100_000 + "]" * 100_000, "nested too deeply", id="deep"),
        pytest.param('{"version": ' + "9" * 5000 + "}", "number too large", id="huge-int"),
        pytest.param("{}", "format is missing", id="empty-object"),
    ],
)
def test_malformed_files_are_rejected(vault: Vault, raw: str | bytes, expected: str) -> None:
    before = fingerprint(vault)
    with pytest.raises(ImportRejected, match=re.escape(expected)):
        exchange.import_document(vault, raw)
    assert fingerprint(vault) == before


def test_ids_already_in_the_vault_are_rejected(export_doc: dict[str, Any], vault: Vault) -> None:
    exchange.import_document(vault, export_doc)
    before = fingerprint(vault)
    with pytest.raises(ImportRejected, match="this vault already holds a coachee with the id"):
        exchange.import_document(vault, export_doc)
    assert fingerprint(vault) == before


def test_an_id_used_by_another_kind_in_the_vault_is_rejected(vault: Vault) -> None:
    ids = populate(vault)
    doc = {
        "format": "coach-companion-export",
        "version": 1,
        "coachees": [{"id": ids["first"], "name": "Someone New"}],
    }
    before = fingerprint(vault)
    with pytest.raises(ImportRejected, match="already holds a session with the id"):
        exchange.import_document(vault, doc)
    assert fingerprint(vault) == before


def test_an_erased_coachee_is_not_imported_again(
    export_doc: dict[str, Any], other_vault: Vault
) -> None:
    exchange.import_document(other_vault, export_doc)
    gone = export_doc["coachees"][0]["id"]
    coachees.erase_coachee(other_vault, gone)
    doc = copy.deepcopy(export_doc)
    doc["coachees"] = [doc["coachees"][0]]
    before = fingerprint(other_vault)
    with pytest.raises(ImportRejected, match=f"the coachee {gone} was erased from this vault"):
        exchange.import_document(other_vault, doc)
    assert fingerprint(other_vault) == before


def test_huge_text_fields_are_rejected(export_doc: dict[str, Any], other_vault: Vault) -> None:
    doc = copy.deepcopy(export_doc)
    doc["coachees"][_ingrid(doc)]["sessions"][0]["notes"] = "x" * 1_000_001
    with pytest.raises(ImportRejected, match=r"sessions\[0\]\.notes: the text is too long"):
        exchange.import_document(other_vault, doc)
    assert other_vault.counts()["coachees"] == 0


def _many_coachees(export_doc: dict[str, Any], n: int) -> dict[str, Any]:
    """``export_doc`` with ``n`` more coachees (fresh ids, a session each): a longer file."""
    doc = copy.deepcopy(export_doc)
    for i in range(n):
        session = {"id": str(uuid.uuid4()), "started_at": "2025-03-31T14:00:00", "notes": "é" * 900}
        doc["coachees"].append(
            {"id": str(uuid.uuid4()), "name": f"Extra {i}", "sessions": [session]}
        )
    return doc


def test_a_file_is_imported_a_chunk_at_a_time_whatever_its_size(
    export_doc: dict[str, Any], vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # There is no cap on a file's size (an export of a large vault must import): what protects
    # memory is reading it as a stream. This file is many times the chunk, and every request
    # for more is refused if it asks for more than two chunks: the whole file is never read.
    monkeypatch.setattr(exchange.reader, "CHUNK", 8192)
    doc = _many_coachees(export_doc, 300)
    path = tmp_path / "big.json"
    path.write_text(json.dumps(doc, ensure_ascii=False, indent=1), encoding="utf-8")
    assert path.stat().st_size > 70 * 8192
    real_open = Path.open

    class Guarded:
        """The file, refusing any request for more than two chunks at once."""

        def __init__(self, inner: Any) -> None:
            self.inner = inner

        def read(self, size: int = -1) -> bytes:
            assert 0 < size <= 2 * 8192, size
            data: bytes = self.inner.read(size)
            return data

        def __enter__(self) -> Guarded:
            return self

        def __exit__(self, *_exc: object) -> None:
            self.inner.close()

    def guarded_open(self: Path, mode: str = "r", *args: Any, **kwargs: Any) -> Any:
        opened = real_open(self, mode, *args, **kwargs)
        return Guarded(opened) if self == path and mode == "rb" else opened

    monkeypatch.setattr(Path, "open", guarded_open)
    preview = exchange.preview_import(vault, path)
    assert preview.rejection is None and preview.coachees == 302
    assert vault.counts()["coachees"] == 0
    summary = exchange.import_document(vault, exchange.read_import_file(path))
    assert summary.coachees == 302 and summary.sessions == 304
    assert vault.counts()["coachees"] == 302


@pytest.mark.parametrize("cut", [0.2, 0.6, 0.95, 0.999])
def test_a_truncated_file_leaves_the_vault_as_it_was(
    export_doc: dict[str, Any], vault: Vault, monkeypatch: pytest.MonkeyPatch, cut: float
) -> None:
    # Cut late, the coachees before the cut are written (in the import's transaction) when
    # the end turns out missing: all of them are rolled back.
    monkeypatch.setattr(exchange.reader, "CHUNK", 4096)
    populate(vault)
    text_ = json.dumps(_many_coachees(export_doc, 60), ensure_ascii=False, indent=1)
    before = fingerprint(vault)
    with pytest.raises(ImportRejected, match=r"not valid JSON \(line \d+, column \d+"):
        exchange.import_document(vault, text_[: int(len(text_) * cut)])
    assert fingerprint(vault) == before


def test_a_refusal_in_the_last_coachee_undoes_the_ones_written_before(
    export_doc: dict[str, Any], vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(exchange.reader, "CHUNK", 4096)
    doc = _many_coachees(export_doc, 60)
    doc["coachees"][-1]["sessions"][0]["duration_minutes"] = 5000
    before = _count_all(vault)
    with pytest.raises(ImportRejected, match=r"coachees\[61\]\.sessions\[0\]\.duration_minutes"):
        exchange.import_document(vault, json.dumps(doc).encode("utf-8"))
    assert _count_all(vault) == before


def test_a_problem_later_in_the_file_is_reported_before_an_earlier_one_of_content(
    export_doc: dict[str, Any], vault: Vault
) -> None:
    # As when the whole file was read first: a file that is not JSON (or not UTF-8) says so,
    # whatever its first coachees hold; then the checks of the content; then the vault's ids.
    doc = copy.deepcopy(export_doc)
    doc["coachees"][0]["sessions"][0]["duration_minutes"] = 5000
    raw = json.dumps(doc)
    with pytest.raises(ImportRejected, match="not valid JSON"):
        exchange.import_document(vault, raw[:-2])
    with pytest.raises(ImportRejected, match="not UTF-8"):
        exchange.import_document(vault, raw[:-2].encode("utf-8") + b"\xff")
    exchange.import_document(vault, export_doc)
    again = copy.deepcopy(export_doc)
    again["development"] = [{"id": str(uuid.uuid4()), "held_on": "2025-01-01", "hours": -1}]
    with pytest.raises(ImportRejected, match=r"development\[0\]"):
        exchange.import_document(vault, json.dumps(again))


_notes = st.text(
    st.characters(codec="utf-8", exclude_categories=["Cs", "Cc"]) | st.sampled_from('"\\\n\t😀'),
    max_size=300,
)


# Names as the form takes them (letters, digits, inner spaces).
_names = st.text(st.characters(categories=["L", "N"]) | st.just(" "), max_size=30).filter(str.strip)


@settings(
    max_examples=12,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    people=st.lists(st.tuples(_names, st.lists(_notes, max_size=3)), max_size=4),
    chunk=st.integers(min_value=16, max_value=4096),
)
def test_what_the_exporter_writes_streams_back_whole(
    tmp_path_factory: pytest.TempPathFactory,
    monkeypatch: pytest.MonkeyPatch,
    people: list[tuple[str, list[str]]],
    chunk: int,
) -> None:
    folder = tmp_path_factory.mktemp("stream")
    source, _ = Vault.create(folder / "source", PASSPHRASE, FAST_KDF)
    target, _ = Vault.create(folder / "target", PASSPHRASE, FAST_KDF)
    try:
        populate(source)
        for name, notes in people:
            person = coachees.create_coachee(source, name=name)
            for day, note in enumerate(notes, start=1):
                sessions.create_session(
                    source, person.id, started_at=f"2025-03-{day:02d}T10:00", notes=note
                )
        path = folder / "export.json"
        with path.open("w", encoding="utf-8") as out:
            exchange.write_export(source, out)
        raw = path.read_text(encoding="utf-8")
        monkeypatch.setattr(exchange.reader, "CHUNK", chunk)
        assert exchange.parse_import_text(path.read_bytes()) == json.loads(raw)
        exchange.import_document(target, exchange.read_import_file(path))
        assert target.counts() == source.counts()
        assert without_date(exchange.export_document(target)) == without_date(json.loads(raw))
    finally:
        source.close()
        target.close()


def test_a_missing_file_is_rejected(tmp_path: Path) -> None:
    with pytest.raises(ImportRejected, match="cannot read"):
        exchange.read_import_file(tmp_path / "nope.json")


def _count_all(vault: Vault) -> tuple[dict[str, int], int]:
    with vault.engine.connect() as conn:
        docs = conn.execute(text("SELECT count(*) FROM search_docs")).scalar_one()
    return vault.counts(), docs


def test_nothing_is_half_imported_when_the_last_insert_fails(
    export_doc: dict[str, Any], vault: Vault
) -> None:
    # Coachees, goals and sessions are written (and indexed) before measurements; a failure
    # at the measurements' insert must roll all of it back. (The failure is injected under
    # whatever writes the rows, ORM flush or Core statement: at the driver's cursor.)
    def fail_on_measurements(*args: object) -> None:
        statement = args[2]
        if isinstance(statement, str) and statement.startswith(
            f"INSERT INTO {Measurement.__tablename__} "
        ):
            raise RuntimeError("disk on fire")

    before = _count_all(vault)
    event.listen(vault.engine, "before_cursor_execute", fail_on_measurements)
    try:
        with pytest.raises(RuntimeError):
            exchange.import_document(vault, export_doc)
    finally:
        event.remove(vault.engine, "before_cursor_execute", fail_on_measurements)
    assert _count_all(vault) == before
    assert not search.search(vault, MARKER)
    assert exchange.import_document(vault, export_doc).total == 12


def test_a_conflict_found_only_by_the_database_rolls_everything_back(
    export_doc: dict[str, Any], vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    clash = export_doc["coachees"][-1]["measurements"][-1]
    exchange.import_document(
        vault,
        {
            "format": "coach-companion-export",
            "version": 1,
            "coachees": [
                {
                    "id": "00000000-0000-4000-8000-000000000001",
                    "name": "Placeholder",
                    "measurements": [{**clash, "session": None, "goal": None}],
                }
            ],
        },
    )
    # Skip the up-front id check so the clash surfaces only at the very last flush.
    monkeypatch.setattr(exchange, "_check_new_ids", lambda _s, _plan: None)
    before = _count_all(vault)
    with pytest.raises(ImportRejected, match="conflicts with data already in the vault"):
        exchange.import_document(vault, export_doc)
    assert _count_all(vault) == before
