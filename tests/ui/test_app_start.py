"""From the first window to the main window (``ui/app_start.py``).

The main window takes the first window's unlock screen as it is (page, typed text, cursor), its
place on the screen and a vault opened before it existed; the loading starts only after the
first paint; at quit a vault nobody took is closed.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication

from coach_app.ui.app_start import AppStart
from coach_app.ui.main_window import MainWindow
from coach_app.ui.start_window import StartWindow
from coach_app.ui.warm_up import WarmUp
from coach_app.vault.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.ui.shell_helpers import wait_for_workers

OPTIONS = {"restore_geometry": False, "auto_backup": False}


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    made, _recovery = Vault.create(tmp_path / "vault", PASSPHRASE, FAST_KDF)
    made.close()
    return tmp_path / "vault"


@pytest.fixture
def started(qtbot, folder: Path) -> Iterator[AppStart]:
    window = StartWindow(folder, restore_geometry=False)
    qtbot.addWidget(window)
    start = AppStart(window, warm_up=WarmUp(modules=()), main_options=OPTIONS)
    yield start
    wait_for_workers()
    main = start.main
    start.finish()
    window.close()
    if main is not None:
        # Deleted, not only closed: a main window left behind would be found by the next
        # test that looks for the app's main window among the top-level widgets.
        main.close()
        main.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def test_loading_starts_after_the_first_paint(qtbot, started: AppStart) -> None:
    assert not started.warm_up.started
    started.window.show()
    qtbot.waitUntil(lambda: started.warm_up.started)
    # Nothing was loaded to wait for: the main window follows, in the first window's stead.
    qtbot.waitUntil(lambda: started.main is not None and started.main.isVisible())
    assert not started.window.isVisible()


def test_the_main_window_takes_the_unlock_screen_as_it_is(qtbot, started: AppStart) -> None:
    window = started.window
    # The test builds the main window itself, once the coach has typed and moved the cursor;
    # the loading (nothing to load here) would otherwise build it at the first paint.
    started.warm_up.finished.disconnect(started._build_main)
    window.show()
    qtbot.waitExposed(window)
    screen = window.unlock_screen
    page = screen.unlock_page
    page.passphrase.setText("half typed")
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    page.recovery_button.setFocus()
    assert page.recovery_button.hasFocus()
    window.resize(700, 500)  # within the offscreen screen (800×600)
    started._build_main()
    main = started.main
    assert isinstance(main, MainWindow)
    assert main.unlock_screen is screen
    assert main.stack.currentWidget() is screen
    assert screen.current_page is page
    assert page.passphrase.text() == "half typed"  # not reset
    assert main.size() == window.size()
    assert main.isVisible() and not window.isVisible()
    QApplication.processEvents()
    assert main.isActiveWindow()
    assert page.recovery_button.hasFocus()  # the cursor stayed where the coach had it


def test_a_vault_opened_before_the_main_window_waits_for_it(qtbot, started: AppStart) -> None:
    window = started.window
    window.show()
    qtbot.waitExposed(window)
    opened = Vault.unlock(window.folder, PASSPHRASE)
    window.open_vault(opened)
    assert window.unlock_screen.busy  # the busy bar shows while the main window is built
    started._build_main()
    main = started.main
    assert main is not None
    assert main.context.is_unlocked
    assert main.stack.currentWidget() is main.workspace
    assert not main.unlock_screen.busy
    # From now on the first window passes every vault on (the demo start still talks to it).
    assert window.main is main


def test_quitting_before_the_main_window_closes_an_opened_vault(qtbot, started: AppStart) -> None:
    window = started.window
    window.show()
    qtbot.waitExposed(window)
    opened = Vault.unlock(window.folder, PASSPHRASE)
    window.open_vault(opened)
    window.close()
    started._build_main()  # the loading finished after the quit: nothing is built
    assert started.main is None
    started.finish()
    assert not opened.is_open


def test_the_demo_title_follows_to_the_main_window(qtbot, started: AppStart) -> None:
    window = started.window
    window.set_demo("demo-passphrase")
    assert "demo-passphrase" in window.windowTitle()
    assert window.status.demo_badge.isVisibleTo(window)
    window.show()
    qtbot.waitExposed(window)
    started._build_main()
    assert started.main is not None
    assert "demo-passphrase" in started.main.windowTitle()
    assert started.main.demo_badge.isVisible()
