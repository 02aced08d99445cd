"""The first window: the unlock screen alone, painted before the rest of the app is loaded.

Issue 13 wants the first window on screen about as fast as a bare Qt window. The main window
(``ui/main_window.py``) cannot be: its pages and menus load the services, SQLAlchemy and
ReportLab. So ``launch`` shows this window first. It holds what the locked main window shows
(the unlock screen, the vault folder and the demo badge in the status bar, File → Quit and
Help → About) and is built from Qt and the app's neutral modules only. Meanwhile the rest is
loaded off the UI thread (``ui/warm_up.py``); ``ui/app_start.py`` then builds the main window,
hands it this window's unlock screen (with whatever the coach typed), its place on the screen
and any vault opened meanwhile, and shows it in this window's stead.

A vault opened here before the main window exists (the coach was quick, a remembered key, the
demo) waits in ``pending`` with the unlock screen's busy bar showing; it is handed on as soon as
the main window is there. Quitting from here closes it.

The texts are the main window's own (the same translation context), so both windows read the
same in every language: ``build_status_bar`` and ``demo_texts`` are shared with it.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QByteArray, QCoreApplication, QSettings
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QProgressBar

from coach_app.ui.labels import plain_label
from coach_app.ui.unlock import UnlockScreen

if TYPE_CHECKING:
    from coach_app.services.access import OpenVault

DEFAULT_SIZE = (1280, 800)
# Small enough for a 13" screen at 200 % (640×400 logical pixels): the live session then hides
# the coachee list and folds its side panel away.
MINIMUM_SIZE = (600, 380)
GEOMETRY_KEY = "window/geometry"

# Texts are translated in the main window's contexts ("MainWindow", "WindowActions" for the
# menus): one translation serves both windows. The context is written out in every call:
# pyside6-lupdate extracts a translate() call only when both its arguments are literals.


class VaultTaker(Protocol):
    """What takes an opened vault: the main window once it exists."""

    def open_vault(self, vault: OpenVault) -> None: ...


@dataclass(frozen=True)
class StatusWidgets:
    """The permanent widgets of the status bar: busy bar, vault folder, demo badge."""

    busy_bar: QProgressBar
    folder_label: QLabel
    demo_badge: QLabel


def app_title() -> str:
    """The window title."""
    return QCoreApplication.translate("MainWindow", "Coach Companion")


def demo_texts(passphrase: str) -> tuple[str, str]:
    """The window title and the status bar badge of a throwaway demo vault."""
    title = QCoreApplication.translate(
        "MainWindow", "{app} — demo vault — passphrase: {passphrase}"
    ).format(app=app_title(), passphrase=passphrase)
    badge = QCoreApplication.translate(
        "MainWindow", " demo vault — passphrase: {passphrase} "
    ).format(passphrase=passphrase)
    return title, badge


def build_status_bar(window: QMainWindow, folder: Path, demo: bool) -> StatusWidgets:
    """Put the busy bar, the vault folder and the demo badge in ``window``'s status bar."""
    bar = window.statusBar()
    busy_bar = QProgressBar()
    busy_bar.setRange(0, 0)
    busy_bar.setMaximumWidth(120)
    busy_bar.setMaximumHeight(12)
    busy_bar.setAccessibleName(QCoreApplication.translate("MainWindow", "Working"))
    busy_bar.hide()
    folder_label = plain_label(
        QCoreApplication.translate("MainWindow", "Vault: {folder}").format(folder=folder),
        wrap=False,
    )
    folder_label.setAccessibleName(QCoreApplication.translate("MainWindow", "Vault folder"))
    demo_badge = QLabel(QCoreApplication.translate("MainWindow", " demo "))
    demo_badge.setAccessibleName(QCoreApplication.translate("MainWindow", "Demo vault"))
    demo_badge.setAutoFillBackground(True)
    # The palette's highlight pair is readable in light and dark themes alike.
    demo_badge.setBackgroundRole(demo_badge.palette().ColorRole.Highlight)
    demo_badge.setForegroundRole(demo_badge.palette().ColorRole.HighlightedText)
    demo_badge.setVisible(demo)
    bar.addPermanentWidget(busy_bar)
    bar.addPermanentWidget(folder_label)
    bar.addPermanentWidget(demo_badge)
    return StatusWidgets(busy_bar, folder_label, demo_badge)


