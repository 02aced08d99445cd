"""The streamed export is the same document as ``export_document``, one coachee per line."""

from __future__ import annotations

import io
import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from coach_app.errors import Cancelled
from coach_app.i18n import _
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


def test_export_to_file_streams_the_same_text_owner_only_with_progress(
    vault: Vault, tmp_path: Path
) -> None:
    demo.generate(vault, coachees=3, sessions_per_coachee=2, seed=5)
    target = tmp_path / "export.json"
    heard: list[float] = []
    exchange.export_to_file(vault, target, now=NOW, progress=heard.append)
    assert target.read_text("utf-8") == exchange.export_json(vault, now=NOW)
    assert target.stat().st_mode & 0o777 == 0o600
    # One step per coachee, rising, then done.
    assert len(heard) == 3 + 1
    assert heard == sorted(heard)
    assert heard[-1] == 1.0


def test_a_cancelled_export_leaves_the_old_file_and_no_part(vault: Vault, tmp_path: Path) -> None:
    demo.generate(vault, coachees=3, sessions_per_coachee=2, seed=5)
    (tmp_path / "out").mkdir()
    target = tmp_path / "out" / "export.json"
    target.write_text("the coach's older export", "utf-8")

    def cancel_after_the_first(fraction: float) -> None:
        if fraction > 0:
            raise Cancelled(_("Cancelled."))

    with pytest.raises(Cancelled):
        exchange.export_to_file(vault, target, now=NOW, progress=cancel_after_the_first)
    assert target.read_text("utf-8") == "the coach's older export"
    assert sorted(p.name for p in target.parent.iterdir()) == ["export.json"]
