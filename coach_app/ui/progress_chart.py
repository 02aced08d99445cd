"""The progress chart screen of one coachee: choose series and period, read the experiments.

The data is computed once per coachee in ``services.progress.progress_data`` (in the
background) and cached here; ticking a series or changing the period only calls
``charts.draw.draw_progress`` on the cached data and ``draw_idle()`` on the canvas, so the view
changes without another query. Measurements or experiments changed for the shown coachee (from
any screen, through ``context.signals``) reload it, keeping the coach's choices.

The last few coachees' data is kept too: going back to one draws it at once from memory, while
a background reload checks it is still current (settings such as reference values can change
without a signal) and redraws only if it is not. Locking the vault forgets all of it.

Pointing at an experiment marker shows its title, prediction, learning and decision as a
tooltip; clicking one keeps the same text in the details line under the chart. "Export PNG…"
and "Export SVG…" write exactly what is on screen, atomically, to the file the coach picks.

The canvas is ``FigureCanvasQTAgg`` around a plain ``Figure``: never pyplot.
"""

from __future__ import annotations

import io
import logging
from datetime import date, timedelta
from pathlib import Path
from typing import Any, Final

from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.figure import Figure
from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtGui import QCursor, QPalette, QResizeEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QFileDialog,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from coach_app.charts.draw import (
    EXPERIMENTS_KEY,
    EXPERIMENTS_PANEL,
    ChartLayout,
    draw_progress,
    series_choices,
)
from coach_app.errors import NotFound, StorageError, VaultLocked
from coach_app.services import progress as progress_service
from coach_app.services.progress import ProgressData
from coach_app.services.progress_series import ExperimentMarker
from coach_app.ui.context import AppContext
from coach_app.ui.errors import show_error
from coach_app.ui.worker import run_in_background
from coach_app.vault.files import atomic_write_bytes

log = logging.getLogger(__name__)

#: Preset periods: label → days back from the latest data (None = everything).
PRESETS: Final = (("3 months", 91), ("6 months", 182), ("1 year", 365), ("All", None))
_PANEL_PX: Final = 170  # screen height per panel before the chart scrolls
_STRIP_PX: Final = 70  # the experiment strip
_CHECK_CHARS: Final = 30  # a series name in the side list, before "…"
_DECISIONS: Final = {"adopt": "adopt", "adapt": "adapt", "abandon": "abandon"}
_CACHED_COACHEES: Final = 8  # recently shown coachees whose chart data stays in memory


def marker_text(marker: ExperimentMarker) -> str:
    """What a marker tells the coach: title, prediction, learning and decision."""
    decision = _DECISIONS.get(marker.decision or "", "not decided yet")
    return "\n".join(
        [
            f"{marker.title} (agreed {marker.date.isoformat()})",
            f"Prediction: {marker.prediction or '—'}",
            f"Learning: {marker.learning or '— (not reviewed yet)'}",
            f"Decision: {decision}",
        ]
    )


SERIES_LIST_WIDTH = 190  # px: wide enough for most goal titles, elided beyond


class _Canvas(FigureCanvasQTAgg):
    """The matplotlib canvas; tells the widget when its size changed so margins are redone."""

    resized = Signal()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.resized.emit()


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


