"""Files written for the coach outside the vault: owner-only, and never left half-written."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from coach_app.errors import StorageError
from coach_app.services import files_out
from coach_app.vault import files as vault_files


@pytest.fixture
def open_umask() -> Iterator[None]:
    """Umask 000: a file created without an explicit mode would be world-readable."""
    old = os.umask(0)
    try:
        yield
    finally:
        os.umask(old)


def test_the_file_holds_the_bytes_and_only_the_owner_can_read_it(
    tmp_path: Path, open_umask: None
) -> None:
    target = tmp_path / "chart.png"
    files_out.write_file_atomically(target, b"\x89PNG chart")
    assert target.read_bytes() == b"\x89PNG chart"
    assert stat.S_IMODE(target.stat().st_mode) == 0o600


def test_replacing_an_open_file_makes_it_owner_only(tmp_path: Path, open_umask: None) -> None:
    target = tmp_path / "chart.svg"
    target.write_bytes(b"old")
    target.chmod(0o644)
    files_out.write_file_atomically(target, b"<svg/>")
    assert target.read_bytes() == b"<svg/>"
    assert stat.S_IMODE(target.stat().st_mode) == 0o600


def test_a_failed_write_keeps_the_old_file_and_leaves_no_temporary_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "chart.png"
    target.write_bytes(b"the coach's earlier export")

    def disk_full(_fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(vault_files.os, "fsync", disk_full)
    with pytest.raises(StorageError):
        files_out.write_file_atomically(target, b"a new chart that does not fit")
    assert target.read_bytes() == b"the coach's earlier export"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["chart.png"]


def test_a_missing_folder_is_a_storage_error(tmp_path: Path) -> None:
    with pytest.raises(StorageError):
        files_out.write_file_atomically(tmp_path / "gone" / "chart.png", b"x")
