"""KDF bounds are checked before any derivation (issue "trust under real faults", point 11).

A tampered key header must not make an unlock run for minutes or take gigabytes. Argon2 is
replaced by a function that records the call and raises, so a refused header shows up as
``VaultCorrupt`` with no derivation at all, and an accepted one as ``Derived``.
"""

from __future__ import annotations

import io
import json
import os
import tarfile
import time
from pathlib import Path
from typing import Any

import pytest

from coach_app.errors import VaultCorrupt
from coach_app.services import maintenance
from coach_app.vault import keys
from coach_app.vault.header import HEADER_NAME, parse_header
from coach_app.vault.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.helpers.vault_files import folder_state

MIN_MEM = keys.MIN_MEMORY_KIB

TAMPERED = [
    pytest.param({"memory_kib": 2**31}, id="memory-2GiB-kib"),
    pytest.param({"time_cost": 10**6}, id="a-million-passes"),
    pytest.param({"parallelism": 0}, id="no-lanes"),
    pytest.param({"memory_kib": keys.MAX_MEMORY_KIB + 1}, id="memory-just-over"),
    # 2 GiB is more than a small laptop can spare (the ceiling used to be 4 GiB).
    pytest.param({"memory_kib": 2 * 1024 * 1024}, id="memory-2GiB"),
    pytest.param({"time_cost": keys.MAX_TIME_COST + 1}, id="passes-just-over"),
    pytest.param({"parallelism": keys.MAX_PARALLELISM + 1}, id="lanes-just-over"),
    # Each within its own bound, but together more work than calibration ever asks for.
    pytest.param({"memory_kib": 2 * MIN_MEM, "time_cost": 33}, id="work-just-over"),
]

BOUNDARIES = [
    pytest.param({}, id="the-floor"),
    pytest.param({"time_cost": keys.MAX_TIME_COST}, id="most-passes"),
    pytest.param({"memory_kib": keys.MAX_MEMORY_KIB}, id="most-memory"),
    pytest.param({"parallelism": keys.MAX_PARALLELISM}, id="most-lanes"),
    pytest.param({"memory_kib": 2 * MIN_MEM, "time_cost": 32}, id="work-at-the-ceiling"),
]


class Derived(Exception):
    """Raised by the stand-in for Argon2: a derivation was attempted."""


def forbid_argon2(monkeypatch: pytest.MonkeyPatch) -> list[dict[str, Any]]:
    """Replace Argon2 in keys.py; every call is recorded, then raises ``Derived``.

    Called in the test body once the vault exists, since creating one needs the real Argon2.
    """
    calls: list[dict[str, Any]] = []

    def fake(**kwargs: Any) -> bytes:
        calls.append(kwargs)
        raise Derived

    monkeypatch.setattr(keys, "hash_secret_raw", fake)
    return calls


def _tamper(doc: dict[str, Any], kdf: dict[str, int]) -> bytes:
    doc["kdf"].update(kdf)
    return json.dumps(doc).encode("utf-8")


def _tamper_header_file(folder: Path, kdf: dict[str, int]) -> None:
    path = folder / HEADER_NAME
    path.write_bytes(_tamper(json.loads(path.read_text("utf-8")), kdf))


def _tampered_backup(backup: Path, out: Path, kdf: dict[str, int]) -> Path:
    """A copy of ``backup`` whose key header carries ``kdf``; the database is left as it was."""
    with tarfile.open(backup, mode="r:") as src, tarfile.open(out, mode="w") as dst:
        for member in src.getmembers():
            fh = src.extractfile(member)
            assert fh is not None
            data = fh.read()
            if member.name == HEADER_NAME:
                data = _tamper(json.loads(data), kdf)
                member.size = len(data)
            dst.addfile(member, io.BytesIO(data))
    return out


def _refused(error: pytest.ExceptionInfo[VaultCorrupt]) -> None:
    message = error.value.message
    assert "safe range" in message
    assert "restore a backup" in message  # what to do
    assert "recovery key cannot help" in message  # and what will not work


@pytest.mark.parametrize("kdf", TAMPERED)
def test_unlock_refuses_out_of_bounds_kdf_without_deriving(
    vault: Vault, monkeypatch: pytest.MonkeyPatch, kdf: dict[str, int]
) -> None:
    vault.close()
    _tamper_header_file(vault.folder, kdf)
    before = folder_state(vault.folder)
    calls = forbid_argon2(monkeypatch)
    with pytest.raises(VaultCorrupt) as error:
        Vault.unlock(vault.folder, PASSPHRASE)
    _refused(error)
    assert calls == []
    assert folder_state(vault.folder) == before


