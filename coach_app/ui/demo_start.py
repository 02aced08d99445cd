"""Starting with ``--demo``: a throwaway vault filled with sample coachees, built off the UI thread.

No vault is open while the demo vault is made, so this is the one piece of background work that
cannot go through ``context.ops`` (which always runs against the open vault). It runs on a
thread of its own; the result comes back to the UI thread through a queued signal and is handed
to the window like any unlocked vault. Quitting while it is built stops it at its next coachee
(``stop``), so the app never deletes the temporary folder under a thread still writing to it.

At start-up the window is the light first window (``ui/start_window.py``), which passes the
vault on to the main window; ``prepare`` (title, busy page) is called before it is first
painted and ``start`` after, so building the vault (and loading the services it needs) does
not hold up that first paint.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication, QObject, Signal

from coach_app.errors import Cancelled, CoachAppError
from coach_app.ui.errors import log_bug

if TYPE_CHECKING:
    from coach_app.services.access import OpenVault
    from coach_app.ui.unlock import UnlockScreen

log = logging.getLogger(__name__)

DEMO_COACHEES = 12
DEMO_SESSIONS = 24
DEMO_SEED = 7
STOP_TIMEOUT_S = 30.0


class DemoWindow(Protocol):
    """The window the demo opens in: the main window, or the first window before it."""

    @property
    def unlock_screen(self) -> UnlockScreen: ...

    def set_demo(self, passphrase: str) -> None: ...

    def open_vault(self, vault: OpenVault) -> None: ...


def make_demo_vault(
    folder: Path, passphrase: str, should_stop: Callable[[], bool] = lambda: False
) -> OpenVault:
    """Create the demo vault in ``folder`` and fill it; ``Cancelled`` once ``should_stop()``."""
    from coach_app.services import access  # noqa: PLC0415 - on the demo's own thread

    vault, _recovery = access.create_vault(folder, passphrase, access.fast_key_derivation())
    try:
        from coach_app.services import demo  # noqa: PLC0415 - written separately
    except ImportError:
        log.warning("coach_app.services.demo is missing: the demo vault stays empty")
        return vault

    def progress(_done: int, _total: int) -> None:
        if should_stop():
            raise Cancelled(
                QCoreApplication.translate("DemoStart", "The demo vault was not finished.")
            )

    try:
        demo.generate(
            vault,
            coachees=DEMO_COACHEES,
            sessions_per_coachee=DEMO_SESSIONS,
            seed=DEMO_SEED,
            progress=progress,
        )
        demo.generate_groups(vault, seed=DEMO_SEED)
    except BaseException:
        access.lock(vault)
        raise
    return vault


class DemoStart(QObject):
    """Builds the demo vault on a thread of its own, then opens it in ``window``."""

    _built = Signal(object, object)  # the open vault or None, the error or None

    def __init__(
        self,
        window: DemoWindow,
        folder: Path,
        passphrase: str,
        make: Callable[[Path, str, Callable[[], bool]], OpenVault] = make_demo_vault,
    ) -> None:
        super().__init__(window if isinstance(window, QObject) else None)
        self._window = window
        self._folder = folder
        self._passphrase = passphrase
        self._make = make
        self._stop = threading.Event()
        self._guard = threading.Lock()
        self._unhanded: OpenVault | None = None  # built, not yet taken by the window
        self._thread: threading.Thread | None = None
        self._prepared = False
        self._built.connect(self._deliver)

    def prepare(self) -> None:
        """Say what is happening: the demo title, and the busy page on the unlock screen."""
        self._prepared = True
        self._window.set_demo(self._passphrase)
        self._window.unlock_screen.show_busy(
            self.tr("Preparing a demo vault with sample coachees…")
        )

    def start(self) -> None:
        """Say what is happening (unless ``prepare`` did) and start building."""
        if not self._prepared:
            self.prepare()
        self._thread = threading.Thread(target=self._run, name="demo-vault", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        try:
            vault = self._make(self._folder, self._passphrase, self._stop.is_set)
        except BaseException as exc:  # handed to the UI thread
            self._built.emit(None, exc)
            return
        with self._guard:
            self._unhanded = vault
        self._built.emit(vault, None)

    def _deliver(self, vault: object, error: object) -> None:
        if isinstance(error, BaseException):
            if isinstance(error, Cancelled):
                return
            if isinstance(error, CoachAppError):
                message = error.message
            else:
                log_bug(type(error), error, error.__traceback__)
                message = self.tr("The demo vault could not be made; the log says why.")
            self._window.unlock_screen.reset(message)
            return
        with self._guard:
            if self._unhanded is None:  # stopped meanwhile: the vault is closed already
                return
            self._unhanded = None
        from coach_app.services.access import OpenVault  # noqa: PLC0415 - loaded by now

        assert isinstance(vault, OpenVault)
        self._window.open_vault(vault)

    def stop(self, timeout_s: float = STOP_TIMEOUT_S) -> None:
        """Stop building (the app quits) and close a vault the window never took."""
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout_s)
        with self._guard:
            vault, self._unhanded = self._unhanded, None
        if vault is not None:
            from coach_app.services import access  # noqa: PLC0415 - loaded: a vault is open

            access.lock(vault)
