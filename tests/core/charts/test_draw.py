"""The progress chart drawn into a plain Figure (no Qt, no pyplot): what is and is not drawn."""

from __future__ import annotations

import dataclasses
import io
import subprocess
import sys
from datetime import date, timedelta
from itertools import pairwise

import matplotlib.dates as mdates
import numpy as np
import pytest
from matplotlib.backend_bases import MouseEvent
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.lines import Line2D

from coach_app.charts import (
    EMPTY_TEXT,
    PALETTE_DARK,
    PALETTE_LIGHT,
    draw_progress,
    draw_sparkline,
    series_choices,
)
from coach_app.instruments.definitions import ReferenceValues, get_instrument
from coach_app.services.progress import GoalProgress, ProgressData
from coach_app.services.progress_series import ExperimentMarker, Point, build_series

START = date(2024, 1, 8)
GAP = 60
KNOWN = ReferenceValues(sd=4.0, reliability=0.85, source="test fixture")


def pts(values, step: int = 14, start: date = START, pause_after: int | None = None):
    out = []
    day = start
    for index, value in enumerate(values):
        out.append(Point(day, float(value)))
        day += timedelta(days=step)
        if pause_after is not None and index + 1 == pause_after:
            day += timedelta(days=120)
    return out


def data_with(
    *,
    gse=None,
    confidence=(),
    empowerment=(),
    gas_t=None,
    psych_safety=None,
    markers=(),
) -> ProgressData:
    series = [*confidence, *empowerment, *(s for s in (gse, gas_t, psych_safety) if s)]
    days = [p.date for s in series for p in s.points] + [m.date for m in markers]
    return ProgressData(
        coachee_id="c",
        coachee_name="Test",
        goals=(),
        confidence=tuple(confidence),
        gas_levels=(),
        gas_t=gas_t,
        gse=gse,
        empowerment=tuple(empowerment),
        psych_safety=psych_safety,
        custom=(),
        markers=tuple(markers),
        first_date=min(days) if days else None,
        last_date=max(days) if days else None,
        max_gap_days=GAP,
    )


def gse_series(values, reference: ReferenceValues | None = None, **kw):
    instrument = get_instrument("gse")
    if reference is not None:
        instrument = dataclasses.replace(instrument, reference=reference)
    return build_series("gse", instrument, pts(values, **kw), max_gap_days=GAP)


def figure() -> Figure:
    return Figure(figsize=(10, 8), dpi=72)


def drawn_texts(fig: Figure) -> list[str]:
    """Every text on the figure: its own (legends, key) and its axes' (titles, labels)."""
    texts = [text.get_text() for text in fig.texts]
    for ax in fig.axes:
        texts += [text.get_text() for text in ax.texts]
    return texts


MARKERS = (
    ExperimentMarker(START + timedelta(days=20), "Try A", "It will fail", "It worked", "adopt"),
    ExperimentMarker(START + timedelta(days=50), "Try B", None, None, None),
)


def test_band_patch_only_with_reference_values() -> None:
    fig = figure()
    layout = draw_progress(fig, data_with(gse=gse_series([20, 22, 25])))
    assert layout.bands == {}
    assert not any(patch.get_gid() == "band:gse" for patch in fig.axes[0].patches)

    layout = draw_progress(fig, data_with(gse=gse_series([20, 22, 25], KNOWN)))
    band = layout.bands["gse"]
    assert band in layout.axes["gse"].patches
    low, high = band.get_window_extent().y0, band.get_window_extent().y1
    assert low < high
    assert "within measurement error" in layout.legends["gse"]
    assert "within measurement error" in drawn_texts(fig)


def test_no_band_for_single_ratings_even_with_reference_values() -> None:
    confidence = dataclasses.replace(get_instrument("confidence"), reference=KNOWN)
    series = build_series("confidence", confidence, pts([4, 5, 6]), max_gap_days=GAP)
    layout = draw_progress(figure(), data_with(confidence=[series]))
    assert layout.bands == {}


def test_no_median_line_or_signals_under_five_points() -> None:
    layout = draw_progress(figure(), data_with(gse=gse_series([20, 21, 22, 23])))
    assert layout.medians == {}
    assert layout.slopes == {}
    assert layout.signals == {}
    assert "gse" in layout.baselines


