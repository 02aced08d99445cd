"""Benchmark of the headless core: builds a large synthetic vault and prints the timings.

Run with ``make bench`` (``python -m bench.run``); see ``bench/run.py``.
"""
