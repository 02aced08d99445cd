"""Installation tests: the wheel in a fresh venv, the application bundle."""
