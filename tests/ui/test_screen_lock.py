"""Locking when the screen locks or the computer sleeps (coach_app/ui/screen_lock.py).

Two kinds of source: an in-process fake (the plain ``ScreenLockSource``, whose ``locking`` the
test emits), and the real D-Bus source listening on a private ``dbus-daemon`` that the test
starts, where another connection sends the screensaver and logind signals as a desktop would.
Negative checks never wait a fixed time: after the message that must do nothing, a "probe"
signal is sent on the same connection (D-Bus keeps one sender's messages in order), and the
test waits for the probe before it looks.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, QTimer
from PySide6.QtDBus import QDBusConnection, QDBusMessage
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from coach_app.services import settings as settings_service
from coach_app.ui import errors as ui_errors
from coach_app.ui import launch as launch_module
from coach_app.ui.context import AppContext
from coach_app.ui.main_window import MainWindow
from coach_app.ui.screen_lock import (
    DBusScreenLockSource,
    ScreenLockGuard,
    ScreenLockSource,
    dbus_relay,
    relay_slot,
)
from coach_app.ui.settings_dialog import SettingsDialog
from tests.ui.conftest import MakeContext
from tests.ui.shell_helpers import wait_for_workers

# Waits for something that must happen (a signal crossing D-Bus, a lock): generous, because a
# busy CI machine can take seconds; a wait that must NOT see something uses a probe instead.
WAIT_MS = 30_000
SESSION_PATH = "/org/freedesktop/login1/session/_37"
PROBE = ("/org/example/Probe", "org.example.Probe", "Ping")


@pytest.fixture
def context(make_context: MakeContext) -> AppContext:
    return make_context()


# ---- the in-process fake source ----------------------------------------------------------------


def test_a_locking_event_locks_the_open_vault(qtbot, context: AppContext) -> None:
    source = ScreenLockSource()
    guard = ScreenLockGuard(context, source)
    locked: list[bool] = []
    context.signals.vault_locked.connect(lambda: locked.append(True))
    with qtbot.waitSignal(guard.handled) as handled:
        source.locking.emit("test")
    assert handled.args == [True]
    assert not context.is_unlocked
    assert locked == [True]


def test_with_the_setting_off_nothing_locks(qtbot, context: AppContext) -> None:
    settings_service.update_settings(context.vault, lock_on_screen_lock=False)
    source = ScreenLockSource()
    guard = ScreenLockGuard(context, source)
    with qtbot.waitSignal(guard.handled) as handled:
        source.locking.emit("test")
    assert handled.args == [False]
    assert context.is_unlocked


def test_an_event_while_locked_changes_nothing(qtbot, context: AppContext) -> None:
    source = ScreenLockSource()
    guard = ScreenLockGuard(context, source)
    context.lock()
    locked: list[bool] = []
    context.signals.vault_locked.connect(lambda: locked.append(True))
    for _ in range(2):
        with qtbot.waitSignal(guard.handled) as handled:
            source.locking.emit("test")
        assert handled.args == [False]
    assert not context.is_unlocked
    assert locked == []


def test_an_event_during_a_lock_does_not_lock_twice(qtbot, context: AppContext) -> None:
    """The sleep signal can arrive while a lock (Ctrl+L, idle) waits for running work."""
    source = ScreenLockSource()
    guard = ScreenLockGuard(context, source)
    answers: list[bool] = []
    guard.handled.connect(answers.append)
    # The guard is connected to about_to_lock first, as in the app (it is built at start-up).
    context.about_to_lock.connect(lambda: source.locking.emit("sleep"))
    locked: list[bool] = []
    context.signals.vault_locked.connect(lambda: locked.append(True))
    context.lock()
    assert answers == [False]
    assert locked == [True]
    assert not context.is_unlocked


def test_the_settings_dialog_has_the_switch(qtbot, context: AppContext) -> None:
    dialog = SettingsDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.screen_lock.isChecked()
    dialog.screen_lock.setChecked(False)
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()
    assert settings_service.load_settings(context.vault).lock_on_screen_lock is False


# ---- a real D-Bus session on a private bus ---------------------------------------------------


class _Probe:
    """Counts the probe signal (sent after a message that must do nothing).

    It receives through a plain relay, as the app's source does: a QObject subclassed in
    Python must never be a QtDBus receiver (``coach_app/ui/screen_lock.py``).
    """

    def __init__(self, parent: QObject) -> None:
        self.seen = 0
        self.relay = dbus_relay(parent, self.ping, carries_bool=False)

    def ping(self) -> None:
        self.seen += 1


class PrivateBus:
    """A dbus-daemon of the test's own, a listening connection and a sending one."""

    def __init__(self, address: str) -> None:
        self.address = address
        tag = uuid.uuid4().hex
        self.names = (f"listen-{tag}", f"send-{tag}")
        self.listen = QDBusConnection.connectToBus(address, self.names[0])
        self.sender = QDBusConnection.connectToBus(address, self.names[1])
        assert self.listen.isConnected() and self.sender.isConnected()
        self.owner = QObject()
        self.probe = _Probe(self.owner)
        path, interface, name = PROBE
        relay = self.probe.relay
        assert self.listen.connect("", path, interface, name, relay, relay_slot(relay))  # type: ignore[call-overload]
        self.round_trip()  # the probe's subscription is in place before any test sends

    def signal(self, path: str, interface: str, name: str, *args: object) -> None:
        message = QDBusMessage.createSignal(path, interface, name)
        if args:
            message.setArguments(list(args))
        assert self.sender.send(message)

    def round_trip(self) -> None:
        """Wait until the bus has taken the listener's subscriptions (its match rules).

        The daemon handles one connection's messages in order, but not in order with another
        connection's: without this, a signal from the sending connection can reach the daemon
        before the listener's AddMatch and be dropped for good.
        """
        call = QDBusMessage.createMethodCall(
            "org.freedesktop.DBus", "/org/freedesktop/DBus", "org.freedesktop.DBus", "GetId"
        )
        reply = self.listen.call(call)
        assert reply.type() == QDBusMessage.MessageType.ReplyMessage, reply.errorMessage()

    def settle(self, qtbot) -> None:
        """Wait until everything sent so far has been delivered to the listener."""
        before = self.probe.seen
        self.signal(*PROBE)
        qtbot.waitUntil(lambda: self.probe.seen > before, timeout=WAIT_MS)

    def close(self) -> None:
        for name in self.names:
            QDBusConnection.disconnectFromBus(name)


