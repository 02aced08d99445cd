"""Copied note text is cleared when the app exits, and exiting with it copied does not crash."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

SCRIPT = textwrap.dedent(
    """
    import sys
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication
    from coach_app.ui.clipboard import clipboard_guard

    app = QApplication([])
    clipboard_guard().copy("MARKER note text")
    assert QGuiApplication.clipboard().text() == "MARKER note text"
    if sys.argv[1] == "quit":
        from PySide6.QtCore import QTimer
        QTimer.singleShot(0, app.quit)
        app.exec()
        print("after quit:", repr(QGuiApplication.clipboard().text()))
    else:
        print("exiting")
    """
)


def _run(mode: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-c", SCRIPT, mode],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def test_process_exit_with_copied_text_is_clean() -> None:
    # Without the exit hook PySide6 segfaults here (exit code -11) while tearing down.
    result = _run("exit")
    assert result.returncode == 0, result.stderr
    assert "exiting" in result.stdout


def test_quitting_clears_copied_note_text() -> None:
    result = _run("quit")
    assert result.returncode == 0, result.stderr
    assert "after quit: ''" in result.stdout
