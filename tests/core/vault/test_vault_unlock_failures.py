"""docs/security.md 9: an unlock that fails never creates, replaces or empties a vault.

Every case breaks a closed vault in one way, tries to unlock it, and checks three things: a typed
error whose message says what to do, the folder byte-identical (hashes and modes of every file,
no file added), and no lock left behind.
"""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from coach_app.errors import (
    CoachAppError,
    VaultCorrupt,
    VaultExists,
    VaultNotFound,
    WrongPassphrase,
)
from coach_app.services import coachees, sessions
from coach_app.vault.keyring_store import KeyringStore
from coach_app.vault.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.helpers.keyrings import InMemoryKeyring
from tests.helpers.vault_files import folder_state

PAGE = 4096


@pytest.fixture
def closed_vault(vault_dir: Path) -> Path:
    """A vault with some sessions (several pages of data), closed."""
    opened, _recovery = Vault.create(vault_dir, PASSPHRASE, FAST_KDF)
    c = coachees.create_coachee(opened, name="Ruth", focus="Giving feedback upward")
    for i in range(40):
        sessions.create_session(opened, c.id, notes=f"Session {i}: " + "what happened " * 80)
    opened.close()
    return vault_dir


def _assert_fails_untouched(
    folder: Path, unlock: Callable[[], Vault], error: type[CoachAppError], *hints: str
) -> CoachAppError:
    before = folder_state(folder)
    with pytest.raises(error) as failure:
        unlock()
    assert folder_state(folder) == before, "a failed unlock changed the folder"
    message = failure.value.message
    assert message.strip(), "typed errors carry a message"
    for hint in hints:
        assert hint in message, f"{hint!r} missing from {message!r}"
    return failure.value


def _header(folder: Path) -> Path:
    return folder / "vault.json"


def _db(folder: Path) -> Path:
    return folder / "vault.db"


def test_missing_header_with_database(closed_vault: Path) -> None:
    _header(closed_vault).unlink()
    _assert_fails_untouched(
        closed_vault,
        lambda: Vault.unlock(closed_vault, PASSPHRASE),
        VaultCorrupt,
        "vault.json",
        "backup",
    )
    # And "create a vault here instead" is refused: the data would be orphaned.
    with pytest.raises(VaultExists):
        Vault.create(closed_vault, PASSPHRASE, FAST_KDF)


