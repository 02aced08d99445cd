"""Qt user interface. The only package that may import PySide6 or a matplotlib backend.

Importing it first stops PySide6 from reading the source of every module imported after it
(``qt_imports``): before any of the app's screens, SQLAlchemy or matplotlib is loaded.
"""

from coach_app.ui.qt_imports import answer_without_reading_sources

answer_without_reading_sources()
