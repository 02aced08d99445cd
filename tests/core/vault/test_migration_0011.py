"""Revision 0011: every moment is stored as an integer of microseconds, not as text.

Each kept vault's moments are read as they are on disk before its upgrade and compared with
what the upgrade stored, value by value; a new vault writes integers only; the way back gives
SQLAlchemy's text again; and the upgraded file is smaller.
"""

from __future__ import annotations

import importlib
import shutil
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from alembic import command
from sqlalchemy import Connection

from coach_app.models import Base
from coach_app.models.base import Moment
from coach_app.services import coachees, demo, sessions
from coach_app.timestamps import stored
from coach_app.vault.engine import raw_connect
from coach_app.vault.vault import Vault, alembic_config
from tests.conftest import PASSPHRASE
from tests.helpers.fixture_vaults import VAULTS, unlocked_copy
from tests.helpers.vault_files import closed_and_compacted, page_counts

REVISION = importlib.import_module("coach_app.vault.migrations.versions.0011_moments_as_integers")
#: Every moment column of the models: (table, column).
MOMENT_COLUMNS = sorted(
    (table.name, column.name)
    for table in Base.metadata.sorted_tables
    for column in table.columns
    if isinstance(column.type, Moment)
)


def _values(conn: Any, present: set[str]) -> dict[tuple[str, str, str], Any]:
    """Every moment of the tables in ``present``: (table, column, row id) -> stored value."""
    found = {}
    for table, column in MOMENT_COLUMNS:
        if table not in present:
            continue
        key = "coachee_id" if table == "erasures" else "id"
        for row_id, value in conn.execute(f"SELECT {key}, {column} FROM {table}"):
            found[table, column, row_id] = value
    return found


def _tables(conn: Any) -> set[str]:
    return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}


def _types(conn: Connection) -> set[str]:
    kinds: set[str] = set()
    for table, column in MOMENT_COLUMNS:
        kinds.update(
            conn.exec_driver_sql(f"SELECT DISTINCT typeof({column}) FROM {table}").scalars()
        )
    return kinds


def test_the_models_moments_are_the_ones_the_revision_rewrites() -> None:
    rewritten = sorted((t, c) for t, cs in REVISION.COLUMNS.items() for c in cs)
    assert rewritten == MOMENT_COLUMNS


@pytest.mark.parametrize("revision", sorted(p.name for p in VAULTS.iterdir()))
def test_every_kept_vault_keeps_each_moment_to_the_microsecond(
    revision: str, tmp_path: Path
) -> None:
    # The moments as that revision stored them, read from a copy that is not upgraded.
    before_copy = tmp_path / "as-kept"
    shutil.copytree(VAULTS / revision, before_copy)
    with unlocked_copy(revision, tmp_path) as (vault, _expected):
        key = vault.data_key()
        conn = raw_connect(before_copy / "vault.db", key)
        try:
            before = _values(conn, _tables(conn))
        finally:
            conn.close()
        with vault.engine.connect() as c:
            after = _values(c.connection.dbapi_connection, _tables_of(c))
            assert _types(c) <= {"integer", "null"}
    assert before, revision
    assert set(after) >= set(before)
    for place, value in before.items():
        expected = value if isinstance(value, int) or value is None else _text_as_int(value)
        assert after[place] == expected, place


def _tables_of(c: Connection) -> set[str]:
    return _tables(c.connection.dbapi_connection)


def _text_as_int(text: str) -> int:
    return stored(datetime.fromisoformat(text))


def test_a_new_vault_stores_every_moment_as_an_integer(vault: Vault) -> None:
    demo.generate(vault, coachees=2, sessions_per_coachee=4, seed=11, today=date(2026, 12, 2))
    with vault.engine.connect() as conn:
        kinds = _types(conn)
        assert "integer" in kinds
        assert kinds <= {"integer", "null"}
        written = {
            table
            for table, column in MOMENT_COLUMNS
            if conn.exec_driver_sql(f"SELECT count(*) FROM {table}").scalar_one()
        }
    # The demo writes most kinds of row, so the check above covers most columns.
    assert {"coachees", "sessions", "measurements", "experiments", "goals"} <= written


def test_the_way_back_gives_sqlalchemys_text_and_the_same_moments(vault: Vault) -> None:
    person = coachees.create_coachee(vault, name="Lotte Bakker")
    made = sessions.create_session(vault, person.id, started_at=datetime(2026, 12, 2, 9, 30))
    stamp = datetime(2026, 12, 2, 9, 45, 0, 123456)  # a time stamp keeps its microseconds
    with vault.engine.begin() as conn:
        conn.exec_driver_sql(
            "UPDATE sessions SET updated_at = ? WHERE id = ?", (stored(stamp), made.id)
        )
    read = "SELECT started_at, updated_at FROM sessions WHERE id = ?"
    with vault.engine.begin() as conn:
        command.downgrade(alembic_config(conn), "0010")
        assert tuple(conn.exec_driver_sql(read, (made.id,)).one()) == (
            "2026-12-02 09:30:00.000000",
            "2026-12-02 09:45:00.123456",
        )
        assert _types(conn) <= {"text", "null"}
        command.upgrade(alembic_config(conn), "0011")
        assert tuple(conn.exec_driver_sql(read, (made.id,)).one()) == (
            stored(datetime(2026, 12, 2, 9, 30)),
            stored(stamp),
        )
    again = sessions.get_session(vault, made.id)
    assert (again.started_at, again.updated_at) == (datetime(2026, 12, 2, 9, 30), stamp)


def test_the_upgraded_file_is_smaller(vault: Vault) -> None:
    demo.generate(vault, coachees=4, sessions_per_coachee=60, seed=11, today=date(2026, 12, 2))
    with vault.engine.begin() as conn:
        command.downgrade(alembic_config(conn), "0010")
        moments = sum(
            conn.exec_driver_sql(f"SELECT count({c}) FROM {t}").scalar_one()
            for t, c in MOMENT_COLUMNS
        )
    key = vault.data_key()
    pages_before = closed_and_compacted(vault)  # as large as its pages need
    with Vault.unlock(vault.folder, PASSPHRASE) as upgraded:
        assert upgraded.integrity_problems() == []
    pages, free = page_counts(vault.db_path, key)
    assert free == 0
    # 18 bytes a moment (26 of text, 8 of integer), half of it at least off the file.
    assert pages_before - pages >= moments * 18 / 4096 / 2, (pages_before, pages, moments)
