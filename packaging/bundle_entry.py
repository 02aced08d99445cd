"""The bundle's entry point: the same ``main`` as the ``coach-app`` script.

PyInstaller starts from a script; this one only hands over to ``coach_app.app.main``, so the
bundle runs exactly what a pip install runs (CLI commands, or the window without one).
"""

from coach_app.app import main

if __name__ == "__main__":
    raise SystemExit(main())
