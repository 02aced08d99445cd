"""``make bench`` smoke test: every issue-13 row runs once on a tiny vault (no timing checked).

The figures mean nothing at this size and on a shared machine; what is checked is that each
row is measured, has its floor where it should, and lands in the results file, so the bench
cannot rot between the runs that matter.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


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
    assert rows["vault size (MB) vs note text"]["ratio"] > 0
