"""Help → About Coach Companion (coach_app/ui/about_dialog.py): read from metadata, never copied."""

from __future__ import annotations

import email.message
import json
from importlib import metadata
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

import coach_app
from coach_app.paths import RESOURCES
from coach_app.ui import about_dialog, app_identity
from coach_app.ui.about_dialog import AboutDialog, app_icon, app_version, licence_text
from tests.ui.shell_helpers import make_window

BUNDLED = (
    "pyside6-essentials", "sqlalchemy", "sqlcipher3", "matplotlib", "reportlab", "keyring",
    "argon2-cffi", "cryptography", "alembic", "platformdirs", "zxcvbn",
)  # fmt: skip


def _meta(**fields: str | list[str]) -> metadata.PackageMetadata:
    message = email.message.Message()
    for key, value in fields.items():
        for one in value if isinstance(value, list) else [value]:
            message[key.replace("_", "-")] = one
    return message  # type: ignore[return-value] # the same interface metadata() returns


def _table(dialog: AboutDialog) -> dict[str, tuple[str, str]]:
    table = dialog.licence_table
    rows: dict[str, tuple[str, str]] = {}
    for row in range(table.rowCount()):
        name, version, licence = (table.item(row, col).text() for col in range(3))
        rows[name.lower().replace("_", "-")] = (version, licence)
    return rows


def test_the_box_shows_version_licences_and_the_gse_attribution(qtbot) -> None:
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    assert app_version() in dialog.version_label.text()
    rows = _table(dialog)
    for name in BUNDLED:
        assert name in rows, name
        assert rows[name][0] == metadata.version(name)
        assert rows[name][1]
    assert "LGPL-3.0" in rows["pyside6-essentials"][1]
    assert rows["sqlalchemy"][1] == "MIT"
    # The GSE note as its definition file states it: one source of the text, not a copy.
    gse = json.loads((RESOURCES / "instruments" / "gse.json").read_text("utf-8"))
    assert dialog.gse_source_label.text() == gse["source"]
    assert dialog.gse_note_label.text() == gse["licence_note"]
    assert gse["attribution"] in dialog.gse_source_label.text()


def test_someone_elses_text_is_never_markup(qtbot) -> None:
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    texts = [label for label in dialog.findChildren(QLabel) if label.text()]
    assert len(texts) >= 6
    assert all(label.textFormat() == Qt.TextFormat.PlainText for label in texts)
    assert dialog.gse_note_label.textFormat() == Qt.TextFormat.PlainText


def test_licence_text_prefers_the_spdx_expression_then_classifiers_then_short_fields() -> None:
    classifier = "License :: OSI Approved :: BSD License"
    assert licence_text(_meta(License_Expression="MIT", Classifier=classifier)) == "MIT"
    assert licence_text(_meta(Classifier=classifier, License="BSD, see file")) == "BSD License"
    assert licence_text(_meta(License="LGPL-3.0-only")) == "LGPL-3.0-only"
    long_text = "License agreement for X\n 1. This agreement is between ..."
    assert licence_text(_meta(License=long_text)) == "License agreement for X"
    assert licence_text(_meta(License_File="LICENSE")) == "see its file LICENSE"
    assert licence_text(_meta()) == ""


def test_version_falls_back_to_the_package_when_not_installed(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(about_dialog, "DISTRIBUTION", "no-such-distribution-here")
    assert app_version() == coach_app.__version__


def test_the_icon_has_every_rendered_size() -> None:
    icon = app_icon()
    assert not icon.isNull()
    sizes = {size.width() for size in icon.availableSizes()}
    assert {16, 32, 48, 256} <= sizes
    for size in app_identity.ICON_SIZES:
        assert Path(app_identity.ICONS / f"coach-companion-{size}.png").is_file()


def test_help_menu_opens_the_about_box(qtbot, tmp_path: Path) -> None:
    window = make_window(qtbot, tmp_path / "vault")  # locked: About needs no vault
    assert window.about_action.isEnabled()
    window.about_action.trigger()
    dialog = window.findChild(AboutDialog)
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    dialog.reject()
