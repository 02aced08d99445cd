"""The selected coachee's page (a header and five tabs) and the session area beside it.

The tabs: Overview, Sessions, Experiments, Progress, Learning log. Progress and Learning log
load only while their tab is the one shown: when it is first opened, or when the coachee
changes while it is open; the chart widget itself (matplotlib) is built the first time a
Progress tab opens, so start-up does not pay for charts nobody looks at.

The page opens nothing itself: a session activated in the timeline is asked for through
``context.nav``; everything else (edit a goal, review an experiment, add an assessment...) is a
signal the window connects to its own actions, so the menus and the page do the same thing.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyle,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from coach_app.changes import Kind
from coach_app.services import coachees, experiments, measurements, sessions
from coach_app.services.records import CoacheeProfile, GoalRecord
from coach_app.ui.assessment_menu import AssessmentMenu
from coach_app.ui.coachee_list import record_view
from coach_app.ui.coachee_overview import OverviewTab, status_name
from coach_app.ui.context import AppContext
from coach_app.ui.home_page import heading
from coach_app.ui.labels import plain_label
from coach_app.ui.learning_log import LearningLogWidget
from coach_app.ui.models import ID_ROLE, ExperimentTableModel, SessionTimelineModel
from coach_app.ui.tab_widgets import keyboard_tabs

if TYPE_CHECKING:
    from coach_app.ui.progress_chart import ProgressChartWidget

log = logging.getLogger(__name__)

# Everything the page shows; ``refresh`` takes a subset.
ALL_PARTS: frozenset[Kind] = frozenset(
    {Kind.PROFILE, Kind.GOALS, Kind.SESSIONS, Kind.EXPERIMENTS, Kind.MEASUREMENTS}
)

SESSIONS_TAB = 1  # where closing a session returns to


def _row_id(index: QModelIndex) -> str | None:
    value = index.data(ID_ROLE) if index.isValid() else None
    return str(value) if value else None


class CoacheePage(QWidget):
    """The selected coachee: a header and five tabs (Overview to Learning log).

    Signals (the window connects them to its actions):
        goal_edit_requested: a goal (``GoalRecord``) to edit, from the Overview.
        add_goal_requested: "Add a goal" on an Overview without goals.
        experiment_review_requested: an experiment id to review.
        agree_requested: a coachee id to agree an experiment with.
        assessment_chosen: an instrument key from one of the page's "Add assessment" menus.
    """

    goal_edit_requested = Signal(object)
    add_goal_requested = Signal()
    experiment_review_requested = Signal(str)
    agree_requested = Signal(str)
    assessment_chosen = Signal(str)

    def __init__(self, context: AppContext) -> None:  # noqa: PLR0915 - layout
        super().__init__()
        self.context = context
        self.coachee_id: str | None = None
        self.profile: CoacheeProfile | None = None
        self.goals: list[GoalRecord] = []
        self.chart: ProgressChartWidget | None = None

        self.name_label = heading("")
        self.name_label.setAccessibleName(self.tr("Coachee name"))
        self.meta_label = plain_label()
        self.meta_label.setEnabled(False)
        self.new_session_button = QPushButton(self.tr("Start session"))
        self.new_session_button.setToolTip(
            self.tr(
                "Start a session with this coachee: choose a template, in-session mode keeps "
                "time (Ctrl+N; Ctrl+Shift+S starts it in in-session mode)"
            )
        )
        self.edit_button = QPushButton(self.tr("Edit profile…"))

        self.overview = OverviewTab(self._link)
        self.timeline_model = SessionTimelineModel(self)
        self.timeline = record_view(self.tr("Sessions, newest first"))
        self.timeline.setModel(self.timeline_model)
        th = self.timeline.header()
        th.setStretchLastSection(True)
        th.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        th.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.timeline.activated.connect(self._session_activated)
        self.timeline.setToolTip(self.tr("Enter or double-click opens the session"))
        self.experiment_model = ExperimentTableModel(self)
        self.experiment_view = record_view(self.tr("Experiments"))
        self.experiment_view.setModel(self.experiment_model)
        eh = self.experiment_view.header()
        eh.setStretchLastSection(False)
        eh.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in (1, 2, 3):
            eh.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.experiment_view.activated.connect(self._experiment_activated)
        self.experiment_view.setToolTip(self.tr("Enter or double-click opens the review"))

        sessions_tab = QWidget()
        sl = QVBoxLayout(sessions_tab)
        sl.addWidget(self.timeline)
        experiments_tab = QWidget()
        el = QVBoxLayout(experiments_tab)
        self.agree_button = QPushButton(self.tr("Agree experiment…"))
        self.review_button = QPushButton(self.tr("Review…"))
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.agree_button)
        row.addWidget(self.review_button)
        el.addWidget(self.experiment_view)
        el.addLayout(row)

        self.progress_tab = QWidget()
        self.progress_tab.setAccessibleName(self.tr("Progress"))
        self.progress_assess_button = QPushButton(self.tr("Add assessment"))
        self.progress_assess_button.setAccessibleName(self.tr("Add assessment"))
        self.report_button = QPushButton(self.tr("Progress report (PDF)…"))
        self.report_button.setToolTip(
            self.tr("Profile, goals, this chart and the experiments as a PDF (Ctrl+P)")
        )
        for button, name in (
            (self.overview.assess_button, "overview"),
            (self.progress_assess_button, "progress"),
        ):
            menu = AssessmentMenu(context, button)
            menu.setObjectName(f"assessment_menu_{name}")
            menu.chosen.connect(self.assessment_chosen)
            button.setMenu(menu)
        progress_bar = QHBoxLayout()
        progress_bar.addWidget(self.progress_assess_button)
        progress_bar.addWidget(self.report_button)
        progress_bar.addStretch(1)
        # The chart brings its own margins: the bar takes the same, so both rows line up.
        margin = self.style().pixelMetric(QStyle.PixelMetric.PM_LayoutLeftMargin)
        progress_bar.setContentsMargins(margin, margin, margin, 0)
        self._progress_layout = QVBoxLayout(self.progress_tab)
        self._progress_layout.setContentsMargins(0, 0, 0, 0)
        self._progress_layout.addLayout(progress_bar)
        self.log_tab = LearningLogWidget(context)
        self.log_tab.setAccessibleName(self.tr("Learning log"))

        self.tabs = keyboard_tabs(QTabWidget())
        self.tabs.setAccessibleName(self.tr("Coachee tabs"))
        self.tabs.addTab(self.overview, self.tr("&Overview"))
        self.tabs.addTab(sessions_tab, self.tr("Sess&ions"))
        self.tabs.addTab(experiments_tab, self.tr("E&xperiments"))
        self.tabs.addTab(self.progress_tab, self.tr("&Progress"))
        self.tabs.addTab(self.log_tab, self.tr("&Learning log"))
        self.tabs.currentChanged.connect(lambda _index: self._load_visible_tab())

        head = QHBoxLayout()
        names = QVBoxLayout()
        names.addWidget(self.name_label)
        names.addWidget(self.meta_label)
        head.addLayout(names, 1)
        head.addWidget(self.edit_button, 0, Qt.AlignmentFlag.AlignTop)
        head.addWidget(self.new_session_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(head)
        layout.addWidget(self.tabs, 1)

        self.agree_button.clicked.connect(self._agree)
        self.review_button.clicked.connect(
            lambda: self._experiment_activated(self.experiment_view.currentIndex())
        )

    # ---- loading ----------------------------------------------------------------------------

    def show_coachee(self, coachee_id: str) -> None:
        """Load everything about ``coachee_id`` (the chart and the log only if on screen)."""
        # Someone else's chart or log must not linger on a tab that is not looked at now.
        if self.chart is not None and self.chart.coachee_id not in (None, coachee_id):
            self.chart.clear()
        if self.log_tab.active and self.log_tab.coachee_id != coachee_id:
            self.log_tab.clear()
        self.coachee_id = coachee_id
        self.refresh(ALL_PARTS)
        self._load_visible_tab()

    def ensure_chart(self) -> ProgressChartWidget:
        """The progress chart, built on first use (matplotlib takes a while to load)."""
        if self.chart is None:
            from coach_app.ui.progress_chart import ProgressChartWidget  # noqa: PLC0415

            self.chart = ProgressChartWidget(self.context)
            self._progress_layout.addWidget(self.chart, 1)
        return self.chart

    def _load_visible_tab(self) -> None:
        cid = self.coachee_id
        if cid is None:
            return
        current = self.tabs.currentWidget()
        if current is self.progress_tab:
            chart = self.ensure_chart()
            if chart.coachee_id != cid:
                chart.show_coachee(cid)
        elif current is self.log_tab and not (
            self.log_tab.active and self.log_tab.coachee_id == cid
        ):
            self.log_tab.show_coachee(cid)

    def refresh(self, parts: Iterable[Kind]) -> None:
        """Reload the named parts (profile and goals, sessions, experiments, measurements).

        Instant reads: the services answer from an open SQLite file in milliseconds.
        """
        cid = self.coachee_id
        if cid is None:
            return
        parts = set(parts)
        vault = self.context.vault
        today = self.context.today()
        profile_part = bool(parts & {Kind.PROFILE, Kind.GOALS})
        if profile_part:
            self.profile = coachees.get_coachee(vault, cid)
            self.goals = coachees.list_goals(vault, cid)
            p = self.profile
            self.name_label.setText(p.name)
            meta = [p.role, p.organisation, status_name(p.status)]
            self.meta_label.setText(" · ".join(m for m in meta if m))
            self.overview.show_profile(p)
            self.overview.show_goals(self.goals)
        if Kind.SESSIONS in parts:
            self.timeline_model.set_rows(sessions.list_sessions(vault, cid))
        if Kind.EXPERIMENTS in parts:
            rows = experiments.list_experiments(vault, cid)
            self.experiment_model.set_rows(rows, today)
            self.overview.show_experiments(rows, today)
            self.review_button.setEnabled(bool(rows))
        if Kind.MEASUREMENTS in parts or profile_part:
            # Goal titles label the ratings, so a renamed goal shows here too.
            self.overview.show_ratings(measurements.list_measurements(vault, cid), self.goals)

    def clear(self) -> None:
        """Drop every bit of coachee data (on lock, or when nobody is selected)."""
        self.coachee_id = None
        self.profile = None
        self.goals = []
        self.name_label.clear()
        self.meta_label.clear()
        self.overview.clear()
        self.timeline_model.clear()
        self.experiment_model.clear()
        if self.chart is not None:
            self.chart.clear()
        self.log_tab.clear()

    # ---- what the page asks for --------------------------------------------------------------

    def selected_session_id(self) -> str | None:
        """The session selected in the timeline, if any (for Session → Delete)."""
        return _row_id(self.timeline.currentIndex()) if self.coachee_id else None

    def _session_activated(self, index: QModelIndex) -> None:
        session_id = _row_id(index)
        if session_id and self.coachee_id:
            self.context.nav.open_session(self.coachee_id, session_id)

    def _experiment_activated(self, index: QModelIndex) -> None:
        experiment_id = _row_id(index)
        if experiment_id:
            self.experiment_review_requested.emit(experiment_id)

    def _agree(self) -> None:
        if self.coachee_id:
            self.agree_requested.emit(self.coachee_id)

    def _link(self, href: str) -> None:
        kind, _, ident = href.partition(":")
        if kind == "goal":
            goal = next((g for g in self.goals if g.id == ident), None)
            if goal is not None:
                self.goal_edit_requested.emit(goal)
        elif kind == "add-goal":
            self.add_goal_requested.emit()
        elif kind == "experiment":
            self.experiment_review_requested.emit(ident)


class SessionArea(QWidget):
    """The coachee's name, a way back, and the session editor (or a placeholder)."""

    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.name_label = heading("", 1.3)
        self.name_label.setAccessibleName(self.tr("Coachee of the open session"))
        self.back_button = QPushButton(self.tr("← Back to coachee"))
        self.back_button.setToolTip(self.tr("Save and close the session (Esc)"))
        head = QHBoxLayout()
        head.addWidget(self.name_label, 1)
        head.addWidget(self.back_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(head)
        # The editor's own type is not imported here: it is an optional part of a build.
        self.editor: Any = None
        try:
            from coach_app.ui.session_editor import SessionEditor  # noqa: PLC0415 - optional part
        except ImportError as exc:
            log.warning("session editor unavailable: %s", type(exc).__name__)
            placeholder = QLabel(self.tr("The session editor is not part of this build."))
            placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
            layout.addWidget(placeholder, 1)
        else:
            self.editor = SessionEditor(context, self)
            layout.addWidget(self.editor, 1)
            # The editor has its own header (the coachee's name, big) and its own Done (Esc):
            # a second name and a second way back above it only crowd the page.
            self.name_label.hide()
            self.back_button.hide()
            layout.setContentsMargins(8, 0, 8, 8)
