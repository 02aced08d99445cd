"""The app's log folder: one log file for the CLI and the GUI, a crash file, no core dumps.

Shared by both front ends (``cli.run`` and ``ui.launch`` call ``start`` first, ``stop`` last):

* the folder is the platform log folder (``platformdirs.user_log_dir``), made 0700; the log is
  ``coach-app.log`` there, rotated, every file of it created 0600;
* ``faulthandler`` writes the stacks of a fatal error (a crash in SQLCipher or Qt) into
  ``crash.log`` beside it, also 0600. A stack holds file names, line numbers and function names
  only, never values, so no note text can end up there. The file object must stay open for
  as long as the handler is armed (the handler writes to its descriptor from a signal handler);
* the GUI's start (``review_previous=True``) looks at what the previous run left behind: a
  non-empty ``crash.log`` (moved aside to ``crash.previous.log``) or an ``Unhandled`` entry in
  the log after the last start marker. ``previous_crash()`` then hands that text to the GUI,
  which offers to show it. The CLI reports its errors on stderr at once, so it only appends;
* ``disable_core_dumps`` keeps core dumps off (a dump would hold decrypted notes), also where
  the system pipes dumps to a collector, which ignores the size limit on Linux.
"""

from __future__ import annotations

import contextlib
import faulthandler
import logging
import os
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, TYPE_CHECKING, cast

from coach_app import fs_platform
from coach_app.paths import APP_NAME
from coach_app.record import Record

if TYPE_CHECKING:
    from io import TextIOWrapper

__all__ = [
    "CRASH_NAME",
    "LOG_NAME",
    "PreviousCrash",
    "crash_path",
    "disable_core_dumps",
    "log_dir",
    "log_path",
    "make_private_dir",
    "open_private",
    "previous_crash",
    "start",
    "stop",
]

LOG_NAME = "coach-app.log"
CRASH_NAME = "crash.log"
PREVIOUS_CRASH_NAME = "crash.previous.log"
START_MARKER = "--- Coach Companion started"
UNHANDLED = "Unhandled "
DIR_MODE = 0o700
FILE_MODE = 0o600
MAX_BYTES = 1 << 20  # per log file; read at ``start`` (tests make it small)
BACKUPS = 3
TAIL_BYTES = 64 * 1024  # how much of the old log is read back, and shown at most
PR_SET_DUMPABLE = 4  # <linux/prctl.h>

_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


class PreviousCrash(Record):
    """What the previous run left: where to find it, and its text (stacks only, no notes)."""

    __slots__ = ("path", "text")
    path: Path
    text: str

    def __init__(self, path: Path, text: str) -> None:
        self._set(path=path, text=text)


class _State:
    """The running log: its folder, handler and crash file (no dataclass: coach_app.record)."""

    def __init__(
        self, folder: Path, handler: logging.Handler, crash_file: IO[str], faulthandler_was_on: bool
    ) -> None:
        self.folder = folder
        self.handler = handler
        self.crash_file = crash_file
        self.faulthandler_was_on = faulthandler_was_on


_state: _State | None = None
_previous: PreviousCrash | None = None


# ---- where, and private files ----------------------------------------------------------------


def log_dir() -> Path:
    """The platform log folder (the same place the CLI has always written to)."""
    import platformdirs  # noqa: PLC0415 - only when a log is needed

    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))


def log_path() -> Path:
    """The log file shared by the CLI and the GUI."""
    return log_dir() / LOG_NAME


def crash_path() -> Path:
    """The file ``faulthandler`` writes a fatal error's stacks into."""
    return log_dir() / CRASH_NAME


def make_private_dir(folder: Path) -> None:
    """Create ``folder`` if needed and make it its owner's only (0700)."""
    folder.mkdir(parents=True, exist_ok=True, mode=DIR_MODE)
    fs_platform.restrict_path(folder, DIR_MODE)


def open_private(path: Path, mode: str = "a") -> IO[str]:
    """Open ``path`` for text, created 0600 and made 0600 if it existed with looser bits."""
    flags = os.O_WRONLY | os.O_CREAT | (os.O_APPEND if mode == "a" else os.O_TRUNC)
    fd = os.open(path, flags, FILE_MODE)
    try:
        fs_platform.restrict_fd(fd, FILE_MODE)
        return os.fdopen(fd, mode, encoding="utf-8")
    except BaseException:
        os.close(fd)
        raise


class _PrivateRotatingHandler(logging.FileHandler):
    """A log that rotates at ``max_bytes``, keeping ``backups`` old files; every file is 0600.

    What ``logging.handlers.RotatingFileHandler`` does (``coach-app.log.1`` is the newest old
    file), written here because importing ``logging.handlers`` also loads ``socket``, ``pickle``
    and ``queue`` for its other handlers: time spent on every start of the CLI and of the app
    (issue 13). ``Handler.handle`` holds the handler's lock around ``emit``, so a rotation never
    races another thread's line.
    """

    def __init__(self, path: Path, max_bytes: int, backups: int) -> None:
        self.max_bytes = max_bytes
        self.backups = backups
        super().__init__(path, mode="a", encoding="utf-8")

    def _open(self) -> IO[str]:  # type: ignore[override] # the base returns TextIOWrapper
        return open_private(Path(self.baseFilename), self.mode)

    def emit(self, record: logging.LogRecord) -> None:
        """Rotate first if this line would take the file to ``max_bytes``, then write it."""
        try:
            if self._full(record):
                self._rotate()
        except Exception:  # as the library's handlers do: a log problem never stops the app
            self.handleError(record)
            return
        super().emit(record)

    def _reopen(self) -> IO[str]:
        stream = self._open()
        self.stream = cast("TextIOWrapper", stream)  # what ``os.fdopen`` gives in text mode
        return stream

    def _full(self, record: logging.LogRecord) -> bool:
        if self.max_bytes <= 0:
            return False
        stream = self.stream if self.stream is not None else self._reopen()
        line = self.format(record) + self.terminator
        return stream.tell() + len(line.encode("utf-8")) >= self.max_bytes

    def _rotate(self) -> None:
        if self.stream is not None:
            self.stream.close()
            self.stream = None  # a failed rename below leaves it to the next line to reopen
        if self.backups > 0:
            base = self.baseFilename
            for n in range(self.backups - 1, 0, -1):
                older = f"{base}.{n}"
                if os.path.exists(older):
                    os.replace(older, f"{base}.{n + 1}")
            if os.path.exists(base):
                os.replace(base, f"{base}.1")
        self._reopen()


