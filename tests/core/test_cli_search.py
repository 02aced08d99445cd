"""``coach-app search`` takes the quick read path and still answers, refuses and prints as before.

The quick path (``vault.raw`` + ``search_sql``) must not load SQLAlchemy's ORM, the models or
Alembic; when it declines (a schema behind, a damaged file) the full unlock takes over; its
output is the full path's, byte for byte.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from coach_app.vault import raw
from coach_app.vault.vault import Vault
from tests.conftest import PASSPHRASE
from tests.core.cli_run import Run, make_run
from tests.core.test_search_sql import fill

ROOT = Path(__file__).resolve().parents[2]
V0001 = ROOT / "tests" / "fixtures" / "vaults" / "v0001"
# What the quick path exists to avoid loading (the old path loaded every one of them).
HEAVY = (
    "sqlalchemy.orm",
    "alembic",
    "coach_app.models",
    "coach_app.vault.vault",
    "coach_app.services",  # no use case at all: the SQL is search_sql's, the hits plain dicts
)


def one_line(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    return lines[0]


@pytest.fixture
def run(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> Run:
    """The in-process runner of tests/core/cli_run.py."""
    return make_run(monkeypatch, capsys)


@pytest.fixture
def folder(vault: Vault) -> Path:
    fill(vault)
    vault.close()
    return vault.folder


def _search_process(python_args: list[str], folder: Path, query: str) -> tuple[str, str]:
    """A real ``coach-app search QUERY --json`` process started by ``python_args``: (out, err)."""
    env = {**os.environ, "COACH_APP_PASSPHRASE": PASSPHRASE, "PYTHONDONTWRITEBYTECODE": "1"}
    done = subprocess.run(
        [sys.executable, *python_args, "--vault", str(folder), "search", query, "--json"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout, done.stderr


def _modules_loaded_by_search(folder: Path, query: str) -> tuple[set[str], str]:
    """The modules a real ``coach-app search`` process imports (``-X importtime``), its stdout."""
    out, err = _search_process(["-X", "importtime", "-m", "coach_app.app"], folder, query)
    loaded = {
        line.rsplit("|", 1)[1].strip()
        for line in err.splitlines()
        if line.startswith("import time:") and line.count("|") == 2
    }
    return loaded, out


def test_search_loads_no_orm_no_models_no_alembic(folder: Path) -> None:
    loaded, out = _modules_loaded_by_search(folder, "zeppelinquestion")
    heavy = sorted(m for m in loaded if any(m == h or m.startswith(h + ".") for h in HEAVY))
    assert heavy == []
    assert "coach_app.vault.raw" in loaded  # the reading is right: it did see the imports
    assert json.loads(out)[0]["kind"] == "group_round"


def test_search_loads_no_sqlalchemy_at_all(folder: Path) -> None:
    loaded, _out = _modules_loaded_by_search(folder, "zeppelinquestion")
    assert "sqlalchemy" not in loaded


# What the process once loaded on its way and does without (issue 13): ``ctypes.util`` and the
# subprocess it runs ``ldconfig`` with (the core-dump switch), ``logging.handlers`` and its
# socket and pickle (the rotating log), ``importlib.resources`` and zipfile (the resources
# folder), ``secrets`` (only new keys need it); then the ``argon2`` package (its profiles and
# ``platform``: keys calls argon2-cffi's C bindings directly), ``uuid`` (a canonical vault id
# is checked without it), ``hashlib`` (recovery keys and restore switches only), ``getpass``
# (a prompt only) and ``coach_app.marks`` (a ``mark:`` query only); then ``dataclasses`` and the
# ``inspect`` it loads (with ``ast`` and ``dis``): the value classes on the way are
# ``coach_app.record.Record``s.
NOT_ON_THE_WAY = (
    "ctypes.util",
    "subprocess",
    "logging.handlers",
    "socket",
    "pickle",
    "importlib.resources",
    "zipfile",
    "secrets",
    "argon2",
    "uuid",
    "hashlib",
    "getpass",
    "coach_app.marks",
    "dataclasses",
    "inspect",
)


def test_search_loads_nothing_it_does_not_use(folder: Path) -> None:
    loaded, out = _modules_loaded_by_search(folder, "zeppelinquestion")
    assert sorted(m for m in NOT_ON_THE_WAY if m in loaded) == []
    assert "coach_app.logfile" in loaded  # the log is still started
    assert json.loads(out)[0]["kind"] == "group_round"


# Runs ``coach-app search`` with typing.ForwardRef watched: a typing.NamedTuple (or anything
# else that evaluates annotations) on the way compiles its annotations, the process's first
# ``compile()``, which sets up all of the AST machinery; the search has no use for it.
WATCH_FORWARD_REFS = """
import json, runpy, sys, typing
made = []
init = typing.ForwardRef.__init__
def spy(self, arg, *args, **kwargs):
    made.append(arg)
    init(self, arg, *args, **kwargs)
