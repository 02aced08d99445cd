"""Saves from two threads at once all go through; a read never waits for a write.

A write transaction (``Vault.write``) begins IMMEDIATE, taking the write lock at once. Begun
deferred, it read a snapshot first; when another connection committed before its first write,
SQLite refused that write at once as busy (no busy timeout helps a stale snapshot), and the
coach was told "the vault is busy" about a save the app itself had raced.
"""

from __future__ import annotations

import threading

from coach_app.services import coachees, sessions
from coach_app.vault.vault import Vault

SAVES = 150


def test_two_threads_saving_at_once_lose_no_save(vault: Vault) -> None:
    c = coachees.create_coachee(vault, name="Noor")
    ids = [sessions.create_session(vault, c.id, notes="").id for _ in range(10)]
    failures: list[BaseException] = []
    last: dict[str, str] = {}
    guard = threading.Lock()

    def save(k: int) -> None:
        for n in range(SAVES):
            sid = ids[(n * 3 + k) % len(ids)]
            text = f"thread {k}, save {n}"
            try:
                sessions.save_session(vault, sid, notes=text)
            except BaseException as exc:  # every failure is the finding
                failures.append(exc)
                continue
            with guard:
                last[sid] = text

    threads = [threading.Thread(target=save, args=(k,)) for k in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert failures == [], f"{len(failures)} of {2 * SAVES} saves failed: {failures[0]!r}"
    for sid in ids:
        assert sessions.get_session(vault, sid).notes in {last.get(sid), ""}


def test_a_read_does_not_wait_for_a_write_in_progress(vault: Vault) -> None:
    c = coachees.create_coachee(vault, name="Noor")
    s = sessions.create_session(vault, c.id, notes="Saved before.")
    holding, release = threading.Event(), threading.Event()

    def long_write() -> None:
        with vault.write() as session:
            session.connection()  # the write lock is taken here (IMMEDIATE)
            holding.set()
            release.wait(30)

    writer = threading.Thread(target=long_write)
    writer.start()
    try:
        assert holding.wait(30)
        # A read in WAL mode never waits for the writer: begun deferred, it reads at once.
        assert sessions.get_session(vault, s.id).notes == "Saved before."
        assert [x.name for x in coachees.list_coachees(vault)] == ["Noor"]
    finally:
        release.set()
        writer.join()
