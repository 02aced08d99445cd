"""An import loads the search index with FTS5's bulk settings and leaves FTS5's own behind."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

from coach_app.errors import ImportRejected
from coach_app.models import search_index
from coach_app.services import exchange
from coach_app.vault.vault import Vault
from tests.core.services.exchange.test_exchange_v2 import populate

NOW = datetime(2025, 6, 2, 12, 0, tzinfo=UTC)


def _settings(vault: Vault) -> dict[str, Any]:
    with vault.engine.connect() as conn:
        rows = conn.exec_driver_sql("SELECT k, v FROM search_fts_config").all()
    return {k: v for k, v in rows if k in search_index.BULK_SETTINGS}


def test_an_import_uses_the_bulk_settings_and_gives_them_back(
    vault: Vault, other_vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    populate(vault)
    document = exchange.export_json(vault, now=NOW)
    seen: list[dict[str, Any]] = []
    finish = search_index.BatchIndex.finish

    def watched(self: search_index.BatchIndex) -> None:
        rows = self.conn.exec_driver_sql("SELECT k, v FROM search_fts_config").all()
        seen.append({k: v for k, v in rows if k in search_index.BULK_SETTINGS})
        finish(self)

    monkeypatch.setattr(search_index.BatchIndex, "finish", watched)
    exchange.import_document(other_vault, document)
    assert seen
    assert all(found == search_index.BULK_SETTINGS for found in seen)
    assert _settings(other_vault) == {}
    with other_vault.engine.connect() as conn:
        search_index.check(conn)


def test_a_refused_import_leaves_fts5s_settings_as_they_were(
    vault: Vault, other_vault: Vault
) -> None:
    populate(vault)
    # Refused at the very end (the top level's version is checked after the lists).
    document = exchange.export_json(vault, now=NOW).replace(
        f'"version": {exchange.VERSION}', '"version": "2"'
    )
    with pytest.raises(ImportRejected):
        exchange.import_document(other_vault, document)
    assert _settings(other_vault) == {}
    assert other_vault.counts() == {k: 0 for k in other_vault.counts()}
