"""Marks made while listening: an insight, a quote, an action or an experiment, one key each.

A mark is a line of a session's text that begins with the mark's sign and a space, for example
``★ She wants to own the Monday meeting``. Keeping the mark inside the text, rather than in a
column of its own, means it survives everything the text goes through (autosave, export and
import, Markdown, search snippets, a copy into another app) and a coach reading the text
anywhere sees it. The signs are language-neutral, so a vault written in Dutch and read with
the app in French still finds its marks; only the labels are translated.

A mark covers one line; the editor puts a selection that is part of a line on a line of its own
before marking it (``coach_app/ui/session_marks.py``).

Pure: no SQLAlchemy, no Qt; importable from every layer, like ``coach_app.changes``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Final

from coach_app.i18n import N_, _


@dataclass(frozen=True)
class MarkKind:
    """One kind of mark: stored key, the sign written in the text, its English label."""

    key: str
    sign: str
    label_text: str

    @property
    def label(self) -> str:
        """The label in the current language."""
        return _(self.label_text)

    @property
    def prefix(self) -> str:
        """What a marked line starts with."""
        return f"{self.sign} "


#: The kinds, in the order of their keys (Ctrl+1 .. Ctrl+4). Keys and signs are stored in
#: coachees' notes: never change them.
KINDS: Final = (
    MarkKind("insight", "★", N_("Insight")),
    MarkKind("quote", "❝", N_("Quote")),
    MarkKind("action", "➜", N_("Action")),
    MarkKind("experiment", "⚗", N_("Experiment")),
)
_BY_KEY: Final = {kind.key: kind for kind in KINDS}
_BY_SIGN: Final = {kind.sign: kind for kind in KINDS}
_LINE: Final = re.compile(r"^(\s*)(" + "|".join(re.escape(k.sign) for k in KINDS) + r") (.*)$")

#: The longest experiment title the card suggests (the column holds 300 characters; a title is
#: read in a list, so it is kept to a phrase).
TITLE_CHARS: Final = 80


@dataclass(frozen=True)
class Mark:
    """One marked line: its kind, its text without the sign, and its line number (from 0)."""

    kind: MarkKind
    text: str
    line: int


def kind(key: str) -> MarkKind:
    """The kind called ``key`` (``KeyError`` for an unknown key: keys come from the code)."""
    return _BY_KEY[key]


def split(line: str) -> tuple[MarkKind | None, str]:
    """The kind of ``line`` and its text without the sign (``None`` and the line if unmarked)."""
    match = _LINE.match(line)
    if match is None:
        return None, line
    return _BY_SIGN[match.group(2)], match.group(1) + match.group(3)


def marked(line: str, mark: MarkKind) -> str:
    """``line`` marked as ``mark``; marking a line with the kind it already has unmarks it.

    An existing mark of another kind is replaced, so a line never carries two signs. The
    line's indentation stays in front of the sign.
    """
    current, body = split(line)
    if current == mark:
        return body
    stripped = body.lstrip()
    indent = body[: len(body) - len(stripped)]
    return f"{indent}{mark.prefix}{stripped}"


def find(text: str) -> Iterator[Mark]:
    """The marks of ``text`` in the order they were written; empty marked lines are skipped."""
    for number, line in enumerate(text.splitlines()):
        found, body = split(line)
        if found is not None and body.strip():
            yield Mark(found, body.strip(), number)


#: The part key of a session's private reflection in :func:`session_parts`.
PRIVATE_KEY: Final = "private_reflection"


def session_parts(
    sections: Mapping[str, object] | None,
    notes: str | None,
    private_reflection: str | None = None,
) -> list[tuple[str | None, str]]:
    """The texts of a session that carry marks, in text order, each with its part key.

    The template's sections (by section key) in their stored order, then the notes (key
    None), then the private reflection (``PRIVATE_KEY``) only when it is given: the brief,
    the side panel and search all list a session's marks in this order.
    """
    parts: list[tuple[str | None, str]] = [
        (key, value) for key, value in (sections or {}).items() if isinstance(value, str)
    ]
    parts.append((None, notes or ""))
    if private_reflection is not None:
        parts.append((PRIVATE_KEY, private_reflection))
    return parts


def experiment_title(text: str, limit: int = TITLE_CHARS) -> str:
    """A title for an experiment card from marked text, never cut in the middle of a phrase.

    The first sentence when it fits; otherwise the longest run of whole clauses (ending at a
    comma, semicolon, colon or dash) that fits; otherwise whole words with an ellipsis. The
    full text stays available to the card's other fields.
    """
    words = " ".join(text.split())
    if len(words) <= limit:
        return words.rstrip(".")
    sentence = re.split(r"(?<=[.!?])\s", words, maxsplit=1)[0]
    if len(sentence) <= limit:
        return sentence.rstrip(".")
    clause_end = [m.start() for m in re.finditer(r"[,;:]\s|\s[–-]\s", words) if m.start() <= limit]
    if clause_end and clause_end[-1] >= limit // 3:
        return words[: clause_end[-1]]
    cut = words[: limit - 1]
    if " " in cut:
        cut = cut[: cut.rindex(" ")]
    return cut.rstrip(",;:–- ") + "…"
