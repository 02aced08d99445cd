"""Panel planning: which series a chart offers, in which panel, and what the captions say."""

from __future__ import annotations

from datetime import date, timedelta

from coach_app.charts import EXPERIMENTS_KEY, series_choices
from coach_app.charts.plan import caption
from coach_app.instruments.definitions import get_instrument
from coach_app.services.progress import ProgressData
from coach_app.services.progress_series import ExperimentMarker, Point, Series, build_series

START = date(2024, 1, 8)


def series(key: str, instrument: str, values: list[float], step: int = 14) -> Series:
    points = [Point(START + timedelta(days=step * n), v) for n, v in enumerate(values)]
    return build_series(key, get_instrument(instrument), points)


def data(*, confidence: tuple[Series, ...] = (), gse: Series | None = None) -> ProgressData:
    markers = (ExperimentMarker(START, "Try A", None, None, "adopt"),)
    days = [p.date for s in (*confidence, *((gse,) if gse else ())) for p in s.points]
    return ProgressData(
        coachee_id="c",
        coachee_name="Test",
        goals=(),
        confidence=confidence,
        gas_levels=(),
        gas_t=None,
        gse=gse,
        empowerment=(),
        psych_safety=None,
        custom=(),
        markers=markers,
        first_date=min(days, default=None),
        last_date=max(days, default=None),
    )


def test_every_choice_names_its_panel_by_a_stable_key() -> None:
    chart = data(confidence=(series("confidence", "confidence", [4, 5]),))
    choices = series_choices(chart)
    assert [(c.key, c.panel_key) for c in choices] == [
        ("confidence", "confidence"),
        (EXPERIMENTS_KEY, EXPERIMENTS_KEY),
    ]


def test_a_panel_caption_counts_its_points_in_the_languages_plural() -> None:
    one = series("confidence:a", "confidence", [4])
    none = series("confidence:b", "confidence", [])
    assert caption([one, none], None).startswith("self-reported · 1 point · 2024-01-08 · ")
    two = series("confidence:c", "confidence", [4, 6])
    text = caption([one, two], (START, START + timedelta(days=1)))
    assert "· 3 points ·" in text
    assert text.endswith(" · 2 in view")
