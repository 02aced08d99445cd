"""Timings of the bench: median and p95 of repeated wall-clock runs."""

from __future__ import annotations

import math
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Timing:
    """Median and p95 of a series of wall-clock times, in seconds."""

    median: float
    p95: float
    runs: int

    @classmethod
    def of(cls, samples: list[float]) -> Timing:
        """Nearest-rank p95, so with 30 runs it is the second-slowest run, not an interpolation."""
        ordered = sorted(samples)
        rank = max(1, math.ceil(0.95 * len(ordered)))
        return cls(statistics.median(ordered), ordered[rank - 1], len(ordered))


def _timed(action: Callable[[], object]) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start
