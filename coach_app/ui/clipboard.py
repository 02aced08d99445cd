"""Copying note text without leaving it on the clipboard (docs/security.md 22).

Text copied out of a note is marked sensitive with every marker a platform's clipboard history
honours (``SENSITIVE_MARKERS``), and is cleared after a minute, but only if the clipboard still
holds what we put there: the coach may have copied something else meanwhile, and that is theirs.

The markers, and how Qt carries each one:

* Linux (KDE Klipper and several others): the mime type ``x-kde-passwordManagerHint`` = ``secret``.
* Windows (Win+V clipboard history, cloud clipboard): three registered clipboard formats.
  ``ExcludeClipboardContentFromMonitorProcessing`` (its presence is what counts),
  ``CanIncludeInClipboardHistory`` = DWORD 0 and ``CanUploadToCloudClipboard`` = DWORD 0. Qt
  (QMimeData, "Platform-Specific MIME Types"; QWindowsMimeConverter::registerMimeType) puts a
  mime type ``application/x-qt-windows-mime;value="Name"`` on the clipboard as the registered
  format ``Name``.
* macOS (the nspasteboard.org convention: ``org.nspasteboard.ConcealedType`` and
  ``org.nspasteboard.TransientType``). Qt's documentation names no mime type for an arbitrary
  UTI; a custom UTI needs a C++ ``QUtiMimeConverter``, which PySide6 does not expose. Stock Qt
  publishes an unknown mime type ``m`` as the UTI ``com.trolltech.anymime.m``, so these two
  markers are set under their UTI names (ready for a converter) but macOS clipboard managers
  do not see them yet; there, the one-minute clearing is the protection.

``NoteTextEdit`` is the plain-text editor every note field uses: its copy, cut, drag and
X11-selection data all carry the hint, and every copy arms the timer.
"""

from __future__ import annotations

import atexit

import shiboken6
from PySide6.QtCore import QMimeData, QObject, QTimer
from PySide6.QtGui import QClipboard, QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QPlainTextEdit, QWidget

SENSITIVE_FORMAT = "x-kde-passwordManagerHint"
SENSITIVE_VALUE = b"secret"
CLEAR_AFTER_MS = 60_000

_DWORD_ZERO = (0).to_bytes(4, "little")


def windows_format(name: str) -> str:
    """The mime type Qt puts on the Windows clipboard as the registered format ``name``."""
    return f'application/x-qt-windows-mime;value="{name}"'


# Every marker, mime type -> bytes. See the module docstring for who honours which.
SENSITIVE_MARKERS: dict[str, bytes] = {
    SENSITIVE_FORMAT: SENSITIVE_VALUE,
    # Any data will do for this one; Windows looks only at whether the format is there.
    windows_format("ExcludeClipboardContentFromMonitorProcessing"): _DWORD_ZERO,
    windows_format("CanIncludeInClipboardHistory"): _DWORD_ZERO,
    windows_format("CanUploadToCloudClipboard"): _DWORD_ZERO,
    "org.nspasteboard.ConcealedType": SENSITIVE_VALUE,
    "org.nspasteboard.TransientType": SENSITIVE_VALUE,
}


def sensitive_mime(text: str) -> QMimeData:
    """Mime data holding ``text``, marked so clipboard managers do not keep it."""
    mime = QMimeData()
    mime.setText(text)
    for mime_type, value in SENSITIVE_MARKERS.items():
        mime.setData(mime_type, value)
    return mime


def is_marked_sensitive(mime: QMimeData | None) -> bool:
    """Whether clipboard data carries every sensitive marker with its value."""
    return mime is not None and all(
        bytes(mime.data(mime_type).data()) == value
        for mime_type, value in SENSITIVE_MARKERS.items()
    )


