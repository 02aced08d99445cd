"""docs/security.md 1–4: everything on disk is ciphertext, only SQLCipher is accepted, the key never
shows, and the data key is wrapped under Argon2id parameters that never go below the floor.
"""

from __future__ import annotations

import base64
import json
import logging
import sqlite3
import tempfile
import threading
import traceback
from pathlib import Path

import pytest
from sqlalchemy.exc import DBAPIError

from coach_app.errors import UnsupportedDriver, VaultCorrupt, WrongPassphrase
from coach_app.packing import pack
from coach_app.services import search
from coach_app.vault import backup, engine, keys
from coach_app.vault.header import HEADER_NAME
from coach_app.vault.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.helpers.vault_files import find_markers, folder_state, new_marker, write_markers

SQLITE_MAGIC = b"SQLite format 3\x00"


@pytest.fixture
def private_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A temp dir of this test's own, used by tempfile (and SQLite, were it to spill)."""
    folder = tmp_path / "tmp"
    folder.mkdir()
    for var in ("TMPDIR", "TEMP", "TMP", "SQLITE_TMPDIR"):
        monkeypatch.setenv(var, str(folder))
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


def test_grep_finds_markers_in_every_encoding(tmp_path: Path) -> None:
    # The scanner itself must see what it looks for, or "0 hits" below would prove nothing.
    marker = new_marker("control")
    for enc in ("utf-8", "utf-16-le", "utf-16-be"):
        (tmp_path / f"{enc}.bin").write_bytes(b"\x00junk" + marker.encode(enc) + b"junk")
    # Stored as a long session text is: packed, the marker in the middle of a sentence.
    packed = pack(f"{'Said twice that it is probably just me. ' * 4}{marker} and more words.")
    assert isinstance(packed, bytes)
    (tmp_path / "packed.bin").write_bytes(b"\x00\x01junk" + packed + b"\x01junk")
    hits = find_markers([tmp_path], [marker])
    assert sorted(h[2] for h in hits) == ["packed", "utf-16-be", "utf-16-le", "utf-8"]


def test_no_marker_anywhere_on_disk(
    vault: Vault, private_tmp: Path, private_home: Path, tmp_path: Path
) -> None:
    markers = write_markers(vault)
    assert search.search(vault, markers["notes"]), "the marker must be in the search index too"
    roots = [vault.folder, private_tmp, private_home]

    # While open, before the checkpoint: the text sits in -wal frames.
    assert (vault.folder / "vault.db-wal").stat().st_size > 0
    assert find_markers(roots, markers.values()) == []

    vault.checkpoint()
    backup.create_backup(vault)  # inside the vault folder
    outside = backup.create_backup(vault, out=tmp_path / "exported.ccbackup")
    backup.auto_backup(vault)
    assert find_markers([*roots, outside], markers.values()) == []

    vault.close()
    assert find_markers([*roots, outside], markers.values()) == []
    db = vault.folder / "vault.db"
    assert not db.read_bytes().startswith(SQLITE_MAGIC)
    assert db.stat().st_size > 100_000  # really holds the data, not an empty shell


def test_plain_sqlite_cannot_read_the_vault(vault: Vault) -> None:
    vault.close()
    conn = sqlite3.connect(vault.folder / "vault.db")
    try:
        with pytest.raises(sqlite3.DatabaseError, match="not a database"):
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    finally:
        conn.close()


def test_key_connection_refuses_plain_sqlite(tmp_path: Path) -> None:
    conn = sqlite3.connect(tmp_path / "plain.db")
    try:
        with pytest.raises(UnsupportedDriver, match="SQLCipher"):
            engine.key_connection(conn, keys.new_data_key())
    finally:
        conn.close()


