"""Render the app icon's PNGs from its SVG: ``python tools/render_icons.py``.

The SVG (``coach_app/resources/icons/coach-companion.svg``) is the source; the PNGs beside it
are what window systems without SVG support, the ``.desktop`` file's hicolor sizes and the
bundle use. Rendered with Qt's own SVG renderer (QtSvg ships with pyside6-essentials), so no
other tool is needed. Run it again after changing the SVG, and commit the PNGs.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ICONS = ROOT / "coach_app" / "resources" / "icons"
SOURCE = ICONS / "coach-companion.svg"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def render(sizes: tuple[int, ...] = SIZES, folder: Path = ICONS) -> list[Path]:
    """Write ``coach-companion-<size>.png`` for each size; the files written."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt  # noqa: PLC0415 - a tool, not the app
    from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: PLC0415
    from PySide6.QtSvg import QSvgRenderer  # noqa: PLC0415

    _app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])
    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        raise SystemExit(f"cannot read {SOURCE}")
    written: list[Path] = []
    for size in sizes:
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        target = folder / f"coach-companion-{size}.png"
        if not image.save(str(target)):  # PNG, from the suffix
            raise SystemExit(f"cannot write {target}")
        written.append(target)
    return written


if __name__ == "__main__":
    for path in render():
        print(path.relative_to(ROOT))
