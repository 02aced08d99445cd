"""A file for the coach (a chart image, ...) on a really full or read-only disk (small tmpfs).

The coach reads one plain line with how much more room is needed, their earlier file stays as
it was, and no temporary file is left next to it.
"""

from __future__ import annotations

import re

import pytest

from coach_app.errors import StorageError
from coach_app.services import files_out
from tests.core.conftest import MB, FillDisk, MountSmallFs, RemountSmallFs


def test_a_full_disk_says_how_much_room_is_missing_and_keeps_the_old_file(
    mount_small_fs: MountSmallFs, fill_disk: FillDisk
) -> None:
    disk = mount_small_fs(2 * MB)
    target = disk / "chart.png"
    target.write_bytes(b"the coach's earlier chart")
    ballast = fill_disk(disk)
    with pytest.raises(StorageError) as failed:
        files_out.write_file_atomically(target, b"\x89PNG" + b"\0" * (3 * MB))
    message = failed.value.message
    assert message.startswith("Could not write chart.png: the disk is full"), message
    assert re.search(r"about [34] MB more is needed", message), message
    assert "Free some space or choose another folder." in message
    assert target.read_bytes() == b"the coach's earlier chart"
    assert sorted(p.name for p in disk.iterdir()) == sorted([target.name, ballast.name])


def test_read_only_media_says_so_and_writes_nothing(
    mount_small_fs: MountSmallFs, remount_small_fs: RemountSmallFs
) -> None:
    disk = mount_small_fs(2 * MB)
    target = disk / "chart.svg"
    target.write_bytes(b"<svg>earlier</svg>")
    remount_small_fs(disk, read_only=True)
    with pytest.raises(StorageError) as failed:
        files_out.write_file_atomically(target, b"<svg/>")
    message = failed.value.message
    assert "read-only" in message
    assert "Choose another folder" in message
    assert target.read_bytes() == b"<svg>earlier</svg>"
    assert [p.name for p in disk.iterdir()] == [target.name]
