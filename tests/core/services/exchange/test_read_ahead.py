"""The import's reading thread: bounded, in order, and never left running."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest

from coach_app.errors import ImportRejected, StorageError
from coach_app.services import demo, exchange
from coach_app.services.exchange import store
from coach_app.services.exchange.read_ahead import ReadAhead
from coach_app.services.exchange.validate import ImportPlan
from coach_app.vault.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE


def _reading_threads() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name == "import-read-ahead"]


def _plan_with(n: int) -> ImportPlan:
    plan = ImportPlan()
    plan.where[f"id-{n}"] = f"coachees[{n}]"
    plan.fresh.append(f"id-{n}")
    return plan


def test_batches_come_in_order_and_the_reader_stays_a_few_ahead() -> None:
    handed: list[int] = []

    def read(ahead: ReadAhead) -> None:
        for n in range(30):
            ahead.hand(_plan_with(n))
            handed.append(n)

    written: list[str] = []
    most_ahead = 0
    for checked in ReadAhead(read, depth=3).batches():
        time.sleep(0.005)  # a writer slower than the reader
        written.extend(checked.ids)
        most_ahead = max(most_ahead, len(handed) - len(written))
        assert checked.where == {checked.ids[0]: f"coachees[{checked.ids[0][3:]}]"}
    assert written == [f"id-{n}" for n in range(30)]
    # The queue's room, one batch being handed, one being written: never the whole file.
    assert most_ahead <= 3 + 2
    assert not _reading_threads()


def test_a_refusal_while_reading_reaches_the_writer_after_the_batches_before_it() -> None:
    def read(ahead: ReadAhead) -> None:
        ahead.hand(_plan_with(0))
        raise ImportRejected("coachees[1].name is missing.")

    got: list[str] = []
    with pytest.raises(ImportRejected, match="coachees"):
        for checked in ReadAhead(read).batches():
            got.extend(checked.ids)
    assert got == ["id-0"]
    assert not _reading_threads()


def test_a_writer_that_gives_up_stops_the_reader() -> None:
    read_on = threading.Event()

    def read(ahead: ReadAhead) -> None:
        n = 0
        while True:  # a file without end: only the stop ends this
            ahead.hand(_plan_with(n))
            n += 1
            read_on.set()

    with pytest.raises(StorageError):
        for _checked in ReadAhead(read, depth=2).batches():
            assert read_on.wait(5)
            raise StorageError("The disk is full.")
    assert not _reading_threads()


def test_an_import_that_fails_while_writing_leaves_no_reader_and_no_rows(
    vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source, _key = Vault.create(tmp_path / "source", PASSPHRASE, FAST_KDF)
    try:
        demo.generate(source, coachees=6, sessions_per_coachee=2, seed=3)
        text = exchange.export_json(source)
    finally:
        source.close()
    real = store.write_rows
    calls: list[int] = []

    def full_disk_on_the_third(*args: object, **kwargs: object) -> None:
        calls.append(1)
        if len(calls) == 3:
            raise StorageError("The disk is full.")
        real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(store, "write_rows", full_disk_on_the_third)
    with pytest.raises(StorageError):
        exchange.import_document(vault, text)
    assert not _reading_threads()
    assert exchange.export_document(vault)["coachees"] == []
