"""The issue-13 rows of ``make bench``: what a large practice feels, each beside its floor.

For each vault size (``--sizes 10k,100k``: 200 coachees with 50 or 500 sessions each, so a
size grows each coachee's history, not the number of rows a screen shows), every row is
measured with a floor taken in the same run, and the ratio printed:

- cold start to the first window painted (a subprocess, ``QT_QPA_PLATFORM=offscreen``, the app
  prints the time of its first paint and quits: ``coach_app/ui/first_paint.py``) vs a bare
  PySide6 ``QMainWindow`` started the same way;
- unlock → dashboard rows, key derivation excluded (``Vault.unlock_with_data_key`` then
  ``dashboard.dashboard_rows``) vs the same figures by raw per-coachee index range scans;
- the coachee list (``coachees.list_coachees``) vs a raw per-coachee ``max(started_at)``;
- ``coach-app search`` as a whole process, the key derivation it did subtracted, vs
  ``python -c "import sqlcipher3"``;
- export (what ``coach-app export --out FILE`` does once unlocked: the streamed
  ``exchange.write_export``, written atomically) vs a plain streaming dump of the same tables,
  and import of that export into a new vault (``exchange.import_document``, as ``coach-app
  import``) vs a raw copy of the same rows and search index into a new vault (each in a child
  process: its peak resident memory is printed too);
- backup (``backups.back_up_now``) vs the SQLite backup API copying the same database;
- the vault's size vs the text of its notes.

With two sizes the growth (largest/smallest median) is printed per row. Everything goes to
``bench/results.json`` (``--results`` elsewhere). ``--smoke`` runs every row once on a tiny
vault in a temporary folder, for ``make test`` (no timing is checked there).
"""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import asdict, dataclass
from datetime import date
from pathlib import Path
from typing import Any

from bench import PASSPHRASE
from bench.run import TODAY, build, cached_build
from bench.timing import Timing

#: Sessions per coachee for each named size; 200 coachees each (smoke: 4 coachees x 5).
SIZES: dict[str, tuple[int, int]] = {
    "smoke": (4, 5),
    "1k": (200, 5),
    "10k": (200, 50),
    "100k": (200, 500),
}
SEARCH_WORD = "feedback"
BARE_WINDOW = (
    "import time\n"
    "from PySide6.QtCore import QEvent, QObject, QTimer\n"
    "from PySide6.QtWidgets import QApplication, QMainWindow\n"
    "class F(QObject):\n"
    "    seen = False\n"
    "    def eventFilter(self, w, e):\n"
    "        if not self.seen and e.type() == QEvent.Type.Paint:\n"
    "            self.seen = True\n"
    "            QTimer.singleShot(0, self.done)\n"
    "        return False\n"
    "    def done(self):\n"
    "        print(f'first-paint {time.time():.6f}', flush=True)\n"
    "        QApplication.quit()\n"
    "app = QApplication(['bare'])\n"
    "w = QMainWindow()\n"
    "f = F(w)\n"
    "w.installEventFilter(f)\n"
    "w.resize(1280, 800)\n"
    "w.show()\n"
    "app.exec()\n"
)


@dataclass(frozen=True)
class Row:
    """One measured row: the thing, its floor, and extra figures (peak memory, sizes)."""

    name: str
    median: float
    p95: float
    floor_median: float | None
    floor_p95: float | None
    unit: str = "s"
    note: str = ""

    @property
    def ratio(self) -> float | None:
        """Median over the floor's median."""
        if self.floor_median is None or self.floor_median <= 0:
            return None
        return self.median / self.floor_median


def _row(name: str, it: Timing, floor: Timing | None, note: str = "") -> Row:
    return Row(
        name,
        it.median,
        it.p95,
        floor.median if floor else None,
        floor.p95 if floor else None,
        note=note,
    )


def _env(*, pycache: Path | None = None, **extra: str) -> dict[str, str]:
    """The child processes' environment; ``pycache``: run as an installed app does.

    Without ``pycache`` nothing is compiled to disk. With it, bytecode is written to and read
    from that folder (``PYTHONPYCACHEPREFIX``), never beside the sources: an installed wheel
    has its ``.pyc`` files (pip compiles them), so a start measured from a source tree that
    recompiles every module each time would count work no user's start does.
    """
    env = {k: v for k, v in os.environ.items() if not k.startswith("COACH_APP_")}
    env.update(
        QT_QPA_PLATFORM="offscreen",
        PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring",
        PYTHONDONTWRITEBYTECODE="1",
    )
    if pycache is not None:
        del env["PYTHONDONTWRITEBYTECODE"]
        env["PYTHONPYCACHEPREFIX"] = str(pycache)
    env.update(extra)
    return env


