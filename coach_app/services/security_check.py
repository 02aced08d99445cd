"""The security self-check: what protects this vault right now, in plain words, item by item.

Help → Security check (``ui/security_check_dialog.py``) and ``coach-app verify`` show the same
items, each one line: OK, or needs attention with what to do.

- **Encryption**: the open vault's ``cipher_version`` and cipher settings (SQLCipher 4 or
  later, AES-256, page authentication with an HMAC, no clear header).
- **File permissions**: ``vault.file_modes_ok`` on the vault folder (POSIX only).
- **Keyring**: whether "remember on this computer" is possible, used, and still valid.
- **Backup**: the newest ``.ccbackup`` in the vault's ``backups/`` folder or the backup folder
  set in Settings. Decision: it is *verified now* (unpacked and checked with
  ``backup.verify_backup_file``: ``integrity_check``, ``cipher_integrity_check``, opened with
  this vault's key), not trusted from a record. A backup is only moved into place once
  verified, but a file can be damaged, replaced or copied in since; reopening it is the only
  proof that it restores. Older than ``MAX_BACKUP_AGE_DAYS`` needs attention.
- **Auto-lock** and **screen lock**: the settings, and whether this system tells the app when
  the screen locks (``screen_lock_watching``; the GUI knows, the CLI does not).
- **Leftovers**: temporary folders of killed backups and restores (``vault.leftovers``).
- **Clear text**: ``maintenance.scan_for_plaintext`` over the vault folder (reused, not
  repeated: the CLI passes the report ``maintenance.verify`` already made).

No item ever quotes a coachee's name or note text; file names and paths are fine.
"""

from __future__ import annotations

import enum
import logging
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import select

from coach_app.errors import CoachAppError
from coach_app.i18n import _, ngettext
from coach_app.models import Coachee
from coach_app.services import maintenance
from coach_app.services import settings as settings_service
from coach_app.services.access import KeyStore
from coach_app.vault import backup as vault_backup
from coach_app.vault.keyring_store import KeyringStore
from coach_app.vault.leftovers import find_leftovers
from coach_app.vault.vault import BACKUP_DIR, Vault, file_modes_ok

log = logging.getLogger(__name__)

Progress = Callable[[float], None]

MAX_BACKUP_AGE_DAYS = 7  # a daily backup is made at unlock: a week without one is a sign
MIN_CIPHER_MAJOR = 4
KEYRING_TIMEOUT_S = 5.0  # building the keyring wrapper may probe D-Bus, which can hang
_DAY_S = 24 * 3600


class Status(enum.Enum):
    """How an item stands."""

    OK = "ok"
    ATTENTION = "attention"


@dataclass(frozen=True)
class CheckItem:
    """One line of the check: a stable key, its status, and what was found (translated)."""

    key: str  # "cipher", "file_modes", "keyring", "backup", "auto_lock", ...
    status: Status
    text: str  # what was found and, when it needs attention, what to do

    @property
    def ok(self) -> bool:
        """Whether nothing needs doing."""
        return self.status is Status.OK


@dataclass(frozen=True)
class SecurityReport:
    """Every item, in the order shown."""

    items: tuple[CheckItem, ...]

    @property
    def all_ok(self) -> bool:
        """Whether no item needs attention."""
        return all(item.ok for item in self.items)

    def item(self, key: str) -> CheckItem:
        """The item with this key (KeyError if the check has none)."""
        for found in self.items:
            if found.key == key:
                return found
        raise KeyError(key)

    def lines(self) -> list[str]:
        """One line per item: its status word, then its text (the CLI's and the copy's form)."""
        return [f"{status_word(item.status)}: {item.text}" for item in self.items]


def status_word(status: Status) -> str:
    """The status as a word ("OK", "Needs attention") in the language in use."""
    return _("OK") if status is Status.OK else _("Needs attention")


def _ok(key: str, text: str) -> CheckItem:
    return CheckItem(key, Status.OK, text)


def _attention(key: str, text: str) -> CheckItem:
    return CheckItem(key, Status.ATTENTION, text)


# ---- encryption -----------------------------------------------------------------------------


@dataclass(frozen=True)
class CipherSettings:
    """What SQLCipher says about the open vault's connection."""

    version: str  # e.g. "4.6.1 community"
    provider: str
    cipher: str  # e.g. "AES-256-CBC"
    hmac: str  # e.g. "HMAC_SHA512"; "" when pages are not authenticated
    plaintext_header: int  # bytes of the file header left in clear (0 for the app's vaults)


