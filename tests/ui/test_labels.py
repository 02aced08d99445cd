"""Counted texts: the English source gets a proper singular and plural; translations are kept."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from coach_app.ui.labels import counted


def test_the_english_source_gets_its_singular_and_plural(qapp: QApplication) -> None:
    def results(n: int) -> str:
        return counted(QCoreApplication.translate("Test", "%n result(s)", "", n), n)

    assert results(1) == "1 result"
    assert results(2) == "2 results"
    assert results(0) == "0 results"
    assert "1 results" not in results(1)


def test_a_translated_text_is_left_as_it_is() -> None:
    assert counted("3 Ergebnisse", 3) == "3 Ergebnisse"
    assert counted("1 Ergebnis", 1) == "1 Ergebnis"
