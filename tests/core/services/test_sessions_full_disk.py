"""Saving sessions until a real (small tmpfs) disk is full: every save that returned survives.

The failing save raises ``StorageError`` with a plain "the disk is full" line; the vault then
locks on the full disk, and once the coach frees room (here: deletes a ballast file made
first) it opens normally with every acknowledged session, word for word, and nothing of the
save that failed.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from coach_app.errors import CoachAppError, StorageError
from coach_app.services import sessions
from tests.core.conftest import MB
from tests.core.vault.test_full_disk import (
    assert_all_there,
    assert_disk_full_message,
    new_vault,
    note,
)


@pytest.mark.parametrize("small_fs", [6 * MB], indirect=True)
def test_saving_until_the_disk_is_full_loses_no_acknowledged_session(small_fs: Path) -> None:
    folder = small_fs / "vault"
    # Room the coach can free afterwards (any file they might delete; here, made first).
    ballast = small_fs / "ballast.bin"
    ballast.write_bytes(b"\0" * MB)
    vault, coachee_id = new_vault(folder)
    acknowledged: dict[str, str] = {}
    failure: CoachAppError | None = None
    try:
        for i in range(200):
            text = note(i)
            try:
                record = sessions.create_session(vault, coachee_id, notes=text)
            except CoachAppError as exc:
                failure = exc
                break
            acknowledged[record.id] = text
    finally:
        vault.close()  # on the full disk: must not raise, must let go of the lock
    assert failure is not None, "the disk never filled up"
    assert len(acknowledged) >= 3, "some saves should fit first"
    assert isinstance(failure, StorageError)
    assert failure.message.startswith("Could not write the vault: the disk is full")
    assert_disk_full_message(failure)

    ballast.unlink()
    assert_all_there(folder, coachee_id, acknowledged)
