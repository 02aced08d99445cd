"""Search over groups, their rounds and coachees' insights; erasure leaves no round text behind."""

from __future__ import annotations

import uuid
from pathlib import Path

from sqlalchemy import text

from coach_app.models.search_index import rebuild
from coach_app.services import coachees, erasure, group_sessions, groups, search
from coach_app.vault.vault import Vault
from tests.core.services.test_erasure import database_bytes, found


def _round(vault: Vault) -> tuple[str, str, str, str]:
    """A set with a coachee member and a name-only member, one round each."""
    group = groups.create_group(vault, name="Harbour set", purpose="Quayside purposeword")
    ada = coachees.create_coachee(vault, name="Ada Lind")
    ada_member = groups.add_member(vault, group.id, coachee_id=ada.id, joined_on="2025-01-10")
    dirk = groups.add_member(vault, group.id, name="Dirk", joined_on="2025-01-10")
    gs = group_sessions.create_group_session(vault, group.id, started_at="2025-02-03T14:00")
    group_sessions.add_round(
        vault,
        gs.id,
        case_giver_id=ada_member.id,
        situation="The budget",
        key_question="How do I raise the zeppelinquestion?",
        insight="Ask early about lighthouses",
    )
    group_sessions.add_round(
        vault, gs.id, case_giver_id=dirk.id, key_question="Where is the walrusquestion?"
    )
    return group.id, gs.id, ada.id, dirk.id


def test_a_rounds_key_question_is_found_under_its_case_giver_with_the_group_name(
    vault: Vault,
) -> None:
    group_id, _gs, ada_id, _dirk = _round(vault)
    (hit,) = search.search(vault, "zeppelinquestion")
    assert hit.kind == "group_round"
    assert hit.coachee_id == ada_id
    assert hit.coachee == "Ada Lind"
    assert (hit.group_id, hit.group, hit.title) == (group_id, "Harbour set", "Harbour set")
    assert hit.date == "2025-02-03"


def test_a_name_only_case_givers_round_and_the_group_are_keyed_by_the_group(
    vault: Vault,
) -> None:
    group_id, _gs, _ada, _dirk = _round(vault)
    (hit,) = search.search(vault, "walrusquestion")
    assert (hit.kind, hit.coachee_id, hit.coachee) == ("group_round", group_id, "Harbour set")
    (found,) = search.search(vault, "purposeword")
    assert (found.kind, found.owner_id, found.coachee) == ("group", group_id, "Harbour set")
    groups.update_group(vault, group_id, name="Renamed set")
    (hit,) = search.search(vault, "walrusquestion")
    assert hit.coachee == hit.group == "Renamed set"


def test_an_insight_is_found_under_its_coachee(vault: Vault) -> None:
    _group, _gs, ada_id, _dirk = _round(vault)
    kinds = {(h.kind, h.coachee_id) for h in search.search(vault, "lighthouses")}
    assert ("insight", ada_id) in kinds
    assert ("group_round", ada_id) in kinds


def test_after_forget_participant_the_round_text_is_not_found(vault: Vault) -> None:
    _group, _gs, ada_id, _dirk = _round(vault)
    assert search.search(vault, "zeppelinquestion")
    erasure.erase_coachee(vault, ada_id)
    assert search.search(vault, "zeppelinquestion") == []
    assert search.search(vault, "lighthouses") == []
    # The other member's round is still there.
    assert len(search.search(vault, "walrusquestion")) == 1


def test_deleting_a_group_session_or_group_drops_its_rounds_entries(vault: Vault) -> None:
    group_id, gs_id, _ada, _dirk = _round(vault)
    group_sessions.delete_group_session(vault, gs_id)
    assert search.search(vault, "walrusquestion") == []
    with vault.engine.connect() as conn:
        kinds = conn.execute(text("SELECT kind FROM search_docs")).scalars().all()
    assert "group_round" not in kinds
    groups.delete_group(vault, group_id)
    assert search.search(vault, "purposeword") == []


def test_rebuild_writes_what_the_flush_hook_wrote(vault: Vault) -> None:
    _round(vault)
    query = "SELECT d.kind, d.owner_id, d.coachee_id, d.at, f.title, f.body FROM search_docs d "
    query += "JOIN search_fts f ON f.rowid = d.rowid"
    with vault.engine.connect() as conn:
        before = set(conn.execute(text(query)).all())
    with vault.write() as s:
        rebuild(s.connection())
    with vault.engine.connect() as conn:
        assert set(conn.execute(text(query)).all()) == before


def test_erasing_a_case_giver_leaves_no_word_of_their_round_in_the_file(
    vault: Vault, tmp_path: Path
) -> None:
    group = groups.create_group(vault, name="Quay set")
    people = {}
    for who in ("keep", "gone"):
        c = coachees.create_coachee(vault, name=f"{who} person")
        member = groups.add_member(vault, group.id, coachee_id=c.id, joined_on="2025-01-10")
        people[who] = (c.id, member.id)
    gs = group_sessions.create_group_session(vault, group.id, started_at="2025-02-03T14:00")
    markers: dict[str, list[str]] = {}
    for who, (_cid, member_id) in people.items():
        words = [f"{who}{field}{uuid.uuid4().hex[:12]}" for field in ("sit", "key", "ins", "act")]
        markers[who] = words
        group_sessions.add_round(
            vault,
            gs.id,
            case_giver_id=member_id,
            situation=words[0],
            key_question=words[1],
            insight=words[2],
            action=words[3],
            rating=6,
        )
    vault.checkpoint()
    pages, _export = database_bytes(vault, tmp_path)
    assert found(pages, markers["gone"]) == markers["gone"], "the scan must see the words"
    erasure.erase_coachee(vault, people["gone"][0])
    pages, export = database_bytes(vault, tmp_path)
    assert found(pages, markers["gone"]) == []
    assert found(export, markers["gone"]) == []
    assert found(pages, markers["keep"]) == markers["keep"]
    assert search.search(vault, markers["keep"][1])
