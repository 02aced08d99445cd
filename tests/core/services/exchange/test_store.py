"""The import's Core writer puts exactly the rows and the search index the ORM path wrote."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest
from sqlalchemy import text

from coach_app.changes import Kind
from coach_app.errors import ImportRejected
from coach_app.models import search_index
from coach_app.services import demo, exchange
from coach_app.services.exchange import store
from coach_app.vault import change_log
from coach_app.vault.vault import Vault
from tests.core.services.exchange.test_exchange_v2 import populate

NOW = datetime(2025, 6, 2, 12, 0, tzinfo=UTC)
#: Set when a row is written, so they differ between two vaults holding the same data.
_WRITTEN_AT = ("created_at", "updated_at")


def _rows(vault: Vault) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every exported table, all columns but the write times, sorted."""
    out: dict[str, list[tuple[Any, ...]]] = {}
    with vault.engine.connect() as conn:
        for model in store.MODEL_OF.values():
            table = model.__table__
            columns = [c for c in table.columns if c.key not in _WRITTEN_AT]
            names = ", ".join(c.name for c in columns)
            result = conn.exec_driver_sql(f"SELECT {names} FROM {table.name}")
            out[table.name] = sorted(result.all(), key=repr)
    return out


def _index(vault: Vault) -> list[tuple[Any, ...]]:
    """The search index's entries (every column but the rowid), sorted."""
    with vault.engine.connect() as conn:
        found = conn.execute(
            text(
                "SELECT d.kind, d.owner_id, d.coachee_id, d.at, f.title, f.body "
                "FROM search_docs d JOIN search_fts f ON f.rowid = d.rowid"
            )
        ).all()
        fts = conn.execute(text("SELECT count(*) FROM search_fts")).scalar_one()
    assert fts == len(found)
    return sorted(tuple(row) for row in found)


def test_the_core_import_writes_the_rows_and_index_of_an_orm_save(
    vault: Vault, other_vault: Vault
) -> None:
    # Written through the services (the ORM and its flush hook) and as demo data.
    populate(vault)
    demo.generate(vault, coachees=3, sessions_per_coachee=8, seed=5)
    first = exchange.export_json(vault, now=NOW)

    exchange.import_document(other_vault, first)

    assert exchange.export_json(other_vault, now=NOW) == first
    assert other_vault.counts() == vault.counts()
    assert _rows(other_vault) == _rows(vault)
    imported = _index(other_vault)
    assert len(imported) == len(_index(vault))
    # The index built from the tables, object by object, is the one the import wrote.
    with other_vault.write() as s:
        search_index.rebuild(s.connection())
    assert _index(other_vault) == imported


def test_the_import_gives_its_connection_back_with_its_own_cache(vault: Vault) -> None:
    with vault.session() as s:
        before = s.connection().exec_driver_sql("PRAGMA cache_size").scalar_one()
        with store.roomy_cache(s):
            inside = s.connection().exec_driver_sql("PRAGMA cache_size").scalar_one()
        after = s.connection().exec_driver_sql("PRAGMA cache_size").scalar_one()
    assert inside == -store.CACHE_KIB
    assert after == before != inside


def test_an_import_is_recorded_for_every_kind_it_wrote(vault: Vault, other_vault: Vault) -> None:
    # The rows go in as driver SQL, which the change log's ORM hook does not see: the writer
    # notes its tables itself, so open views hear of the import when it commits.
    populate(vault)
    document = exchange.export_json(vault, now=NOW)
    with change_log.recording() as log:
        exchange.import_document(other_vault, document)
    written = (
        Kind.COACHEES,
        Kind.PROFILE,
        Kind.GOALS,
        Kind.SESSIONS,
        Kind.EXPERIMENTS,
        Kind.MEASUREMENTS,
        Kind.GROUPS,
        Kind.OWN_RECORD,
    )
    assert [k for k in written if not log.changes.touches(k, coachee_id="any coachee")] == []


def test_a_refused_import_records_nothing(vault: Vault, other_vault: Vault) -> None:
    populate(vault)
    document = exchange.export_json(vault, now=NOW).replace(
        f'"version": {exchange.VERSION}', '"version": "2"'
    )
    with change_log.recording() as log, pytest.raises(ImportRejected):
        exchange.import_document(other_vault, document)
    assert not log.changes
