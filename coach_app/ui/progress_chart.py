"""The progress chart screen of one coachee: choose series and period, read the experiments.

The data is computed once per coachee in ``services.progress.progress_data``, read through
``context.ops.run_query`` (off the UI thread), and cached here; ticking a series or changing the
period only redraws the cached data (``charts.draw_progress``, then ``draw_idle()``), without
another query. A change to the shown coachee's measures, experiments, goals, sessions or
profile, or to the settings (item wording, reference values and custom metrics shape every
chart), reloads it, keeping the coach's choices; a hidden chart reloads once shown again.

The last few coachees' data is kept too: going back to one draws it at once from memory while a
background reload checks it is still current. A change drops the coachees it names from memory,
a lock all of them; an answer that arrives after a lock or a later reload is dropped.

Pointing at an experiment marker shows its title, prediction, learning and decision as a
tooltip; clicking one keeps the same text under the chart. Clicking a series (its line or its
name in a legend), or choosing it in the list, puts it in focus: only then are its baseline,
median, slope and run signals drawn, so the default view is the series and their points. The
mouse wheel over the chart scrolls the panels (matplotlib would otherwise swallow it).
"Table" shows every point as a table instead (``progress_table``), for reading the numbers,
copying them as CSV and for screen readers.

Export writes exactly what is on screen as PNG or SVG through ``services.files_out``
(atomically, owner-only). The check-boxes are ``progress_series_list``, the period and export
controls ``progress_toolbar``.

The canvas is ``FigureCanvasQTAgg`` around a plain ``Figure``: never pyplot.
"""

from __future__ import annotations

import io
import logging
from datetime import date, timedelta
from pathlib import Path
from typing import Any, Final

from matplotlib.figure import Figure
from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCursor, QPalette, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from coach_app.changes import Changes, Kind
from coach_app.charts import EXPERIMENTS_KEY, ChartLayout, draw_progress, series_choices
from coach_app.charts.plan import focus_keys
from coach_app.errors import NotFound, StorageError, VaultLocked
from coach_app.services import progress as progress_service
from coach_app.services.files_out import write_file_atomically
from coach_app.services.progress import ProgressData
from coach_app.services.progress_series import ExperimentMarker
from coach_app.ui.chart_renderer import forget_stamps
from coach_app.ui.context import AppContext
from coach_app.ui.errors import show_error
from coach_app.ui.file_paths import choose_target
from coach_app.ui.labels import counted
from coach_app.ui.progress_canvas import ChartCanvas, marker_text
from coach_app.ui.progress_series_list import SERIES_LIST_WIDTH, SeriesList
from coach_app.ui.progress_table import ProgressTable
from coach_app.ui.progress_toolbar import ProgressToolbar

log = logging.getLogger(__name__)

