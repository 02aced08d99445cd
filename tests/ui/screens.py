"""One walk over the app's main screens, for checks that look at every one of them.

``main_screens`` builds the windows (a locked vault, a new vault, then the main window on a
seeded demo vault, at ``SIZE``) and shows each main screen in turn: it yields ``(name, root)``
once the screen has settled (background loads landed, layouts at their final sizes), and the
caller checks the widgets under ``root``. Between yields it moves on: the next tab, the next
page, a dialog closed. Every check that walks the screens (accessible names, the
pseudo-locale's clipping) walks the same list, so a screen added here is checked by all.

The vault comes from the ``screens_vault`` fixture (import it into the test module by name).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from coach_app.services import coachees, demo, groups, sessions
from coach_app.ui.about_dialog import AboutDialog
from coach_app.ui.brief_view import BriefDialog
from coach_app.ui.main_window import MainWindow
from coach_app.ui.settings_dialog import SettingsDialog
from coach_app.vault.vault import Vault
from tests.ui.shell_helpers import make_window, wait_for_workers

SIZE = (1280, 800)

#: The coachee page's tabs, in order (named here: in a pseudo-locale the tab texts are not).
COACHEE_TABS = ("overview", "sessions", "experiments", "progress", "log")
#: The settings dialog's tabs, in order.
SETTINGS_TABS = ("general", "measures")


@pytest.fixture
def screens_vault(vault: Vault) -> Vault:
    """The test vault with demo coachees, sessions and groups: every screen has something."""
    demo.generate(vault, coachees=3, sessions_per_coachee=4, seed=1)
    demo.generate_groups(vault, seed=1)
    return vault


def settle(qtbot: QtBot) -> None:
    """Let loads in the background land and layouts take their final sizes."""
    wait_for_workers()
    QApplication.processEvents()
    qtbot.wait(30)
    QApplication.processEvents()


def _window(qtbot: QtBot, folder: Path, vault: Vault | None) -> MainWindow:
    window = make_window(qtbot, folder, vault)
    window.resize(*SIZE)
    return window


def main_screens(qtbot: QtBot, vault: Vault, new_folder: Path) -> Iterator[tuple[str, QWidget]]:
    """Each main screen as ``(name, root)``, shown and settled; ``new_folder`` holds no vault.

    ``vault`` is the seeded one (``screens_vault``); ``new_folder`` is where the first-run
    screen offers to create a vault (a fresh folder, e.g. under ``tmp_path``).
    """
    locked = _window(qtbot, vault.folder, None)
    settle(qtbot)
    yield "unlock", locked
    locked.close()
    new = _window(qtbot, new_folder, None)
    settle(qtbot)
    yield "new-vault", new
    new.close()

    window = _window(qtbot, vault.folder, vault)
    window.show_dashboard()
    settle(qtbot)
    yield "dashboard", window

    cid = coachees.list_coachees(vault)[0].id
    window.show_coachee(cid)
    qtbot.waitUntil(lambda: window.coachee_page.coachee_id == cid)
    tabs = window.coachee_page.tabs
    assert tabs.count() == len(COACHEE_TABS), "a new coachee tab: name it in COACHEE_TABS"
    for index, name in enumerate(COACHEE_TABS):
        tabs.setCurrentIndex(index)
        settle(qtbot)
        yield f"coachee-{name}", window

    sid = sessions.list_sessions(vault, cid)[0].id
    window.open_session(cid, sid)
    settle(qtbot)
    yield "session", window
    editor = window.session_area.editor
    assert editor is not None
    assert editor.done()
    window.show_coachee(cid)
    assert editor.new_session(cid, "grow", live=True)
    window._show_session_area()
    settle(qtbot)
    yield "live-session", window
    assert editor.done()
    window._editor_closed()

    window.show_learning_log()
    settle(qtbot)
    yield "learning-log", window
    window.show_groups()
    settle(qtbot)
    yield "groups", window
    window.show_groups(groups.list_groups(vault)[0].id)
    settle(qtbot)
    yield "group", window
    window.show_hours()
    settle(qtbot)
    yield "hours", window

    window.show_help()
    settle(qtbot)
    yield "help", window.help_overlay
    window.help_overlay.close_overlay()

    settings = SettingsDialog(window.context, window.unlock_screen.keyring_store, window)
    settings.show()
    qtbot.waitExposed(settings)
    assert settings.tabs.count() == len(SETTINGS_TABS), "a new settings tab: name it here"
    for index, name in enumerate(SETTINGS_TABS):
        settings.tabs.setCurrentIndex(index)
        settle(qtbot)
        yield f"settings-{name}", settings
    settings.close()

    dialogs: list[tuple[str, QWidget]] = [
        ("brief", BriefDialog(window.context, cid, window)),
        ("about", AboutDialog(window)),
    ]
    for name, dialog in dialogs:
        dialog.show()
        qtbot.waitExposed(dialog)
        settle(qtbot)
        yield name, dialog
        dialog.close()
    wait_for_workers()
