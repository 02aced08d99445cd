"""Loading the language: Qt's catalogues for ui/, the gettext catalogue for the core.

Called once at start-up, before any window exists (a language change takes effect on the next
start). The language is the one chosen in Settings (``coach_app.language_pref``), else the
system's; English needs no catalogue, and a language without one falls back to English quietly.
Qt's own catalogue (``qtbase_xx``: the buttons of its standard dialogs) is loaded too.

Dates and numbers follow the system's regional settings when they are in the language spoken;
when the coach chose another language, they follow that language's usual form, so a French
screen never shows Swedish month names.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from coach_app import i18n, language_pref
from coach_app.paths import RESOURCES

log = logging.getLogger(__name__)

TRANSLATIONS = RESOURCES / "translations"


def install_translations(app: QCoreApplication, language: str | None = None) -> str:
    """Load the catalogues for ``language`` (None: the system's); returns the code in use."""
    code = (language or QLocale.system().name()).split("_")[0].lower()
    code = i18n.set_language(code)
    if code == "en":
        return code
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, folder in ((f"qtbase_{code}", qt_dir), (f"coach_app_{code}", str(TRANSLATIONS))):
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
        else:
            log.info("no Qt catalogue %s", name)
    return code


def install_start_language(app: QCoreApplication, system: QLocale | None = None) -> str:
    """At start-up: the chosen language, else the system's, for every string and format."""
    system = system or QLocale.system()
    wanted = language_pref.resolve(language_pref.chosen(), system.name())
    code = install_translations(app, wanted)
    spoken = QLocale(code)
    if system.language() != spoken.language():
        QLocale.setDefault(spoken)
    else:
        QLocale.setDefault(system)
    return code
