"""The language the app speaks: the system's, unless the coach chose one in Settings.

The choice is needed before the vault is open (the unlock screen and the command line speak
it too), so it cannot live in the vault's settings. It is one small JSON file in the user's
configuration folder (``preferences.json`` under ``platformdirs.user_config_dir``, or the
folder ``COACH_APP_CONFIG`` names, which tests use). It holds a language code and nothing
about any coachee, so it needs no encryption.

``resolve`` turns the stored choice (or its absence) and the system locale into one of the
shipped languages; anything else falls back to English, so a broken or hand-edited file never
keeps the app from starting.

Pure: no Qt; the UI passes the system locale in, the command line reads the environment.
"""

from __future__ import annotations

import json
import logging
import os
from pathlib import Path
from typing import Final

import platformdirs

from coach_app.i18n import N_, _
from coach_app.paths import APP_NAME

log = logging.getLogger(__name__)

CONFIG_ENV: Final = "COACH_APP_CONFIG"
FILE_NAME: Final = "preferences.json"
#: The languages the app ships, with their own names (shown as written in that language).
LANGUAGES: Final = {"en": "English", "nl": "Nederlands", "sv": "Svenska", "fr": "Français"}
#: The stored value for "follow the system".
SYSTEM: Final = ""
_SYSTEM_LABEL: Final = N_("Same as the system")


def system_label() -> str:
    """The "follow the system" choice, in the current language."""
    return _(_SYSTEM_LABEL)


def config_dir() -> Path:
    """The folder of the preferences file."""
    override = os.environ.get(CONFIG_ENV)
    if override:
        return Path(override).expanduser()
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))


def _file(folder: Path | None) -> Path:
    return (folder or config_dir()) / FILE_NAME


def chosen(folder: Path | None = None) -> str:
    """The language chosen in Settings, or ``SYSTEM`` when none (or the file is unreadable)."""
    try:
        data = json.loads(_file(folder).read_text(encoding="utf-8"))
    except FileNotFoundError:
        return SYSTEM
    except (OSError, ValueError):
        log.warning("the preferences file cannot be read; following the system language")
        return SYSTEM
    value = data.get("language") if isinstance(data, dict) else None
    return value if isinstance(value, str) and value in LANGUAGES else SYSTEM


def choose(language: str, folder: Path | None = None) -> None:
    """Store ``language`` (a key of ``LANGUAGES``, or ``SYSTEM``) for the next start.

    Raises:
        ValueError: not a shipped language (the code's mistake, never the coach's).
        OSError: the file cannot be written (the caller says so in words).
    """
    if language != SYSTEM and language not in LANGUAGES:
        raise ValueError(f"not a shipped language: {language!r}")
    path = _file(folder)
    path.parent.mkdir(parents=True, exist_ok=True)
    data: dict[str, object] = {}
    try:
        loaded = json.loads(path.read_text(encoding="utf-8"))
        data = loaded if isinstance(loaded, dict) else {}
    except (OSError, ValueError):
        data = {}
    data["language"] = language
    temporary = path.with_name(path.name + ".tmp")
    temporary.write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")
    os.replace(temporary, path)


def resolve(choice: str, system_locale: str) -> str:
    """The language to speak: the choice, else the system locale's language, else English.

    ``system_locale`` is a locale name such as ``nl_NL``, ``sv-SE``, ``fr_BE.UTF-8`` or ``C``.
    """
    if choice in LANGUAGES:
        return choice
    code = system_locale.split(".", maxsplit=1)[0].replace("-", "_").split("_")[0].lower()
    return code if code in LANGUAGES else "en"


def environment_locale() -> str:
    """The locale the command line was started in (``LC_ALL``, ``LC_MESSAGES``, ``LANG``)."""
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(name)
        if value:
            return value
    return ""
