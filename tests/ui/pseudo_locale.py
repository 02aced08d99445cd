"""A pseudo-locale for layout tests: every letter accented, every text 40 % longer.

``pseudo("Save &draft\tCtrl+S")`` gives ``"[Šávë &draft ···]\tCtrl+S"``-like text: the parts a
program reads back stay as they are, so nothing that formats or parses a translation breaks:
``{fields}`` (with their format spec), ``%n``/``%1``/``%s``/``%(name)s``, the ``&`` accelerator and
its letter, a ``\\t`` and the shortcut after it, HTML tags and entities. The brackets show
where a text starts and ends, so a clipped one is visible on a screenshot.

``installed(app)`` puts it in front of Qt's ``self.tr`` and the core's ``_``/``ngettext`` for
the time of a ``with`` block.
"""

from __future__ import annotations

import gettext
import math
import re
from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QCoreApplication, QTranslator

from coach_app import i18n

_ACCENTS = str.maketrans(
    "aceinouyzAEIOUCNYZsS",
    "áçëîñôüýžÅÉÎÖÛÇÑÝŽšŠ",
)
# What must come through untouched, in the order tried at each position.
_KEEP = re.compile(
    r"""
    \{\{ | \}\}                      # escaped braces
    | \{[^{}]*\}                     # a str.format field, spec included
    | %\([^)]*\)[-#0 +]*\d*\w        # %(name)s
    | %[-#0 +]*\d*(?:\.\d+)?[sdifr%] # %s, %d, %.1f
    | %L?\d+ | %n                    # Qt's %1, %L1, %n
    | <[^<>]*>                       # an HTML tag
    | &[a-zA-Z]+; | &\#\d+;          # an HTML entity
    | &&                             # a literal ampersand
    | &.                             # an accelerator and its letter
    """,
    re.VERBOSE,
)
# Qt's own contexts that read text back as key names: translating them breaks shortcuts.
_UNTOUCHED_CONTEXTS = frozenset({"QShortcut", "QKeySequence"})
GROWTH = 0.4
FILLER = "·"


def _accent(text: str) -> str:
    out: list[str] = []
    pos = 0
    for match in _KEEP.finditer(text):
        out.append(text[pos : match.start()].translate(_ACCENTS))
        out.append(match.group())
        pos = match.end()
    out.append(text[pos:].translate(_ACCENTS))
    return "".join(out)


def pseudo(text: str) -> str:
    """``text`` accented and padded to 140 % of its length, with every placeholder intact."""
    if not text.strip():
        return text
    body, tab, shortcut = text.partition("\t")
    # The filler makes the whole 40 % longer; the brackets come on top, as with a real
    # language, a bracket is two more characters a layout has to make room for.
    pad = max(1, math.ceil(len(body) * GROWTH) - 1)
    return f"[{_accent(body)} {FILLER * pad}]{tab}{shortcut}"


class PseudoTranslator(QTranslator):
    """Qt's side: ``self.tr`` and ``QCoreApplication.translate`` answer in the pseudo-locale."""

    def translate(
        self,
        context: str,
        source_text: str,
        disambiguation: str | None = None,
        n: int = -1,
    ) -> str:
        if context in _UNTOUCHED_CONTEXTS or not source_text:
            return source_text
        return pseudo(source_text)

    def isEmpty(self) -> bool:
        return False


class PseudoGettext(gettext.NullTranslations):
    """The core's side: ``i18n._`` and ``i18n.ngettext`` answer in the pseudo-locale."""

    def gettext(self, message: str) -> str:
        return pseudo(message)

    def ngettext(self, msgid1: str, msgid2: str, n: int) -> str:
        return pseudo(msgid1 if n == 1 else msgid2)


@contextmanager
def installed(app: QCoreApplication) -> Iterator[PseudoTranslator]:
    """Both sides in the pseudo-locale inside the block; English again after it."""
    translator = PseudoTranslator(app)
    app.installTranslator(translator)
    saved = i18n._translations
    i18n._translations = PseudoGettext()
    try:
        yield translator
    finally:
        i18n._translations = saved
        app.removeTranslator(translator)
        translator.deleteLater()
