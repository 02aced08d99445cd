"""A coachee's Overview tab: profile, goals with their GAS levels, open experiments, ratings.

Every section is rich text built here from frozen records; every bit of coachee data goes
through ``html.escape`` first, so a note can never turn into markup. Links in the goals and
experiments sections (``goal:<id>``, ``add-goal``, ``experiment:<id>``) are handed to the
``on_link`` callback; the page decides what they open.

Rich text cannot refer to the palette, so the overdue red (``theme.error_colour``) is written
into the experiments' HTML; a palette change (the system turned dark or light) writes that
section again with the red of the new scheme.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Iterable
from datetime import date

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from coach_app.services.records import (
    CoacheeProfile,
    ExperimentRecord,
    GoalRecord,
    MeasurementRecord,
)
from coach_app.ui import theme
from coach_app.ui.coachee_dialogs import coachee_status_names, gas_meanings
from coach_app.ui.models import format_date


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


def status_name(status: str) -> str:
    """A coachee status as the coach reads it."""
    return coachee_status_names().get(status, status)


def instrument_name(key: str) -> str:
    """The short name of a measure, or a readable form of a custom metric's key."""
    try:
        from coach_app.instruments.definitions import get_instrument  # noqa: PLC0415

        instrument = get_instrument(key)
    except (KeyError, ImportError, ValueError):
        return key.removeprefix("custom:").replace("-", " ").capitalize()
    return instrument.short_name or instrument.name


