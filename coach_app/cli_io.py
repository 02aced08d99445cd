"""What every command of the command line shares: output, passphrases, the vault it names.

Results go to stdout and one-line errors to stderr, always as UTF-8 (``write_text``);
passphrases come from the environment, standard input or a prompt in the order
``coach_app.cli`` documents (``Secrets``); ``open_vault`` unlocks the vault a command names,
``refuse_target_in_vault`` keeps every ``--out`` out of the vault folder. Never imports Qt, and
imports the vault only when a command runs, so ``--help`` stays fast.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Any, TextIO

from coach_app.cli_args import ENV_NEW_PASSPHRASE, ENV_PASSPHRASE, PROG
from coach_app.errors import UsageError, ValidationError
from coach_app.i18n import _

# ---- input and output -----------------------------------------------------------------------


def stdin_is_tty() -> bool:
    try:
        return sys.stdin is not None and sys.stdin.isatty()
    except (AttributeError, ValueError, OSError):
        return False


def write_text(stream: TextIO, text: str) -> None:
    """Write UTF-8 whatever the locale says (names and notes are rarely ASCII)."""
    buffer = getattr(stream, "buffer", None)
    if buffer is None:
        stream.write(text)
        return
    stream.flush()
    buffer.write(text.encode("utf-8"))
    buffer.flush()


def say(text: str = "") -> None:
    write_text(sys.stdout, text + "\n")


def complain(text: str) -> None:
    # One line, always: messages are for people and scripts that read stderr by line.
    write_text(sys.stderr, f"{PROG}: {' '.join(text.split())}\n")


class Progress:
    """Percent on stderr when it is a terminal; silent otherwise (logs stay clean)."""

    def __init__(self, label: str) -> None:
        self.label = label
        self.active = sys.stderr is not None and sys.stderr.isatty()
        self._last = -1

    def __call__(self, *values: Any) -> None:
        if not self.active or not values:
            return
        numbers = [x for x in values if isinstance(x, int | float) and not isinstance(x, bool)]
        if len(numbers) >= 2 and numbers[1]:
            fraction = numbers[0] / numbers[1]
        elif numbers:
            fraction = float(numbers[0])
        else:
            return
        percent = max(0, min(100, int(fraction * 100)))
        if percent != self._last:
            self._last = percent
            sys.stderr.write(f"\r{self.label}: {percent:3d}%")
            sys.stderr.flush()

    def done(self) -> None:
        if self.active and self._last >= 0:
            sys.stderr.write("\n")
            sys.stderr.flush()


class Secrets:
    """Where passphrases come from, in the order the contract fixes."""

    def __init__(self, use_stdin: bool) -> None:
        self.use_stdin = use_stdin
        self._lines = 0

    def next_line(self, what: str) -> str:
        """The next line of standard input, without its line ending; ``what`` names it in errors."""
        line = sys.stdin.readline() if sys.stdin is not None else ""
        self._lines += 1
        if not line:
            raise UsageError(
                _("Expected {what} on line {lines} of standard input.").format(
                    what=what,
                    lines=self._lines,
                )
            )
        return line.rstrip("\r\n")

    def passphrase(self, label: str = "passphrase", env: str = ENV_PASSPHRASE) -> str:
        value = os.environ.get(env)
        if value:
            return value
        if self.use_stdin:
            return self.next_line(f"the {label}")
        if stdin_is_tty():
            import getpass  # noqa: PLC0415 - only with someone to ask (termios with it)

            return getpass.getpass(f"{label.capitalize()}: ")
        raise UsageError(
            _("No {label} given: set ${env}, use --passphrase-stdin, or run in a terminal.").format(
                label=label,
                env=env,
            )
        )

    def new_passphrase(self, *, also_env: str | None = None) -> str:
        for env in (ENV_NEW_PASSPHRASE, also_env):
            value = os.environ.get(env) if env else None
            if value:
                return value
        if self.use_stdin or not stdin_is_tty():
            return self.next_line("the new passphrase")
        import getpass  # noqa: PLC0415 - see passphrase()

        first = getpass.getpass("New passphrase: ")
        if getpass.getpass("The new passphrase again: ") != first:
            raise ValidationError(_("The two passphrases differ; nothing was changed."))
        return first


# ---- shared steps ---------------------------------------------------------------------------


def vault_folder(args: argparse.Namespace) -> Path:
    from coach_app.paths import default_vault_dir  # noqa: PLC0415 - keeps --help fast

    return Path(args.vault) if args.vault else default_vault_dir()


def open_vault(args: argparse.Namespace, passphrase: str | None = None) -> Any:
    from coach_app.vault.header import read_header  # noqa: PLC0415
    from coach_app.vault.vault import Vault  # noqa: PLC0415

    folder = vault_folder(args)
    read_header(folder)  # "no vault here" before asking for a passphrase
    if passphrase is None:
        passphrase = Secrets(args.passphrase_stdin).passphrase()
    return Vault.unlock(folder, passphrase)


def refuse_target_in_vault(
    out: Path | None, folder: Path, refusal: str, *, backups_allowed: bool = False
) -> None:
    """Refuse an ``--out`` target in the vault folder; every command's ``--out`` goes through here.

    The vault folder holds only the vault's own ciphertext (docs/security.md 1): an export or a
    report is clear text, and any other file could overwrite one of the vault's. So a target
    that is the folder, lies in it or would replace one of its files is refused, after resolving
    both paths: a symlink pointing in, a symlinked folder or ``..`` do not get around it.

    Decision for backups (``backups_allowed``): the vault's own ``backups/`` folder is where
    backups go by default, so ``backup --out`` may name exactly that folder or a file directly
    in it; anywhere else in the vault folder (a sub-folder of ``backups/`` included) is refused.
    Called before unlocking, so a refused command writes nothing anywhere.

    Raises:
        ValidationError: (exit 4) the target is in the vault folder.
    """
    if out is None:
        return  # the command's default place (stdout, or ``backups/`` for a backup)
    # realpath rather than Path.resolve: it does not raise on a symlink loop (such a target
    # cannot be written anyway) and it follows a dangling symlink to where it would write.
    vault = Path(os.path.realpath(folder))
    target = Path(os.path.realpath(out))
    if backups_allowed:
        from coach_app.vault.vault import BACKUP_DIR  # noqa: PLC0415 - keeps --help fast

        # An existing folder gets a new file inside it (services.maintenance.backup).
        parent = target if target.is_dir() else target.parent
        if parent == vault / BACKUP_DIR:
            return
    if target == vault or vault in target.parents:
        raise ValidationError(refusal)
