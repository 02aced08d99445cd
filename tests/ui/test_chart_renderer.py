"""The text-stamping Agg renderer: the same pixels as Agg, each text rasterised once, and the
bitmaps (which show goal names) dropped at a lock."""

# Fixtures are imported by name and injected by pytest as same-named parameters.
# ruff: noqa: F811

from __future__ import annotations

from collections.abc import Iterator

import numpy as np
import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg, RendererAgg
from matplotlib.figure import Figure
from pytestqt.qtbot import QtBot

from coach_app.ui import chart_renderer
from coach_app.ui.chart_renderer import StampCanvasAgg, forget_stamps, stamps_kept
from coach_app.ui.context import AppContext
from coach_app.ui.progress_chart import ProgressChartWidget
from tests.helpers.progress_fixture import History
from tests.ui.fixtures_review import context, history  # noqa: F401 - fixtures


@pytest.fixture(autouse=True)
def no_stamps() -> Iterator[None]:
    forget_stamps()
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
    assert "Keep a sustainable pace" in first and "rotated" in first
    rasterised.clear()
    _pixels(canvas)
    # Only the rotated text goes to Agg again; the others are stamped.
    assert rasterised == ["rotated"]
    assert stamps_kept() == 4  # three horizontal texts, one of two lines


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
