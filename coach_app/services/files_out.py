"""Files the coach asks for outside the vault (a chart image, ...): written whole, owner-only.

The UI never writes such a file itself: it hands the bytes here. The file is written atomically
(a temporary file in the same folder, synced, then renamed over the target), so a crash or a
full disk leaves either the coach's old file or the new one, never half of it; and it is
readable by its owner only (0600), because an exported chart still shows a coachee's progress.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO, TextIO

from coach_app.errors import ValidationError
from coach_app.i18n import _
from coach_app.vault.files import atomic_write_bytes, atomic_write_stream


def check_target(path: Path) -> None:
    """Refuse a target whose folder is missing or that is a folder itself (before slow work).

    Raises:
        ValidationError: with a message the coach can act on.
    """
    if not path.parent.is_dir():
        raise ValidationError(_("The folder {parent} does not exist.").format(parent=path.parent))
    if path.is_dir():
        raise ValidationError(_("{path} is a folder; choose a file name.").format(path=path))


def write_file_atomically(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` atomically, readable by the owner only (0600).

    Raises:
        StorageError: the file could not be written (a message the coach can act on); an
            existing file at ``path`` is then left as it was.
    """
    atomic_write_bytes(path, data)


def write_utf8(raw: BinaryIO, write: Callable[[TextIO], object]) -> None:
    """``write(out)`` onto the binary stream ``raw`` as UTF-8 with Unix line ends.

    Whatever the locale says; ``raw`` stays open and belongs to the caller (a file being
    written atomically, or standard output's bytes).
    """
    out = io.TextIOWrapper(raw, encoding="utf-8", newline="\n")
    try:
        write(out)
        out.flush()
    finally:
        out.detach()  # the stream underneath is the caller's: do not close it


def write_text_atomically(path: Path, write: Callable[[TextIO], object]) -> None:
    """Write UTF-8 text to ``path`` piece by piece (``write(out)``), atomically and 0600.

    For a file too large to hold first (a whole-vault export): the same promise as
    :func:`write_file_atomically`, with Unix line ends whatever the platform.

    Raises:
        StorageError: the file could not be written; an existing file is left as it was.
    """
    atomic_write_stream(path, lambda raw: write_utf8(raw, write))