def test_median_signals_and_descriptive_slope_from_five_points() -> None:
    fig = figure()
    layout = draw_progress(fig, data_with(gse=gse_series([20, 21, 22, 23, 24])))
    assert "gse" in layout.medians
    slope = layout.slopes["gse"]
    assert slope.get_linestyle() == "--"
    (trend,) = layout.signals["gse"]
    assert trend.get_linestyle() == "None"  # ringed points, never a joining line
    assert len(trend.get_xdata()) == 5
    for entry in ("slope, descriptive", "median (≥ 5 points)"):
        assert entry in layout.key
        assert entry in drawn_texts(fig)


def test_baseline_is_a_line_at_the_first_score() -> None:
    layout = draw_progress(figure(), data_with(gse=gse_series([27, 21, 22])))
    assert list(layout.baselines["gse"].get_ydata()) == [27.0, 27.0]


def test_no_line_segment_spans_a_gap() -> None:
    series = gse_series([20, 21, 22, 30, 31], pause_after=3)
    assert len(series.segments) == 2
    layout = draw_progress(figure(), data_with(gse=series))
    lines = layout.lines["gse"]
    assert [len(line.get_xdata()) for line in lines] == [3, 2]
    for line in lines:
        xs = list(line.get_xdata())
        assert all(later - earlier <= GAP for earlier, later in pairwise(xs))
    # And no other solid line on the panel joins the last point before and first after the gap.
    before, after = mdates.date2num(series.points[2].date), mdates.date2num(series.points[3].date)
    for line in layout.axes["gse"].get_lines():
        if line.get_linestyle() != "-":
            continue
        xs = list(line.get_xdata())
        assert not any(a <= before and b >= after for a, b in pairwise(xs))


def test_experiment_markers_are_drawn_and_hit_tested() -> None:
    fig = figure()
    layout = draw_progress(fig, data_with(gse=gse_series([20, 22]), markers=MARKERS))
    assert [marker for _artist, marker in layout.markers] == list(MARKERS)
    _artist, marker = layout.markers[0]
    x, y = layout.marker_position(0)
    event = MouseEvent("motion_notify_event", fig.canvas, x, y)
    assert layout.marker_at(event) == marker
    far = MouseEvent("motion_notify_event", fig.canvas, x, y + 200)
    assert layout.marker_at(far) is None


def test_markers_of_one_decision_share_an_artist_and_are_told_apart() -> None:
    days = [START + timedelta(days=d) for d in (20, 50, 80, 80, 110)]
    markers = [
        ExperimentMarker(day, f"Try {n}", f"P{n}", f"L{n}", "adopt" if n != 2 else None)
        for n, day in enumerate(days)
    ]
    fig = figure()
    layout = draw_progress(fig, data_with(gse=gse_series([20, 22, 25]), markers=markers))
    assert len({id(artist) for artist, _marker in layout.markers}) == 2  # adopt, undecided
    assert [marker for _artist, marker in layout.markers] == markers
    for number, marker in enumerate(markers):
        x, y = layout.marker_position(number)
        event = MouseEvent("motion_notify_event", fig.canvas, x, y)
        assert layout.marker_at(event) == marker  # two on one day are stacked, not hidden


def test_hiding_the_markers_and_series() -> None:
    data = data_with(gse=gse_series([20, 22]), empowerment=[], markers=MARKERS)
    layout = draw_progress(figure(), data, visible={"gse"})
    assert layout.markers == []
    assert "experiments" not in layout.axes
    layout = draw_progress(figure(), data, visible={"experiments"})
    assert layout.empty  # markers alone are not a chart


def test_empowerment_subscales_get_their_own_axis_and_lines() -> None:
    instrument = get_instrument("empowerment")
    subscales = [
        build_series(f"empowerment:{sub.key}", instrument, pts([3, 4]), subscale=sub.key)
        for sub in instrument.subscales
    ]
    layout = draw_progress(figure(), data_with(gse=gse_series([20, 22]), empowerment=subscales))
    assert layout.axes["empowerment"] is not layout.axes["gse"]
    assert layout.axes["gse"].get_ylim() == (9, 41)
    assert layout.axes["empowerment"].get_ylim() == pytest.approx((0.8, 7.2))
    assert len([key for key in layout.lines if key.startswith("empowerment:")]) == 4
    names = ["Meaning", "Competence", "Self-determination", "Impact"]
    assert layout.legends["empowerment"] == names
    assert set(names) <= set(drawn_texts(layout.axes["gse"].figure))


