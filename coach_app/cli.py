"""The command line: headless commands for automation and data portability (never imports Qt).

The commands, exit codes and passphrase sources are a contract that scripts rely on (issue 3):

* vault folder: ``--vault DIR``, else ``COACH_APP_VAULT``, else the platform user-data folder;
* passphrase: ``COACH_APP_PASSPHRASE``, else ``--passphrase-stdin`` (first line of stdin), else a
  prompt; with no terminal to prompt on, exit 2;
* new passphrase (``init``, ``change-passphrase``): ``COACH_APP_NEW_PASSPHRASE``, else the next
  line of stdin, else a prompt (twice); ``init`` also takes ``COACH_APP_PASSPHRASE``;
* exit codes: 0 done, 1 failed (one line on stderr, never a traceback), 2 usage, 3 wrong
  passphrase or recovery key, 4 input rejected (nothing changed).

``COACH_APP_KDF_FAST=1`` makes ``init`` skip calibration and use the Argon2id floor (64 MiB,
3 iterations; still within docs/security.md). It exists for tests and benchmarks only.

Results go to stdout, errors and progress to stderr, so ``export`` and ``search --json`` can be
piped. No message here ever contains note text or key material, except the recovery key that
``init`` shows once on purpose.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import sys
import traceback
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO, TextIO, cast

from coach_app.cli_args import (
    ENV_KDF_FAST,
    ENV_NEW_PASSPHRASE,
    ENV_PASSPHRASE,
    ENV_RECOVERY_KEY,
    PROG,
    build_parser,
    parse_args,
)
from coach_app.errors import CoachAppError, NotFound, UsageError, ValidationError
from coach_app.i18n import _, ngettext

if TYPE_CHECKING:
    from coach_app.vault.vault import Vault

__all__ = ["COMMANDS", "build_parser", "parse_args", "run"]


# ---- input and output -----------------------------------------------------------------------


def _stdin_is_tty() -> bool:
    try:
        return sys.stdin is not None and sys.stdin.isatty()
    except (AttributeError, ValueError, OSError):
        return False


def _write(stream: TextIO, text: str) -> None:
    """Write UTF-8 whatever the locale says (names and notes are rarely ASCII)."""
    buffer = getattr(stream, "buffer", None)
    if buffer is None:
        stream.write(text)
        return
    stream.flush()
    buffer.write(text.encode("utf-8"))
    buffer.flush()


def _out(text: str = "") -> None:
    _write(sys.stdout, text + "\n")


def _err(text: str) -> None:
    # One line, always: messages are for people and scripts that read stderr by line.
    _write(sys.stderr, f"{PROG}: {' '.join(text.split())}\n")


class _Progress:
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


class _Secrets:
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
        if _stdin_is_tty():
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
        if self.use_stdin or not _stdin_is_tty():
            return self.next_line("the new passphrase")
        import getpass  # noqa: PLC0415 - see passphrase()

        first = getpass.getpass("New passphrase: ")
        if getpass.getpass("The new passphrase again: ") != first:
            raise ValidationError(_("The two passphrases differ; nothing was changed."))
        return first


# ---- shared steps ---------------------------------------------------------------------------


def _folder(args: argparse.Namespace) -> Path:
    from coach_app.paths import default_vault_dir  # noqa: PLC0415 - keeps --help fast

    return Path(args.vault) if args.vault else default_vault_dir()


def _unlock(args: argparse.Namespace, passphrase: str | None = None) -> Any:
    from coach_app.vault.header import read_header  # noqa: PLC0415
    from coach_app.vault.vault import Vault  # noqa: PLC0415

    folder = _folder(args)
    read_header(folder)  # "no vault here" before asking for a passphrase
    if passphrase is None:
        passphrase = _Secrets(args.passphrase_stdin).passphrase()
    return Vault.unlock(folder, passphrase)


def _refuse_target_in_vault(
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


# ---- commands -------------------------------------------------------------------------------


def cmd_init(args: argparse.Namespace) -> int:
    """Create a vault and show its recovery key once."""
    from coach_app.vault import keys  # noqa: PLC0415
    from coach_app.vault.vault import Vault  # noqa: PLC0415

    folder = _folder(args)
    passphrase = _Secrets(args.passphrase_stdin).new_passphrase(also_env=ENV_PASSPHRASE)
    kdf = keys.KdfParams() if os.environ.get(ENV_KDF_FAST) == "1" else None
    vault, recovery_key = Vault.create(folder, passphrase, kdf)
    vault.close()
    _out(_("Vault created in {folder}.").format(folder=folder))
    _out()
    _out(_("Recovery key (shown only this once):"))
    _out()
    _out(f"    {recovery_key}")
    _out()
    _out(_("Print it or write it down, and keep it somewhere safe away from this computer."))
    _out(_("Without the passphrase or this recovery key nobody (not even you) can open the vault."))
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    """Import a JSON export, all or nothing."""
    from coach_app.services import exchange  # noqa: PLC0415

    # A missing or unreadable file is refused before unlocking; the content is read as a
    # stream by the import itself (any size, one coachee in memory at a time).
    source = exchange.read_import_file(args.file)
    with _unlock(args) as vault:
        summary = exchange.import_document(vault, source)
    _out(_("Imported {summary}.").format(summary=summary.describe()))
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    """Export to stdout or to a file (0600, written atomically), or as Markdown files.

    ``--coachee ID`` exports one coachee only (``exchange.export_coachee``); ``--markdown DIR``
    writes Markdown into an existing folder instead of JSON.
    """
    from coach_app.services import exchange  # noqa: PLC0415
    from coach_app.vault.files import atomic_write_bytes  # noqa: PLC0415

    if args.markdown is not None and args.out is not None:
        raise UsageError(_("Give --out or --markdown, not both. Nothing was written."))
    if args.per_session and args.markdown is None:
        raise UsageError(_("--per-session only applies to --markdown. Nothing was written."))
    refusal = _(
        "An export is not encrypted: write it outside the vault folder. Nothing was written."
    )
    _refuse_target_in_vault(args.out, _folder(args), refusal)
    _refuse_target_in_vault(args.markdown, _folder(args), refusal)
    if args.markdown is not None:
        return _export_markdown(args)
    with _unlock(args) as vault:
        if args.coachee is None:
            # The whole vault is streamed one coachee at a time: never held in memory at once.
            if args.out is None:
                _stream_export(vault, sys.stdout)
                return 0
            exchange.export_to_file(vault, args.out)
        else:
            doc = exchange.export_coachee(vault, _coachee_id(vault, args.coachee))
            text = json.dumps(doc, ensure_ascii=False, indent=2, allow_nan=False) + "\n"
            if args.out is None:
                _write(sys.stdout, text)
                return 0
            atomic_write_bytes(args.out, text.encode("utf-8"))
    _out(
        _("Exported to {out} (NOT encrypted: keep it safe, delete it when done).").format(
            out=args.out,
        )
    )
    return 0


def _stream_export(vault: Vault, out: TextIO | BinaryIO) -> None:
    """The whole-vault export written to ``out`` as UTF-8, whatever the locale says."""
    from coach_app.services import exchange  # noqa: PLC0415
    from coach_app.services.files_out import write_utf8  # noqa: PLC0415

    raw = cast(BinaryIO, getattr(out, "buffer", out))  # a text stream's bytes (stdout)
    if raw is not out:
        out.flush()
    write_utf8(raw, lambda text: exchange.write_export(vault, text))


def _export_markdown(args: argparse.Namespace) -> int:
    """``export --markdown DIR``: the notes as Markdown files (one coachee with --coachee)."""
    from coach_app.services.markdown_export import export_markdown  # noqa: PLC0415

    with _unlock(args) as vault:
        coachee = None if args.coachee is None else _coachee_id(vault, args.coachee)
        written = export_markdown(vault, args.markdown, coachee, per_session=bool(args.per_session))
    _out(
        ngettext(
            "Wrote {n} Markdown file to {folder} (NOT encrypted: keep it safe).",
            "Wrote {n} Markdown files to {folder} (NOT encrypted: keep it safe).",
            len(written),
        ).format(n=len(written), folder=args.markdown)
    )
    return 0


def cmd_search(args: argparse.Namespace) -> int:
    """Search (``cli_search``: a quick read without SQLAlchemy, imported only when it runs)."""
    from coach_app import cli_search  # noqa: PLC0415

    return cli_search.cmd_search(args)


def cmd_backup(args: argparse.Namespace) -> int:
    """Write a verified, encrypted backup (the same use case as the app's "Back up now")."""
    from coach_app.services import backups  # noqa: PLC0415

    _refuse_target_in_vault(
        args.out,
        _folder(args),
        _(
            "A backup goes outside the vault folder or directly in its backups folder. "
            "Nothing was written."
        ),
        backups_allowed=True,
    )
    progress = _Progress("backup")
    with _unlock(args) as vault:
        path = backups.back_up_now(vault, args.out, progress=progress)
    progress.done()
    _out(_("Backup written and verified: {path}").format(path=path))
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    """Restore a backup (creating the vault if the folder has none)."""
    from coach_app.services import maintenance, row_counts  # noqa: PLC0415

    folder = _folder(args)
    if not args.file.is_file():
        raise NotFound(
            _("There is no backup file at {file}.").format(
                file=args.file,
            )
        )
    passphrase = _Secrets(args.passphrase_stdin).passphrase()
    progress = _Progress("restore")
    result = maintenance.restore(folder, args.file, passphrase, progress=progress)
    progress.done()
    if result.created:
        _out(_("Vault created in {folder} from the backup.").format(folder=folder))
    else:
        _out(_("Vault in {folder} restored from the backup.").format(folder=folder))
    if result.safety_backup is not None:
        _out(
            _("The state before the restore is kept in {safety_backup}").format(
                safety_backup=result.safety_backup,
            )
        )
    if result.erasures_reapplied:
        n = result.erasures_reapplied
        _out(
            ngettext(
                "{n} coachee erased since the backup was erased again.",
                "{n} coachees erased since the backup were erased again.",
                n,
            ).format(n=n)
        )
    if result.kept_current_header:
        _out(_("The backup predates a passphrase change; the current passphrase still applies."))
    counts = row_counts.counts_summary(result.counts, hidden=("erasures",))
    _out(_("Now in the vault: {counts}.").format(counts=counts))
    return 0


def cmd_verify(args: argparse.Namespace) -> int:
    """Check the vault's health; exit 0 healthy, 1 otherwise."""
    from coach_app.services import maintenance  # noqa: PLC0415
    from coach_app.vault.header import read_header  # noqa: PLC0415

    folder = _folder(args)
    read_header(folder)
    passphrase = _Secrets(args.passphrase_stdin).passphrase()
    report = maintenance.verify(folder, passphrase)
    # First the items of Help → Security check (its clear-text scan is the report's), then the
    # health report, whose verdict stays the last line and the exit code.
    from coach_app.services import security_check  # noqa: PLC0415

    _out(_("Security check:"))
    for line in security_check.check_folder(folder, passphrase, verified=report).lines():
        _out(f"  {line}")
    for line in report.lines():
        _out(line)
    return 0 if report.healthy else 1


def cmd_erase(args: argparse.Namespace) -> int:
    """Erase one coachee for good, here and in the vault's backups; say what stays out of reach.

    The erasure survives restoring an older backup into this vault.
    """
    from coach_app.services import coachees, erasure  # noqa: PLC0415

    with _unlock(args) as vault:
        try:
            coachees.get_coachee(vault, args.coachee_id)
        except NotFound:
            # Checked first so a mistyped id does not leave an erasure record behind.
            raise NotFound(
                _(
                    "There is no coachee {coachee_id} in this vault (already erased, "
                    "or a mistyped id). Nothing was erased."
                ).format(
                    coachee_id=args.coachee_id,
                )
            ) from None
        result = erasure.erase_coachee(vault, args.coachee_id)
    _out(
        _("Erased coachee {coachee_id} ({detail}).").format(
            coachee_id=args.coachee_id,
            detail=erasure.rows_summary(result.rows),
        )
    )
    if result.backups_purged:
        n = len(result.backups_purged)
        _out(ngettext("Cleaned {n} backup:", "Cleaned {n} backups:", n).format(n=n))
        for path in result.backups_purged:
            _out(f"  {path}")
    for failed in result.backups_not_purged:
        _out(
            _("Could not clean the backup {path}: {reason}.").format(
                path=failed.path, reason=failed.reason
            )
        )
    for sentence in result.notice:
        _out(sentence)
    return 0


def cmd_change_passphrase(args: argparse.Namespace) -> int:
    """Re-wrap the data key under a new passphrase; ``--re-encrypt``: a new data key too."""
    from coach_app.vault.header import read_header  # noqa: PLC0415
    from coach_app.vault.vault import Vault  # noqa: PLC0415

    folder = _folder(args)
    read_header(folder)
    secrets = _Secrets(args.passphrase_stdin)
    if args.recovery_key:
        key = secrets.passphrase("recovery key", env=ENV_RECOVERY_KEY)
        vault = Vault.unlock_with_recovery_key(folder, key)
    else:
        vault = Vault.unlock(folder, secrets.passphrase())
    with vault:
        if not args.re_encrypt:
            vault.change_passphrase(secrets.new_passphrase())
            _out(_("Passphrase changed. The recovery key stays the same."))
            return 0
        new_passphrase = secrets.new_passphrase()
        progress = _Progress("re-encrypt")
        recovery_key = vault.re_encrypt(new_passphrase, progress=progress)
        progress.done()
    _out(_("Passphrase changed and the vault re-encrypted under a new key."))
    _out(_("The old passphrase and the old recovery key no longer open it."))
    _out(
        _(
            "Backups made before this change keep the old key: they still open with the old "
            "passphrase and the old recovery key. Delete them if the old passphrase leaked."
        )
    )
    _out()
    _out(_("Recovery key (shown only this once):"))
    _out()
    _out(f"    {recovery_key}")
    _out()
    _out(_("Print it or write it down, and keep it somewhere safe away from this computer."))
    _out(_("Without the passphrase or this recovery key nobody (not even you) can open the vault."))
    return 0


def cmd_demo_data(args: argparse.Namespace) -> int:
    """Fill the vault with synthetic sample data."""
    from coach_app.services import demo, row_counts  # noqa: PLC0415 - loads only when used

    kwargs: dict[str, Any] = {}
    if args.coachees is not None:
        kwargs["coachees"] = args.coachees
    if args.sessions is not None:
        kwargs["sessions_per_coachee"] = args.sessions
    progress = _Progress("demo data")
    with _unlock(args) as vault:
        demo.generate(vault, progress=progress, **kwargs)
        # The action-learning set and the intervision group, among the coachees just made
        # (looked up, not imported: a generator without groups simply adds none).
        generate_groups = getattr(demo, "generate_groups", None)
        if generate_groups is not None:
            generate_groups(vault)
        counts = vault.counts()
    progress.done()
    # Link tables (who attended, who is a member) say nothing a coach counts.
    hidden = ("erasures", "group_members", "group_attendance")
    summary = row_counts.counts_summary(counts, hidden)
    _out(_("Demo data added. Now in the vault: {summary}.").format(summary=summary))
    return 0


def _coachee_id(vault: Vault, text: str) -> str:
    """A whole coachee id, or a unique prefix of one (as ``coach-app coachees`` lists them).

    Erasure is the exception: ``erase-coachee`` takes only a whole id.
    """
    from coach_app.services.brief import resolve_coachee_id  # noqa: PLC0415

    return resolve_coachee_id(vault, text)


def cmd_report(args: argparse.Namespace) -> int:
    """Write a PDF report about one coachee."""
    _refuse_target_in_vault(
        args.out,
        _folder(args),
        _("A report is not encrypted: write it outside the vault folder. Nothing was written."),
    )
    include = frozenset(getattr(args, "include", None) or ())
    if include and not getattr(args, "coachee_copy", False):
        raise UsageError(_("--include only applies to --coachee-copy. Nothing was written."))
    progress = _Progress("report")
    if getattr(args, "coachee_copy", False):
        from coach_app.services import coachee_copy  # noqa: PLC0415 - reportlab loads when used

        with _unlock(args) as vault:
            path = coachee_copy.write_coachee_copy(
                vault,
                _coachee_id(vault, args.coachee_id),
                args.out,
                include=include,
                progress=progress,
            )
        progress.done()
        _out(_("Coachee's copy written: {value}").format(value=path))
        return 0
    from coach_app.services import report  # noqa: PLC0415 - reportlab loads only when used

    with _unlock(args) as vault:
        coachee_id = _coachee_id(vault, args.coachee_id)
        path = report.write_report(vault, coachee_id, args.out, progress=progress)
    progress.done()
    _out(_("Report written: {value}").format(value=path or args.out))
    return 0


def cmd_hours(args: argparse.Namespace) -> int:
    """Print the hours log, or write it as CSV or .xlsx (0600, atomic, never in the vault)."""
    out = args.csv or args.xlsx
    _refuse_target_in_vault(
        out,
        _folder(args),
        _("An hours log is not encrypted: write it outside the vault folder. Nothing was written."),
    )
    from coach_app.services import hours, hours_export  # noqa: PLC0415

    with _unlock(args) as vault:
        log = hours.hours_log(vault, start=args.start, end=args.end)
    if out is None:
        _out(hours_export.summary_text(log))
        return 0
    hours_export.write_hours_file(log, out, "csv" if args.csv else "xlsx")
    _out(_("Hours log written to {out} (NOT encrypted: keep it safe).").format(out=out))
    return 0


def cmd_brief(args: argparse.Namespace) -> int:
    """The pre-session brief (``cli_brief``, imported only when it runs)."""
    from coach_app import cli_brief  # noqa: PLC0415

    return cli_brief.cmd_brief(args)


def cmd_coachees(args: argparse.Namespace) -> int:
    """The coachees' ids and names (``cli_brief``, imported only when it runs)."""
    from coach_app import cli_brief  # noqa: PLC0415

    return cli_brief.cmd_coachees(args)


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "init": cmd_init,
    "import": cmd_import,
    "export": cmd_export,
    "search": cmd_search,
    "backup": cmd_backup,
    "restore": cmd_restore,
    "verify": cmd_verify,
    "erase-coachee": cmd_erase,
    "change-passphrase": cmd_change_passphrase,
    "demo-data": cmd_demo_data,
    "report": cmd_report,
    "hours": cmd_hours,
    "brief": cmd_brief,
    "coachees": cmd_coachees,
}


