"""The one way the UI changes the vault or runs work against it.

Every change a screen makes goes through ``Operations``:

- ``change(fn)``: a quick change (an autosave, a form's OK) run on the UI thread, so its effect
  is in the vault before the next keystroke is handled. While a background change holds the
  vault for writing (an import, a re-encryption), it is refused at once with ``VaultBusy``
  rather than waiting on the UI thread for the database's busy timeout; ``writes_done`` tells
  when the vault is free again, so an autosave can try once more.
- ``run_change(fn, on_success=...)`` / ``run_query(fn, on_success=...)``: work that can take
  long (a search, a chart load, an import) runs in Qt's thread pool; ``on_success`` and
  ``on_failure`` run later on the UI thread. Never touch a widget inside ``fn``.
- ``run_task(fn, on_success=...)``: long work with progress and cancellation (backup, export,
  report): ``fn(vault, job)`` calls ``job.progress(fraction)``, which raises ``Cancelled`` once
  the app locks or quits, so the task stops where it can clean up after itself.

``fn`` always receives the open vault as its argument (so no operation can capture a vault
that a lock has since closed). Around every change the vault records what its committed
transactions touched (``coach_app.vault.change_log``, through ``services.access.recording``)
and this module emits that, ONCE, as ``AppSignals.changed(changes, initiator)``; views refresh
themselves from it and skip the changes they initiated.

Lifecycle: the app knows what runs. ``finish_all()`` (called by a lock, a quit or a restore)
refuses new work, asks running tasks to stop, and waits (bounded, with ``finishing`` emitted
for a visible "Finishing…" state) until none is left; only then is the vault closed. A result
that arrives after its vault was locked is dropped: its data belongs to a closed vault.
"""

from __future__ import annotations

import logging
import threading
import time
import weakref
from collections.abc import Callable
from typing import Any, TypeVar

import shiboken6
from PySide6.QtCore import (
    QCoreApplication,
    QEventLoop,
    QObject,
    QRunnable,
    QThread,
    QThreadPool,
    Signal,
)

from coach_app.changes import Changes
from coach_app.errors import Cancelled, VaultBusy, VaultLocked
from coach_app.services.access import OpenVault, recording
from coach_app.ui.errors import show_error

log = logging.getLogger(__name__)

T = TypeVar("T")

Success = Callable[[Any], None]
Failure = Callable[[BaseException], None]

# How long a lock or quit waits for running work before closing anyway. Tasks stop at their
# next progress call once cancelled, so in practice the wait is a fraction of a second.
FINISH_TIMEOUT_S = 30.0


class Job:
    """One running piece of work: its label, its cancel flag and its progress."""

    def __init__(self, label: str, cancellable: bool, writes: bool = False) -> None:
        self.label = label
        self.cancellable = cancellable
        self.writes = writes  # it holds the vault's write lock for as long as it runs
        self._cancel = threading.Event()
        self.fraction = 0.0

    @property
    def cancelled(self) -> bool:
        """Whether the job was asked to stop."""
        return self._cancel.is_set()

    def cancel(self) -> None:
        """Ask the job to stop at its next ``progress``/``check`` call."""
        self._cancel.set()

    def check(self) -> None:
        """Raise ``Cancelled`` if the job was asked to stop (call between steps of work)."""
        if self._cancel.is_set():
            raise Cancelled(
                QCoreApplication.translate("Operations", "Stopped: {label}.").format(
                    label=self.label
                )
            )

    def progress(self, fraction: float) -> None:
        """Report how far the work is (0..1); raises ``Cancelled`` once the job was cancelled."""
        self.fraction = max(0.0, min(1.0, fraction))
        self.check()


class _Relay(QObject):
    done = Signal(object, object, object, object)  # job, result, error, changes


class _Runner(QRunnable):
    def __init__(self, job: Job, work: Callable[[], tuple[object, Changes]], relay: _Relay) -> None:
        super().__init__()
        self._job = job
        self._work = work
        self._relay = relay

    def run(self) -> None:
        try:
            result, changes = self._work()
        except BaseException as exc:  # delivered to on_failure on the UI thread
            delivery: tuple[Job, object, object, Changes] = (self._job, None, exc, Changes())
        else:
            delivery = (self._job, result, None, changes)
        try:
            self._relay.done.emit(*delivery)
        except RuntimeError:
            # The app was torn down while this ran (a test ending, a hard quit): nobody is
            # left to deliver to, and the work itself has finished.
            log.info("background result not delivered: the app is gone")


