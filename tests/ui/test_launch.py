"""Starting the app: the one-line message when Qt cannot start, the vault folder, the demo,
and the error dialogs."""

from __future__ import annotations

import argparse
import gc
import logging
import stat
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPlainTextEdit

from coach_app import cli, logfile
from coach_app.errors import Cancelled, VaultCorrupt
from coach_app.logfile import PreviousCrash
from coach_app.ui import errors as ui_errors
from coach_app.ui import launch as launch_module
from coach_app.ui.demo_start import DemoStart, make_demo_vault
from coach_app.ui.launch import (
    DEMO_PASSPHRASE,
    NO_DISPLAY,
    NO_WAYLAND,
    NO_XCB_CURSOR,
    launch,
    qt_start_problem,
    vault_folder,
)
from coach_app.ui.main_window import MainWindow
from coach_app.vault.vault import Vault
from tests.conftest import FAST_KDF
from tests.ui.shell_helpers import make_window, wait_for_workers


def have(_name: str) -> str | None:
    return "libxcb-cursor.so.0"


def missing(_name: str) -> str | None:
    return None


@pytest.mark.parametrize(
    ("env", "finder", "expected"),
    [
        ({}, have, NO_DISPLAY),
        ({"DISPLAY": ""}, have, NO_DISPLAY),
        ({"DISPLAY": ":0"}, missing, NO_XCB_CURSOR),
        ({"DISPLAY": ":0"}, have, None),
        ({"QT_QPA_PLATFORM": "offscreen"}, missing, None),
        ({"QT_QPA_PLATFORM": "xcb"}, have, NO_DISPLAY),
        ({"QT_QPA_PLATFORM": "xcb", "DISPLAY": ":1"}, missing, NO_XCB_CURSOR),
        ({"QT_QPA_PLATFORM": "wayland;xcb", "DISPLAY": ":1"}, missing, NO_WAYLAND),
        ({"WAYLAND_DISPLAY": "wayland-0"}, missing, None),
        ({"WAYLAND_DISPLAY": "wayland-0", "DISPLAY": ":0"}, missing, None),
    ],
)
def test_detects_why_qt_cannot_start(env, finder, expected) -> None:
    assert qt_start_problem(env, "linux", finder) == expected


def test_other_platforms_are_not_second_guessed() -> None:
    assert qt_start_problem({}, "darwin", missing) is None
    assert qt_start_problem({}, "win32", missing) is None


def test_messages_say_what_to_install_or_set() -> None:
    assert "libxcb-cursor0" in NO_XCB_CURSOR
    assert "QT_QPA_PLATFORM=offscreen" in NO_DISPLAY
    for line in (NO_DISPLAY, NO_WAYLAND, NO_XCB_CURSOR):
        assert "\n" not in line