# ---- running --------------------------------------------------------------------------------


def _log_internal_error(exc: BaseException) -> Path | None:
    """Append the error's type and stack to the shared log (no message, no values).

    The message and values are left out because they may hold notes. Written directly, so it
    lands there even when ``run`` was bypassed.
    """
    from coach_app import logfile  # noqa: PLC0415

    try:
        logfile.make_private_dir(logfile.log_dir())
        path = logfile.log_path()
        frames = traceback.extract_tb(exc.__traceback__)
        lines = [
            f"{datetime.now(UTC).isoformat(timespec='seconds')} internal error: "
            f"{type(exc).__module__}.{type(exc).__qualname__}",
            *(f"  {f.filename}:{f.lineno} in {f.name}" for f in frames),
        ]
        with logfile.open_private(path) as fh:
            fh.write("\n".join(lines) + "\n")
    except OSError:
        return None
    return path


def _storage_failure(exc: BaseException, args: argparse.Namespace | None) -> CoachAppError | None:
    """Disk trouble that reached the top untyped, as the plain error it is; None otherwise.

    A full disk or read-only folder is never an "internal error", whatever path let it through.
    """
    from coach_app.vault.engine import untyped_storage_error  # noqa: PLC0415 - keeps --help fast

    command = getattr(args, "command", None)
    out = getattr(args, "out", None)
    labels = {"backup": _("the backup"), "export": _("the export"), "report": _("the report")}
    out_file = labels.get(command or "")
    written = out if out_file is not None and out is not None else getattr(args, "vault", None)
    return untyped_storage_error(
        exc, Path(written) if written else None, out_file, elsewhere=out_file is not None
    )