def test_gas_t_score_has_the_as_expected_line() -> None:
    gas = build_series("gas:t", get_instrument("gas"), pts([40, 50, 60]), name="GAS T-score")
    layout = draw_progress(figure(), data_with(gas_t=gas))
    line = layout.reference_lines["goals"]
    assert list(line.get_ydata()) == [50.0, 50.0]
    twin = layout.twin_axes["goals"]
    assert any("as expected" in text.get_text() for text in twin.texts)
    # T = 50 sits exactly where level 0 sits on the left axis.
    left = layout.axes["goals"]
    zero = left.transData.transform((0, 0))[1]
    fifty = twin.transData.transform((0, 50))[1]
    assert zero == pytest.approx(fifty)


def test_context_panel_is_labelled_as_team_climate() -> None:
    safety = build_series("psych_safety", get_instrument("psych_safety"), pts([4, 5]))
    layout = draw_progress(figure(), data_with(psych_safety=safety))
    title = layout.axes["context"].get_title(loc="left")
    assert "team climate as the coachee sees it" in title


def test_each_panel_carries_the_honesty_caption() -> None:
    layout = draw_progress(figure(), data_with(gse=gse_series([20, 22, 25])))
    assert layout.captions["gse"] == "self-reported · 3 points · 2024-01-08 – 2024-02-05 · GSE v1"
    texts = [t.get_text() for t in layout.axes["gse"].texts]
    assert layout.captions["gse"] in texts


def test_date_range_sets_the_axis_and_says_how_many_points_are_in_view() -> None:
    series = gse_series([20, 21, 22, 23])
    view = (START + timedelta(days=10), START + timedelta(days=60))
    layout = draw_progress(figure(), data_with(gse=series), date_range=view)
    low, high = layout.axes["gse"].get_xlim()
    assert low <= mdates.date2num(view[0]) and high >= mdates.date2num(view[1])
    assert high - low < 80
    assert layout.captions["gse"].endswith("· 3 in view")


def test_empty_state_when_there_is_nothing_to_draw() -> None:
    fig = figure()
    layout = draw_progress(fig, data_with())
    assert layout.empty
    assert [t.get_text() for t in layout.axes["empty"].texts] == [EMPTY_TEXT]


def test_no_clinical_cut_off_lines() -> None:
    layout = draw_progress(figure(), data_with(gse=gse_series([20, 21, 22, 23, 24, 25])))
    horizontal = [
        line
        for line in layout.axes["gse"].get_lines()
        if len(set(line.get_ydata())) == 1 and line not in layout.lines["gse"]
    ]
    # Only the baseline is a flat line (the median is a LineCollection): nothing else.
    assert horizontal == [layout.baselines["gse"]]


def test_dark_background_uses_the_dark_palette() -> None:
    series = gse_series([20, 22])
    light = draw_progress(figure(), data_with(gse=series))
    dark = draw_progress(figure(), data_with(gse=series), fg="#eeeeee", bg="#202020")
    assert light.lines["gse"][0].get_color() == PALETTE_LIGHT[0]
    assert dark.lines["gse"][0].get_color() == PALETTE_DARK[0]
    assert dark.axes["gse"].get_facecolor()[:3] == pytest.approx((0x20 / 255,) * 3)


def test_every_panel_shows_the_background_it_was_given() -> None:
    """Inside each panel, the plot area is the background colour (the goals panel's twin
    axis too: matplotlib shows the lowest twin's background, whatever the other says)."""
    gas = build_series("gas:t", get_instrument("gas"), pts([40, 50, 60]), name="GAS T-score")
    fig = figure()
    layout = draw_progress(
        fig, data_with(gse=gse_series([20, 22]), gas_t=gas), fg="#eeeeee", bg="#202020"
    )
    canvas = FigureCanvasAgg(fig)
    canvas.draw()  # type: ignore[no-untyped-call]
    pixels = np.asarray(canvas.buffer_rgba())[..., :3].astype(int)  # type: ignore[no-untyped-call]
    assert {"goals", "gse"} <= set(layout.axes)
    for key, ax in layout.axes.items():
        box = ax.get_window_extent()
        inside = pixels[
            int(fig.bbox.height - box.y1) + 2 : int(fig.bbox.height - box.y0) - 2,
            int(box.x0) + 2 : int(box.x1) - 2,
        ].reshape(-1, 3)
        # Most of a panel is empty: the commonest colour there is the background.
        colours, counts = np.unique(inside, axis=0, return_counts=True)
        assert tuple(colours[counts.argmax()]) == (0x20, 0x20, 0x20), key


