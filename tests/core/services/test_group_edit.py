"""Starting and changing a group with its members in one transaction (services/group_edit.py)."""

from __future__ import annotations

from datetime import date

import pytest

from coach_app.errors import ValidationError
from coach_app.services import coachees, group_sessions, groups
from coach_app.services.group_edit import Membership, edit_group, new_group
from coach_app.vault.vault import Vault

START = date(2025, 1, 10)


def _names(record: groups.GroupRecord) -> dict[str, tuple[date | None, date | None]]:
    return {m.name: (m.joined_on, m.left_on) for m in record.members}


def test_a_new_group_comes_with_its_members_or_not_at_all(vault: Vault) -> None:
    ada = coachees.create_coachee(vault, name="Ada")
    made = new_group(
        vault,
        Membership(
            on=START,
            add_coachees=[ada.id],
            add_names=["Piet"],
            fields={"name": "Leading change", "kind": "action_learning"},
        ),
    )
    assert _names(made) == {"Ada": (START, None), "Piet": (START, None)}
    with pytest.raises(ValidationError):
        # The same coachee twice: the second refusal must undo the group made a moment before.
        new_group(vault, Membership(on=START, add_coachees=[ada.id, ada.id], fields={"name": "X"}))
    assert [g.name for g in groups.list_groups(vault)] == ["Leading change"]


def test_joining_leaving_and_returning_later(vault: Vault) -> None:
    ada = coachees.create_coachee(vault, name="Ada")
    bram = coachees.create_coachee(vault, name="Bram")
    group = new_group(
        vault, Membership(on=START, add_coachees=[ada.id], add_names=["Piet"], fields={"name": "S"})
    )
    by_name = {m.name: m.id for m in group.members}
    group_sessions.create_group_session(
        vault, group.id, started_at="2025-02-01 10:00", attendee_ids=[by_name["Ada"]]
    )
    later = date(2025, 3, 1)
    edited = edit_group(
        vault,
        group.id,
        Membership(
            on=later,
            add_coachees=[bram.id],
            leaving=[by_name["Ada"], by_name["Piet"]],
            fields={"purpose": "Sharper purpose"},
        ),
    )
    # Ada took part: she keeps her place with a leaving date; Piet never came: removed.
    assert _names(edited) == {"Ada": (START, later), "Bram": (later, None)}
    assert groups.get_group(vault, group.id).purpose == "Sharper purpose"
    back = edit_group(vault, group.id, Membership(on=later, returning=[by_name["Ada"]]))
    assert _names(back)["Ada"] == (START, None)


def test_a_refused_change_leaves_the_group_as_it_was(vault: Vault) -> None:
    group = new_group(
        vault, Membership(on=START, add_names=["Piet"], fields={"name": "S", "started_on": START})
    )
    piet = group.members[0].id
    with pytest.raises(ValidationError):
        edit_group(
            vault,
            group.id,
            Membership(on=START, leaving=[piet], fields={"ended_on": date(2024, 1, 1)}),
        )
    assert _names(groups.get_group(vault, group.id)) == {"Piet": (START, None)}