@pytest.fixture
def bus(qapp) -> Iterator[PrivateBus]:
    daemon = shutil.which("dbus-daemon")
    if daemon is None:
        pytest.skip("dbus-daemon is not installed: the D-Bus source cannot be exercised here")
    process = subprocess.Popen(
        [daemon, "--session", "--nofork", "--nopidfile", "--print-address=1"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,  # it complains it may not raise its file limit, harmlessly
        text=True,
    )
    private = None
    try:
        assert process.stdout is not None
        address = process.stdout.readline().strip()
        assert address.startswith("unix:"), address
        private = PrivateBus(address)
        yield private
    finally:
        if private is not None:
            private.close()
        process.kill()
        process.wait(timeout=10)
        if process.stdout is not None:
            process.stdout.close()


def watched(context: AppContext, bus: PrivateBus, **kwargs: object) -> DBusScreenLockSource:
    source = DBusScreenLockSource(bus.listen, None, use_default_buses=False, **kwargs)  # type: ignore[arg-type]
    ScreenLockGuard(context, source, parent=source)
    bus.round_trip()
    return source


@pytest.mark.parametrize(
    ("path", "interface"),
    [
        ("/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver"),
        ("/ScreenSaver", "org.freedesktop.ScreenSaver"),  # KDE's path
        ("/org/gnome/ScreenSaver", "org.gnome.ScreenSaver"),
    ],
)
def test_the_screensaver_coming_on_locks_the_vault(
    qtbot, context: AppContext, bus: PrivateBus, path: str, interface: str
) -> None:
    source = watched(context, bus)
    assert source.watching
    bus.signal(path, interface, "ActiveChanged", False)  # the screensaver going off: nothing
    bus.settle(qtbot)
    assert context.is_unlocked
    bus.signal(path, interface, "ActiveChanged", True)
    qtbot.waitUntil(lambda: not context.is_unlocked, timeout=WAIT_MS)


def test_dbus_send_from_another_process_locks_the_vault(
    qtbot, context: AppContext, bus: PrivateBus
) -> None:
    sender = shutil.which("dbus-send")
    if sender is None:
        pytest.skip("dbus-send is not installed")
    watched(context, bus)
    subprocess.run(
        [
            sender,
            f"--bus={bus.address}",
            "--type=signal",
            "/org/freedesktop/ScreenSaver",
            "org.freedesktop.ScreenSaver.ActiveChanged",
            "boolean:true",
        ],
        check=True,
        timeout=30,
    )
    qtbot.waitUntil(lambda: not context.is_unlocked, timeout=WAIT_MS)


def test_logind_sleep_locks_the_vault(qtbot, context: AppContext, bus: PrivateBus) -> None:
    # The private bus stands in for the system bus too.
    source = DBusScreenLockSource(
        None, bus.listen, use_default_buses=False, session_path=SESSION_PATH
    )
    ScreenLockGuard(context, source, parent=source)
    bus.round_trip()  # the bus has the source's subscriptions before anything is sent
    bus.signal(
        "/org/freedesktop/login1", "org.freedesktop.login1.Manager", "PrepareForSleep", False
    )
    bus.settle(qtbot)
    assert context.is_unlocked  # waking up locks nothing
    bus.signal("/org/freedesktop/login1", "org.freedesktop.login1.Manager", "PrepareForSleep", True)
    qtbot.waitUntil(lambda: not context.is_unlocked, timeout=WAIT_MS)


def test_logind_locking_this_session_locks_the_vault(
    qtbot, context: AppContext, bus: PrivateBus
) -> None:
    source = DBusScreenLockSource(
        None, bus.listen, use_default_buses=False, session_path=SESSION_PATH
    )
    ScreenLockGuard(context, source, parent=source)
    bus.round_trip()  # the bus has the source's subscriptions before anything is sent
    assert source.session_path == SESSION_PATH
    bus.signal("/org/freedesktop/login1/session/_99", "org.freedesktop.login1.Session", "Lock")
    bus.settle(qtbot)
    assert context.is_unlocked  # another user's session
    bus.signal(SESSION_PATH, "org.freedesktop.login1.Session", "Lock")
    qtbot.waitUntil(lambda: not context.is_unlocked, timeout=WAIT_MS)


def test_with_the_setting_off_the_bus_locks_nothing(
    qtbot, context: AppContext, bus: PrivateBus
) -> None:
    settings_service.update_settings(context.vault, lock_on_screen_lock=False)
    watched(context, bus)
    bus.signal("/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver", "ActiveChanged", True)
    bus.settle(qtbot)
    assert context.is_unlocked


def test_a_signal_after_the_lock_changes_nothing(
    qtbot, context: AppContext, bus: PrivateBus
) -> None:
    watched(context, bus)
    for _ in range(2):
        bus.signal("/org/gnome/ScreenSaver", "org.gnome.ScreenSaver", "ActiveChanged", True)
    bus.settle(qtbot)
    assert not context.is_unlocked


def test_qtdbus_delivers_only_to_objects_of_qts_own_classes(bus: PrivateBus) -> None:
    # QtDBus's thread asks each receiver for its meta-object, off the GIL: for a QObject
    # subclassed in Python PySide builds that answer from the Python object, which crashed
    # the test process now and then (see coach_app/ui/screen_lock.py).
    source = DBusScreenLockSource(
        bus.listen, bus.listen, use_default_buses=False, session_path=SESSION_PATH
    )
    # Two screensaver interfaces, logind's sleep and this session's Lock.
    assert len(source.dbus_receivers) == 4
    for receiver in source.dbus_receivers:
        assert type(receiver).__module__.startswith("PySide6."), type(receiver)
    source.stop()
    assert source.dbus_receivers == ()


def test_without_a_bus_the_source_says_it_watches_nothing(qapp) -> None:
    source = DBusScreenLockSource(None, None, use_default_buses=False)
    assert not source.watching


@pytest.mark.parametrize("signature", ["o", "s"])  # an object path as logind sends; or text
def test_this_sessions_object_is_looked_up_in_logind(
    qtbot,
    context: AppContext,
    bus: PrivateBus,
    monkeypatch: pytest.MonkeyPatch,
    signature: str,
) -> None:
    monkeypatch.delenv("XDG_SESSION_ID", raising=False)
    logind = subprocess.Popen(
        [sys.executable, "-m", "tests.ui.fake_logind", bus.address, signature, SESSION_PATH],
        stdout=subprocess.PIPE,
        text=True,
        cwd=Path(__file__).parents[2],
    )
    try:
        assert logind.stdout is not None
        assert logind.stdout.readline().strip() == "ready"
        source = DBusScreenLockSource(None, bus.listen, use_default_buses=False)
        ScreenLockGuard(context, source, parent=source)
        qtbot.waitUntil(lambda: source.session_path == SESSION_PATH, timeout=WAIT_MS)
        assert logind.stdout.readline().split() == ["asked", "auto"]
        bus.round_trip()  # the subscription to this session's Lock is in place
        bus.signal(SESSION_PATH, "org.freedesktop.login1.Session", "Lock")
        qtbot.waitUntil(lambda: not context.is_unlocked, timeout=WAIT_MS)
    finally:
        logind.kill()
        logind.wait(timeout=10)
        if logind.stdout is not None:
            logind.stdout.close()


def test_the_app_attaches_a_guard_to_its_window(
    qtbot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(ui_errors, "install_excepthook", lambda: None)
    monkeypatch.setattr(launch_module.tempfile, "tempdir", str(tmp_path))
    seen: dict[str, object] = {}

    def ours(widget: object) -> bool:
        return isinstance(widget, MainWindow) and tmp_path in widget.context.folder.parents

    def look_then_quit() -> None:
        window = next((w for w in QApplication.topLevelWidgets() if ours(w)), None)
        if not isinstance(window, MainWindow) or not window.context.is_unlocked:
            QTimer.singleShot(50, look_then_quit)  # the demo vault is still being built
            return
        guard = window.findChild(ScreenLockGuard)
        seen["guard"] = guard is not None
        if guard is not None:
            guard.source.locking.emit("test")
        seen["locked"] = not window.context.is_unlocked
        window.close()

    QTimer.singleShot(0, look_then_quit)
    code = launch_module.launch(argparse.Namespace(vault=None, demo=True, command=None))
    wait_for_workers()
    assert code == 0
    assert seen == {"guard": True, "locked": True}
