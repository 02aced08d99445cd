"""The calm default of the chart: reference lines for the series in focus only, every panel
dated on its own, names never cut, and the axes of a figure reused from draw to draw."""

from __future__ import annotations

from datetime import timedelta

from matplotlib.backend_bases import MouseEvent
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.text import Text

from coach_app.charts import draw_progress
from coach_app.charts.legend import wrap, wrap_after
from coach_app.charts.plan import focus_keys
from coach_app.instruments.definitions import get_instrument
from coach_app.services.progress_series import build_series
from tests.core.charts.test_draw import GAP, KNOWN, data_with, gse_series, pts

LONG = "Speak up in the management team before decisions are taken, not afterwards in the hall"


def confidence(key: str, name: str, values: list[int]):
    return build_series(
        f"confidence:{key}", get_instrument("confidence"), pts(values), name=name, max_gap_days=GAP
    )


def three_series():
    return data_with(
        gse=gse_series([20, 21, 22, 23, 24, 25], KNOWN),
        confidence=[
            confidence("a", LONG, [4, 5, 6, 5, 6, 7]),
            confidence("b", "Delegate", [3, 3, 4, 5, 6, 6]),
        ],
    )


def drawn(fig: Figure):
    canvas = FigureCanvasAgg(fig)
    canvas.draw()
    return canvas


def test_nothing_in_focus_draws_the_series_and_points_only() -> None:
    data = three_series()
    assert focus_keys(data, None, None) == frozenset()
    layout = draw_progress(Figure(figsize=(10, 9)), data, focus=focus_keys(data, None, None))
    assert set(layout.lines) == {"gse", "confidence:a", "confidence:b"}
    assert layout.baselines == layout.medians == layout.slopes == layout.signals == {}
    # The band is a claim about the scores (stored reference values), not a reference line.
    assert "gse" in layout.bands
    assert any("Click a series" in text for text in layout.key)


def test_the_series_in_focus_alone_gets_its_reference_lines() -> None:
    data = three_series()
    focus = focus_keys(data, None, "confidence:b")
    assert focus == {"confidence:b"}
    layout = draw_progress(Figure(figsize=(10, 9)), data, focus=focus)
    assert set(layout.baselines) == set(layout.medians) == set(layout.slopes) == {"confidence:b"}
    assert set(layout.signals) == {"confidence:b"}
    assert "median (≥ 5 points)" in layout.key
    assert not any("Click a series" in text for text in layout.key)
    # The others are drawn lighter, so the one in focus stands out.
    other = layout.lines["confidence:a"][0].get_alpha()
    assert other is not None and other < 1
    assert layout.lines["confidence:b"][0].get_alpha() == 1


def test_a_focus_on_a_hidden_series_falls_back_and_a_single_series_is_in_focus() -> None:
    data = three_series()
    assert focus_keys(data, {"gse"}, "confidence:b") == {"gse"}  # the only one shown
    assert focus_keys(data, {"gse", "confidence:a"}, "confidence:b") == frozenset()


def test_drawing_without_focus_keeps_every_reference_line() -> None:
    # What the PDF report draws: None means every series, as before.
    layout = draw_progress(Figure(figsize=(10, 9)), three_series())
    assert set(layout.medians) == {"gse", "confidence:a", "confidence:b"}


def test_a_click_on_a_legend_name_or_a_line_finds_its_series() -> None:
    data = three_series()
    fig = Figure(figsize=(10, 9), dpi=72)
    layout = draw_progress(fig, data, focus=frozenset())
    canvas = drawn(fig)
    (text, key), *_rest = [(t, k) for t, k in layout.legend_texts if k == "confidence:b"]
    box = text.get_window_extent()
    click = MouseEvent("button_press_event", canvas, box.x0 + 2, (box.y0 + box.y1) / 2)
    assert layout.series_at(click) == key
    line = layout.lines["gse"][0]
    x, y = line.get_transform().transform((line.get_xdata()[2], line.get_ydata()[2]))
    assert layout.series_at(MouseEvent("button_press_event", canvas, x, y)) == "gse"
    far = MouseEvent("button_press_event", canvas, 2, 2)
    assert layout.series_at(far) is None


