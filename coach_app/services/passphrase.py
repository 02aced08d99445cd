"""How hard a passphrase would be to guess: one estimate for the unlock screen and the CLI.

The score comes from ``coach_app.passphrase_rules`` (zxcvbn, which knows common passwords,
keyboard rows, repeats and dates), the same rule the vault enforces when a vault is created or
its passphrase changed: what the meter calls "good" the vault accepts, anything lower it refuses.

Pure: no Qt, no vault access. The verdict and the hints are our own words, translated when the
estimate is made (``coach_app.i18n``), so a language chosen at run time applies; zxcvbn's own
English feedback is never shown.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Final

from coach_app import passphrase_rules
from coach_app.i18n import N_, _, ngettext
from coach_app.passphrase_rules import MAX_SCORE, Concern

__all__ = ["MAX_SCORE", "PassphraseStrength", "estimate_strength"]

# One verdict per score, translated when an estimate is made.
_VERDICTS: Final = (N_("too short"), N_("weak"), N_("fair"), N_("good"), N_("strong"))

# What would help, per concern; COMMON and PATTERN share one hint (both are guessed first).
_EASY_TO_GUESS: Final = N_("Easy to guess: a few unusual words in a row work well.")
_CONCERN_HINTS: Final = (
    ((Concern.COMMON, Concern.PATTERN), _EASY_TO_GUESS),
    ((Concern.DATE,), N_("Years and dates are easy to guess; leave them out.")),
    ((Concern.PERSONAL,), N_("Leave out names a guesser could know, such as the folder name.")),
)
# When nothing in particular stands out, a hint by score.
_MORE_WORDS: Final = {
    1: N_("Add another word or two."),
    2: N_("One more unusual word would make it much harder to guess."),
}


@dataclass(frozen=True)
class PassphraseStrength:
    """An estimate: ``score`` 0 (too short) to 4 (strong), its verdict and what would help."""

    score: int
    verdict: str
    hints: tuple[str, ...] = ()

    @property
    def acceptable(self) -> bool:
        """Whether the vault accepts the passphrase for a new vault or a passphrase change."""
        return self.score >= passphrase_rules.MIN_SCORE


def _hints(rating: passphrase_rules.Rating) -> tuple[str, ...]:
    if rating.too_short:
        missing = rating.missing_chars
        return (
            ngettext(
                "Type at least {n} more character.", "Type at least {n} more characters.", missing
            ).format(n=missing),
        )
    if rating.strong_enough:
        return ()
    found = tuple(
        _(hint) for concerns, hint in _CONCERN_HINTS if rating.concerns.intersection(concerns)
    )
    return found or (_(_MORE_WORDS[rating.score]),)


def estimate_strength(passphrase: str, user_inputs: Iterable[str] = ()) -> PassphraseStrength:
    """Estimate how hard ``passphrase`` is to guess, with hints how to improve it.

    ``user_inputs`` are words a guesser could know (the vault folder's name, the coach's name);
    a passphrase built on them is rated weaker.
    """
    rating = passphrase_rules.rate(passphrase, user_inputs)
    return PassphraseStrength(rating.score, _(_VERDICTS[rating.score]), _hints(rating))
