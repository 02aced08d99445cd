"""Opening a vault whose schema is current never imports Alembic (nor Mako, nor Pygments), and
unlocking never loads the passphrase-strength word lists (zxcvbn: only to judge a new one).

``Vault._migrate`` compares the stored revision with ``HEAD_REVISION`` and loads Alembic only
to upgrade; a fresh process shows what opening costs a coach.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from coach_app.vault import keys
from coach_app.vault.vault import Vault

ROOT = Path(__file__).resolve().parents[3]
PASSPHRASE = "copper lantern orbit meadow"

CHILD = """
import sys
from coach_app.vault.vault import Vault
with Vault.unlock({folder!r}, {passphrase!r}):
    pass
print(",".join(m for m in ("alembic", "mako", "pygments", "zxcvbn") if m in sys.modules))
"""


def test_opening_a_current_vault_does_not_import_alembic(tmp_path: Path) -> None:
    folder = tmp_path / "vault"
    vault, _recovery = Vault.create(folder, PASSPHRASE, keys.KdfParams())
    vault.close()
    env = {k: v for k, v in os.environ.items() if not k.startswith("COACH_APP_")}
    done = subprocess.run(
        [sys.executable, "-c", CHILD.format(folder=str(folder), passphrase=PASSPHRASE)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    assert done.stdout.strip() == ""