def cipher_settings(vault: Vault) -> CipherSettings:
    """Read the cipher pragmas on one of the vault's own connections."""
    values: dict[str, str] = {}
    with vault.engine.connect() as conn:
        for name in (
            "cipher_version",
            "cipher_provider",
            "cipher",
            "cipher_hmac_algorithm",
            "cipher_plaintext_header_size",
        ):
            row = conn.exec_driver_sql(f"PRAGMA {name}").fetchone()
            values[name] = str(row[0]) if row and row[0] is not None else ""
    header = values["cipher_plaintext_header_size"]
    return CipherSettings(
        version=values["cipher_version"],
        provider=values["cipher_provider"],
        cipher=values["cipher"],
        hmac=values["cipher_hmac_algorithm"],
        plaintext_header=int(header) if header.isdigit() else 0,
    )


def _major(version: str) -> int:
    head = version.split(".", 1)[0].strip()
    return int(head) if head.isdigit() else 0


def cipher_item(settings: CipherSettings) -> CheckItem:
    """OK for SQLCipher 4 or later with AES-256, authenticated pages and no clear header."""
    problems = []
    if _major(settings.version) < MIN_CIPHER_MAJOR:
        problems.append(_("SQLCipher 4 or later is needed"))
    if not settings.cipher.upper().startswith("AES-256"):
        problems.append(_("the cipher is not AES-256"))
    if not settings.hmac:
        problems.append(_("pages are not authenticated"))
    if settings.plaintext_header:
        problems.append(_("part of the file header is in clear"))
    described = _("SQLCipher {version} ({provider}), {cipher}, pages checked with {hmac}").format(
        version=settings.version or "?",
        provider=settings.provider or "?",
        cipher=settings.cipher or "?",
        hmac=settings.hmac or "?",
    )
    if problems:
        return _attention(
            "cipher",
            _("Encryption: {described}; {problems}. Reinstall Coach Companion.").format(
                described=described, problems="; ".join(problems)
            ),
        )
    return _ok("cipher", _("Encryption: {described}.").format(described=described))


# ---- files ----------------------------------------------------------------------------------


def file_modes_item(folder: Path, bad: list[str] | None = None) -> CheckItem:
    """Whether anyone but the coach's account can read the vault folder or its files."""
    if bad is None:
        try:
            bad = file_modes_ok(folder)
        except OSError:  # a file went away while the folder was walked: look once more
            bad = file_modes_ok(folder)
    if not bad:
        return _ok(
            "file_modes",
            _("File permissions: the vault folder and its files are private to your account."),
        )
    n = len(bad)
    return _attention(
        "file_modes",
        ngettext(
            "File permissions: {n} item other accounts can read ({first}). "
            'Make the folder private: chmod -R go= "{folder}".',
            "File permissions: {n} items other accounts can read (first: {first}). "
            'Make the folder private: chmod -R go= "{folder}".',
            n,
        ).format(n=n, first=bad[0], folder=folder),
    )


def leftovers_item(folder: Path) -> CheckItem:
    """Temporary folders and files that killed backups or restores left behind."""
    found = find_leftovers(folder)
    if not found:
        return _ok("leftovers", _("Temporary files: none left by interrupted backups or restores."))
    n = len(found)
    return _attention(
        "leftovers",
        ngettext(
            "Temporary files: {n} left by an interrupted backup or restore ({first}). "
            "They hold only ciphertext; lock and unlock the vault to remove them.",
            "Temporary files: {n} left by interrupted backups or restores (first: {first}). "
            "They hold only ciphertext; lock and unlock the vault to remove them.",
            n,
        ).format(n=n, first=found[0]),
    )


def plaintext_item(findings: Iterable[str], files_scanned: int) -> CheckItem:
    """The clear-text scan's findings (file names and what was found, never the text)."""
    found = list(findings)
    if not found:
        return _ok(
            "plaintext",
            ngettext(
                "Clear text: none in the {n} file of the vault folder.",
                "Clear text: none in the {n} files of the vault folder.",
                files_scanned,
            ).format(n=files_scanned),
        )
    return _attention(
        "plaintext",
        _(
            "Clear text: {findings}. The app writes none there: move such files out of the "
            "vault folder (or delete them), then check again."
        ).format(findings="; ".join(found)),
    )


def scan_plaintext(vault: Vault) -> tuple[list[str], int]:
    """``maintenance.scan_for_plaintext`` of the open vault's folder, with its coachees' names."""
    with vault.session() as s:
        names = list(s.scalars(select(Coachee.name)))
    return maintenance.scan_for_plaintext(vault.folder, names)


