"""Backup, restore and health checks of a vault folder: the use cases the CLI and the GUI share.

Restore is the delicate one. It never replaces anything it has not proven first:
1. every passphrase check happens before any file is touched (the current vault's header, then
   the backup's own header), so a wrong passphrase leaves the folder byte-identical;
2. the backup's database is unpacked into a private staging folder inside the vault folder (same
   file system, so every move is a rename), checked, opened as a vault (migrated if it is
   older), and given the erasure records of the current vault, which are then re-applied: an
   erased coachee never comes back, not even for a moment in the live folder;
3. the current vault is backed up (verified) before the swap, and the swap happens under the
   vault's process lock and only if the live files did not change since that backup; it is one
   journaled switch (``vault.switch``): killed at any moment, the next open finds the old vault
   or the restored one, complete, and cleans what the restore left (``vault.leftovers``);
4. the result is reopened and checked once more.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import select

from coach_app.errors import (
    BackupFailed,
    NotFound,
    VaultCorrupt,
    VaultExists,
    VaultInUse,
    WrongPassphrase,
)
from coach_app.i18n import _, ngettext
from coach_app.models import Coachee, Erasure
from coach_app.services.coachees import reapply_erasures
from coach_app.vault import backup as backups
from coach_app.vault import switch
from coach_app.vault.engine import DB_NAME
from coach_app.vault.files import (
    atomic_write_bytes,
    ensure_private_dir,
    make_private,
    storage_error,
)
from coach_app.vault.header import HEADER_NAME, KeyHeader, read_header, write_header
from coach_app.vault.leftovers import RESTORE_PREFIX, TempDir, clean_leftovers, find_leftovers
from coach_app.vault.lock import ProcessLock
from coach_app.vault.vault import BACKUP_DIR, Vault, file_modes_ok, vault_exists

Progress = Callable[[float], None]

SQLITE_MAGIC = b"SQLite format 3\x00"
CLEAR_MARKER = b"CREATE TABLE"
MIN_NAME_CHARS = 4  # shorter names ("Li", "Ann") occur by chance in any large ciphertext
_SCAN_CHUNK = 8 * 1024 * 1024


def _silent(_fraction: float) -> None:
    """The progress callback when nobody listens."""


# ---- backup ---------------------------------------------------------------------------------


def backup(vault: Vault, out: Path | None = None, progress: Progress | None = None) -> Path:
    """Write a verified, encrypted backup; ``out`` may be a file or an existing folder.

    Without ``out`` it goes to the vault's ``backups/`` folder. Returns the path written.
    """
    target = Path(out) if out is not None else None
    if target is not None and target.is_dir():
        target = target / backups.default_backup_name()
    return backups.create_backup(vault, target, progress=progress)


# ---- restore --------------------------------------------------------------------------------


@dataclass(frozen=True)
class RestoreResult:
    """What a restore did."""

    folder: Path
    created: bool  # the folder had no vault; it was created from the backup
    safety_backup: Path | None  # the verified backup of what was there before
    erasures_reapplied: int  # coachees in the backup that had been erased since, erased again
    kept_current_header: bool  # same vault, backup from before a passphrase change
    counts: dict[str, int] = field(default_factory=dict)


@dataclass
class _Stage:
    """A restored vault being prepared in a private folder beside the live files."""

    temp: TempDir
    key: bytes
    header: KeyHeader
    reapplied: int = 0

    @property
    def folder(self) -> Path:
        return self.temp.path

    @property
    def db(self) -> Path:
        return self.folder / DB_NAME

    def discard(self) -> None:
        if (self.folder / switch.JOURNAL_NAME).exists():
            # A switch that could not be settled: its journal is what the next open needs.
            self.temp.release()
        else:
            self.temp.remove()


def _unpack(
    folder: Path, backup_file: Path, header: KeyHeader, key: bytes, *, kept: bool
) -> _Stage:
    """Unpack and check a backup in a staging folder beside the live files."""
    try:
        stage = _Stage(TempDir.create(folder, RESTORE_PREFIX), key, header)
    except OSError as exc:
        raise storage_error(exc, _("the folder {folder}").format(folder=folder)) from exc
    try:
        backups.extract_backup(backup_file, stage.folder)
        try:
            backups.check_database(stage.db, key)
        except WrongPassphrase:
            if kept:
                raise WrongPassphrase(
                    _(
                        "That passphrase does not unlock the backup (it may have been"
                        " made before a passphrase change). Nothing was changed."
                    )
                ) from None
            raise VaultCorrupt(
                _(
                    "{name} is damaged: its database does not open with its own key "
                    "header. Nothing was changed."
                ).format(
                    name=backup_file.name,
                )
            ) from None
        except sqlcipher.Error:
            raise VaultCorrupt(
                _("{name} is damaged: its database cannot be read. Nothing was changed.").format(
                    name=backup_file.name,
                )
            ) from None
        write_header(stage.folder, header)
    except BaseException:
        stage.discard()
        raise
    return stage


def _finish_stage(stage: _Stage, erasures: list[tuple[str, datetime]]) -> None:
    """Open the staged vault (migrating it if older), merge and re-apply the erasures, close."""
    staged = Vault.unlock_with_data_key(stage.folder, stage.key)
    try:
        with staged.write() as s:
            known = set(s.scalars(select(Erasure.coachee_id)))
            s.add_all(
                Erasure(coachee_id=cid, erased_on=when)
                for cid, when in erasures
                if cid not in known
            )
        stage.reapplied = len(reapply_erasures(staged))
        problems = staged.integrity_problems()
        if problems:
            raise BackupFailed(
                _("The restored data did not pass its integrity check; nothing was replaced.")
            )
    finally:
        staged.close()
    wal = stage.folder / f"{DB_NAME}-wal"
    if wal.exists() and wal.stat().st_size:
        # Closing checkpoints the log; a non-empty one means the database file is incomplete.
        raise BackupFailed(
            _("The restored data could not be written completely; nothing was replaced.")
        )


def _snapshot(folder: Path) -> tuple[tuple[str, int, int], ...]:
    """Size and mtime of the live database files, to notice a write by another process."""
    out = []
    for name in (DB_NAME, f"{DB_NAME}-wal", HEADER_NAME):
        with contextlib.suppress(FileNotFoundError):
            st = (folder / name).stat()
            out.append((name, st.st_size, st.st_mtime_ns))
    return tuple(out)


def _install(
    stage: _Stage, folder: Path, expected: tuple[tuple[str, int, int], ...], *, fresh: bool
) -> None:
    """Swap the staged files in, under the vault's process lock."""
    lock = ProcessLock(folder)
    lock.acquire()  # VaultInUse if a window opened the vault meanwhile; nothing replaced yet
    try:
        if fresh and (vault_exists(folder) or (folder / DB_NAME).exists()):
            raise VaultExists(
                _("A vault appeared in {folder} during the restore; nothing was replaced.").format(
                    folder=folder,
                )
            )
        if _snapshot(folder) != expected:
            raise VaultInUse(
                _(
                    "The vault changed while the restore was being prepared (is it "
                    "open in a window?). Nothing was replaced; close the app and try "
                    "again."
                )
            )
        # One journaled switch; the old database's log files leave with it, never to be
        # replayed onto the new one.
        switch.switch(folder, stage.folder)
        for name in (DB_NAME, HEADER_NAME):
            make_private(folder / name)
    finally:
        lock.release()