def _first_paint(command: list[str], env: dict[str, str]) -> float:
    start = time.time()
    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=300, check=True)
    for line in done.stdout.splitlines():
        if line.startswith("first-paint "):
            return float(line.split()[1]) - start
    raise RuntimeError(f"no first paint reported by {command[:3]}: {done.stderr[-500:]}")


def cold_start(folder: Path, runs: int) -> Row:
    """The app (unlock screen of ``folder``) vs a bare QMainWindow, alternated run by run."""
    app_cmd = [sys.executable, "-m", "coach_app.app", "--vault", str(folder)]
    bare_cmd = [sys.executable, "-c", BARE_WINDOW]
    # Compiled bytecode beside the cached vaults, as an installed app has it; one untimed run
    # of each writes it, so both sides start from the same footing.
    env = _env(pycache=folder.parent / "pycache", COACH_APP_EXIT_AFTER_FIRST_PAINT="1")
    _first_paint(app_cmd, env)
    _first_paint(bare_cmd, env)
    app, bare = [], []
    for _ in range(runs):
        app.append(_first_paint(app_cmd, env))
        bare.append(_first_paint(bare_cmd, env))
    return _row("cold start to first window painted", Timing.of(app), Timing.of(bare))


# Per active coachee: the newest session and the newest confidence ratings, each one index
# range scan (ix_sessions_coachee_started, ix_measurements_coachee_instrument).
_FLOOR_DASHBOARD = (
    "SELECT c.id,"
    " (SELECT max(started_at) FROM sessions WHERE coachee_id = c.id),"
    " (SELECT group_concat(value) FROM (SELECT value FROM measurements"
    "   WHERE coachee_id = c.id AND instrument = 'confidence'"
    "   ORDER BY taken_on DESC LIMIT 10))"
    " FROM coachees c WHERE c.status = 'active'"
)
_FLOOR_LIST = (
    "SELECT c.id, (SELECT max(started_at) FROM sessions WHERE coachee_id = c.id) FROM coachees c"
)


def _timed_turns(actions: Mapping[str, Callable[[], object]], runs: int) -> dict[str, Timing]:
    """Each action timed ``runs`` times, taking turns: every run times each action once."""
    samples: dict[str, list[float]] = {name: [] for name in actions}
    for _ in range(runs):
        for name, action in actions.items():
            start = time.perf_counter()
            action()
            samples[name].append(time.perf_counter() - start)
    return {name: Timing.of(times) for name, times in samples.items()}


def in_process_rows(folders: Mapping[str, Path], runs: int) -> dict[str, list[Row]]:
    """Dashboard and coachee list rows of every size (``folders``: size -> vault).

    The sizes take turns within each run, rather than one size's runs and then, minutes later,
    the next size's: this host's speed drifts by tens of percent over minutes, and the growth
    from the smallest size to the largest (the figure these rows are held to) must compare the
    vaults, not two moments of the host.
    """
    from coach_app.services import coachees, dashboard  # noqa: PLC0415
    from coach_app.vault.vault import Vault  # noqa: PLC0415

    keys = {}
    for size, folder in folders.items():
        with Vault.unlock(folder, PASSPHRASE) as probe:
            keys[size] = probe.data_key()

    def unlock_to_dashboard(size: str) -> Callable[[], None]:
        def run() -> None:
            vault = Vault.unlock_with_data_key(folders[size], keys[size])
            try:
                dashboard.dashboard_rows(vault, today=TODAY)
            finally:
                vault.close()

        return run

    def open_only(size: str) -> Callable[[], None]:
        return lambda: Vault.unlock_with_data_key(folders[size], keys[size]).close()

    for size in folders:
        unlock_to_dashboard(size)()  # warm the page cache, as the app's second start has it
    dash = _timed_turns({size: unlock_to_dashboard(size) for size in folders}, runs)
    opened = _timed_turns({size: open_only(size) for size in folders}, runs)
    vaults = {size: Vault.unlock_with_data_key(folders[size], keys[size]) for size in folders}
    try:

        def raw(vault: Vault, sql: str) -> Callable[[], object]:
            def run() -> object:
                with vault.engine.connect() as conn:
                    return conn.exec_driver_sql(sql).all()

            return run

        def rows_of(vault: Vault) -> Callable[[], object]:
            return lambda: dashboard.dashboard_rows(vault, today=TODAY)

        def list_of(vault: Vault) -> Callable[[], object]:
            return lambda: coachees.list_coachees(vault, today=TODAY)

        rows_only = _timed_turns({s: rows_of(v) for s, v in vaults.items()}, runs)
        rows_floor = _timed_turns({s: raw(v, _FLOOR_DASHBOARD) for s, v in vaults.items()}, runs)
        listing = _timed_turns({s: list_of(v) for s, v in vaults.items()}, runs)
        list_floor = _timed_turns({s: raw(v, _FLOOR_LIST) for s, v in vaults.items()}, runs)
    finally:
        for vault in vaults.values():
            vault.close()
    return {
        size: [
            _row(
                "unlock -> dashboard rows (no key derivation)",
                dash[size],
                opened[size],
                "floor: open only",
            ),
            _row(
                "  dashboard_rows alone",
                rows_only[size],
                rows_floor[size],
                "floor: raw index scans",
            ),
            _row("coachee list", listing[size], list_floor[size], "floor: raw max() per coachee"),
        ]
        for size in folders
    }


