"""Credential requirements as data: ``resources/credentials/*.json``, read and checked on use.

Thresholds change (ICF has changed its paid-hour share and its recent-hours window before), so
they are never code: each file names its credentialing body, the page the figures come from and
the date they were relied on, and a note telling the coach to check the current requirements.
A malformed file raises ``CredentialFileError`` naming the file and the field.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

from coach_app.paths import RESOURCES

CREDENTIALS_DIR = RESOURCES / "credentials"
_LEVEL_FIELDS = {"key", "label", "hours", "paid_hours", "clients", "recent_hours", "recent_months"}
_FILE_FIELDS = {"key", "body", "source", "relied_on", "note", "levels"}


class CredentialFileError(ValueError):
    """A credentials file is not valid (the message names the file and the field)."""


@dataclass(frozen=True)
class CredentialLevel:
    """One credential's experience requirement (hours, paid hours, clients, recent hours)."""

    body_key: str
    key: str
    label: str
    hours: float
    paid_hours: float
    clients: int
    recent_hours: float | None
    recent_months: int | None


@dataclass(frozen=True)
class CredentialBody:
    """A credentialing body's requirements, where they come from and when they were checked."""

    key: str
    body: str
    source: str
    relied_on: date
    note: str
    levels: tuple[CredentialLevel, ...]


def _number(raw: dict[str, Any], name: str, where: str, *, optional: bool = False) -> Any:
    value = raw.get(name)
    if value is None and optional:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float) or value < 0:
        raise CredentialFileError(f"{where}.{name}: a number of at least 0 is required")
    return value


def _text(raw: dict[str, Any], name: str, where: str) -> str:
    value = raw.get(name)
    if not isinstance(value, str) or not value.strip():
        raise CredentialFileError(f"{where}.{name}: a text is required")
    return value


def _level(raw: object, body_key: str, where: str) -> CredentialLevel:
    if not isinstance(raw, dict) or set(raw) - _LEVEL_FIELDS:
        raise CredentialFileError(f"{where}: an object with the fields {sorted(_LEVEL_FIELDS)}")
    recent_hours = _number(raw, "recent_hours", where, optional=True)
    recent_months = _number(raw, "recent_months", where, optional=True)
    if (recent_hours is None) != (recent_months is None):
        raise CredentialFileError(f"{where}: recent_hours and recent_months go together")
    return CredentialLevel(
        body_key=body_key,
        key=_text(raw, "key", where),
        label=_text(raw, "label", where),
        hours=float(_number(raw, "hours", where)),
        paid_hours=float(_number(raw, "paid_hours", where)),
        clients=int(_number(raw, "clients", where)),
        recent_hours=None if recent_hours is None else float(recent_hours),
        recent_months=None if recent_months is None else int(recent_months),
    )


def parse_body(data: object, where: str) -> CredentialBody:
    """A credentialing body's file, checked; ``where`` names it in errors."""
    if not isinstance(data, dict) or set(data) != _FILE_FIELDS:
        raise CredentialFileError(f"{where}: an object with exactly {sorted(_FILE_FIELDS)}")
    key = _text(data, "key", where)
    source = _text(data, "source", where)
    if not source.startswith("https://"):
        raise CredentialFileError(f"{where}.source: the https address of the requirements")
    try:
        relied_on = date.fromisoformat(_text(data, "relied_on", where))
    except ValueError:
        raise CredentialFileError(f"{where}.relied_on: a date like 2025-03-31") from None
    levels = data["levels"]
    if not isinstance(levels, list) or not levels:
        raise CredentialFileError(f"{where}.levels: a non-empty list")
    return CredentialBody(
        key=key,
        body=_text(data, "body", where),
        source=source,
        relied_on=relied_on,
        note=_text(data, "note", where),
        levels=tuple(_level(raw, key, f"{where}.levels[{i}]") for i, raw in enumerate(levels)),
    )


def read_bodies(folder: Path) -> tuple[CredentialBody, ...]:
    """Every ``*.json`` in ``folder``, by file name."""
    bodies = []
    for path in sorted(folder.glob("*.json")):
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise CredentialFileError(f"{path.name}: not readable JSON ({exc})") from None
        bodies.append(parse_body(data, path.name))
    return tuple(bodies)


@cache
def credential_bodies() -> tuple[CredentialBody, ...]:
    """The shipped credentialing bodies (read once)."""
    return read_bodies(CREDENTIALS_DIR)
