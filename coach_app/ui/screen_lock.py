"""Lock the vault when the screen locks or the computer goes to sleep (docs/security.md 18).

A *source* says "the coach's session is about to be out of sight" by emitting ``locking``; the
``ScreenLockGuard`` then locks the vault through ``context.lock()`` (drafts saved, work
finished, key wiped), if the vault is open and the setting "Lock when the screen locks" is on.

What each platform gives, honestly:

- **Linux and the BSDs** (``DBusScreenLockSource``, through QtDBus, which PySide6-Essentials
  ships): on the session bus, ``ActiveChanged(true)`` of ``org.freedesktop.ScreenSaver`` (KDE,
  Xfce, most desktops) and of ``org.gnome.ScreenSaver`` (GNOME); on the system bus, logind's
  ``Manager.PrepareForSleep(true)`` (suspend or hibernate) and ``Session.Lock`` on this
  session's object (``loginctl lock-session``, and desktops that lock through logind). The
  session object is looked up asynchronously (``GetSession``), so a slow or missing logind
  never holds up the start. Without a session or system bus (a container, a bare window
  manager without a screensaver service) the source listens to nothing and says so
  (``watching`` is False; the security check reports it). The app takes no sleep inhibitor, so
  logind does not wait for the lock: the signal is handled as soon as the event loop runs,
  which may be just after resume rather than before sleep.
- **Windows** (``WindowsScreenLockSource``): a native event filter for
  ``WM_WTSSESSION_CHANGE`` / ``WTS_SESSION_LOCK`` (after ``WTSRegisterSessionNotification``
  for the main window) and ``WM_POWERBROADCAST`` / ``PBT_APMSUSPEND``. Written from the
  documented messages but NOT tested: no test here runs on Windows.
- **macOS**: nothing. Qt exposes no screen-lock or sleep event there (the notifications live in
  AppKit's ``NSWorkspace``/``NSDistributedNotificationCenter``, which would need PyObjC), and
  ``QGuiApplication.applicationStateChanged`` only says the app lost focus, which is not a lock.
  The idle auto-lock and Ctrl+L remain.

QtDBus delivers to plain ``QAction`` relays, never to a QObject subclassed in Python: QtDBus's
own thread asks a receiver for its meta-object when it subscribes, unsubscribes or sees the
receiver go, and for a Python subclass that answer is built by PySide from the Python object,
off the GIL; under another busy Python thread that crashed the process (a segmentation fault
seen in the test suite). A plain ``QAction`` (no Python attributes, its class's own
meta-object) answers without touching Python: ``setChecked(bool)`` carries a true/false signal
and ``toggled`` hands it on, ``trigger()`` carries one without arguments.

Any local program can send these signals on the session bus. That is acceptable: the worst it
can do is lock the vault, which a program running as the coach could do anyway.
"""

from __future__ import annotations

import ctypes
import logging
import os
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    SLOT,
    QAbstractNativeEventFilter,
    QByteArray,
    QCoreApplication,
    QObject,
    Signal,
)
from PySide6.QtGui import QAction

from coach_app.errors import CoachAppError
from coach_app.services import settings as settings_service

if TYPE_CHECKING:
    from PySide6.QtDBus import QDBusConnection, QDBusMessage, QDBusPendingCallWatcher
    from PySide6.QtWidgets import QWidget

    from coach_app.ui.context import AppContext

log = logging.getLogger(__name__)

LOGIND = "org.freedesktop.login1"
LOGIND_PATH = "/org/freedesktop/login1"
LOGIND_MANAGER = "org.freedesktop.login1.Manager"
LOGIND_SESSION = "org.freedesktop.login1.Session"
SCREENSAVERS = ("org.freedesktop.ScreenSaver", "org.gnome.ScreenSaver")
LOOKUP_TIMEOUT_MS = 2000

# Reasons carried by ``locking`` (for the log line; never shown to the coach).
SCREENSAVER = "screensaver"
SLEEP = "sleep"
SESSION_LOCK = "session-lock"


class ScreenLockSource(QObject):
    """Tells when the session locks or the computer is about to sleep.

    This base listens to nothing (macOS, or no bus): ``watching`` is False. Tests emit
    ``locking`` on it directly.

    Signals:
        locking: the screen is locking or the computer is going to sleep (a reason word).
    """

    locking = Signal(str)

    @property
    def watching(self) -> bool:
        """Whether this source listens to anything on this computer."""
        return False

    def stop(self) -> None:
        """Stop listening (the window is closing)."""


def _slot(signature: str) -> str:
    # QtDBus wants Qt's "1name(types)" slot text, as str: the stubs say bytes, but PySide6
    # refuses bytes here at run time (hence the ignores where it is passed).
    return SLOT(signature)


def dbus_relay(parent: QObject, receive: Callable[..., None], *, carries_bool: bool) -> QAction:
    """A receiver QtDBus may deliver to from its own thread (see the module docstring).

    Subscribe it with :func:`relay_slot`; each signal then reaches ``receive`` on the UI
    thread: ``receive(value)`` when ``carries_bool`` (a repeated value is passed on once,
    which is all a lock needs), else ``receive()``.
    """
    relay = QAction(parent)
    if carries_bool:
        relay.setCheckable(True)
        relay.toggled.connect(receive)
    else:
        relay.triggered.connect(lambda _checked=False: receive())
    return relay