_PANEL_PX: Final = 170  # screen height per panel before the chart scrolls
_STRIP_PX: Final = 70  # the experiment strip
_CACHED_COACHEES: Final = 8  # recently shown coachees whose chart data stays in memory
# Narrower than this (a 13" screen at 200 %), the series list starts folded so the chart keeps
# the width; the legends name the series anyway. Once the coach has clicked "Series", their
# choice stands.
NARROW_CHART_PX: Final = 640
#: What one coachee's chart shows: a change of these for that coachee makes it out of date.
_DATA_KINDS: Final = (
    Kind.MEASUREMENTS,
    Kind.EXPERIMENTS,
    Kind.GOALS,
    Kind.SESSIONS,  # session days decide where a line pauses
    Kind.PROFILE,
    Kind.COACHEES,
)


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
        self.focus_key: str | None = None  # the series the coach clicked or chose
        self._recent: dict[str, ProgressData] = {}  # coachee id → data, oldest first
        self._generation = 0
        self._stale = False  # the shown coachee changed while the chart was hidden
        self.setObjectName("progress_chart")

        self.figure = Figure(figsize=(9, 8), dpi=100)
        self.canvas = ChartCanvas(self.figure)
        self.toolbar = ProgressToolbar(self)
        self.toolbar.range_edited.connect(self.redraw)
        self.toolbar.preset_chosen.connect(self.apply_preset)
        self.toolbar.export_requested.connect(self._export_dialog)
        # The controls by name, as tests and the main window reach them.
        self.series_toggle = self.toolbar.series_toggle
        self.preset_buttons: dict[str, QPushButton] = self.toolbar.preset_buttons
        self.export_button = self.toolbar.export_button
        self.export_png_action = self.toolbar.export_png_action
        self.export_svg_action = self.toolbar.export_svg_action
        self.series_list = SeriesList(self)
        self.series_list.toggled.connect(self._toggled)
        self.series_list.focus_chosen.connect(lambda key: self.set_focus(key or None))
        self.table = ProgressTable(self)
        self.table_toggle = self.toolbar.table_toggle
        self.table_toggle.toggled.connect(self._show_table)

        self.status_label = QLabel(self)
        self.status_label.setWordWrap(True)
        self.details_label = QLabel(self)
        self.details_label.setWordWrap(True)
        self.details_label.setTextFormat(Qt.TextFormat.PlainText)
        self.details_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details_label.setAccessibleName(self.tr("Experiment details"))

        self.body = self._build_body()
        self.series_toggle.toggled.connect(self.series_list.setVisible)
        self._series_chosen = False  # the coach showed or hid the series list themselves
        self.series_toggle.clicked.connect(self._series_toggled_by_coach)
        layout = QVBoxLayout(self)
        layout.addWidget(self.toolbar)
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
        signals.changed.connect(self._on_changed)
        signals.vault_locked.connect(self.forget)
        self.toolbar.set_controls_enabled(False)
        self.redraw()

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Fold the series list away on a narrow screen, unless the coach chose otherwise."""
        super().resizeEvent(event)
        if not self._series_chosen:
            self.series_toggle.setChecked(event.size().width() >= NARROW_CHART_PX)

    def _series_toggled_by_coach(self) -> None:
        self._series_chosen = True

    def _build_body(self) -> QSplitter:
        """The series list beside the canvas, which scrolls when the panels need the height."""
        self.canvas.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.canvas.setAccessibleName(self.tr("Progress chart"))
        self.canvas.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.chart_area = QScrollArea(self)
        self.chart_area.setWidgetResizable(True)
        self.chart_area.setFrameShape(QFrame.Shape.NoFrame)
        self.chart_area.setWidget(self.canvas)
        # A splitter, so on a laptop screen the coach can narrow or fold away the series list
        # and give the chart the width (the legends name the series anyway).
        self.views = QStackedWidget(self)
        self.views.addWidget(self.chart_area)
        self.views.addWidget(self.table)
        body = QSplitter(Qt.Orientation.Horizontal, self)
        body.addWidget(self.series_list)
        body.addWidget(self.views)
        body.setStretchFactor(1, 1)
        # Neither side collapses by dragging: the list would lose its right edge (the Series
        # button hides it whole).
        body.setChildrenCollapsible(False)
        body.setSizes([SERIES_LIST_WIDTH, 4 * SERIES_LIST_WIDTH])
        return body

    # ------------------------------------------------------------------ public

    @property
    def checks(self) -> dict[str, QCheckBox]:
        """The series check-boxes by series key (empty before data is loaded)."""
        return self.series_list.checks

    def show_coachee(self, coachee_id: str) -> None:
        """Load and draw ``coachee_id``'s progress (in the background).

        A coachee shown recently is drawn at once from memory and then checked in the
        background.
        """
        if coachee_id != self.coachee_id:
            self.hidden_keys = set()
            self.focus_key = None
            self.data = None
            self.details_label.clear()
            self.coachee_id = coachee_id
            cached = self._recent.get(coachee_id)
            if cached is not None:
                self._show(cached, previous=None)
        self.reload()

    def reload(self) -> None:
        """Query the shown coachee again, keeping the ticked series and the period."""
        if self.coachee_id is None or not self.context.is_unlocked:
            return
        self._stale = False
        self._generation += 1
        generation = self._generation
        coachee_id = self.coachee_id
        self.status_label.setText(self.tr("Loading…"))
        self.context.ops.run_query(
            lambda vault: progress_service.progress_data(vault, coachee_id),
            on_success=lambda data: self._loaded(generation, data),
            on_failure=lambda exc: self._failed(generation, exc),
            label=self.tr("Loading the progress chart"),
            parent=self,
        )

    def forget(self) -> None:
        """Show nothing and drop every coachee's data from memory (the vault was locked)."""
        self._recent.clear()
        self.clear()
        # The kept text bitmaps show goal names: they go with the data.
        forget_stamps()

    def clear(self) -> None:
        """Show nothing (no coachee, or another one is about to be shown)."""
        self._generation += 1
        self._stale = False
        self.coachee_id = None
        self.data = None
        self.hidden_keys = set()
        self.focus_key = None
        self.series_list.rebuild((), self.hidden_keys)
        self.table.show_data(None)
        self.details_label.clear()
        self.status_label.clear()
        self.toolbar.set_controls_enabled(False)
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
        return self.toolbar.date_range()

    def set_series_visible(self, key: str, visible: bool) -> None:
        """Tick or untick one series (same as the check-box)."""
        check = self.checks.get(key)
        if check is not None:
            check.setChecked(visible)

    def set_date_range(self, first: date, last: date) -> None:
        """Show ``first``–``last`` (same as editing the two dates)."""
        self.toolbar.set_range(first, last)
        self.redraw()

    def set_focus(self, key: str | None) -> None:
        """Draw the reference lines of series ``key`` (None: of none) and redraw."""
        self.focus_key = key
        self.series_list.set_focus(key)
        self.redraw()

    @property
    def focus(self) -> frozenset[str]:
        """The series whose reference lines are drawn now."""
        if self.data is None:
            return frozenset()
        return focus_keys(self.data, self.visible_keys, self.focus_key)

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
                self.tr("Choose a coachee to see their progress."),
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
                focus=self.focus,
                fg=fg,
                bg=bg,
            )
        self.canvas.draw_idle()  # type: ignore[no-untyped-call]  # untyped in matplotlib

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
        write_file_atomically(target, buffer.getvalue())
        return target

    # ------------------------------------------------------------------ loading

    def _loaded(self, generation: int, data: ProgressData) -> None:
        # A later reload, another coachee or a lock superseded this answer: drop it (after a
        # lock its data belongs to a vault that is closed by now).
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
        self.series_list.rebuild(series_choices(data), self.hidden_keys)
        self.series_list.set_focus(self.focus_key)
        self.table.show_data(data)
        self.toolbar.set_controls_enabled(not data.is_empty)
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

    def _on_changed(self, changes: Changes, _initiator: object) -> None:
        settings = changes.touches(Kind.SETTINGS)
        if settings or (changes.all_coachees and changes.touches(*_DATA_KINDS)):
            self._recent.clear()  # every chart may read differently now
        elif changes.touches(*_DATA_KINDS):
            for coachee_id in changes.coachee_ids:
                self._recent.pop(coachee_id, None)
        shown = self.coachee_id
        if shown is None or not (settings or changes.touches(*_DATA_KINDS, coachee_id=shown)):
            return
        if self.isVisible():
            self.reload()
        else:
            self._stale = True  # reloaded when shown: no work for a chart nobody looks at

    def showEvent(self, event: QShowEvent) -> None:
        """Catch up with a change that arrived while the chart was hidden."""
        super().showEvent(event)
        if self._stale:
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
            shown = {
                c.panel
                for c in series_choices(self.data)
                if c.key in visible and c.key != EXPERIMENTS_KEY
            }
            strip = _STRIP_PX if EXPERIMENTS_KEY in visible and self.data.markers else 0
            panels = len(shown) or 1
        self.canvas.setMinimumHeight(_PANEL_PX * panels + strip + 80)

    def _toggled(self, key: str, on: bool) -> None:
        if on:
            self.hidden_keys.discard(key)
        else:
            self.hidden_keys.add(key)
        self.redraw()

    def _status_text(self, data: ProgressData) -> str:
        if data.is_empty:
            return self.tr("No measurements yet.")
        series, markers = len(data.series), len(data.markers)
        parts = [
            counted(self.tr("%n series", "", series), series),
            counted(self.tr("%n experiment(s)", "", markers), markers),
        ]
        if data.omitted_goals:
            names = ", ".join(goal.title for goal in data.omitted_goals)
            parts.append(
                self.tr("not drawn (too many goals for one chart): {names}").format(names=names)
            )
        parts.append(self.tr("point at an experiment marker to read its prediction and learning"))
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
            return
        if self.layout_info is None or self.layout_info.empty:
            return
        key = self.layout_info.series_at(event)
        if key is not None:
            # A second click on the series in focus lets it go again.
            self.set_focus(None if key == self.focus_key else key)

    def _show_table(self, table: bool) -> None:
        self.views.setCurrentWidget(self.table if table else self.chart_area)

    def show_marker(self, marker: ExperimentMarker) -> None:
        """Keep a marker's prediction and learning under the chart (hover shows a tooltip)."""
        self.details_label.setText(marker_text(marker))

    # ------------------------------------------------------------------ export

    def _export_dialog(self, fmt: str) -> None:
        if self.data is None:
            return
        name = self.tr("{name} progress").format(name=self.data.coachee_name) + f".{fmt}"
        if fmt == "png":
            title, filters = self.tr("Export chart as PNG"), self.tr("PNG image (*.png)")
        else:
            title, filters = self.tr("Export chart as SVG"), self.tr("SVG drawing (*.svg)")
        # Starts in Documents (not the program's folder) and never writes into the vault folder.
        target = choose_target(
            self, self.context.folder, title=title, name=name, file_filter=filters, suffix=f".{fmt}"
        )
        if target is None:
            return
        try:
            written = self.export(target, fmt)
        except StorageError as exc:
            show_error(self, exc)
            return
        self.status_label.setText(self.tr("Chart saved to {path}").format(path=written))
