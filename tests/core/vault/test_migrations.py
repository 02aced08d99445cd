"""docs/security.md 16: the schema is what the models say, old vaults open, and an upgrade takes a
verified backup first.

With a single released revision there is no real older vault to upgrade, so the upgrade path is
tested with a throwaway revision ``probe`` on top of the app's head, in a copy of the migration
scripts (pointed to by monkeypatching ``vault.MIGRATIONS``, the one place Alembic's script
location comes from). That runs the real code path: a vault at today's head (``CURRENT``) is
opened by an app whose head is ``probe``. (Upgrading a real older vault, v0001 to today's head,
is what ``test_fixture_vault_opens_with_all_data`` does with the kept fixtures.)
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import text

from coach_app.errors import BackupFailed, VaultCorrupt
from coach_app.models import Base
from coach_app.services import coachees, experiments, measurements, search, sessions, settings
from coach_app.vault import backup
from coach_app.vault import vault as vault_module
from coach_app.vault.engine import raw_connect
from coach_app.vault.vault import Vault, head_revision
from tests.conftest import PASSPHRASE
from tests.helpers.migration_probe import CURRENT, FREEING_PROBE, PROBE, install_probe
from tests.helpers.vault_files import folder_state, page_counts, read_one

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "vaults"
FIXTURE_DIRS = sorted(p for p in FIXTURES.iterdir() if p.is_dir()) if FIXTURES.exists() else []


def _is_fts(name: str | None) -> bool:
    # The FTS5 table and its shadow tables are raw DDL (in the migrations), not ORM tables.
    return bool(name) and str(name).startswith("search_fts")


def test_orm_matches_migrated_schema(vault: Vault) -> None:
    with vault.engine.connect() as conn:
        context = MigrationContext.configure(
            conn,
            opts={
                "compare_type": True,
                "include_name": lambda name, kind, _parent: not (kind == "table" and _is_fts(name)),
            },
        )
        diffs = compare_metadata(context, Base.metadata)
        fts_sql = conn.execute(
            text("SELECT sql FROM sqlite_master WHERE name = 'search_fts'")
        ).scalar_one()
    assert diffs == []
    assert "unicode61 remove_diacritics 2" in fts_sql


def test_there_is_a_fixture_for_the_current_revision() -> None:
    assert f"v{head_revision()}" in [p.name for p in FIXTURE_DIRS], (
        "release checklist: run tests/fixtures/make_fixture_vault.py and commit its folder"
    )


@pytest.mark.parametrize("fixture", FIXTURE_DIRS, ids=[p.name for p in FIXTURE_DIRS])
def test_fixture_vault_opens_with_all_data(fixture: Path, tmp_path: Path) -> None:
    expected = json.loads((fixture / "expected.json").read_text())
    folder = tmp_path / fixture.name
    shutil.copytree(fixture, folder)
    opened = Vault.unlock(folder, expected["passphrase"])
    try:
        if expected["revision"] != head_revision():
            # An older vault: it was upgraded, after a verified backup.
            assert list((folder / "backups").glob(f"*before-upgrade-{expected['revision']}*"))
        assert opened.integrity_problems() == []
        names = {c.name: c.id for c in coachees.list_coachees(opened)}
        assert names == expected["coachees"]
        ada_id = names["Ada Jansen"]
        ada = coachees.get_coachee(opened, ada_id)
        want = expected["ada"]
        assert (ada.email, list(ada.tags)) == (want["email"], want["tags"])
        assert [g.title for g in coachees.list_goals(opened, ada_id)] == [want["goal"]]
        for sid, sections in want["sessions"].items():
            assert sessions.get_session(opened, sid).sections == sections
        exp = experiments.get_experiment(opened, want["experiment"]["id"])
        assert exp.learning == want["experiment"]["learning"]
        got = {m.instrument: m.value for m in measurements.list_measurements(opened, ada_id)}
        assert got == want["measurements"]
        for key, value in expected["settings"].items():
            assert settings.get_setting(opened, key) == value
        assert opened.counts()["erasures"] == len(expected["erased"])
        for word, owner in expected["search"].items():
            assert owner in {h.owner_id for h in search.search(opened, word)}
    finally:
        opened.close()
    # The recovery key printed for that vault still opens it.
    Vault.unlock_with_recovery_key(folder, expected["recovery_key"]).close()


@pytest.fixture
def with_revision_probe(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The app's migrations plus a throwaway ``probe``, made the head for this test."""
    return install_probe(tmp_path, monkeypatch)


def _revision_in(db: Path, key: bytes) -> str:
    return str(read_one(db, key, "SELECT version_num FROM alembic_version"))


