"""Session notes: a template's sections composed from one language's sentence families.

Each session draws its slots once (one person, topic, meeting and day; see
``resources/demo/README.md``), so every sentence of a note talks about the same thing. Which
families fill which section follows what the section is for: GROW's "reality" gets situation
sentences and the look back at last time's experiment, "will" gets commitments and the
experiment agreed today, and so on.

No sentence is written twice for one coachee: a real coach does not paste last month's words
into today's note. ``pick`` prefers sentences this coachee has not had yet, and every note
goes through ``NoteWriter.keep_new`` last, which drops a sentence already written (a link line
naming the same experiment twice, a family whose sentences are all used up). A section may
then be shorter, or empty, late in a long history; never a copy.

With ``repeat`` (``coach-app demo-data --repeat-text``, what ``make bench`` builds) a sentence
is new within its note only: a history of hundreds of sessions per coachee then keeps notes of
a typical length throughout, as a large practice's vault does, instead of running out of words
after a few dozen sessions (measuring a vault of 100,000 notes of 60 bytes would say little).
"""

from __future__ import annotations

import random
import re
import zlib
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from coach_app import marks
from coach_app import templates as catalogue
from coach_app.services.demo.texts import LanguageTexts

Row = Mapping[str, Any]
Sections = dict[str, str]

ONE_OR_TWO = (1, 2)
TWO_OR_THREE = (2, 3)


_SENTENCE_END = re.compile(r"(?<=[.!?…])\s+|\n+")


def sentences(text: str) -> list[str]:
    """The sentences of ``text``, white space collapsed (what "the same sentence" compares).

    A marked line's sign is not part of its sentence.
    """
    parts = (marks.split(part.strip())[1] for part in _SENTENCE_END.split(text) if part.strip())
    return [" ".join(part.split()) for part in parts]


def with_mark(sections: dict[str, str]) -> dict[str, str]:
    """About one session in three gets a marked line, as a coach marks while listening.

    The last sentence of the longest section goes on a line of its own as an insight or an
    action. The choice comes from a checksum of the text, not from the generator's random
    stream, so adding marks changed no other demo row.
    """
    if not sections:
        return sections
    key = max(sections, key=lambda k: len(sections[k]))
    found = sentences(sections[key])
    check = zlib.crc32(sections[key].encode("utf-8"))
    if len(found) < 2 or check % 3 or found[-1] not in sections[key]:
        return sections
    kind = marks.kind("insight" if check % 2 else "action")
    head = sections[key][: sections[key].rindex(found[-1])].rstrip()
    return {**sections, key: f"{head}\n{marks.marked(found[-1], kind)}"}


def join(*parts: str | Sequence[str]) -> str:
    """Sentences (single ones or lists of them) as one paragraph, skipping empty ones."""
    flat: list[str] = []
    for part in parts:
        flat.extend([part] if isinstance(part, str) else part)
    return " ".join(p for p in flat if p)