# ``coach-app search`` as ``python -m coach_app.app`` runs it, with one change: the key
# derivation the command does is timed inside the command's own process, and the seconds printed
# on the last line of stderr. The row subtracts that derivation, the one this very process paid,
# rather than one timed in another process: Argon2id's time varies by tens of milliseconds from
# one process to the next on a busy machine (memory, not CPU), so subtracting another process's
# derivation added that spread to every run. Alternated at 100k, the median was the same
# (141.9 ms against 137.2 ms) and the middle half of the runs four times narrower (13 ms
# against 44 ms). The wrapper loads ``coach_app.vault.keys`` first, which the command loads
# anyway, before its key derivation.
_SEARCH_CHILD = """
import runpy, sys, time
from coach_app.vault import keys
derive = keys.derive_key
spent = []
def timed(*args, **kwargs):
    start = time.perf_counter()
    try:
        return derive(*args, **kwargs)
    finally:
        spent.append(time.perf_counter() - start)
keys.derive_key = timed
sys.argv = ["coach-app", *sys.argv[1:]]
try:
    runpy.run_module("coach_app.app", run_name="__main__", alter_sys=True)
finally:
    print("key-derivation-seconds", sum(spent), len(spent), file=sys.stderr)
"""


def own_derivation(stderr: str) -> float:
    """The seconds the search process spent deriving its key (``_SEARCH_CHILD``'s last line).

    Exactly one derivation is expected: the quick path derives once; a second one would mean
    the command fell back to the full unlock, and the row would no longer measure the search.
    """
    label, seconds, count = stderr.strip().splitlines()[-1].split()
    if label != "key-derivation-seconds" or int(count) != 1:
        raise RuntimeError(f"the search process derived its key {count} times, not once")
    return float(seconds)


def search_process(folder: Path, runs: int) -> Row:
    """``coach-app search`` whole process minus its own key derivation vs importing sqlcipher3.

    Each run times the whole search process from start to exit, subtracts the derivation that
    process did (``_SEARCH_CHILD``), then times the floor.
    """
    command = [sys.executable, "-c", _SEARCH_CHILD, "--vault", str(folder), "search", SEARCH_WORD]
    # As in cold_start: compiled bytecode, written by one untimed run of each command.
    env = _env(pycache=folder.parent / "pycache", COACH_APP_PASSPHRASE=PASSPHRASE)
    floor_cmd = [sys.executable, "-c", "import sqlcipher3"]
    import threading  # noqa: PLC0415 - the watchdog below, this row only

    def timed(argv: list[str]) -> tuple[float, str]:
        # Not subprocess.run(timeout=...): waiting with a timeout polls in sleeps that double up
        # to 50 ms, so every run ended on that grid (a 65 ms floor read as 115 ms). A plain
        # wait() returns when the child exits; the watchdog keeps the timeout's promise. The
        # child's stderr goes to a file, read after it exited, so no pipe is drained meanwhile.
        with tempfile.TemporaryFile("w+") as errors:
            start = time.perf_counter()
            with subprocess.Popen(argv, env=env, stdout=subprocess.DEVNULL, stderr=errors) as child:
                watchdog = threading.Timer(300, child.kill)
                watchdog.start()
                try:
                    code = child.wait()
                finally:
                    watchdog.cancel()
            elapsed = time.perf_counter() - start
            errors.seek(0)
            text = errors.read()
        if code != 0:
            raise subprocess.CalledProcessError(code, argv, stderr=text)
        return elapsed, text

    timed(command)
    timed(floor_cmd)
    app, floor = [], []
    for _ in range(runs):
        whole, errors = timed(command)
        app.append(whole - own_derivation(errors))
        floor.append(timed(floor_cmd)[0])
    return _row(
        "coach-app search process - key derivation",
        Timing.of(app),
        Timing.of(floor),
        "floor: import sqlcipher3",
    )


