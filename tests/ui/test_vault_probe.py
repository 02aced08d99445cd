"""The unlock screen's light "is there a vault here" agrees with the services' answer."""

from __future__ import annotations

from pathlib import Path

from coach_app.services import access
from coach_app.ui import vault_probe
from coach_app.vault.header import HEADER_NAME
from coach_app.vault.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE


def test_the_header_name_is_the_vaults() -> None:
    assert vault_probe.HEADER_FILE == HEADER_NAME


def test_it_answers_like_the_service(tmp_path: Path) -> None:
    folder = tmp_path / "vault"
    for where in (tmp_path / "missing", tmp_path, folder):
        assert vault_probe.has_vault(where) == access.has_vault(where)
    made, _recovery = Vault.create(folder, PASSPHRASE, FAST_KDF)
    made.close()
    assert vault_probe.has_vault(folder)
    assert vault_probe.has_vault(folder) == access.has_vault(folder)
