"""docs/security.md 12: one round trip through a real Secret Service (gnome-keyring under D-Bus).

Run by ``make test-real-keyring`` (``.ci/run`` starts ``dbus-run-session`` and an unlocked
gnome-keyring-daemon). Elsewhere it skips, unless ``COACH_APP_REQUIRE_REAL_KEYRING=1`` says the
store must be there (CI sets it, so a broken set-up fails instead of skipping quietly).

The round trip runs in a child Python, so ``keyring.get_keyring()`` discovers backends exactly
as the app does, without the test doubles other test modules define.
"""

from __future__ import annotations

import json
import os

import pytest

from coach_app.vault.vault import Vault
from tests.conftest import PASSPHRASE
from tests.helpers.vault_files import python_env, run_python

pytestmark = pytest.mark.real_keyring

ROUND_TRIP = r"""
import json
import sys
from pathlib import Path

from coach_app.vault.keyring_store import DEVICE_NAME, SERVICE, KeyringStore
from coach_app.vault.vault import Vault

folder, passphrase = Path(sys.argv[1]), sys.argv[2]
vault = Vault.unlock(folder, passphrase)
store = KeyringStore(folder, timeout=20)  # backend: keyring.get_keyring(), as in the app
status = store.status()
out = {"available": status.available, "backend": status.backend}
if status.available and "SecretService" in status.backend:
    key = vault.data_key()
    try:
        store.remember(vault.vault_id, key)
        out["entry_stored"] = bool(store.backend.get_password(SERVICE, vault.vault_id))
        out["device_json"] = (folder / DEVICE_NAME).exists()
        recalled = store.recall(vault.vault_id)
        out["recalled_is_key"] = recalled == key
        vault.close()
        Vault.unlock_with_data_key(folder, recalled).close()
        out["unlocked_with_recalled_key"] = True
    finally:
        vault.close()
        store.forget(vault.vault_id)
    out["entry_after_forget"] = store.backend.get_password(SERVICE, vault.vault_id)
    out["device_json_after_forget"] = (folder / DEVICE_NAME).exists()
    out["recall_after_forget"] = store.recall(vault.vault_id)
vault.close()
print(json.dumps(out))
"""


def test_secret_service_remember_recall_forget(vault: Vault) -> None:
    vault.close()
    env = python_env()
    env.pop("PYTHON_KEYRING_BACKEND", None)
    done = run_python(ROUND_TRIP, str(vault.folder), PASSPHRASE, env=env, timeout=120)
    assert done.returncode == 0, done.stderr[-3000:]
    out = json.loads(done.stdout.strip().splitlines()[-1])
    if "entry_stored" not in out:
        reason = (
            f"no Secret Service on this session bus (keyring backend: {out['backend']}); run "
            "under dbus-run-session with an unlocked gnome-keyring-daemon, as .ci/run does"
        )
        if os.environ.get("COACH_APP_REQUIRE_REAL_KEYRING") == "1":
            pytest.fail(reason)
        pytest.skip(reason)
    assert out == {
        "available": True,
        "backend": out["backend"],
        "entry_stored": True,
        "device_json": True,
        "recalled_is_key": True,
        "unlocked_with_recalled_key": True,
        "entry_after_forget": None,
        "device_json_after_forget": False,
        "recall_after_forget": None,
    }
    assert out["backend"].startswith("keyring.backends.SecretService")
