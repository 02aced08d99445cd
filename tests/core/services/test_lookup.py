""" "That … no longer exists": one whole translatable sentence for every kind of row looked up."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from coach_app.errors import NotFound
from coach_app.models import Coachee
from coach_app.services import lookup
from coach_app.vault.vault import Vault

SOURCE = Path(lookup.__file__).resolve().parents[1]
CALL = re.compile(r'get_or_not_found\(\s*\w+,\s*\w+,\s*[\w.]+,\s*"([^"]+)"\s*\)')


def test_every_kind_the_code_looks_up_has_its_own_sentence() -> None:
    used = {m for path in SOURCE.rglob("*.py") for m in CALL.findall(path.read_text("utf-8"))}
    assert used, "the pattern must still find the calls"
    assert used <= set(lookup._GONE), used - set(lookup._GONE)


def test_a_missing_row_is_named_in_a_whole_sentence(vault: Vault) -> None:
    with vault.session() as s, pytest.raises(NotFound, match=r"^That coachee no longer exists"):
        lookup.get_or_not_found(s, Coachee, "no-such-id", "coachee")
