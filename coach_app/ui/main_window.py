"""The main window: the unlock screen and the workspace in one stack, the menus, the lock.

Workspace: the coachee list on the left (filter as you type, status filter, most recent session
first); on the right one of four pages: the home page (the dashboard of active coachees, or a
welcome with "New coachee…" while the vault has none) until the coach picks a coachee; the
selected coachee (Overview, Sessions, Experiments, Progress, Learning log tabs); the learning
log of everyone (Go → Learning log); or, while a session is open, the session editor, big, with
the coachee's name on top.

The Progress and Learning log tabs load only when they are on screen: a coachee's chart is
queried and drawn when its tab is first shown (or the coachee changes while it is shown), and
the matplotlib canvas itself is built the first time any Progress tab opens, so start-up does
not pay for charts nobody looks at.

Views refresh from the change hub (``context.signals``): a handler only notes what changed and
a zero-delay timer applies the notes once, so a burst of signals (an autosave that touches
sessions and measurements) costs one refresh. Every view holds frozen records from the services,
never an ORM object.

Lock (Ctrl+L, idle, or ``context.lock()`` from anywhere): the context emits ``about_to_lock`` so
the editor saves its drafts, closes the vault and emits ``vault_locked``; this window then closes
every popup and dialog (modal or not), empties every model, label and chart that showed coachee
data (the dashboard and the learning logs too), and shows the unlock screen in the same window.
"""

from __future__ import annotations

import html
import logging
from collections.abc import Callable, Iterable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QByteArray,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QSettings,
    Qt,
    QTimer,
)
from PySide6.QtGui import QAction, QCloseEvent, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QStyle,
    QTabWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from coach_app.errors import CoachAppError, VaultLocked
from coach_app.services import coachees, experiments, measurements, sessions
from coach_app.services import settings as settings_service
from coach_app.services.records import (
    CoacheeProfile,
    ExperimentRecord,
    GoalRecord,
    MeasurementRecord,
)
from coach_app.ui.assessment_menu import AssessmentMenu
from coach_app.ui.coachee_dialogs import (
    COACHEE_STATUS_NAMES,
    GAS_MEANINGS,
    EraseDialog,
    GoalDialog,
    ProfileDialog,
)
from coach_app.ui.context import AppContext
from coach_app.ui.dashboard import DashboardWidget
from coach_app.ui.errors import show_error
from coach_app.ui.help_overlay import EXTRA_SHORTCUTS, HelpOverlay
from coach_app.ui.idle import IdleWatcher
from coach_app.ui.labels import muted_label, plain_label
from coach_app.ui.learning_log import LearningLogWidget
from coach_app.ui.models import (
    ID_ROLE,
    CoacheeFilterProxy,
    CoacheeListModel,
    ExperimentTableModel,
    SessionTimelineModel,
    format_date,
    overdue_color,
)
from coach_app.ui.unlock import KeyringFactory, UnlockScreen
from coach_app.ui.worker import run_in_background
from coach_app.vault.keys import KdfParams
from coach_app.vault.vault import Vault

if TYPE_CHECKING:
    from coach_app.ui.progress_chart import ProgressChartWidget

log = logging.getLogger(__name__)

APP_TITLE = "Coach Companion"
DEFAULT_SIZE = (1280, 800)
STATUS_FILTERS = (
    ("Active", ("active",)),
    ("Paused", ("paused",)),
    ("Completed", ("completed",)),
    ("Archived", ("archived",)),
    ("All", None),
)


def _table_view(name: str) -> QTreeView:
    view = QTreeView()
    view.setAccessibleName(name)
    view.setRootIsDecorated(False)
    view.setUniformRowHeights(True)  # lets long lists scroll without measuring every row
    view.setAlternatingRowColors(True)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAllColumnsShowFocus(True)
    return view


# ---- the coachee list ---------------------------------------------------------------------


class CoacheeListPanel(QWidget):
    """Filter box, status filter and the coachee list; tells who is selected."""

    def __init__(self, context: AppContext, on_select: Callable[[str | None], None]) -> None:
        super().__init__()
        self.context = context
        self._on_select = on_select
        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText("Filter coachees (Ctrl+F)")
        self.filter_edit.setAccessibleName("Filter coachees")
        self.filter_edit.setClearButtonEnabled(True)
        self.status_combo = QComboBox()
        self.status_combo.setAccessibleName("Show coachees with status")
        for label, statuses in STATUS_FILTERS:
            self.status_combo.addItem(label, statuses)
        self.model = CoacheeListModel(self)
        self.proxy = CoacheeFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.view = _table_view("Coachees")
        self.view.setModel(self.proxy)
        header = self.view.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.count_label = QLabel()
        self.count_label.setEnabled(False)  # quiet, theme-aware grey
        self.new_button = QPushButton("New coachee…")
        self.new_button.setAccessibleName("New coachee")

        top = QHBoxLayout()
        top.addWidget(self.filter_edit, 1)
        top.addWidget(self.status_combo)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label, 1)
        bottom.addWidget(self.new_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 4, 8)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addLayout(bottom)

        self.filter_edit.textChanged.connect(self._filter_changed)
        self.filter_edit.returnPressed.connect(self._focus_list)
        self.status_combo.currentIndexChanged.connect(lambda _i: self.reload())
        self.view.selectionModel().currentRowChanged.connect(self._current_changed)
        self.setTabOrder(self.filter_edit, self.status_combo)
        self.setTabOrder(self.status_combo, self.view)
        self.setTabOrder(self.view, self.new_button)

    def statuses(self) -> tuple[str, ...] | None:
        """The statuses the list shows (None = all)."""
        return self.status_combo.currentData()

    def reload(self, keep: str | None = None) -> None:
        """Ask the services for the list again, keeping the selected coachee if still shown."""
        keep = keep if keep is not None else self.current_id()
        rows = coachees.list_coachees(
            self.context.vault, statuses=self.statuses(), today=self.context.today()
        )
        self.model.set_rows(rows, self.context.today())
        self._update_count()
        if keep and self.select(keep, notify=False):
            return
        if self.current_id() != keep:
            self._on_select(self.current_id())

    def clear(self) -> None:
        """Forget every coachee (on lock); the filter text goes too."""
        self.filter_edit.blockSignals(True)
        self.filter_edit.clear()
        self.filter_edit.blockSignals(False)
        self.proxy.set_text("")
        self.model.clear()
        self.count_label.clear()

    def current_id(self) -> str | None:
        """The selected coachee's id."""
        index = self.view.currentIndex()
        return index.data(ID_ROLE) if index.isValid() else None

    def select(self, coachee_id: str, *, notify: bool = True) -> bool:
        """Select ``coachee_id`` if the list shows it."""
        row = self.model.row_of(coachee_id)
        if row < 0:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            return False
        if not notify:
            self.view.selectionModel().blockSignals(True)
        try:
            self.view.selectionModel().setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
        finally:
            self.view.selectionModel().blockSignals(False)
        self.view.scrollTo(index)
        return True

    def clear_selection(self) -> None:
        """Select nobody (the dashboard or everyone's learning log is shown instead)."""
        self.view.selectionModel().clear()

    def reveal(self, coachee_id: str) -> bool:
        """Select ``coachee_id``, widening the filters if they hide them."""
        if self.select(coachee_id):
            return True
        self.filter_edit.clear()
        if self.select(coachee_id):
            return True
        self.status_combo.setCurrentIndex(len(STATUS_FILTERS) - 1)  # "All" reloads
        return self.select(coachee_id)

    def _filter_changed(self, text: str) -> None:
        current = self.current_id()
        self.proxy.set_text(text)
        self._update_count()
        if current and not self.select(current, notify=False) and self.current_id() != current:
            self._on_select(self.current_id())

    def _update_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        noun = "coachee" if total == 1 else "coachees"
        self.count_label.setText(
            f"{total} {noun}" if shown == total else f"{shown} of {total} {noun}"
        )

    def _focus_list(self) -> None:
        if self.proxy.rowCount():
            if not self.view.currentIndex().isValid():
                self.view.setCurrentIndex(self.proxy.index(0, 0))
            self.view.setFocus()

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._on_select(current.data(ID_ROLE) if current.isValid() else None)


