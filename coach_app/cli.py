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
    ENV_PASSPHRASE,
    ENV_RECOVERY_KEY,
    PROG,
    build_parser,
    parse_args,
)
from coach_app.cli_io import (
    Progress,
    Secrets,
    complain,
    open_vault,
    refuse_target_in_vault,
    say,
    vault_folder,
    write_text,
)
from coach_app.errors import CoachAppError, NotFound, UsageError
from coach_app.i18n import _, ngettext

if TYPE_CHECKING:
    from coach_app.vault.vault import Vault

__all__ = ["COMMANDS", "build_parser", "parse_args", "run"]


# ---- commands -------------------------------------------------------------------------------


def _show_recovery_key(recovery_key: str) -> None:
    """The new recovery key, once, with what to do with it (init, change-passphrase)."""
    say(_("Recovery key (shown only this once):"))
    say()
    say(f"    {recovery_key}")
    say()
    say(_("Print it or write it down, and keep it somewhere safe away from this computer."))
    say(_("Without the passphrase or this recovery key nobody (not even you) can open the vault."))


def cmd_init(args: argparse.Namespace) -> int:
    """Create a vault and show its recovery key once."""
    from coach_app.vault import keys  # noqa: PLC0415
    from coach_app.vault.vault import Vault  # noqa: PLC0415

    folder = vault_folder(args)
    passphrase = Secrets(args.passphrase_stdin).new_passphrase(also_env=ENV_PASSPHRASE)
    kdf = keys.KdfParams() if os.environ.get(ENV_KDF_FAST) == "1" else None
    vault, recovery_key = Vault.create(folder, passphrase, kdf)
    vault.close()
    say(_("Vault created in {folder}.").format(folder=folder))
    say()
    _show_recovery_key(recovery_key)
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    """Import a JSON export, all or nothing."""
    from coach_app.services import exchange  # noqa: PLC0415

    # A missing or unreadable file is refused before unlocking; the content is read as a
    # stream by the import itself (any size, one coachee in memory at a time).
    source = exchange.read_import_file(args.file)
    with open_vault(args) as vault:
        summary = exchange.import_document(vault, source)
    say(_("Imported {summary}.").format(summary=summary.describe()))
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
    refuse_target_in_vault(args.out, vault_folder(args), refusal)
    refuse_target_in_vault(args.markdown, vault_folder(args), refusal)
    if args.markdown is not None:
        return _export_markdown(args)
    with open_vault(args) as vault:
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
                write_text(sys.stdout, text)
                return 0
            atomic_write_bytes(args.out, text.encode("utf-8"))
    say(
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

    with open_vault(args) as vault:
        coachee = None if args.coachee is None else _coachee_id(vault, args.coachee)
        written = export_markdown(vault, args.markdown, coachee, per_session=bool(args.per_session))
    say(
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

    refuse_target_in_vault(
        args.out,
        vault_folder(args),
        _(
            "A backup goes outside the vault folder or directly in its backups folder. "
            "Nothing was written."
        ),
        backups_allowed=True,
    )
    progress = Progress("backup")
    with open_vault(args) as vault:
        path = backups.back_up_now(vault, args.out, progress=progress)
    progress.done()
    say(_("Backup written and verified: {path}").format(path=path))
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    """Restore a backup (creating the vault if the folder has none)."""
    from coach_app.services import maintenance, row_counts  # noqa: PLC0415

    folder = vault_folder(args)
    if not args.file.is_file():
        raise NotFound(
            _("There is no backup file at {file}.").format(
                file=args.file,
            )
        )
    passphrase = Secrets(args.passphrase_stdin).passphrase()
    progress = Progress("restore")
    result = maintenance.restore(folder, args.file, passphrase, progress=progress)
    progress.done()
    if result.created:
        say(_("Vault created in {folder} from the backup.").format(folder=folder))
    else:
        say(_("Vault in {folder} restored from the backup.").format(folder=folder))
    if result.safety_backup is not None:
        say(
            _("The state before the restore is kept in {safety_backup}").format(
                safety_backup=result.safety_backup,
            )
        )
    if result.erasures_reapplied:
        n = result.erasures_reapplied
        say(
            ngettext(
                "{n} coachee erased since the backup was erased again.",
                "{n} coachees erased since the backup were erased again.",
                n,
            ).format(n=n)
        )
    if result.kept_current_header:
        say(_("The backup predates a passphrase change; the current passphrase still applies."))
    counts = row_counts.counts_summary(result.counts, hidden=("erasures",))
    say(_("Now in the vault: {counts}.").format(counts=counts))
    return 0


def cmd_verify(args: argparse.Namespace) -> int:
    """Check the vault's health; exit 0 healthy, 1 otherwise."""
    from coach_app.services import maintenance  # noqa: PLC0415
    from coach_app.vault.header import read_header  # noqa: PLC0415

    folder = vault_folder(args)
    read_header(folder)
    passphrase = Secrets(args.passphrase_stdin).passphrase()
    report = maintenance.verify(folder, passphrase)
    # First the items of Help → Security check (its clear-text scan is the report's), then the
    # health report, whose verdict stays the last line and the exit code.
    from coach_app.services import security_check  # noqa: PLC0415

    say(_("Security check:"))
    for line in security_check.check_folder(folder, passphrase, verified=report).lines():
        say(f"  {line}")
    for line in report.lines():
        say(line)
    return 0 if report.healthy else 1


def cmd_erase(args: argparse.Namespace) -> int:
    """Erase one coachee for good, here and in the vault's backups; say what stays out of reach.

    The erasure survives restoring an older backup into this vault.
    """
    from coach_app.services import coachees, erasure  # noqa: PLC0415

    with open_vault(args) as vault:
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
    say(
        _("Erased coachee {coachee_id} ({detail}).").format(
            coachee_id=args.coachee_id,
            detail=erasure.rows_summary(result.rows),
        )
    )
    if result.backups_purged:
        n = len(result.backups_purged)
        say(ngettext("Cleaned {n} backup:", "Cleaned {n} backups:", n).format(n=n))
        for path in result.backups_purged:
            say(f"  {path}")
    for failed in result.backups_not_purged:
        say(
            _("Could not clean the backup {path}: {reason}.").format(
                path=failed.path, reason=failed.reason
            )
        )
    for sentence in result.notice:
        say(sentence)
    return 0


def cmd_change_passphrase(args: argparse.Namespace) -> int:
    """Re-wrap the data key under a new passphrase; ``--re-encrypt``: a new data key too."""
    from coach_app.vault.header import read_header  # noqa: PLC0415
    from coach_app.vault.vault import Vault  # noqa: PLC0415

    folder = vault_folder(args)
    read_header(folder)
    secrets = Secrets(args.passphrase_stdin)
    if args.recovery_key:
        key = secrets.passphrase("recovery key", env=ENV_RECOVERY_KEY)
        vault = Vault.unlock_with_recovery_key(folder, key)
    else:
        vault = Vault.unlock(folder, secrets.passphrase())
    with vault:
        if not args.re_encrypt:
            vault.change_passphrase(secrets.new_passphrase())
            say(_("Passphrase changed. The recovery key stays the same."))
            return 0
        new_passphrase = secrets.new_passphrase()
        progress = Progress("re-encrypt")
        recovery_key = vault.re_encrypt(new_passphrase, progress=progress)
        progress.done()
    say(_("Passphrase changed and the vault re-encrypted under a new key."))
    say(_("The old passphrase and the old recovery key no longer open it."))
    say(
        _(
            "Backups made before this change keep the old key: they still open with the old "
            "passphrase and the old recovery key. Delete them if the old passphrase leaked."
        )
    )
    say()
    _show_recovery_key(recovery_key)
    return 0


def cmd_demo_data(args: argparse.Namespace) -> int:
    """Fill the vault with synthetic sample data."""
    from coach_app.services import demo, row_counts  # noqa: PLC0415 - loads only when used

    kwargs: dict[str, Any] = {}
    if args.coachees is not None:
        kwargs["coachees"] = args.coachees
    if args.sessions is not None:
        kwargs["sessions_per_coachee"] = args.sessions
    if args.repeat_text:
        kwargs["repeat_text"] = True
    if args.seed is not None:
        kwargs["seed"] = args.seed
    progress = Progress("demo data")
    with open_vault(args) as vault:
        demo.generate(vault, progress=progress, **kwargs)
        # The action-learning set and the intervision group, among the coachees just made
        # (looked up, not imported: a generator without groups simply adds none).
        generate_groups = getattr(demo, "generate_groups", None)
        if generate_groups is not None:
            generate_groups(vault, seed=args.seed)
        counts = vault.counts()
    progress.done()
    # Link tables (who attended, who is a member) say nothing a coach counts.
    hidden = ("erasures", "group_members", "group_attendance")
    summary = row_counts.counts_summary(counts, hidden)
    say(_("Demo data added. Now in the vault: {summary}.").format(summary=summary))
    return 0


def _coachee_id(vault: Vault, text: str) -> str:
    """A whole coachee id, or a unique prefix of one (as ``coach-app coachees`` lists them).

    Erasure is the exception: ``erase-coachee`` takes only a whole id.
    """
    from coach_app.services.brief import resolve_coachee_id  # noqa: PLC0415

    return resolve_coachee_id(vault, text)


def cmd_report(args: argparse.Namespace) -> int:
    """Write a PDF report about one coachee."""
    refuse_target_in_vault(
        args.out,
        vault_folder(args),
        _("A report is not encrypted: write it outside the vault folder. Nothing was written."),
    )
    include = frozenset(getattr(args, "include", None) or ())
    if include and not getattr(args, "coachee_copy", False):
        raise UsageError(_("--include only applies to --coachee-copy. Nothing was written."))
    progress = Progress("report")
    if getattr(args, "coachee_copy", False):
        from coach_app.services import coachee_copy  # noqa: PLC0415 - reportlab loads when used

        with open_vault(args) as vault:
            path = coachee_copy.write_coachee_copy(
                vault,
                _coachee_id(vault, args.coachee_id),
                args.out,
                include=include,
                progress=progress,
            )
        progress.done()
        say(_("Coachee's copy written: {value}").format(value=path))
        return 0
    from coach_app.services import report  # noqa: PLC0415 - reportlab loads only when used

    with open_vault(args) as vault:
        coachee_id = _coachee_id(vault, args.coachee_id)
        path = report.write_report(vault, coachee_id, args.out, progress=progress)
    progress.done()
    say(_("Report written: {value}").format(value=path or args.out))
    return 0


def cmd_hours(args: argparse.Namespace) -> int:
    """Print the hours log, or write it as CSV or .xlsx (0600, atomic, never in the vault)."""
    out = args.csv or args.xlsx
    refuse_target_in_vault(
        out,
        vault_folder(args),
        _("An hours log is not encrypted: write it outside the vault folder. Nothing was written."),
    )
    from coach_app.services import hours, hours_export  # noqa: PLC0415

    with open_vault(args) as vault:
        log = hours.hours_log(vault, start=args.start, end=args.end)
    if out is None:
        say(hours_export.summary_text(log))
        return 0
    hours_export.write_hours_file(log, out, "csv" if args.csv else "xlsx")
    say(_("Hours log written to {out} (NOT encrypted: keep it safe).").format(out=out))
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
        complain(exc.message)
        return exc.exit_code
    storage = _storage_failure(exc, args)
    if storage is not None:
        _log_internal_error(exc)  # still a path that should have typed it: type and stack only
        complain(storage.message)
        return storage.exit_code
    if isinstance(exc, KeyboardInterrupt):
        complain(_("interrupted"))
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
        complain(_("no input given; nothing was changed"))
        return 2
    path = _log_internal_error(exc)
    where = f" ({path})" if path else ""
    complain(
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
        complain(
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
