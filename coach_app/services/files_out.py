"""Files the coach asks for outside the vault (a chart image, ...): written whole, owner-only.

The UI never writes such a file itself: it hands the bytes here. The file is written atomically
(a temporary file in the same folder, synced, then renamed over the target), so a crash or a
full disk leaves either the coach's old file or the new one, never half of it; and it is
readable by its owner only (0600), because an exported chart still shows a coachee's progress.
"""

from __future__ import annotations

from pathlib import Path

from coach_app.vault.files import atomic_write_bytes


def write_file_atomically(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` atomically, readable by the owner only (0600).

    Raises:
        StorageError: the file could not be written (a message the coach can act on); an
            existing file at ``path`` is then left as it was.
    """
    atomic_write_bytes(path, data)
