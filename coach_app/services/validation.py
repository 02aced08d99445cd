"""Validation rules shared by the services and the JSON import: each failure names the field.

One rule lives in one place. The services call these functions for what the coach types, and
the import (``services/exchange``) calls the same functions, with the same limits, for what a
file holds: a value the app refuses on screen is refused in a file, and the other way round.
The import is stricter only about JSON types (a number in quotes, ``null`` for a text), which a
form cannot produce; ``strict=True`` on the number rules is that difference.

Every message is translated when raised and names the field by the label the caller passes:
a form label ("Goal weight") for the services, the place in the file
(``coachees[2].goals[0].weight``) for the import. A message never quotes what was typed, so no
note text ends up in an error dialog, a CLI line or a log.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from datetime import date, datetime
from pathlib import Path

from coach_app import dates
from coach_app.errors import ValidationError
from coach_app.i18n import _

MAX_SHORT = 200
MAX_TEXT = 1_000_000  # one megabyte of notes in a single field is a paste gone wrong
MAX_EMAIL = 320  # the longest address RFC 3696 allows
MAX_TAG = 60
MAX_TITLE = 300  # goal and experiment titles
GOAL_WEIGHTS = (1, 4)  # the weights Goal Attainment Scaling combines (Kiresuk's w_i)
SESSION_MINUTES = (0, 24 * 60)

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
# Only the documented forms (docs/export-format.md): a form, the CLI and a file agree on them.
# (Python's fromisoformat would also take "20250331" or week dates, which a person rarely means.)
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_DATETIME = re.compile(
    r"^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:\d{2})?$"
)


# C0 controls but tab, newline and carriage return.
_CONTROLS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f]")


def _printable(value: str) -> str:
    # Lone surrogates (e.g. "\ud800" from a JSON file) cannot be stored as UTF-8: pair up what
    # pairs, replace the rest with U+FFFD. NUL and other C0 controls (but tab and newline) break
    # exports and confuse search.
    # Both steps run in C: an import of a large export validates every note through here.
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        value = value.encode("utf-16", "surrogatepass").decode("utf-16", "replace")
    return _CONTROLS.sub("", value)


def not_text(label: str) -> ValidationError:
    """The error for a value that should be text and is not."""
    return ValidationError(_("{label} must be text.").format(label=label))


def short_text(value: object, label: str, *, required: bool = False, limit: int = MAX_SHORT) -> str:
    """A one-line field: trimmed, controls removed, length-checked."""
    if value is None:
        value = ""
    if not isinstance(value, str):
        raise not_text(label)
    cleaned = " ".join(_printable(value).split())
    if required and not cleaned:
        raise ValidationError(_("{label} is required.").format(label=label))
    if len(cleaned) > limit:
        raise ValidationError(
            _("{label} is too long (at most {limit} characters).").format(label=label, limit=limit)
        )
    return cleaned


def long_text(value: object, label: str) -> str:
    """A note field: kept as typed (line breaks and all), controls removed, size-checked."""
    if value is None:
        return ""
    if not isinstance(value, str):
        raise not_text(label)
    cleaned = _printable(value)
    if len(cleaned) > MAX_TEXT:
        raise ValidationError(
            _("{label} is too long ({n:,} characters; at most {limit:,}).").format(
                label=label, n=len(cleaned), limit=MAX_TEXT
            )
        )
    return cleaned


def folder(value: object, label: str, *, limit: int = 4096) -> str:
    """A folder path, or empty: trimmed, on one line, a full path (``~`` allowed), else as typed.

    A relative path would depend on where the app was started from, so it is refused.
    """
    if value is None:
        value = ""
    if not isinstance(value, str):
        raise not_text(label)
    text = value.strip()
    if any(ord(ch) < 32 for ch in text):
        raise ValidationError(_("{label} must be on one line.").format(label=label))
    if len(text) > limit:
        raise ValidationError(
            _("{label} is too long (at most {limit} characters).").format(label=label, limit=limit)
        )
    if text and not Path(text).expanduser().is_absolute():
        raise ValidationError(
            _("{label} must be a full path, like {example}.").format(
                label=label, example=str(Path("~", "backups"))
            )
        )
    return text


def title(value: object, label: str) -> str:
    """A goal's or an experiment's title: one line, required, at most ``MAX_TITLE``."""
    return short_text(value, label, required=True, limit=MAX_TITLE)


def choice(value: object, allowed: Iterable[str], label: str) -> str:
    """One of a fixed set of values."""
    options = tuple(allowed)
    if not isinstance(value, str) or value not in options:
        raise ValidationError(
            _("{label} must be one of: {options}.").format(label=label, options=", ".join(options))
        )
    return value


def optional_choice(value: object, allowed: Iterable[str], label: str) -> str | None:
    """One of a fixed set, or nothing (``None`` or ``""``)."""
    if value in (None, ""):
        return None
    options = tuple(allowed)
    if not isinstance(value, str) or value not in options:
        raise ValidationError(
            _("{label} must be one of: {options}, or nothing.").format(
                label=label, options=", ".join(options)
            )
        )
    return value


def email(value: object, label: str | None = None) -> str:
    """An e-mail address, or empty."""
    label = label or _("E-mail")
    text = short_text(value, label, limit=MAX_EMAIL)
    if text and not _EMAIL.match(text):
        raise ValidationError(
            _("{label} does not look like an address (name@example.org).").format(label=label)
        )
    return text


def tags(values: object, label: str | None = None) -> list[str]:
    """A list of distinct, trimmed tags (order kept); a text is split at commas and semicolons."""
    label = label or _("Tags")
    if values is None:
        return []
    if isinstance(values, str):
        values = re.split(r"[,;]", values)
    if not isinstance(values, list | tuple):
        raise ValidationError(_("{label} must be a list of words.").format(label=label))
    out: list[str] = []
    for raw in values:
        tag = short_text(raw, label, limit=MAX_TAG)
        if tag and tag not in out:
            out.append(tag)
    return out


def int_in(value: object, low: int, high: int, label: str, *, strict: bool = False) -> int:
    """A whole number within bounds.

    ``strict``: only a whole number as such (an import file's ``"2"`` or ``2.0`` is a wrong
    file); otherwise a text holding one is accepted too, as typed into a form or a command.
    """
    if isinstance(value, bool) or not isinstance(value, int):
        if strict or not isinstance(value, str):
            raise _not_whole(label, low, high)
        try:
            value = int(value.strip())
        except ValueError:
            raise _not_whole(label, low, high) from None
    if not low <= value <= high:
        raise _not_whole(label, low, high)
    return value


def _not_whole(label: str, low: int, high: int) -> ValidationError:
    # Made only for a refusal: an import checks every session's length through ``int_in``.
    return ValidationError(
        _("{label} must be a whole number from {low} to {high}.").format(
            label=label, low=low, high=high
        )
    )


def goal_weight(value: object, label: str, *, strict: bool = False) -> int:
    """A goal's weight in the combined GAS score (``GOAL_WEIGHTS``)."""
    return int_in(value, *GOAL_WEIGHTS, label, strict=strict)


