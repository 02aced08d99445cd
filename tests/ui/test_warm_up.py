"""The background loading of the main window's code (``ui/warm_up.py``)."""

from __future__ import annotations

import logging
import sys

import pytest

from coach_app.ui.warm_up import MODULES, WarmUp


def test_it_imports_off_the_ui_thread_and_says_so_on_it(qtbot) -> None:
    sys.modules.pop("colorsys", None)
    warm = WarmUp(modules=("colorsys",))
    with qtbot.waitSignal(warm.finished, timeout=10_000):
        warm.start()
    assert warm.done
    assert "colorsys" in sys.modules
    assert warm.wait(1)


def test_a_module_that_fails_is_logged_by_name_and_the_rest_still_loads(
    qtbot, caplog: pytest.LogCaptureFixture
) -> None:
    warm = WarmUp(modules=("coach_app.no_such_module", "colorsys"))
    with caplog.at_level(logging.WARNING), qtbot.waitSignal(warm.finished, timeout=10_000):
        warm.start()
    assert "coach_app.no_such_module" in caplog.text
    assert "ModuleNotFoundError" in caplog.text
    assert "colorsys" in sys.modules


def test_waiting_for_a_loader_never_started_returns_at_once() -> None:
    assert WarmUp(modules=()).wait(0)


def test_the_list_names_the_main_window() -> None:
    assert "coach_app.ui.main_window" in MODULES
