"""Every control on the main screens has a name a screen reader can say.

Issue 14 ("looks native"): the main window is built on a seeded demo vault and each main
screen is shown in turn (dashboard, the coachee page's tabs, a session and a live session,
the learning log, groups, hours, the settings dialog). On each, every visible interactive
widget (buttons, check boxes, text fields, combo and spin boxes, date fields, lists, tables
and trees) must have a name: Qt's accessible name for it, which is the one set with
``setAccessibleName``, its own text (a button's), or the text of a label whose buddy it is.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
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

from coach_app.services import coachees, demo, groups, sessions
from coach_app.ui.main_window import MainWindow
from coach_app.ui.settings_dialog import SettingsDialog
from coach_app.vault.vault import Vault
from tests.ui.shell_helpers import make_window, wait_for_workers

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


def _settle(qtbot: QtBot) -> None:
    wait_for_workers()
    QApplication.processEvents()
    qtbot.wait(30)
    QApplication.processEvents()


def _look(qtbot: QtBot, root: QWidget, screen: str, found: list[str]) -> None:
    _settle(qtbot)
    found.extend(nameless(root, screen))


@pytest.fixture
def seeded(vault: Vault) -> Vault:
    demo.generate(vault, coachees=3, sessions_per_coachee=4, seed=1)
    demo.generate_groups(vault, seed=1)
    return vault


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
    qtbot: QtBot, seeded: Vault, tmp_path: Path
) -> None:
    found: list[str] = []
    window: MainWindow = make_window(qtbot, seeded.folder, seeded)
    window.resize(1280, 800)
    window.show_dashboard()
    _look(qtbot, window, "dashboard", found)

    cid = coachees.list_coachees(seeded)[0].id
    window.show_coachee(cid)
    qtbot.waitUntil(lambda: window.coachee_page.coachee_id == cid)
    tabs = window.coachee_page.tabs
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        _look(qtbot, window, f"coachee-{tabs.tabText(index).replace('&', '')}", found)

    sid = sessions.list_sessions(seeded, cid)[0].id
    window.open_session(cid, sid)
    _look(qtbot, window, "session", found)
    editor = window.session_area.editor
    assert editor is not None
    assert editor.done()
    window.show_coachee(cid)
    assert editor.new_session(cid, "grow", live=True)
    window._show_session_area()
    _look(qtbot, window, "live-session", found)
    assert editor.done()
    window._editor_closed()

    window.show_learning_log()
    _look(qtbot, window, "learning-log", found)
    window.show_groups()
    _look(qtbot, window, "groups", found)
    window.show_groups(groups.list_groups(seeded)[0].id)
    _look(qtbot, window, "group", found)
    window.show_hours()
    _look(qtbot, window, "hours", found)

    settings = SettingsDialog(window.context, window.unlock_screen.keyring_store, window)
    settings.show()
    qtbot.waitExposed(settings)
    for index in range(settings.tabs.count()):
        settings.tabs.setCurrentIndex(index)
        _look(qtbot, settings, f"settings-{settings.tabs.tabText(index).replace('&', '')}", found)
    settings.close()
    wait_for_workers()

    assert not found, "without an accessible name:\n" + "\n".join(found)
