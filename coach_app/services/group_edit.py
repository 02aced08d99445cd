"""Starting a group with its members, and changing it later, each as one transaction.

A group changes after it starts: someone joins the set in its second month, someone leaves,
the purpose is sharpened, the set ends. :func:`new_group` and :func:`edit_group` take what the
coach decided in one dialog and write it in one transaction, so a refusal (a name missing, an
end before the start, a coachee already a member) leaves the vault as it was.

Leaving has one rule, kept here: a member who attended a session or brought a case keeps their
place in the group's record with a leaving date (the rounds they took part in stay whole); a
member who never took part was added by mistake or never came, and is removed.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy.orm import Session

from coach_app.services import groups
from coach_app.services.group_records import GroupRecord
from coach_app.vault.vault import Vault


@dataclass(frozen=True)
class Membership:
    """Who joins and who leaves, and from which day (``on``)."""

    on: date
    add_coachees: Sequence[str] = ()
    add_names: Sequence[str] = ()
    #: Members who leave on ``on`` (or are removed, if they never took part).
    leaving: Sequence[str] = ()
    #: Members who had left and are back (their leaving date is cleared).
    returning: Sequence[str] = ()
    #: Fields of the group itself, as :func:`coach_app.services.groups.update_group` takes them.
    fields: Mapping[str, Any] = field(default_factory=dict)


def _apply(s: Session, group_id: str, change: Membership) -> None:
    for member_id in change.leaving:
        if groups.took_part(s, member_id):
            groups.update_member_in(s, member_id, left_on=change.on)
        else:
            groups.remove_member_in(s, member_id)
    for member_id in change.returning:
        groups.update_member_in(s, member_id, left_on=None)
    for coachee_id in change.add_coachees:
        groups.add_member_in(s, group_id, coachee_id=coachee_id, joined_on=change.on)
    for name in change.add_names:
        groups.add_member_in(s, group_id, name=name, joined_on=change.on)


def new_group(vault: Vault, change: Membership) -> GroupRecord:
    """Start a group with ``change.fields`` and its first members, all or nothing."""
    with vault.write() as s:
        group = groups.create_group_in(s, **change.fields)
        _apply(s, group.id, change)
        return groups.get_group_in(s, group.id)


def edit_group(vault: Vault, group_id: str, change: Membership) -> GroupRecord:
    """Change a group's fields and members, all or nothing."""
    with vault.write() as s:
        groups.update_group_in(s, group_id, **change.fields)
        _apply(s, group_id, change)
        return groups.get_group_in(s, group_id)
