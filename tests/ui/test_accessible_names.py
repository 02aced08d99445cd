"""Every control on the main screens has a name a screen reader can say.

Issue 14 ("looks native"): each main screen is shown in turn (``tests/ui/screens.py``: the
unlock and first-run screens, the dashboard, the coachee page's tabs, a session and a live
session, the learning log, groups, hours, the help, the settings, brief and about dialogs).
On each, every visible interactive widget (buttons, check boxes, text fields, combo and spin
boxes, date fields, lists, tables and trees) must have a name: Qt's accessible name for it,
which is the one set with ``setAccessibleName``, its own text (a button's), or the text of a
label whose buddy it is.
"""

# Fixtures are imported by name and injected by pytest as same-named parameters.
# ruff: noqa: F811

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTabBar,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from coach_app.vault.vault import Vault
from tests.ui.screens import main_screens, screens_vault  # noqa: F401 - fixture

#: What a coach works with by keyboard or a screen reader (QAbstractSpinBox covers the spin
#: boxes and the date and date-time fields).
INTERACTIVE = (
    QAbstractButton,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTextEdit,
    QComboBox,
    QAbstractSpinBox,
    QAbstractItemView,
)


def _part_of_another_control(widget: QWidget) -> bool:
    """Pieces Qt builds inside a control (a spin box's field, a tab bar's scroll arrows,
    an editable combo's field, an item view's editor): named through the control itself."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractSpinBox | QComboBox | QTabBar | QAbstractItemView):
            return True
        parent = parent.parentWidget()
    return False


def name_of(widget: QWidget, buddies: dict[int, str]) -> str:
    """What a screen reader can call ``widget``: its accessible name, own text or buddy label."""
    if widget.accessibleName().strip():
        return widget.accessibleName().strip()
    if isinstance(widget, QAbstractButton) and widget.text().replace("&", "").strip():
        return widget.text().replace("&", "").strip()
    return buddies.get(id(widget), "")


def nameless(root: QWidget, screen: str) -> list[str]:
    """Every visible interactive widget in ``root``'s window without a name, described."""
    found = []
    window = root.window()
    buddies = {
        id(label.buddy()): label.text().replace("&", "").strip()
        for label in window.findChildren(QLabel)
        if label.buddy() is not None and label.text().strip()
    }
    for widget in [root, *root.findChildren(QWidget)]:
        if not isinstance(widget, INTERACTIVE) or not widget.isVisible():
            continue
        if widget.window() is not window or _part_of_another_control(widget):
            continue
        if not name_of(widget, buddies):
            found.append(
                f"{screen}: {type(widget).__name__} {widget.objectName()!r} "
                f"in {type(widget.parentWidget()).__name__}"
            )
    return found


def test_the_check_finds_a_nameless_field_and_accepts_the_named_ones(qtbot: QtBot) -> None:
    host = QWidget()
    qtbot.addWidget(host)
    form = QFormLayout(host)
    bare = QLineEdit()
    named = QLineEdit()
    named.setAccessibleName("Named")
    form.addRow(bare)
    form.addRow("Buddy", QLineEdit())  # the form layout makes its label the buddy
    form.addRow(named)
    form.addRow(QPushButton("Own text"))
    host.show()
    qtbot.waitExposed(host)
    assert nameless(host, "test") == ["test: QLineEdit '' in QWidget"]


def test_every_control_on_the_main_screens_has_a_name(
    qtbot: QtBot, screens_vault: Vault, tmp_path: Path
) -> None:
    found: list[str] = []
    for name, root in main_screens(qtbot, screens_vault, tmp_path / "new-vault"):
        found.extend(nameless(root, name))
    assert not found, "without an accessible name:\n" + "\n".join(found)