def test_launch_prints_one_line_and_exits(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    for var in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setattr(launch_module.sys, "platform", "linux")
    code = launch(argparse.Namespace(vault=None, demo=False, command=None))
    assert code == 1
    out = capsys.readouterr()
    assert out.out == ""
    assert out.err == f"coach-app: {NO_DISPLAY}\n"


def test_vault_folder_order(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("COACH_APP_VAULT", str(tmp_path / "from-env"))
    assert vault_folder(argparse.Namespace(vault=str(tmp_path / "given"))) == tmp_path / "given"
    assert vault_folder(argparse.Namespace(vault=None)) == tmp_path / "from-env"
    monkeypatch.delenv("COACH_APP_VAULT")
    default = vault_folder(argparse.Namespace(vault=None))
    assert default.name == "vault"


def test_demo_opens_straight_into_the_workspace_and_cleans_up(
    qtbot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(ui_errors, "install_excepthook", lambda: None)
    monkeypatch.setattr(launch_module.tempfile, "tempdir", str(tmp_path))
    seen: dict[str, object] = {}

    def look_then_quit() -> None:
        # The unlocked one: a main window another test left closed must not be taken for it.
        window = next(
            (
                w
                for w in QApplication.topLevelWidgets()
                if isinstance(w, MainWindow) and w.context.is_unlocked
            ),
            None,
        )
        if window is None:
            QTimer.singleShot(50, look_then_quit)
            return
        seen["title"] = window.windowTitle()
        seen["rows"] = window.list_panel.model.rowCount()
        seen["badge"] = window.demo_badge.isVisible()
        seen["folder"] = window.context.folder
        seen["automatic_gc"] = gc.isenabled()  # collected between events while the app runs
        window.close()

    QTimer.singleShot(0, look_then_quit)
    code = launch(argparse.Namespace(vault=None, demo=True, command=None))
    wait_for_workers()
    assert code == 0
    assert "Coach Companion" in str(seen["title"])
    assert "demo-passphrase" in str(seen["title"])
    assert seen["badge"] is True
    assert seen["rows"] > 0  # the active ones of the 12 demo coachees
    assert not Path(str(seen["folder"])).exists()  # the throwaway vault is gone
    assert list(tmp_path.iterdir()) == []
    assert seen["automatic_gc"] is False and gc.isenabled()  # and handed back after


def test_typed_errors_show_their_message(qapp) -> None:  # a message box needs the app
    box = ui_errors.error_box(None, VaultCorrupt("The key header is damaged."))
    assert box.text() == "The key header is damaged."
    box.deleteLater()


def test_bugs_show_something_went_wrong_without_the_text(
    qapp, caplog: pytest.LogCaptureFixture
) -> None:
    secret = "note text: she plans to resign"
    try:
        raise ValueError(secret)
    except ValueError as exc:
        error = exc
    box = ui_errors.error_box(None, error)
    assert box.text() == "Something went wrong"
    assert "ValueError" in box.informativeText()
    assert secret not in box.informativeText()
    box.deleteLater()
    with caplog.at_level(logging.ERROR):
        ui_errors.log_bug(type(error), error, error.__traceback__)
    assert "ValueError" in caplog.text
    assert "test_launch.py" in caplog.text  # the frames are there
    assert secret not in caplog.text


def test_quitting_stops_a_demo_still_being_built(qtbot, tmp_path: Path) -> None:
    window = make_window(qtbot, tmp_path / "vault")
    seen: list[str] = []

    def slow_make(_folder: Path, _passphrase: str, should_stop: Callable[[], bool]) -> Any:
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            if should_stop():
                seen.append("stopped")
                raise Cancelled("stopped")
            time.sleep(0.01)
        raise AssertionError("the demo build was never told to stop")

    start = DemoStart(window, tmp_path / "vault", DEMO_PASSPHRASE, make=slow_make)
    start.start()
    assert DEMO_PASSPHRASE in window.windowTitle()
    began = time.monotonic()
    start.stop()
    assert time.monotonic() - began < 5
    assert seen == ["stopped"]
    QApplication.processEvents()
    assert not window.context.is_unlocked


def test_a_demo_vault_the_window_never_took_is_closed(qtbot, tmp_path: Path) -> None:
    window = make_window(qtbot, tmp_path / "vault")
    built: list[Vault] = []

    def make(folder: Path, passphrase: str, _should_stop: Callable[[], bool]) -> Vault:
        vault, _key = Vault.create(folder, passphrase, FAST_KDF)
        built.append(vault)
        return vault

    start = DemoStart(window, tmp_path / "vault", DEMO_PASSPHRASE, make=make)
    start.start()
    start.stop()  # quit before the event loop handed the vault over
    assert built and not built[0].is_open
    QApplication.processEvents()  # the queued hand-over arrives after all
    assert not window.context.is_unlocked


def test_making_the_demo_vault_stops_when_asked(tmp_path: Path) -> None:
    folder = tmp_path / "vault"
    with pytest.raises(Cancelled):
        make_demo_vault(folder, DEMO_PASSPHRASE, lambda: True)
    reopened = Vault.unlock(folder, DEMO_PASSPHRASE)  # closed again: its lock was released
    reopened.close()


# ---- the shared log and the crash notice ------------------------------------------------------


@pytest.fixture
def log_stopped() -> Iterator[None]:
    yield
    logfile.stop()


def test_the_gui_excepthook_writes_to_the_cli_log(
    monkeypatch: pytest.MonkeyPatch, log_stopped: None
) -> None:
    secret = "note text: she plans to resign"
    launch_module._configure_logging()  # what launch() does first
    monkeypatch.setattr(ui_errors, "_showing", True)  # log only, no modal box in a test
    try:
        raise ValueError(secret)
    except ValueError as exc:
        ui_errors.excepthook(type(exc), exc, exc.__traceback__)
    try:
        raise KeyError("the CLI's own")
    except KeyError as exc:
        cli_path = cli._log_internal_error(exc)
    assert cli_path is not None
    text = cli_path.read_text("utf-8")
    assert "Unhandled ValueError" in text  # the GUI's entry, in the CLI's file
    assert "internal error: builtins.KeyError" in text
    assert "test_launch.py" in text
    assert secret not in text
    assert stat.S_IMODE(cli_path.stat().st_mode) == 0o600


def test_the_crash_notice_is_not_modal_and_shows_the_log_read_only(qtbot) -> None:
    crash = PreviousCrash(Path("/tmp/crash.previous.log"), "Fatal Python error: Aborted\n")
    box = ui_errors.crash_notice(None, crash)
    assert box.windowModality() == Qt.WindowModality.NonModal
    box.show()
    show = next(b for b in box.buttons() if b.text() == "Show log")
    before = set(QApplication.topLevelWidgets())
    show.click()
    viewers = [w for w in QApplication.topLevelWidgets() if w not in before and w.isVisible()]
    views = [v for w in viewers for v in w.findChildren(QPlainTextEdit)]
    assert len(views) == 1
    assert views[0].isReadOnly()
    assert views[0].toPlainText() == crash.text
    for w in viewers:
        w.close()


def test_launch_offers_the_log_the_last_run_left(
    qtbot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, log_stopped: None
) -> None:
    monkeypatch.setattr(ui_errors, "install_excepthook", lambda: None)
    logfile.make_private_dir(logfile.log_dir())
    logfile.crash_path().write_text("Fatal Python error: Segmentation fault\n")
    seen: dict[str, object] = {}
    # Windows other tests left behind are not this launch's window.
    before = set(QApplication.topLevelWidgets())

    def look_then_quit() -> None:
        window = next(
            (
                w
                for w in QApplication.topLevelWidgets()
                if isinstance(w, MainWindow) and w not in before and w.isVisible()
            ),
            None,
        )
        if window is None:
            QTimer.singleShot(50, look_then_quit)
            return
        notices = [
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, QMessageBox) and w.isVisible()
        ]
        seen["notices"] = [n.informativeText() for n in notices]
        seen["modal"] = [n.isModal() for n in notices]
        for notice in notices:
            notice.close()
        window.close()

    QTimer.singleShot(0, look_then_quit)
    code = launch(argparse.Namespace(vault=str(tmp_path / "vault"), demo=False, command=None))
    wait_for_workers()
    assert code == 0
    assert len(seen["notices"]) == 1  # type: ignore[arg-type]
    assert "crash.previous.log" in seen["notices"][0]  # type: ignore[index]
    assert seen["modal"] == [False]
    assert logfile.crash_path().read_text() == ""  # this run ended cleanly
    log_file = str(logfile.log_path())
    assert all(getattr(h, "baseFilename", None) != log_file for h in logging.getLogger().handlers)