def _failure(exc: BaseException, args: argparse.Namespace | None = None) -> int:
    """Say in one line what went wrong and return the exit code for it."""
    if isinstance(exc, CoachAppError):
        _err(exc.message)
        return exc.exit_code
    storage = _storage_failure(exc, args)
    if storage is not None:
        _log_internal_error(exc)  # still a path that should have typed it: type and stack only
        _err(storage.message)
        return storage.exit_code
    if isinstance(exc, KeyboardInterrupt):
        _err(_("interrupted"))
        return 130
    if isinstance(exc, BrokenPipeError):
        # The reader went away (``export | head``): not a bug, and nothing left to say. Point
        # stdout at devnull so the interpreter's final flush does not raise again.
        with contextlib.suppress(OSError, ValueError, AttributeError):
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
        return 1
    if isinstance(exc, EOFError):
        # Ctrl+D at a passphrase prompt.
        _err(_("no input given; nothing was changed"))
        return 2
    path = _log_internal_error(exc)
    where = f" ({path})" if path else ""
    _err(
        _("internal error: {name__}; see the log{where}").format(
            name__=type(exc).__name__,
            where=where,
        )
    )
    return 1


def run(args: argparse.Namespace) -> int:
    """Run a headless command; returns the exit code. Never lets a traceback out."""
    handler = COMMANDS.get(args.command or "")
    if handler is None:
        _err(
            _("{command!r} is not a command here; see '{PROG} --help'.").format(
                command=args.command,
                PROG=PROG,
            )
        )
        return 2
    from coach_app import logfile  # noqa: PLC0415

    # The shared log and the crash file (a fault in SQLCipher leaves its stacks there).
    logfile.start()
    try:
        return handler(args)
    except (Exception, KeyboardInterrupt) as exc:
        return _failure(exc, args)
    finally:
        logfile.stop()