class NoteWriter:
    """Writes one coachee's session notes in their language."""

    def __init__(self, rng: random.Random, texts: LanguageTexts, *, repeat: bool = False) -> None:
        self.rng = rng
        self.texts = texts
        self.repeat = repeat
        self.slots: dict[str, Any] = {}
        # Every sentence written for this coachee so far (with ``repeat``: in this session).
        self.used: set[str] = set()

    def start_session(self, confidence: int, previous_confidence: int) -> None:
        """Draw this session's slots; ratings quoted in the note are the coachee's own."""
        if self.repeat:
            self.used.clear()
        rng = self.rng
        words = self.texts.slots
        who = rng.choice(words["who"])
        self.slots = {
            "who": who,
            "Who": who[0].upper() + who[1:],
            "with_who": rng.choice(words["with_who"]),
            "topic": rng.choice(words["topic"]),
            "at_meeting": rng.choice(words["at_meeting"]),
            "day": rng.choice(words["day"]),
            "n": rng.randint(2, 5),
            "conf": confidence,
            "conf_prev": previous_confidence,
        }

    def fill(self, text: str) -> str:
        """``text`` with this session's slots filled in."""
        return text.format_map(self.slots) if "{" in text else text

    def pick(self, family: str, k: int = 1) -> list[str]:
        """Up to ``k`` different sentences of ``family``, filled in, new to this coachee."""
        bank = self.texts.phrases[family]
        chosen: list[str] = []
        for phrase in self.rng.sample(bank, len(bank)):
            text = self.fill(phrase)
            if not self.used.intersection(sentences(text)) and text not in chosen:
                chosen.append(text)
                if len(chosen) == k:
                    break
        return chosen

    def keep_new(self, text: str) -> str:
        """``text`` without the sentences already written for this coachee; notes the rest."""
        kept: list[str] = []
        for sentence in sentences(text):
            if sentence not in self.used:
                self.used.add(sentence)
                kept.append(sentence)
        return " ".join(kept)

    def reflection(self) -> str:
        """The coach's private reflection on the session, or "" (about half the time)."""
        rng = self.rng
        if rng.random() >= 0.55:
            return ""
        return self.keep_new(" ".join(self.pick("reflection", rng.choice((1, 1, 2)))))

    def compose(
        self, template: str, reviewed: Sequence[Row], agreed: Row | None
    ) -> tuple[Sections, str]:
        """The template's sections and the free notes of one session.

        ``reviewed`` are the experiment rows looked back on in this session (already given
        their outcome), ``agreed`` the experiment agreed in it, if any.
        """
        links = self.texts.links
        looked_back = [
            links["reviewed"].format(title=row["title"], outcome=row["outcome"]) for row in reviewed
        ]
        agreed_line = links["agreed"].format(title=agreed["title"]) if agreed else ""
        if template == "free":
            body = join(
                looked_back,
                self.pick("situation", self.rng.choice(TWO_OR_THREE)),
                self.pick("explore", self.rng.choice(ONE_OR_TWO)),
                self.pick("commit"),
                agreed_line,
            )
            return {}, self.keep_new(body)
        sections = _COMPOSERS[template](self, looked_back, agreed_line, reviewed, agreed)
        if tuple(sections) != catalogue.template(template).section_keys():
            # The catalogue changed a template's sections: the demo must follow, not guess.
            raise RuntimeError(f"demo notes for {template!r} no longer match its sections")
        notes = join(self.pick("notes")) if self.rng.random() < 0.25 else ""
        kept = {key: self.keep_new(text) for key, text in sections.items()}
        return with_mark(kept), self.keep_new(notes)

    # ---- one composer per template; each returns the sections in the template's order ----

    def _grow(
        self, looked_back: list[str], agreed_line: str, _reviewed: Sequence[Row], _a: Row | None
    ) -> Sections:
        pick, choice = self.pick, self.rng.choice
        return {
            "goal": join(pick("aim", choice(ONE_OR_TWO))),
            "reality": join(looked_back, pick("situation", choice(TWO_OR_THREE))),
            "options": join(pick("explore", choice(TWO_OR_THREE))),
            "will": join(pick("commit", choice(ONE_OR_TWO)), agreed_line),
        }

    def _oskar(
        self, looked_back: list[str], agreed_line: str, _reviewed: Sequence[Row], _a: Row | None
    ) -> Sections:
        pick, choice = self.pick, self.rng.choice
        return {
            "outcome": join(pick("aim", choice(ONE_OR_TWO))),
            "scaling": join(pick("scaling")),
            "know_how": join(pick("explore", choice(ONE_OR_TWO)), pick("situation")),
            "affirm_action": join(pick("affirm"), pick("commit"), agreed_line),
            "review": join(looked_back or pick("review")),
        }

    def _clear(
        self, looked_back: list[str], agreed_line: str, _reviewed: Sequence[Row], _a: Row | None
    ) -> Sections:
        pick, choice = self.pick, self.rng.choice
        return {
            "contracting": join(pick("aim")),
            "listening": join(pick("situation", choice(TWO_OR_THREE))),
            "exploring": join(pick("explore", choice(ONE_OR_TWO))),
            "action": join(pick("commit", choice(ONE_OR_TWO)), agreed_line),
            "review": join(looked_back, pick("review")),
        }

    def _pdsa(
        self, looked_back: list[str], agreed_line: str, reviewed: Sequence[Row], agreed: Row | None
    ) -> Sections:
        pick, links = self.pick, self.texts.links
        done = [row for row in reviewed if row["status"] == "done"]
        plan = (
            [agreed_line, agreed["action"], links["prediction"].format(**agreed)]
            if agreed
            else pick("aim")
        )
        return {
            "plan": join(plan),
            "do": join(looked_back or pick("situation", 2)),
            "study": join([row["learning"] for row in done] or pick("explore")),
            "act": join(
                [links[row["decision"]] for row in done if row["decision"]] or pick("commit")
            ),
        }

    def _intervision(
        self, _looked_back: list[str], _line: str, _reviewed: Sequence[Row], _a: Row | None
    ) -> Sections:
        pick, choice = self.pick, self.rng.choice
        return {
            # The case families are short: once a coachee has had them all, the case is told
            # as a situation (those sentences name people and topics, so they stay new).
            "case_giver": join(pick("case") or pick("situation")),
            "key_question": join(pick("question")),
            "clarifying_questions": join(pick("clarify", choice(ONE_OR_TWO))),
            "ideas": join(pick("ideas", choice(ONE_OR_TWO))),
            "what_helped": join(pick("helped")),
        }

    def _action_learning(
        self, _looked_back: list[str], agreed_line: str, _reviewed: Sequence[Row], _a: Row | None
    ) -> Sections:
        pick, choice = self.pick, self.rng.choice
        return {
            "problem_owner": join(pick("case") or pick("situation")),
            "questions": join(pick("clarify", choice(ONE_OR_TWO))),
            "insights": join(pick("explore"), pick("helped")),
            "actions": join(pick("commit"), agreed_line),
        }


_Composer = Callable[[NoteWriter, list[str], str, Sequence[Row], Row | None], Sections]

_COMPOSERS: dict[str, _Composer] = {
    "grow": NoteWriter._grow,
    "oskar": NoteWriter._oskar,
    "clear": NoteWriter._clear,
    "pdsa": NoteWriter._pdsa,
    "intervision": NoteWriter._intervision,
    "action_learning": NoteWriter._action_learning,
}

#: Templates the demo can write notes for ("free" has no sections, only notes).
COMPOSED_TEMPLATES = frozenset({*_COMPOSERS, "free"})
