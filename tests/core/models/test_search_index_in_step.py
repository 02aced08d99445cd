"""The index stays exactly what the tables say, whatever is written, renamed or deleted.

``search_fts`` keeps no text of its own (schema revision 0003): it forgets an entry by being
given the text it indexed, read from the rows. An entry removed after its row changed or went
would leave words that nothing can take out. So after every write, FTS5's own
``integrity-check`` (which, for an index over a view, compares the index with what the view
says) must pass, and a search must find what it finds after a rebuild from the tables.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import Connection, text
from sqlalchemy.exc import DatabaseError

from coach_app import search_sql
from coach_app.models import Coachee, search_index
from coach_app.services import coachees, erasure, experiments, group_sessions, groups, sessions
from coach_app.vault.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE

WORDS = ("otter", "heron", "maple", "cedar", "quartz", "fjord", "sécurité", "lynx")
GROW = ("goal", "reality", "options", "will")


def _text(words: list[str]) -> str:
    return " ".join(words)


def _hits(conn: Connection, word: str) -> set[tuple[Any, ...]]:
    def fetch(sql: str, params: Any) -> Any:
        return conn.execute(text(sql), dict(params)).all()

    hits = search_sql.search(fetch, word, lambda **f: f, limit=1000, rank_window=100_000)
    return {(h["kind"], h["owner_id"], h["snippet"], round(h["rank"], 6)) for h in hits}


def assert_in_step(vault: Vault) -> None:
    """The index is the view's, and searching it is searching a rebuilt one."""
    with vault.engine.connect() as conn:
        search_index.check(conn)
        docs = conn.execute(text("SELECT count(*) FROM search_docs")).scalar_one()
        content = conn.execute(text("SELECT count(*) FROM search_content")).scalar_one()
        assert docs == content, "every entry has its object's text"
        before = {w: _hits(conn, w) for w in WORDS}
        conn.rollback()  # end the reads' transaction: the rebuild gets one of its own
        with conn.begin() as tx:
            search_index.rebuild(conn)
            after = {w: _hits(conn, w) for w in WORDS}
            tx.rollback()
    assert before == after


