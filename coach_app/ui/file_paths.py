"""Where files the coach asks for go: chosen in Documents, never inside the vault folder.

Every save or open dialog of the app starts in the coach's Documents folder (not the folder
the program happened to start in). A file the coach writes out (an export, a report, a coachee
copy) is clear text, so it must never land in the vault folder, which holds only the vault's
own ciphertext (docs/security.md 1): a target there is refused with a message, with both paths
resolved first so that a symlink or ``..`` does not get around it (the rule the CLI applies).

The dialogs are reached through ``ask_save_file``/``ask_open_file``/``ask_folder``, which tests
replace (``monkeypatch``) to answer without a native dialog.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget


def documents_folder() -> Path:
    """The coach's Documents folder (their home folder if the platform names none)."""
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found else Path.home()


def is_inside(target: Path, folder: Path) -> bool:
    """Whether ``target`` is ``folder`` or lies in it, after resolving both (symlinks, ``..``)."""
    resolved_folder = Path(os.path.realpath(folder))
    resolved = Path(os.path.realpath(target))
    return resolved == resolved_folder or resolved_folder in resolved.parents


def refuse_in_vault(parent: QWidget | None, target: Path, vault_folder: Path) -> bool:
    """Tell the coach and return True when ``target`` is inside the vault folder."""
    if not is_inside(target, vault_folder):
        return False
    QMessageBox.warning(
        parent,
        QCoreApplication.translate("FilePaths", "Not in the vault folder"),
        QCoreApplication.translate(
            "FilePaths",
            "This file is not encrypted: write it outside the vault folder. Nothing was written.",
        ),
    )
    return True


def ask_save_file(parent: QWidget | None, title: str, name: str, file_filter: str) -> str:
    """The save dialog, starting in Documents with ``name``; "" when the coach cancelled."""
    chosen, _selected = QFileDialog.getSaveFileName(
        parent, title, str(documents_folder() / name), file_filter
    )
    return chosen


def ask_open_file(parent: QWidget | None, title: str, file_filter: str) -> str:
    """The open dialog, starting in Documents; "" when the coach cancelled."""
    chosen, _selected = QFileDialog.getOpenFileName(
        parent, title, str(documents_folder()), file_filter
    )
    return chosen


def ask_folder(parent: QWidget | None, title: str) -> str:
    """The folder dialog, starting in Documents; "" when the coach cancelled."""
    return QFileDialog.getExistingDirectory(parent, title, str(documents_folder()))


def choose_target(
    parent: QWidget | None,
    vault_folder: Path,
    *,
    title: str,
    name: str,
    file_filter: str,
    suffix: str,
) -> Path | None:
    """Ask for a file to write (with ``suffix`` added when missing), refusing the vault folder.

    Returns None when the coach cancelled or the target was refused (they were told why).
    """
    chosen = ask_save_file(parent, title, name, file_filter)
    if not chosen:
        return None
    if not chosen.lower().endswith(suffix):
        chosen += suffix
    target = Path(chosen)
    if refuse_in_vault(parent, target, vault_folder):
        return None
    return target