# ---- keyring --------------------------------------------------------------------------------


def keyring_item(store: KeyStore | None, vault_id: str) -> CheckItem:
    """What "remember on this computer" means for this vault here."""
    if store is None:
        return _ok("keyring", _("Keyring: not checked (the system keyring has not answered)."))
    status = store.status()
    recorded = store.remembered_backend(vault_id)
    if not status.available:
        text = _("Remembering the key is not available here: {reason}").format(reason=status.reason)
        if recorded is not None:
            return _attention(
                "keyring",
                _(
                    "Keyring: {text} A key was remembered in {backend} earlier; it is no "
                    "longer used. Untick Remember on this computer in Settings to remove it."
                ).format(text=text, backend=recorded),
            )
        return _ok("keyring", _("Keyring: {text}").format(text=text))
    if recorded is None:
        return _ok(
            "keyring",
            _(
                "Keyring: {backend} is available; the key is not remembered, so the passphrase "
                "is asked for at every unlock."
            ).format(backend=status.backend),
        )
    if recorded != status.backend:
        return _attention(
            "keyring",
            _(
                "Keyring: the key was remembered in {old}, but this computer now uses "
                "{backend}, so it is ignored. Untick and tick Remember on this computer in "
                "Settings to store it again, or leave it unticked."
            ).format(old=recorded, backend=status.backend),
        )
    return _ok(
        "keyring",
        _(
            "Keyring: the key is remembered in {backend}. Whoever can log in as you opens the "
            "vault without the passphrase; untick Remember on this computer in Settings if "
            "others use this account."
        ).format(backend=status.backend),
    )


# ---- backups --------------------------------------------------------------------------------


def backup_folders(vault: Vault) -> list[Path]:
    """Where backups are looked for: the vault's ``backups/``, and the folder from Settings."""
    folders = [vault.folder / BACKUP_DIR]
    configured = settings_service.load_settings(vault).backup_folder.strip()
    if configured:
        folders.append(Path(configured).expanduser())
    return folders


def newest_backup(folders: Iterable[Path]) -> tuple[Path, float] | None:
    """The most recently written backup file in these folders, with its modification time."""
    newest: tuple[Path, float] | None = None
    for folder in folders:
        try:
            candidates = list(folder.glob(f"*{vault_backup.BACKUP_SUFFIX}"))
        except OSError:
            continue
        for path in candidates:
            try:
                mtime = path.stat().st_mtime
            except OSError:
                continue
            if path.is_file() and (newest is None or mtime > newest[1]):
                newest = (path, mtime)
    return newest


