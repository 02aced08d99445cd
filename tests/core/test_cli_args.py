"""``coach_app.cli_args``: the command line reads the same whichever parser ``parse_args`` builds.

``parse_args`` builds only the sub-command the command line names (issue 13: argparse looks up
its texts through gettext for every parser, which cost a quick ``search`` more than its budget).
These tests hold it to the whole parser: the same namespace, help text, error message and exit
code for every command line, and a single sub-command built for ``search``.
"""

from __future__ import annotations

import argparse
import contextlib
import io
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from coach_app import cli_args

COMMAND_LINES = [
    [],
    ["--demo"],
    ["--vault", "x"],
    ["--vault=x", "search", "w"],
    ["search", "w"],
    ["search"],
    ["search", "--json"],
    ["search", "w", "--query-stdin"],
    ["search", "--limit", "0", "w"],
    ["search", "-h"],
    ["search", "w", "--vault", ""],
    ["--vault", "", "search", "w"],
    ["--help"],
    ["-h"],
    ["serch", "w"],
    ["x", "search"],
    ["--vault"],
    ["--vault", "x", "--passphrase-stdin", "verify"],
    ["--vau", "x", "search", "w"],
    ["--", "search"],
    ["-"],
    ["--passphrase-stdin=1"],
    ["gui"],
    ["gui", "--vault", "y"],
    ["--demo", "gui"],
    ["export", "--out"],
    ["hours", "--from", "2025-1-1"],
    ["report", "abc"],
    ["init", "extra"],
    ["coachees", "--json"],
    ["brief", "x", "--out", "-"],
    *([name] for name in cli_args.COMMAND_NAMES),
]


def _whole(argv: list[str]) -> argparse.Namespace:
    """What ``parse_args`` did before it built one sub-command: every one of them."""
    args = cli_args.build_parser().parse_args(argv)
    for name, default in (("vault", None), ("passphrase_stdin", False), ("demo", False)):
        if not hasattr(args, name):
            setattr(args, name, default)
    return args


def _outcome(parse: Callable[[list[str]], argparse.Namespace], argv: list[str]) -> Any:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            result: Any = sorted(vars(parse(argv)).items(), key=str)
        except SystemExit as exc:
            result = ("exit", exc.code)
    return result, out.getvalue(), err.getvalue()


@pytest.mark.parametrize("argv", COMMAND_LINES, ids=" ".join)
def test_the_command_line_reads_as_with_the_whole_parser(argv: list[str]) -> None:
    assert _outcome(cli_args.parse_args, argv) == _outcome(_whole, argv)


def test_search_builds_its_own_parser_only(monkeypatch: pytest.MonkeyPatch) -> None:
    built: list[str] = []
    add_parser = argparse._SubParsersAction.add_parser

    def counted(self: Any, name: str, **kwargs: Any) -> argparse.ArgumentParser:
        built.append(name)
        parser: argparse.ArgumentParser = add_parser(self, name, **kwargs)
        return parser

    monkeypatch.setattr(argparse._SubParsersAction, "add_parser", counted)
    args = cli_args.parse_args(["--vault", "/tmp/v", "search", "word", "--json"])
    assert (args.command, args.query, args.json) == ("search", "word", True)
    assert args.vault == Path("/tmp/v")
    assert built == ["search"]
    built.clear()
    assert cli_args.parse_args(["--vault", "/tmp/v"]).command is None  # the window: none
    assert built == []
    cli_args.build_parser()  # the help still lists them all
    assert built == list(cli_args.COMMAND_NAMES)
