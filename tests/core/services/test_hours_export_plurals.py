"""The hours summary counts clients with real plural forms: "1 client", "2 clients"."""

from __future__ import annotations

from dataclasses import replace

from coach_app.services import hours
from coach_app.services.hours_export import summary_text
from coach_app.vault.vault import Vault


def test_one_client_and_two_clients(vault: Vault) -> None:
    log = hours.hours_log(vault, end="2025-12-31")
    one = replace(log, unnamed_clients=1, unnamed_hours=1.0)
    two = replace(log, unnamed_clients=2, unnamed_hours=2.0)
    assert "with 1 client who" in summary_text(one)
    assert "with 2 clients who" in summary_text(two)
    assert "client(s)" not in summary_text(one) + summary_text(two)
    assert "; 0 clients" in summary_text(log)
