"""Bench rows of the live 1:1 (issue 10): the in-session view opening, and the pre-session brief.

Both for the coachee with the most sessions (500 in the default and ``3x500`` vaults):

- **in-session view open**: ``SessionEditor.new_session(coachee, "grow", live=True)`` until the
  events it queued are processed, the way Ctrl+Shift+S then Enter shows it (target: under
  150 ms). It creates a session each run, so it runs on a throwaway copy of the cached vault,
  offscreen.
- **brief**: ``build_brief`` (one read transaction), then its Markdown and its PDF.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from bench.chart import busiest_coachee
from bench.timing import Timing, _timed
from coach_app.services.brief import build_brief
from coach_app.services.brief_pdf import brief_pdf
from coach_app.services.brief_render import brief_markdown
from coach_app.vault.vault import Vault

if TYPE_CHECKING:
    from PySide6.QtCore import QCoreApplication, QMessageLogContext, QtMsgType

    MessageHandler = Callable[[QtMsgType, QMessageLogContext, str], object]

TARGET_LIVE_OPEN_MS = 150.0
#: What Qt's offscreen platform says each time a window's size hints change (it has no window
#: manager to pass them to): harmless, and pyproject.toml's qt_log_ignore drops it in the tests.
#: Each run of the row printed it a few times, some thirty lines between the bench's tables.
OFFSCREEN_NOISE = "This plugin does not support propagateSizeHints()"


@dataclass(frozen=True)
class SessionTimings:
    """The live-session rows."""

    sessions: int
    live_open: Timing
    brief_build: Timing
    brief_markdown: Timing
    brief_pdf: Timing


def time_brief(vault: Vault, runs: int) -> tuple[Timing, Timing, Timing]:
    """Build, Markdown and PDF of the busiest coachee's brief (private reflection included)."""
    coachee_id, _measurements, _experiments = busiest_coachee(vault)
    build, markdown, pdf = [], [], []
    for _ in range(runs):
        brief = None

        def make() -> None:
            nonlocal brief
            brief = build_brief(vault, coachee_id, include_private=True)

        build.append(_timed(make))
        assert brief is not None
        markdown.append(_timed(partial(brief_markdown, brief)))
        pdf.append(_timed(partial(brief_pdf, brief)))
    return Timing.of(build), Timing.of(markdown), Timing.of(pdf)


class WithoutOffscreenNoise:
    """A Qt message handler that drops ``OFFSCREEN_NOISE`` and passes every other message on.

    Every other message goes to ``previous``, the handler it replaced (set once it is
    installed), or without one to standard error, as Qt's own handler writes it.
    """

    def __init__(self) -> None:
        self.previous: MessageHandler | None = None

    def __call__(self, kind: QtMsgType, where: QMessageLogContext, message: str) -> None:
        if message == OFFSCREEN_NOISE:
            return
        if self.previous is not None:
            self.previous(kind, where, message)
        else:
            print(message, file=sys.stderr)


def time_live_open(folder: Path, passphrase: str, runs: int) -> Timing:
    """Open the in-session view ``runs`` times on a copy of the vault in ``folder``."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import qInstallMessageHandler  # noqa: PLC0415
    from PySide6.QtWidgets import QApplication  # noqa: PLC0415 - Qt only for this row

    quiet = WithoutOffscreenNoise()
    quiet.previous = qInstallMessageHandler(quiet)
    try:
        return _live_open_runs(
            QApplication.instance() or QApplication([]), folder, passphrase, runs
        )
    finally:
        qInstallMessageHandler(quiet.previous)


def _live_open_runs(app: QCoreApplication, folder: Path, passphrase: str, runs: int) -> Timing:
    """The runs of :func:`time_live_open`, with Qt's messages already filtered."""
    from coach_app.ui.context import AppContext  # noqa: PLC0415
    from coach_app.ui.session_editor import SessionEditor  # noqa: PLC0415

    with tempfile.TemporaryDirectory(prefix="coach-bench-live-") as tmp:
        copy = Path(tmp) / "vault"
        shutil.copytree(folder, copy, ignore=shutil.ignore_patterns("backups", "*.lock"))
        vault = Vault.unlock(copy, passphrase)
        try:
            coachee_id, _measurements, _experiments = busiest_coachee(vault)
            context = AppContext(copy)
            context.set_vault(vault)
            editor = SessionEditor(context)
            editor.resize(1000, 760)
            editor.show()
            app.processEvents()
            times = []
            for _ in range(runs):

                def start() -> None:
                    editor.new_session(coachee_id, "grow", live=True)
                    app.processEvents()

                times.append(_timed(start))
                editor.done()  # ends the live session: the next run starts a new one
                app.processEvents()
            context.ops.finish_all()
            editor.close()
            editor.deleteLater()
            app.processEvents()
        finally:
            vault.close()
    return Timing.of(times)
