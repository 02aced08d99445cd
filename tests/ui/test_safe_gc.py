"""Garbage collection between events, never at an allocation inside Qt code (ui/safe_gc.py)."""

from __future__ import annotations

import gc
import weakref
from collections.abc import Iterator

import pytest

from coach_app.ui.safe_gc import SafeCollector, due_generation


class _Node:
    def __init__(self) -> None:
        self.me = self  # a cycle: only the cyclic collector frees it


@pytest.fixture
def collector(qapp) -> Iterator[SafeCollector]:
    made = SafeCollector(interval_ms=10)
    try:
        yield made
    finally:
        made.stop()
        made.deleteLater()


def test_while_it_runs_only_the_event_loop_collects(qtbot, collector: SafeCollector) -> None:
    assert not gc.isenabled()
    node = _Node()
    gone = weakref.ref(node)
    del node
    # Far past generation 0's threshold (kept alive: the count is of objects still there).
    junk = [[] for _ in range(50_000)]
    assert gone() is not None  # no collection at an allocation
    assert due_generation() is not None
    qtbot.waitUntil(lambda: gone() is None, timeout=5000)  # the timer's pass freed it
    assert len(junk) == 50_000


def test_a_pass_with_nothing_due_collects_nothing(collector: SafeCollector) -> None:
    gc.collect()
    assert due_generation() is None
    assert collector.collect_if_due() is None


def test_stop_hands_collection_back(qapp) -> None:
    assert gc.isenabled()
    made = SafeCollector()
    made.stop()
    made.deleteLater()
    assert gc.isenabled()
