"""Ctrl+K search: as-you-type results grouped by coachee, escaped snippets, Enter opens the hit."""

# Fixtures are imported by name and injected by pytest as same-named parameters.
# ruff: noqa: F811

from __future__ import annotations

import time
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from coach_app.services import coachees, experiments, group_sessions, groups, search, sessions
from coach_app.services.records import SearchHit
from coach_app.services.search import HIGHLIGHT_CLOSE, HIGHLIGHT_OPEN
from coach_app.ui import search_dialog as search_dialog_module
from coach_app.ui.context import AppContext
from coach_app.ui.search_dialog import SearchDialog
from coach_app.ui.session_models import (
    HIT_ROLE,
    HTML_ROLE,
    SearchResultsModel,
    marked_to_html,
    marked_to_plain,
)
from coach_app.vault.vault import Vault
from tests.ui.fixtures_editor import (  # noqa: F401 - clock, context, seeded are fixtures
    clock,
    context,
)
from tests.ui.helpers_ops import wait_for_ops
from tests.ui.shell_helpers import wait_for_workers

OPEN, CLOSE = HIGHLIGHT_OPEN, HIGHLIGHT_CLOSE


@dataclass(frozen=True)
class Corpus:
    ana: str
    ben: str
    ana_session: str
    ben_session: str


@pytest.fixture
def corpus(vault: Vault) -> Corpus:
    ana = coachees.create_coachee(vault, name="Ana Sousa")
    ben = coachees.create_coachee(vault, name="Ben Okafor")
    ana_session = sessions.create_session(
        vault,
        ana.id,
        template="grow",
        started_at=datetime(2025, 2, 3, 10, 0),
        sections={"reality": "Her team lacks psychological sécurité in reviews"},
    )
    ben_session = sessions.create_session(
        vault,
        ben.id,
        template="free",
        started_at=datetime(2025, 2, 10, 15, 0),
        notes="He pasted <script>alert(1)</script> & talked about securite",
    )
    experiments.create_experiment(
        vault, ana.id, title="Name one risk per review", prediction="More sécurité"
    )
    return Corpus(ana.id, ben.id, ana_session.id, ben_session.id)


def open_dialog(qtbot: QtBot, context: AppContext) -> SearchDialog:
    dialog = SearchDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def search_for(qtbot: QtBot, dialog: SearchDialog, text: str) -> None:
    dialog.query_edit.clear()
    qtbot.keyClicks(dialog.query_edit, text)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=5000)


def test_diacritic_folded_results_grouped_by_coachee(
    qtbot: QtBot, context: AppContext, corpus: Corpus
) -> None:
    dialog = open_dialog(qtbot, context)
    search_for(qtbot, dialog, "securite")
    model = dialog.model
    assert model.rowCount() == 2
    groups = {model.index(r, 0).data(): r for r in range(2)}
    assert set(groups) == {"Ana Sousa (2 results)", "Ben Okafor (1 result)"}
    ana = model.index(groups["Ana Sousa (2 results)"], 0)
    kinds = sorted(model.index(r, 0, ana).data(HIT_ROLE).kind for r in range(model.rowCount(ana)))
    assert kinds == ["experiment", "session"]
    session_hit = next(
        model.index(r, 0, ana)
        for r in range(model.rowCount(ana))
        if model.index(r, 0, ana).data(HIT_ROLE).kind == "session"
    )
    assert "<b>sécurité</b>" in session_hit.data(HTML_ROLE)
    assert session_hit.data().startswith("Session · 2025-02-03 · GROW: ")
    ben = model.index(groups["Ben Okafor (1 result)"], 0)
    assert model.index(0, 0, ben).data().startswith("Session · 2025-02-10 · Free notes: ")
    assert dialog.state_label.text() == "3 results for 2 coachees"
    assert dialog.tree.currentIndex() == model.first_hit_index()


def test_snippet_html_escapes_note_text(qtbot: QtBot, context: AppContext, corpus: Corpus) -> None:
    dialog = open_dialog(qtbot, context)
    search_for(qtbot, dialog, "alert")
    model = dialog.model
    assert model.rowCount() == 1
    hit = model.index(0, 0, model.index(0, 0))
    markup = hit.data(HTML_ROLE)
    assert "<script>" not in markup
    assert "&lt;script&gt;" in markup
    assert "&amp;" in markup
    assert "<b>alert</b>" in markup
    dialog.tree.viewport().grab()  # the delegate paints it without complaint


