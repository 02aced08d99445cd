"""A backup is one snapshot: a write landing while it is taken neither fails it nor leaks in.

The counts compared with the copy are read in the same read transaction as the copy is made,
so a session saved by the app in the middle of the daily backup cannot make the check fail.
"""

from __future__ import annotations

import pytest

from coach_app.errors import Cancelled
from coach_app.services import coachees
from coach_app.vault import backup
from coach_app.vault.backup import create_backup, verify_backup_file
from coach_app.vault.vault import Vault


def test_a_write_during_the_copy_does_not_fail_the_backup(vault: Vault) -> None:
    coachees.create_coachee(vault, name="Before")
    written: list[str] = []

    def progress(fraction: float) -> None:
        # The copy has just finished its last step: the app saves something right then.
        if fraction >= 0.6 and not written:  # the end of the copy phase
            written.append(coachees.create_coachee(vault, name="During").id)

    made = create_backup(vault, progress=progress)
    assert written, "the write happened during the backup"
    assert verify_backup_file(made, vault.data_key())["coachees"] == 1
    assert len(coachees.list_coachees(vault)) == 2


def test_a_lock_during_the_check_stops_it_and_leaves_nothing(
    vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The check of the written copy is the long tail of a large backup: a lock must not wait
    # for it. Its progress calls are where a lock stops it.
    monkeypatch.setattr(backup, "_CHECK_STEPS", 100)  # a test vault is small
    for n in range(30):
        coachees.create_coachee(vault, name=f"Coachee {n}")
    seen: list[float] = []

    def progress(fraction: float) -> None:
        seen.append(fraction)
        if fraction == 0.8:
            raise Cancelled("locked")

    with pytest.raises(Cancelled):
        create_backup(vault, progress=progress)
    assert 0.8 in seen
    assert list((vault.folder / "backups").iterdir()) == []
