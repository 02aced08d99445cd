"""The app's name for the desktop and its icon, light enough for the first window.

Both are set before the first window is shown (Wayland takes the desktop file name when the
window is created), and ``ui/about_dialog.py``, which also knows them, loads package metadata
and the instrument definitions: too slow for the way to the unlock screen. The values are the
same as the About box's; ``tests/ui/test_app_identity.py`` checks that they stay so.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QIcon

from coach_app.paths import RESOURCES

# The reverse-DNS id of packaging/linux/<APP_ID>.desktop and .metainfo.xml.
APP_ID = "org.coachcompanion.CoachCompanion"
ICONS = RESOURCES / "icons"
ICON_SVG = ICONS / "coach-companion.svg"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def app_icon() -> QIcon:
    """The app's icon: every rendered PNG size, and the SVG where Qt can draw it."""
    icon = QIcon()
    for size in ICON_SIZES:
        png = ICONS / f"coach-companion-{size}.png"
        if png.is_file():
            icon.addFile(str(png), QSize(size, size))
    if ICON_SVG.is_file():
        icon.addFile(str(ICON_SVG))
    return icon
