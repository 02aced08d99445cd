"""docs/security.md 5, 6 and 8: a wrong passphrase changes nothing, a change re-wraps the key
only, and the recovery key unlocks on its own and then insists on a new passphrase.
"""

from __future__ import annotations

import hashlib
import time
import unicodedata
from pathlib import Path

import pytest

from coach_app.errors import ValidationError, WrongPassphrase
from coach_app.services import coachees, sessions
from coach_app.services.passphrase import estimate_strength
from coach_app.vault import keys
from coach_app.vault.vault import Vault, check_passphrase_strength
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.helpers.vault_files import find_markers, folder_state

NEW_PASSPHRASE = "a completely different passphrase"


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def recovery_vault(vault_dir: Path) -> tuple[Path, str, str]:
    """A closed vault with one session: (folder, recovery key, session id)."""
    opened, recovery = Vault.create(vault_dir, PASSPHRASE, FAST_KDF)
    c = coachees.create_coachee(opened, name="Maud")
    s = sessions.create_session(opened, c.id, notes="What would a small first step be?")
    opened.close()
    return vault_dir, recovery, s.id


@pytest.mark.parametrize(
    "wrong",
    ["", "correct horse battery stapler", PASSPHRASE.upper() + " " + "x" * 10_000],
)
def test_wrong_passphrase_changes_nothing(vault: Vault, wrong: str) -> None:
    coachees.create_coachee(vault, name="Someone")
    vault.close()
    before = folder_state(vault.folder)
    with pytest.raises(WrongPassphrase, match="does not unlock this vault"):
        Vault.unlock(vault.folder, wrong)
    assert folder_state(vault.folder) == before
    Vault.unlock(vault.folder, PASSPHRASE).close()  # and the right one still works


def test_passphrase_typed_in_another_normal_form_unlocks(vault_dir: Path) -> None:
    composed = unicodedata.normalize("NFC", "Sécurité psychologique d'abord")
    Vault.create(vault_dir, composed, FAST_KDF)[0].close()
    Vault.unlock(vault_dir, unicodedata.normalize("NFD", composed)).close()


