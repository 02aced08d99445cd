"""A throwaway schema revision ``probe`` on top of the app's head, for tests of the upgrade path.

``install_probe`` copies the app's migration scripts, adds the probe and points
``vault.MIGRATIONS`` (the one place Alembic's script location comes from) and the pinned head
at them for one test. A vault at today's head (``CURRENT``) is then opened by an app whose head
is ``probe``: the real upgrade path, backup first.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from coach_app.vault import vault as vault_module

CURRENT = vault_module.HEAD_REVISION
PROBE = "probe"

REVISION_PROBE = '''"""A throwaway revision for the upgrade test."""

import sqlalchemy as sa
from alembic import op

revision = "probe"
down_revision = "{current}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table("upgrade_probe", sa.Column("id", sa.Integer(), primary_key=True))


def downgrade() -> None:
    op.drop_table("upgrade_probe")
'''

# A probe that frees much of the file, as 0003 did when it dropped the index's copy of the text.
FREEING_PROBE = REVISION_PROBE.replace(
    'op.create_table("upgrade_probe", sa.Column("id", sa.Integer(), primary_key=True))',
    'op.execute("DROP TABLE ballast")',
)


def install_probe(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, script: str = REVISION_PROBE
) -> Path:
    """The app's migrations plus the throwaway ``script`` (revision ``probe``), made the head."""
    scripts = tmp_path / "migrations"
    shutil.copytree(vault_module.MIGRATIONS, scripts, ignore=shutil.ignore_patterns("__pycache__"))
    (scripts / "versions" / "9999_upgrade_probe.py").write_text(
        script.replace("{current}", CURRENT)
    )
    monkeypatch.setattr(vault_module, "MIGRATIONS", scripts)
    monkeypatch.setattr(vault_module, "HEAD_REVISION", vault_module.script_head_revision())
    assert vault_module.head_revision() == PROBE
    return scripts
