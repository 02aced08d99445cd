"""The operations API: one broadcast per change, and a lock that waits for running work.

The lock test starts a real backup, a real PDF report and a real chart load, each held at a
gate until the lock has begun, then locks. The backup and the report are cancelled at their
next progress step and must leave nothing behind; the chart load (a read) is waited for. After
the lock no job runs, the data key is wiped, and this process holds no file of the vault open.
"""

from __future__ import annotations

import os
import threading
from datetime import date
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from coach_app.changes import Changes, Kind
from coach_app.errors import VaultBusy, VaultLocked
from coach_app.services import coachees, maintenance, progress, report, sessions
from coach_app.ui.context import AppContext
from coach_app.vault.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.helpers.progress_fixture import TODAY, build_history
from tests.ui.helpers_ops import hold_the_vault


def open_files_under(folder: Path) -> list[str]:
    """Paths of this process's open file descriptors inside ``folder`` (Linux /proc)."""
    found = []
    for fd in os.listdir("/proc/self/fd"):
        try:
            target = os.readlink(f"/proc/self/fd/{fd}")
        except OSError:
            continue
        if target.startswith(str(folder)):
            found.append(target)
    return found


@pytest.fixture
def context(tmp_path: Path, qtbot: QtBot) -> AppContext:
    vault, _ = Vault.create(tmp_path / "vault", PASSPHRASE, FAST_KDF)
    ctx = AppContext(tmp_path / "vault")
    ctx.set_vault(vault)
    return ctx


def test_a_change_is_broadcast_once_with_its_kinds_and_initiator(
    context: AppContext, qtbot: QtBot
) -> None:
    seen: list[tuple[Changes, object]] = []
    context.signals.changed.connect(lambda c, i: seen.append((c, i)))
    me = object()
    profile = context.ops.change(lambda v: coachees.create_coachee(v, name="Ada"), initiator=me)
    assert profile is not None
    assert len(seen) == 1
    changes, initiator = seen[0]
    assert initiator is me
    assert changes.touches(Kind.COACHEES)
    assert changes.touches(Kind.PROFILE, coachee_id=profile.id)
    assert not changes.touches(Kind.SESSIONS)

    session = context.ops.change(lambda v: sessions.create_session(v, profile.id, template="grow"))
    assert session is not None
    assert seen[-1][0].touches(Kind.SESSIONS, coachee_id=profile.id)
    assert not seen[-1][0].touches(Kind.SESSIONS, coachee_id="someone-else")


def test_a_failed_change_broadcasts_nothing(context: AppContext, qtbot: QtBot) -> None:
    seen: list[object] = []
    errors: list[BaseException] = []
    context.signals.changed.connect(lambda c, i: seen.append(c))
    result = context.ops.change(
        lambda v: coachees.create_coachee(v, name=""), on_failure=errors.append
    )
    assert result is None
    assert errors and seen == []


def test_a_background_change_broadcasts_on_the_ui_thread(context: AppContext, qtbot: QtBot) -> None:
    threads: list[bool] = []
    context.signals.changed.connect(
        lambda c, i: threads.append(threading.current_thread() is threading.main_thread())
    )
    done: list[object] = []
    context.ops.run_change(lambda v: coachees.create_coachee(v, name="Ben"), on_success=done.append)
    qtbot.waitUntil(lambda: bool(done), timeout=5000)
    assert threads == [True]
    assert not context.ops.is_busy()


