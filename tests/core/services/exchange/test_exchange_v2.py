"""Export format version 2: groups, insights, the coach's own record, one coachee, previews."""

from __future__ import annotations

import copy
import json
import re
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from coach_app.errors import ImportRejected
from coach_app.models import Coachee, CoachingSession
from coach_app.services import (
    assessments,
    coachees,
    development,
    exchange,
    experiments,
    group_sessions,
    groups,
    sessions,
)
from coach_app.vault.vault import Vault

DOCS = Path(__file__).resolve().parents[4] / "docs" / "export-format.md"


def populate(vault: Vault) -> dict[str, str]:
    """Two coachees in a set with a name-only member, rounds, insights and the coach's record."""
    ada = coachees.create_coachee(vault, name="Ada Lind", focus="ADAMARKER focus")
    bo = coachees.create_coachee(vault, name="Bo Berg", focus="BOMARKER focus")
    goal = coachees.create_goal(vault, ada.id, title="ADAMARKER goal")
    one = sessions.create_session(vault, ada.id, template="grow", sections={"goal": "ADAMARKER s"})
    with vault.write() as s:  # the own-record fields, as the profile and session forms set them
        person = s.get(Coachee, ada.id)
        assert person is not None
        person.client_type, person.default_paid = "internal", False
        row = s.get(CoachingSession, one.id)
        assert row is not None
        row.paid = False
    sessions.create_session(vault, bo.id, notes="BOMARKER session")
    experiments.create_experiment(vault, ada.id, title="ADAMARKER exp", goal_id=goal.id)
    assessments.record_assessment(vault, bo.id, "confidence", 6, taken_on="2025-02-01")
    group = groups.create_group(
        vault, name="Harbour set", purpose="GROUPMARKER purpose", contact="sponsor@example.org"
    )
    ada_m = groups.add_member(vault, group.id, coachee_id=ada.id, joined_on="2025-01-10")
    bo_m = groups.add_member(vault, group.id, coachee_id=bo.id, joined_on="2025-01-10")
    dirk = groups.add_member(vault, group.id, name="Dirk", joined_on="2025-01-10")
    gs = group_sessions.create_group_session(
        vault, group.id, started_at="2025-02-03T14:00", paid=True
    )
    group_sessions.add_round(
        vault,
        gs.id,
        case_giver_id=ada_m.id,
        situation="ADAMARKER situation",
        key_question="ADAMARKER question",
        insight="ADAMARKER insight",
        action="ADAMARKER action",
        rating=7,
    )
    group_sessions.add_round(
        vault,
        gs.id,
        case_giver_id=bo_m.id,
        situation="BOMARKER situation",
        ideas="BOMARKER ideas",
        insight="BOMARKER insight",
        action="BOMARKER action",
        rating=5,
    )
    group_sessions.add_round(vault, gs.id, case_giver_id=dirk.id, situation="DIRKMARKER case")
    development.add_entry(
        vault, kind="supervision", held_on="2025-02-10", hours=1.5, reflection="COACHMARKER"
    )
    return {"ada": ada.id, "bo": bo.id, "group": group.id, "gs": gs.id}


def _without_date(doc: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in doc.items() if k != "exported_at"}


def _search_rows(vault: Vault) -> set[tuple[Any, ...]]:
    with vault.engine.connect() as conn:
        return set(
            conn.execute(
                text(
                    # Not d.at: goals and groups are dated by when they were created.
                    "SELECT d.kind, d.owner_id, d.coachee_id, f.title, f.body "
                    "FROM search_docs d JOIN search_fts f ON f.rowid = d.rowid"
                )
            ).all()
        )


def test_version_2_round_trip_keeps_every_row(vault: Vault, other_vault: Vault) -> None:
    ids = populate(vault)
    first = exchange.export_document(vault)
    assert first["version"] == exchange.VERSION  # 4: the keys of version 2, ids of any form
    (group,) = first["groups"]
    assert [len(group["members"]), len(group["sessions"])] == [3, 1]
    assert len(group["sessions"][0]["rounds"]) == 3
    assert len(group["sessions"][0]["attendees"]) == 3
    assert len(first["development"]) == 1
    ada = next(c for c in first["coachees"] if c["id"] == ids["ada"])
    assert (ada["client_type"], ada["default_paid"], ada["log_consent"]) == (
        "internal",
        False,
        False,
    )
    assert ada["insights"][0]["group_session"] == ids["gs"]
    assert any(e["agreed_in_group_session"] == ids["gs"] for e in ada["experiments"])
    assert any(m["group_session"] == ids["gs"] for m in ada["measurements"])
    assert any(s["paid"] is False for s in ada["sessions"])

    summary = exchange.import_document(other_vault, json.dumps(first))
    assert (summary.groups, summary.group_sessions, summary.rounds) == (1, 1, 3)
    assert (summary.insights, summary.development) == (2, 1)
    second = exchange.export_document(other_vault)
    assert _without_date(second) == _without_date(first)
    assert other_vault.counts() == vault.counts()
    assert _search_rows(other_vault) == _search_rows(vault)


