"""A large import file is read by a child process: same rows, same refusals, nothing left over.

Each test runs the import of a file both ways (read here, and read by the child, by setting the
size from which the child reads) and expects the same outcome; the child's own failures (it
stops, the writer fails) end the import with the vault as it was and no child left running.
"""

from __future__ import annotations

import copy
import json
import multiprocessing
import os
import signal
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from coach_app.errors import ImportRejected
from coach_app.i18n import set_language
from coach_app.services import exchange
from coach_app.services.exchange import read_ahead
from coach_app.vault.vault import Vault
from tests.core.services.exchange.test_exchange import (
    _many_coachees,
    export_doc,
    fingerprint,
    populate,
    without_date,
)
from tests.helpers.read_ahead import read_by_child, record_children

__all__ = ["export_doc"]  # a fixture, used by name

WAYS = ["here", "child"]


@pytest.fixture
def children(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """The paths the child was asked to read (the real function, recorded)."""
    return record_children(monkeypatch)


def _read_by(way: str, monkeypatch: pytest.MonkeyPatch) -> None:
    read_by_child(monkeypatch, child=way == "child")


def _file(tmp_path: Path, doc: dict[str, Any]) -> Path:
    path = tmp_path / "export.json"
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    return path


#: What happens to each batch the child sends: given the import's writer and the batch.
Around = Callable[[Callable[[Any], None], Any], None]


def _by_the_child_around_each_batch(monkeypatch: pytest.MonkeyPatch, around: Around) -> None:
    """Read by the child, each batch handed to ``around`` instead of to the writer."""
    _read_by("child", monkeypatch)
    real = read_ahead.write_read_ahead

    def patched(path: Path, write: Callable[[Any], None]) -> Any:
        return real(path, lambda batch: around(write, batch))

    monkeypatch.setattr(read_ahead, "write_read_ahead", patched)


@pytest.mark.parametrize("way", WAYS)
def test_a_file_is_imported_whole_either_way(
    way: str,
    vault: Vault,
    other_vault: Vault,
    tmp_path: Path,
    children: list[Path],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    populate(vault)
    path = tmp_path / "export.json"
    with path.open("w", encoding="utf-8") as out:
        exchange.write_export(vault, out)
    _read_by(way, monkeypatch)
    summary = exchange.import_document(other_vault, exchange.read_import_file(path))
    assert children == ([path] if way == "child" else [])
    assert other_vault.counts() == vault.counts()
    assert summary.coachees == vault.counts()["coachees"]
    assert summary.sessions == vault.counts()["sessions"]
    original = without_date(exchange.export_document(vault))
    assert without_date(exchange.export_document(other_vault)) == original
    assert not multiprocessing.active_children()


@pytest.mark.parametrize("way", WAYS)
def test_a_refusal_in_the_last_coachee_undoes_every_batch_either_way(
    way: str,
    export_doc: dict[str, Any],
    vault: Vault,
    tmp_path: Path,
    children: list[Path],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    doc = _many_coachees(export_doc, 20)
    doc["coachees"][-1]["sessions"][0]["duration_minutes"] = 5000
    path = _file(tmp_path, doc)
    before = fingerprint(vault)
    _read_by(way, monkeypatch)
    with pytest.raises(ImportRejected, match=r"coachees\[21\]\.sessions\[0\]\.duration_minutes"):
        exchange.import_document(vault, path)
    assert len(children) == (1 if way == "child" else 0)
    assert fingerprint(vault) == before
    assert not multiprocessing.active_children()


@pytest.mark.parametrize("held", ["every coachee", "the last coachee"])
def test_a_clash_with_the_vault_is_named_the_same_either_way(
    held: str,
    export_doc: dict[str, Any],
    vault: Vault,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Held last, the clash comes late in the file: the child's batches before it are not
    # remembered by the writer, and the message must not change.
    doc = _many_coachees(export_doc, 30)
    earlier = copy.deepcopy(doc)
    if held == "the last coachee":
        earlier["coachees"] = [doc["coachees"][-1]]
        earlier["groups"], earlier["development"] = [], []
    exchange.import_document(vault, earlier)
    before = fingerprint(vault)
    said = {}
    for way in WAYS:
        _read_by(way, monkeypatch)
        with pytest.raises(ImportRejected, match=r"coachees\[\d+\]\.id: this vault already") as no:
            exchange.import_document(vault, _file(tmp_path, doc))
        said[way] = no.value.message
        assert fingerprint(vault) == before
    assert said["child"] == said["here"]
    if held == "the last coachee":
        assert f"coachees[{len(doc['coachees']) - 1}]" in said["child"]


def test_the_child_says_its_refusal_in_the_app_language(
    export_doc: dict[str, Any], vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    doc = copy.deepcopy(export_doc)
    doc["coachees"][0]["sessions"][0]["duration_minutes"] = 5000
    path = _file(tmp_path, doc)
    said = {}
    set_language("nl")
    try:
        for way in WAYS:
            _read_by(way, monkeypatch)
            with pytest.raises(ImportRejected) as refused:
                exchange.import_document(vault, path)
            said[way] = refused.value.message
    finally:
        set_language("en")
    assert said["child"] == said["here"]
    assert "Import" in said["child"] and "Import rejected" not in said["child"]


def test_a_child_that_stops_early_leaves_the_vault_as_it_was(
    export_doc: dict[str, Any], vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _file(tmp_path, _many_coachees(export_doc, 20))
    before = fingerprint(vault)

    def write_then_kill(write: Callable[[Any], None], batch: Any) -> None:
        write(batch)
        for child in multiprocessing.active_children():
            os.kill(child.pid or 0, signal.SIGKILL)
            child.join()

    _by_the_child_around_each_batch(monkeypatch, write_then_kill)
    with pytest.raises(ImportRejected, match="stopped before its end"):
        exchange.import_document(vault, path)
    assert fingerprint(vault) == before


def test_a_writer_that_fails_stops_the_child(
    export_doc: dict[str, Any], vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _file(tmp_path, _many_coachees(export_doc, 20))
    before = fingerprint(vault)

    def fail(_write: Callable[[Any], None], _batch: Any) -> None:
        raise OSError(28, "No space left on device")

    _by_the_child_around_each_batch(monkeypatch, fail)
    with pytest.raises(OSError, match="No space left"):
        exchange.import_document(vault, path)
    assert not multiprocessing.active_children()
    assert fingerprint(vault) == before


def test_the_size_from_which_a_child_reads(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "export.json"
    path.write_bytes(b"x" * 100)
    monkeypatch.delenv(read_ahead.READ_AHEAD_ENV, raising=False)
    assert read_ahead.READ_AHEAD_BYTES == 32 << 20
    assert not read_ahead.reads_ahead(path)
    monkeypatch.setenv(read_ahead.READ_AHEAD_ENV, "100")
    assert read_ahead.reads_ahead(path)
    monkeypatch.setenv(read_ahead.READ_AHEAD_ENV, "101")
    assert not read_ahead.reads_ahead(path)
    monkeypatch.setenv(read_ahead.READ_AHEAD_ENV, "many")  # not a number: the default
    assert not read_ahead.reads_ahead(path)
    assert not read_ahead.reads_ahead(tmp_path / "missing.json")


@pytest.mark.skipif(not Path("/proc/self/limits").exists(), reason="reads /proc (Linux)")
def test_the_reading_child_allows_no_core_dump(
    export_doc: dict[str, Any], vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import resource  # noqa: PLC0415 - POSIX only

    soft, hard = resource.getrlimit(resource.RLIMIT_CORE)
    allowed = hard
    if allowed == 0:
        # An earlier test in this worker may have disabled core dumps in-process (as the app
        # does at start-up); root may allow them again, as CI runs.
        try:
            resource.setrlimit(resource.RLIMIT_CORE, (1 << 20, 1 << 20))
        except (OSError, ValueError):
            pytest.skip("core dumps cannot be allowed here (hard limit 0, not root)")
        allowed = 1 << 20
    # Larger than the pipe holds: the child is still sending when the first batch is written.
    path = _file(tmp_path, _many_coachees(export_doc, 200))
    assert path.stat().st_size > 4 * 65536  # a pipe holds 64 KiB on Linux
    seen: list[str] = []

    def look_then_write(write: Callable[[Any], None], batch: Any) -> None:
        for child in multiprocessing.active_children():
            limits = Path(f"/proc/{child.pid}/limits").read_text().splitlines()
            seen.extend(line for line in limits if line.startswith("Max core file size"))
        write(batch)

    _by_the_child_around_each_batch(monkeypatch, look_then_write)
    # The child inherits this process's limit: allowed here, it must set it to nothing itself.
    resource.setrlimit(resource.RLIMIT_CORE, (allowed, allowed))
    try:
        exchange.import_document(vault, path)
    finally:
        resource.setrlimit(resource.RLIMIT_CORE, (soft, hard))
    assert seen
    assert all(line.split()[4:6] == ["0", "0"] for line in seen), seen