def test_enter_on_a_session_hit_opens_the_session_and_closes(
    qtbot: QtBot, context: AppContext, corpus: Corpus
) -> None:
    dialog = open_dialog(qtbot, context)
    search_for(qtbot, dialog, "securite")
    model = dialog.model
    # Walk down with the arrow keys (the caret stays in the query box) to Ben's session.
    target = None
    for _ in range(6):
        hit = model.hit_at(dialog.tree.currentIndex())
        if hit is not None and hit.owner_id == corpus.ben_session:
            target = hit
            break
        qtbot.keyClick(dialog.query_edit, Qt.Key.Key_Down)
    assert target is not None
    assert dialog.query_edit.hasFocus()
    with qtbot.waitSignal(context.nav.session_requested, timeout=1000) as signal:
        qtbot.keyClick(dialog.query_edit, Qt.Key.Key_Return)
    assert signal.args == [corpus.ben, corpus.ben_session]
    assert not dialog.isVisible()
    assert dialog.model.rowCount() == 0  # nothing lingers in the closed dialog
    assert dialog.query_edit.text() == ""


def test_enter_on_an_experiment_hit_opens_its_coachee(
    qtbot: QtBot, context: AppContext, corpus: Corpus
) -> None:
    dialog = open_dialog(qtbot, context)
    search_for(qtbot, dialog, "risk")
    assert dialog.model.hit_at(dialog.tree.currentIndex()).kind == "experiment"  # type: ignore[union-attr]
    with qtbot.waitSignal(context.nav.coachee_requested, timeout=1000) as signal:
        qtbot.keyClick(dialog.query_edit, Qt.Key.Key_Enter)
    assert signal.args == [corpus.ana]


def test_no_results_state(qtbot: QtBot, context: AppContext, corpus: Corpus) -> None:
    dialog = open_dialog(qtbot, context)
    search_for(qtbot, dialog, "zeppelin")
    assert dialog.model.rowCount() == 0
    assert dialog.state_label.text() == "No results for “zeppelin”."
    search_for(qtbot, dialog, "  ")
    assert dialog.state_label.text() == "Type to search everything in the vault."


def test_a_short_last_word_without_results_says_why(
    qtbot: QtBot, context: AppContext, corpus: Corpus
) -> None:
    # One or two letters are a whole word, not the start of one: "ze" does not find "zeal".
    dialog = open_dialog(qtbot, context)
    search_for(qtbot, dialog, "ze")
    assert dialog.model.rowCount() == 0
    assert dialog.state_label.text() == (
        "No results for “ze”. From three letters on, a word is also found by its start."
    )
    search_for(qtbot, dialog, "zep")
    assert dialog.state_label.text() == "No results for “zep”."


def test_lock_empties_and_closes_the_dialog(
    qtbot: QtBot, context: AppContext, corpus: Corpus
) -> None:
    dialog = open_dialog(qtbot, context)
    search_for(qtbot, dialog, "securite")
    context.lock()
    assert not dialog.isVisible()
    assert dialog.model.rowCount() == 0
    assert dialog.query_edit.text() == ""


def test_marked_to_html_escapes_everything_but_the_markers() -> None:
    assert marked_to_html(f"a <i>{OPEN}b{CLOSE}</i> & c") == "a &lt;i&gt;<b>b</b>&lt;/i&gt; &amp; c"
    assert marked_to_html(f'{OPEN}"x"') == "<b>&quot;x&quot;</b>"  # an unclosed marker is closed
    assert marked_to_html(f"{CLOSE}stray{OPEN}{OPEN}x{CLOSE}{CLOSE}") == "stray<b>x</b>"
    assert marked_to_html("bell\x07 and\x00 nul") == "bell and nul"
    assert marked_to_plain(f"{OPEN}one{CLOSE} two") == "one two"


def _hit(coachee: str, kind: str, n: int) -> SearchHit:
    return SearchHit(
        kind=kind,
        owner_id=f"{coachee}-{kind}-{n}",
        coachee_id=f"id-{coachee}",
        coachee=coachee,
        date="2025-03-01",
        title=f"title {n}",
        snippet=f"about {OPEN}delegation{CLOSE} <b>not bold</b>",
        rank=-float(n),
    )


