"""UI tests (pytest-qt, offscreen)."""
