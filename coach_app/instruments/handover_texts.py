"""The words of the hand-over form, in the language the coach picks for the coachee.

When the coach hands the laptop over, the coachee may read another language than the app's.
The form's few words and the instrument's labels then come from the core catalogue of that
language, looked up through a translator of its own, so the app's language is untouched. They
live here (outside ``ui/``) so the core extraction step (``tools/i18n.py``) finds them.

Pure: no Qt, no database.
"""

from __future__ import annotations

import gettext
from collections.abc import Callable
from dataclasses import dataclass
from typing import Final

from coach_app.i18n import DOMAIN, LOCALE_DIR, N_, current_language

Translate = Callable[[str], str]

#: Each language's name in that language (a coachee finds their own language by its name).
LANGUAGE_NAMES: Final = {
    "en": "English",
    "fr": "Français",
    "nl": "Nederlands",
    "sv": "Svenska",
}


@dataclass(frozen=True)
class FormTexts:
    """What the coachee reads around the questions, in one language."""

    intro: str
    done: str
    unanswered: str
    thanks: str
    hand_back: str
    not_validated: str


_INTRO: Final = N_(
    "Please answer each question as it is for you right now. There are no right or wrong "
    "answers. Your coach will not look while you answer."
)
_DONE: Final = N_("Done")
_UNANSWERED: Final = N_("Please answer every question (still open: {numbers}).")
_THANKS: Final = N_("Thank you. Your answers are saved.")
_HAND_BACK: Final = N_("Please hand the laptop back to your coach.")
_NOT_VALIDATED: Final = N_("A check-in, not a validated scale.")


def languages() -> list[str]:
    """The codes of the languages a form can be shown in: English and every catalogue."""
    found = sorted(
        path.name
        for path in LOCALE_DIR.glob("*")
        if (path / "LC_MESSAGES" / f"{DOMAIN}.mo").is_file()
    )
    return ["en", *(code for code in found if code != "en")]


def default_language() -> str:
    """The app's language (the form starts in it)."""
    return current_language()


def translator(language: str) -> Translate:
    """A lookup in ``language``'s core catalogue; English text where it has none."""
    if language == "en":
        return gettext.NullTranslations().gettext
    return gettext.translation(DOMAIN, LOCALE_DIR, languages=[language], fallback=True).gettext


def form_texts(translate: Translate) -> FormTexts:
    """The form's words through ``translate``."""
    return FormTexts(
        intro=translate(_INTRO),
        done=translate(_DONE),
        unanswered=translate(_UNANSWERED),
        thanks=translate(_THANKS),
        hand_back=translate(_HAND_BACK),
        not_validated=translate(_NOT_VALIDATED),
    )
