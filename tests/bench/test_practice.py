"""``make bench`` smoke test: every issue-13 row runs once on a tiny vault (no timing checked).

The figures mean nothing at this size and on a shared machine; what is checked is that each
row is measured, has its floor where it should, and lands in the results file, so the bench
cannot rot between the runs that matter.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from bench import PASSPHRASE, practice
from coach_app.services import coachees, dashboard
from coach_app.vault.vault import Vault
from tests.conftest import FAST_KDF

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "fixtures" / "vaults"


def test_smoke_run_measures_every_row(tmp_path: Path) -> None:
    results = tmp_path / "results.json"
    env = {k: v for k, v in os.environ.items() if not k.startswith("COACH_APP_")}
    done = subprocess.run(
        [sys.executable, "-m", "bench.run", "--smoke", "--results", str(results)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=240,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    assert "Issue 13 rows, smoke vault" in done.stdout
    payload = json.loads(results.read_text())
    rows = {row["name"]: row for row in payload["rows"]["smoke"]}
    for name in (
        "cold start to first window painted",
        "unlock -> dashboard rows (no key derivation)",
        "coachee list",
        "coach-app search process - key derivation",
        "export (JSON file)",
        "backup (verified)",
        "GUI peak memory, chart shown (MB)",
    ):
        assert rows[name]["median"] > 0, name
        assert rows[name]["floor_median"] > 0, name
        assert rows[name]["ratio"] is not None, name
    imported = rows["import of that export (new vault)"]
    assert "REFUSED" not in imported["note"]
    assert rows["vault size (MB) vs session text"]["ratio"] > 0
    # All the text is more than the sessions' alone, so its ratio is the smaller one.
    assert (
        0
        < rows["vault size (MB) vs all its text"]["ratio"]
        < rows["vault size (MB) vs session text"]["ratio"]
    )


def test_the_sizes_take_turns_in_the_dashboard_and_list_rows(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Their growth compares two vaults in the same minutes: each run times every size once,
    so a drift of the host's speed over minutes lands on both sizes alike."""
    folders = {"small": tmp_path / "small", "large": tmp_path / "large"}
    for folder in folders.values():
        Vault.create(folder, PASSPHRASE, FAST_KDF)[0].close()
    listed: list[int] = []
    real_list = coachees.list_coachees

    def recording(vault: Vault, **kw: object) -> object:
        listed.append(id(vault))
        return real_list(vault, **kw)  # type: ignore[arg-type]

    monkeypatch.setattr(coachees, "list_coachees", recording)
    monkeypatch.setattr(dashboard, "dashboard_rows", lambda vault, **kw: [])
    rows = practice.in_process_rows(folders, runs=3)
    assert set(rows) == {"small", "large"}
    small, large = listed[0], listed[1]
    assert small != large
    assert listed == [small, large] * 3
    assert [row.name for row in rows["large"]] == [row.name for row in rows["small"]]


def test_the_search_row_runs_the_command_and_times_its_own_key_derivation(tmp_path: Path) -> None:
    """The wrapped command prints what ``coach-app search`` prints, and the one derivation."""
    folder = tmp_path / "vault"
    shutil.copytree(FIXTURES / "v0007", folder)
    expected = json.loads((folder / "expected.json").read_text())
    env = {k: v for k, v in os.environ.items() if not k.startswith("COACH_APP_")}
    env["COACH_APP_PASSPHRASE"] = str(expected["passphrase"])
    word = next(iter(expected["search"]))

    def search(*command: str) -> subprocess.CompletedProcess[str]:
        argv = [sys.executable, *command, "--vault", str(folder), "search", word, "--json"]
        return subprocess.run(
            argv, cwd=ROOT, env=env, capture_output=True, text=True, timeout=120, check=False
        )

    plain, wrapped = search("-m", "coach_app.app"), search("-c", practice._SEARCH_CHILD)
    assert plain.returncode == wrapped.returncode == 0, wrapped.stderr[-2000:]
    assert wrapped.stdout == plain.stdout
    assert [hit["owner_id"] for hit in json.loads(plain.stdout)] == [expected["search"][word]]
    assert 0 < practice.own_derivation(wrapped.stderr) < 60


@pytest.mark.parametrize(
    "stderr",
    [
        "key-derivation-seconds 0.3 2\n",  # the full unlock ran after the quick path
        "key-derivation-seconds 0.0 0\n",  # no derivation: not the search that was meant
        "coach-app: That passphrase does not unlock this vault.\n",
    ],
)
def test_the_search_row_refuses_a_run_that_did_not_derive_once(stderr: str) -> None:
    with pytest.raises((RuntimeError, ValueError)):
        practice.own_derivation(stderr)


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="VmHWM is Linux's")
def test_a_child_reports_its_own_peak_memory_not_the_bench_that_started_it() -> None:
    # Linux carries ru_maxrss over exec: a child of a bench grown to 320 MB (after the chart
    # rows) reported 320 MB for a 17 MB export, and as much for its floor.
    ballast = bytearray(b"\x01") * (300 << 20)  # every page written, so resident
    code = "from bench.practice import _peak_mb; print(_peak_mb())"
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert len(ballast) == 300 << 20
    assert float(done.stdout) < 150
