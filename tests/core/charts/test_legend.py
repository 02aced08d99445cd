"""Legend and key handles: one collection per flow that looks like each entry's line, marker or
swatch, beside the entry's name."""

from __future__ import annotations

import numpy as np
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.collections import PathCollection
from matplotlib.colors import to_rgba
from matplotlib.figure import Figure
from matplotlib.transforms import ScaledTranslation

from coach_app.charts.legend import Entry, draw_flow, flow
from coach_app.charts.style import theme

SIZES = {"fontsize": 7.0, "row_pt": 11.0, "handle_pt": 12.6, "pad_pt": 4.5}
BLUE, ORANGE, GREEN = "#0072B2", "#E69F00", "#009E73"
ENTRIES = [
    Entry("Delegate", line={"color": BLUE, "linestyle": "-", "linewidth": 3.0, "marker": "o"}),
    Entry("baseline", line={"color": ORANGE, "linestyle": ":", "linewidth": 1.0}),
    Entry(
        "adopted",
        line={
            "linestyle": "none",
            "marker": "^",
            "markersize": 6,
            "markerfacecolor": GREEN,
            "markeredgecolor": GREEN,
        },
    ),
    Entry("within measurement error", swatch={"facecolor": BLUE, "alpha": 0.25, "linewidth": 0}),
    Entry("Click a series to show its baseline."),
]


def _drawn():
    fig = Figure(figsize=(6, 1), dpi=100)
    laid_out = flow(ENTRIES, 6 * 72, **SIZES)
    origin = ScaledTranslation(0.1, 0.9, fig.dpi_scale_trans)
    texts = draw_flow(fig, origin, laid_out, theme("#1f1f1f", "#ffffff"), **SIZES)
    canvas = FigureCanvasAgg(fig)
    canvas.draw()  # type: ignore[no-untyped-call]
    return fig, texts, np.asarray(canvas.buffer_rgba())  # type: ignore[no-untyped-call]


def test_every_handle_of_a_flow_is_one_collection_in_the_entries_colours() -> None:
    fig, texts, _pixels = _drawn()
    (handles,) = [a for a in fig.artists if isinstance(a, PathCollection)]
    assert [a for a in fig.artists if a is not handles] == []  # no Line2D or Rectangle left
    # A stroke and a marker, a dotted stroke, a marker alone, a swatch; the hint has none.
    assert len(handles.get_paths()) == 5
    edges = [tuple(colour) for colour in handles.get_edgecolor()]
    assert edges.count(to_rgba(BLUE)) == 2 and to_rgba(ORANGE) in edges
    faces = [tuple(colour) for colour in handles.get_facecolor()]
    assert to_rgba(GREEN) in faces and to_rgba(BLUE, 0.25) in faces
    assert [text.get_text() for text, _entry in texts] == [entry.label for entry in ENTRIES]


def test_each_handle_is_drawn_left_of_its_name() -> None:
    fig, texts, pixels = _drawn()
    height = pixels.shape[0]
    renderer = fig.canvas.get_renderer()  # type: ignore[attr-defined]
    for (text, entry), colour in zip(texts[:3], (BLUE, ORANGE, GREEN), strict=False):
        box = text.get_window_extent(renderer)
        # The strip left of the name, as high as its first line: the handle's colour is there.
        top, bottom = int(height - box.y1), int(height - box.y1 + 10)
        left = int(box.x0 - 4.5 * 100 / 72 - 12.6 * 100 / 72) - 2
        strip = pixels[top:bottom, max(left, 0) : int(box.x0) - 2, :3].reshape(-1, 3)
        want = np.array(to_rgba(colour)[:3]) * 255
        assert np.abs(strip - want).max(axis=1).min() < 40, entry.label