# ---- home and everyone's learning log ------------------------------------------------------


def _heading(text: str) -> QLabel:
    label = plain_label(text, wrap=False)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 1.5)
    font.setBold(True)
    label.setFont(font)
    return label


def _aligned_with(widget: QWidget, layout: QHBoxLayout | QVBoxLayout) -> QHBoxLayout | QVBoxLayout:
    """``layout`` indented like ``widget``'s own contents, so a heading lines up with them."""
    inner = widget.layout()
    margins = inner.contentsMargins() if inner is not None else None
    if margins is not None:
        layout.setContentsMargins(margins.left(), 0, margins.right(), 0)
    return layout


class HomePage(QStackedWidget):
    """The right side until the coach picks a coachee: the dashboard, or a welcome.

    A vault with nobody in it gets a welcome and a "New coachee…" button instead of an empty
    table, which would only puzzle a newcomer.
    """

    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.setAccessibleName("Home")
        self.dashboard = DashboardWidget(context)
        self.log_button = QPushButton("Learning log (everyone)")
        self.log_button.setToolTip("What every reviewed experiment taught (Ctrl+Shift+L)")
        self.board = QWidget()
        head = QHBoxLayout()
        head.addWidget(_heading("Dashboard"), 1)
        head.addWidget(self.log_button, 0, Qt.AlignmentFlag.AlignBottom)
        board_layout = QVBoxLayout(self.board)
        board_layout.setContentsMargins(0, 8, 0, 0)
        top = QVBoxLayout()
        top.addLayout(head)
        top.addWidget(
            muted_label(
                "Every active coachee at a glance, longest without a session first. "
                "Double-click a row or press Enter to open that coachee."
            )
        )
        board_layout.addLayout(_aligned_with(self.dashboard, top))
        board_layout.addWidget(self.dashboard, 1)

        self.welcome = QWidget()
        self.welcome.setAccessibleName("Welcome")
        self.new_button = QPushButton("New coachee…")
        self.new_button.setAccessibleName("New coachee")
        self.new_button.setToolTip("Add the first person you coach (Ctrl+Shift+N)")
        text = plain_label(
            "This vault has no coachees yet. Add the first person you coach: their profile, "
            "goals, session notes, agreed experiments and progress all live here, encrypted "
            "on this computer."
        )
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        text.setMinimumWidth(320)
        text.setMaximumWidth(520)
        # Centred by stretches, not by an alignment flag: a wrapped label placed with a flag
        # gets its narrow size hint and a height that clips the last lines.
        text_row = QHBoxLayout()
        text_row.addStretch(1)
        text_row.addWidget(text, 4)
        text_row.addStretch(1)
        title = _heading("Welcome to Coach Companion")
        column = QVBoxLayout(self.welcome)
        column.addStretch(2)
        column.addWidget(title, 0, Qt.AlignmentFlag.AlignHCenter)
        column.addSpacing(8)
        column.addLayout(text_row)
        column.addSpacing(16)
        column.addWidget(self.new_button, 0, Qt.AlignmentFlag.AlignHCenter)
        column.addStretch(3)

        self.addWidget(self.board)
        self.addWidget(self.welcome)

    @property
    def is_welcome(self) -> bool:
        """Whether the welcome (no coachees yet) is shown instead of the dashboard."""
        return self.currentWidget() is self.welcome

    def show_board(self, has_coachees: bool) -> None:
        """The dashboard when the vault holds anyone, else the welcome."""
        self.setCurrentWidget(self.board if has_coachees else self.welcome)

    def focus_first(self) -> None:
        """Put the keyboard where the page starts."""
        if self.is_welcome:
            self.new_button.setFocus()
        else:
            self.dashboard.table.setFocus()


