"""Vault-wide settings that must stay encrypted (stored in the vault's ``settings`` table)."""

from __future__ import annotations

from typing import Any

from coach_app.models import Setting
from coach_app.vault.vault import Vault

DEFAULTS: dict[str, Any] = {
    "auto_lock_minutes": 10,
    "default_template": "grow",
    "default_session_minutes": 60,
    "backup_folder": "",
    "auto_backups_kept": 7,
}


def get_setting(vault: Vault, key: str) -> Any:
    """A setting's value, or its default."""
    with vault.session() as s:
        row = s.get(Setting, key)
        return row.value if row is not None else DEFAULTS.get(key)


def set_setting(vault: Vault, key: str, value: Any) -> None:
    """Store a setting (any JSON value)."""
    with vault.write() as s:
        row = s.get(Setting, key)
        if row is None:
            s.add(Setting(key=key, value=value))
        else:
            row.value = value


def all_settings(vault: Vault) -> dict[str, Any]:
    """Every setting, defaults filled in."""
    with vault.session() as s:
        stored = {row.key: row.value for row in s.query(Setting)}
    return {**DEFAULTS, **stored}
