"""Search finds marks of a kind: by the kind alone, with words, or ``mark:<kind>`` in the query."""

from __future__ import annotations

import pytest

from coach_app.services import coachees, search, sessions
from coach_app.vault.vault import Vault


@pytest.fixture
def marked(vault: Vault) -> str:
    cid = coachees.create_coachee(vault, name="Inès Dupont").id
    sessions.create_session(
        vault,
        cid,
        template="grow",
        started_at="2025-03-04T10:00",
        sections={"goal": "★ Gagner en sécurité\nplain words sécurité"},
        notes="❝ Je veux décider\n★ Owns the Monday meeting",
        private_reflection="★ my own hunch about security",
    )
    sessions.create_session(
        vault, cid, template="free", started_at="2025-04-01T10:00", notes="★ Newer insight"
    )
    return cid


def test_marks_of_a_kind_newest_first(vault: Vault, marked: str) -> None:
    hits = search.search_marks(vault, "insight")
    assert [h.snippet for h in hits] == [
        "Newer insight",
        "Gagner en sécurité",
        "Owns the Monday meeting",
    ]
    assert {h.kind for h in hits} == {"session"}
    assert hits[0].coachee == "Inès Dupont" and hits[0].date == "2025-04-01"
    assert hits[0].title == "★ Insight"
    assert [h.snippet for h in search.search_marks(vault, "quote")] == ["Je veux décider"]


def test_words_narrow_marks_and_fold_accents(vault: Vault, marked: str) -> None:
    hits = search.search_marks(vault, "insight", "securite")
    assert [h.snippet for h in hits] == ["Gagner en [sécurité]"]  # not the unmarked line
    assert search.search_marks(vault, "insight", "hunch") == []  # private stays out


def test_mark_filter_in_the_query(vault: Vault, marked: str) -> None:
    assert search.split_mark_filter("mark:quote décider") == ("quote", "décider")
    assert search.split_mark_filter("remark:quote") == (None, "remark:quote")
    assert search.split_mark_filter("mark:nothing") == (None, "mark:nothing")
    hits = search.search(vault, "MARK:insight monday")
    assert [h.snippet for h in hits] == ["Owns the [Monday] meeting"]
    # Without the filter the ranked search is as before.
    assert [h.kind for h in search.search(vault, "monday")] == ["session"]