# ---- child processes: one heavy operation each, so its peak memory is its own ---------------


def _child(op: str, *args: str) -> dict[str, Any]:
    command = [sys.executable, "-m", "bench.practice", "child", op, *args]
    done = subprocess.run(
        command, env=_env(), capture_output=True, text=True, timeout=3600, check=False
    )
    if done.returncode != 0:
        raise RuntimeError(f"bench child {op} failed: {done.stderr[-2000:]}")
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def _peak_mb() -> float:
    """The process's peak resident memory plus its largest child's (both peaks, as if at once).

    A large import reads its file in a child process (``exchange.read_ahead``): what the child
    holds is the import's memory too, and counting both peaks whole never counts less. The
    process's own peak is its VmHWM where there is one (``gui_memory.memory_mb``): its
    ``ru_maxrss`` would be the bench's, when the bench had grown larger before starting it.
    """
    from bench.gui_memory import memory_mb  # noqa: PLC0415 - the child's own measure

    # ru_maxrss is in KiB on Linux (bytes on macOS); for children, the largest one's.
    scale = 1 << 20 if sys.platform == "darwin" else 1 << 10
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / scale
    try:
        own = memory_mb()["peak_mb"]
    except (OSError, KeyError):  # no /proc: ru_maxrss, which is right when the bench is small
        own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / scale
    return own + children


def _child_main(op: str, args: list[str]) -> int:
    from coach_app.vault.vault import Vault  # noqa: PLC0415

    out: dict[str, Any] = {}
    if op == "export":
        from coach_app import cli  # noqa: PLC0415
        from coach_app.vault.files import atomic_write_stream  # noqa: PLC0415

        folder, target = Path(args[0]), Path(args[1])
        with Vault.unlock(folder, PASSPHRASE) as vault:
            start = time.perf_counter()
            # What ``coach-app export --out FILE`` does once unlocked: the streamed export,
            # written atomically (a temporary file, fsync, rename).
            atomic_write_stream(target, lambda fh: cli._stream_export(vault, fh))
            out["seconds"] = time.perf_counter() - start
    elif op == "dump":
        folder, target = Path(args[0]), Path(args[1])
        with Vault.unlock(folder, PASSPHRASE) as vault:
            start = time.perf_counter()
            _plain_dump(vault, target)
            out["seconds"] = time.perf_counter() - start
    elif op == "import":
        from coach_app.errors import ImportRejected  # noqa: PLC0415
        from coach_app.services import exchange  # noqa: PLC0415
        from coach_app.vault import keys  # noqa: PLC0415

        folder, source = Path(args[0]), Path(args[1])
        vault, _recovery = Vault.create(folder, PASSPHRASE, keys.KdfParams())
        try:
            start = time.perf_counter()
            try:
                exchange.import_document(vault, exchange.read_import_file(source))
            except ImportRejected as exc:
                out["refused"] = str(exc)
            out["seconds"] = time.perf_counter() - start
        finally:
            vault.close()
    elif op == "load":
        from coach_app.vault import keys  # noqa: PLC0415

        folder, source_folder = Path(args[0]), Path(args[1])
        vault, _recovery = Vault.create(folder, PASSPHRASE, keys.KdfParams())
        try:
            with Vault.unlock(source_folder, PASSPHRASE) as origin:
                start = time.perf_counter()
                _plain_load(origin, vault)
                out["seconds"] = time.perf_counter() - start
        finally:
            vault.close()
    elif op == "backup":
        from coach_app.services import backups  # noqa: PLC0415

        folder, target = Path(args[0]), Path(args[1])
        with Vault.unlock(folder, PASSPHRASE) as vault:
            start = time.perf_counter()
            backups.back_up_now(vault, target)
            out["seconds"] = time.perf_counter() - start
    elif op == "backup-api":
        import sqlcipher3.dbapi2 as sqlcipher  # noqa: PLC0415

        from coach_app.vault.engine import key_connection, raw_connect  # noqa: PLC0415

        folder, target = Path(args[0]), Path(args[1])
        with Vault.unlock(folder, PASSPHRASE) as vault:
            key = vault.data_key()
            start = time.perf_counter()
            source = raw_connect(vault.db_path, key)
            # The plain way: a keyed connection with SQLite's defaults (rollback journal, full
            # sync), which copies faster than one tuned as the vault's (WAL writes pages twice).
            dest = sqlcipher.connect(str(target))
            key_connection(dest, key, target)
            try:
                source.backup(dest)
            finally:
                dest.close()
                source.close()
            out["seconds"] = time.perf_counter() - start
    else:
        raise SystemExit(f"unknown child operation {op!r}")
    out["peak_mb"] = _peak_mb()
    print(json.dumps(out))
    return 0


