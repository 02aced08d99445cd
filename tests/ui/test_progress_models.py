"""The review screens' item models speak the coach's language: headers and counted texts go
through Qt's translator, with plural forms from the translation."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import PySide6
import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtWidgets import QApplication

from coach_app.services.dashboard import DashboardRow
from coach_app.ui.models import CoacheeListModel, ExperimentTableModel, SessionTimelineModel
from coach_app.ui.progress_models import DashboardModel, LearningLogModel, sparkline_text
from coach_app.ui.table_model import RecordTableModel

LRELEASE = Path(PySide6.__file__).parent / "lrelease"

GERMAN_TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>DashboardModel</name>
    <message>
        <source>Days since</source>
        <translation>Tage seit</translation>
    </message>
    <message numerus="yes">
        <source>Confidence, last %n session(s) (mean of goals): {values}</source>
        <translation>
            <numerusform>Zuversicht, letzte Sitzung: {values}</numerusform>
            <numerusform>Zuversicht, letzte %n Sitzungen: {values}</numerusform>
        </translation>
    </message>
</context>
</TS>
"""


def row(sparkline: tuple[float, ...]) -> DashboardRow:
    return DashboardRow(
        coachee_id="c1",
        name="Ada Lovelace",
        organisation="",
        role="",
        last_session_on=date(2024, 10, 1),
        days_since=31,
        open_experiments=1,
        overdue_experiments=0,
        sparkline=sparkline,
        flags=(),
    )


@pytest.fixture
def german(qapp: QApplication, tmp_path: Path) -> Iterator[None]:
    """A German translation installed for the test (compiled from a tiny .ts file)."""
    if not LRELEASE.exists():
        pytest.skip("pyside6 lrelease is not installed")
    source = tmp_path / "de.ts"
    source.write_text(GERMAN_TS, encoding="utf-8")
    compiled = tmp_path / "de.qm"
    subprocess.run(
        [str(LRELEASE), "-silent", str(source), "-qm", str(compiled)], check=True, timeout=60
    )
    translator = QTranslator()
    assert translator.load(str(compiled))
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)


@pytest.mark.parametrize(
    "model_class",
    [
        DashboardModel,
        LearningLogModel,
        CoacheeListModel,
        SessionTimelineModel,
        ExperimentTableModel,
    ],
)
def test_header_texts_match_the_english_headers(
    qapp: QApplication, model_class: type[RecordTableModel]
) -> None:
    # The spelled-out, translatable titles must stay in step with the column list.
    model = model_class()
    assert model.header_texts() == model.HEADERS
    titles = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(len(model.HEADERS))]
    assert tuple(titles) == model.HEADERS


def test_english_counted_texts_have_proper_singulars(qapp: QApplication) -> None:
    assert sparkline_text(row((4.0,))) == "Confidence, last 1 session (mean of goals): 4"
    assert sparkline_text(row((4.0, 5.5))) == (
        "Confidence, last 2 sessions (mean of goals): 4, 5.5"
    )


def test_headers_and_plurals_come_from_the_translation(german: None) -> None:
    model = DashboardModel()
    assert model.headerData(DashboardModel.DAYS, Qt.Orientation.Horizontal) == "Tage seit"
    assert sparkline_text(row((4.0,))) == "Zuversicht, letzte Sitzung: 4"
    assert sparkline_text(row((4.0, 5.0, 6.0))) == "Zuversicht, letzte 3 Sitzungen: 4, 5, 6"