class ProgressChartWidget(QWidget):
    """A coachee's progress chart with series check-boxes, a period and PNG/SVG export.

    Signals:
        loaded: emitted after fresh data for the shown coachee was drawn.
    """

    loaded = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.coachee_id: str | None = None
        self.data: ProgressData | None = None
        self.layout_info: ChartLayout | None = None
        self.hidden_keys: set[str] = set()
        self._recent: dict[str, ProgressData] = {}  # coachee id → data, oldest first
        self._generation = 0
        self._updating_range = False
        self.setObjectName("progress_chart")

        self.figure = Figure(figsize=(9, 8), dpi=100)
        self.canvas = _Canvas(self.figure)
        self.canvas.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.canvas.setAccessibleName("Progress chart")
        self.canvas.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.canvas)
        self.scroll = scroll

        bar = self._build_toolbar()

        side = self._build_series_list()

        self.status_label = QLabel(self)
        self.status_label.setWordWrap(True)
        self.details_label = QLabel(self)
        self.details_label.setWordWrap(True)
        self.details_label.setTextFormat(Qt.TextFormat.PlainText)
        self.details_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details_label.setAccessibleName("Experiment details")

        # A splitter, so on a laptop screen the coach can narrow or fold away the series list
        # and give the chart the width (the legends name the series anyway).
        self.body = QSplitter(Qt.Orientation.Horizontal, self)
        self.body.addWidget(side)
        self.body.addWidget(scroll)
        self.body.setStretchFactor(1, 1)
        self.body.setCollapsible(1, False)
        self.body.setSizes([SERIES_LIST_WIDTH, 4 * SERIES_LIST_WIDTH])
        self.series_toggle.toggled.connect(side.setVisible)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.body, 1)
        layout.addWidget(self.details_label)
        layout.addWidget(self.status_label)

        self._redraw_timer = QTimer(self)
        self._redraw_timer.setSingleShot(True)
        self._redraw_timer.setInterval(60)
        self._redraw_timer.timeout.connect(self.redraw)
        self.canvas.resized.connect(self._redraw_timer.start)
        self.canvas.mpl_connect("motion_notify_event", self._on_motion)
        self.canvas.mpl_connect("button_press_event", self._on_click)

        signals = context.signals
        signals.measurements_changed.connect(self._changed)
        signals.experiments_changed.connect(self._changed)
        signals.coachee_changed.connect(self._changed)
        signals.coachees_changed.connect(self._recent.clear)  # renamed or erased: ask again
        signals.vault_locked.connect(self.forget)
        self._set_enabled(False)
        self.redraw()

    def _build_toolbar(self) -> QHBoxLayout:
        """The period (two dates and presets) and the export buttons."""
        self.from_edit = QDateEdit(self)
        self.to_edit = QDateEdit(self)
        for edit, name in ((self.from_edit, "From"), (self.to_edit, "To")):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("d MMM yyyy")
            edit.setAccessibleName(f"{name} date")
            edit.dateChanged.connect(self._range_edited)
        self.preset_buttons: dict[str, QPushButton] = {}
        self.series_toggle = QPushButton("Series", self)
        self.series_toggle.setCheckable(True)
        self.series_toggle.setChecked(True)
        self.series_toggle.setAutoDefault(False)
        self.series_toggle.setToolTip("Show or hide the list of series beside the chart")
        bar = QHBoxLayout()
        bar.addWidget(self.series_toggle)
        bar.addWidget(QLabel("From", self))
        bar.addWidget(self.from_edit)
        bar.addWidget(QLabel("to", self))
        bar.addWidget(self.to_edit)
        for label, days in PRESETS:
            button = QPushButton(label, self)
            button.setAutoDefault(False)
            button.clicked.connect(lambda _checked=False, d=days: self.apply_preset(d))
            self.preset_buttons[label] = button
            bar.addWidget(button)
        bar.addStretch(1)
        # One button with a menu: two side by side made the row too wide for a laptop screen.
        self.export_button = QPushButton("Export", self)
        self.export_button.setAutoDefault(False)
        menu = QMenu(self.export_button)
        self.export_png_action = menu.addAction("PNG image…", lambda: self._export_dialog("png"))
        self.export_svg_action = menu.addAction("SVG drawing…", lambda: self._export_dialog("svg"))
        self.export_button.setMenu(menu)
        bar.addWidget(self.export_button)
        return bar

    def _build_series_list(self) -> QScrollArea:
        """The check-boxes of the series, filled when data arrives."""
        self.series_box = QGroupBox("Show", self)
        self.series_layout = QVBoxLayout(self.series_box)
        self.series_layout.addStretch(1)
        self.checks: dict[str, QCheckBox] = {}
        self._headings: list[QLabel] = []
        side = QScrollArea(self)
        side.setWidgetResizable(True)
        side.setFrameShape(QFrame.Shape.NoFrame)
        side.setWidget(self.series_box)
        side.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        side.setMinimumWidth(140)
        side.setMaximumWidth(320)
        return side

    # ------------------------------------------------------------------ public

    def show_coachee(self, coachee_id: str) -> None:
        """Load and draw ``coachee_id``'s progress (in the background).

        A coachee shown recently is drawn at once from memory and then checked in the
        background.
        """
        if coachee_id != self.coachee_id:
            self.hidden_keys = set()
            self.data = None
            self.details_label.clear()
            self.coachee_id = coachee_id
            cached = self._recent.get(coachee_id)
            if cached is not None:
                self._show(cached, previous=None)
        self.reload()

    def reload(self) -> None:
        """Query the shown coachee again, keeping the ticked series and the period."""
        if self.coachee_id is None:
            return
        try:
            vault = self.context.vault
        except VaultLocked:
            return
        self._generation += 1
        generation = self._generation
        coachee_id = self.coachee_id
        self.status_label.setText("Loading…")
        run_in_background(
            lambda: progress_service.progress_data(vault, coachee_id),
            lambda data: self._loaded(generation, data),
            lambda exc: self._failed(generation, exc),
            self,
        )

    def forget(self) -> None:
        """Show nothing and drop every coachee's data from memory (the vault was locked)."""
        self._recent.clear()
        self.clear()

    def clear(self) -> None:
        """Show nothing (no coachee, or another one is about to be shown)."""
        self._generation += 1
        self.coachee_id = None
        self.data = None
        self.hidden_keys = set()
        self._rebuild_checks()
        self.details_label.clear()
        self.status_label.clear()
        self._set_enabled(False)
        self.redraw()

    @property
    def visible_keys(self) -> set[str] | None:
        """The series keys ticked (None before data is loaded)."""
        if self.data is None:
            return None
        return {choice.key for choice in series_choices(self.data)} - self.hidden_keys

    @property
    def date_range(self) -> tuple[date, date] | None:
        """The period on the x axis, from the date edits."""
        if self.data is None or self.data.date_range is None:
            return None
        first, last = _pydate(self.from_edit.date()), _pydate(self.to_edit.date())
        return (first, last) if first <= last else (last, first)

    def set_series_visible(self, key: str, visible: bool) -> None:
        """Tick or untick one series (same as the check-box)."""
        check = self.checks.get(key)
        if check is not None:
            check.setChecked(visible)

    def set_date_range(self, first: date, last: date) -> None:
        """Show ``first``–``last`` (same as editing the two dates)."""
        self._updating_range = True
        try:
            self.from_edit.setDate(_qdate(first))
            self.to_edit.setDate(_qdate(last))
        finally:
            self._updating_range = False
        self.redraw()

    def apply_preset(self, days: int | None) -> None:
        """Show the last ``days`` days up to the latest data, or everything with None."""
        if self.data is None or self.data.date_range is None:
            return
        first, last = self.data.date_range
        if days is not None:
            first = max(first, last - timedelta(days=days))
        self.set_date_range(first, last)

    def redraw(self) -> None:
        """Draw the cached data with the current choices (no query)."""
        fg, bg = self._colours()
        if self.data is None:
            self.figure.clear()
            self.figure.set_facecolor(bg)
            self.figure.text(
                0.5,
                0.5,
                "Choose a coachee to see their progress.",
                ha="center",
                va="center",
                color=fg,
                alpha=0.6,
            )
            self.layout_info = None
        else:
            self._fit_height()
            self.layout_info = draw_progress(
                self.figure,
                self.data,
                visible=self.visible_keys,
                date_range=self.date_range,
                fg=fg,
                bg=bg,
            )
        self.canvas.draw_idle()

    def export(self, path: Path | str, fmt: str) -> Path:
        """Write the chart as shown to ``path`` as ``png`` or ``svg`` (atomically, 0600).

        Raises:
            StorageError: the file could not be written.
        """
        if fmt not in ("png", "svg"):
            raise ValueError(f"unsupported format {fmt!r}")
        buffer = io.BytesIO()
        _fg, bg = self._colours()
        self.figure.savefig(buffer, format=fmt, facecolor=bg, dpi=150 if fmt == "png" else None)
        target = Path(path)
        atomic_write_bytes(target, buffer.getvalue())
        return target

    # ------------------------------------------------------------------ loading

    def _loaded(self, generation: int, data: ProgressData) -> None:
        if generation != self._generation or not self.context.is_unlocked:
            return
        self._remember(data)
        if data == self.data:
            # Drawn from memory and still current: nothing to redraw.
            self.status_label.setText(self._status_text(data))
            self.loaded.emit()
            return
        self._show(data, previous=self.data)
        self.loaded.emit()

    def _remember(self, data: ProgressData) -> None:
        self._recent.pop(data.coachee_id, None)
        self._recent[data.coachee_id] = data
        while len(self._recent) > _CACHED_COACHEES:
            del self._recent[next(iter(self._recent))]

    def _show(self, data: ProgressData, *, previous: ProgressData | None) -> None:
        self.data = data
        self._rebuild_checks()
        self._set_enabled(not data.is_empty)
        if data.date_range is not None:
            keep = (
                previous is not None
                and previous.date_range is not None
                and self._was_custom(previous)
            )
            if keep:
                self.redraw()
            else:
                self.apply_preset(None)
        else:
            self.redraw()
        self.status_label.setText(self._status_text(data))

    def _was_custom(self, previous: ProgressData) -> bool:
        # Keep a period the coach chose; follow the data when they were looking at "All".
        return self.date_range != previous.date_range

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation or isinstance(exc, VaultLocked):
            return
        if isinstance(exc, NotFound):  # erased meanwhile
            self._recent.pop(self.coachee_id or "", None)
            self.clear()
            return
        self.status_label.setText("")
        show_error(self, exc)

    def _changed(self, coachee_id: str) -> None:
        self._recent.pop(coachee_id, None)
        if coachee_id and coachee_id == self.coachee_id:
            self.reload()

    # ------------------------------------------------------------------ view

    def _colours(self) -> tuple[str, str]:
        palette = self.palette()
        fg = palette.color(QPalette.ColorRole.WindowText).name()
        bg = palette.color(QPalette.ColorRole.Base).name()
        return fg, bg

    def _fit_height(self) -> None:
        # Below ~170 px a panel's caption and ticks collide; scroll instead of squeezing.
        panels, strip = 1, 0
        if self.data is not None:
            visible = self.visible_keys or set()
            shown = {c.panel for c in series_choices(self.data) if c.key in visible}
            strip = _STRIP_PX if EXPERIMENTS_KEY in visible and self.data.markers else 0
            panels = len(shown - {EXPERIMENTS_PANEL}) or 1
        self.canvas.setMinimumHeight(_PANEL_PX * panels + strip + 80)

    def _rebuild_checks(self) -> None:
        for widget in (*self.checks.values(), *self._headings):
            self.series_layout.removeWidget(widget)
            widget.deleteLater()
        self.checks = {}
        self._headings = []
        if self.data is None:
            return
        position = 0
        panel = None
        for choice in series_choices(self.data):
            if choice.panel != panel:
                panel = choice.panel
                heading = QLabel(_panel_heading(panel), self.series_box)
                heading.setWordWrap(True)
                heading.setStyleSheet("font-weight: bold; margin-top: 6px;")
                self.series_layout.insertWidget(position, heading)
                self._headings.append(heading)
                position += 1
            name = choice.name
            if choice.key.startswith("empowerment:"):
                name = name.split(": ", 1)[-1]  # under the "Empowerment" heading already
            if len(name) > _CHECK_CHARS:
                name = name[: _CHECK_CHARS - 1].rstrip() + "…"
            check = QCheckBox(name, self.series_box)
            check.setChecked(choice.key not in self.hidden_keys)
            check.setToolTip(choice.name)
            check.toggled.connect(lambda on, key=choice.key: self._toggled(key, on))
            self.series_layout.insertWidget(position, check)
            position += 1
            self.checks[choice.key] = check

    def _toggled(self, key: str, on: bool) -> None:
        if on:
            self.hidden_keys.discard(key)
        else:
            self.hidden_keys.add(key)
        self.redraw()

    def _range_edited(self, _day: QDate) -> None:
        if not self._updating_range:
            self.redraw()

    def _set_enabled(self, enabled: bool) -> None:
        for widget in (
            self.from_edit,
            self.to_edit,
            self.export_button,
            *self.preset_buttons.values(),
        ):
            widget.setEnabled(enabled)

    @staticmethod
    def _status_text(data: ProgressData) -> str:
        if data.is_empty:
            return "No measurements yet."
        parts = [f"{len(data.series)} series", f"{len(data.markers)} experiments"]
        if data.omitted_goals:
            names = ", ".join(goal.title for goal in data.omitted_goals)
            parts.append(f"not drawn (too many goals for one chart): {names}")
        parts.append("point at an experiment marker to read its prediction and learning")
        return " · ".join(parts)

    # ------------------------------------------------------------------ markers

    def _marker_for(self, event: Any) -> ExperimentMarker | None:
        if self.layout_info is None or event.inaxes is None:
            return None
        return self.layout_info.marker_at(event)

    def _on_motion(self, event: Any) -> None:
        marker = self._marker_for(event)
        if marker is None:
            QToolTip.hideText()
            return
        QToolTip.showText(QCursor.pos(), marker_text(marker), self.canvas)

    def _on_click(self, event: Any) -> None:
        marker = self._marker_for(event)
        if marker is not None:
            self.show_marker(marker)

    def show_marker(self, marker: ExperimentMarker) -> None:
        """Keep a marker's prediction and learning under the chart (hover shows a tooltip)."""
        self.details_label.setText(marker_text(marker))

    # ------------------------------------------------------------------ export

    def _export_dialog(self, fmt: str) -> None:
        if self.data is None:
            return
        name = f"{self.data.coachee_name} progress.{fmt}"
        title = "Export chart as PNG" if fmt == "png" else "Export chart as SVG"
        filters = "PNG image (*.png)" if fmt == "png" else "SVG drawing (*.svg)"
        path, _selected = QFileDialog.getSaveFileName(self, title, name, filters)
        if not path:
            return
        if not path.lower().endswith(f".{fmt}"):
            path += f".{fmt}"
        try:
            written = self.export(path, fmt)
        except StorageError as exc:
            show_error(self, exc)
            return
        self.status_label.setText(f"Chart saved to {written}")


def _panel_heading(panel: str) -> str:
    # The side list names panels briefly; the chart keeps the full titles.
    return panel.split(" (", 1)[0].split(":", 1)[0]
