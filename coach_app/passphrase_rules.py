"""The one rule for how strong a vault passphrase must be, shared by the vault and the services.

The estimate comes from zxcvbn, which knows the passwords every guesser tries first (leaked
password lists, common words and names, keyboard rows, repeats, sequences and dates), so that
``Password123!`` is rated weak however many kinds of characters it mixes. Counting the
character kinds alone cannot see that.

The vault refuses anything below ``MIN_SCORE`` when a vault is created or its passphrase
changed; the unlock screen and the CLI show the same estimate as advice while typing. Keeping
both on this module means the advice and the refusal can never disagree.

Neutral on purpose: only the standard library and zxcvbn, no translations (the callers word the
verdict and the hints in the coach's language), so ``vault`` and ``services`` may both use it.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import Enum
from typing import Any, Final

#: Shorter passphrases are refused before any estimate (spaces around do not count).
MIN_PASSPHRASE_CHARS: Final = 8
#: The lowest score the vault accepts: zxcvbn's "safely unguessable" (about 10^10 guesses).
MIN_SCORE: Final = 3
#: The highest score: "strong".
MAX_SCORE: Final = 4

# zxcvbn refuses longer input (its matching grows quickly with length); a passphrase whose
# first 72 characters are weak is a weak passphrase, so rating that prefix stays on the safe side.
_ESTIMATED_CHARS: Final = 72

# zxcvbn stores the context words in a module-level table for the duration of a call; the
# unlock screen and a background vault creation may estimate at the same time.
_ZXCVBN_LOCK = threading.Lock()


class Concern(Enum):
    """What makes a weak passphrase easy to guess, so a caller can say what would help."""

    COMMON = "common"  # a known leaked password or a close variant of one
    PATTERN = "pattern"  # repeats, sequences such as "abc" or "6543", keyboard rows
    DATE = "date"  # a year or a date
    PERSONAL = "personal"  # one of the context words (such as the vault folder's name)


@dataclass(frozen=True)
class Rating:
    """``score`` 0 (too short) to 4; ``concerns`` only for scores below ``MIN_SCORE``."""

    score: int
    missing_chars: int = 0
    concerns: frozenset[Concern] = frozenset()

    @property
    def too_short(self) -> bool:
        """Below ``MIN_PASSPHRASE_CHARS`` characters (spaces around not counted)."""
        return self.missing_chars > 0

    @property
    def strong_enough(self) -> bool:
        """Whether the vault accepts the passphrase for a new vault or a change."""
        return self.score >= MIN_SCORE


def _concern_of(match: Mapping[str, Any]) -> Concern | None:
    pattern = match.get("pattern")
    if pattern == "dictionary":
        name = match.get("dictionary_name")
        if name == "passwords":
            return Concern.COMMON
        return Concern.PERSONAL if name == "user_inputs" else None
    if pattern in ("repeat", "sequence", "spatial") and len(str(match.get("token", ""))) >= 3:
        return Concern.PATTERN
    if pattern == "date" or (pattern == "regex" and match.get("regex_name") == "recent_year"):
        return Concern.DATE
    return None


def rate(passphrase: str, user_inputs: Iterable[str] = ()) -> Rating:
    """Rate ``passphrase``; ``user_inputs`` are words a guesser would try (folder name, names)."""
    stripped = passphrase.strip()
    if len(stripped) < MIN_PASSPHRASE_CHARS:
        return Rating(0, missing_chars=MIN_PASSPHRASE_CHARS - len(stripped))
    words = [word for word in user_inputs if word.strip()]
    with _ZXCVBN_LOCK:
        # Imported on first use: its word lists cost ~50 ms, which every command line run and
        # every start would otherwise pay before it needs a passphrase judged.
        from zxcvbn import zxcvbn  # noqa: PLC0415

        result = zxcvbn(stripped[:_ESTIMATED_CHARS], user_inputs=words)
    # zxcvbn's 0 and 1 both mean "guessable"; our 0 is kept for "too short".
    score = min(max(int(result["score"]), 1), MAX_SCORE)
    if score >= MIN_SCORE:
        return Rating(score)
    found = {_concern_of(match) for match in result["sequence"]}
    return Rating(score, concerns=frozenset(c for c in found if c is not None))
