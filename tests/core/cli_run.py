"""Running ``coach-app`` in-process for the CLI tests: ``run(*argv)`` -> (code, stdout, stderr).

One runner for every CLI test module, so each checks the same things of every command: the
exit code (argparse's usage errors included) and never a traceback on stderr.
"""

from __future__ import annotations

import io
import sys
from collections.abc import Callable

import pytest

from coach_app import app
from tests.conftest import PASSPHRASE

Run = Callable[..., tuple[int, str, str]]


def make_run(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    *,
    passphrase: bool = True,
    fast_kdf: bool = False,
) -> Run:
    """The runner; the passphrase from the environment unless ``passphrase`` is False.

    Standard input is empty unless a call passes ``stdin="..."``.
    """
    if passphrase:
        monkeypatch.setenv("COACH_APP_PASSPHRASE", PASSPHRASE)
    if fast_kdf:
        monkeypatch.setenv("COACH_APP_KDF_FAST", "1")
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))

    def call(*argv: str, stdin: str | None = None) -> tuple[int, str, str]:
        if stdin is not None:
            monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
        capsys.readouterr()
        try:
            code = app.main(list(argv))
        except SystemExit as exc:  # argparse's usage errors
            code = int(exc.code or 0)
        out, err = capsys.readouterr()
        assert "Traceback" not in err
        return code, out, err

    return call