typing.ForwardRef.__init__ = spy
sys.argv = ["coach-app", *sys.argv[1:]]
try:
    runpy.run_module("coach_app.app", run_name="__main__", alter_sys=True)
finally:
    print(json.dumps(made), file=sys.stderr)
"""


def test_search_compiles_no_annotations(folder: Path) -> None:
    out, err = _search_process(["-c", WATCH_FORWARD_REFS], folder, "zeppelinquestion")
    assert json.loads(out)[0]["kind"] == "group_round"
    assert json.loads(err.strip().splitlines()[-1]) == []


def test_a_mark_query_still_loads_the_marks(folder: Path) -> None:
    loaded, out = _modules_loaded_by_search(folder, "mark:insight")
    assert "coach_app.marks" in loaded  # what the plain-word test above sees left out
    assert json.loads(out)[0]["title"].endswith("Insight")


QUERIES = (
    ["securite"],
    ["securite", "--json"],
    ["lanternfish", "--json"],
    ["mark:insight"],
    ["mark:insight securite", "--json"],
    ["delegation", "--limit", "2"],
    ["walrusquestion"],
    ["nothingmatchesthis"],
    ["nothingmatchesthis", "--json"],
)


def test_the_quick_and_the_full_path_print_the_same(
    run: Run, folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    served: list[bool] = []
    quick_open = raw.open_for_reading

    def spy(where: Path, passphrase: str) -> raw.RawVault | None:
        opened = quick_open(where, passphrase)
        served.append(opened is not None)
        return opened

    monkeypatch.setattr(raw, "open_for_reading", spy)
    quick = [run("--vault", str(folder), "search", *argv) for argv in QUERIES]
    assert served == [True] * len(QUERIES)
    monkeypatch.setattr(raw, "open_for_reading", lambda _where, _passphrase: None)
    full = [run("--vault", str(folder), "search", *argv) for argv in QUERIES]
    assert quick == full
    assert "[sécurité]" in quick[0][1]
    assert json.loads(quick[2][1])[0]["kind"] == "session"
    assert quick[-2] == (0, "", "coach-app: no matches\n")


def test_a_vault_behind_the_schema_is_migrated_then_searched(run: Run, tmp_path: Path) -> None:
    expected = json.loads((V0001 / "expected.json").read_text())
    folder = tmp_path / "v0001"
    shutil.copytree(V0001, folder)
    os.environ["COACH_APP_PASSPHRASE"] = str(expected["passphrase"])  # restored by monkeypatch
    code, out, err = run("--vault", str(folder), "search", "disagree", "--json")
    assert code == 0, err
    assert [h["kind"] for h in json.loads(out)] == ["session"]
    assert any("before-upgrade" in p.name for p in (folder / "backups").iterdir())
    opened = raw.open_for_reading(folder, str(expected["passphrase"]))
    assert opened is not None  # now current: the quick path serves it
    opened.close()


def test_a_vault_open_elsewhere_is_refused_as_before(run: Run, vault: Vault) -> None:
    code, out, err = run("--vault", str(vault.folder), "search", "anything")
    assert (code, out) == (1, "")
    assert "already open" in one_line(err)


def test_a_wrong_passphrase_is_refused_as_by_any_command(
    run: Run, folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COACH_APP_PASSPHRASE", "not the passphrase at all")
    searched = run("--vault", str(folder), "search", "securite")
    listed = run("--vault", str(folder), "coachees")  # a command on the full unlock
    assert searched == listed
    assert searched[0] == 3
    assert "does not unlock" in one_line(searched[2])
