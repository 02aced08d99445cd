"""docs/security.md 23 for the services: huge notes, odd Unicode and arbitrary search text.

A typed, clear error or a clean save; never a crash, never a half-save. (Hostile import files and
CLI arguments are covered by the importer's and the CLI's own tests.)
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import text

from coach_app.errors import ValidationError
from coach_app.services import coachees, experiments, measurements, search, sessions
from coach_app.services.records import SessionRecord
from coach_app.vault.vault import Vault

HUGE = "x" * 2_000_000

ODD = [
    "\u200fמה עבד?\u200f and what did not",  # right-to-left mark, Hebrew
    "\u202eevil override\u202c",  # right-to-left override
    "e\u0301te\u0301 Zalgo: z\u0336\u0327\u0301a\u0334\u0308l\u0335go",  # combining marks
    "👩🏽‍💻 🇳🇱 👍🏿 family 👨‍👩‍👧‍👦",  # emoji, skin tones, ZWJ sequences, flags
    "NUL\x00inside\x07bell\x1bescape",  # C0 controls
    "\ufeffBOM \u2028line sep \u2029para sep",  # BOM and Unicode line breaks
    "最大の課題 — 심리적 안전 — مرحبا",  # CJK, Korean, Arabic
    "\U0010fffd \ufffe \U0001f600",  # private use, non-character, astral
    "tab\there\r\nwindows line",
]


def _visible(value: str) -> str:
    """The text without whitespace and C0/C1 controls: what cleaning may never alter."""
    return "".join(
        ch for ch in value if not ch.isspace() and unicodedata.category(ch) not in ("Cc",)
    )


def _assert_kept_or_cleaned(given_text: str, stored: str) -> None:
    assert "\x00" not in stored
    assert all(ch in "\t\n\r" or ord(ch) >= 32 for ch in stored), repr(stored)
    assert _visible(stored) == _visible(given_text), (given_text, stored)


@pytest.fixture
def coachee_id(vault: Vault) -> str:
    """One plain coachee to hang things on."""
    return coachees.create_coachee(vault, name="Plain Paula").id


# ---- huge notes -----------------------------------------------------------------------------


def _count(vault: Vault, table: str) -> int:
    with vault.engine.connect() as conn:
        return conn.execute(text(f"SELECT count(*) FROM {table}")).scalar_one()


@pytest.mark.parametrize(
    ("table", "attempt"),
    [
        pytest.param(
            "sessions", lambda v, c: sessions.create_session(v, c, notes=HUGE), id="notes"
        ),
        pytest.param(
            "sessions",
            lambda v, c: sessions.create_session(v, c, private_reflection=HUGE),
            id="reflection",
        ),
        pytest.param(
            "sessions",
            lambda v, c: sessions.create_session(v, c, template="grow", sections={"goal": HUGE}),
            id="section",
        ),
        pytest.param(
            "coachees",
            lambda v, c: coachees.create_coachee(v, name="Big", focus=HUGE),
            id="focus",
        ),
        pytest.param(
            "experiments",
            lambda v, c: experiments.create_experiment(v, c, title="T", action=HUGE),
            id="experiment",
        ),
        pytest.param(
            "goals",
            lambda v, c: coachees.create_goal(v, c, title="G", description=HUGE),
            id="goal",
        ),
    ],
)
def test_huge_text_is_refused_and_nothing_saved(
    vault: Vault, coachee_id: str, table: str, attempt: Callable[[Vault, str], Any]
) -> None:
    before = _count(vault, table)
    with pytest.raises(ValidationError, match="too long"):
        attempt(vault, coachee_id)
    assert _count(vault, table) == before
    assert vault.integrity_problems() == []


def test_huge_autosave_keeps_the_previous_text(vault: Vault, coachee_id: str) -> None:
    s = sessions.create_session(vault, coachee_id, notes="What I typed so far.")
    with pytest.raises(ValidationError, match="too long"):
        sessions.save_session(vault, s.id, notes=HUGE, private_reflection="half of a change")
    kept = sessions.get_session(vault, s.id)
    assert kept.notes == "What I typed so far."
    assert kept.private_reflection == ""
    assert not search.search(vault, "half change")


def test_a_long_but_allowed_note_round_trips(vault: Vault, coachee_id: str) -> None:
    note = ("Long reflective paragraph. " * 36_000)[:999_000]
    s = sessions.create_session(vault, coachee_id, notes=note)
    assert sessions.get_session(vault, s.id).notes == note


# ---- odd Unicode ----------------------------------------------------------------------------


@pytest.mark.parametrize("odd", ODD, ids=[f"odd{i}" for i in range(len(ODD))])
def test_odd_unicode_in_every_text_field(vault: Vault, odd: str) -> None:
    short = odd.replace("\n", " ")[:150]
    c = coachees.create_coachee(
        vault,
        name=short,
        role=short,
        organisation=short,
        team=short,
        programme=short,
        focus=odd,
        tags=[short[:60]],
    )
    got = coachees.get_coachee(vault, c.id)
    for field in ("name", "role", "organisation", "team", "programme"):
        _assert_kept_or_cleaned(short, getattr(got, field))
    _assert_kept_or_cleaned(odd, got.focus)

    try:
        with_email = coachees.update_coachee(vault, c.id, email=f"{_visible(short)}@example.org")
    except ValidationError:
        pass  # refusing an odd address with a clear message is fine
    else:
        assert "\x00" not in with_email.email

    goal = coachees.create_goal(
        vault, c.id, title=short, description=odd, gas_levels={"-2": odd, "2": short}
    )
    (g,) = coachees.list_goals(vault, c.id)
    _assert_kept_or_cleaned(odd, g.description)
    _assert_kept_or_cleaned(odd, g.gas_levels["-2"])

    s = sessions.create_session(
        vault,
        c.id,
        template="clear",
        sections={"contracting": odd, "listening": short},
        notes=odd,
        private_reflection=odd,
        tags=[short[:60]],
    )
    s = sessions.save_session(vault, s.id, sections={"exploring": odd}, notes=odd + odd)
    stored: SessionRecord = sessions.get_session(vault, s.id)
    _assert_kept_or_cleaned(odd, stored.sections["contracting"])
    _assert_kept_or_cleaned(odd, stored.sections["exploring"])
    _assert_kept_or_cleaned(odd + odd, stored.notes)
    _assert_kept_or_cleaned(odd, stored.private_reflection)

    e = experiments.create_experiment(
        vault,
        c.id,
        title=short,
        prediction=odd,
        action=odd,
        success_signal=odd,
        goal_id=goal.id,
    )
    e = experiments.review_experiment(vault, e.id, outcome=odd, learning=odd, decision="adopt")
    for field in ("prediction", "action", "success_signal", "outcome", "learning"):
        _assert_kept_or_cleaned(odd, getattr(experiments.get_experiment(vault, e.id), field))

    m = measurements.add_measurement(
        vault, c.id, instrument="confidence", value=3.0, scores={short[:50]: 3.0}
    )
    (score_key,) = m.scores
    _assert_kept_or_cleaned(short[:50], score_key)

    # Searching for it neither crashes nor misses the visible words.
    for word in short.split():
        search.search(vault, word)
    assert vault.integrity_problems() == []


@pytest.mark.parametrize("lone", ["\ud800", "a\udfffb"])
def test_lone_surrogates_are_cleaned_or_refused(vault: Vault, coachee_id: str, lone: str) -> None:
    try:
        s = sessions.create_session(vault, coachee_id, notes=lone)
    except ValidationError:
        return
    stored = sessions.get_session(vault, s.id).notes
    assert not any(0xD800 <= ord(ch) <= 0xDFFF for ch in stored)


# ---- search: any text at all ----------------------------------------------------------------

ANY_TEXT = st.text(st.characters(codec=None, exclude_categories=()), max_size=200)


@given(ANY_TEXT)
def test_match_expression_is_always_safe(query: str) -> None:
    expr = search.match_expression(query)
    if expr is None:
        return
    # Only quoted words (the last a prefix): nothing the coach types is FTS5 syntax.
    for part in expr.split(" "):
        assert part.startswith('"')
        assert part.endswith(('"', '"*'))
        assert '"' not in part.strip('"*')


def test_search_never_raises(vault: Vault, coachee_id: str) -> None:
    for i, note in enumerate(
        ["NEAR(confidence feedback)", 'say "no" OR AND NOT', "sécurité psychologique", "a*b^c"]
    ):
        sessions.create_session(vault, coachee_id, notes=f"{note} number{i}")

    @settings(
        max_examples=300,
        deadline=None,
        suppress_health_check=[HealthCheck.function_scoped_fixture],
    )
    @given(ANY_TEXT, st.integers(min_value=-5, max_value=2000))
    def check(query: str, limit: int) -> None:
        hits = search.search(vault, query, limit=limit)
        assert len(hits) <= max(1, min(limit, 1000))

    check()
    # Syntax-looking input is searched as words, not obeyed.
    assert search.search(vault, "NEAR(confidence feedback)")
    assert search.search(vault, 'say "no" OR AND NOT')
    assert search.search(vault, "securite")
