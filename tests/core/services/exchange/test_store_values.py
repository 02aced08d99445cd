"""The import's own value conversions write what SQLAlchemy's bind processors would.

``store`` converts dates, times and JSON without SQLAlchemy's per-value wrappers; every column
of every table it writes must still get exactly the text SQLAlchemy would have bound.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from typing import Any

from sqlalchemy import JSON, Date

from coach_app.models import CoachingSession, Measurement
from coach_app.models.base import Moment
from coach_app.services.exchange import store
from coach_app.services.exchange.validate import ROW_LISTS
from coach_app.vault.engine import json_text
from coach_app.vault.vault import Vault

DATES: tuple[Any, ...] = (
    None,
    date(1, 1, 1),
    date(999, 12, 31),
    date(2024, 2, 29),
    date(9999, 12, 31),
    datetime(2025, 3, 4, 5, 6, 7, 8),
)
MOMENTS: tuple[Any, ...] = (
    None,
    datetime(1, 1, 1),
    datetime(2025, 3, 4, 5, 6, 7),
    datetime(2025, 3, 4, 23, 59, 59, 999999),
    datetime(2025, 3, 4, 5, 6, 7, tzinfo=timezone(timedelta(hours=2))),
    date(2024, 2, 29),
)
JSONS: tuple[Any, ...] = (
    None,
    [],
    {},
    ["feedback", "Café ☕", 'a "quoted" \\ tag'],
    [0.5, 1.0, None, 1e-7, 12345678901234567890.0, 3],
    {"b": 2.5, "a": "\u00e9\n\t", "nested": {"x": [1, 2]}},
    "text",
)


def _samples(column_type: object) -> tuple[Any, ...]:
    if isinstance(column_type, JSON):
        return JSONS
    if isinstance(column_type, Moment):
        return MOMENTS
    if isinstance(column_type, Date):
        return DATES
    return ()


def test_every_column_is_converted_as_sqlalchemy_converts_it(vault: Vault) -> None:
    dialect = vault.engine.dialect
    checked = 0
    for name in ROW_LISTS:
        table = store.MODEL_OF[name].__table__
        for column in table.columns:
            ours = store._processor(table, column.key, dialect)
            theirs = column.type.dialect_impl(dialect).bind_processor(dialect)
            for value in _samples(column.type):
                expected = value if theirs is None else theirs(value)
                found = value if ours is None else ours(value)
                assert found == expected, (name, column.key, value)
                checked += 1
    assert checked > 100


def test_dates_times_and_json_take_the_short_way(vault: Vault) -> None:
    # The test above compares the short ways only if they are the ones used.
    dialect = vault.engine.dialect
    taken_on = store._processor(Measurement.__table__, "taken_on", dialect)
    started_at = store._processor(CoachingSession.__table__, "started_at", dialect)
    tags = store._processor(CoachingSession.__table__, "tags", dialect)
    assert taken_on is not None
    assert started_at is not None
    assert tags is store._JSON_TEXT
    assert taken_on.__qualname__.startswith("_iso_date.")
    assert started_at.__qualname__.startswith("Moment.bind_processor.")
    for value in JSONS:
        assert tags(value) == json_text(value)