def _plain_dump(vault: Any, target: Path) -> None:
    """The floor of an export: every row of the exported tables as one JSON line each."""
    tables = (
        "coachees",
        "goals",
        "sessions",
        "experiments",
        "measurements",
        "insights",
        "groups",
        "group_members",
        "group_sessions",
        "group_attendance",
        "group_rounds",
        "development_entries",
    )
    from coach_app.packing import unpack  # noqa: PLC0415

    with vault.engine.connect() as conn, target.open("w", encoding="utf-8") as out:
        for table in tables:
            result = conn.exec_driver_sql(f"SELECT * FROM {table}")
            columns = list(result.keys())
            for row in result:
                # A session's packed text is dumped as its text: the file must say what the
                # vault holds, as the export's does (the only BLOBs the vault stores).
                values = [unpack(v) if v.__class__ is bytes else v for v in row]
                out.write(json.dumps(dict(zip(columns, values, strict=True)), default=str))
                out.write("\n")


#: The exported tables, parents before the rows that point at them (foreign keys are on).
_LOAD_ORDER = (
    "coachees",
    "goals",
    "sessions",
    "groups",
    "group_members",
    "group_sessions",
    "group_attendance",
    "insights",
    "experiments",
    "measurements",
    "group_rounds",
    "development_entries",
)


def _plain_load(source: Any, target: Any) -> None:
    """The floor of an import: the same rows and search index copied with raw executemany.

    One transaction, a thousand rows per statement, no checks, no Python per row; the search
    index is copied too (FTS5 still tokenizes every text), as an import must index it.
    """
    copies = [(table, f"SELECT * FROM {table}") for table in _LOAD_ORDER]
    copies += [
        ("search_docs", "SELECT rowid, kind, owner_id, coachee_id, at FROM search_docs"),
        ("search_fts", "SELECT rowid, title, body FROM search_fts"),
    ]
    from coach_app.services.exchange.store import CACHE_KIB  # noqa: PLC0415

    with source.engine.connect() as src, target.engine.begin() as dst:
        dst.exec_driver_sql(f"PRAGMA cache_size = -{CACHE_KIB}")  # as the import's connection
        for table, query in copies:
            result = src.exec_driver_sql(query)
            names = list(result.keys())
            marks = ", ".join("?" * len(names))
            insert = f"INSERT INTO {table} ({', '.join(names)}) VALUES ({marks})"
            while chunk := result.fetchmany(1000):
                dst.exec_driver_sql(insert, [tuple(row) for row in chunk])