def test_change_passphrase_rewraps_only(vault: Vault, monkeypatch: pytest.MonkeyPatch) -> None:
    c = coachees.create_coachee(vault, name="Jonas")
    sessions.create_session(vault, c.id, notes="Before the change.")
    vault.checkpoint()
    db_hash = _sha256(vault.db_path)
    wal_size = (vault.folder / "vault.db-wal").stat().st_size

    start = time.perf_counter()
    keys.derive_key("timing", b"\x00" * 16, FAST_KDF)
    one_kdf = time.perf_counter() - start

    derivations: list[object] = []
    real_derive = keys.derive_key

    def counting(*args: object) -> bytes:
        derivations.append(args)
        return real_derive(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(keys, "derive_key", counting)
    start = time.perf_counter()
    vault.change_passphrase(NEW_PASSPHRASE)
    elapsed = time.perf_counter() - start

    assert len(derivations) == 1, "exactly one key derivation: the new passphrase"
    assert elapsed < 1.0 + 2 * one_kdf
    assert _sha256(vault.db_path) == db_hash
    assert (vault.folder / "vault.db-wal").stat().st_size == wal_size
    assert vault.integrity_problems() == []
    vault.close()
    monkeypatch.undo()

    with pytest.raises(WrongPassphrase):
        Vault.unlock(vault.folder, PASSPHRASE)
    reopened = Vault.unlock(vault.folder, NEW_PASSPHRASE)
    try:
        assert [x.name for x in coachees.list_coachees(reopened)] == ["Jonas"]
    finally:
        reopened.close()


def test_recovery_key_still_works_after_passphrase_change(
    recovery_vault: tuple[Path, str, str],
) -> None:
    folder, recovery, _sid = recovery_vault
    opened = Vault.unlock(folder, PASSPHRASE)
    opened.change_passphrase(NEW_PASSPHRASE)
    opened.close()
    Vault.unlock_with_recovery_key(folder, recovery).close()


def _spellings(recovery: str) -> list[str]:
    bare = recovery.replace("-", "")
    return [
        recovery,
        recovery.lower(),
        recovery.replace("-", " "),
        f"  {bare.lower()}  ",
        " ".join(bare[i : i + 4] for i in range(0, len(bare), 4)),
        # Look-alikes a person copying by hand might write.
        recovery.replace("0", "O").replace("1", "l"),
    ]


def test_recovery_key_unlocks_alone_in_any_spelling(
    recovery_vault: tuple[Path, str, str],
) -> None:
    folder, recovery, sid = recovery_vault
    for spelling in _spellings(recovery):
        opened = Vault.unlock_with_recovery_key(folder, spelling)
        try:
            assert opened.must_change_passphrase is True
            assert sessions.get_session(opened, sid).notes == "What would a small first step be?"
        finally:
            opened.close()


def test_recovery_then_new_passphrase(recovery_vault: tuple[Path, str, str]) -> None:
    folder, recovery, _sid = recovery_vault
    opened = Vault.unlock_with_recovery_key(folder, recovery)
    opened.change_passphrase(NEW_PASSPHRASE)
    assert opened.must_change_passphrase is False
    opened.close()
    with pytest.raises(WrongPassphrase):
        Vault.unlock(folder, PASSPHRASE)
    normal = Vault.unlock(folder, NEW_PASSPHRASE)
    assert normal.must_change_passphrase is False
    normal.close()


@pytest.mark.parametrize(
    ("attempt", "message"),
    [
        ("other", "does not unlock"),  # well formed, but another key
        ("ABCDE-12345", "8 groups of 5"),
        ("", "8 groups of 5"),
        ("UUUUU-UUUUU-UUUUU-UUUUU-UUUUU-UUUUU-UUUUU-UUUUU", "8 groups of 5"),
    ],
)
def test_wrong_recovery_key_fails_cleanly(
    recovery_vault: tuple[Path, str, str], attempt: str, message: str
) -> None:
    folder, recovery, _sid = recovery_vault
    if attempt == "other":
        attempt = keys.new_recovery_key()
        assert attempt != recovery
    before = folder_state(folder)
    with pytest.raises(WrongPassphrase, match=message):
        Vault.unlock_with_recovery_key(folder, attempt)
    assert folder_state(folder) == before


def test_recovery_key_is_never_stored(recovery_vault: tuple[Path, str, str]) -> None:
    folder, recovery, _sid = recovery_vault
    bare = recovery.replace("-", "")
    assert find_markers([folder], [recovery, bare, bare.lower()]) == []


# ---- the strength rule, enforced at create and change (docs/security.md) --------------------

COMMON_PASSWORDS = ("Password123!", "qwerty123456", "iloveyou2024")
LONG_UNUSUAL = "Seven tulips, one kettle & a Tuesday"


@pytest.mark.parametrize("weak", COMMON_PASSWORDS)
def test_create_refuses_a_common_password(vault_dir: Path, weak: str) -> None:
    with pytest.raises(ValidationError, match=r"too easy to guess.*unusual words"):
        Vault.create(vault_dir, weak, FAST_KDF)
    assert not (vault_dir / "vault.json").exists()


@pytest.mark.parametrize("weak", COMMON_PASSWORDS)
def test_change_passphrase_refuses_a_common_password(vault: Vault, weak: str) -> None:
    with pytest.raises(ValidationError, match=r"too easy to guess.*unusual words"):
        vault.change_passphrase(weak)
    vault.close()
    with pytest.raises(WrongPassphrase):
        Vault.unlock(vault.folder, weak)
    Vault.unlock(vault.folder, PASSPHRASE).close()  # the old passphrase still opens it


def test_a_long_unusual_passphrase_is_accepted(vault_dir: Path) -> None:
    opened, _recovery = Vault.create(vault_dir, LONG_UNUSUAL, FAST_KDF)
    opened.change_passphrase(LONG_UNUSUAL + " in May")
    opened.close()
    Vault.unlock(vault_dir, LONG_UNUSUAL + " in May").close()


def test_a_short_passphrase_is_still_refused_with_the_length(vault_dir: Path) -> None:
    with pytest.raises(ValidationError, match="at least 8 characters"):
        Vault.create(vault_dir, "  Xq#9z  ", FAST_KDF)


@pytest.mark.parametrize(
    "text",
    [*COMMON_PASSWORDS, "abcdefgh", "kettle9x", "kettle ferry", LONG_UNUSUAL, "short"],
)
def test_the_meter_and_the_vault_agree(text: str) -> None:
    try:
        check_passphrase_strength(text)
        refused = False
    except ValidationError:
        refused = True
    assert refused is not estimate_strength(text).acceptable