def test_every_panel_has_its_own_date_labels() -> None:
    data = three_series()
    fig = Figure(figsize=(10, 9))
    layout = draw_progress(fig, data, focus=frozenset())
    drawn(fig)
    assert set(layout.date_labels) == set(layout.axes)
    for key, ax in layout.axes.items():
        assert layout.date_labels[key], key
        (dates,) = [c for c in ax.collections if c.get_gid() == f"dates:{key}"]
        assert len(dates.get_paths()) >= 2
        # The labels sit just under their own panel, not under the bottom one.
        panel = ax.get_window_extent()
        offsets = dates.get_offset_transform().transform(dates.get_offsets())
        assert all(panel.y0 - 20 < y < panel.y0 for _x, y in offsets), key
        assert all(panel.x0 <= x <= panel.x1 for x, _y in offsets), key


def test_a_long_name_is_wrapped_never_cut_in_the_legend() -> None:
    data = three_series()
    fig = Figure(figsize=(5, 8))  # narrower than the name: it must wrap
    layout = draw_progress(fig, data)
    assert LONG in layout.legends["confidence"]
    texts = [text.get_text() for text in fig.texts]
    wrapped = [text for text in texts if text.replace("\n", " ") == LONG]
    assert wrapped and "\n" in wrapped[0]  # on several lines, every word there
    assert wrap("short", 100, 7) == "short"


def test_a_caption_wider_than_the_chart_is_wrapped_and_fits_under_its_title() -> None:
    data = three_series()
    fig = Figure(figsize=(3.2, 8))  # a 13" screen at 200 %: about 320 px for the chart
    layout = draw_progress(fig, data)
    canvas = drawn(fig)
    renderer = canvas.get_renderer()
    ax = layout.axes["confidence"]
    caption = layout.captions["confidence"]
    shown = [text for text in ax.texts if text.get_text().replace("\n", " · ") == caption]
    assert shown and "\n" in shown[0].get_text()  # every part there, on more than one line
    box = shown[0].get_window_extent(renderer)
    assert box.x1 <= fig.bbox.x1  # nothing beyond the figure's edge
    heading = ax.get_title(loc="left")
    (title,) = [t for t in ax.get_children() if isinstance(t, Text) and t.get_text() == heading]
    assert heading and title.get_window_extent(renderer).y0 >= box.y1 - 1  # above the caption
    assert box.y0 >= ax.get_window_extent(renderer).y1  # and the caption above the plot
    assert wrap_after("a · b", " · ", 100, 7) == "a · b"


def test_a_redraw_reuses_the_panels_axes_and_hides_what_is_gone() -> None:
    data = three_series()
    fig = Figure(figsize=(10, 9))
    first = draw_progress(fig, data, focus=frozenset())
    second = draw_progress(fig, data, focus={"gse"})
    assert second.axes["gse"] is first.axes["gse"]
    assert "gse" in second.baselines
    assert first.axes["gse"].texts  # the title, caption and labels drawn again on it
    assert len(fig.axes) == len(first.axes)
    third = draw_progress(fig, data, visible={"gse"})
    assert set(third.axes) == {"gse"}
    # The panel left out is kept hidden (nothing of it is painted), the other is drawn.
    assert [ax for ax in fig.axes if ax.get_visible()] == [third.axes["gse"]]
    assert not first.axes["confidence"].get_visible()
    gse = third.axes["gse"]
    # Lines of the first draw are gone from the reused axes, not piled up.
    assert all(line in gse.lines for line in third.lines["gse"])
    assert len([c for c in gse.collections if c.get_gid() == "dates:gse"]) == 1
    # The panel comes back on the axes it had, shown again, with no axes built.
    axes_before = list(fig.axes)
    fourth = draw_progress(fig, data)
    assert fourth.axes["confidence"] is first.axes["confidence"]
    assert fourth.axes["confidence"].get_visible()
    assert fig.axes == axes_before
    fig.clear()  # someone else draws on the figure: the next draw starts afresh
    fifth = draw_progress(fig, data)
    assert set(fifth.axes) == {"gse", "confidence"}
    assert fifth.axes["confidence"] is not first.axes["confidence"]


def test_the_date_range_still_counts_points_in_view_with_focus() -> None:
    data = three_series()
    view = (pts([0])[0].date + timedelta(days=10), pts([0])[0].date + timedelta(days=60))
    layout = draw_progress(Figure(figsize=(10, 9)), data, date_range=view, focus=frozenset())
    assert layout.captions["gse"].endswith("in view")