def heavy_rows(folder: Path, runs: int, scratch: Path) -> list[Row]:
    """Export, import, backup: each in child processes, alternated with its floor."""
    export_file = scratch / "export.json"
    exports, dumps, imports, loads, backups, floors = [], [], [], [], [], []
    peaks: dict[str, float] = {}
    refused = ""
    for i in range(runs):
        made = _child("export", str(folder), str(export_file))
        exports.append(made["seconds"])
        peaks["export"] = max(peaks.get("export", 0.0), made["peak_mb"])
        dumped = _child("dump", str(folder), str(scratch / "dump.jsonl"))
        dumps.append(dumped["seconds"])
        peaks["dump"] = max(peaks.get("dump", 0.0), dumped["peak_mb"])
        target = scratch / f"import-{i}"
        loaded = _child("import", str(target), str(export_file))
        imports.append(loaded["seconds"])
        peaks["import"] = max(peaks.get("import", 0.0), loaded["peak_mb"])
        refused = loaded.get("refused", refused)
        _remove_tree(target)
        plain = _child("load", str(target), str(folder))
        loads.append(plain["seconds"])
        peaks["load"] = max(peaks.get("load", 0.0), plain["peak_mb"])
        _remove_tree(target)
        backup = scratch / f"backup-{i}.tar"
        backed = _child("backup", str(folder), str(backup))
        backups.append(backed["seconds"])
        backup.unlink(missing_ok=True)
        api = scratch / f"api-{i}.db"
        floors.append(_child("backup-api", str(folder), str(api))["seconds"])
        api.unlink(missing_ok=True)
    export_mb = export_file.stat().st_size / 1e6
    export_file.unlink(missing_ok=True)
    return [
        _row(
            "export (JSON file)",
            Timing.of(exports),
            Timing.of(dumps),
            f"peak {peaks['export']:.0f} MB (floor {peaks['dump']:.0f} MB), "
            f"file {export_mb:.0f} MB",
        ),
        _row(
            "import of that export (new vault)",
            Timing.of(imports),
            Timing.of(loads),
            ("REFUSED: " + refused[:60])
            if refused
            else f"peak {peaks['import']:.0f} MB (floor {peaks['load']:.0f} MB); "
            "floor: raw copy of the rows and index",
        ),
        _row(
            "backup (verified)", Timing.of(backups), Timing.of(floors), "floor: SQLite backup API"
        ),
    ]


def _remove_tree(path: Path) -> None:
    import shutil  # noqa: PLC0415

    shutil.rmtree(path, ignore_errors=True)


#: The text of every session as typed: its sections' values (decoded: not the JSON's keys,
#: quotes or escapes), its notes and its private reflection, in UTF-8 bytes (unpacked: the
#: text, not what it is stored as).
_SESSION_TEXT_SQL = """
    SELECT coalesce(sum(
        coalesce((SELECT sum(length(CAST(value AS BLOB))) FROM json_each(unpacked(sections))), 0)
        + length(CAST(unpacked(notes) AS BLOB))
        + length(CAST(unpacked(private_reflection) AS BLOB))), 0)
    FROM sessions
"""
#: The text of every other document the vault holds (coachees, goals, experiments, groups,
#: rounds, insights), as the search index reads it: titles and bodies, one part per line.
_OTHER_TEXT_SQL = """
    SELECT coalesce(sum(length(CAST(c.title AS BLOB)) + length(CAST(c.body AS BLOB))), 0)
    FROM search_content AS c JOIN search_docs AS d ON d.rowid = c.doc_id
    WHERE d.kind <> 'session'
"""


def size_rows(folder: Path) -> list[Row]:
    """vault.db bytes vs the session text it holds, and vs all the text it holds.

    The ratio is the figure. The first row counts sessions only (what most of a vault is);
    the second adds the text of every other document (experiments, goals, profiles, groups).
    """
    from coach_app.vault.vault import Vault  # noqa: PLC0415

    with Vault.unlock(folder, PASSPHRASE) as vault, vault.engine.connect() as conn:
        vault.checkpoint()
        sessions = conn.exec_driver_sql(_SESSION_TEXT_SQL).scalar_one()
        others = conn.exec_driver_sql(_OTHER_TEXT_SQL).scalar_one()
    db = (folder / "vault.db").stat().st_size / 1e6
    return [
        Row("vault size (MB) vs session text", db, db, sessions / 1e6, None, "MB"),
        Row("vault size (MB) vs all its text", db, db, (sessions + others) / 1e6, None, "MB"),
    ]


# ---- driving ------------------------------------------------------------------------------


def vault_for(size: str, cache: Path, *, fresh: bool = False) -> Path:
    """The cached demo vault of a named size, built when missing."""
    coachees, per_coachee = SIZES[size]
    folder = cache / f"vault-{coachees}x{per_coachee}"
    if fresh or cached_build(folder, coachees, per_coachee) is None:
        print(f"Building the {size} vault in {folder} ...", file=sys.stderr)
        build(folder, coachees, per_coachee, via="cli")
    return folder