def test_no_vault_at_all(tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    _assert_fails_untouched(empty, lambda: Vault.unlock(empty, PASSPHRASE), VaultNotFound, "init")
    assert list(empty.iterdir()) == []
    missing = tmp_path / "nowhere"
    with pytest.raises(VaultNotFound):
        Vault.unlock(missing, PASSPHRASE)
    assert not missing.exists()


@pytest.mark.parametrize(
    "damage",
    [
        pytest.param(lambda raw: raw[: len(raw) // 2], id="truncated"),
        pytest.param(lambda raw: b"", id="empty"),
        pytest.param(lambda raw: b"\x00" * len(raw), id="zeros"),
        pytest.param(lambda raw: raw.replace(b'"salt"', b'"s4lt"'), id="field-renamed"),
        pytest.param(lambda raw: raw.replace(b'"version": 1', b'"version": 99'), id="version"),
        pytest.param(lambda raw: json.dumps([1, 2, 3]).encode(), id="not-an-object"),
        pytest.param(lambda raw: raw.replace(b'"nonce": "', b'"nonce": "!!'), id="bad-base64"),
    ],
)
def test_corrupt_header(closed_vault: Path, damage: Callable[[bytes], bytes]) -> None:
    path = _header(closed_vault)
    path.write_bytes(damage(path.read_bytes()))
    _assert_fails_untouched(
        closed_vault, lambda: Vault.unlock(closed_vault, PASSPHRASE), VaultCorrupt
    )


def test_missing_database(closed_vault: Path) -> None:
    _db(closed_vault).unlink()
    _assert_fails_untouched(
        closed_vault,
        lambda: Vault.unlock(closed_vault, PASSPHRASE),
        VaultCorrupt,
        "vault.db",
        "backup",
    )


def _flip(raw: bytes, offset: int) -> bytes:
    return raw[:offset] + bytes([raw[offset] ^ 0x40]) + raw[offset + 1 :]


@pytest.mark.parametrize(
    "damage",
    [
        pytest.param(lambda raw: b"", id="empty"),
        pytest.param(lambda raw: raw[: len(raw) // 2], id="truncated-half"),
        pytest.param(lambda raw: raw[:PAGE], id="first-page-only"),
        pytest.param(lambda raw: raw[: PAGE // 2], id="half-a-page"),
        pytest.param(lambda raw: b"\x00" * len(raw), id="zeros"),
        pytest.param(lambda raw: os.urandom(len(raw)), id="random"),
        pytest.param(lambda raw: _flip(raw, 100), id="flip-in-page-1"),
        pytest.param(lambda raw: b"SQLite format 3\x00" + raw[16:], id="plain-magic"),
    ],
)
def test_corrupt_database(closed_vault: Path, damage: Callable[[bytes], bytes]) -> None:
    db = _db(closed_vault)
    db.write_bytes(damage(db.read_bytes()))
    _assert_fails_untouched(
        closed_vault,
        lambda: Vault.unlock(closed_vault, PASSPHRASE),
        VaultCorrupt,
        "backup",
    )
    # The lock was released: the same process can try again (and fail the same way).
    with pytest.raises(VaultCorrupt):
        Vault.unlock(closed_vault, PASSPHRASE)


def test_damage_deep_in_the_file_is_reported(closed_vault: Path) -> None:
    """A flipped byte in a data page: refused at unlock, or found by the integrity check.

    Unlock reads only what proves key and schema (a full check costs about a second per
    150 MB), so damage further in may surface later; ``integrity_problems`` must name it.
    """
    db = _db(closed_vault)
    raw = db.read_bytes()
    assert len(raw) > 20 * PAGE
    db.write_bytes(_flip(raw, len(raw) - PAGE // 2))
    before = folder_state(closed_vault)
    try:
        opened = Vault.unlock(closed_vault, PASSPHRASE)
    except VaultCorrupt:
        assert folder_state(closed_vault) == before
        return
    try:
        assert opened.integrity_problems(), "a damaged page went unnoticed"
    finally:
        opened.close()


def test_database_from_another_vault(closed_vault: Path, tmp_path: Path) -> None:
    other, _recovery = Vault.create(tmp_path / "other", PASSPHRASE, FAST_KDF)
    other.close()
    shutil.copyfile(_db(tmp_path / "other"), _db(closed_vault))
    _assert_fails_untouched(
        closed_vault,
        lambda: Vault.unlock(closed_vault, PASSPHRASE),
        VaultCorrupt,
        "another vault",
        "backup",
    )


def test_keyring_returning_a_wrong_key(closed_vault: Path) -> None:
    header = json.loads(_header(closed_vault).read_text())
    store = KeyringStore(closed_vault, InMemoryKeyring(), trusted=True)
    store.remember(header["vault_id"], os.urandom(32))  # stale or tampered entry
    remembered = store.recall(header["vault_id"])
    assert remembered is not None
    _assert_fails_untouched(
        closed_vault,
        lambda: Vault.unlock_with_data_key(closed_vault, remembered),
        WrongPassphrase,
        "passphrase",
    )
    Vault.unlock(closed_vault, PASSPHRASE).close()  # the vault itself is fine


def test_wrong_length_key_is_refused(closed_vault: Path) -> None:
    for key in (b"", b"\x01" * 16, b"\x02" * 64):
        _assert_fails_untouched(
            closed_vault,
            lambda key=key: Vault.unlock_with_data_key(closed_vault, key),
            WrongPassphrase,
            "passphrase",
        )
    Vault.unlock(closed_vault, PASSPHRASE).close()