class OverviewTab(QScrollArea):
    """Profile, goals with their GAS levels, open experiments and the latest ratings.

    ``assess_button`` (beside "Latest ratings") gets its menu of measures from the page.
    """

    def __init__(self, on_link: Callable[[str], None]) -> None:
        super().__init__()
        self.setWidgetResizable(True)
        self.setAccessibleName(self.tr("Overview"))
        # What the experiments section shows, to write it again in a new scheme's red.
        self._experiments: tuple[list[ExperimentRecord], date] | None = None
        body = QWidget()
        self.profile = _rich([])
        self.goals = _rich([])
        self.experiments = _rich([])
        self.ratings = _rich([])
        self.assess_button = QPushButton(self.tr("Add assessment"))
        self.assess_button.setAccessibleName(self.tr("Add assessment"))
        self.assess_button.setToolTip(self.tr("Record a rating or questionnaire for this coachee"))
        self.goals.linkActivated.connect(on_link)
        self.experiments.linkActivated.connect(on_link)
        titles = (
            self.tr("Profile"),
            self.tr("Goals"),
            self.tr("Open experiments"),
            self.tr("Latest ratings"),
        )
        sections = (self.profile, self.goals, self.experiments, self.ratings)
        for label, name in zip(sections, titles, strict=True):
            label.setAccessibleName(name)
        columns = QHBoxLayout(body)
        left = QVBoxLayout()
        right = QVBoxLayout()
        left.addWidget(_section(titles[0]))
        left.addWidget(self.profile)
        left.addWidget(_section(titles[1]))
        left.addWidget(self.goals)
        left.addStretch(1)
        right.addWidget(_section(titles[2]))
        right.addWidget(self.experiments)
        ratings_head = QHBoxLayout()
        ratings_head.addWidget(_section(titles[3]))
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
        """Empty every section (on lock), keeping no record either."""
        self._experiments = None
        for label in (self.profile, self.goals, self.experiments, self.ratings):
            label.clear()

    def changeEvent(self, event: QEvent) -> None:
        """Write the experiments again in the red of a new palette (light or dark scheme)."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and self._experiments is not None:
            self.show_experiments(*self._experiments)

    def show_profile(self, p: CoacheeProfile) -> None:
        """Fill the profile section."""
        rows = [
            (self.tr("Role"), p.role),
            (self.tr("Organisation"), p.organisation),
            (self.tr("Team"), p.team),
            (self.tr("Programme"), p.programme),
            (self.tr("Started"), format_date(p.started_on)),
            (self.tr("Status"), status_name(p.status)),
            (self.tr("E-mail"), p.email),
            (self.tr("Tags"), ", ".join(p.tags)),
            (self.tr("Consent recorded"), format_date(p.consent_recorded_on)),
        ]
        cells = "".join(
            f"<tr><td style='padding-right:12px'><b>{_e(k)}</b></td><td>{_e(v)}</td></tr>"
            for k, v in rows
            if v
        )
        focus = ""
        if p.focus.strip():
            focus = f"<p><b>{_e(self.tr('Focus'))}</b><br>{_e(p.focus)}</p>"
        self.profile.setText(f"<table>{cells}</table>{focus}")

    def show_goals(self, goals: list[GoalRecord]) -> None:
        """Fill the goals section, each with its weight and GAS level descriptions."""
        if not goals:
            self.goals.setText(
                self.tr(
                    "<p>No goals yet. <a href='add-goal'>Add a goal</a> (Coachee → Add goal).</p>"
                )
            )
            return
        parts: list[str] = []
        edit = _e(self.tr("Edit"))
        meanings = gas_meanings()
        for goal in goals:
            status = "" if goal.status == "active" else f" ({_e(goal.status)})"
            weight = _e(self.tr("weight {weight}").format(weight=goal.weight))
            parts.append(
                f"<p><b>{_e(goal.title)}</b>{status} · {weight} · "
                f"<a href='goal:{_e(goal.id)}'>{edit}</a>"
            )
            if goal.description.strip():
                parts.append(f"<br>{_e(goal.description)}")
            levels = [
                f"<tr><td style='padding-right:8px'>{sign}</td><td>{_e(goal.gas_levels[key])}"
                f" <i>({_e(meaning)})</i></td></tr>"
                for key, sign, meaning in meanings
                if goal.gas_levels.get(key, "").strip()
            ]
            parts.append("</p>")
            if levels:
                parts.append(f"<table>{''.join(levels)}</table>")
        self.goals.setText("".join(parts))

    def show_experiments(self, rows: list[ExperimentRecord], today: date) -> None:
        """Fill the open experiments section (overdue ones in red)."""
        open_rows = [r for r in rows if r.is_open]
        self._experiments = (open_rows, today)
        if not open_rows:
            self.experiments.setText(f"<p>{_e(self.tr('No open experiments.'))}</p>")
            return
        red = theme.error_colour(self.palette()).name()
        items = []
        for r in open_rows:
            due = ""
            if r.due_on:
                day = format_date(r.due_on)
                due = _e(self.tr(" — due {date}").format(date=day))
                if r.is_overdue(today):
                    overdue = _e(self.tr("overdue since {date}").format(date=day))
                    due = f" — <span style='color:{red}'>{overdue}</span>"
            items.append(f"<li><a href='experiment:{_e(r.id)}'>{_e(r.title)}</a>{due}</li>")
        self.experiments.setText(f"<ul style='margin-left:-20px'>{''.join(items)}</ul>")

    def show_ratings(self, rows: list[MeasurementRecord], goals: list[GoalRecord]) -> None:
        """Fill the latest value of every instrument (per goal where it has one)."""
        latest: dict[tuple[str, str | None], MeasurementRecord] = {}
        for m in rows:  # oldest first, so later ones win
            latest[(m.instrument, m.goal_id)] = m
        if not latest:
            self.ratings.setText(f"<p>{_e(self.tr('No ratings yet.'))}</p>")
            return
        titles = {g.id: g.title for g in goals}
        items = []
        for (instrument, goal_id), m in sorted(latest.items(), key=lambda kv: kv[0][0]):
            name = instrument_name(instrument)
            if goal_id and goal_id in titles:
                name = f"{name} — {titles[goal_id]}"
            items.append(
                f"<tr><td style='padding-right:12px'>{_e(name)}</td>"
                f"<td align='right'><b>{round(m.value, 2):g}</b></td>"
                f"<td style='padding-left:12px'>{_e(format_date(m.taken_on))}</td></tr>"
            )
        self.ratings.setText(f"<table>{''.join(items)}</table>")
