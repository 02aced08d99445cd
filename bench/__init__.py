"""Benchmark of the headless core: builds a large synthetic vault and prints the timings.

Run with ``make bench`` (``python -m bench.run``); see ``bench/run.py``.
"""

#: The passphrase of every bench vault. Here, in the package, so that a measuring child process
#: (``bench.gui_memory``) gets it without importing ``bench.run``: that module loads SQLAlchemy,
#: the demo builder, ReportLab and more, which the app would not have loaded at that point and
#: which the app's memory row would count as the app's (about 5 MB).
PASSPHRASE = "bench passphrase, not a secret"