class LearningLogPage(QWidget):
    """Go → Learning log: the learnings of every coachee, newest first."""

    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.setAccessibleName("Learning log of everyone")
        self.log = LearningLogWidget(context)
        head = QVBoxLayout()
        head.addWidget(_heading("Learning log — everyone"))
        head.addWidget(
            muted_label(
                "What every reviewed experiment taught, newest first. A coachee's own "
                "Learning log tab also filters by goal."
            )
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addLayout(_aligned_with(self.log, head))
        layout.addWidget(self.log, 1)


# ---- one coachee ----------------------------------------------------------------------------


def _section(title: str) -> QLabel:
    label = QLabel(f"<h3>{html.escape(title)}</h3>")
    label.setTextFormat(Qt.TextFormat.RichText)
    return label


def _rich(parts: Iterable[str]) -> QLabel:
    label = QLabel("".join(parts))
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(
        Qt.TextInteractionFlag.TextSelectableByMouse
        | Qt.TextInteractionFlag.LinksAccessibleByMouse
        | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
    )
    return label


def _e(text: str) -> str:
    return html.escape(text, quote=True).replace("\n", "<br>")


class OverviewTab(QScrollArea):
    """Profile, goals with their GAS levels, open experiments and the latest ratings.

    ``assess_button`` (beside "Latest ratings") gets its menu of measures from the page.
    """

    def __init__(self, on_link: Callable[[str], None]) -> None:
        super().__init__()
        self.setWidgetResizable(True)
        self.setAccessibleName("Overview")
        self._on_link = on_link
        body = QWidget()
        self.profile = _rich([])
        self.goals = _rich([])
        self.experiments = _rich([])
        self.ratings = _rich([])
        self.assess_button = QPushButton("Add assessment")
        self.assess_button.setAccessibleName("Add assessment")
        self.assess_button.setToolTip("Record a rating or questionnaire for this coachee")
        self.goals.linkActivated.connect(on_link)
        self.experiments.linkActivated.connect(on_link)
        for label, name in (
            (self.profile, "Profile"),
            (self.goals, "Goals"),
            (self.experiments, "Open experiments"),
            (self.ratings, "Latest ratings"),
        ):
            label.setAccessibleName(name)
        columns = QHBoxLayout(body)
        left = QVBoxLayout()
        right = QVBoxLayout()
        left.addWidget(_section("Profile"))
        left.addWidget(self.profile)
        left.addWidget(_section("Goals"))
        left.addWidget(self.goals)
        left.addStretch(1)
        right.addWidget(_section("Open experiments"))
        right.addWidget(self.experiments)
        ratings_head = QHBoxLayout()
        ratings_head.addWidget(_section("Latest ratings"))
        ratings_head.addStretch(1)
        ratings_head.addWidget(self.assess_button)
        right.addLayout(ratings_head)
        right.addWidget(self.ratings)
        right.addStretch(1)
        columns.addLayout(left, 3)
        columns.addSpacing(24)
        columns.addLayout(right, 2)
        self.setWidget(body)

    def clear(self) -> None:
        """Empty every section (on lock)."""
        for label in (self.profile, self.goals, self.experiments, self.ratings):
            label.clear()

    def show_profile(self, p: CoacheeProfile) -> None:
        """Fill the profile section."""
        rows = [
            ("Role", p.role),
            ("Organisation", p.organisation),
            ("Team", p.team),
            ("Programme", p.programme),
            ("Started", format_date(p.started_on)),
            ("Status", COACHEE_STATUS_NAMES.get(p.status, p.status)),
            ("E-mail", p.email),
            ("Tags", ", ".join(p.tags)),
            ("Consent recorded", format_date(p.consent_recorded_on)),
        ]
        cells = "".join(
            f"<tr><td style='padding-right:12px'><b>{_e(k)}</b></td><td>{_e(v)}</td></tr>"
            for k, v in rows
            if v
        )
        focus = f"<p><b>Focus</b><br>{_e(p.focus)}</p>" if p.focus.strip() else ""
        self.profile.setText(f"<table>{cells}</table>{focus}")

    def show_goals(self, goals: list[GoalRecord]) -> None:
        """Fill the goals section, each with its weight and GAS level descriptions."""
        if not goals:
            self.goals.setText(
                "<p>No goals yet. <a href='add-goal'>Add a goal</a> (Coachee → Add goal).</p>"
            )
            return
        parts: list[str] = []
        for goal in goals:
            status = "" if goal.status == "active" else f" ({_e(goal.status)})"
            parts.append(
                f"<p><b>{_e(goal.title)}</b>{status} · weight {goal.weight} · "
                f"<a href='goal:{_e(goal.id)}'>Edit</a>"
            )
            if goal.description.strip():
                parts.append(f"<br>{_e(goal.description)}")
            levels = [
                f"<tr><td style='padding-right:8px'>{sign}</td><td>{_e(goal.gas_levels[key])}"
                f" <i>({meaning})</i></td></tr>"
                for key, sign, meaning in GAS_MEANINGS
                if goal.gas_levels.get(key, "").strip()
            ]
            parts.append("</p>")
            if levels:
                parts.append(f"<table>{''.join(levels)}</table>")
        self.goals.setText("".join(parts))

    def show_experiments(self, rows: list[ExperimentRecord], today: date) -> None:
        """Fill the open experiments section (overdue ones in red)."""
        open_rows = [r for r in rows if r.is_open]
        if not open_rows:
            self.experiments.setText("<p>No open experiments.</p>")
            return
        red = overdue_color(self.palette()).name()
        items = []
        for r in open_rows:
            due = ""
            if r.due_on:
                due = f" — due {_e(format_date(r.due_on))}"
                if r.is_overdue(today):
                    since = _e(format_date(r.due_on))
                    due = f" — <span style='color:{red}'>overdue since {since}</span>"
            items.append(f"<li><a href='experiment:{_e(r.id)}'>{_e(r.title)}</a>{due}</li>")
        self.experiments.setText(f"<ul style='margin-left:-20px'>{''.join(items)}</ul>")

    def show_ratings(self, rows: list[MeasurementRecord], goals: list[GoalRecord]) -> None:
        """Fill the latest value of every instrument (per goal where it has one)."""
        latest: dict[tuple[str, str | None], MeasurementRecord] = {}
        for m in rows:  # oldest first, so later ones win
            latest[(m.instrument, m.goal_id)] = m
        if not latest:
            self.ratings.setText("<p>No ratings yet.</p>")
            return
        titles = {g.id: g.title for g in goals}
        items = []
        for (instrument, goal_id), m in sorted(latest.items(), key=lambda kv: kv[0][0]):
            name = _instrument_name(instrument)
            if goal_id and goal_id in titles:
                name = f"{name} — {titles[goal_id]}"
            items.append(
                f"<tr><td style='padding-right:12px'>{_e(name)}</td>"
                f"<td align='right'><b>{round(m.value, 2):g}</b></td>"
                f"<td style='padding-left:12px'>{_e(format_date(m.taken_on))}</td></tr>"
            )
        self.ratings.setText(f"<table>{''.join(items)}</table>")


def _instrument_name(key: str) -> str:
    try:
        from coach_app.instruments.definitions import get_instrument  # noqa: PLC0415

        instrument = get_instrument(key)
    except (KeyError, ImportError, ValueError):
        return key.removeprefix("custom:").replace("-", " ").capitalize()
    return instrument.short_name or instrument.name


class CoacheePage(QWidget):
    """The selected coachee: a header and five tabs (Overview to Learning log).

    The tabs: Overview, Sessions, Experiments, Progress, Learning log. Progress and Learning log
    load only while their tab is the one shown: when it is first opened, or when the coachee
    changes while it is open. The chart widget itself (matplotlib) is built the first time a
    Progress tab opens.
    """

    def __init__(self, context: AppContext, window: MainWindow) -> None:  # noqa: PLR0915 - layout
        super().__init__()
        self.context = context
        self.window_ = window
        self.coachee_id: str | None = None
        self.profile: CoacheeProfile | None = None
        self.goals: list[GoalRecord] = []
        self.chart: ProgressChartWidget | None = None

        self.name_label = plain_label(wrap=False)
        font = self.name_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.name_label.setFont(font)
        self.name_label.setAccessibleName("Coachee name")
        self.meta_label = plain_label()
        self.meta_label.setEnabled(False)
        self.new_session_button = QPushButton("New session")
        self.new_session_button.setToolTip("Start a session with this coachee (Ctrl+N)")
        self.edit_button = QPushButton("Edit profile…")

        self.overview = OverviewTab(self._link)
        self.timeline_model = SessionTimelineModel(self)
        self.timeline = _table_view("Sessions, newest first")
        self.timeline.setModel(self.timeline_model)
        th = self.timeline.header()
        th.setStretchLastSection(True)
        th.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        th.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.timeline.activated.connect(self._session_activated)
        self.timeline.setToolTip("Enter or double-click opens the session")
        self.experiment_model = ExperimentTableModel(self)
        self.experiment_view = _table_view("Experiments")
        self.experiment_view.setModel(self.experiment_model)
        eh = self.experiment_view.header()
        eh.setStretchLastSection(False)
        eh.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in (1, 2, 3):
            eh.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.experiment_view.activated.connect(self._experiment_activated)
        self.experiment_view.setToolTip("Enter or double-click opens the review")

        sessions_tab = QWidget()
        sl = QVBoxLayout(sessions_tab)
        sl.addWidget(self.timeline)
        experiments_tab = QWidget()
        el = QVBoxLayout(experiments_tab)
        self.agree_button = QPushButton("Agree experiment…")
        self.review_button = QPushButton("Review…")
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.agree_button)
        row.addWidget(self.review_button)
        el.addWidget(self.experiment_view)
        el.addLayout(row)

        self.progress_tab = QWidget()
        self.progress_tab.setAccessibleName("Progress")
        self.progress_assess_button = QPushButton("Add assessment")
        self.progress_assess_button.setAccessibleName("Add assessment")
        self.report_button = QPushButton("Progress report (PDF)…")
        self.report_button.setToolTip(
            "Profile, goals, this chart and the experiments as a PDF (Ctrl+P)"
        )
        for button, name in (
            (self.overview.assess_button, "overview"),
            (self.progress_assess_button, "progress"),
        ):
            menu = AssessmentMenu(context, button)
            menu.setObjectName(f"assessment_menu_{name}")
            menu.chosen.connect(window.add_assessment)
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
        self.log_tab.setAccessibleName("Learning log")

        self.tabs = QTabWidget()
        self.tabs.setAccessibleName("Coachee tabs")
        self.tabs.addTab(self.overview, "&Overview")
        self.tabs.addTab(sessions_tab, "Sess&ions")
        self.tabs.addTab(experiments_tab, "E&xperiments")
        self.tabs.addTab(self.progress_tab, "&Progress")
        self.tabs.addTab(self.log_tab, "&Learning log")
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

        self.new_session_button.clicked.connect(window.new_session)
        self.edit_button.clicked.connect(window.edit_profile)
        self.report_button.clicked.connect(window.export_progress_report)
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
        self.refresh({"profile", "sessions", "experiments", "measurements"})
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

    def refresh(self, parts: set[str]) -> None:
        """Reload the named parts (profile, sessions, experiments, measurements)."""
        cid = self.coachee_id
        if cid is None:
            return
        vault = self.context.vault
        today = self.context.today()
        if "profile" in parts:
            self.profile = coachees.get_coachee(vault, cid)
            self.goals = coachees.list_goals(vault, cid)
            p = self.profile
            self.name_label.setText(p.name)
            meta = [p.role, p.organisation, COACHEE_STATUS_NAMES.get(p.status, p.status)]
            self.meta_label.setText(" · ".join(m for m in meta if m))
            self.overview.show_profile(p)
            self.overview.show_goals(self.goals)
        if "sessions" in parts:
            self.timeline_model.set_rows(sessions.list_sessions(vault, cid))
        if "experiments" in parts:
            rows = experiments.list_experiments(vault, cid)
            self.experiment_model.set_rows(rows, today)
            self.overview.show_experiments(rows, today)
            self.review_button.setEnabled(bool(rows))
        if "measurements" in parts or "profile" in parts:
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

    # ---- actions -----------------------------------------------------------------------------

    def _session_activated(self, index: QModelIndex) -> None:
        session_id = index.data(ID_ROLE) if index.isValid() else None
        if session_id and self.coachee_id:
            self.window_.open_session(self.coachee_id, session_id)

    def _experiment_activated(self, index: QModelIndex) -> None:
        experiment_id = index.data(ID_ROLE) if index.isValid() else None
        if experiment_id:
            self.window_.review_experiment(experiment_id)

    def _agree(self) -> None:
        if self.coachee_id:
            self.window_.agree_experiment(self.coachee_id)

    def _link(self, href: str) -> None:
        kind, _, ident = href.partition(":")
        if kind == "goal":
            goal = next((g for g in self.goals if g.id == ident), None)
            if goal is not None:
                self.window_.edit_goal(goal)
        elif kind == "add-goal":
            self.window_.add_goal()
        elif kind == "experiment":
            self.window_.review_experiment(ident)


