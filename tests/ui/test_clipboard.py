"""Copied note text carries every platform's "keep this out of clipboard history" marker.

The expected markers are spelled out here rather than read from the module, so dropping one from
``SENSITIVE_MARKERS`` (or changing its value) fails these tests.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QMimeData
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from coach_app.ui.clipboard import (
    NoteTextEdit,
    clipboard_guard,
    is_marked_sensitive,
    sensitive_mime,
)

DWORD_ZERO = b"\x00\x00\x00\x00"
WINDOWS = 'application/x-qt-windows-mime;value="{}"'

EXPECTED: dict[str, bytes | None] = {
    # KDE Klipper and other X11/Wayland clipboard managers.
    "x-kde-passwordManagerHint": b"secret",
    # Windows: presence is what counts for the first; the other two must be DWORD 0.
    WINDOWS.format("ExcludeClipboardContentFromMonitorProcessing"): None,
    WINDOWS.format("CanIncludeInClipboardHistory"): DWORD_ZERO,
    WINDOWS.format("CanUploadToCloudClipboard"): DWORD_ZERO,
    # macOS, nspasteboard.org convention: presence is what counts.
    "org.nspasteboard.ConcealedType": None,
    "org.nspasteboard.TransientType": None,
}


def _assert_every_marker(mime: QMimeData | None) -> None:
    assert mime is not None
    formats = mime.formats()
    for mime_type, value in EXPECTED.items():
        assert mime_type in formats, mime_type
        if value is not None:
            assert bytes(mime.data(mime_type).data()) == value, mime_type
    assert is_marked_sensitive(mime)


@pytest.mark.parametrize("text", ["confidential words", "two\nlines"])
def test_sensitive_mime_sets_every_marker_with_its_value(qapp: QApplication, text: str) -> None:
    mime = sensitive_mime(text)
    assert mime.text() == text
    _assert_every_marker(mime)


def test_a_missing_or_wrong_marker_is_not_sensitive(qapp: QApplication) -> None:
    for mime_type in EXPECTED:
        mime = sensitive_mime("x")
        mime.removeFormat(mime_type)
        assert not is_marked_sensitive(mime), mime_type
    mime = sensitive_mime("x")
    mime.setData(WINDOWS.format("CanIncludeInClipboardHistory"), b"\x01\x00\x00\x00")
    assert not is_marked_sensitive(mime)


def test_copy_drag_and_selection_carry_every_marker(qtbot: QtBot) -> None:
    field = NoteTextEdit()
    qtbot.addWidget(field)
    field.setPlainText("confidential words")
    field.selectAll()
    guard = clipboard_guard()

    _assert_every_marker(field.createMimeDataFromSelection())  # context menu, drag, X11

    field.copy()
    clipboard = QGuiApplication.clipboard()
    assert clipboard.text() == "confidential words"
    _assert_every_marker(clipboard.mimeData())
    assert guard.is_armed  # the timeout clearing still applies
    guard.expire()
    assert clipboard.text() == ""
