"""The command line's arguments: the parser, its options and help texts, the variable names.

Kept apart from ``cli.py`` (the commands) so the contract scripts rely on — option names,
sub-commands, environment variables — reads in one place.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any, Protocol

from coach_app.i18n import _

ENV_PASSPHRASE = "COACH_APP_PASSPHRASE"  # noqa: S105 - the name of a variable, not a secret
ENV_NEW_PASSPHRASE = "COACH_APP_NEW_PASSPHRASE"  # noqa: S105 - a variable name
ENV_RECOVERY_KEY = "COACH_APP_RECOVERY_KEY"
ENV_KDF_FAST = "COACH_APP_KDF_FAST"
PROG = "coach-app"
MAX_SEARCH_LIMIT = 1000


# ---- parsing --------------------------------------------------------------------------------


def _folder_arg(text: str) -> Path:
    if not text.strip():
        raise argparse.ArgumentTypeError(_("the vault folder must not be empty"))
    return Path(text).expanduser()


def _int_between(low: int, high: int) -> Callable[[str], int]:
    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(
                _("{text!r} is not a whole number").format(text=text)
            ) from None
        if not low <= value <= high:
            raise argparse.ArgumentTypeError(
                _("must be between {low} and {high}").format(low=low, high=high)
            )
        return value

    return parse


def _date_arg(text: str) -> date:
    try:
        if len(text) != len("2025-03-31"):
            raise ValueError(text)
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            _("{text!r} is not a date like 2025-03-31").format(text=text)
        ) from None


def _common_options(*, suppress: bool) -> argparse.ArgumentParser:
    """``--vault`` and ``--passphrase-stdin``, accepted before or after the command."""
    # On the sub-commands the defaults are suppressed, so an option given before the command
    # is not overwritten by the sub-parser's default.
    default: Any = argparse.SUPPRESS if suppress else None
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--vault",
        type=_folder_arg,
        metavar="DIR",
        default=default,
        help=_("the vault folder (default: $COACH_APP_VAULT, else the user-data folder)"),
    )
    common.add_argument(
        "--passphrase-stdin",
        action="store_true",
        default=argparse.SUPPRESS if suppress else False,
        help=_("read the passphrase from the first line of standard input"),
    )
    return common


class _Add(Protocol):
    """Adds one sub-command's parser (``build_parser``'s ``add``)."""

    def __call__(self, name: str, help_text: str, **kwargs: Any) -> argparse.ArgumentParser: ...


# ---- the sub-commands, in the order the help lists them -------------------------------------


def _gui(add: _Add) -> None:
    add("gui", _("the desktop app (the default)"))


def _init(add: _Add) -> None:
    add(
        "init",
        "create a vault; prints the recovery key once",
        epilog=_(
            "The passphrase: $COACH_APP_NEW_PASSPHRASE, else $COACH_APP_PASSPHRASE, else the next "
            "line of stdin, else a prompt (twice). COACH_APP_KDF_FAST=1 skips calibration and "
            "uses the Argon2id floor (64 MiB, 3 iterations): for tests and benchmarks only."
        ),
    )


def _import_(add: _Add) -> None:
    p = add("import", _("import a JSON export (all or nothing)"))
    p.add_argument("file", type=Path, metavar="FILE")


def _export(add: _Add) -> None:
    p = add("export", _("export everything as JSON (to stdout by default; NOT encrypted)"))
    p.add_argument("--out", type=Path, metavar="FILE")
    p.add_argument(
        "--coachee",
        metavar="ID",
        help=_(
            "only this coachee (an id, or a unique prefix of one): everything about them, "
            "and nothing about anyone else"
        ),
    )
    p.add_argument(
        "--markdown",
        type=Path,
        metavar="DIR",
        help=_("write the notes as Markdown files into this existing folder instead of JSON"),
    )
    p.add_argument(
        "--per-session",
        action="store_true",
        help=_("with --markdown: one file per session instead of one per coachee"),
    )


def _search(add: _Add) -> None:
    p = add("search", _("full-text search"))
    # Exactly one source for the query: argparse itself rejects both or neither (exit 2).
    source = p.add_mutually_exclusive_group(required=True)
    source.add_argument("query", metavar="QUERY", nargs="?", help=_("the words to look for"))
    source.add_argument(
        "--query-stdin",
        action="store_true",
        help=_(
            "read the query from standard input instead, so a coachee's name stays out of the "
            "process list and the shell history: the first line, or the second line when "
            "--passphrase-stdin reads the passphrase from the first"
        ),
    )
    p.add_argument("--limit", type=_int_between(1, MAX_SEARCH_LIMIT), default=20, metavar="N")
    p.add_argument("--json", action="store_true", help=_("print a JSON array of hits"))


def _backup(add: _Add) -> None:
    p = add("backup", _("write an encrypted, verified backup"))
    p.add_argument("--out", type=Path, metavar="FILE")


def _restore(add: _Add) -> None:
    p = add("restore", _("replace the vault's data with a backup's (or create the vault from it)"))
    p.add_argument("file", type=Path, metavar="FILE")


def _verify(add: _Add) -> None:
    add("verify", _("integrity and cipher checks, plaintext scan of the folder, file modes"))


def _erase_coachee(add: _Add) -> None:
    p = add("erase-coachee", _("erase a coachee and everything about them, for good"))
    p.add_argument("coachee_id", metavar="ID")


def _change_passphrase(add: _Add) -> None:
    p = add(
        "change-passphrase",
        _("set a new passphrase (the database is rewritten only with --re-encrypt)"),
    )
    p.add_argument(
        "--recovery-key",
        action="store_true",
        help=_("unlock with the recovery key ($COACH_APP_RECOVERY_KEY, stdin or a prompt)"),
    )
    p.add_argument(
        "--re-encrypt",
        action="store_true",
        help=_(
            "also replace the encryption key and rewrite the vault under it (for a passphrase "
            "that may have leaked; slower); prints a new recovery key once"
        ),
    )


def _demo_data(add: _Add) -> None:
    p = add("demo-data", _("add synthetic sample coachees and sessions"))
    p.add_argument("--coachees", type=_int_between(1, 100_000), default=None, metavar="N")
    p.add_argument(
        "--sessions",
        type=_int_between(0, 100_000),
        default=None,
        metavar="N",
        help=_("sessions per coachee"),
    )
    p.add_argument(
        "--repeat-text",
        action="store_true",
        help=_(
            "let a coachee's notes reuse sentences of earlier sessions, so long histories keep "
            "notes of a typical length (for measuring a large vault)"
        ),
    )
    p.add_argument(
        "--seed",
        type=int,
        default=None,
        metavar="N",
        help=_("the same number gives the same sample data on the same day (for benchmarks)"),
    )


def _report(add: _Add) -> None:
    p = add("report", _("write a PDF report about one coachee"))
    p.add_argument("coachee_id", metavar="COACHEE_ID", help=_("an id, or a unique prefix of one"))
    p.add_argument("--out", type=Path, metavar="FILE.pdf", required=True)
    p.add_argument(
        "--coachee-copy",
        action="store_true",
        help=_("write the coachee's own copy: goals, ratings and experiments, no coach notes"),
    )
    p.add_argument(
        "--include",
        action="append",
        default=[],
        choices=("measures", "session_notes", "private_reflections"),
        metavar="SECTION",
        help=_(
            "with --coachee-copy, also include this section "
            "(measures, session_notes, private_reflections); may be repeated"
        ),
    )


def _hours(add: _Add) -> None:
    p = add(
        "hours",
        _("the coaching-hours log: totals, clients and credential progress, or a log file"),
        epilog=_(
            "Clients who did not consent to be named are listed as confidential clients. "
            "A CSV or .xlsx file is NOT encrypted: keep it safe, delete it when done."
        ),
    )
    p.add_argument("--from", dest="start", type=_date_arg, metavar="DATE")
    p.add_argument("--to", dest="end", type=_date_arg, metavar="DATE")
    target = p.add_mutually_exclusive_group()
    target.add_argument("--csv", type=Path, metavar="FILE", help=_("write the log as CSV"))
    target.add_argument("--xlsx", type=Path, metavar="FILE", help=_("write it as a spreadsheet"))


def _brief(add: _Add) -> None:
    p = add("brief", _("write the pre-session brief of one coachee (PDF, or Markdown)"))
    p.add_argument("coachee_id", metavar="COACHEE_ID", help=_("an id, or a unique prefix of one"))
    p.add_argument(
        "--out", type=Path, metavar="FILE.pdf", required=True, help=_("'-' prints the Markdown")
    )
    p.add_argument("--markdown", action="store_true", help=_("write Markdown instead of PDF"))
    p.add_argument(
        "--private",
        action="store_true",
        help=_("include your private reflection of the last session"),
    )


def _coachees(add: _Add) -> None:
    p = add("coachees", _("list the coachees' ids and names, sorted by name"))
    p.add_argument("--json", action="store_true", help=_("print a JSON array"))


_COMMANDS: dict[str, Callable[[_Add], None]] = {
    "gui": _gui,
    "init": _init,
    "import": _import_,
    "export": _export,
    "search": _search,
    "backup": _backup,
    "restore": _restore,
    "verify": _verify,
    "erase-coachee": _erase_coachee,
    "change-passphrase": _change_passphrase,
    "demo-data": _demo_data,
    "report": _report,
    "hours": _hours,
    "brief": _brief,
    "coachees": _coachees,
}
COMMAND_NAMES = tuple(_COMMANDS)


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The argument parser (also used to print the help).

    ``only`` names the one sub-command to build (``""``: none at all); the others are left out.
    Every parser argparse makes looks up its own texts through gettext, which searches the
    locale folders each time: building every sub-command's costs more than a quick command
    such as ``search`` may spend on its whole start (issue 13). ``parse_args`` decides when
    leaving them out cannot change what is parsed.
    """
    parser = argparse.ArgumentParser(
        prog=PROG,
        description=_("Coach Companion: an encrypted, offline companion for coaches."),
        parents=[_common_options(suppress=False)],
        epilog=_(
            "Passphrase: $COACH_APP_PASSPHRASE, else --passphrase-stdin, else a prompt. "
            "Exit codes: 0 done, 1 failed, 2 usage, 3 wrong passphrase or recovery key, "
            "4 input rejected (nothing changed)."
        ),
    )
    parser.add_argument(
        "--demo", action="store_true", help=_("open the app on a throwaway vault with sample data")
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    wanted = [name for name in COMMAND_NAMES if only is None or name == only]
    if not wanted:
        return parser
    common = [_common_options(suppress=True)]

    def add(name: str, help_text: str, **kwargs: Any) -> argparse.ArgumentParser:
        return sub.add_parser(name, help=help_text, description=help_text, parents=common, **kwargs)

    for name in wanted:
        _COMMANDS[name](add)
    return parser


# The options of the main parser, as ``_command_in`` reads them: with a value, or a switch.
_VALUE_OPTIONS = frozenset({"--vault"})
_SWITCHES = frozenset({"--passphrase-stdin", "--demo"})


def _command_in(argv: list[str]) -> str | None:
    """The sub-command ``argv`` names (``""``: none), when only the main options come before it.

    None when anything else comes first (``--help``, an abbreviated option, ``--``, a word that
    is no command): the whole parser then reads ``argv``, so every help text and error message
    stays what it always was. Only the main parser's own options can precede the command, so
    the word found here is the one argparse takes for it.
    """
    tokens = iter(argv)
    for token in tokens:
        if token in _VALUE_OPTIONS:
            next(tokens, None)
        elif token in _SWITCHES or token.split("=", 1)[0] in _VALUE_OPTIONS:
            continue
        elif token.startswith("-"):
            return None
        else:
            return token if token in _COMMANDS else None
    return ""


def parse_args(argv: list[str]) -> argparse.Namespace:
    """Parse the command line; usage errors exit with status 2 (argparse's convention).

    Only the sub-command named is built when ``_command_in`` can tell which it is.
    """
    args = build_parser(_command_in(argv)).parse_args(argv)
    # Options given after the command are suppressed on the main parser; fill the gaps.
    for name, default in (("vault", None), ("passphrase_stdin", False), ("demo", False)):
        if not hasattr(args, name):
            setattr(args, name, default)
    return args
