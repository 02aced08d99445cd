"""Which panels a progress chart has, which series each holds, and what its caption says.

Pure planning over :class:`~coach_app.services.progress.ProgressData`: no artist is made here,
so the widget can list the series a coach may switch on or off without drawing anything.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Final

from coach_app.i18n import N_, _, ngettext
from coach_app.services.progress_series import Series

if TYPE_CHECKING:
    # Only the type: charts draw the data they are given and never call a service.
    from coach_app.services.progress import ProgressData

#: The key of the experiment markers in ``visible`` and in a :class:`SeriesChoice`.
EXPERIMENTS_KEY: Final = "experiments"
#: The panel name of the experiment markers (marked for translation; see SeriesChoice.panel).
EXPERIMENTS_PANEL: Final = N_("Time axis")
SEPARATOR: Final = " · "  # between the parts of a caption (see progress_series.caption)


@dataclass(frozen=True)
class SeriesChoice:
    """A series the viewer can switch on or off (the widget's check-boxes).

    Attributes:
        key: the series key (``EXPERIMENTS_KEY`` for the markers).
        name: the series name, for the check-box.
        panel: the panel title in the current language, for grouping the check-boxes.
        panel_key: the panel's stable key (``"gse"``, ``"goals"``, ``EXPERIMENTS_KEY``...),
            to compare panels whatever the language.
    """

    key: str
    name: str
    panel: str
    panel_key: str = ""


@dataclass(frozen=True)
class Panel:
    """One panel of the chart: its series, its value range and how its axis is labelled."""

    key: str
    title: str
    series: tuple[Series, ...]
    ylim: tuple[float, float]
    twin: Series | None = None
    context: bool = False
    yticks: tuple[float, ...] | None = None  # gridlines; None: about five round values
    labelled: tuple[float, ...] | None = None  # the gridlines with a value label; None: all
    named: bool = False  # the title names the panel's one series, so its legend needn't

    @property
    def shown(self) -> tuple[Series, ...]:
        """The panel's series and, last, the series on its right-hand axis."""
        return (*self.series, *((self.twin,) if self.twin is not None else ()))


def plan_panels(data: ProgressData) -> list[Panel]:
    """The panels the data could fill, in order (before visibility is applied)."""
    panels: list[Panel] = []
    if data.confidence:
        panels.append(
            Panel(
                "confidence",
                _("Confidence (0–10)"),
                data.confidence,
                (-0.4, 10.4),
                yticks=(0, 2, 4, 6, 8, 10),
            )
        )
    if data.gas_levels or data.gas_t is not None:
        panels.append(
            Panel(
                "goals",
                _("Goal attainment (GAS)"),
                data.gas_levels,
                (-2.5, 2.5),
                twin=data.gas_t,
            )
        )
    if data.gse is not None:
        panels.append(
            Panel(
                "gse",
                _("General self-efficacy (GSE, 10–40)"),
                (data.gse,),
                (9, 41),
                yticks=(10, 20, 30, 40),
                named=True,
            )
        )
    if data.empowerment:
        panels.append(
            Panel(
                "empowerment",
                _("Empowerment subscales (1–7)"),
                data.empowerment,
                (0.8, 7.2),
                yticks=(1, 2, 3, 4, 5, 6, 7),
                labelled=(1, 4, 7),
            )
        )
    if data.checkin:
        panels.append(
            Panel(
                "empowerment_checkin",
                _("Check-in (0–10, not a validated scale)"),
                data.checkin,
                (-0.4, 10.4),
                yticks=(0, 2, 4, 6, 8, 10),
            )
        )
    for series in data.custom:
        low, high = series.scale or _value_range(series)
        pad = (high - low) * 0.04 or 0.5
        panels.append(
            Panel(
                series.key,
                _("{name} ({low}–{high})").format(
                    name=series.name, low=f"{low:g}", high=f"{high:g}"
                ),
                (series,),
                (low - pad, high + pad),
                named=True,
            )
        )
    if data.psych_safety is not None:
        label = data.psych_safety.context_label or _("team climate as the coachee sees it")
        panels.append(
            Panel(
                "context",
                _("Context: {label} (1–7)").format(label=label),
                (data.psych_safety,),
                (0.8, 7.2),
                context=True,
                yticks=(1, 4, 7),
                named=True,
            )
        )
    return panels


def visible_panels(data: ProgressData, visible: set[str] | None) -> list[Panel]:
    """The panels with at least one series in ``visible`` (None: every series), trimmed to it."""
    panels: list[Panel] = []
    for panel in plan_panels(data):
        series = tuple(s for s in panel.series if is_shown(s.key, visible))
        twin = panel.twin if panel.twin is not None and is_shown(panel.twin.key, visible) else None
        if series or twin is not None:
            panels.append(dataclasses.replace(panel, series=series, twin=twin))
    return panels


def _value_range(series: Series) -> tuple[float, float]:
    values = [point.value for point in series.points] or [0.0, 1.0]
    low, high = min(values), max(values)
    return (low, high) if high > low else (low - 1, high + 1)


def series_choices(data: ProgressData) -> list[SeriesChoice]:
    """Every series that can be switched on or off, plus the experiment markers."""
    choices: list[SeriesChoice] = []
    for panel in plan_panels(data):
        for series in panel.shown:
            choices.append(SeriesChoice(series.key, series.name, panel.title, panel.key))
    if data.markers:
        choices.append(
            SeriesChoice(EXPERIMENTS_KEY, _("Experiments"), _(EXPERIMENTS_PANEL), EXPERIMENTS_KEY)
        )
    return choices


def focus_keys(data: ProgressData, visible: set[str] | None, chosen: str | None) -> frozenset[str]:
    """The series whose baseline, median, slope and signals a chart on screen draws.

    The one the coach chose (by clicking it or its name) while it is shown; with no choice,
    the only series when just one is shown; otherwise none, so the default view is calm.
    """
    shown = [series.key for panel in visible_panels(data, visible) for series in panel.shown]
    if chosen is not None and chosen in shown:
        return frozenset({chosen})
    if len(shown) == 1:
        return frozenset(shown)
    return frozenset()


def is_shown(key: str, visible: set[str] | None) -> bool:
    """True when the series (or the markers) with ``key`` are to be drawn."""
    return visible is None or key in visible


def caption(series_list: Sequence[Series], x_range: tuple[date, date] | None) -> str:
    """The honesty caption of a panel: one series' label, or a summary of several.

    With ``x_range`` (the period the coach chose), it says how many points are in view when
    some of them are not.
    """
    if len(series_list) == 1:
        text = series_list[0].label
    else:
        points = [p for s in series_list for p in s.points]
        # A label always ends with "<short name> v<version>" (see progress_series.caption).
        versions = sorted({s.label.rsplit(SEPARATOR, 1)[-1] for s in series_list})
        count = ngettext("{n} point", "{n} points", len(points)).format(n=len(points))
        parts = [_("self-reported"), count]
        if points:
            first = min(p.date for p in points).isoformat()
            last = max(p.date for p in points).isoformat()
            parts.append(first if first == last else f"{first} – {last}")
        text = SEPARATOR.join([*parts, *versions])
    if x_range is not None:
        total = sum(len(s.points) for s in series_list)
        inside = sum(1 for s in series_list for p in s.points if x_range[0] <= p.date <= x_range[1])
        if inside != total:
            text += SEPARATOR + ngettext("{n} in view", "{n} in view", inside).format(n=inside)
    return text
