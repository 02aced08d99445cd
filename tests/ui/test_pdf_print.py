"""Printing the progress report and the coachee copy from memory (ui/pdf_print.py)."""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium
import pytest
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from coach_app.services import coachee_copy, coachees, sessions
from coach_app.ui import coachee_copy_action, pdf_print, print_action, report_action
from coach_app.vault.vault import Vault
from tests.ui.conftest import MakeContext
from tests.ui.helpers_ops import wait_for_ops


def _pages(path: Path) -> int:
    document = pdfium.PdfDocument(path.read_bytes())
    try:
        return len(document)
    finally:
        document.close()


def _to_file(monkeypatch: pytest.MonkeyPatch, out: Path, asked: list[str]) -> None:
    def printer(_parent: object, title: str | None = None) -> QPrinter:
        asked.append(title or "")
        chosen = QPrinter()
        chosen.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        chosen.setOutputFileName(str(out))
        return chosen

    monkeypatch.setattr(print_action, "ask_printer", printer)


def _coachee(vault: Vault) -> str:
    ada = coachees.create_coachee(vault, name="Ada Lovelace")
    coachees.create_goal(vault, ada.id, title="Delegate the weekly report")
    for day in range(1, 6):
        sessions.create_session(vault, ada.id, template="grow", notes=f"Session {day} " * 200)
    return ada.id


def test_every_page_of_the_pdf_reaches_the_printer(
    qtbot: QtBot, vault: Vault, tmp_path: Path
) -> None:
    pdf = coachee_copy.build_coachee_copy_pdf(
        vault, _coachee(vault), include=frozenset({"session_notes"})
    )
    out = tmp_path / "paper.pdf"
    printer = QPrinter()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(out))
    expected = len(pdfium.PdfDocument(pdf))
    assert expected > 1
    assert pdf_print.print_pdf(printer, pdf) == expected
    assert _pages(out) == expected


def test_the_coachee_copy_prints_without_leaving_a_file(
    qtbot: QtBot,
    make_context: MakeContext,
    vault: Vault,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    coachee_id = _coachee(vault)
    context = make_context()
    out = tmp_path / "printer" / "paper.pdf"
    out.parent.mkdir()
    asked: list[str] = []
    _to_file(monkeypatch, out, asked)
    monkeypatch.setattr(coachee_copy_action, "ask_sections", lambda *_a: (frozenset(), True))

    def no_file(*_args: object, **_kwargs: object) -> Path:
        raise AssertionError("printing must not write the PDF to a file")

    monkeypatch.setattr(coachee_copy_action.coachee_copy, "write_coachee_copy", no_file)
    assert coachee_copy_action.start_coachee_copy(context, coachee_id, QWidget()) is not None
    wait_for_ops(qtbot, context, timeout=30_000)  # type: ignore[arg-type]
    qtbot.waitUntil(out.exists, timeout=10_000)
    assert asked == ["Print the coachee copy"]
    assert _pages(out) >= 1
    assert list(out.parent.iterdir()) == [out]


def test_the_progress_report_prints_and_a_cancelled_dialog_builds_nothing(
    qtbot: QtBot,
    make_context: MakeContext,
    vault: Vault,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    coachee_id = _coachee(vault)
    context = make_context()
    monkeypatch.setattr(print_action, "ask_printer", lambda *_a: None)
    assert report_action.print_report(context, coachee_id, QWidget()) is None
    out = tmp_path / "report.pdf"
    asked: list[str] = []
    _to_file(monkeypatch, out, asked)
    assert report_action.print_report(context, coachee_id, QWidget()) is not None
    wait_for_ops(qtbot, context, timeout=30_000)  # type: ignore[arg-type]
    qtbot.waitUntil(out.exists, timeout=10_000)
    assert asked == ["Print progress report"]
    assert _pages(out) >= 1
