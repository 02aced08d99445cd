"""The bundle's entry point: the same ``main`` as the ``coach-app`` script.

PyInstaller starts from a script; this one only hands over to ``coach_app.app.main``, so the
bundle runs exactly what a pip install runs (CLI commands, or the window without one).

``freeze_support`` comes first: the import of a large file reads it in a child process
(``services/exchange/read_ahead.py``), which a frozen program starts as itself; this call
makes such a start run the child's work instead of the app.
"""

import multiprocessing

from coach_app.app import main

if __name__ == "__main__":
    multiprocessing.freeze_support()
    raise SystemExit(main())
