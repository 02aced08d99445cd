"""Switching a vault folder to a staged vault in one step that a kill cannot split.

A vault is two files, its key header (``vault.json``) and its database (``vault.db``); the
database's ``-wal`` and ``-shm`` belong to that database and must never outlive it. A restore
prepares the complete new vault in a staging folder beside the live files (same file system, so
every move is a rename), then switches:

1. a journal, ``switch.json`` in the staging folder, records the SHA-256 of the live header
   (none when the folder holds no vault) and of the staged one; it is written atomically and
   before anything moves;
2. the old database and its log files move into ``previous/`` inside the staging folder;
3. the staged database moves in;
4. the staged header replaces the live one.

The commit point is one rename: step 4, or step 3 when both headers are the same bytes (then
either header opens either database). In a folder without a vault the header moves in first
and is the commit point, so the folder never shows a database without its header.

``settle`` finishes a switch that was cut off, whoever calls it (the restore when a step fails,
the next open of the vault after a kill): before the commit point it puts the old files back,
after it it completes the move. The header ``Vault.unlock`` reads before opening is therefore
always the one whose database the open ends up with. The caller holds the vault's process lock.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
from pathlib import Path

from coach_app.errors import VaultCorrupt
from coach_app.i18n import _
from coach_app.record import Record
from coach_app.vault.engine import DB_NAME
from coach_app.vault.files import DIR_MODE, atomic_write_bytes, fsync_dir
from coach_app.vault.header import HEADER_NAME

JOURNAL_NAME = "switch.json"
PREVIOUS_DIR = "previous"
# The log files first: an old database is never left in the folder without them.
DB_FILES = (f"{DB_NAME}-wal", f"{DB_NAME}-shm", DB_NAME)


class Journal(Record):
    """What a switch records before it moves anything (read-only; see ``coach_app.record``)."""

    __slots__ = ("new", "old")
    old: str | None  # SHA-256 of the live header before the switch; None: no vault there
    new: str  # SHA-256 of the staged header

    def __init__(self, old: str | None, new: str) -> None:
        self._set(old=old, new=new)

    def committed(self, folder: Path, stage: Path) -> bool:
        """Whether the switch has passed its commit point (see the module docstring)."""
        if _digest(folder / HEADER_NAME) != self.new:
            return False
        if self.old == self.new:
            return not (stage / DB_NAME).exists()
        return True


def _digest(path: Path) -> str | None:
    # hashlib loads OpenSSL's libcrypto: imported here, when there is a switch to check, not
    # by every open of a vault (which imports this module to settle leftovers).
    import hashlib  # noqa: PLC0415

    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except FileNotFoundError:
        return None


def read_journal(stage: Path) -> Journal | None:
    """The journal of a switch; None when it had not begun (nothing moved yet)."""
    try:
        doc = json.loads((stage / JOURNAL_NAME).read_bytes())
        return Journal(old=doc["old"], new=str(doc["new"]))
    except FileNotFoundError:
        return None
    except (ValueError, KeyError, TypeError) as exc:
        # Written atomically, so this is not a cut-off write: do not guess which side wins.
        raise VaultCorrupt(
            _(
                "An interrupted restore left a record in {stage} that cannot be read. "
                "Nothing was changed; the backups folder holds the state before the restore."
            ).format(stage=stage)
        ) from exc


def switch(folder: Path, stage: Path) -> None:
    """Replace the vault in ``folder`` (if any) by the one staged in ``stage``.

    The staged database and header must be complete and durable. On an error the switch is
    rolled back (or completed, past its commit point) before the error propagates; if even
    that fails, the journal stays and the next open of the vault settles it.
    """
    new = _digest(stage / HEADER_NAME)
    if new is None or not (stage / DB_NAME).is_file():
        raise FileNotFoundError(str(stage / DB_NAME))
    journal = Journal(old=_digest(folder / HEADER_NAME), new=new)
    fsync_dir(stage)
    atomic_write_bytes(
        stage / JOURNAL_NAME, json.dumps({"old": journal.old, "new": journal.new}).encode()
    )
    try:
        if journal.old is None:
            _move(stage / HEADER_NAME, folder / HEADER_NAME, folder, stage)
        _set_aside(folder, stage)
        _move(stage / DB_NAME, folder / DB_NAME, folder, stage)
        if journal.old is not None:
            _move(stage / HEADER_NAME, folder / HEADER_NAME, folder, stage)
    except BaseException:
        settle(folder, stage)
        raise
    settle(folder, stage)


def settle(folder: Path, stage: Path) -> bool:
    """Finish or undo the switch journaled in ``stage``, then delete ``stage``.

    Returns whether the staged vault is now the live one. Safe to run again after a kill at any
    point of its own. An OSError while moving leaves ``stage`` (and its journal) in place.
    """
    journal = read_journal(stage)
    committed = journal is not None and journal.committed(folder, stage)
    if journal is not None:
        if committed:
            if (stage / DB_NAME).exists():
                _set_aside(folder, stage)
                _move(stage / DB_NAME, folder / DB_NAME, folder, stage)
        else:
            _roll_back(folder, stage)
    # Settled. The journal goes first and alone: while it exists, every file it speaks of must
    # still be where the moves left it (a staged database deleted before it would read as
    # "moved in", and the next settle would carry the live one off).
    with contextlib.suppress(FileNotFoundError):
        (stage / JOURNAL_NAME).unlink()
    fsync_dir(stage)
    shutil.rmtree(stage, ignore_errors=True)
    fsync_dir(folder)
    return committed


def _roll_back(folder: Path, stage: Path) -> None:
    if not (stage / DB_NAME).exists() and (folder / DB_NAME).exists():
        # The staged database had moved in: before the commit point it goes back out.
        _move(folder / DB_NAME, stage / DB_NAME, folder, stage)
    previous = stage / PREVIOUS_DIR
    for name in DB_FILES:
        if (previous / name).exists():
            _move(previous / name, folder / name, folder, previous)


def _set_aside(folder: Path, stage: Path) -> None:
    """Move the live database and its log files into the staging folder's ``previous/``."""
    previous = stage / PREVIOUS_DIR
    # mkdir's mode is masked by the umask only towards more private, never less.
    previous.mkdir(mode=DIR_MODE, exist_ok=True)
    for name in DB_FILES:
        if (folder / name).exists():
            _move(folder / name, previous / name, folder, previous)


def _move(src: Path, dst: Path, *dirs: Path) -> None:
    """Rename, then make the rename durable in every folder it touched."""
    os.replace(src, dst)
    for folder in dirs:
        fsync_dir(folder)
