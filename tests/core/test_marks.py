"""Marks in session text (coach_app/marks.py): the stored form, parsing, and experiment titles."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from coach_app import marks

INSIGHT = marks.kind("insight")
QUOTE = marks.kind("quote")


def test_a_marked_line_is_found_with_its_kind_and_text() -> None:
    text = "Opening.\n★ She wants to own the Monday meeting\n❝ I never say no\nplain"
    found = list(marks.find(text))
    assert [(m.kind.key, m.text, m.line) for m in found] == [
        ("insight", "She wants to own the Monday meeting", 1),
        ("quote", "I never say no", 2),
    ]


def test_marking_toggles_and_replaces_and_keeps_indentation() -> None:
    line = "  asks for help"
    once = marks.marked(line, INSIGHT)
    assert once == "  ★ asks for help"
    assert marks.marked(once, QUOTE) == "  ❝ asks for help"
    assert marks.marked(once, INSIGHT) == line


def test_a_sign_inside_a_line_or_without_a_space_is_not_a_mark() -> None:
    assert list(marks.find("rated it ★ 4 stars\n★no space\n★ ")) == []


def test_every_kind_has_its_own_sign_and_a_label() -> None:
    assert len({k.sign for k in marks.KINDS}) == len(marks.KINDS) == 4
    assert [k.key for k in marks.KINDS] == ["insight", "quote", "action", "experiment"]
    assert all(k.label for k in marks.KINDS)


@given(st.text(), st.sampled_from(marks.KINDS))
def test_marking_then_unmarking_gives_the_line_back(line: str, kind: marks.MarkKind) -> None:
    line = line.replace("\n", " ").replace("\r", " ")
    bare = marks.split(line)[1]
    assert marks.marked(marks.marked(bare, kind), kind) == bare


def test_a_short_text_is_its_own_title() -> None:
    assert (
        marks.experiment_title("Ask Jan for feedback on Friday.")
        == "Ask Jan for feedback on Friday"
    )


def test_a_long_text_is_cut_at_a_sentence_or_clause_never_mid_word() -> None:
    text = (
        "Say no to one meeting request this week, and notice what happens to the team when I "
        "am not there to answer every question myself before Thursday."
    )
    assert marks.experiment_title(text) == "Say no to one meeting request this week"
    sentences = "Try delegating the weekly report. Then see how it feels." * 3
    assert marks.experiment_title(sentences) == "Try delegating the weekly report"


@given(st.text(alphabet=st.characters(categories=("L", "Zs", "P")), max_size=400))
def test_a_title_always_fits_and_ends_on_a_whole_word(text: str) -> None:
    title = marks.experiment_title(text)
    assert len(title) <= marks.TITLE_CHARS
    words = text.split()
    cut = len(" ".join(words)) > marks.TITLE_CHARS  # a short text is its own title, "…" or not
    # A single word longer than a title can only be cut; every other cut ends on a whole word.
    if cut and title.endswith("…") and max(map(len, words)) < marks.TITLE_CHARS // 2:
        last = title[:-1].split()[-1].rstrip(",;:–-")
        assert last in {w.rstrip(",;:–-") for w in words}
