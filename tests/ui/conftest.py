"""UI tests run offscreen, with Qt warnings treated as failures by pytest-qt."""

from __future__ import annotations

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"
