"""The text-stamping Agg renderer: the same pixels as Agg, each text rasterised once, and the
bitmaps (which show goal names) dropped at a lock."""

# Fixtures are imported by name and injected by pytest as same-named parameters.
# ruff: noqa: F811

from __future__ import annotations

from collections.abc import Callable, Iterator

import matplotlib as mpl
import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from matplotlib.backends.backend_agg import FigureCanvasAgg, RendererAgg, get_hinting_flag
from matplotlib.figure import Figure
from matplotlib.font_manager import FontProperties, findfont, get_font
from pytestqt.qtbot import QtBot

import coach_app.charts.style  # noqa: F401 - the chart's rcParams, as the app has them
from coach_app.ui import chart_renderer
from coach_app.ui.chart_renderer import (
    StampCanvasAgg,
    TextStampRenderer,
    forget_glyphs,
    forget_stamps,
    glyphs_kept,
    layouts_kept,
    stamps_kept,
)
from coach_app.ui.context import AppContext
from coach_app.ui.progress_chart import ProgressChartWidget
from tests.helpers.progress_fixture import History
from tests.ui.fixtures_review import context, history  # noqa: F401 - fixtures


@pytest.fixture(autouse=True)
def no_stamps() -> Iterator[None]:
    forget_stamps()
    forget_glyphs()
    yield
    forget_stamps()


def _figure() -> Figure:
    fig = Figure(figsize=(4, 2), dpi=100)
    fig.text(0.05, 0.8, "Keep a sustainable pace", fontsize=8, color="#1f1f1f")
    fig.text(0.513, 0.5, "self-reported · 12 points", fontsize=7, color="#6b6b6b", ha="center")
    fig.text(0.95, 0.2, "Two lines\nof a legend", fontsize=9, fontweight="bold", ha="right")
    fig.text(0.1, 0.1, "rotated", rotation=90, fontsize=8)
    return fig


def _pixels(canvas: FigureCanvasAgg) -> np.ndarray:
    canvas.draw()  # type: ignore[no-untyped-call]
    return np.asarray(canvas.buffer_rgba()).astype(int)  # type: ignore[no-untyped-call]


def _looks_as_agg_draws_it(make: Callable[[], Figure]) -> None:
    """The stamped canvas, drawn twice, within the stamps' tolerance of Agg's own drawing."""
    plain = _pixels(FigureCanvasAgg(make()))
    canvas = StampCanvasAgg(make())
    for _ in range(2):
        difference = np.abs(plain - _pixels(canvas)).max(axis=2)
        assert difference.max() <= 96
        assert (difference > 32).sum() <= 0.002 * difference.size
    assert (np.abs(plain - 255).max(axis=2) > 64).sum() > 300