def test_vault_refuses_to_run_on_plain_sqlite(
    vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Were the driver swapped for plain sqlite3, nothing opens and nothing is written in clear."""
    vault.close()
    before = folder_state(vault.folder)
    monkeypatch.setattr(engine, "sqlcipher", sqlite3)
    with pytest.raises(UnsupportedDriver):
        Vault.unlock(vault.folder, PASSPHRASE)
    assert folder_state(vault.folder) == before

    fresh = tmp_path / "fresh"
    with pytest.raises(UnsupportedDriver):
        Vault.create(fresh, PASSPHRASE, FAST_KDF)
    assert not (fresh / "vault.db").exists()
    assert not (fresh / HEADER_NAME).exists()


def test_every_pooled_connection_is_keyed_and_checked(
    vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    checked: list[int] = []
    real = engine.key_connection

    def spy(conn: object, key: object, path: Path | None = None) -> None:
        real(conn, key, path)  # type: ignore[arg-type]
        checked.append(id(conn))

    monkeypatch.setattr(engine, "key_connection", spy)
    vault.engine.dispose()  # drop pooled connections made before the spy
    barrier = threading.Barrier(3)

    def hold() -> None:
        with vault.engine.connect() as conn:
            conn.exec_driver_sql("SELECT count(*) FROM coachees").fetchone()
            barrier.wait(timeout=10)

    threads = [threading.Thread(target=hold) for _ in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(set(checked)) == 3


def test_key_never_shows(
    vault_dir: Path, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    caplog.set_level(logging.DEBUG)
    caplog.set_level(logging.DEBUG, logger="sqlalchemy")  # even with SQL echo on
    opened, _recovery = Vault.create(vault_dir, PASSPHRASE, FAST_KDF)
    key = opened.data_key()
    secrets = [key.hex(), key.hex().upper(), repr(key)[2:-1], base64.b64encode(key).decode()]
    write_markers(opened)
    opened.close()
    opened = Vault.unlock(vault_dir, PASSPHRASE)
    try:
        texts = [
            repr(opened),
            str(opened),
            repr(opened.engine),
            str(opened.engine.url),
            repr(opened.engine.url),
            repr(opened.engine.pool),
            repr(engine._KeyPragma(key)),
        ]
        with pytest.raises(DBAPIError) as failing, opened.engine.connect() as conn:
            conn.exec_driver_sql("SELECT secret FROM no_such_table WHERE x = ?", ("p",))
        texts += [str(failing.value), repr(failing.value)]
        texts += traceback.format_exception(failing.value)
        # A wrong key on a raw connection fails without echoing either key.
        with pytest.raises(WrongPassphrase) as wrong:
            engine.raw_connect(opened.db_path, keys.new_data_key())
        texts += traceback.format_exception(wrong.value)
    finally:
        opened.close()
    texts.append(caplog.text)
    texts += [str(r.args) for r in caplog.records]
    assert caplog.records, "DEBUG logging was captured"
    joined = "\n".join(texts)
    assert not [s for s in secrets if s in joined]
    assert key.hex() not in (vault_dir / HEADER_NAME).read_text()


def test_header_kdf_is_at_least_the_floor(vault_dir: Path) -> None:
    opened, _recovery = Vault.create(vault_dir, PASSPHRASE)  # calibrated on this machine
    opened.close()
    doc = json.loads((vault_dir / HEADER_NAME).read_text())
    assert doc["kdf"]["name"] == "argon2id"
    assert doc["kdf"]["memory_kib"] >= 64 * 1024
    assert doc["kdf"]["time_cost"] >= 3
    wrapped = doc["wrapped_key"]["passphrase"]
    nonce = keys._unb64(wrapped["nonce"])
    assert len(nonce) == 12
    assert len(keys._unb64(wrapped["ciphertext"])) == 32 + 16  # data key + GCM tag


def test_calibrate_never_goes_below_the_floor() -> None:
    params = keys.calibrate()
    assert params.memory_kib >= keys.MIN_MEMORY_KIB
    assert params.time_cost >= keys.MIN_TIME_COST


@pytest.mark.parametrize(
    ("seconds_for_three_iterations", "expected_time_cost"),
    [
        (3.0, 3),  # slow machine: the floor, never less
        (0.3, 5),  # 0.1 s per iteration -> 5 iterations for ~0.5 s
        (0.0001, keys.MAX_TIME_COST),  # absurdly fast: capped
    ],
)
def test_calibrate_aims_at_half_a_second(
    monkeypatch: pytest.MonkeyPatch, seconds_for_three_iterations: float, expected_time_cost: int
) -> None:
    clock = iter([100.0, 100.0 + seconds_for_three_iterations])
    monkeypatch.setattr(keys, "derive_key", lambda *_a: b"\x00" * 32)
    monkeypatch.setattr(keys.time, "perf_counter", lambda: next(clock))
    params = keys.calibrate()
    assert params.time_cost == expected_time_cost
    assert params.memory_kib == keys.MIN_MEMORY_KIB


@pytest.mark.parametrize(
    ("field", "value"),
    [("memory_kib", 1024), ("time_cost", 1), ("memory_kib", 64 * 1024 - 1), ("parallelism", 0)],
)
def test_header_with_weaker_kdf_is_refused(vault: Vault, field: str, value: int) -> None:
    vault.close()
    path = vault.folder / HEADER_NAME
    doc = json.loads(path.read_text())
    doc["kdf"][field] = value
    path.write_text(json.dumps(doc))
    before = folder_state(vault.folder)
    with pytest.raises(VaultCorrupt, match="safe range"):
        Vault.unlock(vault.folder, PASSPHRASE)
    assert folder_state(vault.folder) == before


def test_header_kdf_lowered_within_range_no_longer_unwraps(vault_dir: Path) -> None:
    """The KDF parameters are associated data: lowering them (4 -> 3 iterations) breaks the wrap."""
    opened, _recovery = Vault.create(vault_dir, PASSPHRASE, keys.KdfParams(time_cost=4))
    opened.close()
    path = vault_dir / HEADER_NAME
    doc = json.loads(path.read_text())
    doc["kdf"]["time_cost"] = 3
    path.write_text(json.dumps(doc))
    with pytest.raises(WrongPassphrase):
        Vault.unlock(vault_dir, PASSPHRASE)


def test_wraps_use_fresh_salt_and_nonce(vault: Vault) -> None:
    first = json.loads((vault.folder / HEADER_NAME).read_text())
    vault.change_passphrase("another long passphrase")
    second = json.loads((vault.folder / HEADER_NAME).read_text())
    assert first["salt"] != second["salt"]
    assert (
        first["wrapped_key"]["passphrase"]["nonce"] != second["wrapped_key"]["passphrase"]["nonce"]
    )
    # The data key itself did not change: the database is still readable.
    assert vault.integrity_problems() == []