def test_lock_waits_for_running_work_and_leaves_no_key_no_connection_no_half_file(
    context: AppContext, qtbot: QtBot, tmp_path: Path
) -> None:
    vault = context.vault
    history = build_history(vault)
    folder = vault.folder
    lock_started = threading.Event()
    context.about_to_lock.connect(lock_started.set)

    def gated(job_progress: object) -> object:
        # Holds the work at its first progress step until the lock has begun.
        def step(fraction: float) -> None:
            assert lock_started.wait(10)
            job_progress(fraction)  # type: ignore[operator]

        return step

    backups_before = sorted((folder / "backups").iterdir())
    report_out = tmp_path / "out" / "report.pdf"
    report_out.parent.mkdir()
    chart_loaded: list[object] = []
    chart_started = threading.Event()
    outcomes: list[str] = []

    context.ops.run_task(
        lambda v, job: maintenance.backup(v, progress=gated(job.progress)),
        on_success=lambda _p: outcomes.append("backup finished"),
        label="backup",
    )
    context.ops.run_task(
        lambda v, job: report.write_report(
            v, history.ada, report_out, progress=gated(job.progress), today=TODAY
        ),
        on_success=lambda _p: outcomes.append("report finished"),
        label="report",
    )

    def load_chart(v: Vault) -> object:
        chart_started.set()
        assert lock_started.wait(10)
        return progress.progress_data(v, history.ada)

    context.ops.run_query(load_chart, on_success=chart_loaded.append, label="chart")
    qtbot.waitUntil(chart_started.is_set, timeout=5000)
    assert len(context.ops.running) == 3
    finishing: list[str] = []
    context.ops.finishing.connect(finishing.append)

    context.lock()

    assert context.ops.running == []
    assert finishing, "the lock showed no 'finishing' state while work ran"
    assert not vault.is_open
    assert vault._key is None
    assert open_files_under(folder) == []
    # The read finished before the vault closed; the cancelled writes left nothing behind.
    assert len(chart_loaded) == 1
    assert outcomes == []
    assert sorted((folder / "backups").iterdir()) == backups_before
    assert list(report_out.parent.iterdir()) == []
    assert not [p for p in folder.rglob("*") if p.name.startswith(".backup-")]
    # And nothing new can start on the locked vault.
    failures: list[BaseException] = []
    assert context.ops.run_query(lambda v: 1, on_success=print, on_failure=failures.append) is None
    assert isinstance(failures[0], VaultLocked)


def test_a_result_that_arrives_after_the_lock_is_dropped(context: AppContext, qtbot: QtBot) -> None:
    release = threading.Event()
    delivered: list[object] = []
    context.ops.run_query(lambda v: release.wait(10), on_success=delivered.append, label="slow")
    context.ops.finishing.connect(lambda _label: release.set())
    context.lock()
    assert context.ops.running == []
    # A read finishing during the lock is still delivered (the vault was open); nothing after.
    assert delivered == [True]
    assert date.today()  # keeps the import honest


def test_a_quick_change_is_refused_at_once_while_a_background_change_holds_the_vault(
    context: AppContext, qtbot: QtBot
) -> None:
    """Not after the database's busy timeout, with the window frozen and a message blaming
    another program: at once, naming the work it waits for. A read running meanwhile holds
    nothing and refuses nothing. ``writes_done`` says when the vault is free again."""
    reading = threading.Event()
    context.ops.run_query(lambda v: reading.wait(30), on_success=lambda _r: None)
    assert context.ops.change(lambda v: coachees.create_coachee(v, name="Ada")) is not None
    freed: list[bool] = []
    context.ops.writes_done.connect(lambda: freed.append(True))
    release = hold_the_vault(context, "the import")
    called: list[bool] = []
    errors: list[BaseException] = []
    try:

        def change(v: Vault) -> object:
            called.append(True)
            return coachees.create_coachee(v, name="Ben")

        assert context.ops.change(change, on_failure=errors.append) is None
    finally:
        release.set()
        reading.set()
    [error] = errors
    assert isinstance(error, VaultBusy) and error.label == "the import"
    assert "the import" in error.message
    assert called == []
    qtbot.waitUntil(lambda: not context.ops.is_busy(), timeout=10_000)
    assert freed == [True]
    assert context.ops.change(lambda v: coachees.create_coachee(v, name="Ben")) is not None