# ---- the session area ------------------------------------------------------------------------


class SessionArea(QWidget):
    """The coachee's name, a way back, and the session editor (or a placeholder)."""

    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.name_label = plain_label(wrap=False)
        font = self.name_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.name_label.setFont(font)
        self.name_label.setAccessibleName("Coachee of the open session")
        self.back_button = QPushButton("← Back to coachee")
        self.back_button.setToolTip("Save and close the session (Esc)")
        head = QHBoxLayout()
        head.addWidget(self.name_label, 1)
        head.addWidget(self.back_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(head)
        self.editor: Any = None
        try:
            from coach_app.ui.session_editor import SessionEditor  # noqa: PLC0415 - optional part
        except ImportError as exc:
            log.warning("session editor unavailable: %s", type(exc).__name__)
            placeholder = QLabel("The session editor is not part of this build.")
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


# ---- the window ---------------------------------------------------------------------------------


class _LockKeyWhileModal(QObject):
    """Ctrl+L inside a modal dialog: Qt does not deliver the window's shortcut there.

    Shortcuts of a window blocked by a modal dialog never fire (not even application-wide
    ones), yet the coach must be able to lock from anywhere. Only key presses are looked at,
    and only while a modal dialog is up; otherwise the Lock action's own shortcut does it.
    """

    def __init__(self, sequence: QKeySequence, on_lock: Callable[[], None], parent: QObject):
        super().__init__(parent)
        self._sequence = sequence
        self._on_lock = on_lock
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Lock on the lock keys while a modal dialog has the keyboard."""
        if (
            event.type() == QEvent.Type.KeyPress
            and QApplication.activeModalWidget() is not None
            and isinstance(event, QKeyEvent)
            and QKeySequence(event.keyCombination()) == self._sequence
        ):
            self._on_lock()
            return True
        return False

    def dispose(self) -> None:
        """Detach from the application."""
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)


class MainWindow(QMainWindow):
    """Coach Companion's one window.

    Args:
        context: the app context; its vault may be open already (demo) or not.
        kdf: Argon2id parameters for a new vault or passphrase (tests pass the minimum).
        keyring_factory: builds the ``KeyringStore`` (tests inject a double).
        idle_check_ms: how often the auto-lock looks at the clock.
        restore_geometry: read the saved window geometry (off in tests).
        auto_backup: take the daily rotating backup after unlock (off in most tests).
    """

    def __init__(
        self,
        context: AppContext,
        *,
        kdf: KdfParams | None = None,
        keyring_factory: KeyringFactory | None = None,
        idle_check_ms: int = 15_000,
        restore_geometry: bool = True,
        auto_backup: bool = True,
    ) -> None:
        super().__init__()
        self.context = context
        self._auto_backup = auto_backup
        self._refresh_list = False
        self._refresh_parts: dict[str, set[str]] = {}
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(0)
        self._refresh_timer.timeout.connect(self._apply_refresh)
        self._search_dialog: QDialog | None = None
        self.setWindowTitle(APP_TITLE)
        self.resize(*DEFAULT_SIZE)
        self.setMinimumSize(760, 520)

        self.unlock_screen = UnlockScreen(context.folder, kdf=kdf, keyring_factory=keyring_factory)
        self.unlock_screen.vault_opened.connect(self.open_vault)
        self.unlock_screen.notice.connect(lambda text: self.statusBar().showMessage(text, 10_000))
        self._build_workspace()
        self.stack = QStackedWidget()
        self.stack.addWidget(self.unlock_screen)
        self.stack.addWidget(self.workspace)
        self.setCentralWidget(self.stack)
        self._build_status_bar()
        self._build_menus()
        self.help_overlay = HelpOverlay(self, self.shortcut_list())
        self._lock_keys = _LockKeyWhileModal(self.lock_action.shortcut(), self._lock_from_key, self)
        self.idle = IdleWatcher(
            context.now,
            self.lock_now,
            settings_service.DEFAULTS["auto_lock_minutes"],
            check_interval_ms=idle_check_ms,
            parent=self,
        )

        signals = context.signals
        signals.vault_unlocked.connect(self._on_unlocked)
        signals.vault_locked.connect(self._on_locked)
        signals.coachees_changed.connect(lambda: self._mark(list_=True))
        signals.coachee_changed.connect(lambda cid: self._mark(cid, "profile", list_=True))
        signals.sessions_changed.connect(lambda cid: self._mark(cid, "sessions", list_=True))
        signals.experiments_changed.connect(lambda cid: self._mark(cid, "experiments", list_=True))
        signals.measurements_changed.connect(lambda cid: self._mark(cid, "measurements"))
        self.context.nav.coachee_requested.connect(self.show_coachee)
        self.context.nav.session_requested.connect(self.open_session)

        if restore_geometry:
            self._restore_geometry()
        if context.is_unlocked:
            self._on_unlocked()
        else:
            self._show_locked()

    # ---- building ---------------------------------------------------------------------------

    def _build_workspace(self) -> None:
        self.list_panel = CoacheeListPanel(self.context, self._coachee_selected)
        self.list_panel.new_button.clicked.connect(self.new_coachee)
        self.list_panel.view.activated.connect(lambda _i: self.coachee_page.tabs.setFocus())
        self.coachee_page = CoacheePage(self.context, self)
        self.session_area = SessionArea(self.context)
        self.session_area.back_button.clicked.connect(self.close_session)
        if self.session_area.editor is not None:
            self.session_area.editor.closed.connect(self._editor_closed)
        self.home = HomePage(self.context)
        self.home.new_button.clicked.connect(self.new_coachee)
        self.home.log_button.clicked.connect(self.show_learning_log)
        self.log_page = LearningLogPage(self.context)
        self.right = QStackedWidget()
        for page in (self.home, self.coachee_page, self.session_area, self.log_page):
            self.right.addWidget(page)
        self.right.currentChanged.connect(self._page_changed)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.list_panel)
        self.splitter.addWidget(self.right)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        # The list needs little room; the dashboard and the progress chart use every pixel.
        self.splitter.setSizes([370, DEFAULT_SIZE[0] - 370])
        self.splitter.setChildrenCollapsible(False)
        self.workspace = self.splitter

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        self.busy_bar = QProgressBar()
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setMaximumWidth(120)
        self.busy_bar.setMaximumHeight(12)
        self.busy_bar.setAccessibleName("Working")
        self.busy_bar.hide()
        self.folder_label = plain_label(f"Vault: {self.context.folder}", wrap=False)
        self.folder_label.setAccessibleName("Vault folder")
        self.demo_badge = QLabel(" demo ")
        self.demo_badge.setAccessibleName("Demo vault")
        self.demo_badge.setAutoFillBackground(True)
        # The palette's highlight pair is readable in light and dark themes alike.
        self.demo_badge.setBackgroundRole(self.demo_badge.palette().ColorRole.Highlight)
        self.demo_badge.setForegroundRole(self.demo_badge.palette().ColorRole.HighlightedText)
        self.demo_badge.setVisible(self.context.demo)
        bar.addPermanentWidget(self.busy_bar)
        bar.addPermanentWidget(self.folder_label)
        bar.addPermanentWidget(self.demo_badge)

    def _action(
        self,
        menu: Any,
        text: str,
        slot: Callable[[], object],
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
        *,
        needs: str = "vault",
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: slot())
        action.setProperty("needs", needs)
        menu.addAction(action)
        self.addAction(action)  # shortcuts work while the menu bar is hidden or a page has focus
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu("&File")
        self.new_coachee_action = self._action(
            file_menu, "&New coachee…", self.new_coachee, "Ctrl+Shift+N"
        )
        self.backup_action = self._action(file_menu, "&Backup now…", self.backup_now)
        self.settings_action = self._action(file_menu, "&Settings…", self.open_settings)
        file_menu.addSeparator()
        self.lock_action = self._action(file_menu, "&Lock", self.lock_now, "Ctrl+L")
        self.quit_action = self._action(
            file_menu, "&Quit", self.close, QKeySequence.StandardKey.Quit, needs=""
        )
        if self.quit_action.shortcut().isEmpty():
            self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))

        coachee_menu = bar.addMenu("&Coachee")
        self._workspace_menus = [coachee_menu]
        self.edit_profile_action = self._action(
            coachee_menu, "&Edit profile…", self.edit_profile, needs="coachee"
        )
        self.add_goal_action = self._action(
            coachee_menu, "Add &goal…", self.add_goal, needs="coachee"
        )
        self.assessment_menu = AssessmentMenu(self.context, self)
        self.assessment_menu.chosen.connect(self.add_assessment)
        coachee_menu.addMenu(self.assessment_menu)
        self.report_action = self._action(
            coachee_menu,
            "&Progress report (PDF)…",
            self.export_progress_report,
            "Ctrl+P",
            needs="coachee",
        )
        coachee_menu.addSeparator()
        self.archive_action = self._action(
            coachee_menu, "&Archive", self.archive_coachee, needs="coachee"
        )
        self.erase_action = self._action(
            coachee_menu, "E&rase…", self.erase_coachee, needs="coachee"
        )

        session_menu = bar.addMenu("&Session")
        self._workspace_menus.append(session_menu)
        self.new_session_action = self._action(
            session_menu, "&New session", self.new_session, "Ctrl+N", needs="coachee"
        )
        # Ctrl+E belongs to the session editor (its own shortcut, active inside it); a second
        # binding here would make Qt call the key ambiguous and do nothing.
        self.agree_action = self._action(
            session_menu,
            "&Agreed experiment (from the selected text)…\tCtrl+E",
            self._agree_from_menu,
            needs="coachee",
        )

        go_menu = bar.addMenu("&Go")
        self._workspace_menus.append(go_menu)
        self.dashboard_action = self._action(go_menu, "&Dashboard", self.show_dashboard, "Ctrl+D")
        self.learning_log_action = self._action(
            go_menu, "&Learning log (everyone)", self.show_learning_log, "Ctrl+Shift+L"
        )
        go_menu.addSeparator()
        self.search_action = self._action(go_menu, "&Search…", self.open_search, "Ctrl+K")
        self.filter_action = self._action(go_menu, "&Filter coachees", self.focus_filter, "Ctrl+F")
        self.overdue_action = self._action(go_menu, "&Overdue experiments…", self.open_overdue)

        help_menu = bar.addMenu("&Help")
        self.help_action = self._action(
            help_menu, "&Keyboard shortcuts", self.show_help, "F1", needs=""
        )
        self._update_actions()

    def shortcut_list(self) -> list[tuple[str, str]]:
        """Every shortcut with what it does, for the F1 overlay."""
        rows: list[tuple[str, str]] = []
        for action in self.actions():
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            text, _, tab_keys = action.text().partition("\t")
            keys = keys or tab_keys
            if keys:
                rows.append((keys, text.replace("&", "").rstrip("…")))
        return rows + list(EXTRA_SHORTCUTS)

    # ---- vault state ------------------------------------------------------------------------

    def open_vault(self, vault: Vault) -> None:
        """Take a vault the unlock screen (or the demo) opened."""
        self.context.set_vault(vault)

    def _on_unlocked(self) -> None:
        try:
            minutes = settings_service.get_setting(self.context.vault, "auto_lock_minutes")
        except CoachAppError:
            minutes = settings_service.DEFAULTS["auto_lock_minutes"]
        self.idle.set_minutes(float(minutes or 0))
        self.idle.start()
        self.stack.setCurrentWidget(self.workspace)
        self.right.setCurrentWidget(self.home)
        self.list_panel.reload()
        # Open on the dashboard rather than on one coachee: it shows who needs attention
        # (no session for weeks, overdue experiments) before the coach picks anyone.
        self._update_home()
        self._update_actions()
        self._start_auto_backup()
        if self.home.is_welcome:
            self.home.new_button.setFocus()
        else:
            self.list_panel.filter_edit.setFocus()

    def _start_auto_backup(self) -> None:
        """At most one verified backup a day, the newest few kept (SECURITY.md 19).

        Off the UI thread, and quiet: a status-bar line, never a dialog in the middle of a
        session. A throwaway demo vault is not worth backing up.
        """
        if not self._auto_backup or self.context.demo or not self.context.is_unlocked:
            return
        from coach_app.vault import backup  # noqa: PLC0415 - only when needed

        vault = self.context.vault
        keep = int(settings_service.get_setting(vault, "auto_backups_kept") or 7)
        run_in_background(
            lambda: backup.auto_backup(vault, keep=keep),
            self._auto_backup_done,
            self._auto_backup_failed,
            self,
        )

    def _auto_backup_done(self, path: Path | None) -> None:
        if path is not None:
            self.statusBar().showMessage(f"Daily backup written and verified: {path.name}", 8000)

    def _auto_backup_failed(self, exc: BaseException) -> None:
        if isinstance(exc, VaultLocked):  # locked meanwhile; the next unlock tries again
            return
        log.warning("automatic backup failed: %s", type(exc).__name__)
        reason = exc.message if isinstance(exc, CoachAppError) else "see the log"
        self.statusBar().showMessage(f"The daily backup failed: {reason}", 15000)

    def lock_now(self) -> None:
        """Lock: drafts saved, vault closed, dialogs closed, views emptied, unlock shown."""
        if self.context.is_unlocked:
            self.context.lock()
        else:
            self._on_locked()

    def _lock_from_key(self) -> None:
        # Deferred: the key event is still being delivered to the dialog this closes.
        if self.context.is_unlocked:
            QTimer.singleShot(0, self.lock_now)

    def _on_locked(self) -> None:
        self.idle.stop()
        self.close_transient_windows()
        self._refresh_timer.stop()
        self._refresh_list = False
        self._refresh_parts.clear()
        if self.session_area.editor is not None:
            self.session_area.editor.clear()
        self.session_area.name_label.clear()
        self.coachee_page.clear()  # the chart and the learning log tab too
        self.home.dashboard.clear()
        self.log_page.log.clear()
        self.list_panel.clear()
        self.help_overlay.hide()
        self._show_locked("Locked. Enter your passphrase to go on.")

    def _show_locked(self, message: str = "") -> None:
        self.right.setCurrentWidget(self.home)
        self.unlock_screen.reset(message)
        self.stack.setCurrentWidget(self.unlock_screen)
        self._update_actions()
        if self.isVisible():
            self.unlock_screen.current_page.focus_first()  # type: ignore[attr-defined]

    def close_transient_windows(self) -> None:
        """Close every popup and dialog: modal ones first (they may be nested), then the rest."""
        for _ in range(100):  # a bound, in case a dialog refuses to close
            popup = QApplication.activePopupWidget()
            if popup is not None:
                popup.close()
                continue
            modal = QApplication.activeModalWidget()
            if modal is None or modal is self:
                break
            if isinstance(modal, QDialog):
                modal.reject()
            else:
                modal.close()
            if QApplication.activeModalWidget() is modal:  # it refused: hide it anyway
                modal.hide()
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog) and widget.isVisible():
                widget.reject()

    # ---- selection and refresh --------------------------------------------------------------

    def current_coachee_id(self) -> str | None:
        """Whose page is shown (or whose session is open)."""
        return self.coachee_page.coachee_id

    def _coachee_selected(self, coachee_id: str | None) -> None:
        current = self.right.currentWidget()
        if coachee_id is None and current in (self.home, self.log_page):
            return  # the list let go of its selection for the dashboard or the log
        if coachee_id == self.coachee_page.coachee_id and current in (
            self.coachee_page,
            self.session_area,
        ):
            return
        editor = self.session_area.editor
        if (
            self.right.currentWidget() is self.session_area
            and editor is not None
            and not editor.done()
        ):
            # The open session could not be saved: stay with it, the error shows there.
            self.list_panel.select(self.coachee_page.coachee_id or "", notify=False)
            return
        self._show_coachee_page(coachee_id)

    def _show_coachee_page(self, coachee_id: str | None) -> None:
        if coachee_id is None:
            self.coachee_page.clear()
            self.right.setCurrentWidget(self.home)
        else:
            try:
                self.coachee_page.show_coachee(coachee_id)
            except CoachAppError as exc:
                self.coachee_page.clear()
                self.right.setCurrentWidget(self.home)
                self.statusBar().showMessage(exc.message, 10_000)
            else:
                self.right.setCurrentWidget(self.coachee_page)
        self._update_actions()

    def show_coachee(self, coachee_id: str) -> None:
        """Show ``coachee_id`` (search hit, overdue list), widening the list filters if needed."""
        if not self.context.is_unlocked:
            return
        if self.right.currentWidget() is self.session_area and not self.close_session():
            return
        if (
            not self.list_panel.reveal(coachee_id)
            or self.coachee_page.coachee_id != coachee_id
            or self.right.currentWidget() is not self.coachee_page
        ):
            self._show_coachee_page(coachee_id)
        if self.right.currentWidget() is self.coachee_page:
            # Asked for from the dashboard, search or a list: the keyboard follows.
            self.coachee_page.tabs.setFocus()

    def _mark(self, coachee_id: str | None = None, part: str | None = None, *, list_: bool = False):
        if not self.context.is_unlocked:
            return
        self._refresh_list = self._refresh_list or list_
        if coachee_id and part:
            self._refresh_parts.setdefault(coachee_id, set()).add(part)
        self._refresh_timer.start()

    def _apply_refresh(self) -> None:
        if not self.context.is_unlocked:
            return
        list_, self._refresh_list = self._refresh_list, False
        parts, self._refresh_parts = self._refresh_parts, {}
        try:
            if list_:
                self.list_panel.reload(keep=self.coachee_page.coachee_id)
                self._update_home()
            current = self.coachee_page.coachee_id
            if current and current in parts:
                self.coachee_page.refresh(parts[current])
        except CoachAppError as exc:
            # The coachee vanished (erased) or the vault locked meanwhile: go home.
            log.info("refresh skipped: %s", type(exc).__name__)
            if self.context.is_unlocked and self.right.currentWidget() is self.coachee_page:
                self._show_coachee_page(self.list_panel.current_id())

    def _update_home(self) -> None:
        """Dashboard or welcome, by whether the vault holds any coachee (in any status)."""
        has_coachees = self.list_panel.model.rowCount() > 0
        if not has_coachees:  # the list may only hide them (status filter): ask once more
            has_coachees = bool(coachees.list_coachees(self.context.vault, statuses=None))
        self.home.show_board(has_coachees)

    def _page_changed(self, _index: int) -> None:
        # Everyone's log stops following changes once the coach has moved on from it.
        if self.right.currentWidget() is not self.log_page and self.log_page.log.active:
            self.log_page.log.clear()

    def _update_actions(self) -> None:
        unlocked = self.context.is_unlocked
        has_coachee = unlocked and self.coachee_page.coachee_id is not None
        for action in self.actions():
            needs = action.property("needs")
            if needs == "vault":
                action.setEnabled(unlocked)
            elif needs == "coachee":
                action.setEnabled(has_coachee)
        self.assessment_menu.menuAction().setEnabled(has_coachee)
        # Menus that only make sense inside the workspace are not shown on the unlock screen.
        for menu in self._workspace_menus:
            menu.menuAction().setVisible(unlocked)

    # ---- coachee actions --------------------------------------------------------------------

    def new_coachee(self) -> None:
        """File → New coachee: the profile dialog, then select the new coachee."""
        if not self.context.is_unlocked:
            return
        dialog = ProfileDialog(self.context, None, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.saved is not None:
            self._apply_refresh_now()
            self.show_coachee(dialog.saved.id)

    def edit_profile(self) -> None:
        """Coachee → Edit profile."""
        profile = self.coachee_page.profile
        if profile is None or not self.context.is_unlocked:
            return
        ProfileDialog(self.context, profile, self).exec()

    def add_goal(self) -> None:
        """Coachee → Add goal."""
        cid = self.coachee_page.coachee_id
        if cid and self.context.is_unlocked:
            GoalDialog(self.context, cid, None, self).exec()

    def edit_goal(self, goal: GoalRecord) -> None:
        """Edit one goal (from the Overview)."""
        if self.context.is_unlocked:
            GoalDialog(self.context, goal.coachee_id, goal, self).exec()

    def archive_coachee(self) -> None:
        """Coachee → Archive (after a question; nothing is deleted)."""
        profile = self.coachee_page.profile
        if profile is None or not self.context.is_unlocked:
            return
        answer = QMessageBox.question(
            self,
            "Archive coachee",
            f"Archive {profile.name}? Nothing is deleted; they move to the Archived list.",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes or not self.context.is_unlocked:
            return
        self._guarded(lambda: coachees.archive_coachee(self.context.vault, profile.id))
        self.context.signals.coachees_changed.emit()
        self.context.signals.coachee_changed.emit(profile.id)
        self.statusBar().showMessage(f"{profile.name} archived.", 8000)

    def erase_coachee(self) -> None:
        """Coachee → Erase: typed confirmation, then everything about them goes."""
        profile = self.coachee_page.profile
        if profile is None or not self.context.is_unlocked:
            return
        dialog = EraseDialog(profile.name, self)
        if dialog.exec() != QDialog.DialogCode.Accepted or not self.context.is_unlocked:
            return
        editor = self.session_area.editor
        if editor is not None and editor.coachee_id == profile.id:
            editor.clear()
        if self._guarded(lambda: coachees.erase_coachee(self.context.vault, profile.id)) is None:
            return
        self.coachee_page.clear()
        self.right.setCurrentWidget(self.home)
        self.context.signals.coachees_changed.emit()
        self._update_actions()
        self.statusBar().showMessage("Coachee erased.", 8000)

    def add_assessment(self, instrument_key: str) -> QDialog | None:
        """Coachee → Add assessment: the form of one measure for the shown coachee.

        Inside an open session the session editor takes it, so the measure is recorded as
        part of that session.
        """
        cid = self.coachee_page.coachee_id
        if not cid or not self.context.is_unlocked:
            return None
        editor = self.session_area.editor
        if (
            self.right.currentWidget() is self.session_area
            and editor is not None
            and editor.session_id is not None
        ):
            return editor.open_assessment(instrument_key)
        from coach_app.ui.assessment_dialog import AssessmentDialog  # noqa: PLC0415

        try:
            dialog = AssessmentDialog(self.context, cid, instrument_key, self)
        except CoachAppError as exc:
            show_error(self, exc)
            return None
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def export_progress_report(self) -> QObject | None:
        """Coachee → Progress report (PDF): ask for a file, then write it in the background."""
        cid = self.coachee_page.coachee_id
        if not cid or not self.context.is_unlocked:
            return None
        from coach_app.ui.report_action import export_report  # noqa: PLC0415 - rarely used

        export = self._guarded(lambda: export_report(self.context, cid, self))
        if export is not None:
            export.finished.connect(
                lambda path: self.statusBar().showMessage(f"Progress report saved: {path}", 15_000)
            )
        return export

    def _guarded(self, fn: Callable[[], Any]) -> Any:
        try:
            return fn()
        except CoachAppError as exc:
            show_error(self, exc)
            return None

    def _apply_refresh_now(self) -> None:
        self._refresh_timer.stop()
        self._apply_refresh()

    # ---- sessions and experiments ----------------------------------------------------------

    def new_session(self) -> None:
        """Session → New session (Ctrl+N) for the selected coachee."""
        cid = self.coachee_page.coachee_id
        editor = self.session_area.editor
        if not cid or not self.context.is_unlocked:
            return
        if editor is None:
            self.statusBar().showMessage("The session editor is not part of this build.", 8000)
            return
        if editor.new_session(cid):
            self._show_session_area()

    def open_session(self, coachee_id: str, session_id: str) -> None:
        """Open a session in the editor (timeline, search hit)."""
        if not self.context.is_unlocked:
            return
        editor = self.session_area.editor
        if self.coachee_page.coachee_id != coachee_id or self.right.currentWidget() not in (
            self.coachee_page,
            self.session_area,
        ):
            if (
                self.right.currentWidget() is self.session_area
                and editor is not None
                and not editor.flush()
            ):
                return
            if not self.list_panel.reveal(coachee_id) or self.coachee_page.coachee_id != (
                coachee_id
            ):
                self._show_coachee_page(coachee_id)
        if editor is None:
            self.statusBar().showMessage("The session editor is not part of this build.", 8000)
            return
        if editor.open_session(session_id):
            self._show_session_area()

    def _show_session_area(self) -> None:
        profile = self.coachee_page.profile
        self.session_area.name_label.setText(profile.name if profile else "")
        self.right.setCurrentWidget(self.session_area)
        self._update_actions()

    def close_session(self) -> bool:
        """Save and close the open session; False (and it stays) if saving failed."""
        editor = self.session_area.editor
        if editor is not None and not editor.done():
            return False
        self._editor_closed()
        return True

    def _editor_closed(self) -> None:
        if self.right.currentWidget() is not self.session_area:
            return
        self.session_area.name_label.clear()
        cid = self.coachee_page.coachee_id
        self._show_coachee_page(cid)
        if cid:
            self.coachee_page.tabs.setCurrentIndex(1)
            self.coachee_page.timeline.setFocus()

    def _agree_from_menu(self) -> None:
        editor = self.session_area.editor
        if self.right.currentWidget() is self.session_area and editor is not None:
            editor.agree_experiment()
        elif self.coachee_page.coachee_id:
            self.agree_experiment(self.coachee_page.coachee_id)

    def agree_experiment(self, coachee_id: str) -> None:
        """Agree an experiment outside a session (Experiments tab)."""
        try:
            from coach_app.ui.experiment_dialog import ExperimentDialog  # noqa: PLC0415
        except ImportError:
            self.statusBar().showMessage("Experiments cannot be edited in this build.", 8000)
            return
        dialog = ExperimentDialog(self.context, coachee_id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def review_experiment(self, experiment_id: str) -> None:
        """Open an experiment's review (Experiments tab, Overview link)."""
        try:
            from coach_app.ui.experiment_dialog import ExperimentReviewDialog  # noqa: PLC0415
        except ImportError:
            self.statusBar().showMessage("Experiments cannot be reviewed in this build.", 8000)
            return
        try:
            dialog = ExperimentReviewDialog(self.context, experiment_id, parent=self)
        except CoachAppError as exc:
            show_error(self, exc)
            return
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    # ---- go, file ---------------------------------------------------------------------------

    def show_dashboard(self) -> None:
        """Go → Dashboard (Ctrl+D): every active coachee at a glance."""
        if not self.context.is_unlocked or not self._leave_coachee(self.home):
            return
        self._guarded(self._update_home)
        self.home.dashboard.refresh()  # "days since" may have moved on since the last look
        self.home.focus_first()

    def show_learning_log(self) -> None:
        """Go → Learning log (Ctrl+Shift+L): what every reviewed experiment taught."""
        if not self.context.is_unlocked or not self._leave_coachee(self.log_page):
            return
        self.log_page.log.show_coachee(None)
        self.log_page.log.table.setFocus()

    def _leave_coachee(self, page: QWidget) -> bool:
        """Close the open session, let go of the coachee, show ``page``.

        False (and the session stays) when the session's last edits could not be saved.
        """
        if self.right.currentWidget() is self.session_area:
            # Switch first, so the editor's "closed" does not bring the coachee page back.
            self.right.setCurrentWidget(page)
            if not self.close_session():
                self.right.setCurrentWidget(self.session_area)
                return False
            self.session_area.name_label.clear()
        self.right.setCurrentWidget(page)
        self.coachee_page.clear()
        self.list_panel.clear_selection()
        self._update_actions()
        return True

    def open_search(self) -> None:
        """Go → Search (Ctrl+K)."""
        if not self.context.is_unlocked:
            return
        try:
            from coach_app.ui.search_dialog import SearchDialog  # noqa: PLC0415
        except ImportError:
            self.statusBar().showMessage("Search is not part of this build.", 8000)
            return
        if self._search_dialog is None:
            self._search_dialog = SearchDialog(self.context, self)
        self._search_dialog.open()

    def open_overdue(self) -> None:
        """Go → Overdue experiments."""
        if not self.context.is_unlocked:
            return
        try:
            from coach_app.ui.experiment_dialog import OverdueExperimentsDialog  # noqa: PLC0415
        except ImportError:
            self.statusBar().showMessage("This build has no overdue list.", 8000)
            return
        dialog = OverdueExperimentsDialog(self.context, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def focus_filter(self) -> None:
        """Go → Filter coachees (Ctrl+F)."""
        if self.context.is_unlocked:
            if self.right.currentWidget() is self.session_area and not self.close_session():
                return
            self.list_panel.filter_edit.setFocus()
            self.list_panel.filter_edit.selectAll()

    def show_help(self) -> None:
        """Help → Keyboard shortcuts (F1)."""
        self.help_overlay.open()

    def open_settings(self) -> None:
        """File → Settings."""
        if not self.context.is_unlocked:
            return
        from coach_app.ui.settings_dialog import SettingsDialog  # noqa: PLC0415 - rarely used

        dialog = SettingsDialog(self.context, self.unlock_screen.keyring_store, self)
        dialog.notice.connect(lambda text: self.statusBar().showMessage(text, 10_000))
        dialog.changed.connect(lambda values: self.idle.set_minutes(values["auto_lock_minutes"]))
        dialog.measures_changed.connect(self._measures_changed)
        dialog.exec()

    def _measures_changed(self) -> None:
        # Reference values move bands and "reliable drop" flags; custom metrics rename series.
        # Nothing about one coachee changed, so the views that draw them are asked to reload.
        if not self.context.is_unlocked:
            return
        self.context.signals.coachees_changed.emit()
        cid = self.coachee_page.coachee_id
        if cid:
            self.context.signals.coachee_changed.emit(cid)

    def backup_now(self) -> None:
        """File → Backup now: a verified, encrypted copy, written off the UI thread."""
        if not self.context.is_unlocked:
            return
        from coach_app.vault import backup  # noqa: PLC0415 - only when asked

        vault = self.context.vault
        folder = str(settings_service.get_setting(vault, "backup_folder") or "").strip()
        out = Path(folder).expanduser() / backup.default_backup_name() if folder else None
        self.backup_action.setEnabled(False)
        self.busy_bar.show()
        self.statusBar().showMessage("Backing up…")

        def done(path: Path) -> None:
            self.busy_bar.hide()
            self._update_actions()
            self.statusBar().showMessage(f"Backup written and verified: {path}", 15_000)
            box = QMessageBox(
                QMessageBox.Icon.Information,
                "Backup",
                f"Backup written and verified:\n{path}",
                QMessageBox.StandardButton.Ok,
                self,
            )
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.open()

        def failed(exc: BaseException) -> None:
            self.busy_bar.hide()
            self._update_actions()
            self.statusBar().clearMessage()
            if isinstance(exc, CoachAppError):
                if self.context.is_unlocked:
                    show_error(self, exc)
            else:
                raise exc

        run_in_background(lambda: backup.create_backup(vault, out), done, failed, self)

    # ---- window -----------------------------------------------------------------------------

    def set_demo(self, passphrase: str) -> None:
        """Say in the title and the status bar that this is a throwaway demo vault."""
        self.context.demo = True
        self.setWindowTitle(f"{APP_TITLE} — demo vault — passphrase: {passphrase}")
        self.demo_badge.setText(f" demo vault — passphrase: {passphrase} ")
        self.demo_badge.show()

    def start_demo(self, make: Callable[[], Vault], passphrase: str) -> None:
        """Build the demo vault off the UI thread (``make``), then open it."""
        self.set_demo(passphrase)
        self.unlock_screen.show_busy("Preparing a demo vault with sample coachees…")

        def failed(exc: BaseException) -> None:
            self.unlock_screen.reset(str(exc))

        run_in_background(make, self.open_vault, failed, self)

    def _restore_geometry(self) -> None:
        settings = QSettings()
        geometry = settings.value("window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        splitter = settings.value("window/splitter")
        if isinstance(splitter, QByteArray) and not splitter.isEmpty():
            self.splitter.restoreState(splitter)

    def save_geometry(self) -> None:
        """Remember the window's size and place (and nothing about coachees)."""
        settings = QSettings()
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/splitter", self.splitter.saveState())

    def closeEvent(self, event: QCloseEvent) -> None:
        """Quit: save the draft, remember the geometry, lock the vault."""
        editor = self.session_area.editor
        if editor is not None and self.context.is_unlocked and not editor.flush():
            answer = QMessageBox.warning(
                self,
                "Unsaved notes",
                "The last changes to this session could not be saved (the reason is shown in "
                "the editor). Quit anyway and lose them?",
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Discard:
                event.ignore()
                return
        self.save_geometry()
        self.idle.dispose()
        self._lock_keys.dispose()
        if self.context.is_unlocked:
            self.context.lock()
        self.unlock_screen.discard_pending()
        event.accept()