class ClipboardGuard(QObject):
    """Clears note text we placed on the clipboard once ``clear_after_ms`` has passed.

    One guard per application (``clipboard_guard()``); tests shorten ``clear_after_ms``.
    """

    def __init__(self, clear_after_ms: int = CLEAR_AFTER_MS, parent: QObject | None = None):
        super().__init__(parent)
        self.clear_after_ms = clear_after_ms
        self._armed: set[str] = set()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.expire)

    @property
    def is_armed(self) -> bool:
        """Whether some copied note text is waiting to be cleared."""
        return bool(self._armed)

    def copy(self, text: str) -> None:
        """Put ``text`` on the clipboard, marked sensitive, and clear it later."""
        QGuiApplication.clipboard().setMimeData(sensitive_mime(text))
        self.arm(text)

    def arm(self, text: str) -> None:
        """Clear ``text`` from the clipboard (and the X11 selection) after the timeout.

        The timeout restarts with every copy; everything armed meanwhile goes together.
        """
        self._armed.add(text)
        self._timer.start(self.clear_after_ms)

    def expire(self) -> None:
        """Clear the clipboard now if it still holds the copied text (called by the timer)."""
        self._timer.stop()
        texts, self._armed = self._armed, set()
        if not texts:
            return
        clipboard = QGuiApplication.clipboard()
        modes = [QClipboard.Mode.Clipboard]
        if clipboard.supportsSelection():
            modes.append(QClipboard.Mode.Selection)
        for mode in modes:
            if clipboard.text(mode) in texts:
                clipboard.clear(mode)


_guard: ClipboardGuard | None = None
_exit_hook_registered = False


def _clear_at_exit() -> None:
    # Copied note text must not outlive the app on the clipboard (docs/security.md 22). It also
    # sidesteps a PySide6 6.12 crash: mime data made in Python and still owned by the
    # clipboard when the interpreter shuts down segfaults in Qt's teardown.
    guard = _guard
    if guard is not None and QGuiApplication.instance() is not None and shiboken6.isValid(guard):
        guard.expire()


def clipboard_guard() -> ClipboardGuard:
    """The application's guard (created on first use, owned by the QApplication).

    Whatever it armed is cleared on a timer, when the application quits, and at process exit.
    """
    global _guard, _exit_hook_registered  # noqa: PLW0603 - one guard per process, like the clipboard
    app = QGuiApplication.instance()
    if _guard is None or _guard.parent() is not app:
        _guard = ClipboardGuard(parent=app)
        if app is not None:
            app.aboutToQuit.connect(_guard.expire)
    if not _exit_hook_registered:
        # Registered after PySide's own exit handlers, so it runs before them.
        atexit.register(_clear_at_exit)
        _exit_hook_registered = True
    return _guard


class NoteTextEdit(QPlainTextEdit):
    """A plain-text note field whose copied text is marked sensitive and cleared later.

    Tab moves focus (coaches tab from section to section while listening); the ``copy``/``cut``
    overrides cover the keyboard and callers, ``createMimeDataFromSelection`` covers the context
    menu, dragging and the X11 selection.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)

    def selected_text(self) -> str:
        """The selection with real line breaks (Qt uses U+2029 between paragraphs)."""
        return self.textCursor().selectedText().replace("\u2029", "\n").replace("\u2028", "\n")

    def createMimeDataFromSelection(self) -> QMimeData:
        """Mark every copy of the selection sensitive and arm the clearing timer."""
        text = self.selected_text()
        if text:
            clipboard_guard().arm(text)
        return sensitive_mime(text)

    def copy(self) -> None:
        """Copy the selection, marked sensitive."""
        text = self.selected_text()
        if text:
            clipboard_guard().copy(text)

    def cut(self) -> None:
        """Copy the selection, marked sensitive, then remove it (one undo step)."""
        if self.isReadOnly() or not self.textCursor().hasSelection():
            return
        self.copy()
        self.textCursor().removeSelectedText()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Route Copy and Cut through our overrides (Qt's own handler would bypass them)."""
        if event.matches(QKeySequence.StandardKey.Copy):
            self.copy()
            event.accept()
            return
        if event.matches(QKeySequence.StandardKey.Cut):
            self.cut()
            event.accept()
            return
        super().keyPressEvent(event)
