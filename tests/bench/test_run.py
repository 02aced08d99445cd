"""The bench's cache of built vaults: reused only when built as this code would build it."""

from __future__ import annotations

import json
from pathlib import Path

from bench import run
from coach_app.models.base import ID_LENGTH
from coach_app.vault.raw import HEAD_REVISION


def _cached(folder: Path, **changed: object) -> dict[str, object] | None:
    folder.mkdir(exist_ok=True)
    (folder / "vault.db").write_bytes(b"")
    marker = {
        "coachees": 2,
        "sessions_per_coachee": 3,
        "repeat_text": True,
        "seed": run.SEED,
        "revision": HEAD_REVISION,
        "id_length": ID_LENGTH,
        "complete": True,
        **changed,
    }
    run._marker(folder).write_text(json.dumps(marker))
    return run.cached_build(folder, 2, 3)


def test_a_complete_build_of_this_revision_is_reused(tmp_path: Path) -> None:
    assert _cached(tmp_path / "v") is not None


def test_a_build_of_another_schema_revision_is_built_anew(tmp_path: Path) -> None:
    # Opened, it would be upgraded and measured as an upgraded vault.
    assert _cached(tmp_path / "v", revision="0001") is None
    assert _cached(tmp_path / "w", revision=None) is None


def test_a_build_whose_ids_are_of_another_length_is_built_anew(tmp_path: Path) -> None:
    # Its rows would hold ids of another size than this code gives: another vault size.
    assert _cached(tmp_path / "v", id_length=19) is None
    assert _cached(tmp_path / "w", id_length=None) is None


def test_another_seed_or_an_unfinished_build_is_built_anew(tmp_path: Path) -> None:
    assert _cached(tmp_path / "v", seed=run.SEED + 1) is None
    assert _cached(tmp_path / "w", complete=False) is None
