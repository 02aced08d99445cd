"""Looking at a vault folder from the outside: file fingerprints, marker scans, subprocesses.

Used by the core tests that prove "nothing on disk changed" (hash and mode of every file) and
"nothing on disk is readable" (no marker text in any encoding a program might have written).
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import uuid
import zlib
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from coach_app.services import coachees, experiments, measurements, sessions, settings
from coach_app.vault.engine import raw_connect
from coach_app.vault.vault import Vault

REPO = Path(__file__).resolve().parents[2]
ENCODINGS = ("utf-8", "utf-16-le", "utf-16-be")


def folder_state(folder: Path) -> dict[str, tuple[str, int]]:
    """Every entry under ``folder`` (itself included): sha256 (or ``<dir>``) and mode bits."""
    state: dict[str, tuple[str, int]] = {".": ("<dir>", folder.stat().st_mode & 0o7777)}
    for path in sorted(folder.rglob("*")):
        mode = path.lstat().st_mode & 0o7777
        if path.is_dir():
            state[str(path.relative_to(folder))] = ("<dir>", mode)
        else:
            digest = hashlib.sha256(path.read_bytes()).hexdigest()
            state[str(path.relative_to(folder))] = (digest, mode)
    return state


def read_one(db: Path, key: bytes, sql: str) -> Any:
    """The first column of the first row ``sql`` gives on a connection of its own."""
    conn = raw_connect(db, key)
    try:
        return conn.execute(sql).fetchone()[0]
    finally:
        conn.close()


def page_counts(db: Path, key: bytes) -> tuple[int, int]:
    """The database file's pages, and how many of them are free."""
    return read_one(db, key, "PRAGMA page_count"), read_one(db, key, "PRAGMA freelist_count")


def closed_and_compacted(vault: Vault) -> int:
    """Lock ``vault`` and write its file anew (``VACUUM``); its pages then.

    The file exactly as large as its pages need: what an upgrade's own rewrite is compared with.
    """
    key = vault.data_key()
    vault.close()
    conn = raw_connect(vault.db_path, key)
    try:
        conn.execute("VACUUM")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()
    return page_counts(vault.db_path, key)[0]


def unpacked_texts(data: bytes) -> bytes:
    """The text of every packed value ``data`` holds whole (``coach_app.packing``), joined.

    A packed value is its format byte (1) and a raw DEFLATE stream: every 1 in ``data`` is
    tried as the start of one, and a stream that inflates to its end counts, wherever it lies
    (a live row, a free page, a page's slack space).
    """
    view = memoryview(data)
    texts = []
    at = data.find(b"\x01")
    while at != -1:
        inflate = zlib.decompressobj(-15)
        try:
            inflated = inflate.decompress(view[at + 1 :])
        except zlib.error:
            pass
        else:
            if inflate.eof:
                texts.append(inflated)
        at = data.find(b"\x01", at + 1)
    return b"\n".join(texts)


def find_markers(roots: Iterable[Path], markers: Iterable[str]) -> list[tuple[str, str, str]]:
    """``(file, marker, encoding)`` for every marker found in any file under ``roots``.

    A long session text is stored packed (``coach_app.packing``), so the text of every packed
    value a file holds whole is searched too (encoding ``"packed"``).
    """
    markers = list(markers)
    needles = [(m, enc, m.encode(enc)) for m in markers for enc in ENCODINGS]
    hits: list[tuple[str, str, str]] = []
    for root in roots:
        files = [root] if root.is_file() else sorted(p for p in root.rglob("*") if p.is_file())
        for path in files:
            try:
                data = path.read_bytes()
            except OSError:
                continue  # a socket or a file that vanished meanwhile
            hits.extend((str(path), m, enc) for m, enc, raw in needles if raw in data)
            inflated = unpacked_texts(data)
            hits.extend((str(path), m, "packed") for m in markers if m.encode() in inflated)
    return hits


def python_env(**extra: str) -> dict[str, str]:
    """The environment for a child Python: this one, plus ``extra``."""
    env = dict(os.environ)
    env.update(extra)
    return env


def run_python(
    code: str, *args: str, timeout: float = 120, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """Run ``code`` with this interpreter (the venv's) in the repository; capture the output."""
    return subprocess.run(
        [sys.executable, "-c", code, *args],
        cwd=REPO,
        env=env or python_env(),
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


def new_marker(field: str) -> str:
    """A unique word to plant in one field and look for afterwards."""
    return f"mk{field.replace('_', '')}{uuid.uuid4().hex[:16]}"


def write_markers(vault: Vault) -> dict[str, str]:
    """Write a unique marker into every kind of field the vault stores; return field -> marker.

    Every marker is read back before returning, so a test that then finds none on disk knows
    they were really stored (and did not silently fail to save).
    """
    m = {
        f: new_marker(f)
        for f in [
            "name",
            "role",
            "organisation",
            "team",
            "email",
            "programme",
            "focus",
            "tag1",
            "tag2",
            "goal_title",
            "goal_description",
            "gas_low",
            "gas_high",
            "s_goal",
            "s_reality",
            "s_options",
            "s_will",
            "notes",
            "private_reflection",
            "s_tag",
            "e_title",
            "e_prediction",
            "e_action",
            "e_success_signal",
            "e_outcome",
            "e_learning",
            "score_key",
            "setting",
        ]
    }
    c = coachees.create_coachee(
        vault,
        name=m["name"],
        role=m["role"],
        organisation=m["organisation"],
        team=m["team"],
        email=f"{m['email']}@example.org",
        programme=m["programme"],
        focus=f"Wants to {m['focus']} more often.",
        tags=[m["tag1"], m["tag2"]],
    )
    goal = coachees.create_goal(
        vault,
        c.id,
        title=m["goal_title"],
        description=m["goal_description"],
        gas_levels={"-2": m["gas_low"], "2": m["gas_high"]},
    )
    sess = sessions.create_session(
        vault,
        c.id,
        template="grow",
        sections={"goal": m["s_goal"], "reality": m["s_reality"]},
        notes=m["notes"],
        private_reflection=m["private_reflection"],
        tags=[m["s_tag"]],
    )
    # The autosave path writes the rest, as the editor would.
    sessions.save_session(vault, sess.id, sections={"options": m["s_options"], "will": m["s_will"]})
    exp = experiments.create_experiment(
        vault,
        c.id,
        title=m["e_title"],
        prediction=m["e_prediction"],
        action=m["e_action"],
        success_signal=m["e_success_signal"],
        goal_id=goal.id,
        agreed_in_session_id=sess.id,
    )
    experiments.review_experiment(
        vault, exp.id, outcome=m["e_outcome"], learning=m["e_learning"], decision="adapt"
    )
    measurements.add_measurement(
        vault, c.id, instrument="empowerment", value=4.5, scores={m["score_key"]: 4.0}
    )
    settings.set_setting(vault, "coach_signature", m["setting"])

    stored = "\n".join(
        [
            repr(coachees.get_coachee(vault, c.id)),
            repr(coachees.list_goals(vault, c.id)),
            repr(sessions.get_session(vault, sess.id)),
            repr(experiments.get_experiment(vault, exp.id)),
            repr(measurements.list_measurements(vault, c.id)),
            repr(settings.get_setting(vault, "coach_signature")),
        ]
    )
    missing = [f for f, marker in m.items() if marker not in stored]
    assert not missing, f"markers not stored: {missing}"
    return m
