"""The progress chart's calm default and its reading aids: focus on one series, the data
table with its CSV copy, the mouse wheel, dated panels and names that are never cut."""

# Fixtures are imported by name and injected by pytest as same-named parameters.
# ruff: noqa: F811

from __future__ import annotations

import csv
import io

import pytest
from matplotlib.backend_bases import MouseEvent
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QGuiApplication, QWheelEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from coach_app.charts import SeriesChoice
from coach_app.ui.clipboard import clipboard_guard, is_marked_sensitive
from coach_app.ui.context import AppContext
from coach_app.ui.progress_chart import ProgressChartWidget
from coach_app.ui.progress_series_list import SeriesList
from tests.helpers.progress_fixture import History
from tests.ui.fixtures_review import context, history  # noqa: F401 - fixtures


@pytest.fixture
def chart(qtbot: QtBot, context: AppContext, history: History) -> ProgressChartWidget:
    widget = ProgressChartWidget(context)
    qtbot.addWidget(widget)
    widget.resize(1100, 800)
    widget.show()
    with qtbot.waitSignal(widget.loaded, timeout=10_000):
        widget.show_coachee(history.ada)
    widget.canvas.draw()
    return widget


def click(chart: ProgressChartWidget, x: float, y: float) -> None:
    event = MouseEvent("button_press_event", chart.canvas, x, y, button=1)
    chart.canvas.callbacks.process("button_press_event", event)
    chart.canvas.draw()


def legend_entry(chart: ProgressChartWidget, key: str) -> tuple[float, float]:
    assert chart.layout_info is not None
    (text,) = [text for text, series in chart.layout_info.legend_texts if series == key]
    box = text.get_window_extent()
    return box.x0 + 3, (box.y0 + box.y1) / 2


def reference_keys(chart: ProgressChartWidget) -> set[str]:
    info = chart.layout_info
    assert info is not None
    return {*info.baselines, *info.medians, *info.slopes, *info.signals}


def test_the_default_view_draws_no_reference_lines(chart: ProgressChartWidget) -> None:
    assert chart.layout_info is not None and len(chart.layout_info.lines) > 1
    assert chart.focus == frozenset()
    assert reference_keys(chart) == set()


def test_clicking_a_legend_entry_focuses_its_series_and_again_lets_go(
    chart: ProgressChartWidget,
) -> None:
    assert chart.layout_info is not None
    key = next(series for _text, series in chart.layout_info.legend_texts)
    click(chart, *legend_entry(chart, key))
    assert chart.focus == {key}
    assert key in chart.layout_info.baselines
    assert reference_keys(chart) <= {key}  # the others have none
    assert chart.series_list.focus_combo.currentData() == key
    click(chart, *legend_entry(chart, key))
    assert chart.focus == frozenset()
    assert reference_keys(chart) == set()


def test_clicking_a_line_focuses_its_series(chart: ProgressChartWidget) -> None:
    assert chart.layout_info is not None
    line = chart.layout_info.lines["gse"][0]
    x, y = line.get_transform().transform((line.get_xdata()[1], line.get_ydata()[1]))
    click(chart, x, y)
    assert chart.focus == {"gse"}
    assert set(chart.layout_info.medians) <= {"gse"} and "gse" in chart.layout_info.baselines


def test_choosing_a_series_in_the_list_focuses_it(chart: ProgressChartWidget) -> None:
    combo = chart.series_list.focus_combo
    index = combo.findData("gse")
    assert index > 0
    combo.setCurrentIndex(index)
    combo.activated.emit(index)
    assert chart.focus == {"gse"}
    assert chart.layout_info is not None and set(chart.layout_info.baselines) == {"gse"}
    combo.activated.emit(0)  # "None"
    assert reference_keys(chart) == set()


def test_every_panel_has_its_own_date_labels(chart: ProgressChartWidget) -> None:
    info = chart.layout_info
    assert info is not None
    for key, ax in info.axes.items():
        assert info.date_labels[key], key
        assert [c for c in ax.collections if c.get_gid() == f"dates:{key}"], key


def test_the_table_lists_every_point_and_copies_as_csv(
    qtbot: QtBot, chart: ProgressChartWidget
) -> None:
    assert chart.data is not None
    chart.table_toggle.click()
    assert chart.views.currentWidget() is chart.table
    assert chart.table.isVisibleTo(chart) and not chart.chart_area.isVisibleTo(chart)
    model = chart.table.model
    assert model.rowCount() == sum(len(series.points) for series in chart.data.series)
    gse = chart.data.gse
    assert gse is not None
    rows = [r for r in model.rows() if r.series == gse.name]
    assert [(r.day, r.value) for r in rows] == [(p.date, p.value) for p in gse.points]

    chart.table.copy_button.click()
    copied = QGuiApplication.clipboard().text()
    assert copied == chart.table.csv()
    assert is_marked_sensitive(QGuiApplication.clipboard().mimeData())
    assert clipboard_guard().is_armed  # cleared again after the timeout
    parsed = list(csv.reader(io.StringIO(copied)))
    assert parsed[0] == ["Panel", "Series", "Date", "Value", "Instrument"]
    assert len(parsed) == model.rowCount() + 1
    first = gse.points[0]
    assert [gse.name, first.date.isoformat(), f"{first.value:.6g}"] in [row[1:4] for row in parsed]
    clipboard_guard().expire()
    chart.table_toggle.click()
    assert chart.views.currentWidget() is chart.chart_area


def test_a_wheel_over_the_chart_scrolls_the_panels(
    qtbot: QtBot, chart: ProgressChartWidget
) -> None:
    chart.resize(1100, 420)  # shorter than the panels: the chart scrolls
    bar = chart.chart_area.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    assert bar.value() == 0
    centre = QPointF(chart.canvas.width() / 2, 50)
    event = QWheelEvent(
        centre,
        QPointF(chart.canvas.mapToGlobal(QPoint(int(centre.x()), 50))),
        QPoint(0, 0),
        QPoint(0, -120),  # one notch down
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(chart.canvas, event)
    assert bar.value() > 0


def test_a_long_name_is_never_cut_in_the_list(qtbot: QtBot) -> None:
    name = "Speak up in the leadership team before the decisions are taken, not after"
    series_list = SeriesList()
    qtbot.addWidget(series_list)
    series_list.rebuild([SeriesChoice("confidence:x", name, "Confidence", "confidence")], set())
    check = series_list.checks["confidence:x"]
    assert " ".join(check.text().split()) == name  # wrapped onto lines, every word kept
    assert "…" not in check.text()
    assert check.toolTip() == name
    combo = series_list.focus_combo
    assert combo.itemData(1, Qt.ItemDataRole.ToolTipRole) == name
