"""The streamed export is the same document as ``export_document``, one coachee per line."""

from __future__ import annotations

import io
import json
from datetime import UTC, datetime

from coach_app.services import demo, exchange
from coach_app.services.exchange.export import write_export
from coach_app.vault.vault import Vault

NOW = datetime(2025, 6, 2, 12, 0, tzinfo=UTC)


def test_streamed_export_equals_the_document(vault: Vault) -> None:
    demo.generate(vault, coachees=4, sessions_per_coachee=6, seed=11)
    out = io.StringIO()
    write_export(vault, out, now=NOW)
    text = out.getvalue()
    assert json.loads(text) == exchange.export_document(vault, now=NOW)
    assert text == exchange.export_json(vault, now=NOW)
    # Each coachee is one compact line under the indented top level.
    coachee_lines = [line for line in text.splitlines() if line.startswith('    {"id":')]
    assert len(coachee_lines) >= 4
    assert all(": " not in line[:40] for line in coachee_lines)


def test_an_empty_vault_exports_empty_lists(vault: Vault) -> None:
    doc = json.loads(exchange.export_json(vault, now=NOW))
    assert (doc["coachees"], doc["groups"], doc["development"]) == ([], [], [])