def _doc_example() -> dict[str, Any]:
    found = re.search(
        r"## Example with a group.*?```json\n(.*?)\n```",
        DOCS.read_text(encoding="utf-8"),
        re.DOTALL,
    )
    assert found is not None
    doc: dict[str, Any] = json.loads(found.group(1))
    return doc


def test_the_documented_example_imports(vault: Vault) -> None:
    summary = exchange.import_document(vault, _doc_example())
    assert (summary.coachees, summary.groups, summary.rounds, summary.development) == (2, 1, 2, 1)


def test_a_version_1_document_still_imports(vault: Vault) -> None:
    doc: dict[str, Any] = {
        "format": "coach-companion-export",
        "version": 1,
        "coachees": [
            {
                "id": "6a1c2f0e-8d43-4c5e-9a57-3f0b6a2c9e11",
                "name": "Ingrid",
                "sessions": [
                    {"id": "c3d9f7a1-2b6e-4e8f-9c0d-1a2b3c4d5e6f", "started_at": "2025-03-31T14:00"}
                ],
            }
        ],
    }
    summary = exchange.import_document(vault, doc)
    assert (summary.coachees, summary.sessions) == (1, 1)
    (person,) = exchange.export_document(vault)["coachees"]
    assert person["default_paid"] is True and person["client_type"] == "third_party"
    assert person["sessions"][0]["paid"] is None


def _bad(doc: dict[str, Any], where: str, change: Any) -> dict[str, Any]:
    out = copy.deepcopy(doc)
    change(out)
    return out


REFERENCE_BREAKERS = [
    pytest.param(
        lambda d: d["groups"][0]["members"][0].__setitem__(
            "coachee", "11111111-1111-4111-8111-111111111111"
        ),
        "groups[0].members[0].coachee",
        id="member-unknown-coachee",
    ),
    pytest.param(
        lambda d: d["groups"][0]["sessions"][0]["rounds"][0].__setitem__(
            "case_giver", d["coachees"][0]["id"]
        ),
        "groups[0].sessions[0].rounds[0].case_giver",
        id="case-giver-not-a-member",
    ),
    pytest.param(
        lambda d: d["groups"][0]["sessions"][0]["attendees"].append(
            "22222222-2222-4222-8222-222222222222"
        ),
        "groups[0].sessions[0].attendees[3]",
        id="attendee-unknown",
    ),
    pytest.param(
        lambda d: next(c for c in d["coachees"] if c["insights"])["insights"][0].__setitem__(
            "group_session", "33333333-3333-4333-8333-333333333333"
        ),
        "insights[0].group_session",
        id="insight-unknown-group-session",
    ),
    pytest.param(
        lambda d: d["groups"].clear(),
        "agreed_in_group_session",
        id="group-session-not-in-file",
    ),
]


@pytest.mark.parametrize(("change", "where"), REFERENCE_BREAKERS)
def test_references_must_point_inside_the_file_and_nothing_is_imported(
    vault: Vault, other_vault: Vault, change: Any, where: str
) -> None:
    populate(vault)
    doc = exchange.export_document(vault)
    before = other_vault.counts()
    with pytest.raises(ImportRejected, match=re.escape(where)):
        exchange.import_document(other_vault, _bad(doc, where, change))
    assert other_vault.counts() == before


def test_a_round_cannot_point_at_another_participants_record(
    vault: Vault, other_vault: Vault
) -> None:
    populate(vault)
    doc = exchange.export_document(vault)
    rounds = doc["groups"][0]["sessions"][0]["rounds"]
    rounds[0]["experiment"], rounds[1]["experiment"] = rounds[1]["experiment"], None
    with pytest.raises(ImportRejected, match="someone other than the case-giver"):
        exchange.import_document(other_vault, doc)
    assert other_vault.counts()["groups"] == 0


# ---- one coachee ----------------------------------------------------------------------------


def test_one_coachee_export_holds_all_of_theirs_and_nothing_of_anyone_else(
    vault: Vault, other_vault: Vault
) -> None:
    ids = populate(vault)
    doc = exchange.export_coachee(vault, ids["ada"])
    raw = json.dumps(doc, ensure_ascii=False)
    full = exchange.export_document(vault)
    (ada_full,) = [c for c in full["coachees"] if c["id"] == ids["ada"]]
    (ada,) = doc["coachees"]
    assert ada == ada_full  # every row of theirs, as the full export writes it
    for marker in ("ADAMARKER situation", "ADAMARKER question", "ADAMARKER action"):
        assert marker in raw
    for marker in ("BOMARKER", "DIRKMARKER", "Dirk", "Bo Berg", "GROUPMARKER", "COACHMARKER"):
        assert marker not in raw
    assert ids["bo"] not in raw
    (group,) = doc["groups"]
    assert group["name"] == "Harbour set"
    assert [m["coachee"] for m in group["members"]] == [ids["ada"]]
    assert len(group["sessions"][0]["rounds"]) == 1
    assert doc["development"] == []
    # It is a valid document: it imports into an empty vault.
    summary = exchange.import_document(other_vault, doc)
    assert (summary.coachees, summary.groups, summary.rounds) == (1, 1, 1)