def test_search_results_model_passes_the_model_tester(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model = SearchResultsModel()
    qtmodeltester.check(model)
    model.set_hits(
        [
            _hit("Ana", "session", 1),
            _hit("Ben", "goal", 2),
            _hit("Ana", "experiment", 3),
            _hit("Cleo", "coachee", 4),
        ]
    )
    qtmodeltester.check(model)
    assert [model.index(r, 0).data() for r in range(3)] == [
        "Ana (2 results)",
        "Ben (1 result)",
        "Cleo (1 result)",
    ]
    ana = model.index(0, 0)
    assert model.rowCount(ana) == 2
    child = model.index(1, 0, ana)
    assert model.parent(child) == ana
    assert model.coachee_id_at(child) == "id-Ana"
    assert model.hit_at(ana) is None
    assert "&lt;b&gt;not bold&lt;/b&gt;" in child.data(HTML_ROLE)
    model.clear()
    qtmodeltester.check(model)
    assert model.rowCount() == 0


def test_the_dialog_can_be_reopened_fresh(
    qtbot: QtBot, context: AppContext, corpus: Corpus
) -> None:
    dialog = open_dialog(qtbot, context)
    search_for(qtbot, dialog, "risk")
    dialog.reject()
    assert dialog.model.rowCount() == 0
    dialog.open()
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(dialog.query_edit.hasFocus, timeout=1000)
    assert dialog.query_edit.text() == ""
    assert dialog.state_label.text() == "Type to search everything in the vault."


# --------------------------------------------------------------------------- in the background


def slow_for(monkeypatch: pytest.MonkeyPatch, slow_query: str, seconds: float = 0.4) -> None:
    """Make the search for ``slow_query`` take ``seconds`` longer (any other stays quick)."""
    real = search.search

    def maybe_slow(vault: Vault, query: str, **kwargs: Any) -> list[SearchHit]:
        if query == slow_query:
            time.sleep(seconds)
        return real(vault, query, **kwargs)

    monkeypatch.setattr(search, "search", maybe_slow)


def start_search(dialog: SearchDialog, text: str) -> None:
    dialog.query_edit.setText(text)
    dialog.run_search()


def test_an_older_answer_arriving_late_is_dropped(
    qtbot: QtBot, context: AppContext, corpus: Corpus, monkeypatch: pytest.MonkeyPatch
) -> None:
    slow_for(monkeypatch, "risk")
    dialog = open_dialog(qtbot, context)
    start_search(dialog, "risk")
    start_search(dialog, "securite")
    wait_for_workers()
    wait_for_ops(qtbot, context)
    assert dialog.state_label.text() == "3 results for 2 coachees"
    assert dialog.model.rowCount() == 2


def test_closing_while_searching_leaves_nothing_behind(
    qtbot: QtBot, context: AppContext, corpus: Corpus, monkeypatch: pytest.MonkeyPatch
) -> None:
    slow_for(monkeypatch, "securite")
    dialog = open_dialog(qtbot, context)
    start_search(dialog, "securite")
    assert dialog.busy
    dialog.reject()
    wait_for_workers()
    wait_for_ops(qtbot, context)
    assert dialog.model.rowCount() == 0
    assert dialog.state_label.text() == "Type to search everything in the vault."
    assert not dialog.busy


def test_enter_while_searching_opens_the_best_hit_once_found(
    qtbot: QtBot, context: AppContext, corpus: Corpus, monkeypatch: pytest.MonkeyPatch
) -> None:
    slow_for(monkeypatch, "risk")
    dialog = open_dialog(qtbot, context)
    qtbot.keyClicks(dialog.query_edit, "risk")
    with qtbot.waitSignal(context.nav.coachee_requested, timeout=5000) as opened:
        qtbot.keyClick(dialog.query_edit, Qt.Key.Key_Return)
        assert dialog.isVisible()  # still searching: nothing to open yet
    assert opened.args == [corpus.ana]
    assert not dialog.isVisible()


def test_a_lock_while_searching_closes_the_dialog_quietly(
    qtbot: QtBot, context: AppContext, corpus: Corpus, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[BaseException] = []
    monkeypatch.setattr(search_dialog_module, "show_error", lambda _p, exc: shown.append(exc))
    slow_for(monkeypatch, "securite")
    dialog = open_dialog(qtbot, context)
    start_search(dialog, "securite")
    context.lock()
    wait_for_workers()
    qtbot.waitUntil(lambda: not context.ops.is_busy(), timeout=5000)
    assert not dialog.isVisible()
    assert dialog.model.rowCount() == 0
    assert dialog.query_edit.text() == ""
    assert shown == []


def test_a_group_round_hit_opens_its_group_and_says_what_it_is(
    qtbot: QtBot, context: AppContext, vault: Vault, corpus: Corpus
) -> None:
    group = groups.create_group(vault, name="Harbour set", purpose="Port logistics leads")
    meeting = group_sessions.create_group_session(vault, group.id)
    group_sessions.add_round(vault, meeting.id, key_question="How do I stop the zeppelin gossip?")
    dialog = open_dialog(qtbot, context)
    search_for(qtbot, dialog, "zeppelin")
    index = dialog.tree.currentIndex()
    assert dialog.model.hit_at(index).kind == "group_round"  # type: ignore[union-attr]
    assert index.data().startswith("Group round")
    with qtbot.waitSignal(context.nav.groups_requested, timeout=1000) as signal:
        qtbot.keyClick(dialog.query_edit, Qt.Key.Key_Enter)
    assert signal.args == [group.id]


def test_kinds_the_dialog_does_not_know_still_read_as_words() -> None:
    model = SearchResultsModel()
    hit = SearchHit("future_kind", "o", "c", "Ana", "2025-01-01", "", "x", 0.0)
    model.set_hits([hit])
    assert model.index(0, 0, model.index(0, 0)).data().startswith("Future kind")
