"""Cheap artists: the day numbers every artist on the time axis is placed by."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import matplotlib.dates as mdates
import numpy as np
import pytest

from coach_app.charts.artists import date_number, date_numbers


def _days() -> list[date]:
    return [date(1969, 12, 30) + timedelta(days=step * 37) for step in range(400)]


def test_day_numbers_are_matplotlibs() -> None:
    days = _days()
    expected = np.asarray(mdates.date2num(days), dtype=np.float64)  # type: ignore[no-untyped-call]
    assert np.array_equal(date_numbers(days), expected)
    assert date_number(days[5]) == expected[5]
    assert date_numbers([]).shape == (0,)


def test_times_of_day_are_kept() -> None:
    moments = [datetime(2025, 3, 1, 15, 30), date(2025, 3, 2)]
    expected = np.asarray(mdates.date2num(moments), dtype=np.float64)  # type: ignore[no-untyped-call]
    assert np.array_equal(date_numbers(moments), expected)


def test_another_epoch_is_followed(monkeypatch: pytest.MonkeyPatch) -> None:
    # matplotlib's day 0 is rcParams["date.epoch"], read once; the day numbers follow it.
    monkeypatch.setattr(mdates, "_epoch", "2000-01-01T12:00:00")
    days = _days()
    expected = np.asarray(mdates.date2num(days), dtype=np.float64)  # type: ignore[no-untyped-call]
    assert expected[0] < -10_000  # the epoch did move
    assert np.array_equal(date_numbers(days), expected)
