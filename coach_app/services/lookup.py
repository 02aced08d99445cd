"""Fetch a row by id, or say in plain words that it is gone."""

from __future__ import annotations

from typing import Any, TypeVar

from sqlalchemy.orm import Session

from coach_app.errors import NotFound
from coach_app.i18n import _

T = TypeVar("T")


def get_or_not_found(session: Session, model: type[T], row_id: Any, what: str) -> T:
    """The ``model`` row with ``row_id``; ``NotFound`` naming ``what`` if there is none."""
    row = session.get(model, row_id)
    if row is None:
        raise NotFound(
            _("That {what} no longer exists (it may have been erased).").format(
                what=what,
            )
        )
    return row
