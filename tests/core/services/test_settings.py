"""The vault's preferences as one typed, validated value (coach_app/services/settings.py)."""

from __future__ import annotations

import logging
from typing import Any

import pytest

from coach_app.errors import ValidationError
from coach_app.models import Setting
from coach_app.services import settings
from coach_app.services.settings import Settings, load_settings, save_settings, update_settings
from coach_app.vault.vault import Vault


def _store_raw(vault: Vault, **values: Any) -> None:
    """Write values as an older version or a hand edit might have, bypassing every check."""
    with vault.write() as s:
        for key, value in values.items():
            row = s.get(Setting, key)
            if row is None:
                s.add(Setting(key=key, value=value))
            else:
                row.value = value


def _stored(vault: Vault) -> dict[str, Any]:
    with vault.session() as s:
        return {row.key: row.value for row in s.query(Setting)}


def test_a_new_vault_has_the_defaults(vault: Vault) -> None:
    assert load_settings(vault) == Settings()
    assert Settings() == Settings(
        auto_lock_minutes=10,
        default_template="grow",
        default_session_minutes=60,
        backup_folder="",
        auto_backups_kept=7,
    )


def test_round_trip(vault: Vault) -> None:
    wanted = Settings(
        auto_lock_minutes=0,
        default_template="oskar",
        default_session_minutes=45,
        backup_folder="/media/usb/coach backups",
        auto_backups_kept=30,
    )
    assert save_settings(vault, wanted) == wanted
    assert load_settings(vault) == wanted
    assert _stored(vault)["default_template"] == "oskar"


def test_save_normalises(vault: Vault) -> None:
    saved = save_settings(vault, Settings(backup_folder="  /srv/backups \n", auto_lock_minutes=5))
    assert saved.backup_folder == "/srv/backups"
    assert load_settings(vault).backup_folder == "/srv/backups"


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"auto_lock_minutes": -1}, "Lock after idle must be a whole number from 0 to 480."),
        ({"auto_lock_minutes": 481}, "Lock after idle"),
        ({"auto_lock_minutes": True}, "Lock after idle"),
        ({"default_template": "smart"}, "Default template must be one of: grow, oskar"),
        ({"default_session_minutes": 4}, "Default session length must be a whole number"),
        ({"default_session_minutes": "an hour"}, "Default session length"),
        ({"backup_folder": "backups"}, "Backup folder must be a full path"),
        ({"backup_folder": "/a\nb"}, "Backup folder must be on one line."),
        ({"backup_folder": 7}, "Backup folder must be text."),
        ({"auto_backups_kept": 0}, "Automatic backups kept must be a whole number from 1 to 365."),
    ],
)
def test_a_refused_value_is_a_clear_error_and_nothing_is_stored(
    vault: Vault, changes: dict[str, Any], message: str
) -> None:
    save_settings(vault, Settings(auto_lock_minutes=3))
    before = _stored(vault)
    with pytest.raises(ValidationError) as caught:
        save_settings(vault, Settings(**{**vars(Settings(auto_lock_minutes=4)), **changes}))
    assert message in caught.value.message
    with pytest.raises(ValidationError):
        update_settings(vault, **{"auto_backups_kept": 9, **changes})
    assert _stored(vault) == before
    assert load_settings(vault).auto_lock_minutes == 3


def test_an_unknown_field_is_refused(vault: Vault) -> None:
    with pytest.raises(ValidationError, match="Unknown setting"):
        update_settings(vault, auto_lock=5)


def test_bad_stored_values_fall_back_per_field(
    vault: Vault, caplog: pytest.LogCaptureFixture
) -> None:
    _store_raw(
        vault,
        auto_lock_minutes="soon",
        default_template="smart",  # a template an older version had, say
        default_session_minutes=None,
        backup_folder=["not", "a", "path"],
        auto_backups_kept=12,  # fine: kept
    )
    with caplog.at_level(logging.WARNING, logger="coach_app.services.settings"):
        loaded = load_settings(vault)
    assert loaded == Settings(auto_backups_kept=12)
    logged = " ".join(r.getMessage() for r in caplog.records)
    assert "auto_lock_minutes" in logged and "smart" not in logged and "soon" not in logged


def test_update_changes_only_the_fields_named(vault: Vault) -> None:
    save_settings(vault, Settings(default_template="clear"))
    updated = update_settings(vault, auto_lock_minutes=15)
    assert updated == Settings(default_template="clear", auto_lock_minutes=15)
    assert load_settings(vault) == updated


def test_update_writes_only_the_fields_named(vault: Vault) -> None:
    update_settings(vault, auto_lock_minutes=15)
    assert set(_stored(vault)) == {"auto_lock_minutes"}


def test_other_keys_in_the_table_are_left_alone(vault: Vault) -> None:
    _store_raw(vault, reference_values={"gse": {"sd": 4.0}})
    save_settings(vault, Settings(auto_lock_minutes=1))
    assert _stored(vault)["reference_values"] == {"gse": {"sd": 4.0}}
    assert load_settings(vault).auto_lock_minutes == 1


def test_transitional_raw_access_checks_the_typed_fields(vault: Vault) -> None:
    _store_raw(vault, auto_lock_minutes="soon")
    assert settings.get_setting(vault, "auto_lock_minutes") == 10
    assert settings.all_settings(vault)["auto_lock_minutes"] == 10
    with pytest.raises(ValidationError):
        settings.set_setting(vault, "auto_lock_minutes", -5)
    settings.set_setting(vault, "coach_signature", {"any": "json"})
    assert settings.get_setting(vault, "coach_signature") == {"any": "json"}
    assert settings.get_setting(vault, "nothing_here") is None


def test_lock_on_screen_lock_is_on_by_default_and_can_be_turned_off(vault: Vault) -> None:
    assert load_settings(vault).lock_on_screen_lock is True
    assert update_settings(vault, lock_on_screen_lock=False).lock_on_screen_lock is False
    assert load_settings(vault).lock_on_screen_lock is False
    assert _stored(vault)["lock_on_screen_lock"] is False


@pytest.mark.parametrize("value", ["false", 0, 1, None, "off"])
def test_lock_on_screen_lock_takes_only_a_real_yes_or_no(vault: Vault, value: object) -> None:
    with pytest.raises(ValidationError, match="Lock when the screen locks must be on or off"):
        update_settings(vault, lock_on_screen_lock=value)
    # A stored "false" (a hand edit) must not read as on-or-off by truthiness: the default holds.
    _store_raw(vault, lock_on_screen_lock=value)
    assert load_settings(vault).lock_on_screen_lock is True


def test_cue_sound_is_off_by_default_and_only_a_real_boolean_turns_it_on(vault: Vault) -> None:
    assert load_settings(vault).cue_sound is False
    assert update_settings(vault, cue_sound=True).cue_sound is True
    assert load_settings(vault).cue_sound is True
    with pytest.raises(ValidationError, match="Sound at a session clock cue"):
        update_settings(vault, cue_sound="true")