def session_minutes(value: object, label: str, *, strict: bool = False) -> int:
    """A session's length in minutes (``SESSION_MINUTES``: none up to a whole day)."""
    return int_in(value, *SESSION_MINUTES, label, strict=strict)


def finite_number(value: object, label: str) -> float:
    """A real number (an int or a float, not a bool), finite."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ValidationError(_("{label} must be a number.").format(label=label))
    try:
        number = float(value)
    except OverflowError:  # an int beyond the float range
        number = math.inf
    if not math.isfinite(number):
        raise ValidationError(_("{label} must be a finite number.").format(label=label))
    return number


def parse_date(value: object, label: str, *, required: bool = False) -> date | None:
    """A calendar date from a ``date`` or a ``YYYY-MM-DD`` text; empty means none.

    The day must lie within ``coach_app.dates``' range. ``required``: empty is refused too.
    """
    if value in (None, ""):
        if required:
            raise _not_a_date(label)
        return None
    if isinstance(value, datetime):
        return dates.check_day(value.date(), label)
    if isinstance(value, date):
        return dates.check_day(value, label)
    if isinstance(value, str) and _DATE.match(value.strip()):
        try:
            day = date.fromisoformat(value.strip())
        except ValueError:  # 2025-02-30
            pass
        else:
            # One range for every date (coach_app/dates.py): charts and reports can draw it.
            return dates.check_day(day, label)
    raise _not_a_date(label)


def _not_a_date(label: str) -> ValidationError:
    # Made only for a refusal (an import parses every date of a file through here).
    return ValidationError(_("{label} must be a date like 2025-03-31.").format(label=label))


def parse_datetime(value: object, label: str) -> datetime:
    """A date and time from a ``datetime`` or a ``YYYY-MM-DDTHH:MM[:SS]`` text.

    The app keeps naive wall-clock times to the second: an offset is accepted and dropped
    (14:00+02:00 is kept as 14:00), and so are fractions of a second. The day must lie within
    ``coach_app.dates``' range.
    """
    if isinstance(value, datetime):
        return dates.check_moment(value.replace(tzinfo=None, microsecond=0), label)
    if isinstance(value, str) and _DATETIME.match(value.strip()):
        try:
            parsed = datetime.fromisoformat(value.strip())
        except ValueError:  # 2025-02-30T10:00 or 25:00
            pass
        else:
            return dates.check_moment(parsed.replace(tzinfo=None, microsecond=0), label)
    raise ValidationError(
        _("{label} must be a date and time like 2025-03-31T14:00.").format(label=label)
    )
