"""The shared validation rules (coach_app/services/validation.py)."""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Any

import pytest

from coach_app.errors import ValidationError
from coach_app.services import validation as v


@pytest.mark.parametrize("value", [2, "2", " 2 "])
def test_a_whole_number_from_a_form_may_be_text(value: Any) -> None:
    assert v.int_in(value, 1, 4, "Weight") == 2


@pytest.mark.parametrize("value", ["2", 2.0, True, None, [2]])
def test_strict_whole_numbers_take_only_ints(value: Any) -> None:
    with pytest.raises(
        ValidationError, match=re.escape("Weight must be a whole number from 1 to 4.")
    ):
        v.int_in(value, 1, 4, "Weight", strict=True)


@pytest.mark.parametrize("value", [0, 5, "five", 2.5, False])
def test_out_of_range_or_not_whole(value: Any) -> None:
    with pytest.raises(
        ValidationError, match=re.escape("Weight must be a whole number from 1 to 4.")
    ):
        v.int_in(value, 1, 4, "Weight")


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2025-03-31", date(2025, 3, 31)),
        (" 2025-03-31 ", date(2025, 3, 31)),
        (date(2025, 3, 31), date(2025, 3, 31)),
        (datetime(2025, 3, 31, 9, 0), date(2025, 3, 31)),
        ("", None),
        (None, None),
    ],
)
def test_dates(value: Any, expected: date | None) -> None:
    assert v.parse_date(value, "Due date") == expected


@pytest.mark.parametrize("value", ["20250331", "2025-W14-1", "2025-02-30", "31/03/2025", 20250331])
def test_only_the_documented_date_form(value: Any) -> None:
    with pytest.raises(
        ValidationError, match=re.escape("Due date must be a date like 2025-03-31.")
    ):
        v.parse_date(value, "Due date")


def test_a_required_date_refuses_empty() -> None:
    with pytest.raises(ValidationError, match="must be a date"):
        v.parse_date("", "Taken on", required=True)


@pytest.mark.parametrize(
    "value",
    [
        "2025-03-31T14:00",
        "2025-03-31 14:00:00",
        "2025-03-31T14:00:00.750+02:00",
        "2025-03-31T14:00Z",
    ],
)
def test_date_times_keep_the_wall_clock_to_the_second(value: str) -> None:
    assert v.parse_datetime(value, "Start") == datetime(2025, 3, 31, 14, 0)


@pytest.mark.parametrize("value", ["20250331T1400", "2025-03-31", "2025-03-31T25:00", None, 5])
def test_other_date_times_are_refused(value: Any) -> None:
    with pytest.raises(ValidationError, match="Start must be a date and time"):
        v.parse_datetime(value, "Start")


@pytest.mark.parametrize("value", [float("inf"), float("nan"), 10**400])
def test_numbers_must_be_finite(value: Any) -> None:
    with pytest.raises(ValidationError, match=re.escape("Score must be a finite number.")):
        v.finite_number(value, "Score")


def test_messages_never_quote_what_was_typed() -> None:
    secret = "my coachee's secret"
    for check in (
        lambda: v.choice(secret, ("a", "b"), "Status"),
        lambda: v.optional_choice(secret, ("a", "b"), "Decision"),
        lambda: v.email(secret + "@", "E-mail"),
        lambda: v.parse_date(secret, "Due date"),
        lambda: v.int_in(secret, 1, 4, "Weight"),
    ):
        with pytest.raises(ValidationError) as caught:
            check()
        assert "secret" not in caught.value.message


@pytest.mark.parametrize(
    ("value", "expected"),
    [("", ""), (None, ""), ("  /srv/backups  ", "/srv/backups"), ("~/backups", "~/backups")],
)
def test_folders(value: Any, expected: str) -> None:
    assert v.folder(value, "Backup folder") == expected


@pytest.mark.parametrize("value", ["backups", "./here", "/a\nb", 3])
def test_a_folder_is_a_full_path_on_one_line(value: Any) -> None:
    with pytest.raises(ValidationError, match="Backup folder must"):
        v.folder(value, "Backup folder")
