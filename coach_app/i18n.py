"""One gettext-style function for every user-visible string outside ``ui/``.

Errors, report and brief text, template and instrument labels are written in English in the
code and the data files and looked up here at the moment they are shown, so a language chosen
after start-up still applies. ``ui/`` uses Qt's own ``self.tr`` instead; both kinds of catalogue
are extracted by ``make i18n``.

- ``_("text")``: translate now.
- ``ngettext("1 experiment", "{n} experiments", n)``: plural forms the language's way.
- ``N_("text")``: mark a literal for extraction where it must stay untranslated until shown
  (module-level constants, data tables); pass it through ``_`` when it is displayed.
"""

from __future__ import annotations

import gettext
import logging

from coach_app.paths import RESOURCES

log = logging.getLogger(__name__)

DOMAIN = "coach_app"
LOCALE_DIR = RESOURCES / "locale"

_translations: gettext.NullTranslations = gettext.NullTranslations()
_language = "en"


def _(message: str) -> str:
    """The message in the current language (the English text when there is no translation)."""
    return _translations.gettext(message)


def ngettext(singular: str, plural: str, n: int) -> str:
    """The singular or plural form for ``n`` in the current language."""
    return _translations.ngettext(singular, plural, n)


def N_(message: str) -> str:
    """Mark ``message`` for extraction without translating it yet."""
    return message


def set_language(language: str | None) -> str:
    """Use ``language`` (``nl``, ``sv``, ``fr``, ``en``; None: English); returns the one in use.

    A language without a catalogue falls back to English rather than failing: a coach must
    never be locked out of their notes by a missing translation file.
    """
    global _translations, _language  # noqa: PLW0603 - one process-wide language, like Qt's
    code = (language or "en").split("_")[0].split("-")[0].lower()
    if code == "en":
        _translations, _language = gettext.NullTranslations(), "en"
        return _language
    try:
        _translations = gettext.translation(DOMAIN, LOCALE_DIR, languages=[code])
        _language = code
    except OSError:
        log.info("no core catalogue for %s; using English", code)
        _translations, _language = gettext.NullTranslations(), "en"
    return _language


def current_language() -> str:
    """The two-letter code of the language in use."""
    return _language