# ---- preview --------------------------------------------------------------------------------


def _fingerprint(vault: Vault) -> tuple[dict[str, int], set[tuple[Any, ...]]]:
    return vault.counts(), _search_rows(vault)


def test_preview_says_what_would_be_added_and_writes_nothing(
    vault: Vault, other_vault: Vault, tmp_path: Path
) -> None:
    populate(vault)
    path = tmp_path / "export.json"
    path.write_text(exchange.export_json(vault), encoding="utf-8")
    before = _fingerprint(other_vault)
    preview = exchange.preview_import(other_vault, path)
    assert _fingerprint(other_vault) == before
    assert preview.rejection is None and preview.would_import
    assert (preview.coachees, preview.sessions, preview.experiments) == (2, 2, 3)
    assert (preview.measurements, preview.groups) == (3, 1)
    assert sorted(preview.coachee_names) == ["Ada Lind", "Bo Berg"]
    assert preview.conflicts == () and preview.erased == ()
    # Into the vault it came from: every id conflicts, and the import would be refused.
    again = exchange.preview_import(vault, path)
    assert again.rejection is not None and "already holds" in again.rejection
    assert len(again.conflicts) > 10


def test_preview_of_a_bad_file_gives_the_rejection_message(vault: Vault, tmp_path: Path) -> None:
    path = tmp_path / "bad.json"
    path.write_text('{"format": "coach-companion-export", "version": 2, "coachees": [{}]}')
    before = _fingerprint(vault)
    preview = exchange.preview_import(vault, path)
    assert preview.rejection is not None
    assert "coachees[0].id is missing" in preview.rejection
    assert preview.coachees == 0 and not preview.would_import
    assert _fingerprint(vault) == before
    missing = exchange.preview_import(vault, tmp_path / "nothing.json")
    assert missing.rejection is not None and "cannot read" in missing.rejection


# ---- streaming: the file's order is not the order of the checks ------------------------------


def _reordered(doc: dict[str, Any]) -> dict[str, Any]:
    """The same document with the groups and entries first and ``format`` last."""
    out = {key: copy.deepcopy(doc[key]) for key in ("development", "groups", "coachees")}
    out["version"] = doc["version"]
    out["format"] = doc["format"]
    return out


def test_keys_in_any_order_import_the_same_and_are_checked_in_the_formats_order(
    vault: Vault, other_vault: Vault
) -> None:
    populate(vault)
    first = exchange.export_document(vault)
    bad = _reordered(first)
    bad["groups"][0]["name"] = ""
    bad["coachees"][0]["name"] = ""
    # The groups come first in the file, but a coachee's problem is the one reported.
    with pytest.raises(ImportRejected, match=r"coachees\[0\]\.name"):
        exchange.import_document(other_vault, json.dumps(bad))
    bad["format"] = "something else"
    with pytest.raises(ImportRejected, match='format must be "coach-companion-export"'):
        exchange.import_document(other_vault, json.dumps(bad))
    assert other_vault.counts()["coachees"] == 0
    summary = exchange.import_document(other_vault, json.dumps(_reordered(first)))
    assert (summary.groups, summary.group_sessions, summary.rounds) == (1, 1, 3)
    assert _without_date(exchange.export_document(other_vault)) == _without_date(first)
    assert _search_rows(other_vault) == _search_rows(vault)


def test_a_wrong_reference_to_a_group_session_undoes_the_coachees_written(
    vault: Vault, other_vault: Vault
) -> None:
    # A coachee's experiment is written before the groups are read; its reference to a group
    # session is checked then, and a wrong one rolls back everything written before it.
    ids = populate(vault)
    doc = exchange.export_document(vault)
    ada = next(c for c in doc["coachees"] if c["id"] == ids["ada"])
    experiment = next(e for e in ada["experiments"] if e["agreed_in_group_session"])
    experiment["agreed_in_group_session"] = ada["sessions"][0]["id"]  # a session of hers
    before = other_vault.counts()
    with pytest.raises(ImportRejected, match=r"agreed_in_group_session is not the id of a group"):
        exchange.import_document(other_vault, json.dumps(doc))
    assert other_vault.counts() == before
    assert _search_rows(other_vault) == set()
