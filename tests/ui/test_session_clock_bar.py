"""The clock bar: what it says, cues shown once, a beep only when the coach turned it on."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from coach_app import session_clock, templates
from coach_app.session_clock import SessionClock
from coach_app.ui.session_clock_bar import SessionClockBar


class Ticks:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


@pytest.mark.parametrize("beep", [False, True])
def test_a_cue_shows_once_and_beeps_only_when_asked(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, beep: bool
) -> None:
    beeps: list[int] = []
    monkeypatch.setattr(QApplication, "beep", staticmethod(lambda: beeps.append(1)))
    ticks = Ticks()
    spec = templates.template("grow")
    clock = SessionClock(session_clock.plan(spec, 60), 60, ticks)
    clock.start()
    bar = SessionClockBar()
    qtbot.addWidget(bar)
    bar.show_clock(clock, [s.label for s in spec.sections], beep=beep)
    assert bar.remaining_label.text() == "1:00:00 left"
    assert bar.phase_buttons[0].isChecked()

    ticks.now = 10 * 60 + 5
    assert [c.phase for c in bar.refresh()] == ["goal"]
    assert "Goal" in bar.cue_label.text()
    assert bar.refresh() == []
    assert beeps == ([1] if beep else [])
    assert "over" in bar.phase_label.text()

    bar.toggle_pause()
    assert bar.pause_button.text() == "Resume"
    bar.advance()
    assert bar.phase_buttons[1].isChecked()
    bar.stop()
    assert bar.clock is None and bar.phase_buttons == []