class StartWindow(QMainWindow):
    """The unlock screen of ``folder`` in a window of its own, until the main window is built.

    Args:
        folder: the vault folder.
        restore_geometry: open where the main window was last closed (off in tests).
    """

    def __init__(self, folder: Path, *, restore_geometry: bool = True) -> None:
        super().__init__()
        self.folder = folder
        self.main: VaultTaker | None = None
        self.demo_passphrase: str | None = None
        self._pending: OpenVault | None = None
        self.setWindowTitle(app_title())
        self.resize(*DEFAULT_SIZE)
        self.setMinimumSize(*MINIMUM_SIZE)
        self.unlock_screen = UnlockScreen(folder)
        self.unlock_screen.vault_opened.connect(self.open_vault)
        self.unlock_screen.notice.connect(self._notice)
        self.setCentralWidget(self.unlock_screen)
        self.status = build_status_bar(self, folder, demo=False)
        self._build_menus()
        if restore_geometry:
            geometry = QSettings().value(GEOMETRY_KEY)
            if isinstance(geometry, QByteArray) and not geometry.isEmpty():
                self.restoreGeometry(geometry)

    def _build_menus(self) -> None:
        # The locked main window's menus, as far as they work without a vault.
        bar = self.menuBar()
        file_menu = bar.addMenu(QCoreApplication.translate("WindowActions", "&File"))
        self.quit_action = QAction(QCoreApplication.translate("WindowActions", "&Quit"), self)
        self.quit_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Quit))
        if self.quit_action.shortcut().isEmpty():
            self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self.quit_action.triggered.connect(self.close)
        file_menu.addAction(self.quit_action)
        help_menu = bar.addMenu(QCoreApplication.translate("WindowActions", "&Help"))
        about = help_menu.addAction(
            QCoreApplication.translate("WindowActions", "&About Coach Companion")
        )
        about.triggered.connect(self._about)

    def _about(self) -> None:
        from coach_app.ui.about_dialog import show_about  # noqa: PLC0415 - reads metadata

        show_about(self)

    def _notice(self, text: str) -> None:
        self.statusBar().showMessage(text, 10_000)

    # ---- what the demo start and the unlock screen ask of a window ----------------------------

    def set_demo(self, passphrase: str) -> None:
        """Say in the title and the status bar that this is a throwaway demo vault."""
        self.demo_passphrase = passphrase
        title, badge = demo_texts(passphrase)
        self.setWindowTitle(title)
        self.status.demo_badge.setText(badge)
        self.status.demo_badge.show()

    def open_vault(self, vault: OpenVault) -> None:
        """Hand ``vault`` to the main window, or keep it (busy bar showing) until there is one."""
        if self.main is not None:
            self.main.open_vault(vault)
            return
        self._pending = vault
        self.unlock_screen.set_waiting(True)

    # ---- handing over to the main window --------------------------------------------------------

    def release_unlock_screen(self) -> UnlockScreen:
        """The unlock screen, no longer answered by this window (the main window takes it)."""
        screen = self.unlock_screen
        screen.vault_opened.disconnect(self.open_vault)
        screen.notice.disconnect(self._notice)
        return screen

    def take_pending(self) -> OpenVault | None:
        """The vault opened here and not handed on yet, if any (it is no longer kept here)."""
        vault, self._pending = self._pending, None
        if vault is not None:
            self.unlock_screen.set_waiting(False)
        return vault

    def closeEvent(self, event: QCloseEvent) -> None:
        """Quit before the main window was there: remember the place, drop half-done flows."""
        QSettings().setValue(GEOMETRY_KEY, self.saveGeometry())
        if self.main is None:
            self.unlock_screen.discard_pending()
        event.accept()