def _check_restored(folder: Path, key: bytes) -> dict[str, int]:
    restored = Vault.unlock_with_data_key(folder, key)
    try:
        problems = restored.integrity_problems()
        if problems:
            raise BackupFailed(
                _(
                    "The restored vault did not pass its integrity check. The state "
                    "before the restore is in the backups folder."
                )
            )
        return restored.counts()
    finally:
        restored.close()


def _unlock_current(folder: Path, passphrase: str) -> tuple[KeyHeader, bytes]:
    try:
        header = read_header(folder)
    except VaultCorrupt:
        raise VaultCorrupt(
            _(
                "The vault in {folder} cannot be unlocked (its key header is "
                "damaged), so no safety backup of it can be taken first. Nothing was "
                "changed: restore into a new, empty folder instead (--vault "
                "NEW_FOLDER)."
            ).format(
                folder=folder,
            )
        ) from None
    try:
        return header, header.unlock_with_passphrase(passphrase)
    except WrongPassphrase:
        raise WrongPassphrase(
            _("That passphrase does not unlock the vault in {folder}. Nothing was changed.").format(
                folder=folder,
            )
        ) from None


def _backup_key(
    backup_header: KeyHeader, passphrase: str, current: tuple[KeyHeader, bytes] | None
) -> tuple[KeyHeader, bytes, bool]:
    """The header to install and the data key that opens the backup's database."""
    try:
        return backup_header, backup_header.unlock_with_passphrase(passphrase), False
    except WrongPassphrase:
        if current is None or current[0].vault_id != backup_header.vault_id:
            raise WrongPassphrase(
                _(
                    "That passphrase does not unlock the backup (it may have been "
                    "made before a passphrase change, or belong to another vault). "
                    "Nothing was changed."
                )
            ) from None
    # The same vault, backed up before a passphrase change: the data key is the same, and the
    # current header (with today's passphrase) opens it. _unpack proves it.
    return current[0], current[1], True