def test_series_choices_list_every_series_and_the_markers() -> None:
    data = data_with(gse=gse_series([20, 22]), markers=MARKERS)
    assert [(c.key, c.name) for c in series_choices(data)] == [
        ("gse", "GSE"),
        ("experiments", "Experiments"),
    ]


@pytest.mark.parametrize("fmt, magic", [("png", b"\x89PNG"), ("svg", b"<?xml"), ("pdf", b"%PDF")])
def test_savefig_to_memory(fmt: str, magic: bytes) -> None:
    fig = figure()
    draw_progress(fig, data_with(gse=gse_series([20, 22, 25]), markers=MARKERS))
    buffer = io.BytesIO()
    fig.savefig(buffer, format=fmt)
    assert buffer.getvalue().startswith(magic)


def test_sparkline_draws_a_line_and_marks_the_last_point() -> None:
    fig = Figure(figsize=(1, 0.3))
    ax = fig.add_axes((0, 0, 1, 1))
    line, last = draw_sparkline(ax, [3, 4, 6])
    assert isinstance(line, Line2D)
    assert list(line.get_ydata()) == [3, 4, 6]
    assert list(last.get_xdata()) == [2]
    assert draw_sparkline(ax, []) == []


def test_drawing_needs_neither_pyplot_nor_qt() -> None:
    code = (
        "import sys, io\n"
        "from matplotlib.figure import Figure\n"
        "import coach_app.charts.draw, coach_app.services.report\n"
        "assert 'matplotlib.pyplot' not in sys.modules\n"
        "assert not any(m.startswith('PySide6') for m in sys.modules)\n"
        "assert not any(m.startswith('matplotlib.backends.backend_qt') for m in sys.modules)\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_a_dense_series_keeps_every_point_and_marks_every_nth() -> None:
    series = gse_series([20 + (i % 7) for i in range(400)], step=1)
    layout = draw_progress(figure(), data_with(gse=series))
    (line,) = layout.lines["gse"]
    assert len(line.get_xdata()) == 400  # thinned markers, never thinned data
    assert isinstance(line.get_markevery(), int) and line.get_markevery() > 1
    weeks = (START + timedelta(days=100), START + timedelta(days=121))
    zoomed = draw_progress(figure(), data_with(gse=series), date_range=weeks)
    assert zoomed.lines["gse"][0].get_markevery() is None  # few in view: every point marked


def test_a_goal_is_named_once_with_one_colour_and_marker_in_every_panel() -> None:
    goals = tuple(
        GoalProgress(gid, f"Goal {gid}", 1, "active", {}, None, None, None, True, True)
        for gid in ("g1", "g2")
    )
    confidence = [
        build_series(f"confidence:{gid}", get_instrument("confidence"), pts([4, 5]), name=gid)
        for gid in ("g1", "g2")
    ]
    levels = [
        build_series(f"gas:{gid}", get_instrument("gas"), pts([-1, 0]), name=gid, scale=(-2, 2))
        for gid in ("g2",)  # only the second goal has levels: it must keep its own style
    ]
    data = dataclasses.replace(
        data_with(confidence=confidence),
        goals=goals,
        gas_levels=tuple(levels),
        goal_of_series={"confidence:g1": "g1", "confidence:g2": "g2", "gas:g2": "g2"},
    )
    fig = figure()
    layout = draw_progress(fig, data)
    assert layout.legends["confidence"] == ["g1", "g2"]
    assert "goals" not in layout.legends  # named above, in the same colour and shape
    (conf,) = layout.lines["confidence:g2"]
    (gas,) = layout.lines["gas:g2"]
    assert (gas.get_color(), gas.get_marker()) == (conf.get_color(), conf.get_marker())
    hidden = draw_progress(figure(), data, visible={"gas:g2"})
    assert hidden.legends["goals"] == ["g2"]  # without the confidence panel it names the goal
