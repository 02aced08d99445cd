"""Loading the main window's code on a background thread while the coach types the passphrase.

The first window is the unlock screen alone (``ui/start_window.py``): it needs Qt and little
else, so it is painted quickly. Everything behind it (the main window and its pages, the
services, SQLAlchemy, ReportLab, the keyring) is imported here after that first paint, on a
daemon thread that only imports modules and never touches a Qt object; ``finished`` then
reaches the UI thread, which builds the main window from modules already loaded.

Python's import lock makes this safe beside the UI thread: a module the UI thread (or an unlock
running in the thread pool) asks for while it is being loaded here is simply waited for, never
loaded twice. A module that fails to load is only logged here (by its name and the exception's
type): the UI thread imports it again when it builds the window, and that error goes to the
excepthook like any other.
"""

from __future__ import annotations

import importlib
import logging
import threading
from collections.abc import Sequence

from PySide6.QtCore import QObject, Signal

log = logging.getLogger(__name__)

#: What the main window needs, and what building it loads on the way (the session area makes
#: its editor): loaded before the window is built, so building it waits for nothing. The
#: exporters that write PDFs are not among them: ReportLab loads when a PDF is made (it would
#: hold some 10 MB for the whole session otherwise).
MODULES: tuple[str, ...] = (
    "coach_app.services.access",
    "coach_app.services.keyring_check",
    "coach_app.ui.context",
    "coach_app.ui.main_window",
    "coach_app.ui.screen_lock",
    "coach_app.ui.about_dialog",
    "coach_app.ui.session_editor",
    "coach_app.ui.file_export",
    "coach_app.ui.file_import",
    "coach_app.services.exchange",
    "coach_app.services.markdown_export",
)


class WarmUp(QObject):
    """Imports ``modules`` on a daemon thread; ``finished`` is delivered on the UI thread."""

    finished = Signal()

    def __init__(self, modules: Sequence[str] = MODULES, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._modules = tuple(modules)
        self._thread: threading.Thread | None = None
        self._done = threading.Event()

    @property
    def started(self) -> bool:
        """Whether the thread was started."""
        return self._thread is not None

    @property
    def done(self) -> bool:
        """Whether every module was imported (or failed to)."""
        return self._done.is_set()

    def start(self) -> None:
        """Start importing (once)."""
        if self._thread is not None:
            return
        self._thread = threading.Thread(target=self._run, name="warm-up", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        for name in self._modules:
            try:
                importlib.import_module(name)
            except Exception as exc:  # the UI thread meets it again, and reports it
                log.warning("warm-up: %s not loaded (%s)", name, type(exc).__name__)
        self._done.set()
        # Queued to the UI thread: this object lives there.
        self.finished.emit()

    def wait(self, timeout_s: float | None = None) -> bool:
        """Wait for the thread (at quit: no import may still run while Python shuts down)."""
        if self._thread is None:
            return True
        self._thread.join(timeout_s)
        return not self._thread.is_alive()
