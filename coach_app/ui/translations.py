"""Loading the language: Qt's catalogues for ui/, the gettext catalogue for the core.

Called once at start-up, before any window exists (a language change takes effect on the next
start). The language is the one asked for, else the system's; English needs no catalogue, and
a language without one falls back to English quietly.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from coach_app import i18n
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
