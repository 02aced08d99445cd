"""Declarative base and the small column helpers every table shares."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

from sqlalchemy import MetaData
from sqlalchemy.orm import DeclarativeBase

# Named constraints keep Alembic batch migrations predictable on SQLite.
NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    """Base of every table in the vault."""

    metadata = MetaData(naming_convention=NAMING)


def new_id() -> str:
    """A new UUID primary key; UUIDs keep exports stable across vaults."""
    return str(uuid.uuid4())


def utcnow() -> datetime:
    """Naive UTC timestamp: SQLite has no time zones, so we store one convention."""
    return datetime.now(UTC).replace(tzinfo=None)
