"""Qt's catalogue for ui/ and the core's catalogue are loaded together at start-up."""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog
from babel.messages.mofile import write_mo
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QApplication

from coach_app import i18n, language_pref
from coach_app.ui import translations

TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv">
<context><name>MainWindow</name>
<message><source>Lock</source><translation>Lås</translation></message>
</context>
</TS>
"""


@pytest.fixture
def swedish(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    lrelease = shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent))
    assert lrelease is not None
    ts = tmp_path / "coach_app_sv.ts"
    ts.write_text(TS, "utf-8")
    subprocess.run([lrelease, "-silent", str(ts)], check=True)
    monkeypatch.setattr(translations, "TRANSLATIONS", tmp_path)
    # The core's catalogue too, so the test does not depend on `make catalogues` having run.
    core = Catalog(locale="sv")
    core.add("Lock", "Lås")
    mo = tmp_path / "locale" / "sv" / "LC_MESSAGES" / f"{i18n.DOMAIN}.mo"
    mo.parent.mkdir(parents=True)
    with mo.open("wb") as fh:
        write_mo(fh, core)
    monkeypatch.setattr(i18n, "LOCALE_DIR", tmp_path / "locale")
    yield tmp_path
    app = QApplication.instance()
    assert app is not None
    for translator in app.findChildren(translations.QTranslator):
        app.removeTranslator(translator)
        translator.deleteLater()
    i18n.set_language("en")


def test_the_ui_catalogue_is_installed(qapp: QApplication, swedish: Path) -> None:
    assert translations.install_translations(qapp, "sv") == "sv"
    assert QCoreApplication.translate("MainWindow", "Lock") == "Lås"
    assert QCoreApplication.translate("MainWindow", "Quit") == "Quit"
    assert i18n._("Lock") == "Lås"


def test_english_installs_nothing(qapp: QApplication, swedish: Path) -> None:
    assert translations.install_translations(qapp, "en") == "en"
    assert QCoreApplication.translate("MainWindow", "Lock") == "Lock"


def test_the_start_language_is_the_chosen_one_else_the_systems(
    qapp: QApplication, swedish: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(language_pref.CONFIG_ENV, str(tmp_path / "config"))
    try:
        # Nothing chosen: the system's language, with the system's own formats.
        assert translations.install_start_language(qapp, QLocale("sv_FI")) == "sv"
        assert QLocale().name() == "sv_FI"
        assert QCoreApplication.translate("MainWindow", "Lock") == "Lås"
        # Chosen in Settings: wins over the system; formats follow the language spoken.
        language_pref.choose("en")
        assert translations.install_start_language(qapp, QLocale("sv_SE")) == "en"
        assert QLocale().language() == QLocale.Language.English
    finally:
        QLocale.setDefault(QLocale("C"))


def test_session_and_due_dates_are_in_the_languages_words(qapp: QApplication) -> None:
    from datetime import date, datetime  # noqa: PLC0415

    from coach_app.services.records import ExperimentRecord  # noqa: PLC0415
    from coach_app.ui.experiment_common import due_text  # noqa: PLC0415
    from coach_app.ui.session_page import session_when  # noqa: PLC0415

    QLocale.setDefault(QLocale("fr_FR"))
    try:
        assert session_when(datetime(2025, 3, 4, 14, 0)) == "mar. 4 mars 2025, 14:00"
        due = ExperimentRecord.__new__(ExperimentRecord)
        object.__setattr__(due, "due_on", date(2025, 3, 14))
        assert "14 mars 2025" in due_text(due, date(2025, 3, 1))
    finally:
        QLocale.setDefault(QLocale("C"))