def age_text(seconds: float) -> str:
    """A backup's age in words."""
    days = int(max(0.0, seconds) // _DAY_S)
    if days == 0:
        return _("made today")
    return ngettext("{n} day old", "{n} days old", days).format(n=days)


def backup_item(vault: Vault, now: datetime) -> CheckItem:
    """The newest backup: found, verified now, and recent enough."""
    found = newest_backup(backup_folders(vault))
    if found is None:
        return _attention(
            "backup",
            _("Backup: there is none yet. Make one now (File → Backup now…, or coach-app backup)."),
        )
    path, mtime = found
    age_s = now.timestamp() - mtime
    age = age_text(age_s)
    try:
        vault_backup.verify_backup_file(path, vault.data_key())
    except OSError as exc:  # its folder cannot be read or written (an unplugged drive...)
        log.info("newest backup could not be checked: %s", type(exc).__name__)
        return _attention(
            "backup",
            _(
                "Backup: the newest one, {path} ({age}), could not be checked just now "
                "({reason}). Make sure its folder is available, or make a new backup."
            ).format(path=path, age=age, reason=exc.strerror or type(exc).__name__),
        )
    except (CoachAppError, sqlcipher.Error) as exc:  # damaged: SQLite's own error too
        log.info("newest backup did not verify: %s", type(exc).__name__)
        return _attention(
            "backup",
            _(
                "Backup: the newest one, {path} ({age}), did not pass its check just now. "
                "Make a new backup now (File → Backup now…)."
            ).format(path=path, age=age),
        )
    if age_s > MAX_BACKUP_AGE_DAYS * _DAY_S:
        return _attention(
            "backup",
            _(
                "Backup: the newest one is {age} ({path}); it opens and checks out. "
                "Make a new backup now (File → Backup now…)."
            ).format(path=path, age=age),
        )
    return _ok(
        "backup",
        _("Backup: the newest one is {age} and was opened and checked just now ({path}).").format(
            path=path, age=age
        ),
    )


# ---- locking --------------------------------------------------------------------------------


def auto_lock_item(minutes: int) -> CheckItem:
    """The idle auto-lock setting."""
    if minutes <= 0:
        return _attention(
            "auto_lock",
            _(
                "Auto-lock: off. Set Lock after idle in Settings (10 minutes is the default); "
                "until then only Ctrl+L locks."
            ),
        )
    return _ok(
        "auto_lock",
        ngettext(
            "Auto-lock: after {n} minute without a key or a click.",
            "Auto-lock: after {n} minutes without a key or a click.",
            minutes,
        ).format(n=minutes),
    )


def screen_lock_item(enabled: bool, watching: bool | None) -> CheckItem:
    """The screen-lock setting, and whether this system tells the app (None: not known here)."""
    if not enabled:
        return _attention(
            "screen_lock",
            _(
                "Screen lock: the vault stays open when the screen locks or the computer "
                "sleeps. Turn it on in Settings."
            ),
        )
    if watching is False:
        return _attention(
            "screen_lock",
            _(
                "Screen lock: on, but this system does not tell the app when the screen locks "
                "or the computer sleeps. Press Ctrl+L before you leave the computer."
            ),
        )
    if watching is None:
        return _ok(
            "screen_lock",
            _(
                "Screen lock: on; the running app locks when the system tells it that the "
                "screen locks or the computer sleeps (Linux desktops, Windows; not macOS)."
            ),
        )
    return _ok(
        "screen_lock",
        _("Screen lock: on; the vault locks when the screen locks or the computer sleeps."),
    )


# ---- the whole check ------------------------------------------------------------------------


def _silent(_fraction: float) -> None:
    """The progress callback when nobody listens."""


def check_vault(
    vault: Vault,
    *,
    keyring: KeyStore | None = None,
    screen_lock_watching: bool | None = None,
    verified: maintenance.VerifyReport | None = None,
    now: Callable[[], datetime] = datetime.now,
    progress: Progress | None = None,
) -> SecurityReport:
    """Run every item against the open ``vault``; reads only (no setting or row is written).

    Args:
        keyring: the keyring wrapper for this folder; None: reported as not checked.
        screen_lock_watching: whether the running app hears the screen lock (the GUI's
            ``ScreenLockGuard.watching``); None when nobody can tell (the CLI).
        verified: a report ``maintenance.verify`` just made: its clear-text scan is reused.
        now: the clock, for the backup's age.
        progress: called with fractions from 0 to 1 between items; may raise to stop.
    """
    report = progress or _silent
    settings = settings_service.load_settings(vault)
    steps: list[Callable[[], CheckItem]] = [
        lambda: cipher_item(cipher_settings(vault)),
        lambda: file_modes_item(vault.folder),
        lambda: keyring_item(keyring, vault.vault_id),
        lambda: auto_lock_item(settings.auto_lock_minutes),
        lambda: screen_lock_item(settings.lock_on_screen_lock, screen_lock_watching),
        lambda: leftovers_item(vault.folder),
        lambda: backup_item(vault, now()),
    ]
    if verified is not None:
        steps.append(lambda: plaintext_item(verified.plaintext, verified.files_scanned))
    else:
        steps.append(lambda: plaintext_item(*scan_plaintext(vault)))
    items: list[CheckItem] = []
    for done, step in enumerate(steps):
        report(done / len(steps))
        items.append(step())
    report(1.0)
    return SecurityReport(tuple(items))


def _keyring_store(folder: Path, timeout: float = KEYRING_TIMEOUT_S) -> KeyStore | None:
    """This computer's keyring wrapper, or None if the keyring does not answer in time."""
    built: list[KeyStore] = []

    def build() -> None:
        try:
            built.append(KeyringStore(folder))
        except Exception as exc:  # any keyring failure means "not checked"
            log.info("keyring not checked: %s", type(exc).__name__)

    worker = threading.Thread(target=build, name="keyring-check", daemon=True)
    worker.start()
    worker.join(timeout)
    return built[0] if built else None


def check_folder(
    folder: Path, passphrase: str, *, verified: maintenance.VerifyReport | None = None
) -> SecurityReport:
    """Unlock the vault in ``folder``, run the check, lock it again (the CLI's ``verify``).

    Whether the screen lock is heard cannot be known here (no app runs): that item says what
    the running app does.
    """
    store = _keyring_store(folder)
    with Vault.unlock(folder, passphrase) as vault:
        return check_vault(vault, keyring=store, verified=verified)
