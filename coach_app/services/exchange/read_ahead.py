"""An import file read and checked on a second thread while the first writes what is checked.

An import spends about half its time in Python reading and checking the file, and the other
half in SQLite inserting the rows and building their search entries; SQLite works without
Python's global lock. So the file is read and checked a coachee ahead on a thread of its own
(:class:`ReadAhead`), handing each checked batch over a short queue to the thread that holds
the vault's transaction, which writes it. The queue holds at most ``DEPTH`` batches: memory
stays bounded by a few coachees, whatever the file's size.

Nothing of the vault is touched on the reading thread: it holds no session, no connection
and no key. It ends before the import returns, whichever way it ends: a refusal found while
reading is raised on the writing thread (after what was written is rolled back by the caller's
transaction), and a failure while writing stops the reading at the next batch.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any, Final

from coach_app.services.exchange.validate import ImportPlan

#: Checked batches waiting to be written: enough to keep both threads busy, few enough that
#: memory holds only a few coachees' rows.
DEPTH: Final = 4
#: How often a reader waiting for room in the queue looks whether the writer gave up (s).
_POLL: Final = 0.05


@dataclass(frozen=True)
class CheckedBatch:
    """The rows one batch adds (per list, in insertion order), their ids and their places."""

    rows: dict[str, list[dict[str, Any]]]
    ids: list[str]
    #: id → its place in the file, for the message should the id clash with the vault.
    where: dict[str, str]


class _Stopped(Exception):
    """The writer gave up: the reading thread stops at its next batch."""


_END: Final = object()


class ReadAhead:
    """Runs ``read`` on a thread; :meth:`batches` yields what it handed over, in order."""

    def __init__(self, read: Callable[[ReadAhead], None], depth: int = DEPTH) -> None:
        self._read = read
        self._queue: queue.Queue[object] = queue.Queue(maxsize=depth)
        self._stop = threading.Event()
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="import-read-ahead", daemon=True)

    def hand(self, plan: ImportPlan) -> None:
        """Hand over the rows ``plan`` checked since the last call (on the reading thread)."""
        rows, ids = plan.take()
        self._put(CheckedBatch(rows, ids, {ident: plan.where[ident] for ident in ids}))

    def batches(self) -> Iterator[CheckedBatch]:
        """The checked batches, in the file's order; then the reading's refusal, if any.

        Leaving early (the writer failed) stops the reading thread and waits for it.
        """
        self._thread.start()
        try:
            while (item := self._queue.get()) is not _END:
                assert isinstance(item, CheckedBatch)
                yield item
        finally:
            self._stop.set()
            self._drain()
            self._thread.join()
        if self._error is not None:
            raise self._error

    def _run(self) -> None:
        try:
            self._read(self)
        except _Stopped:
            return
        except BaseException as exc:  # raised again on the writing thread
            self._error = exc
        try:
            self._put(_END)
        except _Stopped:
            return

    def _put(self, item: object) -> None:
        while True:
            if self._stop.is_set():
                raise _Stopped
            try:
                self._queue.put(item, timeout=_POLL)
            except queue.Full:
                continue
            return

    def _drain(self) -> None:
        # The reader may be waiting for room; it sees the stop within one poll.
        while True:
            try:
                self._queue.get_nowait()
            except queue.Empty:
                return
