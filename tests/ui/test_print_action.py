"""Print session: the notes and section headings on paper, never the private reflection."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QWidget

from coach_app.services import coachees, sessions
from coach_app.ui import print_action
from coach_app.vault.vault import Vault
from tests.ui.conftest import MakeContext


def test_the_printed_page_holds_the_notes_not_the_private_reflection(
    make_context: MakeContext, vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ada = coachees.create_coachee(vault, name="Ada Lovelace")
    record = sessions.create_session(
        vault,
        ada.id,
        template="grow",
        sections={"goal": "Delegate the <b>reviews</b>"},
        notes="Next time: feedback",
        private_reflection="I felt impatient",
    )
    document = print_action.session_document("Ada Lovelace", sessions.get_session(vault, record.id))
    text = document.toPlainText()
    assert "Ada Lovelace" in text
    assert "Delegate the <b>reviews</b>" in text  # shown as typed, never as markup
    assert "Next time: feedback" in text
    assert "impatient" not in text

    out = tmp_path / "printed.pdf"

    def printer(_parent: object) -> QPrinter:
        chosen = QPrinter()
        chosen.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        chosen.setOutputFileName(str(out))
        return chosen

    monkeypatch.setattr(print_action, "ask_printer", printer)
    assert print_action.print_session(make_context(), record.id, QWidget())
    assert out.read_bytes().startswith(b"%PDF")


def test_cancelled_print_prints_nothing(
    make_context: MakeContext, vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    ada = coachees.create_coachee(vault, name="Ada Lovelace")
    record = sessions.create_session(vault, ada.id, template="free", notes="x")
    monkeypatch.setattr(print_action, "ask_printer", lambda _parent: None)
    assert not print_action.print_session(make_context(), record.id, QWidget())