@pytest.mark.parametrize("kdf", TAMPERED)
def test_recovery_key_unlock_refuses_out_of_bounds_kdf(
    vault_dir: Path, monkeypatch: pytest.MonkeyPatch, kdf: dict[str, int]
) -> None:
    # The recovery wrap does not use Argon2, but it lives in the same damaged header.
    opened, recovery = Vault.create(vault_dir, PASSPHRASE, FAST_KDF)
    opened.close()
    _tamper_header_file(vault_dir, kdf)
    before = folder_state(vault_dir)
    calls = forbid_argon2(monkeypatch)
    with pytest.raises(VaultCorrupt) as error:
        Vault.unlock_with_recovery_key(vault_dir, recovery)
    _refused(error)
    assert calls == []
    assert folder_state(vault_dir) == before


@pytest.mark.parametrize("kdf", TAMPERED)
def test_restore_refuses_a_backup_with_out_of_bounds_kdf(
    vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, kdf: dict[str, int]
) -> None:
    backup = maintenance.backup(vault, tmp_path)
    vault.close()
    tampered = _tampered_backup(backup, tmp_path / "tampered.ccbackup", kdf)
    calls = forbid_argon2(monkeypatch)
    fresh = tmp_path / "fresh"
    with pytest.raises(VaultCorrupt) as error:
        maintenance.restore(fresh, tampered, PASSPHRASE)
    _refused(error)
    assert not fresh.exists()
    # Over the existing vault too: the backup's header is read before the current one is unlocked.
    before = folder_state(vault.folder)
    with pytest.raises(VaultCorrupt) as error:
        maintenance.restore(vault.folder, tampered, PASSPHRASE)
    _refused(error)
    assert folder_state(vault.folder) == before
    assert calls == []


def test_change_passphrase_refuses_out_of_bounds_kdf_without_deriving(
    vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    header_before = (vault.folder / HEADER_NAME).read_bytes()
    calls = forbid_argon2(monkeypatch)
    with pytest.raises(VaultCorrupt, match="safe range"):
        vault.change_passphrase("another long passphrase", keys.KdfParams(memory_kib=2**31))
    assert calls == []
    assert (vault.folder / HEADER_NAME).read_bytes() == header_before


@pytest.mark.parametrize("kdf", BOUNDARIES)
def test_boundaries_are_accepted(
    vault: Vault, monkeypatch: pytest.MonkeyPatch, kdf: dict[str, int]
) -> None:
    params = keys.KdfParams(**kdf)
    params.check()
    vault.close()
    _tamper_header_file(vault.folder, kdf)
    argon2_calls = forbid_argon2(monkeypatch)
    assert parse_header((vault.folder / HEADER_NAME).read_bytes()).kdf == params
    # Past the check: the derivation is attempted with exactly these parameters.
    with pytest.raises(Derived):
        Vault.unlock(vault.folder, PASSPHRASE)
    assert len(argon2_calls) == 1
    assert argon2_calls[0]["memory_cost"] == params.memory_kib
    assert argon2_calls[0]["time_cost"] == params.time_cost
    assert argon2_calls[0]["parallelism"] == params.parallelism


@pytest.mark.parametrize("seconds_for_three_passes", [10.0, 0.3, 1e-9])
def test_calibration_stays_within_the_bounds(
    monkeypatch: pytest.MonkeyPatch, seconds_for_three_passes: float
) -> None:
    # Whatever the machine's speed, calibrate's result passes the check it will meet at unlock.
    clock = iter([100.0, 100.0 + seconds_for_three_passes])
    monkeypatch.setattr(keys, "derive_key", lambda *_a: b"\x00" * 32)
    monkeypatch.setattr(time, "perf_counter", lambda: next(clock))
    keys.calibrate().check()


def test_the_key_is_the_one_argon2_cffi_derives() -> None:
    # keys.hash_secret_raw calls argon2-cffi's C bindings itself (see its docstring): the bytes
    # must be exactly what the library's own function gives, or no existing vault would open.
    from argon2.low_level import Type  # noqa: PLC0415 - the reference, in the test only
    from argon2.low_level import hash_secret_raw as reference  # noqa: PLC0415

    for time_cost, memory_kib, lanes in ((3, 64 * 1024, 1), (4, 64 * 1024 + 8, 2)):
        secret = keys.normalise_passphrase(f"grüße {time_cost} {lanes}")
        salt = os.urandom(keys.SALT_BYTES)
        ours = keys.hash_secret_raw(
            secret=secret,
            salt=salt,
            time_cost=time_cost,
            memory_cost=memory_kib,
            parallelism=lanes,
            hash_len=32,
        )
        theirs = reference(
            secret=secret,
            salt=salt,
            time_cost=time_cost,
            memory_cost=memory_kib,
            parallelism=lanes,
            hash_len=32,
            type=Type.ID,
        )
        assert ours == theirs


def test_a_failed_derivation_raises_argon2_cffi_s_error() -> None:
    from argon2.exceptions import HashingError  # noqa: PLC0415

    with pytest.raises(HashingError, match="Salt is too short"):
        keys.hash_secret_raw(
            secret=b"x",
            salt=b"short",
            time_cost=3,
            memory_cost=64 * 1024,
            parallelism=1,
            hash_len=32,
        )
