"""Reading the key header (``vault/header.py``): the vault id as ``uuid`` reads it."""

from __future__ import annotations

import json
import uuid

import pytest

from coach_app.errors import VaultCorrupt
from coach_app.vault import header
from coach_app.vault.vault import Vault


@pytest.mark.parametrize(
    "written",
    [
        "0f3c9b5e-8a1d-4c2b-9e7f-6a5b4c3d2e1f",  # as this app writes it: taken as it is
        "0F3C9B5E-8A1D-4C2B-9E7F-6A5B4C3D2E1F",  # any other spelling: uuid's canonical form
        "{0f3c9b5e-8a1d-4c2b-9e7f-6a5b4c3d2e1f}",
        "urn:uuid:0f3c9b5e-8a1d-4c2b-9e7f-6a5b4c3d2e1f",
        "0f3c9b5e8a1d4c2b9e7f6a5b4c3d2e1f",
    ],
)
def test_the_vault_id_is_read_as_uuid_reads_it(vault: Vault, written: str) -> None:
    vault.close()
    path = vault.folder / header.HEADER_NAME
    doc = json.loads(path.read_text("utf-8"))
    doc["vault_id"] = written
    parsed = header.parse_header(json.dumps(doc).encode("utf-8"))
    assert parsed.vault_id == str(uuid.UUID(written)) == "0f3c9b5e-8a1d-4c2b-9e7f-6a5b4c3d2e1f"


@pytest.mark.parametrize("written", ["0f3c9b5e-8a1d-4c2b-9e7f-6a5b4c3d2e1", 42, None, "x" * 36])
def test_a_damaged_vault_id_is_refused_as_before(vault: Vault, written: object) -> None:
    vault.close()
    doc = json.loads((vault.folder / header.HEADER_NAME).read_text("utf-8"))
    doc["vault_id"] = written
    with pytest.raises(VaultCorrupt, match="damaged"):
        header.parse_header(json.dumps(doc).encode("utf-8"))