# ---- core dumps -------------------------------------------------------------------------------


def disable_core_dumps() -> None:
    """No core dumps (docs/security.md 22): a dump would hold decrypted notes.

    RLIMIT_CORE=0 stops the kernel writing a ``core`` file, but on Linux a ``core_pattern``
    that pipes to a collector (systemd-coredump, apport) ignores that limit; only a process
    that is not "dumpable" is skipped there. Each step is ignored where unsupported.
    """
    with contextlib.suppress(ImportError, OSError, ValueError):
        import resource  # noqa: PLC0415 - POSIX only

        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError, AttributeError, TypeError):
            # ``CDLL(None)`` is the process's own symbols, libc's ``prctl`` among them: no
            # ``ctypes.util.find_library``, which imports subprocess and runs ``ldconfig`` (tens
            # of milliseconds on every start, issue 13).
            import ctypes  # noqa: PLC0415 - only here, and only on Linux

            own = ctypes.CDLL(None, use_errno=True)
            prctl = getattr(own, "prctl", None) or ctypes.CDLL("libc.so.6", use_errno=True).prctl
            prctl(PR_SET_DUMPABLE, 0, 0, 0, 0)


# ---- what the previous run left ---------------------------------------------------------------


def _tail(path: Path) -> str:
    try:
        with path.open("rb") as fh:
            size = fh.seek(0, os.SEEK_END)
            fh.seek(max(0, size - TAIL_BYTES))
            return fh.read().decode("utf-8", errors="replace")
    except OSError:
        return ""


def _review(folder: Path) -> PreviousCrash | None:
    """Set aside a non-empty crash file; find ``Unhandled`` entries after the last start."""
    parts: list[str] = []
    path = folder / LOG_NAME
    crash = folder / CRASH_NAME
    with contextlib.suppress(OSError):
        if crash.stat().st_size > 0:
            kept = folder / PREVIOUS_CRASH_NAME
            os.replace(crash, kept)  # a fresh crash file for this run; the old one stays 0600
            parts.append(_tail(kept))
            path = kept
    log_text = _tail(folder / LOG_NAME)
    since_start = log_text.rsplit(START_MARKER, 1)[-1]
    if any(line.split(": ", 1)[-1].startswith(UNHANDLED) for line in since_start.splitlines()):
        if not parts:
            path = folder / LOG_NAME
        parts.append(since_start.split("\n", 1)[-1] if START_MARKER in log_text else since_start)
    if not parts:
        return None
    return PreviousCrash(path=path, text="\n".join(p.strip("\n") for p in parts) + "\n")


def previous_crash() -> PreviousCrash | None:
    """What the previous run left (found by the last ``start(review_previous=True)``)."""
    return _previous


# ---- start and stop ---------------------------------------------------------------------------


def start(*, review_previous: bool = False, level: int = logging.INFO) -> Path | None:
    """Log to the app's log file and arm ``faulthandler``; returns the log file.

    None if the folder cannot be used: the app still runs, without a log.
    Once per folder: calling it again for the same folder changes nothing, so the CLI and GUI
    may both call it. ``review_previous`` looks for a crash of the previous run first and
    writes a start marker (the GUI's start).
    """
    global _state, _previous  # noqa: PLW0603 - one log per process
    folder = log_dir()
    if _state is not None and _state.folder == folder:
        return folder / LOG_NAME
    stop()
    try:
        make_private_dir(folder)
        if review_previous:
            _previous = _review(folder)
        crash_file = open_private(folder / CRASH_NAME)
        handler = _PrivateRotatingHandler(folder / LOG_NAME, MAX_BYTES, BACKUPS)
    except OSError:
        return None
    handler.setLevel(level)
    handler.setFormatter(logging.Formatter(_FORMAT))
    logging.getLogger().addHandler(handler)
    was_on = faulthandler.is_enabled()
    faulthandler.enable(file=crash_file, all_threads=True)
    _state = _State(folder, handler, crash_file, was_on)
    if review_previous:
        stamp = datetime.now(UTC).isoformat(timespec="seconds")
        logging.getLogger(__name__).warning("%s %s (pid %d)", START_MARKER, stamp, os.getpid())
    return folder / LOG_NAME


def stop() -> None:
    """A clean end: close the log and the crash file (it stays empty: nothing crashed)."""
    global _state  # one log per process
    state, _state = _state, None
    if state is None:
        return
    logging.getLogger().removeHandler(state.handler)
    state.handler.close()
    faulthandler.disable()
    if state.faulthandler_was_on and sys.__stderr__ is not None:
        # Someone (a test runner) had it on before: point it back at the terminal.
        with contextlib.suppress(ValueError, OSError, AttributeError):
            faulthandler.enable(file=sys.__stderr__, all_threads=True)
    state.crash_file.close()