def restore(
    folder: Path, backup_file: Path, passphrase: str, progress: Progress | None = None
) -> RestoreResult:
    """Replace the vault in ``folder`` with a backup's data, or create it there from the backup.

    ``passphrase`` must unlock the current vault (if there is one) and the backup. Raises
    ``WrongPassphrase``, ``VaultCorrupt``, ``BackupFailed``, ``VaultInUse`` with nothing changed.
    """
    report = progress or _silent
    folder = Path(folder)
    backup_file = Path(backup_file)
    if folder.is_dir():
        clean_leftovers(folder)  # settles a restore killed earlier before this one looks
    if not backup_file.is_file():
        raise NotFound(
            _("There is no backup file at {backup_file}.").format(
                backup_file=backup_file,
            )
        )
    backup_header = backups.read_backup_header(backup_file)
    has_header = vault_exists(folder)
    if not has_header and (folder / DB_NAME).exists():
        raise VaultCorrupt(
            _(
                "{folder} holds a vault database without its key header, so no safety"
                " backup of it can be taken first. Nothing was changed: restore into "
                "a new, empty folder instead."
            ).format(
                folder=folder,
            )
        )
    current = _unlock_current(folder, passphrase) if has_header else None
    header, key, kept = _backup_key(backup_header, passphrase, current)
    report(0.1)
    if current is None:
        try:
            ensure_private_dir(folder)
        except OSError as exc:
            raise storage_error(exc, _("the folder {folder}").format(folder=folder)) from exc
    stage = _unpack(folder, backup_file, header, key, kept=kept)
    try:
        report(0.3)
        if current is None or not (folder / DB_NAME).exists():
            return _restore_without_data(folder, stage, created=current is None, report=report)
        return _restore_over(folder, stage, current[1], kept=kept, report=report)
    except OSError as exc:
        raise storage_error(exc, _("the vault in {folder}").format(folder=folder)) from exc
    finally:
        stage.discard()


def _restore_without_data(
    folder: Path, stage: _Stage, *, created: bool, report: Progress
) -> RestoreResult:
    """Nothing to keep: an empty folder, or a header whose database is gone."""
    _finish_stage(stage, [])
    report(0.6)
    safety = None
    if not created:
        # A header without its database: keep it beside the backups, it costs nothing.
        ensure_private_dir(folder / BACKUP_DIR)
        safety = folder / BACKUP_DIR / f"{HEADER_NAME}.before-restore-{_stamp()}"
        # Written 0600 from the start: a copy would exist with the umask's mode first.
        atomic_write_bytes(safety, (folder / HEADER_NAME).read_bytes())
    _install(stage, folder, _snapshot(folder), fresh=created)
    ensure_private_dir(folder / BACKUP_DIR)
    report(0.8)
    counts = _check_restored(folder, stage.key)
    report(1.0)
    return RestoreResult(
        folder=folder,
        created=created,
        safety_backup=safety,
        erasures_reapplied=stage.reapplied,
        kept_current_header=False,
        counts=counts,
    )


def _restore_over(
    folder: Path, stage: _Stage, current_key: bytes, *, kept: bool, report: Progress
) -> RestoreResult:
    try:
        current = Vault.unlock_with_data_key(folder, current_key)
    except WrongPassphrase:
        # The header opened with the passphrase, so its key not opening the database means
        # the database is damaged (or not this vault's): no safety backup can be taken.
        raise VaultCorrupt(
            _(
                "The vault database in {folder} does not open with its key header, so"
                " no safety backup of it can be taken first. Nothing was changed: "
                "restore into a new, empty folder instead."
            ).format(
                folder=folder,
            )
        ) from None
    try:
        safety = backups.create_backup(current, label="before-restore")
        report(0.5)
        with current.session() as s:
            erasures = [(e.coachee_id, e.erased_on) for e in s.scalars(select(Erasure))]
        _finish_stage(stage, erasures)
        report(0.7)
    finally:
        current.close()
    _install(stage, folder, _snapshot(folder), fresh=False)
    report(0.85)
    counts = _check_restored(folder, stage.key)
    report(1.0)
    return RestoreResult(
        folder=folder,
        created=False,
        safety_backup=safety,
        erasures_reapplied=stage.reapplied,
        kept_current_header=kept,
        counts=counts,
    )


def _stamp() -> str:
    return datetime.now().strftime("%Y%m%d-%H%M%S")


