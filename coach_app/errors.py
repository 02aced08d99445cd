"""Errors a person can act on.

Every error here carries a message fit for a dialog or for one CLI line: what happened and what
the person can do next. Anything that is not one of these is a bug and goes to the excepthook.
The CLI maps each class to an exit code through ``exit_code``.
"""

from __future__ import annotations


class CoachAppError(Exception):
    """Base of the errors meant for people, not for tracebacks."""

    exit_code = 1

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class WrongPassphrase(CoachAppError):
    """The passphrase (or recovery key) does not unlock this vault."""

    exit_code = 3


class VaultNotFound(CoachAppError):
    """There is no vault in the folder (no key header)."""


class VaultExists(CoachAppError):
    """A vault already exists where a new one was to be created."""


class VaultCorrupt(CoachAppError):
    """The key header or the database cannot be read; nothing was changed."""


class VaultInUse(CoachAppError):
    """Another Coach Companion process has this vault open."""


class VaultLocked(CoachAppError):
    """The vault was locked (idle or on request); unlock it to go on."""


class VaultBusy(CoachAppError):
    """This app's own long change (an import, a re-encryption) holds the vault for writing.

    A quick change made meanwhile is refused at once instead of waiting on the UI thread for
    the database's busy timeout; ``label`` names the work it waits for.
    """

    def __init__(self, message: str, label: str) -> None:
        super().__init__(message)
        self.label = label


class UnsupportedDriver(CoachAppError):
    """The database driver is not SQLCipher, so it would write clear text."""


class KeyringUnavailable(CoachAppError):
    """No real OS secret store is available, or it did not answer in time."""


class ImportRejected(CoachAppError):
    """An import file was refused; nothing was imported."""

    exit_code = 4


class ValidationError(CoachAppError):
    """A form value is not acceptable; the message names the field."""

    exit_code = 4


class NotFound(CoachAppError):
    """A coachee, session, goal or experiment does not exist (any more)."""


class StorageError(CoachAppError):
    """Writing to disk failed (disk full, read-only folder); earlier data is intact."""


class BackupFailed(CoachAppError):
    """A backup could not be written or did not verify."""


class Cancelled(CoachAppError):
    """A long task stopped because the coach locked, quit or cancelled; nothing half-written."""


class UsageError(CoachAppError):
    """The command line itself is wrong (exit 2)."""

    exit_code = 2