def test_upgrade_takes_a_verified_backup_first(
    vault: Vault, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    c = coachees.create_coachee(vault, name="Pieter")
    s = sessions.create_session(vault, c.id, notes="Before the upgrade.")
    counts = vault.counts()
    key = vault.data_key()
    vault.close()
    assert list((vault.folder / "backups").iterdir()) == []

    request.getfixturevalue("with_revision_probe")
    upgraded = Vault.unlock(vault.folder, PASSPHRASE)
    try:
        assert _revision_in(upgraded.db_path, key) == PROBE
        assert sessions.get_session(upgraded, s.id).notes == "Before the upgrade."
        assert upgraded.integrity_problems() == []
    finally:
        upgraded.close()

    made = list((vault.folder / "backups").glob(f"*before-upgrade-{CURRENT}*"))
    assert len(made) == 1
    assert backup.verify_backup_file(made[0], key) == counts
    unpacked = tmp_path / "unpacked"
    unpacked.mkdir()
    _header, db = backup.extract_backup(made[0], unpacked)
    assert _revision_in(db, key) == CURRENT, "the backup holds the vault as it was"


def test_no_upgrade_without_a_verified_backup(
    vault: Vault, monkeypatch: pytest.MonkeyPatch, request: pytest.FixtureRequest
) -> None:
    coachees.create_coachee(vault, name="Noor")
    key = vault.data_key()
    vault.close()
    before = folder_state(vault.folder)
    request.getfixturevalue("with_revision_probe")

    def failing_verify(*_args: object, **_kwargs: object) -> dict[str, int]:
        raise BackupFailed("The backup copy did not pass its integrity check.")

    monkeypatch.setattr(backup, "check_database", failing_verify)
    with pytest.raises(BackupFailed):
        Vault.unlock(vault.folder, PASSPHRASE)
    assert folder_state(vault.folder) == before, "no upgrade, no backup left behind"
    assert _revision_in(vault.db_path, key) == CURRENT


def test_vault_from_a_newer_app_is_refused(vault: Vault) -> None:
    key = vault.data_key()
    vault.close()
    conn = raw_connect(vault.db_path, key)
    try:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
        conn.commit()
    finally:
        conn.close()
    before = folder_state(vault.folder)
    with pytest.raises(VaultCorrupt, match="newer Coach Companion"):
        Vault.unlock(vault.folder, PASSPHRASE)
    assert folder_state(vault.folder) == before


def test_the_pinned_head_is_the_newest_migration_script() -> None:
    # Opening a vault compares with the pinned head only; a new script needs the pin moved.
    assert vault_module.script_head_revision() == vault_module.HEAD_REVISION


def _with_ballast(vault: Vault, pages: int) -> bytes:
    """Close ``vault`` holding a table of about ``pages`` pages (for a probe to drop); its key."""
    key = vault.data_key()
    vault.close()
    conn = raw_connect(vault.db_path, key)
    try:
        conn.execute("CREATE TABLE ballast (b BLOB)")
        conn.executemany("INSERT INTO ballast VALUES (randomblob(3000))", [()] * pages)
        conn.commit()
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()
    return key


def test_an_upgrade_that_frees_much_of_the_file_gives_it_back(
    vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    c = coachees.create_coachee(vault, name="Pieter")
    s = sessions.create_session(vault, c.id, notes="Kept through the upgrade.")
    key = _with_ballast(vault, 300)
    pages_before, _free = page_counts(vault.db_path, key)
    install_probe(tmp_path, monkeypatch, FREEING_PROBE)

    upgraded = Vault.unlock(vault.folder, PASSPHRASE)
    try:
        assert sessions.get_session(upgraded, s.id).notes == "Kept through the upgrade."
        assert search.search(upgraded, "upgrade")[0].owner_id == s.id
        assert upgraded.integrity_problems() == []
    finally:
        upgraded.close()
    pages, free = page_counts(vault.db_path, key)
    assert free == 0, "the pages the upgrade freed are still in the file"
    assert pages < pages_before - 250
    assert vault.db_path.stat().st_size == pages * 4096
    wal = vault.db_path.with_name(vault.db_path.name + "-wal")
    assert not wal.exists() or wal.stat().st_size == 0, "no earlier page is left in the WAL"


def test_an_upgrade_that_frees_little_writes_the_file_once(
    vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    coachees.create_coachee(vault, name="Pieter")
    key = _with_ballast(vault, 1)
    install_probe(tmp_path, monkeypatch, FREEING_PROBE)
    Vault.unlock(vault.folder, PASSPHRASE).close()
    _pages_after, free = page_counts(vault.db_path, key)
    assert free > 0, "a whole-file rewrite for a page or two is not worth it"


def test_a_vacuum_that_fails_leaves_the_upgraded_vault_as_it_was(
    vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    c = coachees.create_coachee(vault, name="Pieter")
    s = sessions.create_session(vault, c.id, notes="Kept through the upgrade.")
    key = _with_ballast(vault, 300)
    install_probe(tmp_path, monkeypatch, FREEING_PROBE)

    # SQLite refuses VACUUM inside a transaction: a real refusal, raised where a full disk is.
    opened_raw = vault_module.raw_connect

    def in_a_transaction(db: Path, data_key: bytes) -> object:
        conn = opened_raw(db, data_key)
        conn.execute("BEGIN")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return conn

    monkeypatch.setattr(vault_module, "raw_connect", in_a_transaction)
    upgraded = Vault.unlock(vault.folder, PASSPHRASE)
    try:
        assert _revision_in(upgraded.db_path, key) == PROBE
        assert sessions.get_session(upgraded, s.id).notes == "Kept through the upgrade."
        assert upgraded.integrity_problems() == []
    finally:
        upgraded.close()
    _pages_after, free = page_counts(vault.db_path, key)
    assert free > 250, "the vault keeps its size, nothing else"


def test_an_unlock_says_it_upgrades_before_the_backup_and_only_then(
    vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    vault.close()
    told: list[list[Path]] = []

    def notice() -> None:  # what the backups folder held when the unlock said so
        told.append(list((vault.folder / "backups").iterdir()))

    Vault.unlock(vault.folder, PASSPHRASE, on_upgrade=notice).close()
    assert told == [], "a vault at the app's head is not upgraded"

    install_probe(tmp_path, monkeypatch)
    Vault.unlock(vault.folder, PASSPHRASE, on_upgrade=notice).close()
    assert told == [[]], "said once, before the backup was made"
    Vault.unlock(vault.folder, PASSPHRASE, on_upgrade=notice).close()
    assert len(told) == 1