def _counting_agg(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The texts Agg is asked to draw from now on."""
    drawn: list[str] = []
    real = RendererAgg.draw_text

    def counting(self, gc, x, y, s, prop, angle, ismath=False, mtext=None):  # type: ignore[no-untyped-def]
        drawn.append(s)
        return real(self, gc, x, y, s, prop, angle, ismath=ismath, mtext=mtext)  # type: ignore[no-untyped-call]

    monkeypatch.setattr(RendererAgg, "draw_text", counting)
    return drawn


def test_stamped_text_looks_as_agg_draws_it() -> None:
    plain = _pixels(FigureCanvasAgg(_figure()))
    canvas = StampCanvasAgg(_figure())
    for _ in range(2):  # the first draw rasterises, the second stamps
        stamped = _pixels(canvas)
        difference = np.abs(plain - stamped).max(axis=2)
        # Positions are kept to a quarter pixel: a glyph edge may differ a little, no more.
        assert difference.max() <= 96
        assert (difference > 32).sum() <= 0.002 * difference.size
        # Something was drawn at all (a blank canvas would match a blank canvas).
        assert (np.abs(plain - 255).max(axis=2) > 64).sum() > 500


def test_each_text_is_rasterised_once(monkeypatch: pytest.MonkeyPatch) -> None:
    rasterised: list[str] = []
    real = RendererAgg.draw_text

    def counting(self, gc, x, y, s, prop, angle, ismath=False, mtext=None):  # type: ignore[no-untyped-def]
        rasterised.append(s)
        return real(self, gc, x, y, s, prop, angle, ismath=ismath, mtext=mtext)  # type: ignore[no-untyped-call]

    monkeypatch.setattr(RendererAgg, "draw_text", counting)
    canvas = StampCanvasAgg(_figure())
    _pixels(canvas)
    first = sorted(rasterised)
    # The rotated text is drawn whole by Agg; the others are composed of their letters, each
    # drawn alone by Agg (once per position within a pixel).
    assert "rotated" in first
    assert set("Keepasustainblc") <= set(first)
    rasterised.clear()
    _pixels(canvas)
    # Nothing goes to Agg again: every text is stamped, the rotated one too.
    assert rasterised == []
    assert stamps_kept() == 5  # four texts, one of two lines


def test_the_store_is_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(chart_renderer, "MAX_KEPT", 3)
    fig = Figure(figsize=(4, 2), dpi=100)
    for n in range(6):
        fig.text(0.1, n / 7, f"label {n}", fontsize=8)
    _pixels(StampCanvasAgg(fig))
    assert stamps_kept() == 3


def test_a_lock_drops_the_text_bitmaps(qtbot: QtBot, context: AppContext, history: History) -> None:
    widget = ProgressChartWidget(context)
    qtbot.addWidget(widget)
    widget.resize(1000, 700)
    widget.show()
    with qtbot.waitSignal(widget.loaded, timeout=10_000):
        widget.show_coachee(history.ada)
    widget.canvas.draw()  # type: ignore[no-untyped-call]
    assert stamps_kept() > 0
    context.lock()
    qtbot.waitUntil(lambda: widget.data is None, timeout=5000)
    assert stamps_kept() == 0


def _words() -> Figure:
    fig = Figure(figsize=(4, 2), dpi=100)
    fig.text(0.05, 0.8, "Affluent office flow", fontsize=9, color="#1f1f1f")
    fig.text(0.05, 0.5, "Ærøskøbing · 12 points", fontsize=8, fontweight="bold", color="#d62728")
    fig.text(0.05, 0.2, "T-score", rotation=270, fontsize=7.5)
    fig.text(0.6, 0.3, "slanted", rotation=30, fontsize=8)
    return fig


def test_ligatures_and_turned_texts_look_as_agg_draws_them(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _looks_as_agg_draws_it(_words)
    drawn = _counting_agg(monkeypatch)
    forget_stamps()
    _pixels(StampCanvasAgg(_words()))
    # Letters and ligatures are kept; the horizontal texts are composed of them, not drawn whole.
    assert "Affluent office flow" not in drawn and "ffi" not in drawn
    assert sorted(drawn) == ["T-score", "slanted"]


def test_a_new_text_of_known_letters_asks_agg_for_nothing(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _pixels(StampCanvasAgg(_figure()))
    forget_stamps()  # as at a lock: every text is new again, the letters are known
    drawn = _counting_agg(monkeypatch)
    canvas = StampCanvasAgg(_figure())
    _pixels(canvas)
    assert sorted(drawn) == ["rotated"]
    assert stamps_kept() == 5


def _scripts() -> Figure:
    fig = Figure(figsize=(4, 2), dpi=100)
    fig.text(
        0.1, 0.7, "\u05e9\u05dc\u05d5\u05dd \u05e2\u05d5\u05dc\u05dd", fontsize=11
    )  # right to left
    fig.text(0.1, 0.4, "Cafe\u0301 ne\u0301e", fontsize=11)  # combining accents
    fig.text(0.1, 0.1, "Plain words", fontsize=11)
    return fig


def test_text_that_is_not_one_glyph_per_letter_is_drawn_whole(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _looks_as_agg_draws_it(_scripts)
    forget_stamps()
    drawn = _counting_agg(monkeypatch)
    _pixels(StampCanvasAgg(_scripts()))
    assert "Cafe\u0301 ne\u0301e" in drawn
    assert "\u05e9\u05dc\u05d5\u05dd \u05e2\u05d5\u05dc\u05dd" in drawn
    assert "Plain words" not in drawn


def test_the_measure_is_aggs() -> None:
    ours = TextStampRenderer(10, 10, 100)  # type: ignore[no-untyped-call]
    agg = RendererAgg(10, 10, 100)  # type: ignore[no-untyped-call]
    for text in ("Keep a sustainable pace", "office flow", "\u05e9\u05dc\u05d5\u05dd", "T-score"):
        for prop in (FontProperties(size=7), FontProperties(size=9, weight="bold")):
            expected = agg.get_text_width_height_descent(text, prop, ismath=False)  # type: ignore[no-untyped-call]
            assert ours.get_text_width_height_descent(text, prop, ismath=False) == expected
            # Asked again (kept): the same.
            assert ours.get_text_width_height_descent(text, prop, ismath=False) == expected


def test_a_lock_keeps_no_words() -> None:
    _pixels(StampCanvasAgg(_words()))
    assert layouts_kept() > 0 and stamps_kept() > 0 and glyphs_kept() > 0
    forget_stamps()
    assert layouts_kept() == 0 and stamps_kept() == 0
    # What stays are single letters (or a ligature's two or three), never a word.
    assert glyphs_kept() > 0
    assert all(len(key[0]) <= 3 for key in chart_renderer._GLYPHS)


def test_texts_are_laid_out_as_with_aggs_own_renderer() -> None:
    """The kept font heights give every text the box Agg's renderer gives it: the line
    spacing of a multi-line text is made of them."""
    fig = Figure(figsize=(4, 2), dpi=100)
    texts = [
        fig.text(0.1, 0.5, "Two lines\nof a legend", fontsize=7, linespacing=1.2),
        fig.text(0.1, 0.8, "Keep a sustainable pace", fontsize=9, fontweight="bold"),
        fig.text(0.5, 0.5, "three\nlines\nhere", fontsize=6.5, va="top"),
        fig.text(0.9, 0.5, "level", rotation=90, fontsize=7.5),
    ]
    agg = FigureCanvasAgg(fig).get_renderer()
    expected = [text.get_window_extent(agg).bounds for text in texts]
    ours = StampCanvasAgg(fig).get_renderer()
    for _ in range(2):  # read from the font, then kept
        assert [text.get_window_extent(ours).bounds for text in texts] == expected


@settings(max_examples=150, deadline=None)
@given(
    text=st.text(
        # f, i and l make the font's ligatures ("Confidence", "self-efficacy", "fluff").
        alphabet="AVWYTLPKaeoryvwfil.,-–·() 0123456789ÄÖÅäöåéèçßÉ'",
        min_size=1,
        max_size=40,
    ),
    size=st.sampled_from([6.5, 7.0, 7.5, 8.0, 8.5, 9.0, 10.0, 11.0]),
    dpi=st.sampled_from([100, 150, 200]),
    bold=st.booleans(),
)
def test_a_new_text_is_laid_out_from_kept_letters_exactly_as_freetype_does(
    text: str, size: float, dpi: int, bold: bool
) -> None:
    """Under the chart's style (``charts.style``: unhinted text), a new text is laid out from
    kept letter metrics, not by FreeType glyph by glyph (a millisecond for a goal's name), and
    every glyph lands where FreeType's own layout of the whole text puts it. Were the fast
    layout to stop agreeing (another matplotlib, another hinting), every new text would quietly
    take the slow way: this fails instead."""
    assert mpl.rcParams["text.hinting"] == "no_hinting"
    prop = FontProperties(size=size, weight="bold" if bold else "normal")
    font = get_font(findfont(prop))
    ours = TextStampRenderer(10, 10, dpi)  # type: ignore[no-untyped-call]
    laid_out = ours._lay_out(font, text, size)
    assert laid_out is not None, "the kept-metrics layout disagrees with FreeType's here"
    width, height, descent, (units, pens) = laid_out  # type: ignore[misc]
    font.clear()
    font.set_size(size, dpi)
    theirs = font.set_text(text, 0.0, flags=get_hinting_flag())  # type: ignore[no-untyped-call]
    their_width, their_height = font.get_width_height()
    assert (width, height, descent) == (
        their_width / 64,
        their_height / 64,
        font.get_descent() / 64,
    )
    # One unit per glyph FreeType drew: a character, or a ligature as one.
    assert units == chart_renderer._units(text, chart_renderer._ligatures(font))
    assert len(units) == len(theirs)
    assert list(pens) == list(theirs[:, 0] / 64)