def relay_slot(relay: QAction) -> str:
    """The slot of ``relay`` a D-Bus signal is connected to."""
    return _slot("setChecked(bool)" if relay.isCheckable() else "trigger()")


class DBusScreenLockSource(ScreenLockSource):
    """The screensaver and logind signals over D-Bus (Linux, the BSDs).

    Args:
        session: the session bus (default: the user's); tests pass a private bus.
        system: the system bus (default: the machine's; None in tests to skip logind).
        session_path: logind's object for this session; None: looked up by this process id.
    """

    def __init__(
        self,
        session: QDBusConnection | None = None,
        system: QDBusConnection | None = None,
        *,
        use_default_buses: bool = True,
        session_path: str | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        from PySide6.QtDBus import QDBusConnection  # noqa: PLC0415 - only where D-Bus exists

        if use_default_buses:
            session = session if session is not None else QDBusConnection.sessionBus()
            system = system if system is not None else QDBusConnection.systemBus()
        self._session = session if session is not None and session.isConnected() else None
        self._system = system if system is not None and system.isConnected() else None
        self._subscriptions: list[tuple[QDBusConnection, str, str, str, QAction, str]] = []
        self._screensaver = dbus_relay(self, self.screensaver, carries_bool=True)
        self._sleep = dbus_relay(self, self.sleep, carries_bool=True)
        self._session_lock = dbus_relay(self, self.session_lock, carries_bool=False)
        self._session_path = ""
        self._lookup: QDBusPendingCallWatcher | None = None
        if self._session is not None:
            for interface in SCREENSAVERS:
                # Any path and any sender: KDE uses /ScreenSaver, others the long path.
                self._subscribe(self._session, "", interface, "ActiveChanged", self._screensaver)
        if self._system is not None:
            self._subscribe(
                self._system, LOGIND_PATH, LOGIND_MANAGER, "PrepareForSleep", self._sleep
            )
            if session_path:
                self._watch_session(session_path)
            else:
                self._look_up_session(self._system)

    # ---- subscribing -------------------------------------------------------------------------

    def _subscribe(
        self, bus: QDBusConnection, path: str, interface: str, name: str, relay: QAction
    ) -> None:
        signature = relay_slot(relay)
        if bus.connect("", path, interface, name, relay, signature):  # type: ignore[call-overload]
            self._subscriptions.append((bus, path, interface, name, relay, signature))
        else:
            log.info("no subscription to %s.%s", interface, name)

    def _watch_session(self, path: str) -> None:
        if self._system is None or self._session_path:
            return
        self._session_path = path
        self._subscribe(self._system, path, LOGIND_SESSION, "Lock", self._session_lock)

    def _look_up_session(self, bus: QDBusConnection) -> None:
        from PySide6.QtDBus import QDBusMessage, QDBusPendingCallWatcher  # noqa: PLC0415

        # "auto" is the caller's own session (or the user's display session) by logind's rules.
        call = QDBusMessage.createMethodCall(LOGIND, LOGIND_PATH, LOGIND_MANAGER, "GetSession")
        call.setArguments([os.environ.get("XDG_SESSION_ID") or "auto"])
        self._lookup = QDBusPendingCallWatcher(bus.asyncCall(call, LOOKUP_TIMEOUT_MS), self)
        self._lookup.finished.connect(self._session_found)

    def _session_found(self, watcher: QDBusPendingCallWatcher) -> None:
        from PySide6.QtDBus import QDBusMessage  # noqa: PLC0415

        reply: QDBusMessage = watcher.reply()
        watcher.deleteLater()
        self._lookup = None
        args = reply.arguments() if reply.type() == QDBusMessage.MessageType.ReplyMessage else []
        found: object = args[0] if args else None
        # An object path arrives as QDBusObjectPath (or as text from a simpler service).
        path = getattr(found, "path", lambda: found)()
        if isinstance(path, str) and path.startswith(LOGIND_PATH + "/"):
            self._watch_session(path)
        else:
            # Not in a logind session (started from a service, a container): the screensaver
            # and sleep signals still count.
            log.info("no logind session for this process; Session.Lock not watched")

    # ---- the signals -------------------------------------------------------------------------

    @property
    def watching(self) -> bool:
        """Whether any subscription is live."""
        return bool(self._subscriptions)

    @property
    def dbus_receivers(self) -> tuple[QObject, ...]:
        """The objects QtDBus delivers this source's signals to, one per subscription."""
        return tuple(relay for _bus, _path, _interface, _name, relay, _slot in self._subscriptions)

    @property
    def session_path(self) -> str:
        """The logind session object watched for ``Lock`` ("" until found, or none)."""
        return self._session_path

    def screensaver(self, active: bool) -> None:
        """``ActiveChanged``: the screensaver (and with it the lock screen) came on or went."""
        if active:
            self.locking.emit(SCREENSAVER)

    def sleep(self, starting: bool) -> None:
        """``PrepareForSleep``: true before suspend or hibernate, false after resume."""
        if starting:
            self.locking.emit(SLEEP)

    def session_lock(self) -> None:
        """``Session.Lock``: logind asks this session's screen locker to lock."""
        self.locking.emit(SESSION_LOCK)

    def stop(self) -> None:
        """Drop every subscription."""
        for bus, path, interface, name, relay, signature in self._subscriptions:
            bus.disconnect("", path, interface, name, relay, signature)  # type: ignore[call-overload]
        self._subscriptions.clear()


# ---- Windows (untested here) ----------------------------------------------------------------

WM_WTSSESSION_CHANGE = 0x02B1
WTS_SESSION_LOCK = 0x7
WM_POWERBROADCAST = 0x0218
PBT_APMSUSPEND = 0x4
NOTIFY_FOR_THIS_SESSION = 0


class _WindowsMessages(QAbstractNativeEventFilter):
    """Reads the two window messages that mean "locked" or "suspending"; consumes nothing."""

    def __init__(self, source: WindowsScreenLockSource) -> None:
        super().__init__()
        self._source = source

    def nativeEventFilter(
        self, eventType: QByteArray | bytes | bytearray | memoryview, message: int
    ) -> object:
        """Look at Windows messages only; always let Qt handle them too."""
        kind = eventType.data() if isinstance(eventType, QByteArray) else bytes(eventType)
        if kind == b"windows_generic_MSG":
            try:
                from ctypes import wintypes  # noqa: PLC0415 - Windows only

                msg = wintypes.MSG.from_address(int(message))
                if msg.message == WM_WTSSESSION_CHANGE and msg.wParam == WTS_SESSION_LOCK:
                    self._source.locking.emit(SESSION_LOCK)
                elif msg.message == WM_POWERBROADCAST and msg.wParam == PBT_APMSUSPEND:
                    self._source.locking.emit(SLEEP)
            except (OSError, ValueError, AttributeError):  # never break event delivery
                log.warning("could not read a window message; screen-lock watching stops")
                self._source.stop()
        return False, 0


class WindowsScreenLockSource(ScreenLockSource):
    """Session lock and suspend messages of the main window (Windows; not tested here)."""

    def __init__(self, window: QWidget, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._filter: _WindowsMessages | None = None
        app = QCoreApplication.instance()
        if app is None:
            return
        try:
            wtsapi = ctypes.WinDLL("wtsapi32")  # type: ignore[attr-defined, unused-ignore]
            registered = wtsapi.WTSRegisterSessionNotification(
                int(window.winId()), NOTIFY_FOR_THIS_SESSION
            )
        except (OSError, AttributeError):
            registered = 0
        if not registered:
            log.info("session notifications not available; only suspend is watched")
        self._filter = _WindowsMessages(self)
        app.installNativeEventFilter(self._filter)

    @property
    def watching(self) -> bool:
        """Whether the native filter is installed."""
        return self._filter is not None

    def stop(self) -> None:
        """Remove the native filter."""
        app = QCoreApplication.instance()
        if self._filter is not None and app is not None:
            app.removeNativeEventFilter(self._filter)
        self._filter = None


def default_source(window: QWidget) -> ScreenLockSource:
    """The source this platform offers (see the module docstring); parented to ``window``."""
    if sys.platform == "win32":
        return WindowsScreenLockSource(window, parent=window)
    if sys.platform == "darwin":
        return ScreenLockSource(window)
    return DBusScreenLockSource(parent=window)


# ---- the guard ------------------------------------------------------------------------------


class ScreenLockGuard(QObject):
    """Locks the vault when its source says the screen locks, if the setting is on.

    Args:
        context: the app context (``lock()``, the vault, the settings).
        source: where the lock and sleep events come from.

    Signals:
        handled: a ``locking`` event was looked at; True when it locked the vault.
    """

    handled = Signal(bool)

    def __init__(
        self, context: AppContext, source: ScreenLockSource, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.source = source
        self._busy = False  # a lock (from any path) is under way: a second one must wait
        source.locking.connect(self._on_locking)
        context.about_to_lock.connect(self._lock_started)
        context.signals.vault_locked.connect(self._lock_done)

    @property
    def watching(self) -> bool:
        """Whether the source listens to anything on this computer."""
        return self.source.watching

    def _lock_started(self) -> None:
        self._busy = True

    def _lock_done(self) -> None:
        self._busy = False

    def _wanted(self) -> bool:
        try:
            return settings_service.load_settings(self.context.vault).lock_on_screen_lock
        except CoachAppError:  # locked meanwhile, or the vault cannot be read: nothing to lock
            return False

    def _on_locking(self, reason: str) -> None:
        locked = False
        # A lock already running (idle, Ctrl+L) waits for its work in a nested event loop,
        # where this signal can arrive: locking again from inside it would close twice.
        if not self._busy and self.context.is_unlocked and self._wanted():
            log.info("locking: %s", reason)
            self.context.lock()
            locked = True
        self.handled.emit(locked)

    def stop(self) -> None:
        """Stop listening (the window is closing)."""
        self.source.stop()
