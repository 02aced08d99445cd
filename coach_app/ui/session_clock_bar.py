"""The bar over a live session: the phases, time spent and left, pause, next phase, end.

It shows what a :class:`coach_app.session_clock.SessionClock` says, once a second while the
session runs: the phases as a row of buttons (the current one checked and bold; a click jumps
to its section), the phase's time left, the session's elapsed and remaining time, and the
session's length (changing it rescales the phases). A cue (a phase's budget used, five
minutes left) shows as a quiet line in the bar for a while, reported once each; it beeps only
when the coach turned that on in Settings (``QApplication.beep``, nothing louder).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from coach_app.session_clock import Cue, CueKind, SessionClock, clock_text
from coach_app.ui.labels import plain_label, set_tone

TICK_MS = 1000
CUE_SHOWN_MS = 20_000  # a cue's line stays this long (the coach may be looking at the coachee)


class SessionClockBar(QFrame):
    """Elapsed and remaining time, the current phase, pause/resume, next phase, end.

    Signals:
        phase_chosen: the coach clicked a phase (its index): the editor jumps to its section.
        length_changed: the session's length in minutes was changed in the bar.
        end_requested: the coach pressed "End session".
        cued: a cue became due (``CueKind`` value), once per cue.
    """

    phase_chosen = Signal(int)
    length_changed = Signal(int)
    end_requested = Signal()
    cued = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sessionClockBar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(self.tr("Session clock"))
        self._clock: SessionClock | None = None
        self._labels: tuple[str, ...] = ()
        self._beep = False
        self._timer = QTimer(self)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self.refresh)
        self._cue_timer = QTimer(self)
        self._cue_timer.setSingleShot(True)
        self._cue_timer.timeout.connect(self._clear_cue)

        self.phase_buttons: list[QPushButton] = []
        self._phase_row = QHBoxLayout()
        self._phase_row.setSpacing(4)
        self.phase_label = plain_label(wrap=False)
        self.phase_label.setAccessibleName(self.tr("Time left in this phase"))
        self.elapsed_label = plain_label(wrap=False)
        self.elapsed_label.setAccessibleName(self.tr("Time elapsed"))
        self.remaining_label = plain_label(wrap=False)
        self.remaining_label.setAccessibleName(self.tr("Time left in the session"))
        bold = QFont(self.remaining_label.font())
        bold.setBold(True)
        self.remaining_label.setFont(bold)
        self.cue_label = plain_label(wrap=True)
        self.cue_label.setAccessibleName(self.tr("Clock cue"))
        self.cue_label.hide()
        self._build_controls()

        # Two short rows rather than one long one: the bar must fit a 13" screen at 200 %.
        top = QHBoxLayout()
        top.addLayout(self._phase_row)
        top.addStretch(1)
        top.addWidget(self.end_button)
        times = QHBoxLayout()
        times.addWidget(self.remaining_label)
        times.addSpacing(8)
        times.addWidget(self.elapsed_label)
        times.addSpacing(8)
        times.addWidget(self.phase_label)
        times.addStretch(1)
        times.addWidget(self.length_box)
        times.addWidget(self.pause_button)
        times.addWidget(self.next_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.setSpacing(2)
        layout.addLayout(top)
        layout.addLayout(times)
        layout.addWidget(self.cue_label)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)

    def _build_controls(self) -> None:
        self.length_box = QSpinBox()
        self.length_box.setRange(10, 240)
        self.length_box.setSingleStep(5)
        self.length_box.setSuffix(self.tr(" min"))
        self.length_box.setAccessibleName(self.tr("Session length, minutes"))
        self.length_box.setToolTip(self.tr("This session's length; the phases follow it"))
        self.length_box.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # Tab stays in the notes
        self.length_box.valueChanged.connect(self._length_edited)
        self.pause_button = QPushButton(self.tr("Pause"))
        self.pause_button.setToolTip(self.tr("Pause or resume the clock (Ctrl+Shift+P)"))
        self.pause_button.clicked.connect(self.toggle_pause)
        self.next_button = QPushButton(self.tr("Next phase"))
        self.next_button.setToolTip(self.tr("Move the clock to the next phase (Ctrl+Shift+PgDown)"))
        self.next_button.clicked.connect(self.advance)
        self.end_button = QPushButton(self.tr("End session"))
        self.end_button.setToolTip(self.tr("End the session and record its time (Ctrl+Shift+E)"))
        self.end_button.clicked.connect(self.end_requested)
        for button in (self.pause_button, self.next_button, self.end_button):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keys do it; Tab stays in the notes

    # ---- what it shows ----------------------------------------------------------------------

    @property
    def clock(self) -> SessionClock | None:
        """The clock shown, while a live session is open."""
        return self._clock

    def show_clock(self, clock: SessionClock, labels: Sequence[str], *, beep: bool) -> None:
        """Show ``clock`` (its phases named by ``labels``, in order) and tick once a second."""
        self._clock = clock
        self._labels = tuple(labels)
        self._beep = beep
        self._build_phases()
        self.length_box.blockSignals(True)
        self.length_box.setValue(clock.total_minutes)
        self.length_box.blockSignals(False)
        self._clear_cue()
        self._timer.start()
        self.refresh()

    def stop(self) -> None:
        """Stop ticking and forget the clock (the session ended, closed or the app locks)."""
        self._timer.stop()
        self._cue_timer.stop()
        self._clock = None
        self._labels = ()
        self._build_phases()
        self._clear_cue()

    def set_labels(self, labels: Sequence[str]) -> None:
        """New phase names (after the plan changed)."""
        self._labels = tuple(labels)
        self._build_phases()
        self.refresh()

    def _build_phases(self) -> None:
        for button in self.phase_buttons:
            self._phase_row.removeWidget(button)
            button.deleteLater()
        self.phase_buttons = []
        clock = self._clock
        if clock is None:
            return
        for index, (phase, label) in enumerate(zip(clock.phases, self._labels, strict=False)):
            button = QPushButton(label)
            button.setCheckable(True)
            button.setFlat(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setAccessibleName(
                self.tr("{phase}, {minutes} minutes").format(phase=label, minutes=phase.minutes)
            )
            button.setToolTip(
                self.tr("{minutes} minutes planned. Go to this section (Alt+{n})").format(
                    minutes=phase.minutes, n=index + 1
                )
            )
            button.clicked.connect(lambda _checked=False, i=index: self.phase_chosen.emit(i))
            self._phase_row.addWidget(button)
            self.phase_buttons.append(button)

    def refresh(self) -> list[Cue]:
        """Show the clock as it is now; returns (and shows) the cues that became due."""
        clock = self._clock
        if clock is None:
            return []
        for index, button in enumerate(self.phase_buttons):
            current = index == clock.index and bool(clock.phases)
            button.setChecked(current)
            font = button.font()
            font.setBold(current)
            button.setFont(font)
        if clock.current is not None:
            left = clock.phase_remaining()
            name = self._labels[clock.index] if clock.index < len(self._labels) else ""
            self.phase_label.setText(
                self.tr("{phase}: {time} of {minutes} min left").format(
                    phase=name, time=clock_text(left), minutes=clock.current.minutes
                )
                if left >= 0
                else self.tr("{phase}: {time} over").format(phase=name, time=clock_text(-left))
            )
            set_tone(self.phase_label, "error" if left < 0 else "normal")
        else:
            self.phase_label.clear()
        self.elapsed_label.setText(
            self.tr("{time} elapsed").format(time=clock_text(clock.elapsed()))
        )
        remaining = clock.remaining()
        self.remaining_label.setText(
            self.tr("{time} left").format(time=clock_text(remaining))
            if remaining >= 0
            else self.tr("{time} over").format(time=clock_text(-remaining))
        )
        self.pause_button.setText(self.tr("Resume") if clock.paused else self.tr("Pause"))
        cues = clock.poll()
        for cue in cues:
            self._show_cue(cue)
        return cues

    def _show_cue(self, cue: Cue) -> None:
        if cue.kind is CueKind.FINAL_MINUTES:
            text = self.tr("Five minutes left in the session.")
        else:
            clock = self._clock
            keys = [p.key for p in clock.phases] if clock is not None else []
            index = keys.index(cue.phase) if cue.phase in keys else -1
            name = self._labels[index] if 0 <= index < len(self._labels) else ""
            text = self.tr("The time planned for {phase} is used.").format(phase=name)
        self.cue_label.setText(text)
        set_tone(self.cue_label, "muted")
        font = self.cue_label.font()
        font.setBold(True)
        self.cue_label.setFont(font)
        self.cue_label.show()
        self._cue_timer.start(CUE_SHOWN_MS)
        if self._beep:
            QApplication.beep()
        self.cued.emit(cue.kind.value)

    def _clear_cue(self) -> None:
        self.cue_label.clear()
        self.cue_label.hide()

    # ---- what the coach does ----------------------------------------------------------------

    def toggle_pause(self) -> None:
        """Pause or resume the clock."""
        if self._clock is not None:
            self._clock.toggle_pause()
            self.refresh()

    def advance(self) -> None:
        """The clock's next phase (the cursor stays where it is)."""
        if self._clock is not None:
            self._clock.advance()
            self.refresh()

    def _length_edited(self, minutes: int) -> None:
        if self._clock is not None:
            self.length_changed.emit(minutes)
