"""Form validation shared by the services: each failure names the field in plain words."""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date, datetime

from coach_app.errors import ValidationError

MAX_SHORT = 200
MAX_TEXT = 1_000_000  # one megabyte of notes in a single field is a paste gone wrong
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def _printable(value: str) -> str:
    # Lone surrogates (e.g. "\ud800" from a JSON file) cannot be stored as UTF-8: pair up what
    # pairs, replace the rest with U+FFFD. NUL and other C0 controls (but tab and newline) break
    # exports and confuse search.
    value = value.encode("utf-16", "surrogatepass").decode("utf-16", "replace")
    return "".join(ch for ch in value if ch in "\t\n" or ord(ch) >= 32 or ch == "\r")


def short_text(value: object, label: str, *, required: bool = False, limit: int = MAX_SHORT) -> str:
    """A one-line field: trimmed, controls removed, length-checked."""
    if value is None:
        value = ""
    if not isinstance(value, str):
        raise ValidationError(f"{label} must be text.")
    cleaned = " ".join(_printable(value).split())
    if required and not cleaned:
        raise ValidationError(f"{label} is required.")
    if len(cleaned) > limit:
        raise ValidationError(f"{label} is too long (at most {limit} characters).")
    return cleaned


def long_text(value: object, label: str) -> str:
    """A note field: kept as typed (line breaks and all), controls removed, size-checked."""
    if value is None:
        return ""
    if not isinstance(value, str):
        raise ValidationError(f"{label} must be text.")
    cleaned = _printable(value)
    if len(cleaned) > MAX_TEXT:
        raise ValidationError(
            f"{label} is too long ({len(cleaned):,} characters; at most {MAX_TEXT:,})."
        )
    return cleaned


def choice(value: object, allowed: Iterable[str], label: str) -> str:
    """One of a fixed set of values."""
    options = tuple(allowed)
    if value not in options:
        raise ValidationError(f"{label} must be one of: {', '.join(options)} (got {value!r}).")
    return str(value)


def optional_choice(value: object, allowed: Iterable[str], label: str) -> str | None:
    """One of a fixed set, or nothing."""
    if value in (None, ""):
        return None
    return choice(value, allowed, label)


def email(value: object) -> str:
    """An e-mail address, or empty."""
    text = short_text(value, "E-mail", limit=320)
    if text and not _EMAIL.match(text):
        raise ValidationError(f"E-mail {text!r} does not look like an address (name@example.org).")
    return text


def tags(values: object, label: str = "Tags") -> list[str]:
    """A list of distinct, trimmed tags (order kept)."""
    if values is None:
        return []
    if isinstance(values, str):
        values = [t for t in re.split(r"[,;]", values)]
    if not isinstance(values, list | tuple):
        raise ValidationError(f"{label} must be a list of words.")
    out: list[str] = []
    for raw in values:
        tag = short_text(raw, label, limit=60)
        if tag and tag not in out:
            out.append(tag)
    return out


def int_in(value: object, low: int, high: int, label: str) -> int:
    """A whole number within bounds."""
    if isinstance(value, bool) or not isinstance(value, int):
        try:
            value = int(str(value).strip())
        except ValueError:
            raise ValidationError(f"{label} must be a whole number.") from None
    if not low <= value <= high:
        raise ValidationError(f"{label} must be between {low} and {high}.")
    return value


def parse_date(value: object, label: str) -> date | None:
    """A calendar date from a ``date`` or an ISO string; empty means none."""
    if value in (None, ""):
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value.strip())
        except ValueError:
            pass
    raise ValidationError(f"{label} must be a date like 2025-03-31.")


def parse_datetime(value: object, label: str) -> datetime:
    """A date and time from a ``datetime`` or an ISO string (naive, local wall-clock time)."""
    if isinstance(value, datetime):
        return value.replace(tzinfo=None, microsecond=0)
    if isinstance(value, str):
        try:
            parsed = datetime.fromisoformat(value.strip())
        except ValueError:
            pass
        else:
            return parsed.replace(tzinfo=None, microsecond=0)
    raise ValidationError(f"{label} must be a date and time like 2025-03-31T14:00.")
