"""The coach's preferences for this vault, as one typed and validated value.

Stored encrypted in the vault's ``settings`` table, one row per field of :class:`Settings`
(the row key is the field name, so vaults written by earlier versions read unchanged).

- :func:`load_settings` never fails for what is stored: a field that is missing, or holds a
  value the rules below refuse (an old version's, a hand edit's), falls back to its default.
  The fallback is logged by field name only.
- :func:`save_settings` and :func:`update_settings` check every field with the shared rules of
  ``services/validation.py`` first and raise ``ValidationError`` (a message fit for the settings
  dialog) before anything is written; every field is written in one transaction.

Instrument settings (item wording, custom metrics, reference values) share the table under
their own keys and live in ``services/instrument_settings.py``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from dataclasses import asdict, dataclass, fields, replace
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from coach_app.errors import ValidationError
from coach_app.i18n import _
from coach_app.models import Setting
from coach_app.services import validation as v
from coach_app.templates import template_keys
from coach_app.vault.vault import Vault

log = logging.getLogger(__name__)

AUTO_LOCK_MINUTES = (0, 8 * 60)  # 0: never lock on idle
DEFAULT_SESSION_MINUTES = (5, 8 * 60)
AUTO_BACKUPS_KEPT = (1, 365)


@dataclass(frozen=True)
class Settings:
    """The vault's preferences; the defaults are those of a new vault."""

    auto_lock_minutes: int = 10  # lock after this long without a key or a click; 0: never
    default_template: str = "grow"  # a key of coach_app.templates
    default_session_minutes: int = 60
    backup_folder: str = ""  # where "Backup now" writes; "": the vault folder's backups/
    auto_backups_kept: int = 7  # how many daily automatic backups are kept
    lock_on_screen_lock: bool = True  # lock when the screen locks or the computer sleeps
    cue_sound: bool = False  # the session clock's cues also beep (they are only seen otherwise)


def _rules() -> dict[str, Callable[[object], Any]]:
    # Built at each call: the labels are translated in the language in use.
    return {
        "auto_lock_minutes": lambda x: v.int_in(x, *AUTO_LOCK_MINUTES, _("Lock after idle")),
        "default_template": lambda x: v.choice(x, template_keys(), _("Default template")),
        "default_session_minutes": lambda x: v.int_in(
            x, *DEFAULT_SESSION_MINUTES, _("Default session length")
        ),
        "backup_folder": lambda x: v.folder(x, _("Backup folder")),
        "auto_backups_kept": lambda x: v.int_in(x, *AUTO_BACKUPS_KEPT, _("Automatic backups kept")),
        "lock_on_screen_lock": lambda x: _on_off(x, _("Lock when the screen locks")),
        "cue_sound": lambda x: _on_off(x, _("Sound at a session clock cue")),
    }


def _on_off(value: object, label: str) -> bool:
    """A yes/no setting: only a real boolean (a stored ``"false"`` must not read as on)."""
    if not isinstance(value, bool):
        raise ValidationError(_("{label} must be on or off.").format(label=label))
    return value


FIELD_NAMES = tuple(f.name for f in fields(Settings))


def check_settings(settings: Settings) -> Settings:
    """``settings`` with every field checked and normalised.

    Raises ``ValidationError`` naming the first field the rules refuse.
    """
    rules = _rules()
    return Settings(**{name: rules[name](getattr(settings, name)) for name in FIELD_NAMES})


def _from_stored(stored: Mapping[str, Any]) -> Settings:
    rules = _rules()
    values: dict[str, Any] = {}
    for name in FIELD_NAMES:
        if name not in stored:
            continue
        try:
            values[name] = rules[name](stored[name])
        except ValidationError:
            log.warning("stored setting %s is not valid; using its default", name)
    return Settings(**values)


def _read(s: Session) -> dict[str, Any]:
    rows = s.execute(select(Setting.key, Setting.value).where(Setting.key.in_(FIELD_NAMES)))
    return {key: value for key, value in rows}


def _write(s: Session, settings: Settings, names: tuple[str, ...] = FIELD_NAMES) -> None:
    for name in names:
        value = getattr(settings, name)
        row = s.get(Setting, name)
        if row is None:
            s.add(Setting(key=name, value=value))
        elif row.value != value:
            row.value = value


def load_settings(vault: Vault) -> Settings:
    """The stored settings; each missing or invalid field is its default (never raises for one)."""
    with vault.session() as s:
        return _from_stored(_read(s))


def save_settings(vault: Vault, settings: Settings) -> Settings:
    """Check and store every field in one transaction; returns what was stored.

    Raises ``ValidationError`` (nothing stored) if a field is refused.
    """
    checked = check_settings(settings)
    with vault.write() as s:
        _write(s, checked)
    return checked


def update_settings(vault: Vault, **changes: Any) -> Settings:
    """Change some fields (by name), keep the others; read, check and write in one transaction.

    Only the fields named are written: the others keep following the defaults until saved.
    """
    unknown = sorted(set(changes) - set(FIELD_NAMES))
    if unknown:
        raise ValidationError(_("Unknown setting(s): {names}.").format(names=", ".join(unknown)))
    with vault.write() as s:
        checked = check_settings(replace(_from_stored(_read(s)), **changes))
        _write(s, checked, tuple(changes))
    return checked


# ---- raw access by key ----------------------------------------------------------------------
# For values that are not fields of ``Settings`` (tests, scripts, stored extras). A field of
# ``Settings`` read or written this way still goes through the one reader and writer above.


def get_setting(vault: Vault, key: str) -> Any:
    """One stored value; a field of ``Settings`` comes checked (or its default)."""
    if key in FIELD_NAMES:
        return getattr(load_settings(vault), key)
    with vault.session() as s:
        row = s.get(Setting, key)
        return row.value if row is not None else None


def set_setting(vault: Vault, key: str, value: Any) -> None:
    """Store one value; a field of ``Settings`` is checked first."""
    if key in FIELD_NAMES:
        update_settings(vault, **{key: value})
        return
    with vault.write() as s:
        row = s.get(Setting, key)
        if row is None:
            s.add(Setting(key=key, value=value))
        else:
            row.value = value


def all_settings(vault: Vault) -> dict[str, Any]:
    """Every stored value, the fields of ``Settings`` checked and filled in."""
    with vault.session() as s:
        stored = {row.key: row.value for row in s.scalars(select(Setting))}
    return {**stored, **asdict(_from_stored(stored))}
