"""The live 1:1 rows of ``make bench``: Qt's offscreen noise is dropped, nothing else is."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QMessageLogContext, QtMsgType

from bench.session import OFFSCREEN_NOISE, WithoutOffscreenNoise


def test_only_the_offscreen_size_hint_message_is_dropped(
    capsys: pytest.CaptureFixture[str],
) -> None:
    seen: list[tuple[Any, str]] = []

    def before(kind: QtMsgType, _where: QMessageLogContext, message: str) -> None:
        seen.append((kind, message))

    handle = WithoutOffscreenNoise()
    handle.previous = before
    where = QMessageLogContext()
    handle(QtMsgType.QtWarningMsg, where, OFFSCREEN_NOISE)
    handle(QtMsgType.QtWarningMsg, where, "QPainter::begin: Paint device returned engine == 0")
    assert seen == [(QtMsgType.QtWarningMsg, "QPainter::begin: Paint device returned engine == 0")]
    # Without a handler before it, a message goes to standard error, the noise does not.
    alone = WithoutOffscreenNoise()
    alone(QtMsgType.QtWarningMsg, where, OFFSCREEN_NOISE)
    alone(QtMsgType.QtCriticalMsg, where, "something else")
    assert capsys.readouterr().err == "something else\n"