class Driver:
    """Random writes through the services, the paths the app takes."""

    def __init__(self, vault: Vault) -> None:
        self.vault = vault
        self.coachees: list[str] = []
        self.sessions: list[str] = []
        self.goals: list[str] = []
        self.experiments: list[str] = []
        self.groups: list[str] = []
        self.members: dict[str, list[str]] = {}  # group id -> member ids
        self.meetings: dict[str, str] = {}  # group session id -> group id
        self.rounds: dict[str, str] = {}  # round id -> group session id

    def run(self, op: str, pick: int, words: list[str]) -> None:
        getattr(self, op)(pick, words)

    @staticmethod
    def _one(items: list[str], pick: int) -> str | None:
        return items[pick % len(items)] if items else None

    def new_coachee(self, _pick: int, words: list[str]) -> None:
        c = coachees.create_coachee(self.vault, name=f"C {_text(words)}", tags=words[:2])
        self.coachees.append(c.id)

    def edit_coachee(self, pick: int, words: list[str]) -> None:
        if cid := self._one(self.coachees, pick):
            coachees.update_coachee(self.vault, cid, focus=_text(words), tags=words[-1:])

    def new_session(self, pick: int, words: list[str]) -> None:
        if cid := self._one(self.coachees, pick):
            sections = {key: words[i % len(words)] if i % 2 else "" for i, key in enumerate(GROW)}
            s = sessions.create_session(
                self.vault, cid, template="grow", sections=sections, notes=_text(words)
            )
            self.sessions.append(s.id)

    def edit_session(self, pick: int, words: list[str]) -> None:
        if sid := self._one(self.sessions, pick):
            sessions.save_session(
                self.vault,
                sid,
                sections={GROW[pick % 4]: _text(words)},
                private_reflection=words[0],
            )

    def delete_session(self, pick: int, _words: list[str]) -> None:
        if sid := self._one(self.sessions, pick):
            sessions.delete_session(self.vault, sid)
            self.sessions.remove(sid)

    def new_goal(self, pick: int, words: list[str]) -> None:
        if cid := self._one(self.coachees, pick):
            levels = {"-2": words[0], "0": "", "2": _text(words)}
            g = coachees.create_goal(self.vault, cid, title=f"G {words[0]}", gas_levels=levels)
            self.goals.append(g.id)

    def edit_goal(self, pick: int, words: list[str]) -> None:
        if gid := self._one(self.goals, pick):
            coachees.update_goal(self.vault, gid, description=_text(words))

    def delete_goal(self, pick: int, _words: list[str]) -> None:
        if gid := self._one(self.goals, pick):
            coachees.delete_goal(self.vault, gid)
            self.goals.remove(gid)

    def new_experiment(self, pick: int, words: list[str]) -> None:
        if cid := self._one(self.coachees, pick):
            e = experiments.create_experiment(
                self.vault, cid, title=f"E {words[0]}", prediction=_text(words)
            )
            self.experiments.append(e.id)

    def edit_experiment(self, pick: int, words: list[str]) -> None:
        if eid := self._one(self.experiments, pick):
            experiments.update_experiment(self.vault, eid, action=_text(words), title=words[-1])

    def delete_experiment(self, pick: int, _words: list[str]) -> None:
        if eid := self._one(self.experiments, pick):
            experiments.delete_experiment(self.vault, eid)
            self.experiments.remove(eid)

    def new_group(self, _pick: int, words: list[str]) -> None:
        g = groups.create_group(self.vault, name=f"Set {words[0]}", purpose=_text(words))
        self.groups.append(g.id)
        self.members[g.id] = []

    def rename_group(self, pick: int, words: list[str]) -> None:
        if gid := self._one(self.groups, pick):
            groups.update_group(self.vault, gid, name=f"Set {_text(words)}")

    def delete_group(self, pick: int, _words: list[str]) -> None:
        if gid := self._one(self.groups, pick):
            groups.delete_group(self.vault, gid)
            self.groups.remove(gid)
            for meeting in [m for m, g in self.meetings.items() if g == gid]:
                self._forget_meeting(meeting)

    def add_member(self, pick: int, _words: list[str]) -> None:
        gid, cid = self._one(self.groups, pick), self._one(self.coachees, pick // 3)
        if gid and cid:
            known = {m.coachee_id for m in groups.get_group(self.vault, gid).members}
            if cid not in known:
                member = groups.add_member(self.vault, gid, coachee_id=cid, joined_on="2025-01-01")
                self.members[gid].append(member.id)

    def new_meeting(self, pick: int, _words: list[str]) -> None:
        if gid := self._one(self.groups, pick):
            gs = group_sessions.create_group_session(
                self.vault, gid, started_at=f"2025-02-{pick % 27 + 1:02d}T14:00"
            )
            self.meetings[gs.id] = gid

    def delete_meeting(self, pick: int, _words: list[str]) -> None:
        if meeting := self._one(list(self.meetings), pick):
            group_sessions.delete_group_session(self.vault, meeting)
            self._forget_meeting(meeting)

    def _forget_meeting(self, meeting: str) -> None:
        del self.meetings[meeting]
        for r in [r for r, m in self.rounds.items() if m == meeting]:
            del self.rounds[r]

    def new_round(self, pick: int, words: list[str]) -> None:
        if meeting := self._one(list(self.meetings), pick):
            giver = self._one(self.members[self.meetings[meeting]], pick)
            r = group_sessions.add_round(
                self.vault, meeting, case_giver_id=giver, situation=_text(words), ideas=words[0]
            )
            self.rounds[r.id] = meeting

    def edit_round(self, pick: int, words: list[str]) -> None:
        if rid := self._one(list(self.rounds), pick):
            group_sessions.save_round(self.vault, rid, insight=_text(words), situation="")

    def delete_round(self, pick: int, _words: list[str]) -> None:
        if rid := self._one(list(self.rounds), pick):
            group_sessions.delete_round(self.vault, rid)
            del self.rounds[rid]

    def erase_coachee(self, pick: int, _words: list[str]) -> None:
        if cid := self._one(self.coachees, pick):
            erasure.erase_coachee(self.vault, cid)
            self.coachees.remove(cid)
            with self.vault.session() as s:
                alive = {r[0] for r in s.execute(text("SELECT id FROM sessions"))}
                goals = {r[0] for r in s.execute(text("SELECT id FROM goals"))}
                exps = {r[0] for r in s.execute(text("SELECT id FROM experiments"))}
                members = {r[0] for r in s.execute(text("SELECT id FROM group_members"))}
            self.sessions = [x for x in self.sessions if x in alive]
            self.goals = [x for x in self.goals if x in goals]
            self.experiments = [x for x in self.experiments if x in exps]
            for gid, ids in self.members.items():
                self.members[gid] = [m for m in ids if m in members]


OPS = [name for name in vars(Driver) if not name.startswith("_") and name != "run"]


@pytest.fixture
def driven(tmp_path: Path) -> Iterator[Driver]:
    """One vault for every example: each starts where the last one left it."""
    opened, _recovery = Vault.create(tmp_path / "v", PASSPHRASE, FAST_KDF)
    try:
        driver = Driver(opened)
        driver.new_coachee(0, ["otter"])
        yield driver
    finally:
        opened.close()


STEPS = st.lists(
    st.tuples(
        st.sampled_from(OPS),
        st.integers(min_value=0, max_value=50),
        st.lists(st.sampled_from(WORDS), min_size=1, max_size=4),
    ),
    min_size=1,
    max_size=12,
)


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(steps=STEPS)
def test_every_write_keeps_the_index_what_the_tables_say(
    driven: Driver, steps: list[tuple[str, int, list[str]]]
) -> None:
    for op, pick, words in steps:
        driven.run(op, pick, words)
        assert_in_step(driven.vault)


def test_the_check_catches_an_entry_forgotten_with_other_text(vault: Vault) -> None:
    """The oracle above is not blind: a row changed behind the index's back is caught."""
    c = coachees.create_coachee(vault, name="Mira", focus="heron")
    assert_in_step(vault)
    with vault.engine.begin() as conn:  # Core, no flush hook: the index is not told
        conn.execute(text("UPDATE coachees SET focus = 'maple' WHERE id = :c"), {"c": c.id})
    with pytest.raises(DatabaseError), vault.engine.connect() as conn:
        search_index.check(conn)


def test_group_renames_and_cascades_keep_the_index_in_step(driven: Driver) -> None:
    """The paths a random sequence rarely reaches: a round's title is its group's name, and
    deleting a meeting or a group removes its rounds by ON DELETE CASCADE."""
    steps = [
        ("new_group", 0, ["heron"]),
        ("add_member", 0, []),
        ("new_meeting", 0, []),
        ("new_round", 0, ["maple", "cedar"]),  # the member's case
        ("new_meeting", 1, []),
        ("new_round", 1, ["quartz"]),
        ("rename_group", 0, ["fjord", "lynx"]),
        ("edit_round", 0, ["otter"]),
        ("delete_meeting", 0, []),
        ("rename_group", 0, ["cedar"]),
        ("new_meeting", 2, []),
        ("new_round", 0, ["sécurité"]),
        ("delete_round", 0, []),
        ("new_round", 0, ["heron"]),
        ("delete_group", 0, []),
        ("new_group", 0, ["maple"]),
        ("add_member", 0, []),
        ("new_meeting", 0, []),
        ("new_round", 0, ["lynx"]),
        ("erase_coachee", 0, []),  # the case-giver: their round stays, emptied
        ("rename_group", 0, ["quartz"]),
    ]
    for op, pick, words in steps:
        driven.run(op, pick, words)
        assert_in_step(driven.vault)
    assert driven.rounds, "the last round is still there, a former participant's"


def test_bulk_index_refuses_an_object_whose_row_is_missing(vault: Vault) -> None:
    with vault.write() as s, pytest.raises(search_index.IndexOutOfStep):
        search_index.bulk_index(s.connection(), [Coachee(id="nobody", name="Nobody")])
