"""Drawing the progress chart in another language: every text on it goes through i18n."""

from __future__ import annotations

import gettext

import pytest
from matplotlib.figure import Figure

from coach_app import i18n
from coach_app.charts import EMPTY_TEXT, EXPERIMENTS_KEY, draw_progress, series_choices
from tests.core.charts.test_plan import data, series


class Marked(gettext.NullTranslations):
    """A "language" that wraps every text, so an untranslated one stands out."""

    def gettext(self, message: str) -> str:
        return f"«{message}»"

    def ngettext(self, msgid1: str, msgid2: str, n: int) -> str:
        return f"«{msgid1 if n == 1 else msgid2}»"


@pytest.fixture(autouse=True)
def marked(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(i18n, "_translations", Marked())


def test_chart_texts_go_through_the_translation() -> None:
    chart = data(confidence=(series("confidence:a", "confidence", [4, 5]),))
    choices = series_choices(chart)
    assert [c.panel for c in choices] == ["«Confidence (0–10)»", "«Time axis»"]
    assert choices[-1].name == "«Experiments»"
    layout = draw_progress(Figure(figsize=(10, 6)), chart)
    assert "«adopted»" in layout.legends[EXPERIMENTS_KEY]
    assert layout.axes["confidence"].get_title(loc="left") == "«Confidence (0–10)»"

    empty = draw_progress(Figure(figsize=(10, 6)), data())
    assert [t.get_text() for t in empty.axes["empty"].texts] == [f"«{EMPTY_TEXT}»"]


def test_the_key_and_the_multi_series_caption_are_translated() -> None:
    chart = data(
        confidence=(
            series("confidence:a", "confidence", [4, 5, 6, 7, 8, 9]),
            series("confidence:b", "confidence", [3]),
        )
    )
    layout = draw_progress(Figure(figsize=(10, 6)), chart)
    assert "«median (≥ 5 points)»" in layout.key
    assert layout.captions["confidence"].startswith("«self-reported» · «7 points» · ")
