"""The session header's second line (``session_page.meta_text``)."""

# ruff: noqa: F811 - pytest fixtures imported by name

from __future__ import annotations

from coach_app.services import coachees, sessions
from coach_app.ui.context import AppContext
from coach_app.ui.session_page import meta_text
from tests.ui.fixtures_editor import clock, context  # noqa: F401 - clock and context are fixtures


def test_the_header_names_kind_and_template_once_when_they_are_the_same(
    context: AppContext,
) -> None:
    person = coachees.create_coachee(context.vault, name="Ana Sousa")
    same = sessions.create_session(
        context.vault, person.id, kind="action_learning", template="action_learning"
    )
    other = sessions.create_session(context.vault, person.id, kind="one_to_one", template="grow")
    assert meta_text(same).endswith(" · 60 min · Action-learning set")
    assert meta_text(other).endswith(" · 60 min · 1:1 · GROW")
