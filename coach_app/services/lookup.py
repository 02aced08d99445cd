"""Fetch a row by id, or say in plain words that it is gone."""

from __future__ import annotations

from typing import Any, TypeVar

from sqlalchemy.orm import Session

from coach_app.errors import NotFound
from coach_app.i18n import N_, _

T = TypeVar("T")

# One whole sentence per kind of row, so each language words it its own way (a Dutch "die
# sessie" but "dat doel"); an English word put into a translated sentence would stay English.
_GONE = {
    "coachee": N_("That coachee no longer exists (it may have been erased)."),
    "entry": N_("That entry no longer exists (it may have been erased)."),
    "experiment": N_("That experiment no longer exists (it may have been erased)."),
    "goal": N_("That goal no longer exists (it may have been erased)."),
    "group": N_("That group no longer exists (it may have been erased)."),
    "group session": N_("That group session no longer exists (it may have been erased)."),
    "measurement": N_("That measurement no longer exists (it may have been erased)."),
    "member": N_("That member no longer exists (it may have been erased)."),
    "round": N_("That round no longer exists (it may have been erased)."),
    "session": N_("That session no longer exists (it may have been erased)."),
}


def get_or_not_found(session: Session, model: type[T], row_id: Any, what: str) -> T:
    """The ``model`` row with ``row_id``; ``NotFound`` naming ``what`` if there is none."""
    row = session.get(model, row_id)
    if row is None:
        sentence = _GONE.get(what)
        if sentence is None:
            raise NotFound(_("That item no longer exists (it may have been erased)."))
        raise NotFound(_(sentence))
    return row
