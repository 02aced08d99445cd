"""How hard a passphrase would be to guess: one estimate for the unlock screen and the CLI.

A rule of thumb, not a guarantee: it estimates the search space from the length and the kinds
of characters used, and punishes repeats and a few well-known passwords. That is enough to nudge
a coach towards a few unusual words in a row. The vault itself only enforces the minimum length
(``MIN_PASSPHRASE_CHARS``); everything above it is advice.

Pure: no Qt, no vault access. The verdict and the hints are translated when the estimate is
made (``coach_app.i18n``), so a language chosen at run time applies.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Final

from coach_app.i18n import N_, _, ngettext
from coach_app.services.access import MIN_PASSPHRASE_CHARS

#: The highest score: "strong".
MAX_SCORE: Final = 4

# One verdict per score, translated when an estimate is made.
_VERDICTS: Final = (N_("too short"), N_("weak"), N_("fair"), N_("good"), N_("strong"))

# A few passwords every guesser tries first; length alone would rate them too well.
_COMMON: Final = frozenset(
    {
        "password",
        "passw0rd",
        "12345678",
        "123456789",
        "qwertyuiop",
        "iloveyou",
        "letmein1",
        "coachcoach",
        "abcdefgh",
    }
)

# Estimated bits of guessing work at which the score goes up (from "weak").
_FAIR_BITS: Final = 45.0
_GOOD_BITS: Final = 65.0
_STRONG_BITS: Final = 90.0


@dataclass(frozen=True)
class PassphraseStrength:
    """An estimate: ``score`` 0 (too short) to 4 (strong), its verdict and what would help."""

    score: int
    verdict: str
    hints: tuple[str, ...] = ()

    @property
    def acceptable(self) -> bool:
        """Whether the vault accepts the passphrase at all (it is long enough)."""
        return self.score > 0


def _result(score: int, *hints: str) -> PassphraseStrength:
    return PassphraseStrength(score, _(_VERDICTS[score]), tuple(hints))


def _character_pool(text: str) -> int:
    """How many symbols a guesser must try per position, judged by the kinds used."""
    pool = 0
    pool += 26 if any(c.islower() for c in text) else 0
    pool += 26 if any(c.isupper() for c in text) else 0
    pool += 10 if any(c.isdigit() for c in text) else 0
    pool += 33 if any(not c.isalnum() for c in text) else 0
    pool += 100 if any(ord(c) > 127 for c in text) else 0
    return pool


def estimate_strength(passphrase: str) -> PassphraseStrength:
    """Estimate how hard ``passphrase`` is to guess, with a hint how to improve it."""
    stripped = passphrase.strip()
    if len(stripped) < MIN_PASSPHRASE_CHARS:
        missing = MIN_PASSPHRASE_CHARS - len(stripped)
        return _result(
            0,
            ngettext(
                "Type at least {n} more character.", "Type at least {n} more characters.", missing
            ).format(n=missing),
        )
    if stripped.casefold() in _COMMON or len(set(stripped)) <= 3:
        return _result(1, _("Easy to guess: a few unusual words in a row work well."))
    bits = len(stripped) * math.log2(max(_character_pool(passphrase), 2))
    # Long runs of one character add length but little surprise.
    bits *= len(set(stripped)) / len(stripped) * 0.5 + 0.5
    if bits < _FAIR_BITS:
        return _result(1, _("Add another word or two."))
    if bits < _GOOD_BITS:
        return _result(2, _("One more unusual word would make it much harder to guess."))
    if bits < _STRONG_BITS:
        return _result(3)
    return _result(MAX_SCORE)