def measure(
    size: str, folder: Path, *, runs: int, heavy_runs: int, in_process: Sequence[Row]
) -> list[Row]:
    """Every issue-13 row on one vault (``in_process``: its rows timed with the other sizes)."""
    print(f"Measuring the {size} vault ...", file=sys.stderr)
    rows = [cold_start(folder, max(1, min(runs, 10)))]
    rows += in_process
    rows.append(search_process(folder, max(1, min(runs, 10))))
    with tempfile.TemporaryDirectory(prefix="coach-bench-") as scratch:
        rows += heavy_rows(folder, heavy_runs, Path(scratch))
    rows += size_rows(folder)
    rows.append(gui_memory_row(folder, max(1, min(heavy_runs, 3))))
    return rows


def gui_memory_row(folder: Path, runs: int) -> Row:
    """Peak memory of the GUI with ``folder`` open and a chart shown, vs a bare Qt chart window."""
    from bench import gui_memory  # noqa: PLC0415

    app, floor, rss = gui_memory.peaks(folder, runs, _env())
    mine, bare = Timing.of(app), Timing.of(floor)  # megabytes, summarised as timings are
    return Row(
        "GUI peak memory, chart shown (MB)",
        mine.median,
        mine.p95,
        bare.median,
        bare.p95,
        unit="MB",
        note=f"resident at the end {rss:.0f} MB; floor: a bare PySide6 window with a chart",
    )


def _fmt(value: float | None, unit: str) -> str:
    if value is None:
        return ""
    return f"{value:.1f} MB" if unit == "MB" else f"{value * 1000:.1f} ms"


def table(results: dict[str, list[Row]]) -> list[str]:
    """The printed table: per size each row, then the growth from the smallest to the largest."""
    header = ("measure", "median", "p95", "floor", "ratio", "note")
    lines: list[str] = []
    for size, rows in results.items():
        cells = [header]
        for r in rows:
            ratio = f"{r.ratio:.2f}x" if r.ratio is not None else ""
            floor = _fmt(r.floor_median, r.unit)
            cells.append(
                (r.name, _fmt(r.median, r.unit), _fmt(r.p95, r.unit), floor, ratio, r.note)
            )
        lines += [f"Issue 13 rows, {size} vault ({'x'.join(map(str, SIZES[size]))})", ""]
        lines += _aligned(cells)
        lines.append("")
    if len(results) >= 2:
        small, large = next(iter(results)), list(results)[-1]
        lines += [f"Growth {large}/{small} (medians)", ""]
        cells = [("measure", "growth", "", "", "", "")]
        for a, b in zip(results[small], results[large], strict=True):
            growth = f"{b.median / a.median:.2f}x" if a.median > 0 else ""
            cells.append((a.name, growth, "", "", "", ""))
        lines += _aligned(cells)
    return lines


def _aligned(cells: Sequence[tuple[str, ...]]) -> list[str]:
    widths = [max(len(c[i]) for c in cells) for i in range(len(cells[0]))]
    out = []
    for i, row in enumerate(cells):
        out.append(
            "  ".join(
                c.ljust(widths[j]) if j in (0, 5) else c.rjust(widths[j]) for j, c in enumerate(row)
            ).rstrip()
        )
        if i == 0:
            out.append("  ".join("-" * w for w in widths))
    return out


def run(
    sizes: list[str],
    *,
    cache: Path,
    results_path: Path,
    runs: int,
    heavy_runs: int,
    fresh: bool = False,
) -> int:
    """Build or reuse each size, measure, print the table, write the results file."""
    folders = {size: vault_for(size, cache, fresh=fresh) for size in sizes}
    print("Measuring the dashboard and the coachee list, the sizes in turns ...", file=sys.stderr)
    in_process = in_process_rows(folders, runs)
    results = {
        size: measure(size, folder, runs=runs, heavy_runs=heavy_runs, in_process=in_process[size])
        for size, folder in folders.items()
    }
    print("\n".join(table(results)))
    payload = {
        "measured_on": date.today().isoformat(),
        "sizes": {s: list(SIZES[s]) for s in sizes},
        "rows": {s: [{**asdict(r), "ratio": r.ratio} for r in rows] for s, rows in results.items()},
    }
    results_path.write_text(json.dumps(payload, indent=2) + "\n", encoding="utf-8")
    print(f"\nwritten: {results_path}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    if len(sys.argv) >= 3 and sys.argv[1] == "child":
        raise SystemExit(_child_main(sys.argv[2], sys.argv[3:]))
    raise SystemExit("use: python -m bench.run --sizes 10k,100k (or --smoke)")