# ---- verify ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class VerifyReport:
    """The health of a vault folder. Findings never quote a coachee's name or note text."""

    folder: Path
    integrity: tuple[str, ...]  # integrity_check and cipher_integrity_check findings
    plaintext: tuple[str, ...]  # files holding something in clear
    modes: tuple[str, ...]  # paths others could read, as found before the vault was opened
    files_scanned: int
    counts: dict[str, int] = field(default_factory=dict)
    modes_fixed: tuple[str, ...] = ()  # of those, the ones opening the vault made private
    leftovers: tuple[str, ...] = ()  # temp paths of killed backups/restores, found before opening
    leftovers_removed: tuple[str, ...] = ()  # of those, the ones opening the vault cleaned

    @property
    def healthy(self) -> bool:
        """No finding of any kind."""
        return not (self.integrity or self.plaintext or self.modes or self.leftovers)

    def lines(self) -> list[str]:
        """A short report, one finding per line."""
        out = [
            "integrity_check and cipher_integrity_check: "
            + ("ok" if not self.integrity else f"{len(self.integrity)} problem(s)"),
            *(f"  {p}" for p in self.integrity),
            f"plaintext scan: {self.files_scanned} file(s), "
            + ("nothing in clear" if not self.plaintext else f"{len(self.plaintext)} finding(s)"),
            *(f"  {p}" for p in self.plaintext),
            "file modes: "
            + ("ok (files 0600, folders 0700)" if not self.modes else "readable by others:"),
            *(f"  {p}" + (" (now private)" if p in self.modes_fixed else "") for p in self.modes),
            _("leftovers of interrupted backups and restores: none")
            if not self.leftovers
            else ngettext(
                "leftovers of interrupted backups and restores: {n} path",
                "leftovers of interrupted backups and restores: {n} paths",
                len(self.leftovers),
            ).format(n=len(self.leftovers)),
            *(
                "  " + (_("{path} (removed)").format(path=p) if p in self.leftovers_removed else p)
                for p in self.leftovers
            ),
            "vault healthy" if self.healthy else "vault NOT healthy",
        ]
        return out


def _scan_file(path: Path, needles: list[bytes]) -> set[int]:
    """Indexes of the needles found in a file, read in chunks that overlap by a needle."""
    overlap = max(len(n) for n in needles) - 1
    found: set[int] = set()
    tail = b""
    with path.open("rb") as fh:
        while chunk := fh.read(_SCAN_CHUNK):
            data = tail + chunk
            found.update(i for i, n in enumerate(needles) if i not in found and n in data)
            if len(found) == len(needles):
                break
            tail = data[-overlap:] if overlap else b""
    return found


def scan_for_plaintext(folder: Path, names: list[str]) -> tuple[list[str], int]:
    """Findings of clear text in every file under ``folder``, and how many files were read."""
    names_bytes = {n.strip().encode("utf-8") for n in names if len(n.strip()) >= MIN_NAME_CHARS}
    needles = [CLEAR_MARKER, *sorted(names_bytes)]
    findings: list[str] = []
    scanned = 0
    for path in sorted(p for p in folder.rglob("*") if p.is_file() and not p.is_symlink()):
        rel = path.relative_to(folder)
        try:
            with path.open("rb") as fh:
                if fh.read(len(SQLITE_MAGIC)) == SQLITE_MAGIC:
                    findings.append(f"{rel}: an unencrypted SQLite database")
            found = _scan_file(path, needles)
        except OSError as exc:
            findings.append(f"{rel}: could not be read ({exc.strerror or exc})")
            continue
        scanned += 1
        if 0 in found:
            findings.append(f"{rel}: database structure (CREATE TABLE) in clear")
        if found - {0}:
            findings.append(f"{rel}: a coachee's name in clear")
    return findings, scanned


def verify(folder: Path, passphrase: str) -> VerifyReport:
    """Integrity and cipher checks, a plaintext scan of the folder, and file modes."""
    folder = Path(folder)
    # Before unlocking: opening the vault quietly makes its own files private again.
    modes = file_modes_ok(folder) if folder.is_dir() else []
    found = [str(p) for p in find_leftovers(folder)]
    vault = Vault.unlock(folder, passphrase)  # cleans the leftovers (vault.leftovers)
    try:
        vault.checkpoint()
        integrity = vault.integrity_problems()
        counts = vault.counts()
        with vault.session() as s:
            names = list(s.scalars(select(Coachee.name)))
    finally:
        vault.close()
    # Scan after closing: the log is folded in and the files are what stays on disk.
    plaintext, scanned = scan_for_plaintext(folder, names)
    return VerifyReport(
        folder=folder,
        integrity=tuple(integrity),
        plaintext=tuple(plaintext),
        modes=tuple(modes),
        files_scanned=scanned,
        counts=counts,
        modes_fixed=tuple(sorted(set(modes) - set(file_modes_ok(folder)))),
        leftovers=tuple(found),
        leftovers_removed=tuple(p for p in found if not Path(p).exists()),
    )