_LIVE: weakref.WeakSet[Operations] = weakref.WeakSet()


class Operations(QObject):
    """Runs the UI's work against the vault; knows what is running; broadcasts changes.

    Args:
        vault_of: returns the open vault, raising ``VaultLocked`` when there is none.
        broadcast: called once per operation with what it changed and who initiated it.
        parent: the owning QObject (the app context).
    """

    busy_changed = Signal(bool)  # True while any background work runs
    finishing = Signal(str)  # a lock or quit waits for this work (its label)
    writes_done = Signal()  # the last background change finished: quick changes can go again

    def __init__(
        self,
        vault_of: Callable[[], OpenVault],
        broadcast: Callable[[Changes, object], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._vault_of = vault_of
        self._broadcast = broadcast
        self._running: dict[Job, Callable[[object, object, Changes], None]] = {}
        self._closing = False
        self._generation = 0  # bumped at every finish_all: older results are stale
        # Our own pool, wide enough that a quick read never queues behind a backup and a
        # report on a two-core laptop (the global pool has one thread per core).
        # A child of this object, so destroying the app waits for running work here instead of
        # leaving a thread to emit into freed memory.
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(max(4, QThread.idealThreadCount()))
        # One relay for every job, created after the pool: Qt destroys children in the order
        # they were made, so the pool (which waits for its workers) goes first and no worker
        # can still be inside an emit on a relay that is being deleted.
        self._relay = _Relay(self)
        self._relay.done.connect(self._delivered)
        _LIVE.add(self)

    @staticmethod
    def live() -> list[Operations]:
        """Every ``Operations`` of this process still alive in Qt (an app has one; tests many)."""
        return [ops for ops in _LIVE if shiboken6.isValid(ops)]

    # ---- what runs --------------------------------------------------------------------------

    @property
    def running(self) -> list[Job]:
        """The jobs now running (oldest first)."""
        return list(self._running)

    def is_busy(self) -> bool:
        """Whether background work runs."""
        return bool(self._running)

    def writer(self) -> Job | None:
        """The oldest running background change (it holds the vault for writing), if any."""
        return next((job for job in self._running if job.writes), None)

    # ---- quick changes ----------------------------------------------------------------------

    def change(
        self,
        fn: Callable[[OpenVault], T],
        *,
        initiator: object = None,
        on_failure: Failure | None = None,
        parent: QObject | None = None,
    ) -> T | None:
        """Run a quick change now, on the UI thread; broadcast what it changed.

        Returns ``fn``'s result, or None when it failed (after ``on_failure`` or an error box).
        """
        try:
            vault = self._usable_vault()
            self._refuse_while_writing()
            with recording() as log_:
                result = fn(vault)
        except BaseException as exc:
            self._fail(exc, on_failure, parent)
            return None
        self._emit(log_.changes, initiator)
        return result

    def _refuse_while_writing(self) -> None:
        """Raise ``VaultBusy`` while a background change holds the vault for writing.

        Its transaction may last many seconds (an import of a whole practice); a change run
        now would wait on the UI thread for the busy timeout, the window frozen, and then fail
        as if another program held the vault.
        """
        job = self.writer()
        if job is not None:
            raise VaultBusy(
                QCoreApplication.translate(
                    "Operations",
                    "Not saved yet: the vault is busy with {label}. Nothing is lost; try again "
                    "when it is done.",
                ).format(label=job.label),
                job.label,
            )

    # ---- background work --------------------------------------------------------------------

    def run_change(
        self,
        fn: Callable[[OpenVault], T],
        *,
        on_success: Callable[[T], None] | None = None,
        on_failure: Failure | None = None,
        initiator: object = None,
        label: str = "",
        parent: QObject | None = None,
    ) -> Job | None:
        """Run a change off the UI thread; broadcast what it changed, then ``on_success``."""
        return self._start(
            lambda v, _j: fn(v),
            on_success,
            on_failure,
            initiator=initiator,
            label=label,
            parent=parent,
            writes=True,
        )

    def run_query(
        self,
        fn: Callable[[OpenVault], T],
        *,
        on_success: Callable[[T], None],
        on_failure: Failure | None = None,
        label: str = "",
        parent: QObject | None = None,
    ) -> Job | None:
        """Read off the UI thread; ``on_success(result)`` on the UI thread."""
        return self._start(lambda v, _j: fn(v), on_success, on_failure, label=label, parent=parent)

    def run_task(
        self,
        fn: Callable[[OpenVault, Job], T],
        *,
        on_success: Callable[[T], None] | None = None,
        on_failure: Failure | None = None,
        initiator: object = None,
        label: str = "",
        parent: QObject | None = None,
        writes: bool = False,
    ) -> Job | None:
        """Long work with progress and cancellation: ``fn(vault, job)``.

        ``writes``: it changes the vault (an import, a re-encryption), holding it for writing
        while it runs; quick changes are refused meanwhile (``change``).
        """
        return self._start(
            fn,
            on_success,
            on_failure,
            initiator=initiator,
            label=label,
            parent=parent,
            cancellable=True,
            writes=writes,
        )

    def _start(
        self,
        fn: Callable[[OpenVault, Job], T],
        on_success: Callable[[T], None] | None,
        on_failure: Failure | None,
        *,
        initiator: object = None,
        label: str,
        parent: QObject | None,
        cancellable: bool = False,
        writes: bool = False,
    ) -> Job | None:
        try:
            vault = self._usable_vault()
        except VaultLocked as exc:
            self._fail(exc, on_failure, parent)
            return None
        job = Job(label, cancellable, writes)
        generation = self._generation

        def work() -> tuple[object, Changes]:
            with recording() as log_:
                result = fn(vault, job)
            return result, log_.changes

        def delivered(result: object, error: object, changes: Changes) -> None:
            # Whatever committed is broadcast even when the result is stale or failed: the
            # views of a still-open vault must not show what is no longer true.
            if generation == self._generation:
                self._emit(changes, initiator)
            if generation != self._generation and not self._closing:
                return  # the vault was locked (and maybe unlocked) since: a stale result
            if error is not None:
                assert isinstance(error, BaseException)
                if isinstance(error, Cancelled) or self._closing:
                    log.info("%s stopped by a lock or quit", label or "background work")
                    return
                self._fail(error, on_failure, parent)
            elif on_success is not None:
                on_success(result)  # type: ignore[arg-type]

        self._running[job] = delivered
        if len(self._running) == 1:
            self.busy_changed.emit(True)
        self._pool.start(_Runner(job, work, self._relay))
        return job

    def _delivered(self, job: object, result: object, error: object, changes: object) -> None:
        assert isinstance(job, Job) and isinstance(changes, Changes)
        handler = self._running.pop(job, None)
        if handler is None:
            return
        if not self._running:
            self.busy_changed.emit(False)
        try:
            handler(result, error, changes)
        finally:
            if job.writes and self.writer() is None:
                self.writes_done.emit()

    # ---- lifecycle --------------------------------------------------------------------------

    def finish_all(self, timeout_s: float = FINISH_TIMEOUT_S) -> bool:
        """Refuse new work, cancel what can stop, wait for the rest; True when none is left.

        Runs the event loop while it waits, so results are delivered and the "finishing" state
        is painted. Called before the vault closes (lock, quit, restore).
        """
        self._closing = True
        try:
            for job in self._running:
                if job.cancellable:
                    job.cancel()
            deadline = time.monotonic() + timeout_s
            while self._running and time.monotonic() < deadline:
                self.finishing.emit(next(iter(self._running)).label)
                QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
                if self._running:
                    self._pool.waitForDone(20)
            left = list(self._running)
            if not left:
                # Delivered is not the same as gone: let every worker leave its emit before
                # the vault (and maybe this object) goes away.
                self._pool.waitForDone(int(timeout_s * 1000))
            if left:
                log.warning("%d background jobs still running after %.0f s", len(left), timeout_s)
            return not left
        finally:
            self._generation += 1
            self._closing = False

    # ---- helpers ----------------------------------------------------------------------------

    def _usable_vault(self) -> OpenVault:
        if self._closing:
            raise VaultLocked(
                QCoreApplication.translate("Operations", "The vault is being locked.")
            )
        return self._vault_of()

    def _emit(self, changes: Changes, initiator: object) -> None:
        if changes:
            self._broadcast(changes, initiator)

    def _fail(self, exc: BaseException, on_failure: Failure | None, parent: QObject | None) -> None:
        if on_failure is not None:
            on_failure(exc)
            return
        if isinstance(exc, VaultLocked):
            return  # a lock won the race; the views are being emptied anyway
        widget = parent if parent is not None and parent.isWidgetType() else None
        show_error(widget, exc)  # type: ignore[arg-type]
